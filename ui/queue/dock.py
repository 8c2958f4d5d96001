"""The queue dock: the waiting contacts of the whole region, newest last."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Retranslatable
from ui.queue.model import COLUMNS, ContactRole, QueueModel, channel_name


class QueueDock(Retranslatable, QDockWidget):
    accept_requested = Signal(str)  # contact id

    def __init__(self, model: QueueModel, parent=None):
        super().__init__(parent)
        self.setObjectName("queueDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.model = model
        self.view = QTableView()
        self.view.setObjectName("queueView")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        # Widths are computed from the texts (fit_columns), not per row: ResizeToContents
        # would measure every row on every change, which a 1,000-contact queue cannot afford.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.activated.connect(self._activated)
        self.summary = QLabel()
        self.summary.setObjectName("queueSummary")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        self.setWidget(body)
        model.rowsInserted.connect(self._update_summary)
        model.rowsRemoved.connect(self._update_summary)
        model.modelReset.connect(self._update_summary)
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(model.tick)
        self.clock.start()
        self.retranslate()


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Regional queue"))
        self.view.setAccessibleName(self.tr("Waiting contacts"))
        self.view.setToolTip(self.tr("Enter or F2 accepts the selected contact"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)
        self._update_summary()
        self.fit_columns()

    def fit_columns(self) -> None:
        """Size the fixed columns to their longest possible text in this language."""
        metrics = self.view.fontMetrics()
        header_metrics = self.view.horizontalHeader().fontMetrics()
        samples = {
            "channel": [channel_name(c) for c in ("phone", "chat", "email", "callback",
                                                  "walk_in")],
            "language": ["FI", "SV"],
            "municipality": list(self.model.municipality_names.values()) or ["Uusikaupunki"],
            "waiting": ["0:00:00"],
        }
        for column, texts in samples.items():
            n = COLUMNS.index(column)
            title = str(self.model.headerData(n, Qt.Orientation.Horizontal))
            width = max([metrics.horizontalAdvance(t) for t in texts]
                        + [header_metrics.horizontalAdvance(title) + 8])
            self.view.setColumnWidth(n, width + 16)

    def _update_summary(self, *args) -> None:
        n = self.model.rowCount()
        self.summary.setText(self.tr("%n contact(s) waiting", "", n))

    def _activated(self, index) -> None:
        contact = self.model.data(index, ContactRole)
        if contact:
            self.accept_requested.emit(contact["id"])

    def selected_contact_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            contact = self.model.data(rows[0], ContactRole)
            return contact["id"] if contact else None
        return None
