"""Walk-in visits over real HTTP: appointments per guidance point, check-in, visitors
without an appointment, and the day's bookings kept free of double booking."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.support.desk import Desk
from workstation.ids import new_id


@pytest.fixture
def desks(live_server):
    desks = {name: Desk(live_server, name) for name in ("sari", "anna", "paivi")}
    yield desks
    for desk in desks.values():
        desk.close()


def point_id(desk, name="Raision neuvontapiste") -> str:
    """Sari's point: she is a walk-in adviser in Raisio."""
    return next(p["id"] for p in desk.records("guidance_point", scope="directory").values()
                if p["name"] == name)


def book(desk, point, starts, minutes=30, **extra):
    return desk.push("appointment.book", **({
        "id": new_id(), "guidance_point_id": point, "starts_at": starts.isoformat(),
        "minutes": minutes, "citizen_name": "Aili Laaksonen", "phone": "040 555 1234",
        "topic": "housing", "language": "fi"} | extra))


def test_an_appointment_is_booked_checked_in_and_becomes_the_advisers_contact(desks):
    sari = desks["sari"]
    point = point_id(sari)
    start = (datetime.now(UTC) + timedelta(days=3)).replace(hour=9, minute=0, second=0,
                                                            microsecond=0)
    appointment_id = new_id()
    r = book(sari, point, start, id=appointment_id)
    assert r["status"] == "applied", r
    clash = book(sari, point, start + timedelta(minutes=15))
    assert clash["code"] == "slot_taken", "no double booking at one point"
    other_point = book(desks["paivi"], point_id(sari, "Salon neuvontapiste"), start)
    assert other_point["status"] == "applied", "another point has its own diary"

    booked = sari.records("appointment")[appointment_id]
    assert booked["status"] == "booked" and booked["ends_at"] > booked["starts_at"]
    contact_id = new_id()
    assert sari.push("appointment.check_in", id=appointment_id,
                     contact_id=contact_id)["status"] == "applied"
    visit = sari.contact(contact_id)
    assert visit["channel"] == "walk_in" and visit["status"] == "accepted"
    assert visit["accepted_by"] == sari.id and visit["citizen_name"] == "Aili Laaksonen"
    assert sari.records("appointment")[appointment_id]["status"] == "checked_in"
    assert sari.my_presence() == "busy"
    again = desks["paivi"].push("appointment.check_in", id=appointment_id, contact_id=new_id())
    assert again["code"] == "already_checked_in"
    assert sari.push("appointment.cancel", id=appointment_id)["code"] == "already_checked_in"
    # The visit ends and is wrapped up like any contact.
    sari.push("contact.close", contact_id=contact_id)
    assert sari.push("contact.wrap_up", contact_id=contact_id, topics=["housing"],
                     client_group="older_people", outcome="follow_up")["status"] == "applied"


def test_a_visitor_without_an_appointment_and_a_cancelled_booking(desks):
    sari = desks["sari"]
    point = point_id(sari)
    contact_id = new_id()
    r = sari.push("walk_in.register", contact_id=contact_id, guidance_point_id=point,
                  citizen_name="", topic="food", language="fi", note="Kysyi ateriapalvelusta")
    assert r["status"] == "applied", r
    visit = sari.contact(contact_id)
    assert visit["channel"] == "walk_in" and visit["subject"] == "Kysyi ateriapalvelusta"
    start = datetime.now(UTC) + timedelta(days=4)
    appointment_id = new_id()
    book(sari, point, start, id=appointment_id)
    assert sari.push("appointment.cancel", id=appointment_id)["status"] == "applied"
    assert book(sari, point, start)["status"] == "applied", "a cancelled slot is free again"
    refused = sari.push("appointment.check_in", id=appointment_id, contact_id=new_id())
    assert refused["code"] == "appointment_cancelled"
    gone = sari.push("appointment.check_in", id="no-such-appointment", contact_id=new_id())
    assert gone["code"] == "no_such_appointment"


def test_bad_bookings_are_refused_with_a_reason(desks):
    sari = desks["sari"]
    point = point_id(sari)
    past = book(sari, point, datetime.now(UTC) - timedelta(days=2))
    assert past["code"] == "invalid"
    nameless = book(sari, point, datetime.now(UTC) + timedelta(days=5), citizen_name="  ")
    assert nameless["code"] == "invalid" and "name" in nameless["error"]
    assert book(sari, "no-such-point", datetime.now(UTC) + timedelta(days=5))["code"] \
        == "no_such_point"
    assert book(sari, point, datetime.now(UTC) + timedelta(days=5), minutes=5)["code"] \
        == "invalid"
