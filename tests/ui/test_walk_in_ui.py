"""A walk-in adviser's day with the keyboard: the day view, booking, check-in, a visitor
without an appointment, and the visit's wrap-up."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier


def dialog_named(name: str):
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    return None


def test_book_check_in_and_a_visitor_without_appointment(qtbot, main_window):
    window = main_window("sari")
    day = window.walkin.dock
    assert day.isVisible(), "a walk-in adviser starts with the day view open"
    qtbot.waitUntil(lambda: day.point.count() == 4, timeout=5000)
    day.point.setCurrentIndex(day.point.findText("Raision neuvontapiste"))   # Sari's point
    day.date.setDate(QDate.currentDate().addDays(7))
    before = day.table.rowCount()

    window.walkin.act_day.trigger()                                  # Ctrl+D: focus the day view
    assert day.table.hasFocus()
    qtbot.keyClick(day.table, Qt.Key.Key_B, CTRL)             # book
    qtbot.waitUntil(lambda: dialog_named("visitDialog") is not None, timeout=3000)
    dialog = dialog_named("visitDialog")
    dialog.time.setTime(QTime(10, 15))
    qtbot.keyClick(dialog.buttons, Qt.Key.Key_Return)         # no name yet: refused
    assert dialog.isVisible() and dialog.error.text() == dialog.tr("Write the visitor's name.")
    qtbot.keyClicks(dialog.name, "Tuomas Aalto")
    qtbot.keyClicks(dialog.phone, "1 OR 1=1")
    qtbot.keyClick(dialog.buttons, Qt.Key.Key_Return)         # not a number: refused
    assert dialog.isVisible() and dialog.error.text() == dialog.tr(
        "This is not a phone number that can be called; write it like 040 123 4567.")
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "040 555 1234")
    dialog.topic.setCurrentIndex(dialog.topic.findData("housing"))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: day.table.rowCount() == before + 1, timeout=5000)
    row = next(r for r in range(day.table.rowCount())
               if day.table.item(r, 1).text() == "Tuomas Aalto")
    assert day.table.item(row, 0).text().startswith("10:15–10:45")
    booked = next(a for a in window.reader.all("appointment") if a["citizen_name"] == "Tuomas Aalto")
    assert booked["phone"] == "+358405551234", "stored in the one form the callback form uses"
    qtbot.waitUntil(lambda: window.status.pending == 0, timeout=10000)

    open_before = set(window.contacts.chats)   # Sari may have visits open from earlier tests
    day.table.selectRow(row)
    day.table.setFocus()
    qtbot.keyClick(day.table, Qt.Key.Key_Return)              # the visitor arrived
    qtbot.waitUntil(lambda: len(set(window.contacts.chats) - open_before) == 1, timeout=5000)
    view = window.contacts.chats[next(iter(set(window.contacts.chats) - open_before))]
    assert view.contact["channel"] == "walk_in" and view.contact["citizen_name"] == "Tuomas Aalto"
    qtbot.waitUntil(lambda: day.table.item(row, 3).text() == day.tr("checked in"), timeout=5000)
    qtbot.waitUntil(lambda: window.status.pending == 0, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)                # end the visit: wrap-up
    qtbot.waitUntil(view.needs_wrap_up, timeout=5000)

    window.walkin.act_day.trigger()                                  # back to the day view
    qtbot.keyClick(day.table, Qt.Key.Key_R, CTRL)             # someone without appointment
    qtbot.waitUntil(lambda: dialog_named("visitDialog") is not None, timeout=3000)
    walk_in = dialog_named("visitDialog")
    assert not walk_in.time.isVisible(), "no time for a visitor already at the desk"
    qtbot.keyClick(walk_in.name, Qt.Key.Key_Return)           # a name is optional
    qtbot.waitUntil(lambda: len(set(window.contacts.chats) - open_before) == 2, timeout=5000)
    visitor = next(window.contacts.chats[c] for c in set(window.contacts.chats) - open_before
                   if window.contacts.chats[c] is not view)

    def confirmed() -> bool:
        stored = window.reader.get("contact", visitor.contact_id)
        return bool(stored) and not stored["_pending"] and stored["status"] == "accepted"

    qtbot.waitUntil(confirmed, timeout=10000)   # the server registered the visit
