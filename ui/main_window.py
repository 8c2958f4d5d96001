"""The counsellor's main window: the queue dock, a work area of contact tabs, and the
status bar. Everything a counsellor does during a contact has a key."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabBar,
    QTabWidget,
)

from ui.chat.view import ChatView
from ui.i18n import LANGUAGES, LanguageManager, Retranslatable
from ui.login import LANGUAGE_NAMES, LoginDialog
from ui.queue.appointments import AppointmentsDock
from ui.queue.dock import QueueDock
from ui.queue.loader import QueueLoader, QueueSnapshot, read_snapshot
from ui.queue.model import QueueModel
from ui.status import WorkstationStatusBar
from ui.sync_worker import SyncWorker
from ui.tasks import run_task
from workstation.contract import UserInfo
from workstation.domain import Presence
from workstation.paths import OPENABLE, save_attachment
from workstation.queue import usecases
from workstation.queue.rules import InvalidMessage
from workstation.store import LocalStore, Rejection


class MainWindow(Retranslatable, QMainWindow):
    def __init__(self, *, user: UserInfo, reader: LocalStore, worker: SyncWorker,
                 languages: LanguageManager, token_persistent: bool, server: str):
        super().__init__()
        self.setObjectName("mainWindow")
        self.user = user
        self.reader = reader
        self.worker = worker
        self.languages = languages
        self.server = server
        self.municipality_names: dict[str, str] = {}
        self.chats: dict[str, ChatView] = {}
        self._relogin: LoginDialog | None = None
        self.resize(1280, 800)

        self.queue_model = QueueModel(reader, self.municipality_names, self, user_id=user.id)
        self.queue_dock = QueueDock(self.queue_model, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.queue_dock)
        self.queue_dock.accept_requested.connect(self.accept_contact)
        self.queue_dock.offer.decline_requested.connect(self.decline_offer)
        self._offer_id: str | None = None
        self._canned_manager = None
        self._team_dialog = None
        self._typing_sent: dict[str, float] = {}
        # The "is writing" indicator fades on its own: re-check once a second.
        self._typing_clock = QTimer(self)
        self._typing_clock.setInterval(1000)
        self._typing_clock.timeout.connect(self._refresh_typing)
        self._typing_clock.start()
        self.queue_loader = QueueLoader(reader.path, user, self)
        self.queue_loader.loaded.connect(self._apply_snapshot)
        self.queue_dock.setMinimumWidth(520)

        self.appointments = AppointmentsDock(reader.all("guidance_point"), self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.appointments)
        self._home_point_chosen = False
        self._choose_home_point()
        # Walk-in advisers work from the day view; others open it with Ctrl+D.
        self.appointments.setVisible(user.role == "walk_in_adviser")
        self.resizeDocks([self.appointments], [440], Qt.Orientation.Horizontal)
        self.appointments.day_changed.connect(self._refresh_appointments)
        self.appointments.book_requested.connect(self.book_appointment)
        self.appointments.walk_in_requested.connect(self.register_walk_in)
        self.appointments.check_in_requested.connect(self.check_in)
        self.appointments.cancel_requested.connect(
            lambda a: usecases.cancel_appointment(self.worker, self.reader, a))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("workArea")
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.empty = QLabel()
        self.empty.setObjectName("emptyWorkArea")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self._show_empty_tab()
        self.setCentralWidget(self.tabs)

        self.status = WorkstationStatusBar(token_persistent, self)
        self.setStatusBar(self.status)
        self.status.presence_chosen.connect(self.set_presence)

        self._create_actions()
        self._create_menus()
        self._connect_signals()
        self.retranslate()
        self.refresh_all()

    # --- construction -------------------------------------------------------------------
    def _action(self, name: str, shortcut: str | QKeySequence | None, slot) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.act_accept = self._action("acceptContact", "F2", self.accept_selected_or_next)
        self.act_decline = self._action("declineOffer", "F3", self.decline_current_offer)
        self.act_end = self._action("endContact", "Ctrl+E", self.end_current_contact)
        self.act_handover = self._action("handOver", "Ctrl+H", self.hand_over_current)
        self.act_canned = self._action("cannedReply", "Ctrl+K", self.insert_canned_reply)
        self.act_manage_canned = self._action("manageCanned", "Ctrl+Shift+K",
                                              self.manage_canned_replies)
        # Supervisors: whether the server offers the team's contacts or the team picks.
        self.act_pick_mode = self._action("teamPicks", None, self._toggle_pick_mode)
        self.act_pick_mode.setCheckable(True)
        self.act_pick_mode.setVisible(self.user.role == "supervisor" and bool(self.user.team_id))
        # Supervisors: the team's presence, and each person's languages and client groups.
        self.act_team = self._action("teamView", "Ctrl+T", self.show_team)
        self.act_team.setVisible(self.user.role == "supervisor" and bool(self.user.team_id))
        self.act_close_tab = self._action("closeTab", "Ctrl+W",
                                          lambda: self._close_tab(self.tabs.currentIndex()))
        self.act_queue = self._action("focusQueue", "F6", self.focus_queue)
        self.act_day = self._action("guidancePointDay", "Ctrl+D", self.appointments.focus)
        self.act_reply = self._action("focusReply", "F7", self.focus_reply)
        self.act_next_tab = self._action("nextTab", "Ctrl+Tab", lambda: self._cycle_tab(1))
        self.act_sync = self._action("syncNow", "F5", self.worker.sync_now)
        self.act_relogin = self._action("relogin", "Ctrl+L", self.log_in_again)
        self.act_quit = self._action("quit", "Ctrl+Q", self.close)
        self.act_help = self._action("shortcuts", "F1", self.show_shortcuts)
        self.presence_actions = {}
        for n, state in enumerate((Presence.AVAILABLE, Presence.BUSY,
                                   Presence.AFTER_CONTACT_WORK, Presence.AWAY), start=1):
            self.presence_actions[state] = self._action(
                f"presence_{state}", f"Ctrl+{n}", lambda _=False, s=state: self.set_presence(s))
        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for code in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[code], self, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setChecked(code == self.languages.language)
            action.triggered.connect(lambda _=False, c=code: self.languages.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addAction(self.act_sync)
        self.menu_file.addAction(self.act_relogin)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_contact = bar.addMenu("")
        for a in (self.act_accept, self.act_decline, self.act_reply, self.act_canned,
                  self.act_handover, self.act_end, self.act_close_tab):
            self.menu_contact.addAction(a)
        self.menu_contact.addAction(self.act_manage_canned)
        self.menu_contact.addAction(self.act_pick_mode)
        self.menu_contact.addSeparator()
        self.menu_presence = self.menu_contact.addMenu("")
        for a in self.presence_actions.values():
            self.menu_presence.addAction(a)
        self.menu_view = bar.addMenu("")
        self.menu_view.addAction(self.act_queue)
        self.menu_view.addAction(self.act_day)
        self.menu_view.addAction(self.act_team)
        self.menu_view.addAction(self.act_next_tab)
        self.menu_language = bar.addMenu("")
        for a in self.language_actions.values():
            self.menu_language.addAction(a)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_help)

    def _connect_signals(self) -> None:
        # sync worker -> window (queued across threads)
        self.worker.state_changed.connect(self.status.set_state)
        self.worker.state_changed.connect(self._state_changed)
        self.worker.pending_changed.connect(self.status.set_pending)
        self.worker.push_stuck.connect(self.status.set_stuck)
        self.worker.records_changed.connect(self.on_records_changed)
        self.worker.rejected.connect(self.on_rejected)
        # language
        self.languages.language_changed.connect(self._language_changed)

    # --- translation --------------------------------------------------------------------

    def _language_changed(self, code: str) -> None:
        self.language_actions[code].setChecked(True)
        # Municipality names follow the language (Turku / Åbo).
        self._load_municipalities()
        self.queue_loader.request()
        for view in self.chats.values():
            view.update_header(view.contact)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Client guidance workstation — %1").replace(
            "%1", self.user.display_name))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_contact.setTitle(self.tr("&Contact"))
        self.menu_presence.setTitle(self.tr("&Presence"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        texts = {
            self.act_accept: self.tr("&Accept contact"),
            self.act_decline: self.tr("&Decline offer"),
            self.act_handover: self.tr("&Hand over…"),
            self.act_canned: self.tr("Insert &canned reply…"),
            self.act_manage_canned: self.tr("&Manage canned replies…"),
            self.act_pick_mode: self.tr("Team picks from the q&ueue (no offers)"),
            self.act_end: self.tr("&End contact"),
            self.act_close_tab: self.tr("Close &tab"),
            self.act_queue: self.tr("Go to &queue"),
            self.act_day: self.tr("Guidance point &day"),
            self.act_team: self.tr("My t&eam…"),
            self.act_reply: self.tr("Go to &reply"),
            self.act_next_tab: self.tr("&Next tab"),
            self.act_sync: self.tr("&Synchronise now"),
            self.act_relogin: self.tr("&Log in again…"),
            self.act_quit: self.tr("&Quit"),
            self.act_help: self.tr("&Keyboard shortcuts"),
            self.presence_actions[Presence.AVAILABLE]: self.tr("Available"),
            self.presence_actions[Presence.BUSY]: self.tr("Busy"),
            self.presence_actions[Presence.AFTER_CONTACT_WORK]: self.tr("After-contact work"),
            self.presence_actions[Presence.AWAY]: self.tr("Away"),
        }
        for action, text in texts.items():
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = text.replace("&", "")
            action.setToolTip(f"{plain} ({keys})" if keys else plain)
        self.act_accept.setStatusTip(self.tr("Accept the selected contact, or the next one in "
                                             "your languages"))
        self.empty.setText(self.tr("No open contacts.\n\nPress F2 to accept the next contact "
                                   "from the queue, F6 to go to the queue."))
        self.empty.setAccessibleName(self.tr("Work area"))
        self.tabs.setTabText(self.tabs.indexOf(self.empty), self.tr("Start"))
        self.tabs.setAccessibleName(self.tr("Open contacts"))
        for view in self.chats.values():
            self._update_tab_title(view)

    # --- refresh from the store ---------------------------------------------------------
    def on_records_changed(self, entities: list[str]) -> None:
        changed = set(entities)
        if "municipality" in changed:
            self._load_municipalities()
        if changed & {"contact", "municipality"}:
            # Read off the GUI thread; _apply_snapshot shows the result.
            self.queue_loader.request()
        if "chat_message" in changed:
            self._refresh_chats()
        if "presence" in changed:
            self._refresh_presence()
        if "typing" in changed:
            self._refresh_typing()
        if "team" in changed:
            self._refresh_pick_mode()
        if "guidance_point" in changed:
            self.appointments.set_points(self.reader.all("guidance_point"))
            self._choose_home_point()
        if changed & {"appointment", "guidance_point"}:
            self._refresh_appointments()
        if changed & {"user", "presence"} and self._team_dialog is not None:
            self._team_dialog.set_members(usecases.team_members(self.reader, self.user))
        if "canned_reply" in changed and self._canned_manager is not None:
            self._canned_manager.set_replies(usecases.canned_replies(self.reader, self.user))

    def refresh_all(self) -> None:
        self._load_municipalities()
        self._apply_snapshot(read_snapshot(self.reader, self.user))
        self._refresh_chats()
        self._refresh_presence()
        self._refresh_appointments()
        self._refresh_pick_mode()

    def _refresh_pick_mode(self) -> None:
        team = self.reader.get("team", self.user.team_id or "")
        self.act_pick_mode.blockSignals(True)
        self.act_pick_mode.setChecked(bool(team) and team.get("routing_mode") == "pick")
        self.act_pick_mode.blockSignals(False)

    def _toggle_pick_mode(self, checked: bool) -> None:
        if self.user.team_id:
            usecases.set_routing_mode(self.worker, self.reader, self.user.team_id,
                                      "pick" if checked else "offer")
            self.statusBar().showMessage(
                self.tr("The team now picks contacts from the queue.") if checked
                else self.tr("The server now offers the team's contacts."), 6000)

    def _choose_home_point(self) -> None:
        """The day view opens at the guidance point of the user's municipality (once the
        directory has arrived; afterwards the user's own choice stays)."""
        if self._home_point_chosen:
            return
        points = self.reader.all("guidance_point")
        if not points:
            return
        self._home_point_chosen = True
        home = next((p for p in points if p.get("municipality_code")
                     == self.user.municipality_code), None)
        if home is not None:
            self.appointments.point.setCurrentIndex(
                max(0, self.appointments.point.findData(home["id"])))

    def _refresh_appointments(self) -> None:
        point = self.appointments.point_id()
        if point is None:
            self.appointments.set_rows([])
            return
        start, end = self.appointments.day_bounds()
        self.appointments.set_rows(usecases.appointments_on(self.reader, point, start, end))

    def _point_municipality(self) -> str | None:
        point = self.reader.get("guidance_point", self.appointments.point_id() or "")
        return point.get("municipality_code") if point else None

    def book_appointment(self, dialog) -> None:
        point = self.appointments.point_id()
        if point is None:
            return
        usecases.book_appointment(
            self.worker, point_id=point, starts_at=dialog.starts_at(),
            minutes=dialog.minutes.value(), citizen_name=dialog.name.text(),
            phone=dialog.phone.text(), topic=dialog.topic.currentData(),
            language=dialog.language.currentData(), note=dialog.note.text())
        self.statusBar().showMessage(self.tr("Appointment booked."), 5000)

    def register_walk_in(self, dialog) -> None:
        point = self.appointments.point_id()
        if point is None:
            return
        contact = usecases.register_walk_in(
            self.worker, self.user, point_id=point, municipality=self._point_municipality(),
            citizen_name=dialog.name.text(), topic=dialog.topic.currentData(),
            language=dialog.language.currentData(), note=dialog.note.text())
        self._open_tab(contact, focus=True)

    def check_in(self, appointment_id: str) -> None:
        contact = usecases.check_in(self.worker, self.reader, appointment_id, self.user,
                                    self._point_municipality())
        if contact is None:
            self.statusBar().showMessage(self.tr("Only a booked appointment can be checked "
                                                 "in."), 5000)
            return
        self._open_tab(contact, focus=True)

    def _apply_snapshot(self, snapshot: QueueSnapshot) -> None:
        self.queue_model.apply(snapshot.waiting)
        if self._team_dialog is not None:
            self._team_dialog.set_queue(snapshot.waiting)
        self._sync_tabs(snapshot.mine)
        self._refresh_offer(snapshot.offer)

    def _refresh_offer(self, offer: dict | None) -> None:
        self.queue_dock.offer.set_offer(offer)
        offer_id = offer["id"] if offer else None
        if offer_id and offer_id != self._offer_id:
            # A new offer: flash the taskbar entry and ring, as a phone would.
            QApplication.alert(self, 0)
            QApplication.beep()
        self._offer_id = offer_id

    def _load_municipalities(self) -> None:
        swedish = self.languages.language == "sv"
        self.municipality_names.clear()
        for m in self.reader.all("municipality"):
            self.municipality_names[m["code"]] = m["name_sv"] if swedish else m["name_fi"]
        self.queue_model.relabel()
        self.queue_dock.fit_columns()

    def _refresh_presence(self) -> None:
        mine = self.reader.get("presence", self.user.id)
        if mine:
            self.status.set_presence(mine["state"], mine.get("since"))

    def _sync_tabs(self, mine: list[dict]) -> None:
        # Open contacts, and ended ones still waiting for their wrap-up (after a restart too),
        # as the queue loader read them.
        for contact in mine:
            if contact["id"] not in self.chats:
                # The snapshot may predate a change made since (a handover, a callback
                # attempt): open only what is still mine in the store now.
                current = self.reader.get("contact", contact["id"]) or {}
                still_mine = current.get("accepted_by") == self.user.id and (
                    current.get("status") == "accepted" or (
                        current.get("status") == "closed" and not current.get("wrapped_up_at")))
                if still_mine:
                    self._open_tab(current, focus=False)
        for contact_id, view in list(self.chats.items()):
            if self.worker.engine.awaiting_write("contact", contact_id):
                # The user's own edit (say Ctrl+E) is on its way to the store: the store
                # is older than the screen, and showing it would flicker the tab back (and
                # move the focus out of the wrap-up). The write brings a fresh snapshot.
                continue
            contact = self.reader.get("contact", contact_id)
            if contact is None:
                continue
            if contact.get("accepted_by") not in (None, self.user.id):
                # Someone else won the race: close our optimistic tab.
                self._remove_tab(contact_id)
                continue
            view.update_header(contact)
            self._update_tab_title(view)
            if contact.get("status") == "waiting" and contact.get("handed_over_by"):
                self._remove_tab(contact_id)  # handed over to a colleague

    def _refresh_chats(self) -> None:
        for contact_id, view in self.chats.items():
            view.set_messages(usecases.chat_messages(self.reader, contact_id))

    # --- actions ------------------------------------------------------------------------
    def _pending_wrap_up(self) -> ChatView | None:
        for view in self.chats.values():
            if view.needs_wrap_up():
                return view
        return None

    def accept_selected_or_next(self) -> None:
        pending = self._pending_wrap_up()
        if pending is not None:
            # The wrap-up comes before the next contact.
            self.tabs.setCurrentWidget(pending)
            pending.focus_reply()
            self.statusBar().showMessage(self.tr("Save the wrap-up first: 1–6 topics, "
                                                 "Alt+letter outcome, Ctrl+Enter."), 6000)
            return
        contact_id = self.queue_dock.selected_contact_id() if self.queue_dock.view.hasFocus() \
            else None
        if contact_id is None:
            nxt = usecases.next_waiting(self.reader, self.user)
            if nxt is None:
                self.statusBar().showMessage(self.tr("No contacts waiting in your languages."),
                                             5000)
                return
            contact_id = nxt["id"]
        self.accept_contact(contact_id)

    def accept_contact(self, contact_id: str) -> None:
        if contact_id in self.chats:
            self.tabs.setCurrentWidget(self.chats[contact_id])
            self.chats[contact_id].focus_reply()
            return
        contact = self.reader.get("contact", contact_id)
        if contact and contact.get("offered_to") not in (None, self.user.id) \
                and contact.get("status") == "waiting":
            self.statusBar().showMessage(
                self.tr("That contact is being offered to a colleague."), 5000)
            return
        accepted = usecases.accept_contact(self.worker, self.reader, contact_id, self.user)
        if accepted is None:
            self.statusBar().showMessage(self.tr("That contact is no longer waiting."), 5000)
            return
        offer = self.queue_dock.offer.contact
        if offer is not None and offer["id"] == contact_id:
            self.queue_dock.offer.set_offer(None)
        # The worker writes the optimistic "accepted" row and signals; the queue view
        # refreshes from the store like for any other change.
        self._open_tab(accepted, focus=True)

    def _open_tab(self, contact: dict, *, focus: bool) -> ChatView:
        view = ChatView(contact, self.municipality_names)
        view.send_requested.connect(self.send_message)
        view.draft_changed.connect(self.save_draft)
        view.close_requested.connect(self.end_contact)
        view.wrap_up_requested.connect(self.save_wrap_up)
        view.attempt_requested.connect(self.record_attempt)
        view.typing.connect(self.counsellor_typing)
        view.attachment_requested.connect(self.open_attachment)
        draft = self.reader.draft(f"chat:{contact['id']}")
        if draft:
            view.reply.setPlainText(draft)
            view.reply.moveCursor(QTextCursor.MoveOperation.End)
        view.set_messages(usecases.chat_messages(self.reader, contact["id"]))
        self.chats[contact["id"]] = view
        index = self.tabs.addTab(view, "")
        self._update_tab_title(view)
        if self.tabs.indexOf(self.empty) >= 0:
            self.tabs.removeTab(self.tabs.indexOf(self.empty))
            index = self.tabs.indexOf(view)
        if focus:
            self.tabs.setCurrentIndex(index)
            view.focus_reply()
        return view

    def _update_tab_title(self, view: ChatView) -> None:
        name = (view.contact.get("citizen_name") or view.contact.get("email_address")
                or self.tr("Anonymous"))
        i = self.tabs.indexOf(view)
        if i >= 0:
            self.tabs.setTabText(i, name)
            self.tabs.setTabToolTip(i, view.header.text())

    def _remove_tab(self, contact_id: str) -> None:
        view = self.chats.pop(contact_id, None)
        if view is None:
            return
        self.tabs.removeTab(self.tabs.indexOf(view))
        view.deleteLater()
        if self.tabs.count() == 0:
            self._show_empty_tab()

    def _show_empty_tab(self) -> None:
        index = self.tabs.addTab(self.empty, self.tr("Start"))
        # The start page is not a contact: it has no close button.
        for side in (QTabBar.ButtonPosition.RightSide, QTabBar.ButtonPosition.LeftSide):
            button = self.tabs.tabBar().tabButton(index, side)
            if button is not None:
                button.hide()

    def _close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if isinstance(widget, ChatView):
            if widget.needs_wrap_up():
                self.statusBar().showMessage(
                    self.tr("Save the wrap-up first (Ctrl+Enter)."), 6000)
                widget.focus_reply()
                return
            if widget.contact.get("status") != "closed":
                self.statusBar().showMessage(
                    self.tr("End the contact first (Ctrl+E); the tab stays open until then."),
                    6000)
                return
            self._remove_tab(widget.contact_id)

    def _cycle_tab(self, step: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def current_chat(self) -> ChatView | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, ChatView) else None

    def end_current_contact(self) -> None:
        view = self.current_chat()
        if view:
            self.end_contact(view.contact_id)

    def end_contact(self, contact_id: str) -> None:
        view = self.chats.get(contact_id)
        if usecases.close_contact(self.worker, self.reader, contact_id, self.user,
                                  accepted=view.contact if view else None):
            if view:
                view.update_header(view.contact | {"status": "closed",
                                                   "closed_at": datetime.now(UTC).isoformat()})
                view.focus_reply()
            self.statusBar().showMessage(self.tr("Contact ended. Record the wrap-up: 1–6 "
                                                 "topics, Alt+letter outcome, Ctrl+Enter."),
                                         8000)

    def save_wrap_up(self, contact_id: str, topics: list, client_group: str,
                     outcome: str | None) -> None:
        view = self.chats.get(contact_id)
        try:
            usecases.wrap_up(self.worker, self.reader, contact_id, topics=topics,
                             client_group=client_group, outcome=outcome)
        except usecases.InvalidWrapUp as exc:
            if view is not None and view.wrap_up is not None:
                view.wrap_up.show_error(exc.code)
            return
        self._remove_tab(contact_id)
        self.statusBar().showMessage(self.tr("Wrap-up saved. The next contact will be offered "
                                             "to you."), 6000)

    def _refresh_typing(self) -> None:
        for contact_id, view in self.chats.items():
            view.set_citizen_typing(usecases.citizen_is_typing(self.reader, contact_id))

    def counsellor_typing(self, contact_id: str) -> None:
        """At most one "is writing" every 3 s, and only online: a queued one would show
        the citizen a stale indicator after a reconnect."""
        now = time.monotonic()
        if self.status.state != "online" or now - self._typing_sent.get(contact_id, 0) < 3:
            return
        self._typing_sent[contact_id] = now
        usecases.send_typing(self.worker, contact_id)

    def record_attempt(self, contact_id: str, result: str) -> None:
        status = usecases.record_callback_attempt(self.worker, self.reader, contact_id, result,
                                                  self.user)
        if status is None:
            return
        if status == "accepted":
            self.statusBar().showMessage(self.tr("Reached: the call goes on. End it with "
                                                 "Ctrl+E."), 6000)
            return
        self._remove_tab(contact_id)
        self.statusBar().showMessage(
            self.tr("Attempt recorded; the request returns to the queue for a later try.")
            if status == "waiting" else
            self.tr("Third attempt without reaching the citizen: the request is closed."), 8000)

    def insert_canned_reply(self) -> None:
        view = self.current_chat()
        if view is None or not view.reply.isVisible() or view.reply.isReadOnly():
            self.statusBar().showMessage(self.tr("Open a chat or an email to insert a canned "
                                                 "reply."), 5000)
            return
        from ui.chat.canned import CannedPicker, fill_placeholders

        language = view.contact.get("language") or "fi"
        picker = CannedPicker(usecases.canned_replies(self.reader, self.user, language), self)

        def insert(text: str) -> None:
            view.reply.insertPlainText(fill_placeholders(
                text, citizen_name=view.contact.get("citizen_name") or "",
                counsellor_name=self.user.display_name))
            view.focus_reply()

        picker.chosen.connect(insert)
        picker.open()

    def manage_canned_replies(self) -> None:
        from ui.chat.canned import CannedManager

        if not self.user.team_id:
            self.statusBar().showMessage(self.tr("You are not in a team."), 5000)
            return
        manager = CannedManager(usecases.canned_replies(self.reader, self.user), self)

        def save(values: dict) -> None:
            reply_id = usecases.save_canned_reply(
                self.worker, self.user, reply_id=values["id"] or None,
                language=values["language"], title=values["title"], text=values["text"])
            manager.current_id = reply_id

        manager.save_requested.connect(save)
        manager.delete_requested.connect(
            lambda reply_id: usecases.delete_canned_reply(self.worker, self.reader, reply_id))
        self._canned_manager = manager
        manager.finished.connect(lambda _r: setattr(self, "_canned_manager", None))
        manager.open()

    def show_team(self) -> None:
        from ui.queue.team import TeamDialog

        if self.user.role != "supervisor" or not self.user.team_id:
            return
        if self._team_dialog is not None:
            self._team_dialog.raise_()
            self._team_dialog.activateWindow()
            return
        dialog = TeamDialog(usecases.team_members(self.reader, self.user),
                            self.municipality_names, self)
        dialog.set_queue(self.queue_model.rows)   # then with each read of the queue

        def save(user_id: str, languages: list, groups: list) -> None:
            try:
                usecases.set_skills(self.worker, self.reader, user_id, languages, groups)
            except usecases.InvalidSkills as exc:
                dialog.show_error(exc.code)
                return
            self.statusBar().showMessage(self.tr("Skills saved; the router offers contacts "
                                                 "by them."), 5000)

        dialog.save_requested.connect(save)
        self._team_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "_team_dialog", None))
        # Not modal: a supervisor takes contacts too, and an offer must stay answerable
        # (F2) while the team view is open beside the queue.
        dialog.setModal(False)
        dialog.show()

    def decline_current_offer(self) -> None:
        offer = usecases.my_offer(self.reader, self.user)
        if offer is not None:
            self.decline_offer(offer["id"])

    def decline_offer(self, contact_id: str) -> None:
        if usecases.decline_offer(self.worker, self.reader, contact_id, self.user):
            self.queue_dock.offer.set_offer(None)
            self.statusBar().showMessage(self.tr("Offer declined; it goes to the next "
                                                 "counsellor."), 5000)

    def hand_over_current(self) -> None:
        view = self.current_chat()
        if view is None or view.contact.get("status") != "accepted":
            self.statusBar().showMessage(self.tr("Open the contact you want to hand over."),
                                         5000)
            return
        from ui.queue.handover import HandoverDialog

        dialog = HandoverDialog(usecases.handover_targets(self.reader, self.user),
                                self.reader.all("team"), self)

        def done() -> None:
            target = dialog.target()
            if target is None:
                return
            kind, target_id = target
            usecases.handover(self.worker, self.reader, view.contact_id, self.user,
                              note=dialog.note.toPlainText(),
                              to_user_id=target_id if kind == "user" else None,
                              to_team_id=target_id if kind == "team" else None)
            self._remove_tab(view.contact_id)
            self.statusBar().showMessage(self.tr("Contact handed over."), 5000)

        dialog.accepted.connect(done)
        dialog.open()

    def send_message(self, contact_id: str, text: str) -> None:
        try:
            usecases.send_chat_message(self.worker, contact_id, text, self.user)
        except InvalidMessage:
            return

    def open_attachment(self, inbound_id: str, index: int, name: str) -> None:
        """Fetch a citizen's mail attachment off the GUI thread, keep it under the data
        directory and open it with the program the computer uses for that kind of file."""
        api = self.worker.engine.api
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", name), 5000)

        def fetch() -> Path:
            data = api.mail_attachment(inbound_id, index)
            return save_attachment(inbound_id, index, name, data)

        def done(path: Path | None, error: Exception | None) -> None:
            if error is not None or path is None:
                self.statusBar().showMessage(
                    self.tr("%1 could not be fetched from the server: %2").replace(
                        "%1", name).replace("%2", str(error)), 10000)
                return
            if path.suffix.lower() not in OPENABLE:
                # Could run code: saved and shown in its folder, never started from here.
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
                self.statusBar().showMessage(
                    self.tr("%1 was not opened: a file of this kind can run a program. It is "
                            "saved in %2; open it only if you trust it.").replace(
                        "%1", path.name).replace("%2", str(path.parent)), 15000)
                return
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self.statusBar().showMessage(
                    self.tr("Saved as %1; no program here opens it.").replace(
                        "%1", str(path)), 10000)

        run_task(fetch, done)

    def save_draft(self, contact_id: str, text: str) -> None:
        store = self.worker.engine.store
        self.worker.call(lambda: store.save_draft(f"chat:{contact_id}", text))

    def focus_queue(self) -> None:
        self.queue_dock.show()
        self.queue_dock.view.setFocus()
        if self.queue_model.rowCount() and not self.queue_dock.view.selectionModel().hasSelection():
            self.queue_dock.view.selectRow(0)

    def focus_reply(self) -> None:
        view = self.current_chat()
        if view:
            view.focus_reply()

    def set_presence(self, state: str) -> None:
        usecases.set_presence(self.worker, self.user, Presence(state))
        self.status.set_presence(state)

    def _state_changed(self, state: str, _detail: str) -> None:
        if state == "auth_required" and self._relogin is None:
            self.statusBar().showMessage(
                self.tr("The login has expired. Your work is kept; press Ctrl+L to log in "
                        "again and send it."), 15000)

    def log_in_again(self) -> None:
        """Renew the login without closing anything: the new tokens go to the running
        engine, which then sends whatever waited."""
        if self._relogin is not None:
            self._relogin.raise_()
            return
        from workstation.session import TokenVault

        dialog = LoginDialog(self.languages, TokenVault(), server=self.server,
                             username=self.user.username, store_file=self.reader.path,
                             parent=self)
        dialog.server.setReadOnly(True)
        dialog.username.setReadOnly(True)
        dialog.password.setFocus()

        def adopt(result) -> None:
            api = self.worker.engine.api
            self.worker.call(lambda: api.adopt(result.api))
            self.worker.sync_now()

        dialog.logged_in.connect(adopt)
        dialog.finished.connect(lambda _code: setattr(self, "_relogin", None))
        self._relogin = dialog
        dialog.open()

    def on_rejected(self, rejections: list[Rejection]) -> None:
        reasons = {
            "already_taken": self.tr("Someone else accepted that contact first."),
            "closed": self.tr("The chat has ended; the message was not sent."),
            "not_yours": self.tr("Only the counsellor handling the contact can do that."),
            "not_found": self.tr("The contact no longer exists."),
            "offered_to_other": self.tr("That contact is being offered to a colleague."),
            "still_open": self.tr("End the contact before the wrap-up."),
            "invalid": self.tr("The server refused the entry as incomplete:") + " ",
            "no_such_counsellor": self.tr("That colleague cannot take contacts now."),
            "not_available": self.tr("That colleague is not available now; hand the contact "
                                     "to the team instead."),
            "no_such_team": self.tr("That team no longer exists."),
            "slot_taken": self.tr("That time is already booked at this point."),
            "no_such_point": self.tr("That guidance point no longer exists."),
            "forbidden": self.tr("Your role does not allow that."),
            "no_such_user": self.tr("That person is no longer in the directory."),
            "already_checked_in": self.tr("Someone already checked this visitor in."),
            "appointment_cancelled": self.tr("The appointment was cancelled."),
            "no_such_appointment": self.tr("The appointment no longer exists."),
            "not_in_queue": self.tr("That person does not take contacts, so has no skills "
                                    "to set."),
        }
        for r in rejections:
            text = reasons.get(r.code or "") or (
                self.tr("The server refused a change:") + " ")
            if text.endswith(" "):
                text += r.error or ""
            self.statusBar().showMessage(text, 10000)
        self._refresh_chats()
        self.queue_loader.request()

    def show_shortcuts(self) -> None:
        rows = [(a.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                 a.text().replace("&", ""))
                for a in (self.act_accept, self.act_decline, self.act_reply, self.act_canned,
                          self.act_manage_canned, self.act_handover, self.act_end, self.act_close_tab,
                          self.act_queue, self.act_day, self.act_team, self.act_next_tab,
                          self.act_sync, self.act_relogin, self.act_help,
                          *self.presence_actions.values(), self.act_quit)
                if a.isVisible()]
        rows.append((self.tr("Enter"), self.tr("Send the reply")))
        rows.append((self.tr("Shift+Enter"), self.tr("New line in the reply")))
        rows.append((self.tr("1–6"), self.tr("Wrap-up: tick a topic")))
        rows.append((self.tr("Alt+letter"), self.tr("Wrap-up: choose the outcome")))
        rows.append((self.tr("Ctrl+Enter"), self.tr("Wrap-up: save")))
        rows.append((self.tr("Alt+underlined letter"),
                     self.tr("Callback request: record the attempt (no answer, left a "
                             "message, reached)")))
        rows.append((self.tr("Ctrl+B / Enter / Ctrl+R / Del"),
                     self.tr("Guidance point day: book, check in, visitor without an "
                             "appointment, cancel a booking")))
        rows.append((self.tr("Alt+Left / Alt+Right"),
                     self.tr("Guidance point day: the day before / after")))
        QMessageBox.information(self, self.tr("Keyboard shortcuts"),
                                "\n".join(f"{k}\t{t}" for k, t in rows))

    def closeEvent(self, event: QCloseEvent) -> None:
        # Flush the visible drafts before stopping; the worker writes them in order.
        for view in self.chats.values():
            self.save_draft(view.contact_id, view.reply.toPlainText())
        self.worker.stop()
        self.queue_loader.stop()
        super().closeEvent(event)
