"""Qt fixtures: a language manager and a logged-in main window against the real server."""

from __future__ import annotations

import pytest

from ui.common.i18n import LanguageManager
from ui.shell.startup import build_main_window
from workstation.login import login
from workstation.session import TokenVault


@pytest.fixture
def languages(qapp):
    manager = LanguageManager(qapp)
    manager.set_language("fi", remember=False)
    yield manager
    manager.uninstall()
    manager.setParent(None)


@pytest.fixture
def main_window(qtbot, live_server, languages):
    windows = []

    def open_for(username: str = "anna"):
        result = login(live_server.url, username, "demo", TokenVault())
        window = build_main_window(result, languages)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.status.state == "online", timeout=15000)
        windows.append(window)
        return window

    yield open_for
    for window in windows:
        window.close()
        window.worker.thread.wait(5000)
