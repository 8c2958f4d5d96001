"""A supervisor's view of their team: who is in which presence state and for how long, and
each person's service languages and client groups, which the router offers contacts by.
The supervisor changes those here (the change syncs like any edit)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.common import theme
from ui.common.i18n import Retranslatable
from ui.common.labels import client_group_name, presence_name
from ui.common.text import format_wait, queue_count_parts
from workstation.contract import parse_time
from workstation.domain import SERVICE_LANGUAGES
from workstation.queue.rules import ClientGroup
from workstation.queue.usecases import count_queue

COLUMNS = 6


class TeamDialog(Retranslatable, QDialog):
    save_requested = Signal(str, list, list)   # user id, languages, client groups

    def __init__(self, members: list[dict], municipality_names: dict[str, str], parent=None):
        super().__init__(parent)
        self.setObjectName("teamDialog")
        self.members: list[dict] = []
        self.municipality_names = municipality_names
        self._shown_id: str | None = None   # whose skills the editor holds
        self._dirty = False                 # the editor has changes not saved yet

        # The team at a glance: the regional queue and who is in which state.
        self.summary = QLabel()
        self.summary.setObjectName("teamSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        # The queue as the workstation last read it.
        self.queue: list[dict] = []

        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("teamTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(self._person_chosen)

        self.editor = QGroupBox()
        self.editor.setObjectName("skillsEditor")
        self.language_boxes: dict[str, QCheckBox] = {}
        for code in SERVICE_LANGUAGES:
            box = QCheckBox()
            box.setObjectName(f"skillLanguage_{code}")
            box.toggled.connect(self._edited)
            self.language_boxes[str(code)] = box
        self.group_boxes: dict[str, QCheckBox] = {}
        for group in ClientGroup:
            box = QCheckBox()
            box.setObjectName(f"skillGroup_{group}")
            box.toggled.connect(self._edited)
            self.group_boxes[str(group)] = box
        self.languages_label = QLabel()
        self.groups_label = QLabel()
        self.groups_hint = QLabel()
        self.groups_hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("skillsError")
        theme.set_tone(self.error, "error")
        self.error.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveSkills")
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        # Ctrl+S anywhere in the dialog, like in every editor.
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.activated.connect(self.save)

        languages_row = QHBoxLayout()
        for box in self.language_boxes.values():
            languages_row.addWidget(box)
        languages_row.addStretch(1)
        groups_column = QVBoxLayout()
        for box in self.group_boxes.values():
            groups_column.addWidget(box)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.addWidget(self.languages_label)
        editor_layout.addLayout(languages_row)
        editor_layout.addWidget(self.groups_label)
        editor_layout.addLayout(groups_column)
        editor_layout.addWidget(self.groups_hint)
        editor_layout.addWidget(self.error)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        editor_layout.addLayout(save_row)
        editor_layout.addStretch(1)

        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(self.editor, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(body)
        layout.addWidget(self.close_buttons)

        # Tab from the table goes through the person's skills to Save, then Close.
        chain = [self.table, *self.language_boxes.values(), *self.group_boxes.values(),
                 self.save_button, self.close_buttons]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        # The time in each presence state keeps counting.
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self._tick)
        self.clock.start()
        self.resize(1040, 460)
        self.retranslate()
        self.set_members(members)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.setFocus()   # arrow keys choose a person at once

    # --- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My team"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Presence"), self.tr("For"), self.tr("Languages"),
            self.tr("Client groups"), self.tr("Home municipality")])
        self.table.setAccessibleName(self.tr("Team members"))
        self.table.setToolTip(self.tr("Arrow keys choose a person; Tab moves to their skills"))
        names = {"fi": self.tr("&Finnish"), "sv": self.tr("S&wedish")}
        for code, box in self.language_boxes.items():
            box.setText(names.get(code, code))
        for group, box in self.group_boxes.items():
            box.setText(client_group_name(group))
        self.languages_label.setText(self.tr("Service languages (at least one)"))
        self.groups_label.setText(self.tr("Client groups"))
        self.groups_hint.setText(self.tr("No group ticked: the person is offered contacts of "
                                         "every group."))
        keys = QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText)
        self.save_button.setText(self.tr("&Save skills"))
        self.save_button.setToolTip(self.tr("Save skills (%1)").replace("%1", keys))
        self._title_editor()
        self._fill_rows()
        self._summarise()

    def _title_editor(self) -> None:
        person = self._member(self._shown_id)
        self.editor.setTitle(self.tr("Skills of %1").replace("%1", person["display_name"])
                             if person else self.tr("Skills"))
        self.editor.setAccessibleName(self.editor.title())

    # --- rows -----------------------------------------------------------------------------
    def set_members(self, members: list[dict]) -> None:
        """New records from the store; the person chosen stays chosen, and skills being
        edited are not overwritten."""
        self.members = members
        keep = self._shown_id
        # Rows added or removed move the current cell: that is not the supervisor choosing
        # another person, so no signal (it would reload the editor over unsaved ticks).
        self.table.blockSignals(True)
        self._fill_rows()
        row = next((i for i, m in enumerate(members) if m["id"] == keep), 0 if members else -1)
        self.table.setCurrentCell(row, 0)
        self.table.blockSignals(False)
        self._show_current(reload=not self._dirty or self._member(keep) is None)
        self._summarise()

    def _fill_rows(self) -> None:
        now = datetime.now(UTC)
        self.table.setRowCount(len(self.members))
        for row, m in enumerate(self.members):
            spoken = set(m.get("languages") or [])
            langs = ", ".join(str(code).upper() for code in SERVICE_LANGUAGES if code in spoken)
            groups = m.get("client_groups") or []
            cells = [
                m["display_name"],
                presence_name(m.get("presence") or "offline"),
                self._duration(m, now),
                langs or "—",
                ", ".join(client_group_name(g) for g in groups) if groups
                else self.tr("All groups"),
                self.municipality_names.get(m.get("municipality_code") or "",
                                            m.get("municipality_code") or "—"),
            ]
            for column, text in enumerate(cells):
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(row, column, item)
                item.setText(text)
            self.table.item(row, 2).setTextAlignment(Qt.AlignmentFlag.AlignRight
                                                     | Qt.AlignmentFlag.AlignVCenter)

    @staticmethod
    def _duration(member: dict, now: datetime) -> str:
        since = parse_time(member.get("presence_since"))
        if since is None:
            return ""
        return format_wait((now - since).total_seconds())

    def set_queue(self, waiting: list[dict]) -> None:
        """The regional queue as the workstation's store reader last read it."""
        self.queue = waiting
        self._summarise()

    def _summarise(self) -> None:
        """The queue counted as the queue dock counts it (queue.count_queue), each second:
        a callback listed for later starts waiting when its window opens."""
        now = datetime.now(UTC)
        count = count_queue(self.queue, now)
        waiting, later = queue_count_parts(count)
        parts = [waiting]
        if count.longest_since is not None:
            parts.append(self.tr("longest %1").replace(
                "%1", format_wait((now - count.longest_since).total_seconds())))
        if count.languages:
            parts.append(", ".join(f"{code.upper()} {n}"
                                   for code, n in sorted(count.languages.items())))
        if later:
            parts.append(later)
        states = Counter(m.get("presence") or "offline" for m in self.members)
        team = " · ".join(f"{presence_name(state)} {states[state]}" for state in
                          ("available", "busy", "after_contact_work", "away", "offline")
                          if states.get(state))
        self.summary.setText(self.tr("Queue: %1").replace("%1", " · ".join(parts)) + "\n"
                             + self.tr("Team: %1").replace("%1", team or "—"))
        self.summary.setAccessibleName(self.summary.text())
        # The table is where the focus is: it carries the summary for a screen reader.
        self.table.setAccessibleDescription(self.summary.text())

    def _tick(self) -> None:
        self._summarise()
        now = datetime.now(UTC)
        for row, m in enumerate(self.members):
            item = self.table.item(row, 2)
            if item is not None:
                item.setText(self._duration(m, now))

    def _member(self, user_id: str | None) -> dict | None:
        return next((m for m in self.members if m["id"] == user_id), None)

    def current_member(self) -> dict | None:
        row = self.table.currentRow()
        return self.members[row] if 0 <= row < len(self.members) else None

    # --- the editor -----------------------------------------------------------------------
    def _person_chosen(self, row: int, _column: int, previous: int, _prev_column: int) -> None:
        """Another person chosen while the skills shown have unsaved changes: save them,
        drop them, or stay."""
        if row != previous and not self._settle_unsaved():
            self.table.blockSignals(True)
            self.table.setCurrentCell(previous, 0)
            self.table.blockSignals(False)
            return
        self._show_current()

    def _settle_unsaved(self) -> bool:
        """Unsaved changes to the skills shown: ask to save or drop them. False when the
        supervisor cancels (stay where they are)."""
        person = self._member(self._shown_id)
        if not self._dirty or person is None:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved skills"),
            self.tr("The skills of %1 have changes that are not saved.").replace(
                "%1", person.get("display_name", "")),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            self.save()
        return True

    def reject(self) -> None:
        """Closing (Esc, Close, the window's own close button: QDialog routes them all
        here) with unsaved changes asks first, as when choosing another person."""
        if self._settle_unsaved():
            super().reject()

    def _show_current(self, reload: bool = True) -> None:
        person = self.current_member()
        if person is None or person["id"] != self._shown_id:
            reload = True   # another person: their own skills, whatever was being edited
        self._shown_id = person["id"] if person else None
        self.editor.setEnabled(person is not None)
        if reload:
            self._load(person)
        self._title_editor()

    def _load(self, person: dict | None) -> None:
        languages = set(person.get("languages") or []) if person else set()
        groups = set(person.get("client_groups") or []) if person else set()
        for code, box in self.language_boxes.items():
            box.blockSignals(True)
            box.setChecked(code in languages)
            box.blockSignals(False)
        for group, box in self.group_boxes.items():
            box.blockSignals(True)
            box.setChecked(group in groups)
            box.blockSignals(False)
        self.error.clear()
        self._dirty = False
        self.save_button.setEnabled(False)

    def _edited(self) -> None:
        self._dirty = True
        self.error.clear()
        next(iter(self.language_boxes.values())).setAccessibleDescription("")
        self.save_button.setEnabled(self._shown_id is not None)

    def chosen_languages(self) -> list[str]:
        return [code for code, box in self.language_boxes.items() if box.isChecked()]

    def chosen_groups(self) -> list[str]:
        return [group for group, box in self.group_boxes.items() if box.isChecked()]

    def save(self) -> None:
        if self._shown_id is None or not self._dirty:
            return
        if not self.chosen_languages():
            self.show_error("no_language")
            return
        self._dirty = False
        self.save_button.setEnabled(False)
        self.save_requested.emit(self._shown_id, self.chosen_languages(), self.chosen_groups())

    def show_error(self, code: str) -> None:
        self._dirty = True
        self.save_button.setEnabled(True)
        self.error.setText({
            "no_language": self.tr("Tick at least one service language: without one, the "
                                   "person is offered nothing."),
        }.get(code, self.tr("These skills cannot be saved.")))
        first = next(iter(self.language_boxes.values()))
        # Said where the focus goes, so a screen reader reads why.
        first.setAccessibleDescription(self.error.text())
        first.setFocus()
