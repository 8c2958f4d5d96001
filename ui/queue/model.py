"""Qt model of the waiting contacts, updated in place from each read of the queue.

``apply`` diffs by id and touches only what changed: rows that left are removed, changed
rows emit ``dataChanged``, new rows are inserted where they belong and rows whose place
changed are moved; a view's selection and scroll position survive an update. The model
never reads the store itself (the store reader does, off the GUI thread)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from ui.common import theme
from ui.common.icons import channel_icon
from ui.common.labels import channel_name, client_group_name
from ui.common.text import due_text, format_wait, screen_pop_lines, waiting_since, waiting_text
from workstation.contract import parse_time
from workstation.queue.routing import URGENT_PRIORITY
from workstation.queue.targets import WAIT_TARGETS, WaitLevel, wait_level

COLUMNS = ("channel", "language", "municipality", "waiting", "subject")
ContactRole = Qt.ItemDataRole.UserRole + 1
_CHANNEL, _WAITING, _SUBJECT = (COLUMNS.index(c) for c in ("channel", "waiting", "subject"))
_NONE, _MINE, _OTHERS = 0, 1, 2   # whose offer a row is
_R = Qt.ItemDataRole
(_DISPLAY, _ACCESSIBLE, _BACKGROUND, _FONT, _FOREGROUND, _TOOLTIP, _ALIGNMENT, _CONTACT,
 _DECORATION) = (
    int(r) for r in (_R.DisplayRole, _R.AccessibleTextRole, _R.BackgroundRole, _R.FontRole,
                     _R.ForegroundRole, _R.ToolTipRole, _R.TextAlignmentRole, ContactRole,
                     _R.DecorationRole))
_ROLES = frozenset((_DISPLAY, _ACCESSIBLE, _BACKGROUND, _FONT, _FOREGROUND, _TOOLTIP,
                    _ALIGNMENT, _CONTACT, _DECORATION))
_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DUE = len(COLUMNS)   # the texts' slot after the columns: a callback's due time
# What the clock changes each second: the waiting column's text and its colours.
_TICK_ROLES = [_R.DisplayRole, _R.AccessibleTextRole, _R.ForegroundRole, _R.BackgroundRole,
               _R.ToolTipRole]


class QueueModel(QAbstractTableModel):
    # More moves than this in one update: one layout change is cheaper than many moves.
    MAX_MOVES = 32

    def __init__(self, municipality_names: dict[str, str] | None = None, parent=None, *,
                 user_id: str | None = None):
        super().__init__(parent)
        self.user_id = user_id
        self.rows: list[dict[str, Any]] = []
        self.municipality_names = {} if municipality_names is None else municipality_names
        self.now = datetime.now(UTC)
        self._texts: dict[str, tuple[dict[str, Any], tuple]] = {}
        self._bold_font: QFont | None = None
        theme.notifier().changed.connect(self.relabel)   # the colours and icons anew

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
        if role == _DECORATION:
            return channel_icon(row.get("channel", "")) if column == _CHANNEL else None
        if role == _BACKGROUND:
            if column == _WAITING:
                level = self.wait_level_of(row, texts)
                if level:
                    colours = theme.brushes()
                    return colours.error_bg if level == WaitLevel.LATE else colours.warn_bg
            return theme.brushes().offer_bg if offer == _MINE else None
        if role == _FONT:
            return self._bold() if offer == _MINE or (
                column == _WAITING and self.wait_level_of(row, texts)) else None
        if role == _FOREGROUND:
            if column == _WAITING:
                level = self.wait_level_of(row, texts)
                if level or (row.get("priority") or 0) >= URGENT_PRIORITY:
                    colours = theme.brushes()
                    return colours.warn if level == WaitLevel.OVER else colours.error
            return theme.brushes().muted if offer == _OTHERS else None
        if role == _ACCESSIBLE and column == _CHANNEL and offer == _MINE:
            return QCoreApplication.translate("QueueModel", "Offered to you: %1").replace(
                "%1", texts[_CHANNEL])
        if column == _WAITING and role in (_ACCESSIBLE, _TOOLTIP):
            level = self.wait_level_of(row, texts)
            if level:
                shown = self.data(index, _R.DisplayRole)
                return self.target_text(row, level, shown)
        if role in (_DISPLAY, _ACCESSIBLE):
            if column == _WAITING:
                # Since it arrived; a callback since its window opened, and before that
                # from when it may be called.
                waited = waiting_text(row, texts[_WAITING], self.now)
                # Urgent (a callback near or past its due time): marked, not by colour alone.
                return f"! {waited}" if waited and (row.get("priority") or 0) >= URGENT_PRIORITY \
                    else waited
            return texts[column] if 0 <= column < len(COLUMNS) else None
        if role == _TOOLTIP and column == _SUBJECT:
            lines = [row.get("subject") or "", *screen_pop_lines(row)]
            if row.get("client_group"):
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
        due = parse_time(row.get("due_at")) if row.get("channel") == "callback" else None
        texts = (channel_name(row.get("channel", "")), (row.get("language") or "").upper(),
                 self.municipality_names.get(code, code), since,
                 self.subject_text(row), due,
                 _NONE if offered is None else _MINE if offered == self.user_id else _OTHERS)
        self._texts[row["id"]] = (row, texts)
        return texts

    def wait_level_of(self, row: dict[str, Any], texts: tuple) -> WaitLevel:
        """Where the row's wait stands against its channel's target, now."""
        since = texts[_WAITING]
        waited = None if since is None or since > self.now else \
            (self.now - since).total_seconds()
        return wait_level(row.get("channel", ""), waited, due_at=texts[_DUE], now=self.now)

    @staticmethod
    def target_text(row: dict[str, Any], level: WaitLevel, shown: str) -> str:
        """The waiting cell read aloud or as a tooltip past the target: the colour is not
        the only sign."""
        late = level == WaitLevel.LATE
        if row.get("channel") == "callback":
            text = (QCoreApplication.translate("QueueModel", "%1, past the promised time")
                    if late else
                    QCoreApplication.translate("QueueModel", "%1, the promised time is near"))
            return text.replace("%1", shown)
        text = (QCoreApplication.translate("QueueModel", "%1, over twice the target %2")
                if late else QCoreApplication.translate("QueueModel", "%1, over the target %2"))
        return text.replace("%1", shown).replace(
            "%2", format_wait(WAIT_TARGETS.get(row.get("channel", ""), 0)))

    def since_of(self, row: dict[str, Any]) -> datetime | None:
        """Since when the row's contact waits (cached with its texts)."""
        return self._texts_of(row)[_WAITING]

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
                                  _TICK_ROLES)

    def apply(self, fresh: list[dict[str, Any]]) -> None:
        """Show ``fresh`` (the queue in its order), touching only the rows that differ."""
        fresh_ids = {r["id"] for r in fresh}
        if len(fresh_ids) != len(fresh):
            fresh = list({r["id"]: r for r in fresh}.values())   # one row per contact
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
            # Unchanged rows are the very same objects (the read's decode cache): skip them fast.
            if n is not None and self.rows[n] is not item and self.rows[n] != item:
                self.rows[n] = item
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(COLUMNS) - 1))
        # 3. the new order: new rows inserted where they belong, moved rows moved
        if [r["id"] for r in self.rows] == [r["id"] for r in fresh]:
            return
        if self._moves_needed(fresh, position) > self.MAX_MOVES:
            self._relayout(fresh, position)
            return
        i = 0
        while i < len(fresh):
            fid = fresh[i]["id"]
            if i < len(self.rows) and self.rows[i]["id"] == fid:
                i += 1
                continue
            if fid not in position:
                end = i
                while end < len(fresh) and fresh[end]["id"] not in position:
                    end += 1
                self.beginInsertRows(QModelIndex(), i, end - 1)
                self.rows[i:i] = fresh[i:end]
                self.endInsertRows()
                i = end
                continue
            j = next(k for k in range(i + 1, len(self.rows)) if self.rows[k]["id"] == fid)
            self.beginMoveRows(QModelIndex(), j, j, QModelIndex(), i)
            self.rows.insert(i, self.rows.pop(j))
            self.endMoveRows()
            i += 1

    @staticmethod
    def _moves_needed(fresh: list[dict[str, Any]], position: dict[str, int]) -> int:
        """How many kept rows are out of their relative order (an upper bound of moves)."""
        kept = [position[r["id"]] for r in fresh if r["id"] in position]
        return sum(1 for a, b in zip(kept, kept[1:], strict=False) if b < a)

    def _relayout(self, fresh: list[dict[str, Any]], position: dict[str, int]) -> None:
        """Many rows changed place: append the new ones, then one layout change that
        carries the view's selection along (persistent indexes follow their contact)."""
        new = [r for r in fresh if r["id"] not in position]
        if new:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self.rows.extend(new)
            self.endInsertRows()
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [(index, self.rows[index.row()]["id"]) for index in before
                if 0 <= index.row() < len(self.rows)]
        self.rows = list(fresh)
        now_at = {r["id"]: n for n, r in enumerate(self.rows)}
        self.changePersistentIndexList([index for index, _ in held],
                                       [self.index(now_at[cid], index.column())
                                        for index, cid in held])
        self.layoutChanged.emit()
