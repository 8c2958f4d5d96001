"""Queue entities on the sync protocol (scope ``queue``, urgent: they carry their payload
on the event stream so a new contact reaches the counsellor without a pull)."""

from __future__ import annotations

from sqlalchemy.orm import object_session

from server.directory.models import User
from server.queue.models import ChatMessage, Contact, PresenceState, TypingState
from server.sync.registry import EntityType, register_entity


def iso_or_none(value):
    return value.isoformat() if value else None


def serialize_contact(c: Contact) -> dict:
    session = object_session(c)
    accepted_by = session.get(User, c.accepted_by) if session and c.accepted_by else None
    return {
        "id": c.id, "channel": c.channel, "status": c.status, "language": c.language,
        "municipality_code": c.municipality_code, "client_group": c.client_group,
        "priority": c.priority, "subject": c.subject, "citizen_name": c.citizen_name,
        "client_id": c.client_id, "created_at": iso_or_none(c.created_at),
        "accepted_by": c.accepted_by, "accepted_by_name": accepted_by.display_name if accepted_by else None,
        "accepted_at": iso_or_none(c.accepted_at), "closed_at": iso_or_none(c.closed_at),
        "caller_number": c.caller_number, "answered_at": iso_or_none(c.answered_at),
        "outcome": c.outcome, "candidates": c.candidates or [],
        "offered_to": c.offered_to, "offered_at": iso_or_none(c.offered_at),
        "first_offered_at": iso_or_none(c.first_offered_at), "team_id": c.team_id,
        "answer_seconds": c.answer_seconds, "handed_over_by": c.handed_over_by,
        "handover_note": c.handover_note, "topics": c.topics or [],
        "wrapped_up_at": iso_or_none(c.wrapped_up_at), "acw_seconds": c.acw_seconds,
        "window_start": iso_or_none(c.window_start), "due_at": iso_or_none(c.due_at),
        "attempts": c.attempts or [],
        "email_address": c.email_address, "service_address": c.service_address,
        "thread_id": c.thread_id,
    }


def serialize_message(m: ChatMessage) -> dict:
    return {"id": m.id, "contact_id": m.contact_id, "sender": m.sender,
            "author_id": m.author_id, "author_name": m.author_name, "text": m.text,
            "created_at": iso_or_none(m.created_at), "delivery": m.delivery,
            "delivery_error": m.delivery_error, "notes": m.notes or []}


register_entity(EntityType(
    name="contact", scope="queue", urgent=True, serialize=serialize_contact,
    municipality_of=lambda c: c.municipality_code, group_of=lambda c: c.id,
))
def _chat_handler(m: ChatMessage) -> str | None:
    """Once a counsellor has taken a chat, its messages go to them alone, not the region."""
    session = object_session(m)
    contact = session.get(Contact, m.contact_id) if session else None
    return contact.accepted_by if contact is not None else None


register_entity(EntityType(
    name="chat_message", scope="queue", urgent=True, serialize=serialize_message,
    group_of=lambda m: m.contact_id, audience_of=_chat_handler,
))
register_entity(EntityType(
    name="presence", scope="queue", urgent=True, id_of=lambda p: p.user_id,
    serialize=lambda p: {"user_id": p.user_id, "state": p.state, "since": iso_or_none(p.since)},
))
def _typing_handler(t: TypingState) -> str | None:
    session = object_session(t)
    contact = session.get(Contact, t.contact_id) if session else None
    return contact.accepted_by if contact is not None else None


register_entity(EntityType(
    name="typing", scope="queue", urgent=True, id_of=lambda t: t.contact_id,
    group_of=lambda t: t.contact_id, audience_of=_typing_handler,
    serialize=lambda t: {"contact_id": t.contact_id, "citizen_at": iso_or_none(t.citizen_at),
                         "counsellor_at": iso_or_none(t.counsellor_at)},
))
__all__ = ["ChatMessage", "Contact", "PresenceState", "TypingState"]
