"""The note on a contact, the call's tab title, and the guards around an unsent reply and
an unsaved wrap-up, as a counsellor meets them: qtbot against the real server (SQLite, and
PostgreSQL with NEUVO_TEST_DATABASE=postgres)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.support.desk import Desk, quiet_queue
from tests.support.live_server import TELEPHONY_SECRET
from tests.support.workstation import start_citizen_chat
from ui.shell.startup import build_main_window
from workstation.ids import new_id
from workstation.login import login
from workstation.session import TokenVault

REPO = Path(__file__).resolve().parents[2]


def call(server, number: str, line: str = "+358 2 778 1000") -> str:
    r = httpx.post(f"{server.url}/api/telephony/events",
                   headers={"X-Telephony-Secret": TELEPHONY_SECRET},
                   json={"event": "offered", "call_id": f"ui-note-{new_id()}", "caller": number,
                         "service_line": line})
    r.raise_for_status()
    return r.json()["contact_id"]


def quiet(server) -> None:
    for desk in quiet_queue(server).values():
        desk.close()


@pytest.fixture(autouse=True)
def _leave_nobody_available(live_server):
    """A wrap-up makes its counsellor available: the next test's contacts would be offered
    to a desk nobody sits at."""
    yield
    quiet(live_server)


def wrap_up_everything(qtbot, window) -> None:
    """Leave no wrap-up pending for the next test's desk (it could not go away)."""
    for contact_id in list(window.contacts.chats):
        view = window.contacts.chats[contact_id]
        if view.contact.get("status") != "closed":
            window.contacts._end(contact_id)
        view.note.set_text("")
        window.contacts.save_wrap_up(contact_id, ["other"], "older_people", "resolved")
    qtbot.waitUntil(lambda: not any(
        c.get("status") == "closed" and c.get("wrapped_up_at") is None
        and c.get("accepted_by") == window.user.id for c in window.reader.all("contact")),
        timeout=10000)


def tab_title(window, view) -> str:
    return window.contacts.tabs.tabText(window.contacts.tabs.indexOf(view))


def mnemonic(text: str) -> Qt.Key:
    letter = text[text.index("&") + 1].upper()
    return getattr(Qt.Key, f"Key_{letter}")


def accept_chat(qtbot, window, server, municipality: str = "734") -> str:
    chat = start_citizen_chat(server.url, "Tarvitsen apua kotiin", municipality=municipality)
    qtbot.waitUntil(lambda: window.queue.model.row_of(chat["chat_id"]) >= 0, timeout=5000)
    window.queue.accept_contact(chat["chat_id"])
    qtbot.waitUntil(lambda: chat["chat_id"] in window.contacts.chats, timeout=3000)
    return chat["chat_id"]


# --- the call's tab -----------------------------------------------------------------------

def test_the_demo_call_tab_names_the_caller_only_once_confirmed(qtbot, fresh_server, languages):
    """The demo's call was titled "Pentti" while its screen pop named the client owning the
    number: the counsellor could not tell who was calling."""
    result = login(fresh_server.url, "liisa", "demo", TokenVault())
    window = build_main_window(result, languages)
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.status.state == "online", timeout=15000)
        seeded = next(c for c in window.reader.all("contact") if c["channel"] == "phone")
        window.queue.accept_contact(seeded["id"])
        qtbot.waitUntil(lambda: seeded["id"] in window.contacts.chats, timeout=3000)
        view = window.contacts.chats[seeded["id"]]
        match = seeded["candidates"][0]["name"]
        assert tab_title(window, view) == seeded["caller_number"], \
            "until confirmed, the tab shows the number, not a name the call does not carry"
        assert match in view.details.text()
        # Alt+1: "it is the first match".
        button = view.identify_buttons[0]
        assert button.isVisible() and match in button.text()
        qtbot.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
        assert tab_title(window, view) == match
        qtbot.waitUntil(lambda: window.status.pending == 0, timeout=10000)
        qtbot.waitUntil(lambda: window.reader.get("contact", seeded["id"]).get("client_id")
                        == seeded["candidates"][0]["client_id"], timeout=5000)
        assert button.isChecked()
        assert tab_title(window, view) == match
    finally:
        window.close()
        window.worker.thread.wait(5000)


# --- the guards ---------------------------------------------------------------------------

def test_ending_a_chat_with_an_unsent_reply_asks_first(qtbot, main_window, live_server):
    quiet(live_server)
    window = main_window("liisa")
    # An empty reply box: Ctrl+E ends at once, as before.
    first = accept_chat(qtbot, window, live_server)
    qtbot.keyClick(window.contacts.chats[first].reply, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier)
    assert window.contacts.chats[first].contact["status"] == "closed"
    assert QApplication.activeModalWidget() is None
    window.contacts.save_wrap_up(first, ["food"], "older_people", "resolved")
    qtbot.waitUntil(lambda: window.reader.get("contact", first).get("wrapped_up_at")
                    is not None, timeout=10000)

    chat = accept_chat(qtbot, window, live_server)
    view = window.contacts.chats[chat]
    view.reply.insertPlainText("Kirjoitan vielä")
    qtbot.keyClick(view.reply, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox),
                    timeout=3000)
    box = QApplication.activeModalWidget()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert "Kirjoitan vielä" not in box.text() and box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)           # Esc keeps the contact
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=3000)
    assert view.contact["status"] == "accepted" and view.reply.toPlainText() == "Kirjoitan vielä"
    qtbot.keyClick(view.reply, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox),
                    timeout=3000)
    box = QApplication.activeModalWidget()
    qtbot.keyClick(box, Qt.Key.Key_Return)            # so does Enter (the default)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=3000)
    assert view.contact["status"] == "accepted"
    assert view.reply.hasFocus(), "back to the reply"
    qtbot.keyClick(view.reply, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox),
                    timeout=3000)
    box = QApplication.activeModalWidget()
    end = box.button(QMessageBox.StandardButton.Yes)
    # Its underlined letter (a message box takes it with or without Alt).
    qtbot.keyClick(box, mnemonic(end.text()))
    qtbot.waitUntil(lambda: view.contact["status"] == "closed", timeout=3000)
    assert view.needs_wrap_up()
    wrap_up_everything(qtbot, window)


def test_going_away_or_logging_in_again_waits_for_the_wrap_up(qtbot, main_window, live_server):
    quiet(live_server)
    window = main_window("liisa")
    me = window.user.id
    window.set_presence("available")
    chat = accept_chat(qtbot, window, live_server)
    view = window.contacts.chats[chat]
    qtbot.keyClick(view.reply, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert view.needs_wrap_up()
    qtbot.waitUntil(lambda: window.status.pending == 0, timeout=10000)
    # Ctrl+4 (away) and the menu's offline: refused, the wrap-up comes forward.
    window.statusBar().clearMessage()
    qtbot.keyClick(view, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.status.presence.currentData() != "away"
    assert "Ctrl+Enter" in window.statusBar().currentMessage()
    window.set_presence("offline")
    assert window.contacts.tabs.currentWidget() is view
    # Ctrl+L: no login dialog over an unsaved wrap-up.
    qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window._relogin is None
    qtbot.waitUntil(lambda: window.status.pending == 0, timeout=10000)
    assert window.reader.get("presence", me)["state"] not in ("away", "offline")
    # Saved, both work.
    view.wrap_up._toggle(view.wrap_up.topics.item(0))
    view.wrap_up.outcome_buttons["resolved"].setChecked(True)
    view.wrap_up.save()
    window.set_presence("away")
    qtbot.waitUntil(lambda: window.status.pending == 0 and
                    window.reader.get("presence", me)["state"] == "away", timeout=10000)
    window.log_in_again()
    assert window._relogin is not None
    window._relogin.reject()


# --- the note -----------------------------------------------------------------------------

KILLED_DESK = r"""
import sys, time
from PySide6.QtWidgets import QApplication
from ui.common.i18n import LanguageManager
from ui.shell.startup import build_main_window
from workstation.login import login
from workstation.session import TokenVault
from workstation.store import LocalStore

url, user, contact_id, typed = sys.argv[1:5]
app = QApplication([])
languages = LanguageManager(app)
languages.set_language("fi", remember=False)
window = build_main_window(login(url, user, "demo", TokenVault()), languages)
window.show()

def wait(check, seconds=20):
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            sys.exit("timed out")
        app.processEvents()
        time.sleep(0.01)

wait(lambda: contact_id in window.contacts.chats)
note = window.contacts.chats[contact_id].note.edit
note.setFocus()
note.insertPlainText(typed)          # as typed: 400 ms later it is a draft on disk
reader = LocalStore(window.reader.path, writer=False)
wait(lambda: reader.draft("note:" + contact_id) == typed)
print("typed", flush=True)
while True:                          # until killed
    app.processEvents()
    time.sleep(0.01)
"""


def test_a_note_typed_during_a_call_survives_a_kill_and_is_saved_with_the_contact(
        qtbot, main_window, live_server):
    quiet(live_server)
    contact_id = call(live_server, "050 765 4321")
    liisa = Desk(live_server, "liisa")
    assert liisa.push("contact.accept", contact_id=contact_id)["status"] == "applied"
    typed = "Sovittu: kotihoidon arviointikäynti ti 14.\nTytär Marja soittaa takaisin."
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    desk = subprocess.Popen([sys.executable, "-c", KILLED_DESK, live_server.url, "liisa",
                             contact_id, typed], cwd=REPO, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        line = desk.stdout.readline()
        assert line.strip() == "typed", desk.stderr.read() if desk.poll() is not None else line
    finally:
        os.kill(desk.pid, signal.SIGKILL)     # no closeEvent, no flush: a crash
        desk.wait(10)

    # The workstation again: the call's tab, and the note as it was typed, not yet saved.
    window = main_window("liisa")
    qtbot.waitUntil(lambda: contact_id in window.contacts.chats, timeout=5000)
    view = window.contacts.chats[contact_id]
    assert view.note.text() == typed
    assert view.note.state_code() == "unsaved" and view.note.state.text()
    assert liisa.records("contact_note").get(contact_id) is None
    # Ctrl+N goes to it, Ctrl+S saves it with the contact.
    window.contacts.tabs.setCurrentWidget(view)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.note.edit.hasFocus()
    qtbot.keyClick(view.note.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.note.state_code() == "saved", timeout=10000)
    assert liisa.records("contact_note")[contact_id]["text"] == typed
    # The server has it: the draft is no longer needed.
    qtbot.waitUntil(lambda: window.reader.draft(f"note:{contact_id}") == "", timeout=5000)
    # Ended: the note is part of the wrap-up, and digits typed into it are text there.
    qtbot.keyClick(view.note.edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.needs_wrap_up, timeout=3000)
    assert view.wrap_up.isAncestorOf(view.note) and view.note.isVisible()
    assert view.note.text() == typed
    view.note.edit.setFocus()
    view.note.edit.moveCursor(view.note.edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(view.note.edit, " 2")
    assert view.wrap_up.chosen_topics() == [], "the digit went into the note"
    assert view.note.state_code() == "unsaved"
    view.wrap_up._toggle(view.wrap_up.topics.item(0))
    view.wrap_up.outcome_buttons["follow_up"].setChecked(True)
    qtbot.keyClick(view.note.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: contact_id not in window.contacts.chats, timeout=3000)
    # The wrap-up and the note reach the server together.
    # (waitUntil takes a None as "no assertion failed": compare, never return a value.)
    qtbot.waitUntil(lambda: liisa.contact(contact_id)["wrapped_up_at"] is not None,
                    timeout=10000)
    assert liisa.records("contact_note")[contact_id]["text"] == typed + " 2"
    # Nobody else of the region received it.
    anna = Desk(live_server, "anna")
    assert contact_id not in anna.records("contact_note")
    anna.close()
    liisa.close()


@pytest.mark.parametrize("where", ["tab", "wrap_up"])
def test_a_note_over_the_limit_says_so_and_is_not_sent(qtbot, main_window, live_server, where):
    quiet(live_server)
    window = main_window("liisa")
    chat = accept_chat(qtbot, window, live_server)
    view = window.contacts.chats[chat]
    view.note.set_text("x" * 4001)
    view.note.edit.insertPlainText("!")
    assert view.note.state_code() == "too_long" and "4000" in view.note.state.text()
    if where == "tab":
        window.contacts.save_current_note()
    else:
        window.contacts.end_contact(chat)
        view.wrap_up._toggle(view.wrap_up.topics.item(0))
        view.wrap_up.outcome_buttons["resolved"].setChecked(True)
        view.wrap_up.save()
        assert view.needs_wrap_up() and view.wrap_up.error.text()
    qtbot.waitUntil(lambda: window.status.pending == 0, timeout=10000)
    assert window.reader.get("contact_note", chat) is None
    assert view.note.text().startswith("x" * 4001), "nothing typed is thrown away"
    wrap_up_everything(qtbot, window)
