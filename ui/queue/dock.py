"""The queue dock: the waiting contacts of the whole region, newest last."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.common import theme
from ui.common.i18n import Retranslatable
from ui.common.labels import channel_name
from ui.common.text import queue_count_parts
from ui.queue.model import COLUMNS, ContactRole, QueueModel
from workstation.queue.usecases import count_queue


class OfferBar(Retranslatable, QFrame):
    """The contact the server offers me: F2 accepts, F3 declines."""

    accept_requested = Signal(str)
    decline_requested = Signal(str)

    def __init__(self, model: QueueModel, parent=None):
        super().__init__(parent)
        self.setObjectName("offerBar")
        self.model = model
        self.contact: dict | None = None
        self.text = QLabel()
        self.text.setObjectName("offerText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        # The subject and the handover note, one line each, elided to the dock's width.
        self.detail = QLabel()
        self.detail.setObjectName("offerDetail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._detail_lines: list[str] = []
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("offerAccept")
        self.accept_button.clicked.connect(self._accept)
        theme.set_role(self.accept_button, "primary")
        self.decline_button = QPushButton()
        self.decline_button.setObjectName("offerDecline")
        self.decline_button.clicked.connect(self._decline)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.decline_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.accept_button.setText(self.tr("Accept (F2)"))
        self.accept_button.setToolTip(self.tr("Accept the offered contact (F2)"))
        self.decline_button.setText(self.tr("Decline (F3)"))
        self.decline_button.setToolTip(self.tr("Decline: the contact goes to the next "
                                               "counsellor (F3)"))
        self.set_offer(self.contact)

    def set_offer(self, contact: dict | None) -> None:
        self.contact = contact
        self.setVisible(contact is not None)
        if contact is None:
            return
        code = contact.get("municipality_code") or ""
        parts = [channel_name(contact.get("channel", "")),
                 (contact.get("language") or "").upper(),
                 self.model.municipality_names.get(code, code)]
        self.text.setText(self.tr("Offered to you: %1").replace(
            "%1", " · ".join(p for p in parts if p)))
        self._detail_lines = [self.model.subject_text(contact)]
        if contact.get("handover_note"):
            self._detail_lines.append(self.tr("Handover note: %1").replace(
                "%1", contact["handover_note"]))
        self._elide()
        full = "\n".join([self.text.text(), *self._detail_lines])
        self.setToolTip(full)
        self.setAccessibleName(full)

    def _elide(self) -> None:
        width = max(100, self.detail.width())
        metrics = self.detail.fontMetrics()
        self.detail.setText("\n".join(
            metrics.elidedText(line.replace("\n", " "), Qt.TextElideMode.ElideRight, width)
            for line in self._detail_lines))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _accept(self) -> None:
        if self.contact:
            self.accept_requested.emit(self.contact["id"])

    def _decline(self) -> None:
        if self.contact:
            self.decline_requested.emit(self.contact["id"])


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
        self.view.setIconSize(QSize(18, 18))   # the channel's icon
        header = self.view.horizontalHeader()
        # Widths are computed from the texts (fit_columns), not per row: ResizeToContents
        # would measure every row on every change, which a 1,000-contact queue cannot afford.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.activated.connect(self._activated)
        self.summary = QLabel()
        self.summary.setObjectName("queueSummary")
        self.offer = OfferBar(model)
        self.offer.accept_requested.connect(self.accept_requested)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.offer)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        self.setWidget(body)
        # Counted once per turn of the event loop, however many rows one update touched.
        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(0)
        self._summary_timer.timeout.connect(self._update_summary)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(lambda *_: self._summary_timer.start())
        model.dataChanged.connect(self._row_changed)
        self._next_opening: datetime | None = None   # a listed callback starts waiting
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(model.tick)
        self.clock.timeout.connect(self._tick)
        self.clock.start()
        self.retranslate()


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Regional queue"))
        self.view.setAccessibleName(self.tr("Waiting contacts"))
        self.view.setToolTip(self.tr("Enter or F2 accepts the selected contact"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)
        self.model.relabel()   # channel names and the like, in the new language
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
            "waiting": ["! 0:00:00", QCoreApplication.translate("QueueModel", "from %1")
                        .replace("%1", "00:00")],
        }
        for column, texts in samples.items():
            n = COLUMNS.index(column)
            title = str(self.model.headerData(n, Qt.Orientation.Horizontal))
            width = max([metrics.horizontalAdvance(t) for t in texts]
                        + [header_metrics.horizontalAdvance(title) + 8])
            if column == "channel":   # and its icon
                width += self.view.iconSize().width() + 6
            self.view.setColumnWidth(n, width + 24)   # the cells' padding too

    def _update_summary(self, *args) -> None:
        """Counted as the team view counts it (queue.count_queue): a callback listed for
        later is not waiting yet."""
        count = count_queue(self.model.rows, datetime.now(UTC), self.model.since_of)
        self._next_opening = count.next_opening
        self.summary.setText(" · ".join(p for p in queue_count_parts(count) if p))

    def _row_changed(self, _top, _bottom, roles=()) -> None:
        # The clock's repaint of the waiting column changes no count; an edited row may.
        if [int(r) for r in roles] != [int(Qt.ItemDataRole.DisplayRole)]:
            self._summary_timer.start()

    def _tick(self) -> None:
        if self._next_opening is not None and datetime.now(UTC) >= self._next_opening:
            self._update_summary()

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
