"""Small things a counsellor noticed on the desk, each checked as they saw it: the typing
indicator after the message, the callback's requested time, the queue counted alike in
the queue and the team view, the date picker's weekday in the UI language, the F1 list's
columns, the canned-reply picker's size."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtWidgets import QApplication

from tests.support.qt import active_dialog
from tests.support.workstation import start_citizen_chat


def test_the_typing_indicator_goes_when_the_message_arrives(qtbot, main_window, live_server):
    window = main_window("erik")
    chat = start_citizen_chat(live_server.url, "Hej", language="sv", municipality="445")
    qtbot.waitUntil(lambda: window.queue.model.row_of(chat["chat_id"]) >= 0, timeout=10000)
    window.queue.accept_contact(chat["chat_id"])
    view = window.contacts.chats[chat["chat_id"]]
    qtbot.waitUntil(lambda: (lambda c: bool(c) and c["status"] == "accepted"
                             and not c["_pending"])(window.reader.get("contact", chat["chat_id"])),
                    timeout=10000)
    public = f"{live_server.url}/api/public/chats/{chat['chat_id']}"
    token = {"X-Chat-Token": chat["token"]}
    assert httpx.post(f"{public}/typing", headers=token).status_code == 204
    qtbot.waitUntil(view.typing_label.isVisible, timeout=10000)
    r = httpx.post(f"{public}/messages", headers=token,
                   json={"text": "Min mamma behöver hemhjälp"})
    assert r.status_code == 201, r.text
    qtbot.waitUntil(lambda: any(m.get("text") == "Min mamma behöver hemhjälp"
                                for m in view.messages), timeout=10000)
    # At once with the message, not when the few seconds of "is writing" run out.
    assert not view.typing_label.isVisible()


def test_typing_until_ends_with_a_later_message_of_the_citizen():
    from workstation.chat.usecases import TYPING_SHOWN_SECONDS, typing_until

    t = datetime(2024, 3, 4, 10, 0, tzinfo=UTC)
    at = lambda s: (t + timedelta(seconds=s)).isoformat()   # noqa: E731
    shown = t + timedelta(seconds=TYPING_SHOWN_SECONDS)
    assert typing_until(None, []) is None
    assert typing_until(t, []) == shown
    assert typing_until(t, [{"sender": "citizen", "created_at": at(-30)}]) == shown, \
        "typing again after an earlier message"
    assert typing_until(t, [{"sender": "citizen", "created_at": at(2)}]) is None
    assert typing_until(t, [{"sender": "citizen", "created_at": at(2)},
                            {"sender": "counsellor", "created_at": at(3)}]) is None
    assert typing_until(t, [{"sender": "counsellor", "created_at": at(2)}]) == shown, \
        "the counsellor's reply does not end the citizen's typing"


def test_a_callbacks_requested_time_says_the_time_once(qtbot, languages):
    from ui.chat.view import ChatView

    start = datetime.now(UTC).replace(hour=11, minute=0, second=0, microsecond=0)
    contact = {"id": "cb", "channel": "callback", "status": "accepted", "language": "fi",
               "municipality_code": "202", "subject": "Turvaranneke",
               "caller_number": "+358501234567", "citizen_name": "Eila",
               "window_start": start.isoformat(),
               "due_at": (start + timedelta(minutes=51)).isoformat()}
    view = ChatView(contact, {})
    qtbot.addWidget(view)
    local = start.astimezone()
    window = f"{local:%H:%M}–{(local + timedelta(minutes=51)):%H:%M}"
    lines = view.details.text().splitlines()
    assert f"Toivottu aika: {window}" in lines, lines
    assert "soittoaika" not in view.details.text()


def test_the_queue_and_the_team_view_count_the_queue_alike(qtbot, languages):
    from ui.queue.dock import QueueDock
    from ui.queue.model import QueueModel
    from ui.team.dialog import TeamDialog

    now = datetime.now(UTC)
    rows = [
        {"id": "a", "status": "waiting", "channel": "chat", "language": "fi", "subject": "x",
         "created_at": (now - timedelta(minutes=3)).isoformat()},
        {"id": "b", "status": "waiting", "channel": "phone", "language": "sv", "subject": "y",
         "created_at": (now - timedelta(minutes=1)).isoformat()},
        # Tried once without an answer: back in the queue, due again in ten minutes.
        {"id": "c", "status": "waiting", "channel": "callback", "language": "fi",
         "subject": "z", "created_at": (now - timedelta(hours=2)).isoformat(),
         "window_start": (now + timedelta(minutes=10)).isoformat(),
         "due_at": (now + timedelta(hours=1)).isoformat()}]
    model = QueueModel({}, None, user_id="me")
    dock = QueueDock(model)
    qtbot.addWidget(dock)
    model.apply(rows)
    team = TeamDialog([], {}, None)
    qtbot.addWidget(team)
    team.set_queue(rows)
    qtbot.waitUntil(lambda: dock.summary.text() == "2 yhteydenottoa jonossa · "
                                                   "1 takaisinsoitto myöhemmin", timeout=3000)
    assert team.summary.text().startswith("Jono: 2 yhteydenottoa jonossa · pisin 3:0")
    assert "1 takaisinsoitto myöhemmin" in team.summary.text()
    # The one listed for later shows from when, not a blank.
    opens = (now + timedelta(minutes=10)).astimezone().strftime("%H:%M")
    cell = model.data(model.index(model.row_of("c"), 3))
    assert cell == f"klo {opens} alkaen"


def test_the_date_pickers_weekday_follows_the_ui_language(qtbot, languages):
    from ui.walkin.day import AppointmentsDock

    dock = AppointmentsDock([])
    qtbot.addWidget(dock)
    dock.date.setDate(QDate(2024, 3, 4))   # a Monday
    seen = {}
    for code in ("fi", "sv", "en", "fi"):
        languages.set_language(code, remember=False)
        QApplication.processEvents()   # the LanguageChange that retranslates
        seen[code] = (dock.date.text(), dock.date.calendarWidget().locale().name())
    assert seen == {"fi": ("ma 4.3.2024", "fi_FI"), "sv": ("mån 4.3.2024", "sv_FI"),
                    "en": ("Mon 4.3.2024", "en_GB")}


def test_f1_lists_the_shortcuts_in_two_aligned_columns(qtbot, main_window):
    window = main_window("anna")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: active_dialog("shortcutsDialog") is not None, timeout=3000)
    dialog = active_dialog("shortcutsDialog")
    table = dialog.table
    assert table.columnCount() == 2
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["F2"] == "Ota yhteydenotto vastaan"
    assert rows["Ctrl+B / Enter / Ctrl+R / Del"].startswith("Neuvontapisteen päivä")
    assert not any("\t" in k or "\t" in v for k, v in rows.items())
    # Every text fits its cell: keys on one line, a long description wrapped in its own
    # column, nothing cut off.
    metrics = table.fontMetrics()
    wrap = int(Qt.TextFlag.TextWordWrap)
    for r in range(table.rowCount()):
        assert metrics.horizontalAdvance(table.item(r, 0).text()) < table.columnWidth(0)
        needed = metrics.boundingRect(QRect(0, 0, table.columnWidth(1) - 8, 10000), wrap,
                                      table.item(r, 1).text()).height()
        assert needed <= table.rowHeight(r), table.item(r, 1).text()
    dialog.close()


def test_the_canned_reply_picker_is_as_big_as_its_replies(qtbot, languages):
    from ui.canned.dialogs import CannedPicker

    replies = [{"title": f"Vastaus {n}", "text": "Hei {name}, kiitos yhteydenotosta. " * 3}
               for n in range(3)]
    picker = CannedPicker(replies)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    list_ = picker.list
    rows_need = 3 * list_.sizeHintForRow(0) + 2 * list_.frameWidth()
    assert list_.height() <= rows_need + 2, "no empty list below three replies"
    assert picker.width() <= 500 and picker.height() <= picker.sizeHint().height() + 2
    # A long list scrolls instead of growing past the screen.
    many = CannedPicker([{"title": f"Vastaus {n}", "text": "x"} for n in range(40)])
    qtbot.addWidget(many)
    assert many.list.height() <= 8 * many.list.sizeHintForRow(0) + 2 * many.list.frameWidth()
