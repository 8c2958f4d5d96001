"""The guidance point's day: appointments by time, booking, check-in, walk-in visitors.

Keys while the day view has focus: Enter checks in the selected visitor, Ctrl+B books,
Ctrl+R registers a visitor without an appointment, Delete cancels a booking, Alt+Left /
Alt+Right move a day."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui.common import theme
from ui.common.i18n import Retranslatable
from ui.common.labels import appointment_status_name, service_language_name, topic_name
from workstation.queue.rules import InvalidPhoneNumber, Topic, callable_phone
from workstation.text import clean_line


class VisitDialog(Retranslatable, QDialog):
    """Book an appointment (with a time) or register a visitor at the desk (without)."""

    def __init__(self, *, booking: bool, day: QDate, parent=None):
        super().__init__(parent)
        self.setObjectName("visitDialog")
        self.booking = booking
        self.time = QTimeEdit(QTime(9, 0))
        self.time.setObjectName("visitTime")
        self.time.setDisplayFormat("HH:mm")
        self.minutes = QSpinBox()
        self.minutes.setObjectName("visitMinutes")
        self.minutes.setRange(10, 240)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(30)
        self.name = QLineEdit()
        self.name.setObjectName("visitName")
        self.name.setMaxLength(100)
        self.phone = QLineEdit()
        self.phone.setObjectName("visitPhone")
        self.phone.setMaxLength(40)
        self.topic = QComboBox()
        self.topic.setObjectName("visitTopic")
        for topic in Topic:
            self.topic.addItem("", str(topic))
        self.language = QComboBox()
        self.language.setObjectName("visitLanguage")
        self.language.addItem("", "fi")
        self.language.addItem("", "sv")
        self.note = QLineEdit()
        self.note.setObjectName("visitNote")
        self.note.setMaxLength(1000)
        self.error = QLabel()
        theme.set_tone(self.error, "error")
        self.labels = {k: QLabel() for k in ("time", "minutes", "name", "phone", "topic",
                                              "language", "note")}
        form = QFormLayout()
        widgets = {"time": self.time, "minutes": self.minutes, "name": self.name,
                   "phone": self.phone, "topic": self.topic, "language": self.language,
                   "note": self.note}
        for key, widget in widgets.items():
            if not booking and key in ("time", "minutes", "phone"):
                widget.hide()
                continue
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.day = day
        self.retranslate()
        (self.time if booking else self.name).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Book an appointment – %1").replace(
            "%1", self.day.toString("d.M.yyyy")) if self.booking
            else self.tr("A visitor without an appointment"))
        for key, text in {"time": self.tr("&Time"), "minutes": self.tr("&Minutes"),
                          "name": self.tr("&Name"), "phone": self.tr("&Phone"),
                          "topic": self.tr("T&opic"), "language": self.tr("&Language"),
                          "note": self.tr("N&ote")}.items():
            self.labels[key].setText(text)
        for i in range(self.topic.count()):
            self.topic.setItemText(i, topic_name(self.topic.itemData(i)))
        for i in range(self.language.count()):
            self.language.setItemText(i, service_language_name(self.language.itemData(i)))
        self.name.setPlaceholderText(self.tr("The visitor's name") if self.booking
                                     else self.tr("Optional"))

    def _check(self) -> None:
        if self.booking and not clean_line(self.name.text()):
            self.error.setText(self.tr("Write the visitor's name."))
            self.name.setFocus()
            return
        phone = clean_line(self.phone.text())
        if self.booking and phone:
            try:
                callable_phone(phone)
            except InvalidPhoneNumber:
                self.error.setText(self.tr("This is not a phone number that can be called; "
                                           "write it like 040 123 4567."))
                self.phone.setFocus()
                return
        self.accept()

    def starts_at(self) -> datetime:
        t = self.time.time()
        day = self.day.toPython()
        return datetime.combine(day, time(t.hour(), t.minute())).astimezone()


class AppointmentsDock(Retranslatable, QDockWidget):
    book_requested = Signal(object)        # VisitDialog (booking)
    walk_in_requested = Signal(object)     # VisitDialog (no appointment)
    check_in_requested = Signal(str)       # appointment id
    cancel_requested = Signal(str)         # appointment id
    day_changed = Signal()

    def __init__(self, points: list[dict], parent=None):
        super().__init__(parent)
        self.setObjectName("appointmentsDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.point = QComboBox()
        self.point.setObjectName("guidancePoint")
        self.set_points(points)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("appointmentDay")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d.M.yyyy")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("appointmentTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The topic takes what is left (and is elided): time, visitor and status stay whole.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.itemActivated.connect(lambda _item: self._check_in())
        self.empty = QLabel()
        self.empty.setObjectName("appointmentsEmpty")
        self.book_button = QPushButton()
        self.book_button.setObjectName("bookAppointment")
        self.walk_in_button = QPushButton()
        self.walk_in_button.setObjectName("registerWalkIn")
        self.check_in_button = QPushButton()
        self.check_in_button.setObjectName("checkIn")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelAppointment")
        self.book_button.clicked.connect(self.book)
        self.walk_in_button.clicked.connect(self.walk_in)
        self.check_in_button.clicked.connect(self._check_in)
        self.cancel_button.clicked.connect(self._cancel)
        self.point_label, self.date_label = QLabel(), QLabel()
        self.point_label.setBuddy(self.point)
        self.date_label.setBuddy(self.date)
        top = QHBoxLayout()
        top.addWidget(self.point_label)
        top.addWidget(self.point, 1)
        top.addWidget(self.date_label)
        top.addWidget(self.date)
        buttons = QGridLayout()   # two rows: the dock stays narrow beside the work area
        buttons.addWidget(self.check_in_button, 0, 0)
        buttons.addWidget(self.book_button, 0, 1)
        buttons.addWidget(self.walk_in_button, 1, 0)
        buttons.addWidget(self.cancel_button, 1, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.setWidget(body)
        for keys, slot in (("Ctrl+B", self.book), ("Ctrl+R", self.walk_in),
                           ("Delete", self._cancel), ("Alt+Left", lambda: self._step(-1)),
                           ("Alt+Right", lambda: self._step(1))):
            shortcut = QShortcut(QKeySequence(keys), body)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.point.currentIndexChanged.connect(lambda _i: self.day_changed.emit())
        self.date.dateChanged.connect(lambda _d: self.day_changed.emit())
        self.rows: list[dict] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Guidance point day"))
        # A widget keeps the locale it was made with: the weekday follows the language.
        locale = QLocale()
        self.date.setLocale(locale)
        self.date.calendarWidget().setLocale(locale)
        self.point_label.setText(self.tr("&Point"))
        self.date_label.setText(self.tr("&Day"))
        self.point.setAccessibleName(self.tr("Guidance point"))
        self.date.setAccessibleName(self.tr("Day"))
        self.table.setAccessibleName(self.tr("Appointments of the day"))
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Visitor"),
                                              self.tr("Topic"), self.tr("Status")])
        self.check_in_button.setText(self.tr("Check in (Enter)"))
        self.book_button.setText(self.tr("Book (Ctrl+B)"))
        self.walk_in_button.setText(self.tr("Visitor without appointment (Ctrl+R)"))
        self.cancel_button.setText(self.tr("Cancel booking (Del)"))
        self.empty.setText(self.tr("No appointments on this day. Ctrl+B books one."))
        self.set_rows(self.rows)

    def set_points(self, points: list[dict]) -> None:
        current = self.point.currentData()
        self.point.blockSignals(True)
        self.point.clear()
        for p in sorted(points, key=lambda p: p["name"]):
            self.point.addItem(p["name"], p["id"])
        if current is not None:
            self.point.setCurrentIndex(max(0, self.point.findData(current)))
        self.point.blockSignals(False)

    def point_id(self) -> str | None:
        return self.point.currentData()

    def day_bounds(self) -> tuple[datetime, datetime]:
        start = datetime.combine(self.date.date().toPython(), time(0)).astimezone()
        return start, start + timedelta(days=1)

    def set_rows(self, rows: list[dict]) -> None:
        selected = self.selected_id()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for n, a in enumerate(rows):
            start = datetime.fromisoformat(a["starts_at"]).astimezone()
            end = datetime.fromisoformat(a["ends_at"]).astimezone()
            cells = [f"{start:%H:%M}–{end:%H:%M}", a["citizen_name"], topic_name(a["topic"]),
                     appointment_status_name(a["status"])]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, a["id"])
                if a["status"] == "cancelled":
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                self.table.setItem(n, c, item)
            if a["id"] == selected:
                self.table.selectRow(n)
        self.empty.setVisible(not rows)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def book(self) -> None:
        self._open(VisitDialog(booking=True, day=self.date.date(), parent=self),
                   self.book_requested)

    def walk_in(self) -> None:
        self._open(VisitDialog(booking=False, day=self.date.date(), parent=self),
                   self.walk_in_requested)

    def _open(self, dialog: VisitDialog, signal) -> None:
        # Deleted when closed, and the window gets the focus back: the day view's keys
        # work again at once.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: signal.emit(dialog))
        dialog.finished.connect(lambda _r: self.window().activateWindow())
        dialog.open()

    def _check_in(self) -> None:
        appointment_id = self.selected_id()
        if appointment_id:
            self.check_in_requested.emit(appointment_id)

    def _cancel(self) -> None:
        appointment_id = self.selected_id()
        if appointment_id:
            self.cancel_requested.emit(appointment_id)

    def _step(self, days: int) -> None:
        self.date.setDate(self.date.date().addDays(days))

    def focus(self) -> None:
        self.show()
        self.raise_()
        self.window().activateWindow()
        self.table.setFocus()
        if self.table.rowCount() and self.selected_id() is None:
            self.table.selectRow(0)
