"""The queue at a glance, worked out from one read of the queue (no Qt): how many wait in
each channel and language, since when the longest has waited in each channel, and which
contacts were handed over to me or my team."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ui.common.text import waiting_since
from workstation.queue.usecases import QueueCount, count_queue

CHANNELS = ("phone", "chat", "callback", "email", "walk_in")


@dataclass
class ChannelGlance:
    waiting: int = 0
    oldest: datetime | None = None          # since when the longest wait has lasted
    oldest_contact: dict[str, Any] | None = None


@dataclass
class Glance:
    total: int = 0                          # listed, as the queue lists them
    count: QueueCount = field(default_factory=QueueCount)   # waiting now / callbacks later
    channels: dict[str, ChannelGlance] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)
    transfers: list[dict[str, Any]] = field(default_factory=list)


def glance(waiting: list[dict[str, Any]], *, now: datetime, user_id: str,
           team_id: str | None) -> Glance:
    """``waiting``: the queue as read. A callback whose window has not opened is listed in
    its channel but has no wait yet (as in the queue's own column); the headline count is
    the queue's one count (``count_queue``), so the page and the queue dock agree."""
    out = Glance(total=len(waiting), count=count_queue(waiting, now),
                 channels={c: ChannelGlance() for c in CHANNELS})
    for row in waiting:
        channel = row.get("channel") or ""
        per = out.channels.setdefault(channel, ChannelGlance())
        per.waiting += 1
        since = waiting_since(row)
        if since is not None and since <= now and (per.oldest is None or since < per.oldest):
            per.oldest, per.oldest_contact = since, row
        language = (row.get("language") or "").lower()
        out.languages[language] = out.languages.get(language, 0) + 1
        if row.get("handed_over_by") and row.get("handed_over_by") != user_id and (
                row.get("offered_to") == user_id
                or (team_id is not None and row.get("team_id") == team_id)):
            out.transfers.append(row)
    return out
