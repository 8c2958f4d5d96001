"""Canned replies: pick one into the reply (Ctrl+K), and the team's list to manage them.

Placeholders in a text: {name} becomes the citizen's first name, {counsellor} mine."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ui.common import theme
from ui.common.i18n import Retranslatable
from ui.common.labels import service_language_name


def fill_placeholders(text: str, *, citizen_name: str, counsellor_name: str) -> str:
    first = (citizen_name or "").split()
    mine = (counsellor_name or "").split()
    return text.replace("{name}", first[0] if first else "").replace(
        "{counsellor}", mine[0] if mine else "")


class CannedPicker(Retranslatable, QDialog):
    """Type to filter, arrows to move, Enter to insert."""

    chosen = Signal(str)

    def __init__(self, replies: list[dict], parent=None):
        super().__init__(parent)
        self.setObjectName("cannedPicker")
        self.replies = replies
        self.filter = QLineEdit()
        self.filter.setObjectName("cannedFilter")
        self.list = QListWidget()
        self.list.setObjectName("cannedList")
        self.preview = QLabel()
        self.preview.setObjectName("cannedPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty = QLabel()
        self.empty.setObjectName("cannedEmpty")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.preview)
        self.filter.textChanged.connect(self._fill)
        self.filter.returnPressed.connect(self._choose)
        self.list.itemActivated.connect(self._choose)
        self.list.currentItemChanged.connect(self._preview)
        self.filter.installEventFilter(self)
        self.retranslate()
        self._fill()
        self._fit()
        self.filter.setFocus()

    # Rows the list shows before it scrolls; lines the preview keeps for a reply's text.
    VISIBLE_ROWS = 8
    PREVIEW_LINES = 4

    def _fit(self) -> None:
        """As big as the team's replies need, no bigger: the list as tall as its rows (up
        to VISIBLE_ROWS; the filter only shortens it), the preview a few lines, the width
        a reply's title and a comfortable line of its text. (A fixed 520x420 left a
        three-reply list mostly empty over the conversation.)"""
        rows = max(1, min(len(self.replies), self.VISIBLE_ROWS))
        row_height = self.list.sizeHintForRow(0) if self.list.count() else \
            self.list.fontMetrics().height() + 4
        frame = 2 * self.list.frameWidth()
        self.list.setFixedHeight(rows * row_height + frame)
        self.preview.setFixedHeight(self.preview.fontMetrics().lineSpacing()
                                    * self.PREVIEW_LINES)
        metrics = self.fontMetrics()
        widest = max([metrics.horizontalAdvance(r["title"]) for r in self.replies] + [0])
        self.filter.setMinimumWidth(max(340, min(widest + 60, 460)))
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Canned replies"))
        self.filter.setPlaceholderText(self.tr("Type to search; Enter inserts, Esc closes"))
        self.filter.setAccessibleName(self.tr("Search canned replies"))
        self.list.setAccessibleName(self.tr("Canned replies"))
        self.preview.setAccessibleName(self.tr("Canned reply text"))
        self.empty.setText(self.tr("No canned replies in this language. A team member can "
                                   "add them under Contact → Manage canned replies."))

    def eventFilter(self, watched, event) -> bool:
        # Up and down move in the list while typing in the filter.
        if watched is self.filter and event.type() == event.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.list.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.list.count():
                self.list.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def _fill(self) -> None:
        words = self.filter.text().casefold().split()
        self.list.clear()
        for reply in self.replies:
            haystack = f"{reply['title']} {reply['text']}".casefold()
            if all(w in haystack for w in words):
                item = QListWidgetItem(reply["title"])
                item.setData(Qt.ItemDataRole.UserRole, reply["text"])
                self.list.addItem(item)
        self.empty.setVisible(not self.replies)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.preview.clear()

    def _preview(self, item: QListWidgetItem | None) -> None:
        self.preview.setText(item.data(Qt.ItemDataRole.UserRole) if item else "")

    def _choose(self, *_args) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
            self.accept()


class CannedManager(Retranslatable, QDialog):
    """The team's canned replies: add, change, remove (changes sync like any edit)."""

    save_requested = Signal(dict)    # id (or ""), language, title, text
    delete_requested = Signal(str)   # id

    def __init__(self, replies: list[dict], parent=None):
        super().__init__(parent)
        self.setObjectName("cannedManager")
        self.replies = replies
        self.current_id = ""
        self.list = QListWidget()
        self.list.setObjectName("cannedManagerList")
        self.language = QComboBox()
        self.language.addItem("", "fi")
        self.language.addItem("", "sv")
        self.title = QLineEdit()
        self.title.setObjectName("cannedTitle")
        self.title.setMaxLength(100)
        self.text = QPlainTextEdit()
        self.text.setObjectName("cannedText")
        self.text.setTabChangesFocus(True)
        self.error = QLabel()
        theme.set_tone(self.error, "error")
        self.language_label, self.title_label, self.text_label = QLabel(), QLabel(), QLabel()
        self.language_label.setBuddy(self.language)
        self.title_label.setBuddy(self.title)
        self.text_label.setBuddy(self.text)
        self.new_button = QPushButton()
        self.save_button = QPushButton()
        self.delete_button = QPushButton()
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.title_label, self.title)
        form.addRow(self.text_label, self.text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.error)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.close_buttons)
        self.list.currentItemChanged.connect(self._show)
        self.new_button.clicked.connect(self._new)
        self.save_button.clicked.connect(self._save)
        self.delete_button.clicked.connect(self._delete)
        self.resize(760, 420)
        self.retranslate()
        self.set_replies(replies)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The team's canned replies"))
        self.list.setAccessibleName(self.tr("Canned replies"))
        for i in range(self.language.count()):
            self.language.setItemText(i, service_language_name(self.language.itemData(i)))
        self.language_label.setText(self.tr("&Language"))
        self.title_label.setText(self.tr("&Title"))
        self.text_label.setText(self.tr("Te&xt"))
        self.text.setPlaceholderText(self.tr("{name} is replaced by the citizen's first name, "
                                             "{counsellor} by yours."))
        self.new_button.setText(self.tr("&New"))
        self.save_button.setText(self.tr("&Save"))
        self.delete_button.setText(self.tr("&Remove"))

    def set_replies(self, replies: list[dict]) -> None:
        self.replies = replies
        keep = self.current_id
        self.list.blockSignals(True)
        self.list.clear()
        for reply in replies:
            item = QListWidgetItem(f"{reply['language'].upper()} · {reply['title']}")
            item.setData(Qt.ItemDataRole.UserRole, reply)
            self.list.addItem(item)
            if reply["id"] == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.delete_button.setEnabled(bool(self.current_id))

    def _show(self, item: QListWidgetItem | None) -> None:
        reply = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.current_id = reply["id"] if reply else ""
        self.language.setCurrentIndex(max(0, self.language.findData(
            reply["language"] if reply else "fi")))
        self.title.setText(reply["title"] if reply else "")
        self.text.setPlainText(reply["text"] if reply else "")
        self.delete_button.setEnabled(bool(reply))
        self.error.clear()

    def _new(self) -> None:
        self.list.setCurrentItem(None)
        self._show(None)
        self.title.setFocus()

    def _save(self) -> None:
        title, text = self.title.text().strip(), self.text.toPlainText().strip()
        if not title or not text:
            self.error.setText(self.tr("Write a title and a text."))
            (self.title if not title else self.text).setFocus()
            return
        self.error.clear()
        self.save_requested.emit({"id": self.current_id, "language": self.language.currentData(),
                                  "title": title, "text": text})

    def _delete(self) -> None:
        if self.current_id:
            self.delete_requested.emit(self.current_id)
            self._new()
