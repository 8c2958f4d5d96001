"""What a counsellor does with the queue, as local edits handed to the sync engine.

Each use case validates first (so a bad edit never reaches the outbox), then submits the
mutation with its optimistic rows: the counsellor sees the result at once, online or not."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Protocol

from workstation.contract import UserInfo
from workstation.domain import Presence
from workstation.ids import new_id
from workstation.queue.rules import ContactStatus, clean_message
from workstation.store import LocalStore


class Submitter(Protocol):
    def submit(self, name: str, args: dict, optimistic=(), base_version=None, done=None): ...


def _plain(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if not k.startswith("_")}


def waiting_contacts(reader: LocalStore) -> list[dict[str, Any]]:
    return reader.all("contact", "json_extract(j, '$.status') = 'waiting'",
                      order="json_extract(j, '$.priority') DESC, json_extract(j, '$.created_at')")


def my_open_contacts(reader: LocalStore, me: UserInfo) -> list[dict[str, Any]]:
    return reader.all("contact", "json_extract(j, '$.status') = 'accepted' AND "
                      "json_extract(j, '$.accepted_by') = :me", {"me": me.id},
                      order="json_extract(j, '$.accepted_at')")


def next_waiting(reader: LocalStore, me: UserInfo) -> dict[str, Any] | None:
    """The contact a counsellor should take next: the oldest waiting one in a language they
    speak (priority first), preferring their home municipality's."""
    langs = set(me.languages or ["fi"])
    candidates = [c for c in waiting_contacts(reader) if c.get("language") in langs]
    if not candidates:
        return None
    top = max(c.get("priority", 0) for c in candidates)
    candidates = [c for c in candidates if c.get("priority", 0) == top]
    home = [c for c in candidates if c.get("municipality_code") == me.municipality_code]
    return (home or candidates)[0]


def accept_contact(engine: Submitter, reader: LocalStore, contact_id: str, me: UserInfo) -> bool:
    contact = reader.get("contact", contact_id)
    if contact is None or contact.get("status") != ContactStatus.WAITING:
        return False
    now = datetime.now(UTC).isoformat()
    optimistic = _plain(contact) | {"status": ContactStatus.ACCEPTED, "accepted_by": me.id,
                                    "accepted_by_name": me.display_name, "accepted_at": now}
    engine.submit("contact.accept", {"contact_id": contact_id},
                  optimistic=[("contact", contact_id, optimistic)])
    return True


def close_contact(engine: Submitter, reader: LocalStore, contact_id: str) -> bool:
    contact = reader.get("contact", contact_id)
    if contact is None or contact.get("status") == ContactStatus.CLOSED:
        return False
    optimistic = _plain(contact) | {"status": ContactStatus.CLOSED,
                                    "closed_at": datetime.now(UTC).isoformat()}
    engine.submit("contact.close", {"contact_id": contact_id},
                  optimistic=[("contact", contact_id, optimistic)])
    return True


def send_chat_message(engine: Submitter, contact_id: str, text: str, me: UserInfo) -> str:
    """Raises ``InvalidMessage`` for an empty or over-long message: nothing is queued."""
    text = clean_message(text)
    message_id = new_id()
    optimistic = {"id": message_id, "contact_id": contact_id, "sender": "counsellor",
                  "author_id": me.id, "author_name": me.display_name, "text": text,
                  "created_at": datetime.now(UTC).isoformat()}
    engine.submit("chat.send", {"id": message_id, "contact_id": contact_id, "text": text},
                  optimistic=[("chat_message", message_id, optimistic)])
    return message_id


def chat_messages(reader: LocalStore, contact_id: str) -> list[dict[str, Any]]:
    return reader.all("chat_message", "json_extract(j, '$.contact_id') = :c", {"c": contact_id},
                      order="json_extract(j, '$.created_at')")


def set_presence(engine: Submitter, me: UserInfo, state: Presence) -> None:
    engine.submit("presence.set", {"state": str(state)},
                  optimistic=[("presence", me.id, {"user_id": me.id, "state": str(state),
                                                   "since": datetime.now(UTC).isoformat()})])
