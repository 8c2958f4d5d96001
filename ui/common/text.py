"""How a contact's times and details read on screen: waiting times, a callback's window,
the screen pop of a phone call."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from workstation.contract import parse_time


def format_wait(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds >= 3600:
        return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    return f"{seconds // 60}:{seconds % 60:02d}"


def waiting_since(contact: dict[str, Any]) -> datetime | None:
    """Since when a contact has waited: its arrival, a callback's window opening (which may
    be still ahead: then it is not waiting for anyone yet)."""
    if contact.get("channel") == "callback" and contact.get("window_start"):
        return parse_time(contact["window_start"])
    return parse_time(contact.get("created_at"))


def screen_pop_lines(contact: dict[str, Any]) -> list[str]:
    """One line per client the caller's number matched: the client, or the client and
    which relative of theirs has this number."""
    lines = []
    for c in contact.get("candidates") or []:
        if c.get("relation"):
            lines.append(QCoreApplication.translate("QueueModel", "%1 (relative: %2, %3)")
                         .replace("%1", c.get("name", "")).replace("%2", c.get("relative_name", ""))
                         .replace("%3", c.get("relation", "")))
        else:
            lines.append(c.get("name", ""))
    return lines


def due_text(contact: dict[str, Any]) -> str:
    """A callback request's window, as the counsellor reads it in the queue."""
    due = parse_time(contact.get("due_at"))
    if due is None:
        return ""
    start = parse_time(contact.get("window_start"))
    local_due = due.astimezone()
    if start is not None:
        return QCoreApplication.translate("QueueModel", "call %1–%2").replace(
            "%1", start.astimezone().strftime("%H:%M")).replace("%2", local_due.strftime("%H:%M"))
    return QCoreApplication.translate("QueueModel", "call by %1").replace(
        "%1", local_due.strftime("%H:%M"))
