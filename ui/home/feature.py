"""The start tab, the counsellor's day (Alt+Home): the page in ui/home/page.py fed by the
queue's reads (the offer, the queue at a glance, my contacts, transfers) and by its own
read of today's appointments at my guidance point, both off the GUI thread."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QTimer

from ui.chat.feature import ContactsFeature
from ui.common.feature import Desk, Feature, set_action_text
from ui.common.icons import icon
from ui.home.glance import glance
from ui.home.page import DayPage
from ui.queue.feature import QueueFeature
from ui.queue.snapshot import QueueSnapshot
from ui.walkin.feature import WalkInFeature
from workstation import directory
from workstation.store import LocalStore
from workstation.walkin import usecases as walkin


def read_today(store: LocalStore, municipality_code: str | None, day: date
               ) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """My guidance point (the one of my municipality) and its appointments on ``day``."""
    point = directory.home_point(directory.guidance_points(store), municipality_code)
    if point is None:
        return None, []
    start = datetime.combine(day, time(0)).astimezone()
    return point, walkin.appointments_on(store, point["id"], start, start + timedelta(days=1))


class HomeFeature(Feature):
    def __init__(self, desk: Desk, queue: QueueFeature, contacts: ContactsFeature,
                 walk_in: WalkInFeature):
        super().__init__(desk)
        self.queue, self.contacts, self.walk_in = queue, contacts, walk_in
        self.page = DayPage(desk.user.display_name)
        self.page.municipality_names = desk.municipality_names
        self.page.accept_requested.connect(queue.accept_contact)
        self.page.decline_requested.connect(queue.decline_offer)
        self.page.contact_requested.connect(contacts.show)
        self.page.day_requested.connect(walk_in.dock.focus)
        contacts.set_start_page(self.page, icon("home"))
        self._unseen: QueueSnapshot | None = None
        queue.loaded.connect(self.show_queue)
        self.page.shown.connect(self.show_queue)
        self.day = date.today()
        # A new day brings new appointments (a workstation left running overnight).
        self.midnight = QTimer(self)
        self.midnight.setInterval(60_000)
        self.midnight.timeout.connect(self._check_day)
        self.midnight.start()
        self.act_home = self.action("myDay", "Alt+Home", self.show_page)

    def retranslate(self) -> None:
        set_action_text(self.act_home, self.tr("&My day (start)"))
        self.contacts.tabs.setTabText(self.contacts.tabs.indexOf(self.page), self.tr("My day"))

    def records_changed(self, entities: set[str]) -> None:
        if entities & {"appointment", "guidance_point"}:
            self.read_appointments()

    def refresh(self) -> None:
        self.read_appointments()

    def relabel(self) -> None:
        self.page.retranslate()

    def read_appointments(self) -> None:
        code, day = self.user.municipality_code, self.day
        self.desk.store_reader.request(
            "home-appointments", lambda store: read_today(store, code, day),
            lambda result: self.page.set_appointments(*result))

    def show_queue(self, snapshot: QueueSnapshot | None = None) -> None:
        """Each read of the queue, while the page shows; one behind the tabs waits until
        the page is shown again (the glance of 1,000 waiting contacts is ~1.5 ms of the GUI
        thread, and the queue is read many times a second when busy)."""
        if snapshot is not None:
            self._unseen = snapshot
        if self._unseen is None or not self.page.isVisible():
            return
        snapshot, self._unseen = self._unseen, None
        self.page.set_queue(glance(snapshot.waiting, now=datetime.now(UTC), user_id=self.user.id,
                                   team_id=self.user.team_id), snapshot.offer, snapshot.mine)

    def show_page(self) -> None:
        self.contacts.tabs.setCurrentWidget(self.page)
        self.page.focus_first()

    def _check_day(self) -> None:
        if date.today() != self.day:
            self.day = date.today()
            self.page.retranslate()
            self.read_appointments()
