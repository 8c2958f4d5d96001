"""The regional queue and the offers: the queue dock, accepting (F2) and declining (F3).

The queue is read off the GUI thread (the store reader) whenever contacts change; the
model then takes only the differences."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication

from ui.chat.feature import ContactsFeature
from ui.common.feature import Desk, Feature, set_action_text
from ui.queue.dock import QueueDock
from ui.queue.model import QueueModel
from ui.queue.snapshot import QueueSnapshot, read_snapshot
from workstation.queue import usecases as queue
from workstation.store import LocalStore


class QueueFeature(Feature):
    loaded = Signal(object)   # QueueSnapshot, after the model and the offer took it

    def __init__(self, desk: Desk, contacts: ContactsFeature):
        super().__init__(desk)
        self.contacts = contacts
        self.model = QueueModel(desk.municipality_names, self, user_id=desk.user.id)
        self.dock = QueueDock(self.model, desk.window)
        self.dock.setMinimumWidth(520)
        self.dock.accept_requested.connect(self.accept_contact)
        self.dock.offer.decline_requested.connect(self.decline_offer)
        self._offer_id: str | None = None
        self._cache: dict = {}   # the reads' decode cache: the store reader's thread only
        self.last: QueueSnapshot | None = None

        # Only those who work the queue have it (a professional has no queue to show).
        takes = desk.takes_contacts
        self.dock.setVisible(takes)
        self.act_accept = self.action("acceptContact", "F2", self.accept_selected_or_next,
                                      visible=takes)
        self.act_decline = self.action("declineOffer", "F3", self.decline_current_offer,
                                       visible=takes)
        self.act_focus = self.action("focusQueue", "F6", self.focus_queue, visible=takes)

    def retranslate(self) -> None:
        set_action_text(self.act_accept, self.tr("&Accept contact"))
        set_action_text(self.act_decline, self.tr("&Decline offer"))
        set_action_text(self.act_focus, self.tr("Go to &queue"))
        self.act_accept.setStatusTip(self.tr("Accept the selected contact, or the next one in "
                                             "your languages"))

    def relabel(self) -> None:
        self.model.relabel()
        self.dock.fit_columns()

    # --- reading ------------------------------------------------------------------------
    def records_changed(self, entities: set[str]) -> None:
        if entities & {"contact", "municipality"}:
            self.read()

    def refresh(self) -> None:
        self.read()

    def read(self) -> None:
        """Read the queue off the GUI thread; ``apply`` shows it."""
        me, cache = self.user, self._cache

        def read(store: LocalStore) -> QueueSnapshot:
            return read_snapshot(store, me, cache)

        self.desk.store_reader.request("queue", read, self.apply)

    def apply(self, snapshot: QueueSnapshot) -> None:
        self.last = snapshot
        self.model.apply(snapshot.waiting)
        self.contacts.sync_tabs(snapshot.mine)
        self._show_offer(snapshot.offer)
        self.loaded.emit(snapshot)

    def _show_offer(self, offer: dict | None) -> None:
        self.dock.offer.set_offer(offer)
        offer_id = offer["id"] if offer else None
        if offer_id and offer_id != self._offer_id:
            # A new offer: flash the taskbar entry and ring, as a phone would.
            QApplication.alert(self.desk.window, 0)
            QApplication.beep()
        self._offer_id = offer_id

    # --- actions ------------------------------------------------------------------------
    def accept_selected_or_next(self) -> None:
        pending = self.contacts.pending_wrap_up()
        if pending is not None:
            # The wrap-up comes before the next contact.
            self.contacts.show(pending.contact_id)
            self.desk.say(self.tr("Save the wrap-up first: 1–6 topics, Alt+letter outcome, "
                                  "Ctrl+Enter."), 6000)
            return
        contact_id = self.dock.selected_contact_id() if self.dock.view.hasFocus() else None
        if contact_id is None:
            nxt = queue.next_waiting(self.desk.reader, self.user)
            if nxt is None:
                self.desk.say(self.tr("No contacts waiting in your languages."), 5000)
                return
            contact_id = nxt["id"]
        self.accept_contact(contact_id)

    def accept_contact(self, contact_id: str) -> None:
        if self.contacts.show(contact_id):
            return
        contact = self.desk.reader.get("contact", contact_id)
        if contact and contact.get("offered_to") not in (None, self.user.id) \
                and contact.get("status") == "waiting":
            self.desk.say(self.tr("That contact is being offered to a colleague."), 5000)
            return
        accepted = queue.accept_contact(self.desk.core, self.desk.reader, contact_id, self.user)
        if accepted is None:
            self.desk.say(self.tr("That contact is no longer waiting."), 5000)
            return
        offer = self.dock.offer.contact
        if offer is not None and offer["id"] == contact_id:
            self.dock.offer.set_offer(None)
        # The worker writes the optimistic "accepted" row and signals; the queue view
        # refreshes from the store like for any other change.
        self.contacts.open(accepted, focus=True)

    def decline_current_offer(self) -> None:
        offer = queue.my_offer(self.desk.reader, self.user)
        if offer is not None:
            self.decline_offer(offer["id"])

    def decline_offer(self, contact_id: str) -> None:
        if queue.decline_offer(self.desk.core, self.desk.reader, contact_id, self.user):
            self.dock.offer.set_offer(None)
            self.desk.say(self.tr("Offer declined; it goes to the next counsellor."), 5000)

    def focus_queue(self) -> None:
        self.dock.show()
        self.dock.view.setFocus()
        if self.model.rowCount() and not self.dock.view.selectionModel().hasSelection():
            self.dock.view.selectRow(0)

    def place(self) -> None:
        self.desk.window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
