"""Qt fixtures: a language manager and a logged-in main window against the real server."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.common.i18n import LanguageManager
from ui.shell.startup import build_main_window
from workstation.login import login
from workstation.session import TokenVault

# Qt's warnings fail a UI test: a warning is a bug Qt noticed (a model signalled wrongly, a
# layout or a connection went astray). Only this platform noise is ignored, each with why:
HARMLESS_QT_MESSAGES = (
    # The offscreen platform plugin (headless tests) cannot resize a native window to its
    # size hints; windows on a real desktop do. Said whenever a dialog or dock is shown.
    r"This plugin does not support propagateSizeHints\(\)",
    # Nor bring a window to the front: said when a window already open is raised (Ctrl+T
    # while a supervisor's team view, open since the start, is behind the main window).
    r"This plugin does not support raise\(\)",
)


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*HARMLESS_QT_MESSAGES))


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
