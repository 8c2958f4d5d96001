"""The counsellor's loop with the keyboard: an offer arrives, F2 accepts, Ctrl+E ends,
the wrap-up takes a few keys, and the next offer follows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from ui.queue.model import ContactRole
from ui.shell.startup import build_main_window
from workstation.login import login
from workstation.session import TokenVault

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def mnemonic(text: str) -> Qt.Key:
    letter = text[text.index("&") + 1].upper()
    return getattr(Qt.Key, f"Key_{letter}")


def test_offer_accept_by_key_wrap_up_and_the_next_offer(qtbot, fresh_server, languages):
    window = build_main_window(login(fresh_server.url, "anna", "demo", TokenVault()), languages)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.status.state == "online", timeout=15000)
    assert not window.queue.dock.offer.isVisible(), "no offers while offline"

    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)                      # available
    offer = window.queue.dock.offer
    qtbot.waitUntil(offer.isVisible, timeout=10000)
    first = offer.contact
    assert first["language"] in ("fi", "sv")
    assert first["municipality_code"] == "853", "Anna's home municipality comes first"
    top = window.queue.model.index(0, 0)
    assert window.queue.model.data(top, ContactRole)["id"] == first["id"]
    font = window.queue.model.data(top, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold(), "the offered row stands out"

    qtbot.keyClick(window, Qt.Key.Key_F2)                           # accept
    qtbot.waitUntil(lambda: first["id"] in window.contacts.chats, timeout=5000)
    view = window.contacts.chats[first["id"]]
    assert not offer.isVisible()
    qtbot.waitUntil(lambda: (window.reader.get("contact", first["id"]) or {})
                    .get("answer_seconds") is not None, timeout=10000)

    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)                      # end
    qtbot.waitUntil(view.needs_wrap_up, timeout=5000)
    panel = view.wrap_up
    assert panel is not None and panel.topics.hasFocus() or panel.isAncestorOf(
        window.focusWidget())
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return, CTRL)   # nothing chosen yet
    assert panel.error.text() == panel.tr("Choose at least one topic (1–6).")
    assert first["id"] in window.contacts.chats, "an incomplete wrap-up keeps the tab"

    # F2 now does not take a new contact: the wrap-up comes first.
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.contacts.tabs.currentWidget() is view

    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_1)               # topic: home help
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_2)               # topic: food
    assert panel.chosen_topics() == ["home_help", "food"]
    resolved = panel.outcome_buttons["resolved"]
    qtbot.keyClick(window.focusWidget(), mnemonic(resolved.text()), ALT)
    qtbot.waitUntil(lambda: panel.chosen_outcome() == "resolved", timeout=2000)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return, CTRL)   # save
    qtbot.waitUntil(lambda: first["id"] not in window.contacts.chats, timeout=5000)

    # The server records the wrap-up and its time, makes Anna available and offers the next.
    qtbot.waitUntil(lambda: offer.isVisible() and offer.contact["id"] != first["id"],
                    timeout=10000)
    done = window.reader.get("contact", first["id"])
    assert done["outcome"] == "resolved" and done["topics"] == ["home_help", "food"]
    assert done["acw_seconds"] is not None
    assert window.status.presence.currentData() == "available"

    qtbot.keyClick(window, Qt.Key.Key_F3)                           # decline
    declined = offer.contact["id"] if offer.contact else None
    qtbot.waitUntil(lambda: offer.contact is None or offer.contact["id"] != declined,
                    timeout=10000)
    window.close()
    window.worker.thread.wait(5000)


def test_a_callback_request_shows_its_window_and_records_attempts_by_key(qtbot, fresh_server,
                                                                        languages):
    from datetime import UTC, datetime, timedelta

    import httpx

    start = datetime.now(UTC)
    r = httpx.post(f"{fresh_server.url}/api/public/callbacks", json={
        "name": "Eino", "phone": "050 765 4321", "language": "fi", "municipality_code": "853",
        "topic": "housing", "window_start": start.isoformat(),
        "window_end": (start + timedelta(hours=2)).isoformat()})
    assert r.status_code == 201, r.text
    request_id = r.json()["request_id"]
    window = build_main_window(login(fresh_server.url, "anna", "demo", TokenVault()), languages)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.queue.model.row_of(request_id) >= 0, timeout=15000)
    row = window.queue.model.row_of(request_id)
    subject = window.queue.model.data(window.queue.model.index(row, 4))
    local_end = (start + timedelta(hours=2)).astimezone().strftime("%H:%M")
    assert local_end in subject, "the queue shows when the citizen must be called"

    window.queue.accept_contact(request_id)
    view = window.contacts.chats[request_id]
    assert view.attempt_buttons["no_answer"].isVisible()
    assert local_end in view.details.text()
    qtbot.waitUntil(lambda: (lambda c: bool(c) and c["status"] == "accepted"
                             and not c["_pending"])(window.reader.get("contact", request_id)),
                    timeout=10000)   # the server confirmed the accept
    no_answer = view.attempt_buttons["no_answer"]
    qtbot.keyClick(window.focusWidget(), mnemonic(no_answer.text()), ALT)
    qtbot.waitUntil(lambda: request_id not in window.contacts.chats, timeout=5000)

    def confirmed() -> dict | None:   # the server's answer, not the optimistic row
        stored = window.reader.get("contact", request_id)
        return stored if stored and not stored["_pending"] and stored["attempts"] else None

    qtbot.waitUntil(lambda: confirmed() is not None, timeout=10000)
    stored = confirmed()
    assert stored["status"] == "waiting" and len(stored["attempts"]) == 1
    assert stored["attempts"][0]["result"] == "no_answer"
    window.close()
    window.worker.thread.wait(5000)


def test_the_queue_tells_who_a_contact_is_about_when_the_citizen_said(qtbot, languages,
                                                                     tmp_path):
    from PySide6.QtCore import Qt as _Qt

    from ui.queue.model import COLUMNS, QueueModel
    from workstation.store import LocalStore

    store = LocalStore(tmp_path / "w.sqlite")
    try:
        model = QueueModel({}, None, user_id="me")
        said = {"id": "a", "channel": "chat", "status": "waiting", "language": "fi",
                "subject": "Isäni tarvitsee apua", "created_at": "2026-11-24T08:00:00+00:00",
                "client_group": "families"}
        unsaid = said | {"id": "b", "client_group": None}
        model.apply([said, unsaid])
        subject = COLUMNS.index("subject")
        tip = model.data(model.index(0, subject), _Qt.ItemDataRole.ToolTipRole)
        assert "Asiakasryhmä: Lapset, nuoret ja perheet" in tip
        tip = model.data(model.index(1, subject), _Qt.ItemDataRole.ToolTipRole)
        assert "Asiakasryhmä" not in tip, "nothing is made up when nobody said"
    finally:
        store.close()


def test_a_callback_waits_from_its_window_and_an_urgent_one_is_marked(qtbot, languages,
                                                                     tmp_path):
    from datetime import UTC, datetime, timedelta

    from ui.queue.model import COLUMNS, QueueModel
    from workstation.store import LocalStore

    now = datetime.now(UTC)
    store = LocalStore(tmp_path / "w.sqlite")
    try:
        model = QueueModel({}, None, user_id="me")
        model.now = now
        base = {"status": "waiting", "language": "fi", "subject": "x", "channel": "callback",
                "created_at": (now - timedelta(hours=3)).isoformat(), "priority": 0}
        model.apply([
            base | {"id": "later", "window_start": (now + timedelta(hours=1)).isoformat(),
                    "due_at": (now + timedelta(hours=2)).isoformat()},
            base | {"id": "open", "window_start": (now - timedelta(minutes=5)).isoformat(),
                    "due_at": (now + timedelta(hours=1)).isoformat()},
            base | {"id": "urgent", "window_start": (now - timedelta(minutes=50)).isoformat(),
                    "due_at": (now + timedelta(minutes=10)).isoformat(), "priority": 10},
            base | {"id": "chat", "channel": "chat", "window_start": None}])
        waiting = COLUMNS.index("waiting")

        def cell(contact_id: str) -> str:
            return model.data(model.index(model.row_of(contact_id), waiting))

        # Not waiting before the citizen's window opens, but not a blank either (a callback
        # tried once and due again in ten minutes looked forgotten): from when.
        opens = (now + timedelta(hours=1)).astimezone().strftime("%H:%M")
        assert cell("later") == f"klo {opens} alkaen"
        assert cell("open") == "5:00", "from the window, not from the request 3 h ago"
        assert cell("urgent") == "! 50:00", "urgent is marked by more than colour"
        assert cell("chat") == "3:00:00"
    finally:
        store.close()
