"""How a contact's times and details read on screen: waiting times, a callback's window,
the screen pop of a phone call."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from workstation.contract import parse_time
from workstation.queue.usecases import QueueCount, waiting_since

__all__ = ["due_text", "format_wait", "queue_count_parts", "screen_pop_lines", "waiting_since",
           "waiting_text", "window_text"]


def format_wait(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds >= 3600:
        return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    return f"{seconds // 60}:{seconds % 60:02d}"


def queue_count_parts(count: QueueCount) -> tuple[str, str]:
    """How many wait now, and how many callbacks are listed for later ("" when none): the
    queue dock and the team view say the same."""
    waiting = QCoreApplication.translate("QueueModel", "%n contact(s) waiting", "",
                                         count.waiting)
    later = QCoreApplication.translate("QueueModel", "%n callback(s) later", "",
                                       count.later) if count.later else ""
    return waiting, later


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
    """A callback request's window, as the counsellor reads it in the queue ("call
    13:00–14:00")."""
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


def window_text(contact: dict[str, Any]) -> str:
    """A callback request's window alone ("13:00–14:00", "by 14:00"), for a label that
    already says what the times are."""
    due = parse_time(contact.get("due_at"))
    if due is None:
        return ""
    start = parse_time(contact.get("window_start"))
    local_due = due.astimezone().strftime("%H:%M")
    if start is not None:
        return f"{start.astimezone():%H:%M}–{local_due}"
    return QCoreApplication.translate("QueueModel", "by %1").replace("%1", local_due)


def waiting_text(contact: dict[str, Any], since: datetime | None, now: datetime) -> str:
    """The queue's waiting cell: how long the contact has waited, or, for a callback whose
    window has not opened yet (booked for later, or tried and due again), from when."""
    if since is None:
        return ""
    if since > now:
        return QCoreApplication.translate("QueueModel", "from %1").replace(
            "%1", since.astimezone().strftime("%H:%M"))
    return format_wait((now - since).total_seconds())
