"""Turning the platform's call events into contacts in the regional queue.

Events may arrive twice or out of order (a platform retries on timeouts): each is applied
idempotently by the call id, and every event is kept in ``telephony_event`` whatever
happened to it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Literal

from pydantic import BaseModel, Field
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from server.clients.models import Client, Relative
from server.db import new_id, utcnow
from server.directory.models import User
from server.errors import Refused
from server.queue.entities import log_contact_ended
from server.queue.models import Contact, ServiceLine, TelephonyEvent
from server.queue.routing import lock_queue, request_routing, set_presence, withdraw_offer
from server.sync.changelog import record_change
from workstation.domain import QUEUE_ROLES, Presence
from workstation.queue.rules import Channel, ContactStatus, InvalidPhoneNumber, normalise_phone
from workstation.text import CleanLine

# An event dated further back than this counts as arriving now, as one dated in the future
# does: a platform replaying a day after an outage is within it; 1899 or 1970 (a zero or
# negative timestamp) would skew answer times and every report.
MAX_EVENT_AGE = timedelta(hours=24)

MAX_CANDIDATES = 5


class CallEvent(BaseModel):
    event: Literal["offered", "answered", "ended", "abandoned"]
    # Line-type text (workstation.text): control characters are removed before anything
    # is looked up or stored, and the lengths are those of the cleaned value.
    call_id: Annotated[CleanLine, Field(min_length=1, max_length=100)]
    caller: CleanLine = Field(default="", max_length=40,
                              description="caller's number; may be hidden")
    service_line: Annotated[CleanLine, Field(min_length=3, max_length=40,
                                             description="the number dialled")]
    at: datetime | None = Field(default=None, description="when it happened (default: now); "
                                "a time in the future or over a day ago counts as now")
    agent: CleanLine | None = Field(default=None, max_length=100,
                              description="on 'answered': the user name of the counsellor who "
                                          "picked up, when the platform knows it")


class TelephonyRejected(Refused):
    """A call event that cannot be applied (unknown service line, malformed number)."""


def _last9(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit())[-9:]


def screen_pop(session: Session, caller: str) -> list[dict]:
    """Clients and relatives whose number matches the caller's (by the last nine digits,
    which ignores how the country code was written)."""
    tail = _last9(caller)
    if len(tail) < 7:
        return []
    found: list[dict] = []
    for client in session.scalars(select(Client).where(Client.phone.like(f"%{tail}"))
                                  .limit(MAX_CANDIDATES)):
        found.append({"client_id": client.id, "name": f"{client.first_name} {client.last_name}",
                      "municipality_code": client.municipality_code, "relation": None})
    rows = session.execute(
        select(Relative, Client).join(Client, Client.id == Relative.client_id)
        .where(or_(Relative.phone.like(f"%{tail}"))).limit(MAX_CANDIDATES)).all()
    for relative, client in rows:
        found.append({"client_id": client.id, "name": f"{client.first_name} {client.last_name}",
                      "municipality_code": client.municipality_code,
                      "relation": relative.relation, "relative_name": relative.name})
    return found[:MAX_CANDIDATES]


def _log(session: Session, ev: CallEvent, status: str, error: str | None = None) -> None:
    session.add(TelephonyEvent(id=new_id(), call_id=ev.call_id, event=ev.event,
                               payload=ev.model_dump(mode="json"), status=status, error=error))


def record_rejection(session: Session, ev: CallEvent, error: str) -> None:
    _log(session, ev, "rejected", error)


def apply_call_event(session: Session, ev: CallEvent) -> Contact:
    line = session.get(ServiceLine, _line_key(ev.service_line))
    if line is None or not line.active:
        raise TelephonyRejected(422, f"Unknown service line '{ev.service_line}'. Add it with "
                                     "'python -m server add-service-line'; the event is kept.")
    caller, note = "", None
    if ev.caller.strip():
        try:
            caller = normalise_phone(ev.caller)
        except InvalidPhoneNumber as exc:
            # "anonymous", "private", a garbled id: a person is still on the line, so the
            # call is queued as from a hidden number; the raw value stays in the event log.
            note = f"caller '{ev.caller}' is not a phone number ({exc}); shown as hidden"
    at = event_time(ev.at)
    lock_queue(session)
    contact = session.scalar(select(Contact).where(Contact.external_id == ev.call_id)
                             .with_for_update())
    if contact is None:
        # Whatever arrives first creates the contact, so an "ended" that overtakes its
        # "offered" still leaves a record of the call.
        contact = Contact(
            id=new_id(), channel=Channel.PHONE, status=ContactStatus.WAITING,
            language=line.language, municipality_code=line.municipality_code,
            subject=line.name, external_id=ev.call_id, caller_number=caller or None,
            service_line=line.number, created_at=at, client_group=line.client_group,
            candidates=screen_pop(session, caller) if caller else [],
        )
        session.add(contact)
        request_routing(session)
    ended = False
    if ev.event == "answered" and contact.answered_at is None:
        contact.answered_at = at
        if contact.status == ContactStatus.WAITING:
            _answered_on_the_platform(session, contact, ev.agent, at)
    elif ev.event in ("ended", "abandoned") and contact.status != ContactStatus.CLOSED:
        # Abandoned means the caller hung up while waiting: never a call someone answered.
        if contact.answered_at is None and (ev.event == "abandoned"
                                            or contact.status == ContactStatus.WAITING):
            contact.outcome = "abandoned"
        contact.status = ContactStatus.CLOSED
        contact.closed_at = at
        if contact.accepted_by:
            # The caller hung up: the counsellor's after-contact work starts now.
            set_presence(session, contact.accepted_by, Presence.AFTER_CONTACT_WORK)
        ended = True
    if ended:
        # The call leaves every store but its handler's (an abandoned one: every store).
        log_contact_ended(session, contact)
    else:
        record_change(session, "contact", contact)
    _log(session, ev, "processed", note)
    return contact


def _answered_on_the_platform(session: Session, contact: Contact, agent: str | None,
                              at: datetime) -> None:
    """Someone picked up on the platform before any workstation accepted the call: it
    leaves the queue (no counsellor is offered a call already being answered). When the
    platform names a counsellor, the call is theirs, as if they had accepted it."""
    if contact.offered_to:
        withdraw_offer(session, contact, declined=False)
    user = session.scalar(select(User).where(User.username == agent, User.active.is_(True))) \
        if agent else None
    if user is not None and user.role not in QUEUE_ROLES:
        user = None
    contact.status = ContactStatus.ACCEPTED
    contact.accepted_at = at
    contact.answer_seconds = max(0.0, (at - contact.created_at).total_seconds())
    if user is not None:
        contact.accepted_by = user.id
        set_presence(session, user.id, Presence.BUSY)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def event_time(at: datetime | None) -> datetime:
    """When the event happened, within bounds: a platform clock running ahead must not put
    a call in the future (it would sort after every real one and show no waiting time),
    and a time from long ago (1899, or 1970 from a zero timestamp) is a broken clock or
    field, not a call that waited for decades. Either counts as now; the raw value stays
    in the event log."""
    now = utcnow()
    if at is None:
        return now
    moment = _aware(at)
    return moment if now - MAX_EVENT_AGE <= moment <= now else now


def _line_key(number: str) -> str:
    try:
        return normalise_phone(number)
    except InvalidPhoneNumber:
        return number.strip()


def add_service_line(session: Session, *, number: str, name: str, language: str,
                     municipality_code: str | None,
                     client_group: str | None = None) -> ServiceLine:
    line = ServiceLine(number=normalise_phone(number), name=name, language=language,
                       municipality_code=municipality_code, client_group=client_group,
                       active=True)
    session.merge(line)
    return line
