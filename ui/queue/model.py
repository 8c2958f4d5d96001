"""Qt model of the waiting contacts, updated in place from the local store.

Refreshes diff by id: rows that left are removed, new rows inserted in one
``beginInsertRows`` each run, changed rows emit ``dataChanged``; a view's selection and
scroll position survive a refresh."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from workstation.contract import parse_time
from workstation.queue.routing import URGENT_PRIORITY
from workstation.queue.usecases import offered_first, waiting_contacts
from workstation.store import LocalStore

COLUMNS = ("channel", "language", "municipality", "waiting", "subject")
ContactRole = Qt.ItemDataRole.UserRole + 1
_CHANNEL, _WAITING, _SUBJECT = (COLUMNS.index(c) for c in ("channel", "waiting", "subject"))
_NONE, _MINE, _OTHERS = 0, 1, 2   # whose offer a row is
_R = Qt.ItemDataRole
_DISPLAY, _ACCESSIBLE, _BACKGROUND, _FONT, _FOREGROUND, _TOOLTIP, _ALIGNMENT, _CONTACT = (
    int(r) for r in (_R.DisplayRole, _R.AccessibleTextRole, _R.BackgroundRole, _R.FontRole,
                     _R.ForegroundRole, _R.ToolTipRole, _R.TextAlignmentRole, ContactRole))
_ROLES = frozenset((_DISPLAY, _ACCESSIBLE, _BACKGROUND, _FONT, _FOREGROUND, _TOOLTIP,
                    _ALIGNMENT, _CONTACT))
_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def channel_name(channel: str) -> str:
    return {
        "phone": QCoreApplication.translate("Channel", "Phone"),
        "chat": QCoreApplication.translate("Channel", "Chat"),
        "email": QCoreApplication.translate("Channel", "Email"),
        "callback": QCoreApplication.translate("Channel", "Callback"),
        "walk_in": QCoreApplication.translate("Channel", "Walk-in"),
    }.get(channel, channel)


def format_wait(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds >= 3600:
        return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    return f"{seconds // 60}:{seconds % 60:02d}"


def screen_pop_lines(contact: dict[str, Any]) -> list[str]:
    """One line per client the caller's number matched: the client, or the client and
    which relative of theirs has this number."""
    lines = []
    for c in contact.get("candidates") or []:
        if c.get("relation"):
            lines.append(QCoreApplication.translate("QueueModel", "%1 (relative: %2, %3)")
                         .replace("%1", c.get("name", "")).replace("%2", c.get("relative_name", ""))
                         .replace("%3", c.get("relation", "")))
        else:
            lines.append(c.get("name", ""))
    return lines


OFFER_BACKGROUND = QBrush(QColor("#fff2b3"))
OTHERS_OFFER_FOREGROUND = QBrush(QColor("#6b6b6b"))
URGENT_FOREGROUND = QBrush(QColor("#b00020"))


def waiting_since(contact: dict[str, Any]) -> datetime | None:
    """Since when a contact has waited: its arrival, a callback's window opening (which may
    be still ahead: then it is not waiting for anyone yet)."""
    if contact.get("channel") == "callback" and contact.get("window_start"):
        return parse_time(contact["window_start"])
    return parse_time(contact.get("created_at"))


def due_text(contact: dict[str, Any]) -> str:
    """A callback request's window, as the counsellor reads it in the queue."""
    due = parse_time(contact.get("due_at"))
    if due is None:
        return ""
    start = parse_time(contact.get("window_start"))
    local_due = due.astimezone()
    if start is not None:
        return QCoreApplication.translate("QueueModel", "call %1–%2").replace(
            "%1", start.astimezone().strftime("%H:%M")).replace("%2", local_due.strftime("%H:%M"))
    return QCoreApplication.translate("QueueModel", "call by %1").replace(
        "%1", local_due.strftime("%H:%M"))


class QueueModel(QAbstractTableModel):
    def __init__(self, reader: LocalStore, municipality_names: dict[str, str] | None = None,
                 parent=None, *, user_id: str | None = None):
        super().__init__(parent)
        self.reader = reader
        self.user_id = user_id
        self.rows: list[dict[str, Any]] = []
        self.municipality_names = {} if municipality_names is None else municipality_names
        self.now = datetime.now(UTC)
        self._texts: dict[str, tuple[dict[str, Any], tuple]] = {}
        self._bold_font: QFont | None = None

    # --- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "channel": QCoreApplication.translate("QueueModel", "Channel"),
            "language": QCoreApplication.translate("QueueModel", "Language"),
            "municipality": QCoreApplication.translate("QueueModel", "Municipality"),
            "waiting": QCoreApplication.translate("QueueModel", "Waiting"),
            "subject": QCoreApplication.translate("QueueModel", "Subject"),
        }[COLUMNS[section]]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        # Qt asks for about ten roles of every visible cell on every repaint, and the queue
        # repaints with every change and every second: the common answers come from a cache
        # of each row's texts, and roles the queue does not use return at once. (Worked out
        # anew each time, painting took most of the GUI thread: benchmarks/queue_view.py.)
        role = int(role)
        if role not in _ROLES:
            return None
        r = index.row()
        if not 0 <= r < len(self.rows):
            return None
        row = self.rows[r]
        if role == _CONTACT:
            return row
        column = index.column()
        texts = self._texts_of(row)
        offer = texts[-1]
        if role == _BACKGROUND:
            return OFFER_BACKGROUND if offer == _MINE else None
        if role == _FONT:
            return self._bold() if offer == _MINE else None
        if role == _FOREGROUND:
            if column == _WAITING and (row.get("priority") or 0) >= URGENT_PRIORITY:
                return URGENT_FOREGROUND
            return OTHERS_OFFER_FOREGROUND if offer == _OTHERS else None
        if role == _ACCESSIBLE and column == _CHANNEL and offer == _MINE:
            return QCoreApplication.translate("QueueModel", "Offered to you: %1").replace(
                "%1", texts[_CHANNEL])
        if role in (_DISPLAY, _ACCESSIBLE):
            if column == _WAITING:
                # Since it arrived; a callback since its window opened (nothing before).
                since = texts[_WAITING]
                if since is None or since > self.now:
                    return ""
                waited = format_wait((self.now - since).total_seconds())
                # Urgent (a callback near or past its due time): marked, not by colour alone.
                return f"! {waited}" if (row.get("priority") or 0) >= URGENT_PRIORITY \
                    else waited
            return texts[column] if 0 <= column < len(COLUMNS) else None
        if role == _TOOLTIP and column == _SUBJECT:
            lines = [row.get("subject") or "", *screen_pop_lines(row)]
            if row.get("client_group"):
                from ui.queue.wrapup import client_group_name  # (wrapup imports this module)

                lines.append(QCoreApplication.translate("QueueModel", "Client group: %1")
                             .replace("%1", client_group_name(row["client_group"])))
            if row.get("handover_note"):
                lines.append(QCoreApplication.translate("QueueModel", "Handover note: %1")
                             .replace("%1", row["handover_note"]))
            return "\n".join(lines).strip()
        if role == _ALIGNMENT and column == _WAITING:
            return _ALIGN_RIGHT
        return None

    def _texts_of(self, row: dict[str, Any]) -> tuple:
        """The row's column texts (the waiting column holds its arrival time) and whose
        offer it is, computed once per version of the row."""
        hit = self._texts.get(row["id"])
        if hit is not None and hit[0] is row:
            return hit[1]
        offered = row.get("offered_to")
        code = row.get("municipality_code") or ""
        since = waiting_since(row)
        texts = (channel_name(row.get("channel", "")), (row.get("language") or "").upper(),
                 self.municipality_names.get(code, code), since,
                 self.subject_text(row),
                 _NONE if offered is None else _MINE if offered == self.user_id else _OTHERS)
        self._texts[row["id"]] = (row, texts)
        return texts

    def _bold(self) -> QFont:
        if self._bold_font is None:
            self._bold_font = QFont()
            self._bold_font.setBold(True)
        return self._bold_font

    def relabel(self) -> None:
        """The language or the municipality names changed: every text anew."""
        self._texts.clear()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    @staticmethod
    def subject_text(row: dict[str, Any]) -> str:
        subject = (row.get("subject") or "").replace("\n", " ")
        if not subject and row.get("channel") == "email":
            subject = QCoreApplication.translate("QueueModel", "(no subject)")
        if row.get("channel") == "phone":
            caller = row.get("caller_number") or QCoreApplication.translate(
                "QueueModel", "hidden number")
            pop = screen_pop_lines(row)
            # The screen pop: who is probably calling, visible while the call is offered.
            return f"{caller} · {pop[0]}" if pop else f"{caller} · {subject}"
        name = row.get("citizen_name") or ""
        text = f"{name}: {subject}" if name else subject
        due = due_text(row)
        return f"{due} · {text}" if due else text

    # --- updates ------------------------------------------------------------------------
    def contact_at(self, row: int) -> dict[str, Any] | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, contact_id: str) -> int:
        for i, row in enumerate(self.rows):
            if row["id"] == contact_id:
                return i
        return -1

    def tick(self) -> None:
        """Advance the waiting-time column (once a second)."""
        self.now = datetime.now(UTC)
        if self.rows:
            col = COLUMNS.index("waiting")
            self.dataChanged.emit(self.index(0, col), self.index(len(self.rows) - 1, col),
                                  [Qt.ItemDataRole.DisplayRole])

    def refresh(self) -> None:
        self.apply(offered_first(waiting_contacts(self.reader), self.user_id))

    def apply(self, fresh: list[dict[str, Any]]) -> None:
        fresh_ids = {r["id"] for r in fresh}
        if len(self._texts) > 2 * len(fresh_ids) + 100:
            self._texts = {k: v for k, v in self._texts.items() if k in fresh_ids}
        # 1. remove rows that left, bottom-up, in contiguous runs
        i = len(self.rows) - 1
        while i >= 0:
            if self.rows[i]["id"] not in fresh_ids:
                last = i
                while i - 1 >= 0 and self.rows[i - 1]["id"] not in fresh_ids:
                    i -= 1
                self.beginRemoveRows(QModelIndex(), i, last)
                del self.rows[i:last + 1]
                self.endRemoveRows()
            i -= 1
        # 2. update rows that stayed
        position = {r["id"]: n for n, r in enumerate(self.rows)}
        for item in fresh:
            n = position.get(item["id"])
            # Unchanged rows are the very same objects (QueueLoader's cache): skip them fast.
            if n is not None and self.rows[n] is not item and self.rows[n] != item:
                self.rows[n] = item
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(COLUMNS) - 1))
        # 3. append new rows (the queue is ordered by arrival; new ones come last)
        new = [item for item in fresh if item["id"] not in position]
        if new:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self.rows.extend(new)
            self.endInsertRows()
        # 4. keep the store's order (priority may have changed)
        order = [r["id"] for r in fresh]
        if [r["id"] for r in self.rows] != order:
            self.layoutAboutToBeChanged.emit()
            rank = {cid: n for n, cid in enumerate(order)}
            self.rows.sort(key=lambda r: rank[r["id"]])
            self.layoutChanged.emit()
