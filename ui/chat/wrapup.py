"""The wrap-up of an ended contact: topics, client group and outcome in a few keys.

Keys while the panel has focus: 1-6 toggle a topic, Alt+letter (shown underlined) picks an
outcome, Ctrl+Enter saves. The after-contact work time runs on the panel."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.common import theme
from ui.common.i18n import Retranslatable
from ui.common.labels import client_group_name, outcome_label, topic_name
from ui.common.text import format_wait
from workstation.contract import parse_time
from workstation.queue.rules import WRAP_UP_OUTCOMES, ClientGroup, Topic


class WrapUpPanel(Retranslatable, QGroupBox):
    # contact id, topics, client group, outcome (None when not chosen)
    save_requested = Signal(str, list, str, object)

    def __init__(self, contact: dict, note: QWidget | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("wrapUp")
        self.contact = contact
        self.topics = QListWidget()
        self.topics.setObjectName("wrapUpTopics")
        for topic in Topic:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, str(topic))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.topics.addItem(item)
        self.topics.setMaximumHeight(self.topics.sizeHintForRow(0) * (len(Topic) + 1) + 8)
        self.topics.itemActivated.connect(self._toggle)
        self.group = QComboBox()
        self.group.setObjectName("wrapUpClientGroup")
        for group in ClientGroup:
            self.group.addItem("", str(group))
        index = self.group.findData(contact.get("client_group") or ClientGroup.OLDER_PEOPLE)
        self.group.setCurrentIndex(max(0, index))
        self.outcomes = QButtonGroup(self)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        outcome_box = QVBoxLayout()
        for outcome in WRAP_UP_OUTCOMES:
            button = QRadioButton()
            button.setObjectName(f"outcome_{outcome}")
            self.outcomes.addButton(button)
            self.outcome_buttons[str(outcome)] = button
            outcome_box.addWidget(button)
        self.group_label = QLabel()
        self.topics_label = QLabel()
        self.outcome_label = QLabel()
        self.acw = QLabel()
        self.acw.setObjectName("wrapUpTime")
        self.error = QLabel()
        self.error.setObjectName("wrapUpError")
        theme.set_tone(self.error, "error")
        self.save_button = QPushButton()
        self.save_button.setObjectName("wrapUpSave")
        self.save_button.clicked.connect(self.save)

        form = QFormLayout()
        form.addRow(self.topics_label, self.topics)
        form.addRow(self.group_label, self.group)
        form.addRow(self.outcome_label, outcome_box)
        self.topics_label.setBuddy(self.topics)
        self.group_label.setBuddy(self.group)
        bottom = QHBoxLayout()
        bottom.addWidget(self.acw)
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        # The contact's note (ui/chat/view.py: NoteBox), saved with the wrap-up.
        self.note = note
        if note is not None:
            layout.addWidget(note)
        layout.addLayout(bottom)

        # 1-6 toggle topics, Ctrl+Enter saves, while focus is anywhere in the panel.
        for n in range(len(Topic)):
            shortcut = QShortcut(QKeySequence(str(n + 1)), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda row=n: self._toggle(self.topics.item(row)))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            save = QShortcut(QKeySequence(keys), self)
            save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            save.activated.connect(self.save)
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self._tick)
        self.clock.start()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Wrap-up"))
        self.setAccessibleName(self.tr("Wrap-up"))
        self.topics_label.setText(self.tr("T&opics (1–6)"))
        self.topics.setAccessibleName(self.tr("Topics"))
        self.topics.setToolTip(self.tr("Number keys 1–6 or Space tick a topic"))
        for row in range(self.topics.count()):
            item = self.topics.item(row)
            item.setText(f"{row + 1}  {topic_name(item.data(Qt.ItemDataRole.UserRole))}")
        self.group_label.setText(self.tr("Client &group"))
        self.group.setAccessibleName(self.tr("Client group"))
        for i in range(self.group.count()):
            self.group.setItemText(i, client_group_name(self.group.itemData(i)))
        self.outcome_label.setText(self.tr("Outcome"))
        for outcome, button in self.outcome_buttons.items():
            button.setText(outcome_label(outcome))
        self.save_button.setText(self.tr("Save wrap-up"))
        self.save_button.setToolTip(self.tr("Save the wrap-up and get ready for the next "
                                            "contact (Ctrl+Enter)"))
        self._tick()

    def _toggle(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        self.topics.setCurrentItem(item)
        self.error.clear()

    def _tick(self) -> None:
        ended = parse_time(self.contact.get("closed_at"))
        seconds = (datetime.now(UTC) - ended).total_seconds() if ended else 0
        self.acw.setText(self.tr("After-contact work %1").replace("%1", format_wait(seconds)))

    def chosen_topics(self) -> list[str]:
        return [self.topics.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.topics.count())
                if self.topics.item(r).checkState() == Qt.CheckState.Checked]

    def chosen_outcome(self) -> str | None:
        for outcome, button in self.outcome_buttons.items():
            if button.isChecked():
                return outcome
        return None

    def show_error(self, code: str) -> None:
        self.error.setText({
            "no_topic": self.tr("Choose at least one topic (1–6)."),
            "no_outcome": self.tr("Choose the outcome."),
            "note_too_long": self.tr("Shorten the note first."),
        }.get(code, code))
        if code == "note_too_long" and self.note is not None:
            self.note.setFocus()
            return
        (self.topics if code == "no_topic" else self.outcome_buttons["resolved"]).setFocus()

    def save(self) -> None:
        self.save_requested.emit(self.contact["id"], self.chosen_topics(),
                                 self.group.currentData(), self.chosen_outcome())

    def focus(self) -> None:
        self.topics.setFocus()
        if self.topics.currentRow() < 0:
            self.topics.setCurrentRow(0)
