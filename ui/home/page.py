"""The start tab: the counsellor's day on one page. My offer (F2 / F3), the queue at a
glance, today's appointments at my guidance point, my open contacts and wrap-ups, and the
transfers to me or my team; tasks and consultations say plainly that there are none (the
workstation does not keep them yet).

Everything shown comes from reads made off the GUI thread (the queue's snapshot, the
feature's appointment read); the page only lays them out."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.common import theme
from ui.common.i18n import Retranslatable
from ui.common.icons import channel_icon, icon
from ui.common.labels import appointment_status_name, channel_name, topic_name
from ui.common.text import format_wait, queue_count_parts
from ui.home.glance import CHANNELS, Glance
from workstation.contract import parse_time
from workstation.queue.targets import WaitLevel, wait_level

ICON_SIZE = 20


class Card(QFrame):
    """A section of the page: an icon, a heading and a body."""

    def __init__(self, name: str, icon_name: str, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setProperty("section", name)
        self.icon_name = icon_name
        self.icon = QLabel()
        self.heading = QLabel()
        self.heading.setObjectName(f"{name}Heading")
        theme.set_role(self.heading, "heading")
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.icon)
        top.addWidget(self.heading, 1)
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 14)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(self.body)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.repaint_icon()

    def repaint_icon(self) -> None:
        self.icon.setPixmap(icon(self.icon_name, theme.current().primary).pixmap(ICON_SIZE,
                                                                                   ICON_SIZE))

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)
        self.setAccessibleName(text)


def _label(name: str = "", *, wrap: bool = True, role: str = "") -> QLabel:
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if role:
        theme.set_role(label, role)
    return label


def _fit(widget: QListWidget, most: int = 6) -> None:
    """As tall as its items (up to ``most`` of them; it scrolls beyond)."""
    rows = [widget.sizeHintForRow(i) for i in range(min(widget.count(), most))]
    widget.setFixedHeight(sum(rows) + 2 * widget.frameWidth() + 4 if rows else 0)


def _list(name: str) -> QListWidget:
    """A short list of the page: reachable with Tab, Enter opens the item."""
    widget = QListWidget()
    widget.setObjectName(name)
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setTextElideMode(Qt.TextElideMode.ElideRight)
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return widget


class DayPage(Retranslatable, QScrollArea):
    accept_requested = Signal(str)    # contact id
    decline_requested = Signal(str)
    contact_requested = Signal(str)   # one of my open contacts: bring its tab forward
    day_requested = Signal()          # the walk-in day (Ctrl+D)
    shown = Signal()                  # the page came in front

    def __init__(self, display_name: str, parent=None):
        super().__init__(parent)
        self.setObjectName("homePage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.display_name = display_name
        self.glance = Glance()
        self.offer: dict[str, Any] | None = None
        self.mine: list[dict[str, Any]] = []
        self.point: dict[str, Any] | None = None
        self.appointments: list[dict[str, Any]] | None = None   # None: not read yet
        self.municipality_names: dict[str, str] = {}

        self.title = _label("homeTitle", role="title")
        self.subtitle = _label("homeSubtitle", role="subtitle")

        # My offer
        self.offer_card = Card("offer", "bell")
        self.offer_card.setObjectName("homeOffer")
        self.offer_text = _label("homeOfferText")
        self.offer_detail = _label("homeOfferDetail")
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("homeAccept")
        theme.set_role(self.accept_button, "primary")
        self.accept_button.clicked.connect(self._accept)
        self.decline_button = QPushButton()
        self.decline_button.setObjectName("homeDecline")
        self.decline_button.clicked.connect(self._decline)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.decline_button)
        buttons.addStretch(1)
        self.offer_card.body.addWidget(self.offer_text)
        self.offer_card.body.addWidget(self.offer_detail)
        self.offer_card.body.addLayout(buttons)

        # The queue at a glance: a row per channel, then the languages
        self.queue_card = Card("queue", "inbox")
        self.queue_total = _label("homeQueueTotal", role="figure")
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.channel_head = [_label(wrap=False, role="muted") for _ in range(3)]
        for c, head in enumerate(self.channel_head):
            grid.addWidget(head, 0, c + 1, alignment=Qt.AlignmentFlag.AlignRight if c else
                           Qt.AlignmentFlag.AlignLeft)
        self.channel_rows: dict[str, tuple[QLabel, QLabel, QLabel, QLabel]] = {}
        for n, channel in enumerate(CHANNELS, start=1):
            glyph = QLabel()
            name, count, longest = (_label(wrap=False) for _ in range(3))
            name.setObjectName(f"homeChannel_{channel}")
            count.setObjectName(f"homeCount_{channel}")
            longest.setObjectName(f"homeLongest_{channel}")
            count.setAlignment(Qt.AlignmentFlag.AlignRight)
            longest.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(glyph, n, 0)
            grid.addWidget(name, n, 1)
            grid.addWidget(count, n, 2, alignment=Qt.AlignmentFlag.AlignRight)
            grid.addWidget(longest, n, 3, alignment=Qt.AlignmentFlag.AlignRight)
            self.channel_rows[channel] = (glyph, name, count, longest)
        grid.setColumnStretch(1, 1)
        self.languages = _label("homeLanguages")
        self.queue_card.body.addWidget(self.queue_total)
        self.queue_card.body.addLayout(grid)
        self.queue_card.body.addWidget(self.languages)

        # Today's appointments at my guidance point
        self.day_card = Card("appointments", "calendar-event")
        self.day_point = _label("homePoint", role="muted")
        self.day_list = _list("homeAppointments")
        self.day_list.itemActivated.connect(lambda _item: self.day_requested.emit())
        self.day_empty = _label("homeAppointmentsEmpty", role="muted")
        self.day_button = QPushButton()
        self.day_button.setObjectName("homeOpenDay")
        self.day_button.clicked.connect(self.day_requested)
        self.day_card.body.addWidget(self.day_point)
        self.day_card.body.addWidget(self.day_list)
        self.day_card.body.addWidget(self.day_empty)
        day_buttons = QHBoxLayout()
        day_buttons.addWidget(self.day_button)
        day_buttons.addStretch(1)
        self.day_card.body.addLayout(day_buttons)

        # My open contacts and wrap-ups
        self.mine_card = Card("mine", "user")
        self.mine_list = _list("homeMine")
        self.mine_list.itemActivated.connect(self._open_mine)
        self.mine_empty = _label("homeMineEmpty", role="muted")
        self.mine_card.body.addWidget(self.mine_list)
        self.mine_card.body.addWidget(self.mine_empty)

        # Transfers to me or my team (handovers waiting in the queue)
        self.transfers_card = Card("transfers", "arrows-exchange")
        self.transfers_list = _list("homeTransfers")
        self.transfers_list.itemActivated.connect(self._accept_transfer)
        self.transfers_empty = _label("homeTransfersEmpty", role="muted")
        self.transfers_card.body.addWidget(self.transfers_list)
        self.transfers_card.body.addWidget(self.transfers_empty)

        # Not kept by the workstation yet: said so, nothing invented.
        self.tasks_card = Card("tasks", "checklist")
        self.tasks_empty = _label("homeTasksEmpty", role="muted")
        self.tasks_card.body.addWidget(self.tasks_empty)
        self.consult_card = Card("consultations", "users")
        self.consult_empty = _label("homeConsultationsEmpty", role="muted")
        self.consult_card.body.addWidget(self.consult_empty)

        body = QWidget()
        body.setObjectName("homeBody")
        columns = QHBoxLayout()
        columns.setSpacing(14)
        self.left, self.right = QVBoxLayout(), QVBoxLayout()
        self.left_cards = (self.offer_card, self.queue_card, self.transfers_card)
        self.right_cards = (self.day_card, self.mine_card, self.tasks_card, self.consult_card)
        for column in (self.left, self.right):
            column.setSpacing(14)
            columns.addLayout(column, 1)
        self.two_columns: bool | None = None
        self._arrange(two=True)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(20, 16, 20, 20)
        outer.setSpacing(4)
        outer.addWidget(self.title)
        outer.addWidget(self.subtitle)
        outer.addSpacing(10)
        outer.addLayout(columns, 1)
        self.setWidget(body)
        self.cards = (self.offer_card, self.queue_card, self.day_card, self.mine_card,
                      self.transfers_card, self.tasks_card, self.consult_card)

        # The longest waits go on ticking between reads.
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(lambda: self._tick())
        self.clock.start()
        theme.notifier().changed.connect(self._restyle)
        self.retranslate()

    # One column when the work area is narrow (docks open on both sides), two otherwise.
    TWO_COLUMNS_FROM = 720

    def _arrange(self, *, two: bool) -> None:
        if two == self.two_columns:
            return
        self.two_columns = two
        for column in (self.left, self.right):
            for card in (*self.left_cards, *self.right_cards):
                column.removeWidget(card)
            while column.count():
                column.takeAt(0)   # the stretch
        for card in self.left_cards:
            self.left.addWidget(card)
        for card in self.right_cards:
            (self.right if two else self.left).addWidget(card)
        self.left.addStretch(1)
        if two:
            self.right.addStretch(1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange(two=self.viewport().width() >= self.TWO_COLUMNS_FROM)

    # --- texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("My day"))
        self.offer_card.set_heading(self.tr("My offer"))
        self.queue_card.set_heading(self.tr("The queue at a glance"))
        self.day_card.set_heading(self.tr("Today's appointments"))
        self.mine_card.set_heading(self.tr("My open contacts"))
        self.transfers_card.set_heading(self.tr("Transfers to me or my team"))
        self.tasks_card.set_heading(self.tr("My tasks"))
        self.consult_card.set_heading(self.tr("Consultations"))
        self.accept_button.setText(self.tr("Accept (F2)"))
        self.decline_button.setText(self.tr("Decline (F3)"))
        self.day_button.setText(self.tr("Open the day (Ctrl+D)"))
        for head, text in zip(self.channel_head, (self.tr("Channel"), self.tr("Waiting"),
                                                  self.tr("Longest")), strict=True):
            head.setText(text)
        self.day_list.setAccessibleName(self.tr("Today's appointments"))
        self.mine_list.setAccessibleName(self.tr("My open contacts"))
        self.transfers_list.setAccessibleName(self.tr("Transfers to me or my team"))
        self.tasks_empty.setText(self.tr("No tasks for you. (The workstation does not keep "
                                         "tasks yet: follow-ups are noted in the wrap-up.)"))
        self.consult_empty.setText(self.tr("No consultation requests. (Asking a colleague "
                                           "for a consultation is not in the workstation "
                                           "yet.)"))
        self._show_all()

    def _show_all(self) -> None:
        day, locale = date.today(), QLocale()
        # The stand-alone name ("keskiviikko", not the "keskiviikkona" of a date format).
        today = f"{locale.standaloneDayName(day.isoweekday())} {day.day}.{day.month}.{day.year}"
        self.title.setText(self.tr("My day — %1").replace("%1", today))
        self.subtitle.setText(self.display_name)
        self._show_offer()
        self._show_queue()
        self._show_day()
        self._show_mine()

    def _restyle(self) -> None:
        for card in self.cards:
            card.repaint_icon()
        self._show_all()

    # --- what the reads bring -----------------------------------------------------------
    def set_queue(self, glance: Glance, offer: dict[str, Any] | None,
                  mine: list[dict[str, Any]]) -> None:
        self.glance, self.offer, self.mine = glance, offer, mine
        self._show_offer()
        self._show_queue()
        self._show_mine()

    def set_appointments(self, point: dict[str, Any] | None,
                         rows: list[dict[str, Any]]) -> None:
        self.point, self.appointments = point, rows
        self._show_day()

    def _place(self, contact: dict[str, Any]) -> str:
        code = contact.get("municipality_code") or ""
        parts = [channel_name(contact.get("channel", "")), (contact.get("language") or "").upper(),
                 self.municipality_names.get(code, code)]
        return " · ".join(p for p in parts if p)

    def _show_offer(self) -> None:
        offer = self.offer
        offered = offer is not None
        self.offer_card.setProperty("offered", "true" if offered else "false")
        self.offer_card.style().unpolish(self.offer_card)
        self.offer_card.style().polish(self.offer_card)
        self.accept_button.setVisible(offered)
        self.decline_button.setVisible(offered)
        self.offer_detail.setVisible(offered)
        if offer is None:
            self.offer_text.setText(self.tr(
                "No offer right now. When the queue offers you a contact it shows here and "
                "above the queue: F2 accepts it, F3 declines. With no offer, F2 takes the next "
                "contact in your languages."))
            return
        self.offer_text.setText(self.tr("Offered to you: %1").replace("%1", self._place(offer)))
        lines = [offer.get("citizen_name") or "", (offer.get("subject") or "").replace("\n", " ")]
        if offer.get("handover_note"):
            lines.append(self.tr("Handover note: %1").replace("%1", offer["handover_note"]))
        self.offer_detail.setText("\n".join(line for line in lines if line))

    def _show_queue(self) -> None:
        g = self.glance
        # Said as the queue dock and the team view say it (a callback for later is not
        # waiting yet).
        self.queue_total.setText(" · ".join(part for part in queue_count_parts(g.count) if part))
        for channel, (glyph, name, count, _longest) in self.channel_rows.items():
            per = g.channels.get(channel)
            n = per.waiting if per else 0
            glyph.setPixmap((channel_icon(channel) or icon("inbox")).pixmap(ICON_SIZE,
                                                                            ICON_SIZE))
            name.setText(channel_name(channel))
            count.setText(str(n))
            theme.set_role(count, "" if n else "muted")
        by_language = sorted(g.languages.items(), key=lambda kv: (-kv[1], kv[0]))
        self.languages.setText(self.tr("By language: %1").replace(
            "%1", ", ".join(f"{code.upper() or '?'} {n}" for code, n in by_language)
            or self.tr("none")))
        self._tick(force=True)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.shown.emit()
        self._tick(force=True)

    def _tick(self, *, force: bool = False) -> None:
        """The longest wait of each channel, coloured against its target (each second
        while the page shows)."""
        if not force and not self.isVisible():
            return
        now = datetime.now(UTC)
        for channel, (_glyph, _name, _count, longest) in self.channel_rows.items():
            per = self.glance.channels.get(channel)
            if per is None or per.oldest is None or per.oldest_contact is None:
                longest.setText("–")
                longest.setAccessibleName(self.tr("Nobody waiting"))
                theme.set_tone(longest, "")
                continue
            waited = (now - per.oldest).total_seconds()
            level = wait_level(channel, waited, now=now,
                               due_at=parse_time(per.oldest_contact.get("due_at")))
            text = format_wait(waited)
            longest.setText(text)
            tone = {WaitLevel.OK: "", WaitLevel.OVER: "warn", WaitLevel.LATE: "late"}[level]
            theme.set_tone(longest, tone)
            longest.setAccessibleName(
                self.tr("Longest wait %1, over the target").replace("%1", text) if level
                else self.tr("Longest wait %1").replace("%1", text))

    def _show_day(self) -> None:
        self.day_list.clear()
        rows = self.appointments
        if self.point is not None:
            self.day_point.setText(self.point.get("name", ""))
        self.day_point.setVisible(self.point is not None)
        if rows is None:
            self.day_empty.setText(self.tr("Reading…"))
        elif self.point is None:
            self.day_empty.setText(self.tr("Your municipality has no guidance point: no "
                                           "appointments to show."))
        else:
            self.day_empty.setText(self.tr("No appointments today."))
        live = [a for a in rows or [] if a.get("status") != "cancelled"]
        for a in live:
            start = datetime.fromisoformat(a["starts_at"]).astimezone()
            end = datetime.fromisoformat(a["ends_at"]).astimezone()
            text = (f"{start:%H:%M}–{end:%H:%M}  {a.get('citizen_name', '')}\n"
                    f"{topic_name(a.get('topic', ''))} · {appointment_status_name(a['status'])}")
            item = QListWidgetItem(icon("walk"), text)
            item.setData(Qt.ItemDataRole.UserRole, a["id"])
            self.day_list.addItem(item)
        _fit(self.day_list)
        self.day_list.setVisible(bool(live))
        self.day_empty.setVisible(not live)
        self.day_button.setVisible(self.point is not None)

    def _show_mine(self) -> None:
        self.mine_list.clear()
        for contact in self.mine:
            who = contact.get("citizen_name") or contact.get("email_address") \
                or self.tr("Anonymous")
            state = self.tr("wrap-up to save") if contact.get("status") == "closed" \
                else self.tr("open")
            item = QListWidgetItem(channel_icon(contact.get("channel", "")) or icon("user"),
                                   f"{who} · {self._place(contact)} — {state}")
            item.setData(Qt.ItemDataRole.UserRole, contact["id"])
            self.mine_list.addItem(item)
        _fit(self.mine_list)
        self.mine_list.setVisible(bool(self.mine))
        self.mine_empty.setVisible(not self.mine)
        self.mine_empty.setText(self.tr("No open contacts. F2 accepts the next one, F6 goes "
                                        "to the queue."))
        transfers = self.glance.transfers
        self.transfers_list.clear()
        for contact in transfers:
            note = contact.get("handover_note") or ""
            item = QListWidgetItem(channel_icon(contact.get("channel", "")) or icon("user"),
                                   f"{self._place(contact)}" + (f" — {note}" if note else ""))
            item.setData(Qt.ItemDataRole.UserRole, contact["id"])
            item.setToolTip(note)
            self.transfers_list.addItem(item)
        _fit(self.transfers_list)
        self.transfers_list.setVisible(bool(transfers))
        self.transfers_empty.setVisible(not transfers)
        self.transfers_empty.setText(self.tr("No contacts handed over to you or your team."))

    # --- actions ------------------------------------------------------------------------
    def _accept(self) -> None:
        if self.offer:
            self.accept_requested.emit(self.offer["id"])

    def _decline(self) -> None:
        if self.offer:
            self.decline_requested.emit(self.offer["id"])

    def _open_mine(self, item: QListWidgetItem) -> None:
        self.contact_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def _accept_transfer(self, item: QListWidgetItem) -> None:
        self.accept_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def focus_first(self) -> None:
        """Alt+Home: the page, its first control that takes the focus."""
        for widget in (self.accept_button, self.mine_list, self.day_list,
                       self.transfers_list, self.day_button):
            if widget.isVisible():
                widget.setFocus()
                return
        self.setFocus()
