"""Callback requests: the citizen's form at ``/request/`` and the counsellor's attempts.

A request becomes a ``callback`` contact in the regional queue. It is offered once its
window opens and rises in priority as the window closes (workstation.queue.routing). Each
call attempt is recorded; three without reaching the citizen close the request with the
outcome "unreached"."""

from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from server.db import new_id, utcnow
from server.directory.models import Municipality
from server.queue.entities import log_contact_ended
from server.queue.models import Contact
from server.queue.routing import back_to_work, request_routing
from server.queue.service import handler_only
from server.sync.changelog import record_change
from server.sync.registry import MutationContext, MutationRejected, mutation
from server.telephony.service import screen_pop
from workstation.domain import QUEUE_ROLES
from workstation.queue.rules import (
    MAX_CALLBACK_ATTEMPTS,
    CallbackResult,
    Channel,
    ClientGroup,
    ContactStatus,
    InvalidPhoneNumber,
    Outcome,
    Topic,
    callable_phone,
    clean_name,
)
from workstation.text import CleanLine, CleanText

MAX_WINDOW = timedelta(hours=12)
MAX_AHEAD = timedelta(days=30)
# After a failed attempt the next one is not offered before this.
RETRY_AFTER = timedelta(minutes=10)
# Subjects in the queue, in the language the citizen will be served in.
TOPIC_SUBJECTS = {
    "fi": {"home_help": "Kotiin annettava apu ja palvelut", "food": "Ruoka ja ravitsemus",
           "leisure": "Seura, vapaa-aika ja harrastukset", "housing": "Asuminen",
           "home_safety": "Kodin turvallisuus ja apuvälineet", "other": "Muu asia"},
    "sv": {"home_help": "Hjälp och tjänster i hemmet", "food": "Mat och näring",
           "leisure": "Sällskap, fritid och hobbyer", "housing": "Boende",
           "home_safety": "Säkerhet i hemmet och hjälpmedel", "other": "Annat ärende"},
}


class CallbackRequest(BaseModel):
    name: CleanLine = Field(max_length=200)
    phone: CleanLine = Field(max_length=40)
    language: str = Field(pattern="^(fi|sv)$", description="the language to be served in")
    municipality_code: str = Field(pattern=r"^\d{3}$")
    topic: Topic
    client_group: ClientGroup | None = Field(
        default=None, description="who the matter is about, if the citizen says")
    message: CleanText = Field(default="", max_length=1000)
    window_start: datetime
    window_end: datetime


def validate_request(session: Session, body: CallbackRequest, now: datetime) -> list[dict]:
    errors = []
    if not clean_name(body.name):
        errors.append({"field": "name", "message": "Write your name."})
    try:
        callable_phone(body.phone)
    except InvalidPhoneNumber:
        errors.append({"field": "phone", "message": "This is not a phone number; write it "
                                                    "like 040 123 4567."})
    if session.get(Municipality, body.municipality_code) is None:
        errors.append({"field": "municipality_code", "message": "Unknown municipality."})
    start, end = body.window_start, body.window_end
    if start.tzinfo is None or end.tzinfo is None:
        errors.append({"field": "window_start", "message": "Give the times with a time zone."})
    elif end <= start:
        errors.append({"field": "window_end", "message": "The window ends before it starts."})
    elif end - start > MAX_WINDOW:
        errors.append({"field": "window_end", "message": "The window is longer than 12 hours."})
    elif end <= now:
        errors.append({"field": "window_end", "message": "The window is already over."})
    elif start > now + MAX_AHEAD:
        errors.append({"field": "window_start", "message": "Choose a time within 30 days."})
    return errors


def open_request(session: Session, body: CallbackRequest, now: datetime) -> Contact:
    """The validated request as a ``callback`` contact in the queue (not committed)."""
    phone = callable_phone(body.phone)
    subject = TOPIC_SUBJECTS[body.language][body.topic]
    message = " ".join(body.message.split())
    contact = Contact(
        id=new_id(), channel=Channel.CALLBACK, status=ContactStatus.WAITING,
        language=body.language, municipality_code=body.municipality_code,
        subject=f"{subject}: {message}"[:200] if message else subject,
        citizen_name=clean_name(body.name), caller_number=phone,
        window_start=max(body.window_start, now), due_at=body.window_end,
        candidates=screen_pop(session, phone),
        client_group=str(body.client_group) if body.client_group else None,
    )
    session.add(contact)
    record_change(session, "contact", contact)
    request_routing(session)
    return contact


class CallbackAttempt(BaseModel):
    contact_id: str = Field(min_length=1, max_length=36)
    result: CallbackResult
    note: CleanText = Field(default="", max_length=1000)


@mutation("callback.attempt", CallbackAttempt, QUEUE_ROLES,
          may=handler_only("Accept the callback request before calling."))
def record_attempt(ctx: MutationContext, args: CallbackAttempt) -> None:
    """A counsellor tried to call back. Reached: the call goes on as a contact. Not
    reached: the request goes back to the queue for a later try, or after the third
    failed attempt closes with the outcome "unreached"."""
    contact = ctx.session.get(Contact, args.contact_id)
    if contact is None or contact.channel != Channel.CALLBACK:
        raise MutationRejected("not_found", "The callback request no longer exists.")
    if contact.status != ContactStatus.ACCEPTED or contact.accepted_by != ctx.user.id:
        raise MutationRejected("not_yours", "Accept the callback request before calling.")
    now = utcnow()
    contact.attempts = [*(contact.attempts or []), {
        "at": now.isoformat(), "by": ctx.user.id, "by_name": ctx.user.display_name,
        "result": str(args.result), "note": args.note.strip()}]
    if args.result == CallbackResult.REACHED:
        record_change(ctx.session, "contact", contact)
        return
    failed = sum(1 for a in contact.attempts if a.get("result") != CallbackResult.REACHED)
    if failed >= MAX_CALLBACK_ATTEMPTS:
        contact.status = ContactStatus.CLOSED
        contact.outcome = Outcome.UNREACHED
        contact.closed_at = now
        # Nothing was discussed: there is nothing to wrap up.
        contact.wrapped_up_at = now
        contact.acw_seconds = 0.0
        # Its handler keeps the record of the tries; every other store drops it.
        log_contact_ended(ctx.session, contact)
    else:
        contact.status = ContactStatus.WAITING
        contact.accepted_by = None
        contact.accepted_at = None
        contact.offered_to = None
        contact.window_start = now + RETRY_AFTER
        record_change(ctx.session, "contact", contact)
    back_to_work(ctx.session, ctx.user.id)
    request_routing(ctx.session)
