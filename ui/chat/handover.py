"""Handing a contact to a colleague or a team, with a note (a warm handover)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from ui.common import theme
from ui.common.i18n import Retranslatable
from ui.common.labels import presence_name


class HandoverDialog(Retranslatable, QDialog):
    def __init__(self, people: list[dict], teams: list[dict], parent=None):
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.people = people
        self.teams = teams
        self.to = QComboBox()
        self.to.setObjectName("handoverTarget")
        self.note = QPlainTextEdit()
        self.note.setObjectName("handoverNote")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.to_label = QLabel()
        self.to_label.setBuddy(self.to)
        self.note_label = QLabel()
        self.note_label.setBuddy(self.note)
        self.error = QLabel()
        theme.set_tone(self.error, "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.to_label, self.to)
        form.addRow(self.note_label, self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.to.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand over the contact"))
        self.to_label.setText(self.tr("&To"))
        self.to.setAccessibleName(self.tr("Colleague or team"))
        self.note_label.setText(self.tr("&Note"))
        self.note.setAccessibleName(self.tr("Note for the colleague"))
        self.note.setPlaceholderText(self.tr("What the colleague should know (Tab moves on)"))
        current = self.to.currentData()
        self.to.clear()
        for person in self.people:
            langs = ", ".join(code.upper() for code in person.get("languages", []))
            self.to.addItem(f"{person['display_name']} ({langs}) — "
                            f"{presence_name(person['presence'])}", ("user", person["id"]))
        for team in self.teams:
            self.to.addItem(self.tr("Team: %1").replace("%1", team["name"]),
                            ("team", team["id"]))
        if current is not None:
            self.to.setCurrentIndex(max(0, self.to.findData(current)))

    def target(self) -> tuple[str, str] | None:
        data = self.to.currentData()
        return tuple(data) if data else None  # type: ignore[return-value]

    def _check(self) -> None:
        if self.target() is None:
            self.error.setText(self.tr("There is nobody to hand the contact to."))
            return
        self.accept()
