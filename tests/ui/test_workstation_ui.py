"""The workstation as a counsellor uses it, with qtbot, against the real server."""

from __future__ import annotations

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.support.workstation import start_citizen_chat
from ui.queue.model import QueueModel
from ui.shell.login import LoginDialog
from workstation.session import TokenVault


def test_login_dialog_logs_in_without_blocking_the_gui(qtbot, live_server, languages):
    dialog = LoginDialog(languages, TokenVault(), server=live_server.url)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "anna")
    qtbot.keyClicks(dialog.password, "demo")
    with qtbot.waitSignal(dialog.logged_in, timeout=15000) as blocker:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        # The login runs off the GUI thread: the dialog is responsive and says so.
        assert dialog.message.text() == dialog.tr("Logging in…")
    result = blocker.args[0]
    assert result.user.display_name == "Anna Virtanen"
    assert not result.offline


def test_wrong_password_gets_a_clear_message_and_no_window(qtbot, live_server, languages):
    dialog = LoginDialog(languages, TokenVault(), server=live_server.url, username="mikko")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "wrong")
    with qtbot.assertNotEmitted(dialog.logged_in, wait=0):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: dialog.password.isEnabled() and dialog.message.text()
                        not in ("", dialog.tr("Logging in…")), timeout=15000)
    assert dialog.message.text() == dialog.tr("Wrong user name or password.")
    assert dialog.password.text() == ""


def test_unreachable_server_starts_offline_with_cached_data(qtbot, fresh_server, languages):
    from ui.shell.startup import build_main_window
    from workstation.login import login

    vault = TokenVault()
    first = login(fresh_server.url, "liisa", "demo", vault)
    window = build_main_window(first, languages)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.queue.model.rowCount() >= 4, timeout=15000)
    window.close()
    window.worker.thread.wait(5000)
    fresh_server.stop()
    dialog = LoginDialog(languages, vault, server=fresh_server.url, username="liisa")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "demo")
    with qtbot.waitSignal(dialog.logged_in, timeout=15000) as blocker:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    result = blocker.args[0]
    assert result.offline
    window = build_main_window(result, languages)
    qtbot.addWidget(window)
    # The queue is read off the GUI thread: the constructor returns before it is shown.
    qtbot.waitUntil(lambda: window.queue.model.rowCount() >= 4, timeout=5000)
    qtbot.waitUntil(lambda: window.status.state == "offline", timeout=15000)
    assert window.status.connection.text() == window.status.tr(
        "● Offline — working from saved data")
    window.close()
    window.worker.thread.wait(5000)
    # A wrong password does not open the cache offline.
    dialog2 = LoginDialog(languages, vault, server=fresh_server.url, username="liisa")
    qtbot.addWidget(dialog2)
    dialog2.show()
    qtbot.keyClicks(dialog2.password, "guess")
    qtbot.keyClick(dialog2.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog2.password.isEnabled() and dialog2.message.text()
                    not in ("", dialog2.tr("Logging in…")), timeout=15000)
    assert dialog2.message.text() == dialog2.tr("Wrong user name or password.")


def test_an_offered_chat_appears_is_accepted_with_one_key_and_answered(qtbot, main_window,
                                                                        live_server):
    window = main_window("erik")  # Swedish-speaking counsellor in Parainen
    chat = start_citizen_chat(live_server.url, "Hej, jag behöver hjälp med hemtjänst.",
                              municipality="445", language="sv")
    qtbot.waitUntil(lambda: window.queue.model.row_of(chat["chat_id"]) >= 0, timeout=5000)
    row = window.queue.model.row_of(chat["chat_id"])
    window.queue.focus_queue()
    window.queue.dock.view.selectRow(row)
    qtbot.keyClick(window.queue.dock.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: chat["chat_id"] in window.contacts.chats, timeout=3000)
    view = window.contacts.chats[chat["chat_id"]]
    assert window.contacts.tabs.currentWidget() is view
    assert view.reply.hasFocus(), "the reply box has the focus after accepting"
    qtbot.waitUntil(lambda: any(m["sender"] == "citizen" for m in view.messages), timeout=5000)
    # QTest types ASCII only; the rest of the reply is typed as text input.
    qtbot.keyClicks(view.reply, "Hej! ")
    view.reply.insertPlainText("Jag hjälper gärna till.")
    qtbot.keyClick(view.reply, Qt.Key.Key_Return)
    assert view.reply.toPlainText() == ""
    qtbot.waitUntil(lambda: window.status.pending == 0 and len(view.messages) == 2
                    and not view.messages[-1]["_pending"], timeout=10000)
    # The citizen's side has the reply, and the contact left the queue.
    with httpx.Client(timeout=httpx.Timeout(5, read=1.0)) as client:
        texts = []
        try:
            with client.stream("GET", f"{live_server.url}/api/public/chats/{chat['chat_id']}"
                               f"/stream", params={"token": chat["token"]}) as r:
                for line in r.iter_lines():
                    if '"sender":"counsellor"' in line:
                        texts.append(line)
        except httpx.ReadTimeout:
            pass
    assert any("Jag hjälper gärna till." in t for t in texts)
    qtbot.waitUntil(lambda: window.queue.model.row_of(chat["chat_id"]) == -1, timeout=5000)


def test_a_typed_reply_survives_closing_the_window_as_a_draft(qtbot, main_window, live_server):
    window = main_window("mikko")
    chat = start_citizen_chat(live_server.url, "Tarvitsen tietoa asumisesta", municipality="202")
    qtbot.waitUntil(lambda: window.queue.model.row_of(chat["chat_id"]) >= 0, timeout=5000)
    window.queue.accept_contact(chat["chat_id"])
    view = window.contacts.chats[chat["chat_id"]]
    view.reply.insertPlainText("Keskeneräinen vastaus")
    path = window.worker.engine.store.path
    window.close()
    window.worker.thread.wait(5000)
    from workstation.store import LocalStore

    store = LocalStore(path, writer=False)
    assert store.draft(f"chat:{chat['chat_id']}") == "Keskeneräinen vastaus"
    store.close()


def test_switching_the_language_retranslates_the_window(qtbot, main_window, languages):
    window = main_window("anna")
    assert window.menu_file.title() == "&Tiedosto"
    assert window.status.presence.itemText(0) == "Vapaa"
    window.language_actions["sv"].trigger()
    # Qt delivers the LanguageChange event through the event loop.
    qtbot.waitUntil(lambda: window.menu_file.title() == "&Arkiv", timeout=2000)
    assert window.queue.dock.windowTitle() != "Regional queue"
    assert window.status.presence.itemText(0) == "Ledig"
    assert window.queue.model.headerData(0, Qt.Orientation.Horizontal) == "Kanal"
    assert window.municipality_names["853"] == "Åbo"
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.menu_file.title() == "&File", timeout=2000)
    window.language_actions["fi"].trigger()
    qtbot.waitUntil(lambda: window.menu_contact.title() == "&Yhteydenotto", timeout=2000)
    assert window.municipality_names["853"] == "Turku"


def test_queue_cells_follow_the_language_and_the_row(qtbot, main_window, live_server):
    """The queue keeps each row's texts between repaints: a language switch and a changed
    row must still show anew."""
    window = main_window("anna")
    model = window.queue.model
    chat = start_citizen_chat(live_server.url, "Kielitesti")

    def cell(column: int) -> str:
        return model.data(model.index(model.row_of(chat["chat_id"]), column))

    qtbot.waitUntil(lambda: model.row_of(chat["chat_id"]) >= 0, timeout=5000)
    assert (cell(0), cell(2)) == ("Chat", "Turku")
    assert "Kielitesti" in cell(4)
    window.language_actions["sv"].trigger()
    qtbot.waitUntil(lambda: (cell(0), cell(2)) == ("Chatt", "Åbo"), timeout=3000)
    # The row changes (someone else is offered it, or it gets a new subject): new texts.
    row = dict(model.rows[model.row_of(chat["chat_id"])], subject="Ny rubrik")
    model.apply([row if r["id"] == row["id"] else r for r in model.rows])
    assert "Ny rubrik" in cell(4)
    window.language_actions["fi"].trigger()
    qtbot.waitUntil(lambda: (cell(0), cell(2)) == ("Chat", "Turku"), timeout=3000)


def test_shortcuts_are_shown_in_menus_and_tooltips(main_window):
    window = main_window("anna")
    assert window.queue.act_accept.shortcut().toString() == "F2"
    assert "F2" in window.queue.act_accept.toolTip()
    assert window.contacts.act_end.shortcut().toString() == "Ctrl+E"
    assert window.status.presence.accessibleName()


def test_queue_model_passes_the_qt_model_tester(qtmodeltester, tmp_path):
    from workstation.contract import Change
    from workstation.queue.usecases import waiting_contacts
    from workstation.store import LocalStore

    store = LocalStore(tmp_path / "s.sqlite")
    store.apply_changes([Change(seq=i, entity="contact", id=f"c{i}", version=1, op="upsert",
                                data={"id": f"c{i}", "status": "waiting", "channel": "chat",
                                      "language": "fi", "created_at": f"2026-11-23T10:0{i}:00"
                                                                      "+00:00",
                                      "priority": 0, "subject": f"s{i}"})
                         for i in range(1, 6)])
    model = QueueModel()
    model.apply(waiting_contacts(store))
    assert model.rowCount() == 5
    qtmodeltester.check(model, force_py=True)
    store.apply_changes([Change(seq=9, entity="contact", id="c2", version=2, op="upsert",
                                data={"id": "c2", "status": "accepted", "created_at": "x"})])
    model.apply(waiting_contacts(store))
    assert [r["id"] for r in model.rows] == ["c1", "c3", "c4", "c5"]
    qtmodeltester.check(model, force_py=True)


def test_an_expired_login_is_renewed_without_losing_work(qtbot, main_window, live_server):
    window = main_window("liisa")
    engine = window.worker.engine
    # The session dies: no valid access token and no refresh token.
    window.worker.call(lambda: setattr(engine.api, "access_token", "expired"))
    window.worker.call(lambda: setattr(engine.api, "refresh_token", None))
    window.set_presence("away")
    qtbot.waitUntil(lambda: window.status.state == "auth_required", timeout=10000)
    assert window.status.pending >= 1, "the change waits; nothing is lost"
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window._relogin
    assert dialog is not None and dialog.username.text() == "liisa"
    qtbot.keyClicks(dialog.password, "demo")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.status.state == "online" and window.status.pending == 0,
                    timeout=15000)


def test_html_in_a_message_is_shown_as_text(qtbot, main_window, live_server):
    window = main_window("anna")
    text = "<b>lihava</b> <img src=x onerror=alert(1)> & <a href='http://x'>linkki</a>"
    chat = start_citizen_chat(live_server.url, text)
    qtbot.waitUntil(lambda: window.queue.model.row_of(chat["chat_id"]) >= 0, timeout=5000)
    window.queue.accept_contact(chat["chat_id"])
    view = window.contacts.chats[chat["chat_id"]]
    qtbot.waitUntil(lambda: bool(view.messages), timeout=5000)
    assert text in view.transcript.toPlainText()
    assert "<img" not in view.transcript.toHtml().replace("&lt;img", "")


def test_an_offered_call_shows_the_screen_pop_in_the_queue_and_the_tab(qtbot, main_window,
                                                                       live_server):
    from tests.support.desk import quiet_queue
    from tests.support.live_server import TELEPHONY_SECRET

    # Nobody available: the router must not offer the call to a colleague left available
    # by an earlier test while liisa takes it with F2 (that accept would rightly be refused).
    for desk in quiet_queue(live_server).values():
        desk.close()
    window = main_window("liisa")
    r = httpx.post(f"{live_server.url}/api/telephony/events",
                   headers={"X-Telephony-Secret": TELEPHONY_SECRET},
                   json={"event": "offered", "call_id": "ui-screen-pop", "caller": "0401000002",
                         "service_line": "+358 2 778 1000"})
    contact_id = r.json()["contact_id"]
    qtbot.waitUntil(lambda: window.queue.model.row_of(contact_id) >= 0, timeout=5000)
    row = window.queue.model.row_of(contact_id)
    subject = window.queue.model.index(row, 4).data()
    candidate = window.queue.model.rows[row]["candidates"][0]["name"]
    assert subject.startswith("+358401000002") and candidate in subject
    window.queue.focus_queue()
    window.queue.dock.view.selectRow(row)
    qtbot.keyClick(window.queue.dock.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: contact_id in window.contacts.chats, timeout=3000)
    view = window.contacts.chats[contact_id]
    assert view.details.isVisible() and not view.reply.isVisible()
    assert candidate in view.details.text()
    # At once, as a quick hand would: the accept may not be in the store yet.
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.status.pending == 0 and
                    window.reader.get("contact", contact_id)["status"] == "closed", timeout=10000)


def test_the_counsellor_sees_when_the_citizen_is_typing(qtbot, main_window, live_server):
    window = main_window("erik")
    chat = start_citizen_chat(live_server.url, "Hej, jag har en fråga", language="sv",
                              municipality="445")
    qtbot.waitUntil(lambda: window.queue.model.row_of(chat["chat_id"]) >= 0, timeout=10000)
    window.queue.accept_contact(chat["chat_id"])
    view = window.contacts.chats[chat["chat_id"]]
    qtbot.waitUntil(lambda: (lambda c: bool(c) and c["status"] == "accepted"
                             and not c["_pending"])(window.reader.get("contact", chat["chat_id"])),
                    timeout=10000)   # the server confirmed the accept
    assert not view.typing_label.isVisible()
    r = httpx.post(f"{live_server.url}/api/public/chats/{chat['chat_id']}/typing",
                   headers={"X-Chat-Token": chat["token"]})
    assert r.status_code == 204
    qtbot.waitUntil(view.typing_label.isVisible, timeout=10000)
    assert view.typing_label.text() == view.tr("%1 is writing…").replace("%1", "Testi")
    # It fades by itself when no more typing arrives.
    qtbot.waitUntil(lambda: not view.typing_label.isVisible(), timeout=10000)
