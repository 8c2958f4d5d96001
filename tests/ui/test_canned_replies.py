"""Canned replies with the keyboard: Ctrl+K, type, Enter; and the team's own list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.support.qt import active_dialog
from tests.support.workstation import start_citizen_chat

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_k_inserts_a_canned_reply_with_the_names_filled_in(qtbot, live_server,
                                                                 main_window):
    chat = start_citizen_chat(live_server.url, "Hei, tarvitsen neuvoa")
    window = main_window("anna")
    qtbot.waitUntil(lambda: window.queue.model.row_of(chat["chat_id"]) >= 0, timeout=10000)
    window.queue.accept_contact(chat["chat_id"])
    view = window.contacts.chats[chat["chat_id"]]
    qtbot.keyClick(view.reply, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(lambda: active_dialog("cannedPicker") is not None, timeout=3000)
    picker = active_dialog("cannedPicker")
    assert picker.list.count() == 3, "the team's Finnish replies for a Finnish chat"
    qtbot.keyClicks(picker.filter, "tervehd")
    assert picker.list.count() == 1
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not picker.isVisible(), timeout=3000)
    assert view.reply.toPlainText() == ("Hei Testi, olen Anna asiakasohjauksesta. "
                                        "Miten voin auttaa?")
    assert view.reply.hasFocus(), "back in the reply, ready to edit or send"


def test_a_team_member_adds_a_canned_reply_and_it_reaches_the_server(qtbot, main_window):
    window = main_window("liisa")
    window.canned.act_manage.trigger()
    qtbot.waitUntil(lambda: active_dialog("cannedManager") is not None, timeout=3000)
    manager = active_dialog("cannedManager")
    count = manager.list.count()
    manager.new_button.click()
    manager.save_button.click()
    assert manager.error.text() == manager.tr("Write a title and a text."), "nothing empty"
    manager.language.setCurrentIndex(manager.language.findData("sv"))
    qtbot.keyClicks(manager.title, "Matservice")
    manager.text.setPlainText("Matservice ordnas av kommunen. Jag skickar kontaktuppgifterna.")
    manager.save_button.click()
    qtbot.waitUntil(lambda: manager.list.count() == count + 1, timeout=5000)

    def confirmed() -> dict | None:
        saved = [r for r in window.reader.all("canned_reply") if r["title"] == "Matservice"]
        return saved[0] if saved and not saved[0]["_pending"] else None  # the server's copy

    qtbot.waitUntil(lambda: confirmed() is not None, timeout=10000)
    saved = confirmed()
    assert saved["language"] == "sv" and saved["team_id"] == window.user.team_id
    manager.close()


def test_a_supervisor_switches_the_team_between_offers_and_picking(qtbot, main_window):
    window = main_window("paivi")
    assert window.team.act_pick_mode.isVisible() and not window.team.act_pick_mode.isChecked()

    def mode() -> str | None:
        team = window.reader.get("team", window.user.team_id)
        return team["routing_mode"] if team and not team["_pending"] else None

    try:
        window.team.act_pick_mode.trigger()
        qtbot.waitUntil(lambda: mode() == "pick", timeout=10000)   # confirmed by the server
        assert window.team.act_pick_mode.isChecked()
    finally:
        if window.team.act_pick_mode.isChecked():
            window.team.act_pick_mode.trigger()
        qtbot.waitUntil(lambda: mode() == "offer", timeout=10000)
    counsellor = main_window("mikko")
    assert not counsellor.team.act_pick_mode.isVisible(), "only supervisors change the routing"
