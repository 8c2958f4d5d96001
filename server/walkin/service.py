"""Walk-in visits at guidance points: appointments booked per point, check-in, and
visitors who come without one. Each visit is a ``walk_in`` contact, handled by the adviser
at the desk (accepted at once) and wrapped up like any other contact.

A point's appointments belong to the point (``may_change``): its staff, the person who
booked one, and supervisors change them. A user has no link to a guidance point of their
own, but a point belongs to a municipality: its **staff** are the people who work the queue
(counsellors, walk-in advisers) of that municipality (``staffs``)."""

from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import BaseModel, Field, field_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from server.db import utcnow
from server.directory.models import GuidancePoint, User
from server.queue.models import Contact
from server.queue.routing import set_presence
from server.sync.changelog import record_change
from server.sync.registry import Forbidden, MutationContext, MutationRejected, mutation
from server.walkin.models import Appointment
from workstation.domain import QUEUE_ROLES, Presence, Role
from workstation.queue.rules import (
    Channel,
    ContactStatus,
    InvalidPhoneNumber,
    Topic,
    callable_phone,
    clean_name,
)
from workstation.text import CleanLine, CleanText

MAX_AHEAD = timedelta(days=180)


# --- who may change a point's appointments -------------------------------------------------

def staffs(user: User, point: GuidancePoint) -> bool:
    """Whether the user works at the point: a supervisor (any point of the region), or a
    counsellor or walk-in adviser of the point's municipality."""
    if user.role == Role.SUPERVISOR:
        return True
    return user.role in QUEUE_ROLES and user.municipality_code == point.municipality_code


def may_change(session: Session, user: User, appointment: Appointment) -> bool:
    """The point's staff, the person who booked it, and supervisors."""
    if appointment.booked_by == user.id:
        return True
    point = session.get(GuidancePoint, appointment.guidance_point_id)
    return point is not None and staffs(user, point)


def _refuse(point: GuidancePoint | None) -> Forbidden:
    where = point.name if point else "this guidance point"
    return Forbidden(f"Only the staff of {where}, the person who booked it and supervisors "
                     "may change its appointments.", code="not_your_point")


def may_book(ctx: MutationContext, args: BookAppointment) -> None:
    """A new booking: staff of the point. Re-sending a booking's id changes that booking:
    ``may_change`` on it."""
    point = ctx.session.get(GuidancePoint, args.guidance_point_id)
    existing = ctx.session.get(Appointment, args.id)
    if existing is not None and not may_change(ctx.session, ctx.user, existing):
        raise _refuse(ctx.session.get(GuidancePoint, existing.guidance_point_id))
    if existing is None and point is not None and not staffs(ctx.user, point):
        raise _refuse(point)


def may_change_appointment(ctx: MutationContext, args: AppointmentRef | CheckIn) -> None:
    """Cancel, check in: ``may_change`` on the appointment."""
    row = ctx.session.get(Appointment, args.id)
    if row is not None and not may_change(ctx.session, ctx.user, row):
        raise _refuse(ctx.session.get(GuidancePoint, row.guidance_point_id))


def may_register(ctx: MutationContext, args: RegisterVisitor) -> None:
    """A visitor at the desk: staff of the point. The same registration again names the
    caller's own visit."""
    visit = ctx.session.get(Contact, args.contact_id)
    if visit is not None:
        if visit.accepted_by != ctx.user.id:
            raise Forbidden("That visit is another adviser's.", code="not_yours")
        return
    point = ctx.session.get(GuidancePoint, args.guidance_point_id)
    if point is not None and not staffs(ctx.user, point):
        raise _refuse(point)


class BookAppointment(BaseModel):
    id: str = Field(min_length=36, max_length=36)
    guidance_point_id: str = Field(min_length=1, max_length=36)
    starts_at: datetime
    minutes: int = Field(ge=10, le=240)
    citizen_name: CleanLine = Field(max_length=100)
    phone: CleanLine = Field(default="", max_length=40,
                             description="optional; a number that can be called, as on the "
                                         "callback form; stored as +358...")
    topic: Topic
    language: str = Field(pattern="^(fi|sv)$")
    note: CleanText = Field(default="", max_length=1000)

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str) -> str:
        if not value:
            return ""
        try:
            return callable_phone(value)
        except InvalidPhoneNumber:
            raise ValueError("not a phone number that can be called; write it like "
                             "040 123 4567") from None

    @field_validator("starts_at")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("give the time with a time zone")
        return value


@mutation("appointment.book", BookAppointment, QUEUE_ROLES, may=may_book)
def book(ctx: MutationContext, args: BookAppointment) -> None:
    # The point's row lock makes two simultaneous bookings of one time queue up, so the
    # second sees the first in its clash check (PostgreSQL; SQLite serialises anyway).
    point = ctx.session.scalar(select(GuidancePoint).where(
        GuidancePoint.id == args.guidance_point_id).with_for_update())
    if point is None:
        raise MutationRejected("no_such_point", "That guidance point does not exist.")
    name = clean_name(args.citizen_name)
    if not name:
        raise MutationRejected("invalid", "Write the visitor's name.")
    now = utcnow()
    if args.starts_at < now - timedelta(hours=12) or args.starts_at > now + MAX_AHEAD:
        raise MutationRejected("invalid", "Book a time from today up to six months ahead.")
    ends = args.starts_at + timedelta(minutes=args.minutes)
    clash = ctx.session.scalar(select(Appointment).where(
        Appointment.guidance_point_id == point.id, Appointment.status != "cancelled",
        Appointment.starts_at < ends, Appointment.ends_at > args.starts_at,
        Appointment.id != args.id).limit(1))
    if clash is not None:
        raise MutationRejected("slot_taken", "That time is already booked at this point.")
    row = ctx.session.get(Appointment, args.id)
    if row is None:
        row = Appointment(id=args.id, guidance_point_id=point.id, booked_by=ctx.user.id)
        ctx.session.add(row)
    elif row.status != "booked":
        raise MutationRejected("invalid", "Only a booked appointment can be changed.")
    elif row.guidance_point_id != point.id:
        raise MutationRejected("invalid", "An appointment stays at its guidance point; "
                                          "cancel it and book one at the other point.")
    row.starts_at, row.ends_at = args.starts_at, ends
    row.citizen_name, row.phone, row.topic = name, args.phone, str(args.topic)
    row.language, row.note, row.status = args.language, args.note.strip(), "booked"
    record_change(ctx.session, "appointment", row)


class AppointmentRef(BaseModel):
    id: str = Field(min_length=1, max_length=36)


@mutation("appointment.cancel", AppointmentRef, QUEUE_ROLES, may=may_change_appointment)
def cancel(ctx: MutationContext, args: AppointmentRef) -> None:
    row = ctx.session.get(Appointment, args.id)
    if row is None:
        raise MutationRejected("no_such_appointment", "The appointment no longer exists.")
    if row.status == "cancelled":
        return
    if row.status != "booked":
        raise MutationRejected("already_checked_in", "The visitor has already been checked in.")
    row.status = "cancelled"
    record_change(ctx.session, "appointment", row)


def _visit(session: Session, ctx: MutationContext, *, contact_id: str, point: GuidancePoint,
           name: str, topic: str, language: str, subject: str) -> Contact:
    """The visitor is at the desk: the visit is a contact the adviser handles now."""
    now = utcnow()
    contact = Contact(
        id=contact_id, channel=Channel.WALK_IN, status=ContactStatus.ACCEPTED,
        language=language, municipality_code=point.municipality_code, subject=subject[:200],
        citizen_name=name, accepted_by=ctx.user.id, accepted_at=now, created_at=now,
        answer_seconds=0.0, topics=[topic])
    session.add(contact)
    record_change(session, "contact", contact)
    set_presence(session, ctx.user.id, Presence.BUSY)
    return contact


class CheckIn(BaseModel):
    id: str = Field(min_length=1, max_length=36)
    contact_id: str = Field(min_length=36, max_length=36)


@mutation("appointment.check_in", CheckIn, QUEUE_ROLES, may=may_change_appointment)
def check_in(ctx: MutationContext, args: CheckIn) -> None:
    row = ctx.session.scalar(select(Appointment).where(Appointment.id == args.id)
                             .with_for_update())
    if row is None:
        raise MutationRejected("no_such_appointment", "The appointment no longer exists.")
    if row.status == "checked_in":
        if row.contact_id == args.contact_id:
            return
        raise MutationRejected("already_checked_in", "The visitor has already been checked in.")
    if row.status == "cancelled":
        raise MutationRejected("appointment_cancelled", "The appointment was cancelled.")
    point = ctx.session.get(GuidancePoint, row.guidance_point_id)
    assert point is not None
    contact = _visit(ctx.session, ctx, contact_id=args.contact_id, point=point,
                     name=row.citizen_name, topic=row.topic, language=row.language,
                     subject=row.note or row.topic)
    contact.caller_number = row.phone or None
    row.status = "checked_in"
    row.contact_id = contact.id
    record_change(ctx.session, "appointment", row)


class RegisterVisitor(BaseModel):
    contact_id: str = Field(min_length=36, max_length=36)
    guidance_point_id: str = Field(min_length=1, max_length=36)
    citizen_name: CleanLine = Field(default="", max_length=100)
    topic: Topic
    language: str = Field(pattern="^(fi|sv)$")
    note: CleanText = Field(default="", max_length=1000)


@mutation("walk_in.register", RegisterVisitor, QUEUE_ROLES, may=may_register)
def register_visitor(ctx: MutationContext, args: RegisterVisitor) -> None:
    """A visitor without an appointment (a name is not required)."""
    if ctx.session.get(Contact, args.contact_id) is not None:
        return  # the same registration again
    point = ctx.session.get(GuidancePoint, args.guidance_point_id)
    if point is None:
        raise MutationRejected("no_such_point", "That guidance point does not exist.")
    _visit(ctx.session, ctx, contact_id=args.contact_id, point=point,
           name=clean_name(args.citizen_name), topic=str(args.topic), language=args.language,
           subject=args.note.strip() or str(args.topic))
