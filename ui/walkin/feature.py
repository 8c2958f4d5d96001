"""The walk-in day of a guidance point (Ctrl+D): appointments by time, booking, checking a
visitor in and registering one without an appointment. A visit opens as a contact tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from ui.chat.feature import ContactsFeature
from ui.common.feature import Desk, Feature, set_action_text
from ui.walkin.day import AppointmentsDock
from workstation import directory
from workstation.walkin import usecases as walkin


class WalkInFeature(Feature):
    def __init__(self, desk: Desk, contacts: ContactsFeature):
        super().__init__(desk)
        self.contacts = contacts
        self.dock = AppointmentsDock(directory.guidance_points(desk.reader), desk.window)
        self._home_point_chosen = False
        self._choose_home_point()
        # Walk-in advisers work from the day view; others open it with Ctrl+D. A
        # professional has no appointments (the queue scope), so no day view either.
        self.dock.setVisible(desk.user.role == "walk_in_adviser")
        self.dock.day_changed.connect(self.refresh)
        self.dock.book_requested.connect(self.book_appointment)
        self.dock.walk_in_requested.connect(self.register_walk_in)
        self.dock.check_in_requested.connect(self.check_in)
        self.dock.cancel_requested.connect(
            lambda a: walkin.cancel_appointment(desk.core, desk.reader, a))
        self.act_day = self.action("guidancePointDay", "Ctrl+D", self.dock.focus,
                                   visible=desk.takes_contacts)

    def place(self, below: QDockWidget | None = None) -> None:
        """Under ``below`` (the queue), sharing its column: beside it, the two docks left
        the contacts a quarter of the window."""
        window = self.desk.window
        if below is None:
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            window.resizeDocks([self.dock], [440], Qt.Orientation.Horizontal)
            return
        window.addDockWidget(window.dockWidgetArea(below), self.dock)
        window.splitDockWidget(below, self.dock, Qt.Orientation.Vertical)

    def retranslate(self) -> None:
        set_action_text(self.act_day, self.tr("Guidance point &day"))

    def records_changed(self, entities: set[str]) -> None:
        if "guidance_point" in entities:
            self.dock.set_points(directory.guidance_points(self.desk.reader))
            self._choose_home_point()
        if entities & {"appointment", "guidance_point"}:
            self.refresh()

    def refresh(self) -> None:
        """The shown day of the shown point (a day's bookings: a small read)."""
        point = self.dock.point_id()
        if point is None:
            self.dock.set_rows([])
            return
        start, end = self.dock.day_bounds()
        self.dock.set_rows(walkin.appointments_on(self.desk.reader, point, start, end))

    def _choose_home_point(self) -> None:
        """The day view opens at the guidance point of the user's municipality (once the
        directory has arrived; afterwards the user's own choice stays)."""
        if self._home_point_chosen:
            return
        points = directory.guidance_points(self.desk.reader)
        if not points:
            return
        self._home_point_chosen = True
        home = directory.home_point(points, self.user.municipality_code)
        if home is not None:
            self.dock.point.setCurrentIndex(max(0, self.dock.point.findData(home["id"])))

    def _point_municipality(self) -> str | None:
        return directory.point_municipality(self.desk.reader, self.dock.point_id())

    def book_appointment(self, dialog) -> None:
        point = self.dock.point_id()
        if point is None:
            return
        walkin.book_appointment(
            self.desk.core, point_id=point, starts_at=dialog.starts_at(),
            minutes=dialog.minutes.value(), citizen_name=dialog.name.text(),
            phone=dialog.phone.text(), topic=dialog.topic.currentData(),
            language=dialog.language.currentData(), note=dialog.note.text())
        self.desk.say(self.tr("Appointment booked."), 5000)

    def register_walk_in(self, dialog) -> None:
        point = self.dock.point_id()
        if point is None:
            return
        contact = walkin.register_walk_in(
            self.desk.core, self.user, point_id=point, municipality=self._point_municipality(),
            citizen_name=dialog.name.text(), topic=dialog.topic.currentData(),
            language=dialog.language.currentData(), note=dialog.note.text())
        self.contacts.open(contact, focus=True)

    def check_in(self, appointment_id: str) -> None:
        contact = walkin.check_in(self.desk.core, self.desk.reader, appointment_id, self.user,
                                  self._point_municipality())
        if contact is None:
            self.desk.say(self.tr("Only a booked appointment can be checked in."), 5000)
            return
        self.contacts.open(contact, focus=True)
