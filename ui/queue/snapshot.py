"""What the desk shows of the queue, as one read: the waiting contacts (the one offered to
me first), my open contacts and my offer. Read by the store reader, off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workstation.contract import UserInfo
from workstation.queue import usecases
from workstation.store import LocalStore


@dataclass
class QueueSnapshot:
    waiting: list[dict[str, Any]] = field(default_factory=list)
    mine: list[dict[str, Any]] = field(default_factory=list)   # open + awaiting wrap-up
    offer: dict[str, Any] | None = None


def read_snapshot(reader: LocalStore, me: UserInfo, cache: dict | None = None) -> QueueSnapshot:
    waiting, mine = usecases.desk_contacts(reader, me, cache)
    waiting = usecases.offered_first(waiting, me.id)
    offer = waiting[0] if waiting and waiting[0].get("offered_to") == me.id else None
    return QueueSnapshot(waiting=waiting, mine=mine, offer=offer)
