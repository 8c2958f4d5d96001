"""What the workstation remembers of how a person likes it between sessions: the
high-contrast look and each user's window layout (where the docks are, the window's size).

Kept with QSettings in an INI file in the workstation's data folder (``NEUVO_DATA_DIR``
overrides it, so tests never touch a real user's settings), beside settings.json."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from workstation.paths import data_dir

HIGH_CONTRAST = "view/high_contrast"


def settings() -> QSettings:
    return QSettings(str(data_dir() / "workstation.ini"), QSettings.Format.IniFormat)


def high_contrast() -> bool:
    return bool(settings().value(HIGH_CONTRAST, False, type=bool))


def set_high_contrast(on: bool) -> None:
    s = settings()
    s.setValue(HIGH_CONTRAST, bool(on))
    s.sync()


def _layout_key(username: str) -> str:
    # One layout per user: a supervisor's docks are not a walk-in adviser's.
    safe = "".join(c if c.isalnum() else "_" for c in username.lower()) or "default"
    return f"layout/{safe}"


def window_layout(username: str) -> tuple[QByteArray | None, QByteArray | None]:
    """The saved (geometry, dock state) of the user's main window, if any."""
    s = settings()
    key = _layout_key(username)
    geometry, state = s.value(f"{key}/geometry"), s.value(f"{key}/state")
    return (geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None)


def save_window_layout(username: str, geometry: QByteArray, state: QByteArray) -> None:
    s = settings()
    key = _layout_key(username)
    s.setValue(f"{key}/geometry", geometry)
    s.setValue(f"{key}/state", state)
    s.sync()


def forget_window_layout(username: str) -> None:
    s = settings()
    s.remove(_layout_key(username))
    s.sync()
