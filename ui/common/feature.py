"""A subject of the workstation (the queue, the contacts, the walk-in day, canned replies,
the team) and what the window shares with every subject.

A feature owns its docks, actions and dialogs, and talks to the core through the use
cases of its subject in ``workstation/``; the main window only composes the features and
puts their actions into its menus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from ui.common.background import StoreReader
from workstation.contract import UserInfo
from workstation.domain import QUEUE_ROLES
from workstation.ports import Core
from workstation.store import LocalStore


@dataclass
class Desk:
    """The window's shared services, handed to each feature."""

    window: QMainWindow
    user: UserInfo
    reader: LocalStore                 # the GUI thread's read-only store (small reads only)
    core: Core                         # edits and the writer's jobs (the sync worker)
    store_reader: StoreReader          # bulk reads, off the GUI thread
    municipality_names: dict[str, str]  # code -> name in the UI language, kept current
    online: Callable[[], bool]

    @property
    def takes_contacts(self) -> bool:
        """Whether the user works the queue (counsellors, walk-in advisers, supervisors):
        only they have the queue, presence and the walk-in day (the server syncs the queue
        scope to them alone). A professional answers consultations instead."""
        return self.user.role in QUEUE_ROLES

    def say(self, text: str, ms: int = 5000) -> None:
        """A message in the status bar."""
        self.window.statusBar().showMessage(text, ms)


class Feature(QObject):
    def __init__(self, desk: Desk):
        super().__init__(desk.window)
        self.desk = desk
        self.user = desk.user

    def action(self, name: str, shortcut: str | None, slot, *,
               visible: bool = True) -> QAction:
        """An action of the window, its shortcut working wherever the focus is."""
        action = QAction(self.desk.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        action.setVisible(visible)
        self.desk.window.addAction(action)
        return action

    def retranslate(self) -> None:
        """Texts in the current language (the window calls this on a language change)."""

    def records_changed(self, entities: set[str]) -> None:
        """The sync worker wrote records of these entities."""

    def refresh(self) -> None:
        """Read everything anew (at start, and after the server refused a change)."""


def set_action_text(action: QAction, text: str) -> None:
    """The action's text, and a tooltip that names its shortcut."""
    action.setText(text)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    plain = text.replace("&", "")
    action.setToolTip(f"{plain} ({keys})" if keys else plain)
