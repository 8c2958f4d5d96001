"""Calling a citizen back: each try is recorded; the third failed one closes the request."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from workstation.contract import UserInfo
from workstation.ports import Submitter, plain
from workstation.queue.rules import MAX_CALLBACK_ATTEMPTS, CallbackResult, ContactStatus
from workstation.store import LocalStore


def record_callback_attempt(engine: Submitter, reader: LocalStore, contact_id: str,
                            result: str, me: UserInfo) -> str | None:
    """Record one try to call a citizen back. Returns the request's status afterwards as
    the server will decide it: "accepted" (reached), "waiting" (tried again later) or
    "closed" (the third failed try); None when there is nothing to record."""
    contact = reader.get("contact", contact_id)
    if contact is None or contact.get("status") != ContactStatus.ACCEPTED \
            or contact.get("channel") != "callback":
        return None
    result = str(CallbackResult(result))
    now = datetime.now(UTC).isoformat()
    attempts = [*(contact.get("attempts") or []),
                {"at": now, "by": me.id, "by_name": me.display_name, "result": result}]
    failed = sum(1 for a in attempts if a["result"] != CallbackResult.REACHED)
    changes: dict[str, Any] = {"attempts": attempts}
    if result == CallbackResult.REACHED:
        status = ContactStatus.ACCEPTED
    elif failed >= MAX_CALLBACK_ATTEMPTS:
        status = ContactStatus.CLOSED
        changes |= {"status": status, "outcome": "unreached", "closed_at": now,
                    "wrapped_up_at": now}
    else:
        status = ContactStatus.WAITING
        changes |= {"status": status, "accepted_by": None, "accepted_by_name": None}
    engine.submit("callback.attempt", {"contact_id": contact_id, "result": result},
                  optimistic=[("contact", contact_id, plain(contact) | changes)])
    return str(status)
