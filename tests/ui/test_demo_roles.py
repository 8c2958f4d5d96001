"""The demo as each of its users starts it (`main.py --demo --user NAME`, or chosen in the
demo's login dialog), and what each role sees first, against a real demo server.

- a counsellor: the regional queue with the waiting contacts, presence "offline";
- a walk-in adviser: the day of their own guidance point, beside the queue, leaving the
  contacts most of the window;
- a professional (the nurse): no queue scope, so no queue, presence or day view; the start
  tab says so;
- a supervisor: the team view, whose line for her says what her own status bar says;
- the administrator: like the professional, nothing of the queue."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from server.demo import DEMO_USERS
from tests.support.live_server import launch
from tests.support.qt import active_dialog
from ui.common.labels import presence_name, role_name
from workstation.session import TokenVault

USERS = [(username, name, role) for username, name, role, *_ in DEMO_USERS]
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory):
    """One demo server for these tests: nobody else changes its people's presence."""
    server = launch(tmp_path_factory.mktemp("demo-roles"))
    yield server
    server.cleanup()


@pytest.fixture
def start_demo(qtbot, demo_server, languages):
    """Runs the start-up as main.py does, with the test's waiting as its event loop."""
    from ui.shell import app

    states: list[dict] = []

    def start(*argv: str) -> dict:
        args = app.parse_args(["--demo", *argv])
        state = app.start(args, QApplication.instance(), languages, TokenVault(), {},
                          demo_server=demo_server.url, demo_users=USERS)
        assert state is not None
        states.append(state)
        return state

    yield start
    for state in states:
        if "window" in state:
            state["window"].close()
            state["window"].worker.thread.wait(5000)
        if "dialog" in state:
            state["dialog"].close()


def logged_in(qtbot, state: dict):
    qtbot.waitUntil(lambda: "window" in state, timeout=15000)
    window = state["window"]
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.status.state == "online", timeout=15000)
    return window


def test_a_counsellor_starts_at_the_queue_off_the_lines(qtbot, start_demo):
    window = logged_in(qtbot, start_demo("--user", "mikko"))
    assert window.user.display_name == "Mikko Laine"
    qtbot.waitUntil(lambda: window.queue.model.rowCount() >= 4, timeout=10000)
    assert window.queue.dock.isVisible() and window.queue.act_accept.isVisible()
    assert not window.walkin.dock.isVisible(), "the day view is Ctrl+D away"
    assert active_dialog("teamDialog") is None
    # The presence box shows the truth at once: offline, not the first entry (available).
    assert window.status.presence.isVisible()
    assert window.status.presence.currentText() == presence_name("offline") == "Poissa linjoilta"
    assert window.reader.get("presence", window.user.id)["state"] == "offline"
    # Ctrl+1 goes on the lines, Ctrl+5 off them again; the server agrees each time.
    for key, state in ((Qt.Key.Key_1, "available"), (Qt.Key.Key_5, "offline")):
        qtbot.keyClick(window, key, CTRL)
        assert window.status.presence.currentText() == presence_name(state)
        qtbot.waitUntil(lambda s=state: (lambda p: p and p["state"] == s and not p["_pending"])(
            window.reader.get("presence", window.user.id)), timeout=10000)


def test_a_walk_in_adviser_starts_at_the_day_of_her_point(qtbot, start_demo):
    window = logged_in(qtbot, start_demo("--user", "sari"))
    day = window.walkin.dock
    assert day.isVisible()
    qtbot.waitUntil(lambda: day.point.currentText() == "Raision neuvontapiste", timeout=10000)
    assert window.queue.dock.isVisible(), "she takes contacts from the queue too"
    # The day view shares the queue's column: the contacts keep most of the window.
    contacts = window.centralWidget()
    assert contacts.width() >= window.width() // 2, (contacts.width(), window.width())
    assert window.dockWidgetArea(day) == window.dockWidgetArea(window.queue.dock)


def test_a_professional_has_no_queue_and_is_told_why(qtbot, start_demo):
    window = logged_in(qtbot, start_demo("--user", "helena"))
    assert window.user.role == "professional"
    assert not window.queue.dock.isVisible()
    assert not window.queue.act_accept.isVisible() and not window.queue.act_focus.isVisible()
    assert not window.status.presence.isVisible()
    assert not any(a.isVisible() for a in window.presence_actions.values())
    assert not window.walkin.dock.isVisible() and not window.walkin.act_day.isVisible()
    assert window.contacts.empty.text().startswith("Olet kirjautunut ammattilaisena")
    # F2 does nothing (and asks the server nothing) for her.
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.status.pending == 0


def test_a_supervisor_starts_at_her_team_and_both_say_she_is_off_the_lines(qtbot,
                                                                            start_demo):
    window = logged_in(qtbot, start_demo("--user", "paivi"))
    qtbot.waitUntil(lambda: active_dialog("teamDialog") is not None, timeout=5000)
    team = active_dialog("teamDialog")
    qtbot.waitUntil(lambda: any(m["display_name"] == "Päivi Salminen" for m in team.members),
                    timeout=10000)
    row = next(r for r in range(team.table.rowCount())
               if team.table.item(r, 0).text() == "Päivi Salminen")
    assert team.table.item(row, 1).text() == presence_name("offline")
    assert window.status.presence.currentText() == team.table.item(row, 1).text()
    assert window.queue.dock.isVisible()
    team.close()


def test_the_administrator_has_no_queue_either(qtbot, start_demo):
    window = logged_in(qtbot, start_demo("--user", "admin"))
    assert not window.queue.dock.isVisible() and not window.status.presence.isVisible()
    assert window.contacts.empty.text().startswith("Olet kirjautunut pääkäyttäjänä")


def test_the_demo_without_user_lists_the_demo_users_in_its_login(qtbot, start_demo):
    state = start_demo()
    dialog = state["dialog"]
    qtbot.addWidget(dialog)
    combo = dialog.demo_user
    assert combo.isVisible() and not dialog.username.isVisible()
    assert [combo.itemData(i) for i in range(combo.count())] == [u for u, _n, _r in USERS]
    assert combo.currentData() == "anna", "Anna, as before, unless another is chosen"
    assert combo.itemText(combo.findData("helena")) == (
        f"Helena Nieminen — {role_name('professional')} (helena)")
    assert dialog.password.text() == "demo" and dialog.server.isReadOnly()
    # The keyboard alone: down to the supervisor, Enter.
    qtbot.waitUntil(combo.hasFocus, timeout=3000)
    while combo.currentData() != "paivi":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    window = logged_in(qtbot, state)
    assert window.user.username == "paivi" and window.user.role == "supervisor"


def test_an_unknown_demo_user_is_refused_with_the_list(start_demo, capsys, demo_server,
                                                       languages):
    from ui.shell import app

    args = app.parse_args(["--demo", "--user", "nobody"])
    assert app.start(args, QApplication.instance(), languages, TokenVault(), {},
                     demo_server=demo_server.url, demo_users=USERS) is None
    err = capsys.readouterr().err
    assert "nobody" in err and "anna" in err and "helena" in err
