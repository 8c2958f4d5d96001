"""The GUI thread never waits: the queue and the transcripts are read by the store reader's
thread, a new message adds one paragraph to the transcript instead of redrawing it, the
citizen's "is writing" fades without polling, and the demo login runs off the GUI thread."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from tests.support.workstation import start_citizen_chat
from ui.chat.view import ChatView
from workstation.store import LocalStore


def message(n: int, **extra) -> dict:
    return {"id": f"m{n}", "contact_id": "c", "sender": "citizen" if n % 2 else "counsellor",
            "text": f"viesti {n}\ntoinen rivi", "author_name": "Aino",
            "created_at": f"2026-11-24T08:{n:02d}:00+00:00", "_pending": False} | extra


def chat_view(qtbot) -> ChatView:
    view = ChatView({"id": "c", "channel": "chat", "status": "accepted",
                     "citizen_name": "Aino Virtanen"}, {})
    qtbot.addWidget(view)
    return view


def test_a_new_message_adds_one_paragraph_and_a_sent_one_redraws_only_itself(qtbot,
                                                                             languages):
    view = chat_view(qtbot)
    view.set_messages([message(n) for n in range(1, 4)])
    document = view.transcript.document()
    assert document.blockCount() == 3, "a message is one paragraph, its lines within"
    edits: list[tuple[int, int, int]] = []
    document.contentsChange.connect(lambda at, removed, added: edits.append((at, removed,
                                                                             added)))
    end = document.characterCount() - 1
    pending = message(4, _pending=True)
    view.set_messages([*view.messages, pending])
    assert edits and all(removed == 0 and at >= end for at, removed, _ in edits), \
        "appended at the end, nothing before it touched"
    assert document.blockCount() == 4
    assert "lähetetään" in document.lastBlock().text()      # sending…
    # The server confirms it: only the last paragraph is redrawn.
    edits.clear()
    first_three = document.findBlockByNumber(3).position()
    view.set_messages([*view.messages[:3], message(4)])
    assert edits and all(at >= first_three - 1 for at, _, _ in edits)
    assert "lähetetään" not in document.lastBlock().text()
    assert document.blockCount() == 4
    # The same list again: nothing at all.
    edits.clear()
    view.set_messages(list(view.messages))
    assert edits == []
    # The transcript reads the same as drawn at once.
    whole = chat_view(qtbot)
    whole.set_messages(view.messages)
    assert whole.transcript.toPlainText() == view.transcript.toPlainText()


def test_the_citizens_typing_fades_by_itself(qtbot, languages):
    view = chat_view(qtbot)
    view.show()
    view.set_citizen_typing_until(datetime.now(UTC) + timedelta(milliseconds=300))
    assert view.typing_label.isVisible() and "Aino" in view.typing_label.text()
    qtbot.waitUntil(lambda: not view.typing_label.isVisible(), timeout=2000)
    view.set_citizen_typing_until(datetime.now(UTC) - timedelta(seconds=1))
    assert not view.typing_label.isVisible(), "an old one is not shown at all"


def test_the_window_reads_the_queue_and_transcripts_off_the_gui_thread(
        qtbot, main_window, live_server, monkeypatch):
    gui = threading.main_thread()
    reads: list[tuple[str, bool]] = []
    for name in ("desk_contacts", "waiting_contacts", "messages_of"):
        original = getattr(LocalStore, name)

        def spy(self, *args, _name=name, _original=original, **kwargs):
            reads.append((_name, threading.current_thread() is gui))
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(LocalStore, name, spy)
    window = main_window("anna")
    chat = start_citizen_chat(live_server.url, "Säiekoe")
    qtbot.waitUntil(lambda: window.queue.model.row_of(chat["chat_id"]) >= 0, timeout=10000)
    window.queue.accept_contact(chat["chat_id"])
    view = window.contacts.chats[chat["chat_id"]]
    qtbot.waitUntil(lambda: bool(view.messages), timeout=5000)
    assert {name for name, _ in reads} >= {"desk_contacts", "messages_of"}
    assert [name for name, on_gui in reads if on_gui] == []


DEMO_LOGIN_PROBE = """
import sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import ui.shell.app as app_module
import workstation.login as login_module

real_login = login_module.login
threads = []

def spy(*args, **kwargs):
    threads.append(threading.current_thread() is threading.main_thread())
    return real_login(*args, **kwargs)

login_module.login = spy   # main() imports it when it logs in
opened = []

def poll():
    found = [w for w in QApplication.topLevelWidgets()
             if w.objectName() == "mainWindow" and w.isVisible()]
    if found:
        opened.append(found[0])
        found[0].close()
        found[0].worker.thread.wait(5000)
        QApplication.quit()
    else:
        QTimer.singleShot(50, poll)

QTimer.singleShot(0, poll)
QTimer.singleShot(30000, QApplication.quit)   # a safety net, not a wait
code = app_module.main(["--demo", "--user", "anna", "--lang", "fi"], demo_server=sys.argv[1])
print("RESULT", code, len(opened), threads, flush=True)
"""


def test_the_demo_login_runs_off_the_gui_thread(fresh_server, tmp_path):
    """In a process of its own: main() owns its QApplication and event loop, and the sync
    worker threads it leaves behind must not share an interpreter with later tests."""
    import os
    import subprocess
    import sys

    from tests.support.live_server import ROOT

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               NEUVO_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", DEMO_LOGIN_PROBE, fresh_server.url],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=90)
    result = [line for line in done.stdout.splitlines() if line.startswith("RESULT")]
    assert result, done.stdout[-2000:] + done.stderr[-2000:]
    assert result[0] == "RESULT 0 1 [False]", \
        "main() returned 0, the main window opened, and the login ran once, off the GUI thread"
