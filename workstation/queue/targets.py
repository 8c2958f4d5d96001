"""How long a contact may wait before the queue marks it: the service's answer-time targets.

The directory has no per-team target yet, so these are the defaults for every team, one
per channel (the pilot answered calls in 9 seconds on average, so a minute is already
long; see /docs/architecture.md "Waiting-time targets"):

- phone: 60 s, chat: 2 min, a walk-in visitor at the desk: 10 min, email: 4 h;
- a callback request is judged by its own promised time instead: near its due time (the
  routing rule's ``CALLBACK_URGENT_BEFORE``) it is over target, past it late.

Past the target a contact is ``OVER``; past twice the target it is ``LATE``."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from workstation.queue.routing import CALLBACK_URGENT_BEFORE

WAIT_TARGETS: dict[str, int] = {"phone": 60, "chat": 120, "walk_in": 600, "email": 4 * 3600}


class WaitLevel(IntEnum):
    OK = 0
    OVER = 1   # past the target
    LATE = 2   # past twice the target; a callback past its promised time


def wait_level(channel: str, waited_seconds: float | None, *, due_at: datetime | None = None,
               now: datetime | None = None) -> WaitLevel:
    """Where a contact that has waited ``waited_seconds`` stands against its target."""
    if channel == "callback":
        if due_at is None or now is None:
            return WaitLevel.OK
        if now >= due_at:
            return WaitLevel.LATE
        return WaitLevel.OVER if due_at - now <= CALLBACK_URGENT_BEFORE else WaitLevel.OK
    target = WAIT_TARGETS.get(channel)
    if target is None or waited_seconds is None:
        return WaitLevel.OK
    if waited_seconds >= 2 * target:
        return WaitLevel.LATE
    return WaitLevel.OVER if waited_seconds >= target else WaitLevel.OK
