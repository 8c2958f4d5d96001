"""Queue entities on the sync protocol (scope ``queue``, urgent: they carry their payload
on the event stream so a new contact reaches the counsellor without a pull)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import object_session

from server.directory.models import User
from server.queue.models import ChatMessage, Contact, ContactNote, PresenceState, TypingState
from server.sync.access import CITIZEN_ONLY
from server.sync.changelog import record_change
from server.sync.registry import EntityType, register_entity
from workstation.queue.rules import ContactStatus, preview


def iso_or_none(value):
    return value.isoformat() if value else None


def serialize_contact(c: Contact) -> dict:
    session = object_session(c)
    accepted_by = session.get(User, c.accepted_by) if session and c.accepted_by else None
    return {
        "id": c.id, "channel": c.channel, "status": c.status, "language": c.language,
        "municipality_code": c.municipality_code, "client_group": c.client_group,
        "priority": c.priority,
        # The preview, not the subject line as written: this row reaches the whole region.
        "subject": preview(c.subject), "citizen_name": c.citizen_name,
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


def contact_audience(c: Contact) -> str | None:
    """Who receives a contact's row: the whole region while it is open (the queue needs
    the waiting ones, the team view who is on what), and once it has ended its handler
    alone (their wrap-up, their day). An ended contact nobody handled (an abandoned call)
    goes to no workstation: nobody needs it. The citizen's stream reads it by group_id."""
    if c.status != ContactStatus.CLOSED:
        return None
    return c.accepted_by or CITIZEN_ONLY


register_entity(EntityType(
    name="contact", scope="queue", urgent=True, serialize=serialize_contact,
    municipality_of=lambda c: c.municipality_code, group_of=lambda c: c.id,
    audience_of=contact_audience,
))


def log_contact_ended(session, contact: Contact) -> None:
    """Log a contact that has just ended (its status set to closed in this transaction):
    one region-wide ``delete`` takes the row (citizen name, caller number, address,
    handover note) from every workstation's store, and the row itself, written after it
    at the same version, goes to its handler alone, who keeps it (``contact_audience``).
    Call it once, at the transition; later changes (the wrap-up) are logged as usual and
    reach the handler only."""
    record_change(session, "contact", contact, op="delete", region_wide=True)
    record_change(session, "contact", contact)


def conversation_audience(session, contact_id: str) -> str:
    """Who receives a conversation's rows (messages, typing): its handler alone, and while
    nobody handles it, no workstation at all (``CITIZEN_ONLY``: the citizen's own stream
    reads them by group_id). A contact's messages are never region-wide: the first one of a
    chat or mail can name anyone and carry an identity code. Whoever accepts the contact
    is sent the conversation so far (``accept_contact``).

    Read with a query, not from the session: on PostgreSQL a citizen's message racing an
    accept is logged after the accept committed (the change-log lock orders them), and the
    contact this transaction loaded before that still says nobody handles it."""
    if session is None:
        return CITIZEN_ONLY
    handler = session.execute(
        select(Contact.accepted_by).where(Contact.id == contact_id)).scalar()
    return handler or CITIZEN_ONLY


register_entity(EntityType(
    name="chat_message", scope="queue", urgent=True, serialize=serialize_message,
    group_of=lambda m: m.contact_id,
    audience_of=lambda m: conversation_audience(object_session(m), m.contact_id),
))
# The counsellor's note travels like the conversation: to the handler alone (a handover
# sends it to the next handler on accept and takes it from the one who handed over),
# never on the region-wide contact row.
register_entity(EntityType(
    name="contact_note", scope="queue", urgent=True, id_of=lambda n: n.contact_id,
    group_of=lambda n: n.contact_id,
    audience_of=lambda n: conversation_audience(object_session(n), n.contact_id),
    serialize=lambda n: {"contact_id": n.contact_id, "text": n.text,
                         "updated_at": iso_or_none(n.updated_at),
                         "updated_by": n.updated_by, "updated_by_name": n.updated_by_name},
))
register_entity(EntityType(
    name="presence", scope="queue", urgent=True, id_of=lambda p: p.user_id,
    serialize=lambda p: {"user_id": p.user_id, "state": p.state, "since": iso_or_none(p.since)},
))
register_entity(EntityType(
    name="typing", scope="queue", urgent=True, id_of=lambda t: t.contact_id,
    group_of=lambda t: t.contact_id,
    audience_of=lambda t: conversation_audience(object_session(t), t.contact_id),
    serialize=lambda t: {"contact_id": t.contact_id, "citizen_at": iso_or_none(t.citizen_at),
                         "counsellor_at": iso_or_none(t.counsellor_at)},
))
__all__ = ["ChatMessage", "Contact", "ContactNote", "PresenceState", "TypingState"]
