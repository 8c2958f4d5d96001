"""The keyboard shortcuts (F1): a table of two columns, the keys and what they do.

(A message box with tab-separated lines left the second column ragged: a tab stop does
not reach past a long key such as "Ctrl+B / Enter / Ctrl+R / Del".)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ui.common.i18n import Retranslatable


class ShortcutsDialog(Retranslatable, QDialog):
    def __init__(self, rows: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        # A long description wraps in its own column (a narrow screen), rows growing.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAlternatingRowColors(True)
        for row, (keys, does) in enumerate(rows):
            key_item = QTableWidgetItem(keys)
            key_item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, key_item)
            self.table.setItem(row, 1, QTableWidgetItem(does))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.retranslate()
        # Wide enough for both columns unwrapped, tall enough for every row, up to the
        # screen's room.
        metrics = self.table.fontMetrics()
        widths = [max([metrics.horizontalAdvance(row[c]) for row in rows] + [0]) + 24
                  for c in range(2)]
        width = sum(widths) + 48
        height = (metrics.height() + 10) * (len(rows) + 1) + 96
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width, height = min(width, screen.width() - 80), min(height, screen.height() - 80)
        self.resize(width, height)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.setFocus()   # arrows scroll, Esc closes

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
