"""The work area: a tab per open contact (a chat, an email, a call, a callback request, a
visit), and what a counsellor does in one: reply, end, wrap up, hand over, record a
callback attempt, open a mail's attachment.

Transcripts and the citizen's "is writing" are read off the GUI thread when the sync
worker reports new messages or typing; a view then adds only what changed."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QTextCursor
from PySide6.QtWidgets import QLabel, QMessageBox, QTabBar, QTabWidget, QWidget

from ui.chat.handover import HandoverDialog
from ui.chat.view import MAX_CANDIDATES, ChatView, caller_name
from ui.common.feature import Desk, Feature, set_action_text
from ui.common.icons import channel_icon
from ui.common.tasks import run_task
from workstation import directory
from workstation.callbacks import usecases as callbacks
from workstation.chat import usecases as chat
from workstation.paths import OPENABLE
from workstation.queue import usecases as queue
from workstation.queue.rules import MAX_CONTACT_NOTE, InvalidMessage, clean_note
from workstation.store import LocalStore


class ContactsFeature(Feature):
    def __init__(self, desk: Desk):
        super().__init__(desk)
        self.chats: dict[str, ChatView] = {}
        self._typing_sent: dict[str, float] = {}
        # Each open contact's transcript decode cache; used by the store reader's thread only.
        self._transcript_caches: dict[str, dict] = {}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workArea")
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.empty = QLabel()
        self.empty.setObjectName("emptyWorkArea")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        # The first tab: this label, or the page set_start_page gives (kept open then).
        self.start_page: QWidget = self.empty
        self.start_icon = QIcon()
        self._show_empty_tab()

        self.act_end = self.action("endContact", "Ctrl+E", self.end_current_contact)
        self.act_handover = self.action("handOver", "Ctrl+H", self.hand_over_current)
        self.act_close_tab = self.action("closeTab", "Ctrl+W",
                                         lambda: self.close_tab(self.tabs.currentIndex()))
        self.act_reply = self.action("focusReply", "F7", self.focus_reply)
        self.act_next_tab = self.action("nextTab", "Ctrl+Tab", lambda: self._cycle_tab(1))
        self.act_note = self.action("focusNote", "Ctrl+N", self.focus_note)
        self.act_save_note = self.action("saveNote", "Ctrl+S", self.save_current_note)
        # Alt+1...5: the caller is the screen pop's first... fifth match.
        self.act_confirm_caller = [
            self.action(f"confirmCaller{n}", f"Alt+{n}",
                        lambda _=False, i=n - 1: self.confirm_caller(i))
            for n in range(1, MAX_CANDIDATES + 1)]
        # In the main window only: a dialog's own Ctrl+S (the team view's save) must win.
        for action in (self.act_note, self.act_save_note, *self.act_confirm_caller):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        # The question before ending a contact with a reply still unsent (open while asked).
        self.confirm_end: QMessageBox | None = None

    def retranslate(self) -> None:
        set_action_text(self.act_end, self.tr("&End contact"))
        set_action_text(self.act_handover, self.tr("&Hand over…"))
        set_action_text(self.act_close_tab, self.tr("Close &tab"))
        set_action_text(self.act_reply, self.tr("Go to &reply"))
        set_action_text(self.act_next_tab, self.tr("&Next tab"))
        set_action_text(self.act_note, self.tr("Go to the n&ote"))
        set_action_text(self.act_save_note, self.tr("&Save the note"))
        for n, action in enumerate(self.act_confirm_caller, start=1):
            set_action_text(action, self.tr("Confirm the caller: match %1").replace(
                "%1", str(n)))
        self.empty.setText(self._start_text())
        self.empty.setAccessibleName(self.tr("Work area"))
        if self.start_page is self.empty:
            self.tabs.setTabText(self.tabs.indexOf(self.empty), self.tr("Start"))
        self.tabs.setAccessibleName(self.tr("Open contacts"))
        self.relabel()

    def _start_text(self) -> str:
        """The start tab says what this user does here, by role."""
        if self.user.role == "administrator":
            return self.tr("You are logged in as an administrator.\n\nThe regional queue, "
                           "presence and the guidance point's day belong to counsellors, "
                           "walk-in advisers and supervisors, so they are not shown here.")
        if not self.desk.takes_contacts:
            return self.tr("You are logged in as a professional (a nurse, for example).\n\n"
                           "The regional queue, presence and the guidance point's day belong "
                           "to counsellors, walk-in advisers and supervisors, so they are not "
                           "shown. Consultation requests from counsellors are not part of "
                           "this version yet.")
        if self.user.role == "walk_in_adviser":
            return self.tr("No open contacts.\n\nThe guidance point's day is on the left "
                           "(Ctrl+D): Enter checks the selected visitor in, Ctrl+R registers "
                           "a visitor without an appointment. F2 accepts the next contact "
                           "from the queue.")
        if self.user.role == "supervisor":
            return self.tr("No open contacts.\n\nCtrl+T shows your team. Press F2 to "
                           "accept the next contact from the queue, F6 to go to the queue.")
        return self.tr("No open contacts.\n\nPress F2 to accept the next contact "
                       "from the queue, F6 to go to the queue.")

    def relabel(self) -> None:
        """Municipality names or the language changed: headers and tab titles anew."""
        for view in self.chats.values():
            view.update_header(view.contact)
            self._update_tab_title(view)

    # --- reading what changed -----------------------------------------------------------
    def records_changed(self, entities: set[str]) -> None:
        if "chat_message" in entities:
            self.read_transcripts()
        if "typing" in entities:
            self.read_typing()
        if "contact_note" in entities:
            self.refresh_notes()

    def refresh(self) -> None:
        self.read_transcripts()
        self.refresh_notes()

    def refresh_notes(self) -> None:
        """Each open tab's note as the store holds it (one small read per tab); then the
        drafts the server now has as they are are forgotten (off the GUI thread)."""
        for contact_id, view in self.chats.items():
            if not self.desk.core.awaiting_write("contact_note", contact_id):
                view.note.set_stored(queue.stored_note(self.desk.reader, contact_id))
        core = self.desk.core

        def forget(settled: list[tuple[str, str]]) -> None:
            for key, text in settled:
                core.forget_draft(key, text)

        self.desk.store_reader.request("settled_notes", queue.settled_note_drafts, forget)

    def read_transcripts(self) -> None:
        ids = tuple(self.chats)
        if not ids:
            return
        caches = self._transcript_caches

        def read(store: LocalStore) -> dict[str, list[dict]]:
            for gone in set(caches) - set(ids):
                del caches[gone]
            return {cid: chat.chat_messages(store, cid, caches.setdefault(cid, {}))
                    for cid in ids}

        self.desk.store_reader.request("transcripts", read, self._show_transcripts)

    def _show_transcripts(self, transcripts: dict[str, list[dict]]) -> None:
        for contact_id, messages in transcripts.items():
            view = self.chats.get(contact_id)
            if view is not None:
                view.set_messages(messages)

    def read_typing(self) -> None:
        ids = tuple(cid for cid, view in self.chats.items()
                    if view.contact.get("channel") == "chat")
        if not ids:
            return
        self.desk.store_reader.request(
            "typing", lambda store: {cid: chat.citizen_typing_at(store, cid) for cid in ids},
            self._show_typing)

    def _show_typing(self, typed_at: dict[str, datetime | None]) -> None:
        for contact_id, moment in typed_at.items():
            view = self.chats.get(contact_id)
            if view is not None:
                view.set_citizen_typed_at(moment)

    def sync_tabs(self, mine: list[dict]) -> None:
        """Open contacts, and ended ones still waiting for their wrap-up (after a restart
        too), as the store reader read them."""
        me = self.user.id
        for contact in mine:
            if contact["id"] not in self.chats:
                # The snapshot may predate a change made since (a handover, a callback
                # attempt): open only what is still mine in the store now.
                current = self.desk.reader.get("contact", contact["id"]) or {}
                still_mine = current.get("accepted_by") == me and (
                    current.get("status") == "accepted" or (
                        current.get("status") == "closed" and not current.get("wrapped_up_at")))
                if still_mine:
                    self.open(current, focus=False)
        for contact_id, view in list(self.chats.items()):
            if self.desk.core.awaiting_write("contact", contact_id):
                # The user's own edit (say Ctrl+E) is on its way to the store: the store
                # is older than the screen, and showing it would flicker the tab back (and
                # move the focus out of the wrap-up). The write brings a fresh snapshot.
                continue
            contact = self.desk.reader.get("contact", contact_id)
            if contact is None:
                continue
            if contact.get("accepted_by") not in (None, me):
                # Someone else won the race: close our optimistic tab.
                self.remove(contact_id)
                continue
            view.update_header(contact)
            self._update_tab_title(view)
            if contact.get("status") == "waiting" and contact.get("handed_over_by"):
                self.remove(contact_id)  # handed over to a colleague

    # --- tabs ---------------------------------------------------------------------------
    def open(self, contact: dict, *, focus: bool) -> ChatView:
        view = ChatView(contact, self.desk.municipality_names)
        view.send_requested.connect(self.send_message)
        view.draft_changed.connect(self.save_draft)
        view.close_requested.connect(self.end_contact)
        view.wrap_up_requested.connect(self.save_wrap_up)
        view.attempt_requested.connect(self.record_attempt)
        view.typing.connect(self.counsellor_typing)
        view.attachment_requested.connect(self.open_attachment)
        view.note_changed.connect(self.save_note_draft)
        view.identify_requested.connect(self.identify_caller)
        view.note.stored = queue.stored_note(self.desk.reader, contact["id"])
        view.note.set_text(queue.note_text(self.desk.reader, contact["id"]))
        draft = chat.draft(self.desk.reader, contact["id"])
        if draft:
            view.reply.setPlainText(draft)
            view.reply.moveCursor(QTextCursor.MoveOperation.End)
        self.chats[contact["id"]] = view
        index = self.tabs.addTab(view, channel_icon(contact.get("channel", "")) or QIcon(), "")
        self._update_tab_title(view)
        if self.start_page is self.empty and self.tabs.indexOf(self.empty) >= 0:
            self.tabs.removeTab(self.tabs.indexOf(self.empty))
            index = self.tabs.indexOf(view)
        if focus:
            self.tabs.setCurrentIndex(index)
            view.focus_reply()
        if contact.get("channel") in ("chat", "email"):
            self.read_transcripts()
            self.read_typing()
        return view

    def show(self, contact_id: str) -> bool:
        """Bring an open contact's tab forward; False when it is not open."""
        view = self.chats.get(contact_id)
        if view is None:
            return False
        self.tabs.setCurrentWidget(view)
        view.focus_reply()
        return True

    def pending_wrap_up(self) -> ChatView | None:
        return next((view for view in self.chats.values() if view.needs_wrap_up()), None)

    def _title_of(self, view: ChatView) -> str:
        i = self.tabs.indexOf(view)
        return self.tabs.tabText(i) if i >= 0 else ""

    def _update_tab_title(self, view: ChatView) -> None:
        # A call is named after its caller once the counsellor confirmed who it is (the
        # screen pop's match); until then by its number.
        name = (view.contact.get("citizen_name") or view.contact.get("email_address")
                or view.contact.get("caller_number") or self.tr("Anonymous"))
        i = self.tabs.indexOf(view)
        if i >= 0:
            self.tabs.setTabText(i, name)
            self.tabs.setTabToolTip(i, view.header.text())

    def remove(self, contact_id: str) -> None:
        view = self.chats.pop(contact_id, None)
        if view is None:
            return
        self.tabs.removeTab(self.tabs.indexOf(view))
        view.deleteLater()
        if self.tabs.count() == 0:
            self._show_empty_tab()

    def set_start_page(self, page: QWidget, icon: QIcon) -> None:
        """Show ``page`` as the first tab instead of the empty label, and keep it there
        while contacts are open (the counsellor's day, ui/home)."""
        if self.tabs.indexOf(self.empty) >= 0:
            self.tabs.removeTab(self.tabs.indexOf(self.empty))
        self.start_page, self.start_icon = page, icon
        self._show_empty_tab()
        self.tabs.setCurrentWidget(page)

    def _show_empty_tab(self) -> None:
        index = self.tabs.insertTab(0, self.start_page, self.start_icon, self.tr("Start"))
        # The start page is not a contact: it has no close button.
        for side in (QTabBar.ButtonPosition.RightSide, QTabBar.ButtonPosition.LeftSide):
            button = self.tabs.tabBar().tabButton(index, side)
            if button is not None:
                button.hide()

    def close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if isinstance(widget, ChatView):
            if widget.needs_wrap_up():
                self.desk.say(self.tr("Save the wrap-up first (Ctrl+Enter)."), 6000)
                widget.focus_reply()
                return
            if widget.contact.get("status") != "closed":
                self.desk.say(self.tr("End the contact first (Ctrl+E); the tab stays open "
                                      "until then."), 6000)
                return
            self.remove(widget.contact_id)

    def _cycle_tab(self, step: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def current_chat(self) -> ChatView | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, ChatView) else None

    def focus_reply(self) -> None:
        view = self.current_chat()
        if view:
            view.focus_reply()

    def focus_note(self) -> None:
        view = self.current_chat()
        if view is None:
            self.desk.say(self.tr("Open a contact to write a note on it."), 5000)
            return
        view.note.edit.setFocus()

    # --- a contact's course -------------------------------------------------------------
    def end_current_contact(self) -> None:
        view = self.current_chat()
        if view:
            self.end_contact(view.contact_id)

    def end_contact(self, contact_id: str) -> None:
        """End the contact; with a reply still unsent in its box, only after asking (the
        default, Enter or Esc, keeps the contact open)."""
        view = self.chats.get(contact_id)
        if view is not None and view.contact.get("status") != "closed" \
                and view.reply.toPlainText().strip():
            self._ask_before_ending(view)
            return
        self._end(contact_id)

    def _ask_before_ending(self, view: ChatView) -> None:
        if self.confirm_end is not None:
            self.confirm_end.raise_()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("End the contact?"),
                          self.tr("Your reply to %1 has not been sent. End the contact "
                                  "anyway? The unsent reply is not sent.").replace(
                              "%1", self._title_of(view)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.desk.window)
        box.setObjectName("confirmEnd")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&End the contact"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Keep writing"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        contact_id = view.contact_id

        def answered(result: int) -> None:
            self.confirm_end = None
            box.deleteLater()
            if result == QMessageBox.StandardButton.Yes:
                self._end(contact_id)
            elif (still := self.chats.get(contact_id)) is not None:
                self.tabs.setCurrentWidget(still)
                still.focus_reply()

        box.finished.connect(answered)
        self.confirm_end = box
        box.open()

    def _end(self, contact_id: str) -> None:
        view = self.chats.get(contact_id)
        if queue.close_contact(self.desk.core, self.desk.reader, contact_id, self.user,
                               accepted=view.contact if view else None):
            if view:
                view.update_header(view.contact | {"status": "closed",
                                                   "closed_at": datetime.now(UTC).isoformat()})
                view.focus_reply()
            self.desk.say(self.tr("Contact ended. Record the wrap-up: 1–6 topics, Alt+letter "
                                  "outcome, Ctrl+Enter."), 8000)

    def save_wrap_up(self, contact_id: str, topics: list, client_group: str,
                     outcome: str | None) -> None:
        view = self.chats.get(contact_id)
        try:
            queue.wrap_up(self.desk.core, self.desk.reader, contact_id, topics=topics,
                          client_group=client_group, outcome=outcome,
                          note=view.note.text() if view is not None else None, me=self.user)
        except queue.InvalidWrapUp as exc:
            if view is not None and view.wrap_up is not None:
                view.wrap_up.show_error(exc.code)
            return
        self.remove(contact_id)
        self.desk.say(self.tr("Wrap-up saved. The next contact will be offered to you."),
                      6000)

    def hand_over_current(self) -> None:
        view = self.current_chat()
        if view is None or view.contact.get("status") != "accepted":
            self.desk.say(self.tr("Open the contact you want to hand over."), 5000)
            return
        dialog = HandoverDialog(queue.handover_targets(self.desk.reader, self.user),
                                directory.teams(self.desk.reader), self.desk.window)

        def done() -> None:
            target = dialog.target()
            if target is None:
                return
            kind, target_id = target
            # The note goes first, so the next handler gets it with the conversation.
            self.save_note(view)
            queue.handover(self.desk.core, self.desk.reader, view.contact_id, self.user,
                           note=dialog.note.toPlainText(),
                           to_user_id=target_id if kind == "user" else None,
                           to_team_id=target_id if kind == "team" else None)
            self.remove(view.contact_id)
            self.desk.say(self.tr("Contact handed over."), 5000)

        dialog.accepted.connect(done)
        dialog.open()

    def record_attempt(self, contact_id: str, result: str) -> None:
        status = callbacks.record_callback_attempt(self.desk.core, self.desk.reader,
                                                   contact_id, result, self.user)
        if status is None:
            return
        if status == "accepted":
            self.desk.say(self.tr("Reached: the call goes on. End it with Ctrl+E."), 6000)
            return
        self.remove(contact_id)
        self.desk.say(
            self.tr("Attempt recorded; the request returns to the queue for a later try.")
            if status == "waiting" else
            self.tr("Third attempt without reaching the citizen: the request is closed."), 8000)

    # --- the conversation ---------------------------------------------------------------
    def send_message(self, contact_id: str, text: str) -> None:
        try:
            chat.send_chat_message(self.desk.core, contact_id, text, self.user)
        except InvalidMessage:
            return

    def save_draft(self, contact_id: str, text: str) -> None:
        chat.save_draft(self.desk.core, contact_id, text)

    def save_drafts(self) -> None:
        """Flush the visible drafts (before closing); the worker writes them in order."""
        for view in self.chats.values():
            self.save_draft(view.contact_id, view.reply.toPlainText())
            view.note.flush()

    # --- the note -----------------------------------------------------------------------
    def save_note_draft(self, contact_id: str, text: str) -> None:
        self.desk.core.save_draft(queue.note_key(contact_id), text)

    def save_current_note(self) -> None:
        view = self.current_chat()
        if view is None:
            self.desk.say(self.tr("Open a contact to write a note on it."), 5000)
            return
        if self.save_note(view):
            self.desk.say(self.tr("Note saved with the contact."), 4000)

    def save_note(self, view: ChatView) -> bool:
        """Send the tab's note with the contact. Its draft stays until the server has
        it, so a refused or lost save loses nothing."""
        view.note.flush()
        try:
            sent = queue.save_note(self.desk.core, self.desk.reader, view.contact_id,
                                   view.note.text(), self.user)
        except InvalidMessage:
            self.desk.say(self.tr("The note is too long: at most %1 characters.").replace(
                "%1", str(MAX_CONTACT_NOTE)), 6000)
            view.note.edit.setFocus()
            return False
        if sent:
            # What the store will hold once the worker has written the edit.
            view.note.set_stored({"contact_id": view.contact_id, "_pending": True,
                                  "text": clean_note(view.note.text())})
        return True

    def confirm_caller(self, index: int) -> None:
        view = self.current_chat()
        if view is None or not view.identify(index):
            self.desk.say(self.tr("No screen-pop match %1 to confirm here.").replace(
                "%1", str(index + 1)), 5000)

    def identify_caller(self, contact_id: str, candidate: dict) -> None:
        view = self.chats.get(contact_id)
        if view is None:
            return
        if queue.identify_caller(self.desk.core, self.desk.reader, contact_id, candidate):
            name = caller_name(candidate)
            view.update_header(view.contact | {"client_id": candidate["client_id"],
                                               "citizen_name": name})
            self._update_tab_title(view)
            self.desk.say(self.tr("Caller confirmed: %1.").replace("%1", name), 5000)

    def counsellor_typing(self, contact_id: str) -> None:
        """At most one "is writing" every 3 s, and only online: a queued one would show
        the citizen a stale indicator after a reconnect."""
        now = time.monotonic()
        if not self.desk.online() or now - self._typing_sent.get(contact_id, 0) < 3:
            return
        self._typing_sent[contact_id] = now
        chat.send_typing(self.desk.core, contact_id)

    def open_attachment(self, inbound_id: str, index: int, name: str) -> None:
        """Fetch a citizen's mail attachment off the GUI thread, keep it under the data
        directory and open it with the program the computer uses for that kind of file."""
        core = self.desk.core
        self.desk.say(self.tr("Opening %1…").replace("%1", name), 5000)

        def done(path: Path | None, error: Exception | None) -> None:
            if error is not None or path is None:
                self.desk.say(self.tr("%1 could not be fetched from the server: %2").replace(
                    "%1", name).replace("%2", str(error)), 10000)
                return
            if path.suffix.lower() not in OPENABLE:
                # Could run code: saved and shown in its folder, never started from here.
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
                self.desk.say(
                    self.tr("%1 was not opened: a file of this kind can run a program. It is "
                            "saved in %2; open it only if you trust it.").replace(
                        "%1", path.name).replace("%2", str(path.parent)), 15000)
                return
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self.desk.say(self.tr("Saved as %1; no program here opens it.").replace(
                    "%1", str(path)), 10000)

        run_task(lambda: chat.fetch_attachment(core, inbound_id, index, name), done)
