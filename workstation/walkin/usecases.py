"""Walk-in visits at a guidance point: booking, cancelling, checking in a booked visitor
and registering one without an appointment. A visit becomes an accepted contact of the
adviser who serves it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from workstation.contract import UserInfo
from workstation.ids import new_id
from workstation.ports import Submitter, plain
from workstation.queue.rules import ContactStatus, Topic, callable_phone
from workstation.store import LocalStore
from workstation.text import clean_line, clean_text


def appointments_on(reader: LocalStore, point_id: str, day_start: datetime,
                    day_end: datetime) -> list[dict[str, Any]]:
    """A guidance point's bookings in [day_start, day_end), by time (cancelled included)."""
    return [a for a in reader.appointments_at(point_id)
            if day_start <= datetime.fromisoformat(a["starts_at"]) < day_end]


def book_appointment(engine: Submitter, *, point_id: str, starts_at: datetime, minutes: int,
                     citizen_name: str, phone: str, topic: str, language: str,
                     note: str = "") -> str:
    """Raises ValueError("name") without a name, InvalidPhoneNumber for a phone number
    that cannot be called (the server refuses both)."""
    name = " ".join(clean_line(citizen_name).split())
    if not name:
        raise ValueError("name")
    phone = clean_line(phone)
    appointment_id = new_id()
    args = {"id": appointment_id, "guidance_point_id": point_id,
            "starts_at": starts_at.astimezone(UTC).isoformat(), "minutes": minutes,
            "citizen_name": name, "phone": callable_phone(phone) if phone else "",
            "topic": str(Topic(topic)), "language": language,
            "note": clean_text(note).strip()}
    ends = starts_at + timedelta(minutes=minutes)
    optimistic = {k: v for k, v in args.items() if k != "minutes"} | {
        "ends_at": ends.astimezone(UTC).isoformat(), "status": "booked", "contact_id": None}
    engine.submit("appointment.book", args,
                  optimistic=[("appointment", appointment_id, optimistic)])
    return appointment_id


def cancel_appointment(engine: Submitter, reader: LocalStore, appointment_id: str) -> bool:
    row = reader.get("appointment", appointment_id)
    if row is None or row.get("status") != "booked":
        return False
    engine.submit("appointment.cancel", {"id": appointment_id},
                  optimistic=[("appointment", appointment_id,
                               plain(row) | {"status": "cancelled"})])
    return True


def _visit_record(contact_id: str, me: UserInfo, *, name: str, topic: str, language: str,
                  subject: str, municipality: str | None) -> dict[str, Any]:
    now = datetime.now(UTC).isoformat()
    return {"id": contact_id, "channel": "walk_in", "status": ContactStatus.ACCEPTED,
            "language": language, "municipality_code": municipality, "subject": subject,
            "citizen_name": name, "accepted_by": me.id, "accepted_by_name": me.display_name,
            "accepted_at": now, "created_at": now, "topics": [topic], "priority": 0,
            "candidates": []}


def check_in(engine: Submitter, reader: LocalStore, appointment_id: str, me: UserInfo,
             municipality: str | None) -> dict[str, Any] | None:
    """The visitor of a booked appointment arrived: returns the visit's contact."""
    row = reader.get("appointment", appointment_id)
    if row is None or row.get("status") != "booked":
        return None
    contact_id = new_id()
    contact = _visit_record(contact_id, me, name=row["citizen_name"], topic=row["topic"],
                            language=row["language"], subject=row.get("note") or row["topic"],
                            municipality=municipality)
    engine.submit("appointment.check_in", {"id": appointment_id, "contact_id": contact_id},
                  optimistic=[("appointment", appointment_id, plain(row) | {
                      "status": "checked_in", "contact_id": contact_id}),
                      ("contact", contact_id, contact)])
    return contact


def register_walk_in(engine: Submitter, me: UserInfo, *, point_id: str, municipality: str | None,
                     citizen_name: str, topic: str, language: str,
                     note: str = "") -> dict[str, Any]:
    """A visitor without an appointment is at the desk: returns the visit's contact."""
    contact_id = new_id()
    name = " ".join(clean_line(citizen_name).split())
    note = clean_text(note).strip()
    contact = _visit_record(contact_id, me, name=name, topic=str(Topic(topic)),
                            language=language, subject=note or topic,
                            municipality=municipality)
    engine.submit("walk_in.register", {
        "contact_id": contact_id, "guidance_point_id": point_id, "citizen_name": name,
        "topic": str(Topic(topic)), "language": language, "note": note},
        optimistic=[("contact", contact_id, contact)])
    return contact
