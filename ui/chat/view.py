"""One chat conversation: the transcript, and the reply box.

Messages are escaped and shown as text, never as HTML. The reply being typed is saved as a
draft (through the sync worker) so a crash or a kill does not lose it."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.chat.wrapup import WrapUpPanel
from ui.common import theme
from ui.common.i18n import Retranslatable
from ui.common.labels import callback_result_name, channel_name, topic_name
from ui.common.text import screen_pop_lines, window_text
from workstation.chat import usecases as chat
from workstation.contract import parse_time
from workstation.queue.rules import (
    MAX_CHAT_MESSAGE,
    MAX_CONTACT_NOTE,
    InvalidMessage,
    Topic,
    clean_message,
    clean_note,
)


class ReplyEdit(QPlainTextEdit):
    """Enter sends, Shift+Enter starts a new line."""

    send_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.send_requested.emit()
            return
        super().keyPressEvent(event)


# As many as the server's screen pop gives (server/telephony/service.py).
MAX_CANDIDATES = 5


def caller_name(candidate: dict) -> str:
    """Who is on the line when the counsellor confirms this screen-pop match: the client,
    or their relative whose number it is."""
    return ((candidate.get("relative_name") if candidate.get("relation")
             else candidate.get("name")) or "").strip()


class NoteBox(Retranslatable, QWidget):
    """The counsellor's free-text note on the contact: what was agreed, what happens next.
    It says whether the server has it: every keystroke is kept on this computer (a draft),
    Ctrl+S, the wrap-up and a handover send it with the contact."""

    changed = Signal(str)   # the text, 400 ms after the last keystroke

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("noteBox")
        self.label = QLabel()
        self.label.setObjectName("noteLabel")
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("contactNote")
        self.edit.setTabChangesFocus(True)
        self.edit.setMaximumHeight(90)
        self.label.setBuddy(self.edit)
        self.setFocusProxy(self.edit)
        self.state = QLabel()
        self.state.setObjectName("noteState")
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.label)
        top.addStretch(1)
        top.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.edit)
        # The note as the store holds it: {"text", "_pending"} or None.
        self.stored: dict | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(lambda: self.changed.emit(self.text()))
        self.edit.textChanged.connect(self._typed)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Note (Ctrl+N)"))
        self.edit.setAccessibleName(self.tr("Note on the contact"))
        self.edit.setPlaceholderText(self.tr("What was agreed, what happens next. Ctrl+S "
                                             "saves it with the contact."))
        self.edit.setToolTip(self.tr("Kept on this computer as you type; Ctrl+S, the "
                                     "wrap-up and a handover save it with the contact"))
        self.show_state()

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        """Show a text without treating it as typed (no draft is written)."""
        self.edit.blockSignals(True)
        self.edit.setPlainText(text)
        self.edit.blockSignals(False)
        self.edit.moveCursor(QTextCursor.MoveOperation.End)
        self.show_state()

    def stored_text(self) -> str:
        return (self.stored or {}).get("text", "")

    def set_stored(self, row: dict | None) -> None:
        """The store's note changed: follow it unless the counsellor has edits of their
        own in the field."""
        untouched = self._cleaned() == self.stored_text()
        self.stored = row
        if untouched and self._cleaned() != self.stored_text() and not self._timer.isActive():
            self.set_text(self.stored_text())
        self.show_state()

    def flush(self) -> None:
        """Emit a pending keystroke's draft now (before the window closes)."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit(self.text())

    def _typed(self) -> None:
        self._timer.start()
        self.show_state()

    def _cleaned(self) -> str | None:
        try:
            return clean_note(self.text())
        except InvalidMessage:
            return None

    def state_code(self) -> str:
        """``saved``, ``sending``, ``unsaved``, ``too_long`` or ``empty``."""
        cleaned = self._cleaned()
        if cleaned is None:
            return "too_long"
        if cleaned != self.stored_text():
            return "unsaved"
        if not cleaned:
            return "empty"
        return "sending" if (self.stored or {}).get("_pending") else "saved"

    def show_state(self) -> None:
        code = self.state_code()
        self.state.setText({
            "saved": self.tr("Saved with the contact."),
            "sending": self.tr("Saved on this computer; being sent to the server."),
            "unsaved": self.tr("Not saved with the contact yet (kept on this computer): "
                               "Ctrl+S saves it."),
            "too_long": self.tr("The note is too long: at most %1 characters.").replace(
                "%1", str(MAX_CONTACT_NOTE)),
            "empty": "",
        }[code])
        self.state.setStyleSheet("color:#b00020" if code in ("unsaved", "too_long") else "")
        self.edit.setAccessibleDescription(self.state.text())


class ChatView(Retranslatable, QWidget):
    send_requested = Signal(str, str)  # contact id, text
    draft_changed = Signal(str, str)  # contact id, text
    note_changed = Signal(str, str)  # contact id, the note's text (a draft to keep)
    identify_requested = Signal(str, object)  # contact id, the screen pop's candidate
    close_requested = Signal(str)
    wrap_up_requested = Signal(str, list, str, object)
    attempt_requested = Signal(str, str)  # contact id, callback result
    typing = Signal(str)  # contact id: the counsellor is typing a reply
    attachment_requested = Signal(str, int, str)  # inbound mail id, index, file name

    def __init__(self, contact: dict, municipality_names: dict[str, str], parent=None):
        super().__init__(parent)
        self.contact = contact
        self.contact_id = contact["id"]
        self.municipality_names = municipality_names
        self.messages: list[dict] = []
        self._typed_at: datetime | None = None   # the citizen's last keystroke (server time)
        self.wrap_up: WrapUpPanel | None = None
        self.setObjectName("chatView")

        self.header = QLabel()
        self.header.setObjectName("chatHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        # Phone and other non-chat contacts: the caller and the screen pop instead of a chat.
        self.details = QLabel()
        self.details.setObjectName("contactDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.transcript = QTextBrowser()
        self.transcript.setObjectName("chatTranscript")
        self.transcript.setOpenLinks(False)
        # A mail's attachments are links: Tab reaches them, Enter opens one.
        self.transcript.anchorClicked.connect(self._anchor)
        # Each link shown: (inbound mail id, index, file name).
        self._attachments: dict[str, tuple[str, int, str]] = {}
        self.reply = ReplyEdit()
        self.reply.setObjectName("chatReply")
        self.reply.setTabChangesFocus(True)
        self.reply.setMaximumHeight(110)
        self.reply.send_requested.connect(self.send)
        self.counter = QLabel()
        self.counter.setObjectName("chatCounter")
        self.typing_label = QLabel()
        self.typing_label.setObjectName("citizenTyping")
        theme.set_tone(self.typing_label, "hint")
        self.typing_label.hide()
        self.notice = QLabel()
        self.notice.setObjectName("chatNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.send_button = QPushButton()
        self.send_button.setObjectName("chatSend")
        self.send_button.clicked.connect(self.send)
        theme.set_role(self.send_button, "primary")
        self.end_button = QPushButton()
        self.end_button.setObjectName("chatEnd")
        self.end_button.clicked.connect(lambda: self.close_requested.emit(self.contact_id))

        # A warm handover's note from the colleague who passed the contact on.
        self.handover = QLabel()
        self.handover.setObjectName("handoverNote")
        self.handover.setTextFormat(Qt.TextFormat.PlainText)
        self.handover.setWordWrap(True)
        theme.set_tone(self.handover, "note")
        # Callback requests: how the call-back went.
        self.attempt_buttons: dict[str, QPushButton] = {}
        attempts = QHBoxLayout()
        for result in ("no_answer", "left_message", "reached"):
            button = QPushButton()
            button.setObjectName(f"attempt_{result}")
            button.clicked.connect(lambda _=False, r=result: self.attempt_requested.emit(
                self.contact_id, r))
            self.attempt_buttons[result] = button
            attempts.addWidget(button)
        attempts.addStretch(1)
        # A call's screen pop: the counsellor confirms who is calling (Alt+1...).
        self.identify_buttons: list[QPushButton] = []
        self.identify_row = QHBoxLayout()
        self.identify_row.addStretch(1)
        self.note = NoteBox()
        self.note.changed.connect(lambda text: self.note_changed.emit(self.contact_id, text))
        buttons = QHBoxLayout()
        buttons.addWidget(self.counter)
        buttons.addStretch(1)
        buttons.addWidget(self.end_button)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.handover)
        layout.addWidget(self.details, 1)
        layout.addLayout(self.identify_row)
        layout.addLayout(attempts)
        layout.addWidget(self.transcript, 1)
        layout.addWidget(self.typing_label)
        layout.addWidget(self.notice)
        layout.addWidget(self.reply)
        layout.addLayout(buttons)
        layout.addWidget(self.note)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(400)
        self._draft_timer.timeout.connect(
            lambda: self.draft_changed.emit(self.contact_id, self.reply.toPlainText()))
        self.reply.textChanged.connect(self._typed)
        self._typing_fade = QTimer(self)
        self._typing_fade.setSingleShot(True)
        self._typing_fade.timeout.connect(self.typing_label.hide)
        self.retranslate()


    def retranslate(self) -> None:
        self.transcript.setAccessibleName(self.tr("Conversation"))
        self.reply.setAccessibleName(self.tr("Reply"))
        self.reply.setPlaceholderText(self.tr("Write a reply. Enter sends, Shift+Enter adds a "
                                              "new line."))
        self.send_button.setText(self.tr("&Send"))
        self.send_button.setToolTip(self.tr("Send the reply (Enter)"))
        self.end_button.setText(self.tr("&End contact"))
        self.end_button.setToolTip(self.tr("End this contact (Ctrl+E)"))
        self.attempt_buttons["no_answer"].setText(self.tr("&No answer"))
        self.attempt_buttons["left_message"].setText(self.tr("Left a &message"))
        self.attempt_buttons["reached"].setText(self.tr("&Reached"))
        for button in self.attempt_buttons.values():
            button.setToolTip(self.tr("Record this call-back attempt (Alt+underlined letter)"))
        self.update_header(self.contact)
        self._update_counter()
        self.render()

    def update_header(self, contact: dict) -> None:
        self.contact = contact
        code = contact.get("municipality_code") or ""
        parts = [channel_name(contact.get("channel", "")),
                 contact.get("citizen_name") or contact.get("caller_number")
                 or self.tr("Anonymous"),
                 self.municipality_names.get(code, code),
                 (contact.get("language") or "").upper()]
        if contact.get("status") == "closed":
            parts.append(self.tr("ended"))
        header = " · ".join(p for p in parts if p)
        if contact.get("channel") == "email":
            header += "\n" + self.tr("From: %1 · Subject: %2").replace(
                "%1", contact.get("email_address") or "").replace(
                "%2", contact.get("subject") or self.tr("(no subject)"))
        self.header.setText(header)
        # Chats and emails are conversations: a transcript and a reply box.
        is_chat = contact.get("channel") in ("chat", "email")
        for widget in (self.transcript, self.reply, self.counter, self.send_button):
            widget.setVisible(is_chat)
        self.details.setVisible(not is_chat)
        if not is_chat and contact.get("channel") == "walk_in":
            subject = contact.get("subject") or ""
            if subject in {str(t) for t in Topic}:
                subject = topic_name(subject)
            self.details.setText("\n".join(p for p in (
                subject, self.tr("A visitor at the guidance point.")) if p))
            self.details.setAccessibleName(self.tr("Visit details"))
        elif not is_chat:
            lines = [contact.get("subject") or "", self.tr("Caller: %1").replace(
                "%1", contact.get("caller_number") or self.tr("hidden number"))]
            pop = screen_pop_lines(contact)
            lines.append(self.tr("Matching clients:") if pop else
                         self.tr("No client or relative has this number."))
            lines.extend(f"  • {line}" for line in pop)
            if contact.get("channel") == "callback":
                window = window_text(contact)
                if window:
                    lines.insert(1, self.tr("Requested time: %1").replace("%1", window))
                tries = contact.get("attempts") or []
                if tries:
                    lines.append(self.tr("Attempts:"))
                for attempt in tries:
                    when = parse_time(attempt.get("at"))
                    lines.append("  • " + " ".join(p for p in (
                        when.astimezone().strftime("%d.%m. %H:%M") if when else "",
                        callback_result_name(attempt.get("result", "")),
                        f"({attempt.get('by_name', '')})") if p))
            self.details.setText("\n".join(lines))
            self.details.setAccessibleName(self.tr("Caller details"))
        self._show_identify(contact)
        closed = contact.get("status") == "closed"
        callback_open = contact.get("channel") == "callback" and not closed
        for button in self.attempt_buttons.values():
            button.setVisible(callback_open)
        self.reply.setReadOnly(closed)
        self.send_button.setEnabled(not closed)
        self.end_button.setEnabled(not closed)
        note = contact.get("handover_note")
        self.handover.setVisible(bool(note))
        self.handover.setText(self.tr("Handover note: %1").replace("%1", note or ""))
        # Once ended, the reply gives way to the wrap-up until it is saved.
        needs_wrap_up = closed and not contact.get("wrapped_up_at")
        if needs_wrap_up and self.wrap_up is None:
            # The note goes into the wrap-up, and is saved with it.
            self.layout().removeWidget(self.note)
            self.wrap_up = WrapUpPanel(contact, self.note)
            self.wrap_up.save_requested.connect(self.wrap_up_requested)
            self.layout().addWidget(self.wrap_up)
        if self.wrap_up is not None:
            self.wrap_up.contact = contact
            self.wrap_up.setVisible(needs_wrap_up)
        if closed:
            for widget in (self.reply, self.counter, self.send_button):
                widget.setVisible(False)

    def _show_identify(self, contact: dict) -> None:
        """One button per screen-pop match: Alt+1... confirms that this person is calling.
        The confirmed one stays pressed; the tab is then named after them."""
        candidates = [c for c in contact.get("candidates") or [] if c.get("client_id")]
        lines = screen_pop_lines({"candidates": candidates})
        while len(self.identify_buttons) < len(candidates):
            button = QPushButton()
            button.setObjectName(f"identify_{len(self.identify_buttons)}")
            button.setCheckable(True)
            n = len(self.identify_buttons)
            button.clicked.connect(lambda _=False, i=n: self._identify(i))
            self.identify_row.insertWidget(n, button)
            self.identify_buttons.append(button)
        shown = contact.get("channel") in ("phone", "callback") \
            and contact.get("status") != "waiting" and not contact.get("wrapped_up_at")
        for i, button in enumerate(self.identify_buttons):
            if i >= len(candidates):
                button.hide()
                continue
            candidate = candidates[i]
            button.setText(self.tr("%1: caller is %2").replace("%1", f"Alt+{i + 1}")
                           .replace("%2", lines[i]))
            button.setToolTip(self.tr("Confirm who is calling (Alt+%1): the tab is named "
                                      "after them").replace("%1", str(i + 1)))
            button.setChecked(contact.get("client_id") == candidate["client_id"] and (
                contact.get("citizen_name") or "") == caller_name(candidate))
            button.setVisible(shown)

    def identify(self, index: int) -> bool:
        """Confirm the screen pop's match ``index`` as the caller (Alt+1...); False when
        this contact has no such match to confirm now."""
        if index >= len(self.identify_buttons) or not self.identify_buttons[index].isVisible():
            return False
        self._identify(index)
        return True

    def _identify(self, index: int) -> None:
        candidates = [c for c in self.contact.get("candidates") or [] if c.get("client_id")]
        if index < len(candidates):
            self.identify_requested.emit(self.contact_id, candidates[index])

    def set_messages(self, messages: list[dict]) -> None:
        """Show the transcript as read now. Only what changed is redrawn: a new message is
        added at the end; a message whose state changed (sent, emailed) is redrawn with
        those after it."""
        old = self.messages
        first = next((i for i, (a, b) in enumerate(zip(old, messages, strict=False))
                      if a is not b and a != b), min(len(old), len(messages)))
        if first == len(old) == len(messages):
            return
        self.messages = messages
        self._render_from(first)
        if self._typed_at is not None:
            # The message the citizen was writing may be this one: "is writing" ends.
            self.set_citizen_typed_at(self._typed_at)

    def render(self) -> None:
        """The whole transcript anew (the language changed)."""
        self._render_from(0)

    def _render_from(self, first: int) -> None:
        """Redraw messages[first:]; each message is one block of the transcript."""
        document = self.transcript.document()
        if first == 0 or document.blockCount() < first:
            first = 0
            self.transcript.clear()
            document = self.transcript.document()
        cursor = QTextCursor(document)
        if first and first < document.blockCount():
            # From the end of the block before the first changed one: its separator too.
            before = document.findBlockByNumber(first - 1)
            cursor.setPosition(before.position() + before.length() - 1)
            cursor.movePosition(QTextCursor.MoveOperation.End,
                                QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        spacing = QTextBlockFormat()
        spacing.setTopMargin(6)
        spacing.setBottomMargin(6)
        for n, message in enumerate(self.messages[first:], start=first):
            if n:
                cursor.insertBlock(spacing, QTextCharFormat())
            else:
                cursor.setBlockFormat(spacing)
            cursor.insertHtml(self._message_html(message))
        bar = self.transcript.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _message_html(self, m: dict) -> str:
        mine = m.get("sender") == "counsellor"
        when = parse_time(m.get("created_at"))
        stamp = when.astimezone().strftime("%H:%M") if when else ""
        who = m.get("author_name") or (self.tr("Counsellor") if mine else self.tr("Citizen"))
        state = " · " + self.tr("sending…") if m.get("_pending") else ""
        delivery = m.get("delivery")
        if delivery in ("pending", "sending") and not m.get("_pending"):
            state = " · " + (self.tr("not emailed yet: the mail server does not answer; "
                                     "trying again") if m.get("delivery_error")
                             else self.tr("waiting to be emailed"))
        elif delivery == "failed":
            state = " · " + self.tr("NOT DELIVERED: the mail server refused it; reply "
                                    "another way")
        elif delivery == "sent":
            state = " · " + self.tr("emailed")
        colours = theme.current()
        colour = colours.mine if mine else colours.citizen
        text = html.escape(m.get("text", "")).replace("\n", "<br>")
        notes = "".join(f'<br><i style="color:{colours.muted}">{note}</i>'
                        for note in self.note_html(m.get("notes") or []))
        return (f'<b style="color:{colour}">{html.escape(who)}</b> '
                f'<span style="color:{colours.muted}">{stamp}{html.escape(state)}</span><br>'
                f'<span>{text}</span>{notes}')

    def note_html(self, notes: list) -> list[str]:
        """What the server noted about an inbound mail, in the counsellor's language (HTML:
        each attachment a link that opens it)."""
        out = []
        for note in notes:
            if not isinstance(note, dict):
                continue
            kind, where = note.get("kind"), str(note.get("inbound_id") or "")
            if kind == "attachments":
                links = []
                for i, name in enumerate(str(n) for n in note.get("names") or []):
                    if not where:
                        links.append(html.escape(name))
                        continue
                    href = f"attachment:{where}/{i}"
                    self._attachments[href] = (where, i, name)
                    links.append(f'<a href="{html.escape(href)}">{html.escape(name)}</a>')
                links_html = ", ".join(links)
                out.append(html.escape(self.tr("Attachments (Tab to one, Enter opens it): %1"))
                           .replace("%1", links_html))
                continue
            text = self.note_text(kind, where)
            if text:
                out.append(html.escape(text))
        return out

    def note_text(self, kind: str | None, where: str) -> str:
        if kind == "unreadable":
            return self.tr("This mail could not be read. The original is kept on the server "
                           "(inbound mail %1).").replace("%1", where)
        if kind == "shortened":
            return self.tr("Shortened here; the whole mail is kept on the server (inbound "
                           "mail %1).").replace("%1", where)
        if kind == "empty":
            return self.tr("The mail has no text.")
        return ""

    def _anchor(self, url) -> None:
        target = self._attachments.get(url.toString())
        if target is not None:
            self.attachment_requested.emit(*target)

    def _typed(self) -> None:
        self._update_counter()
        self.notice.clear()
        self._draft_timer.start()
        if self.reply.toPlainText().strip():
            self.typing.emit(self.contact_id)

    def set_citizen_typed_at(self, typed_at: datetime | None) -> None:
        """The citizen last typed then: "… is writing" for a few seconds, unless the
        transcript already has what they wrote (chat.typing_until)."""
        self._typed_at = typed_at
        self.set_citizen_typing_until(chat.typing_until(typed_at, self.messages))

    def set_citizen_typing_until(self, until: datetime | None) -> None:
        """Show "… is writing" until then; it fades on its own, without asking the store."""
        left_ms = int((until - datetime.now(UTC)).total_seconds() * 1000) if until else 0
        typing = left_ms > 0 and self.contact.get("channel") == "chat" \
            and self.contact.get("status") == "accepted"
        name = (self.contact.get("citizen_name") or "").split()
        self.typing_label.setText(self.tr("%1 is writing…").replace(
            "%1", name[0] if name else self.tr("The citizen")))
        self.typing_label.setVisible(typing)
        if typing:
            self._typing_fade.start(left_ms)
        else:
            self._typing_fade.stop()

    def _update_counter(self) -> None:
        n = len(self.reply.toPlainText().strip())
        self.counter.setText(self.tr("%1 / %2 characters").replace("%1", str(n))
                             .replace("%2", str(MAX_CHAT_MESSAGE)))
        theme.set_tone(self.counter, "error" if n > MAX_CHAT_MESSAGE else "")

    def send(self) -> None:
        text = self.reply.toPlainText()
        try:
            cleaned = clean_message(text)
        except InvalidMessage as exc:
            if exc.code == "too_long":
                self.notice.setText(self.tr("The reply is too long: at most %1 characters.")
                                    .replace("%1", str(MAX_CHAT_MESSAGE)))
            elif exc.code == "empty":
                self.notice.setText(self.tr("Write something before sending."))
            return
        self.send_requested.emit(self.contact_id, cleaned)
        self._draft_timer.stop()
        self.reply.blockSignals(True)
        self.reply.clear()
        self.reply.blockSignals(False)
        self._update_counter()
        self.draft_changed.emit(self.contact_id, "")

    def needs_wrap_up(self) -> bool:
        return self.wrap_up is not None and self.wrap_up.isVisibleTo(self)

    def focus_reply(self) -> None:
        if self.needs_wrap_up():
            assert self.wrap_up is not None
            self.wrap_up.focus()
            return
        (self.reply if self.reply.isVisible() or self.contact.get("channel") in ("chat", "email")
         else self.end_button).setFocus()

