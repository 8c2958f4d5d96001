"""The callback-request form in a real browser: what a citizen fills in, the errors they
see in their language, that nothing typed is lost, and the request in the queue."""

from __future__ import annotations

import os
import shutil

import pytest
from playwright.sync_api import Page, expect

from tests.support.desk import Desk
from tests.support.live_server import ROOT

pytestmark = pytest.mark.browser

SCREENSHOT = ROOT / "docs" / "screenshots" / "callback-form.png"


def callbacks_named(server, name: str) -> list[dict]:
    desk = Desk(server, "paivi")
    try:
        return [c for c in desk.records("contact").values()
                if c["channel"] == "callback" and c["citizen_name"] == name]
    finally:
        desk.close()


def test_a_citizen_asks_to_be_called_and_a_bad_number_loses_nothing(page: Page, live_server,
                                                                      tmp_path):
    page.goto(f"{live_server.url}/request/")
    expect(page.locator("h1#heading")).to_have_text("Pyydä soittoa")
    page.select_option("#municipality", "202")
    page.fill("#name", "Eila Virtanen")
    page.fill("#phone", "040 12")
    page.select_option("#topic", "home_safety")
    page.select_option("#group", "disability")
    page.fill("#message", "Turvaranneke hälyttää turhaan")
    page.click("#send")

    error = page.get_by_test_id("phone-error")
    expect(error).to_have_text("Puhelinnumero ei kelpaa. Kirjoita se muodossa 040 123 4567.")
    expect(page.locator("#phone")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#phone")).to_be_focused()
    # Nothing typed is lost, and nothing reached the queue.
    expect(page.locator("#name")).to_have_value("Eila Virtanen")
    expect(page.locator("#message")).to_have_value("Turvaranneke hälyttää turhaan")
    assert callbacks_named(live_server, "Eila Virtanen") == []

    # A reload keeps the draft too.
    page.reload()
    expect(page.locator("#name")).to_have_value("Eila Virtanen")
    expect(page.locator("#municipality")).to_have_value("202")
    expect(page.locator("#group")).to_have_value("disability")

    page.fill("#phone", "040 123 4567")
    page.select_option("#slot", "13:00-15:00")
    if os.environ.get("NEUVO_UPDATE_SCREENSHOTS"):
        page.screenshot(path=str(tmp_path / "form.png"), full_page=True)
        shutil.copy(tmp_path / "form.png", SCREENSHOT)
    page.click("#send")
    done = page.get_by_test_id("done")
    expect(done).to_contain_text("040 123 4567")
    expect(done).to_contain_text("13:00–15:00")

    found = callbacks_named(live_server, "Eila Virtanen")
    assert len(found) == 1
    request = found[0]
    assert request["status"] == "waiting" and request["caller_number"] == "+358401234567"
    assert request["municipality_code"] == "202" and request["language"] == "fi"
    assert "Turvaranneke hälyttää turhaan" in request["subject"]
    assert request["due_at"] > request["window_start"]
    assert request["client_group"] == "disability"


def test_the_form_speaks_swedish_and_english_and_says_what_is_missing(page: Page, live_server):
    page.goto(f"{live_server.url}/request/?lang=sv")
    expect(page.locator("h1#heading")).to_have_text("Be om att bli uppringd")
    expect(page.locator("input[name=service-language][value=sv]")).to_be_checked()
    page.select_option("#page-language", "en")
    expect(page.locator("h1#heading")).to_have_text("Ask us to call you")
    # Empty form: every required field says what is missing.
    page.click("#send")
    expect(page.get_by_test_id("name-error")).to_have_text("Write your name.")
    expect(page.get_by_test_id("municipality-error")).to_have_text("Choose a municipality.")
    expect(page.get_by_test_id("error")).to_have_text(
        "Check the marked fields. What you wrote is kept.")
    # A day that has passed, typed around the date picker's minimum, is caught too.
    page.fill("#name", "Ulla")
    page.fill("#phone", "+358 40 765 4321")
    page.select_option("#municipality", "445")
    page.evaluate("document.getElementById('day').min = ''")
    page.fill("#day", "2020-01-02")
    page.click("#send")
    expect(page.get_by_test_id("window-error")).to_have_text(
        "Choose a day and time that has not passed yet.")
    expect(page.locator("#name")).to_have_value("Ulla")


def test_the_slots_are_finnish_time_even_for_a_browser_abroad(browser, live_server):
    from datetime import UTC, date, datetime, timedelta
    from zoneinfo import ZoneInfo

    from tests.e2e.conftest import VIEWPORT

    context = browser.new_context(viewport=VIEWPORT, locale="en-GB", timezone_id="Europe/Madrid")
    page = context.new_page()
    try:
        day = date.today() + timedelta(days=2)
        page.goto(f"{live_server.url}/request/?lang=en")
        page.fill("#name", "Abroad Tester")
        page.fill("#phone", "+358 40 111 2222")
        page.select_option("#municipality", "853")
        page.fill("#day", day.isoformat())
        page.select_option("#slot", "13:00-15:00")
        page.click("#send")
        expect(page.get_by_test_id("done")).to_contain_text("13:00")
    finally:
        context.close()
    request = callbacks_named(live_server, "Abroad Tester")[0]
    helsinki = ZoneInfo("Europe/Helsinki")
    start = datetime(day.year, day.month, day.day, 13, 0, tzinfo=helsinki).astimezone(UTC)
    end = datetime(day.year, day.month, day.day, 15, 0, tzinfo=helsinki).astimezone(UTC)
    assert datetime.fromisoformat(request["window_start"]) == start
    assert datetime.fromisoformat(request["due_at"]) == end
