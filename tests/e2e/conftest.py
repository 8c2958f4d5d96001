"""Playwright (sync API) driving Debian's Chromium against the live server.

Never runs ``playwright install``: the browser is the system's ``chromium`` package. When it
is missing the tests fail with a clear message instead of being skipped, so a CI image
without it cannot pass unnoticed."""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1000, "height": 800}


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not os.access(path, os.X_OK):
        pytest.fail(
            "Chromium is not installed: the browser tests need Debian's 'chromium' package "
            "(apt-get install chromium). Do not run 'playwright install'.", pytrace=False)
    return path


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("Playwright for Python is not installed (pip install -e '.[dev]').",
                    pytrace=False)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh browser profile (own sessionStorage) per test, Finnish locale, 1000x800.

    Script errors on the page fail the test."""
    context = browser.new_context(viewport=VIEWPORT, locale="fi-FI",
                                  timezone_id="Europe/Helsinki")
    context.set_default_timeout(10_000)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"
