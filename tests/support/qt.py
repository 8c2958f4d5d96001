"""Helpers for the Qt tests."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget


def active_dialog(name: str) -> QWidget | None:
    """The visible top-level window with this object name (a dialog the test opened by
    key), or None."""
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    return None
