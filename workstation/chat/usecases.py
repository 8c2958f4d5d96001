"""The conversation of a chat or email contact: messages, the citizen's "is writing",
unsent drafts and a mail's attachments."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from workstation.contract import UserInfo, parse_time
from workstation.ids import new_id
from workstation.paths import save_attachment
from workstation.ports import Core, Submitter
from workstation.queue.rules import clean_message
from workstation.store import LocalStore

TYPING_SHOWN_SECONDS = 6


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


def chat_messages(reader: LocalStore, contact_id: str,
                  cache: dict | None = None) -> list[dict[str, Any]]:
    """The contact's messages by time; for an email, those of its whole thread (earlier
    mails and replies of the same conversation). ``cache``: see LocalStore.waiting_contacts."""
    contact = reader.get("contact", contact_id) or {}
    return reader.messages_of(contact_id, thread_id=contact.get("thread_id"), cache=cache)


def citizen_typing_at(reader: LocalStore, contact_id: str) -> datetime | None:
    """When the citizen last typed in this chat (the server's time), if ever."""
    row = reader.get("typing", contact_id) or {}
    return parse_time(row.get("citizen_at"))


def typing_until(typed_at: datetime | None,
                 messages: list[dict[str, Any]]) -> datetime | None:
    """Until when the citizen's "is writing" shows: a few seconds after their last
    keystroke, and not at all once the message they were writing has arrived (a message of
    theirs sent at or after it). None: not shown."""
    if typed_at is None:
        return None
    for message in reversed(messages):
        if message.get("sender") == "citizen":
            sent = parse_time(message.get("created_at"))
            if sent is not None and sent >= typed_at:
                return None
            break
    return typed_at + timedelta(seconds=TYPING_SHOWN_SECONDS)


def citizen_typing_until(reader: LocalStore, contact_id: str) -> datetime | None:
    """Until when the citizen's "is writing" shows in this chat (None: not at all)."""
    return typing_until(citizen_typing_at(reader, contact_id),
                        chat_messages(reader, contact_id))


def citizen_is_typing(reader: LocalStore, contact_id: str, now: datetime | None = None) -> bool:
    """Whether the citizen typed in this chat within the last few seconds, and has not
    sent what they typed."""
    until = citizen_typing_until(reader, contact_id)
    return until is not None and (now or datetime.now(UTC)) < until


def send_typing(engine: Submitter, contact_id: str) -> None:
    """Tell the citizen that the counsellor is writing (the server keeps one per 2 s)."""
    engine.submit("chat.typing", {"contact_id": contact_id})


def draft_key(contact_id: str) -> str:
    return f"chat:{contact_id}"


def save_draft(core: Core, contact_id: str, text: str) -> None:
    """Keep the reply being written, so a crash or a kill does not lose it."""
    core.save_draft(draft_key(contact_id), text)


def draft(reader: LocalStore, contact_id: str) -> str:
    return reader.draft(draft_key(contact_id))


def fetch_attachment(core: Core, inbound_id: str, index: int, name: str) -> Path:
    """Fetch a citizen's mail attachment and keep it under the data directory. Blocking
    (HTTP and disk): run it off the GUI thread."""
    return save_attachment(inbound_id, index, name, core.fetch_attachment(inbound_id, index))
