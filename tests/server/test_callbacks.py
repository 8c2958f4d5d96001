"""Callback requests over real HTTP: the public form's endpoint, routing by window, and
the counsellor's attempts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from tests.support.desk import quiet_queue
from tests.support.live_server import launch
from tests.support.workstation import wait_until


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    s = launch(tmp_path_factory.mktemp("callbacks"))
    yield s
    s.cleanup()


@pytest.fixture
def desks(server, people):
    return quiet_queue(server, people)


def request(server, *, phone="040 123 4567", start_in=timedelta(0), hours=2, **extra):
    start = datetime.now(UTC) + start_in
    body = {"name": "Eila Testinen", "phone": phone, "language": "fi",
            "municipality_code": "202", "topic": "home_safety",
            "message": "Turvaranneke ei toimi",
            "window_start": start.isoformat(),
            "window_end": (start + timedelta(hours=hours)).isoformat()} | extra
    return httpx.post(f"{server.url}/api/public/callbacks", json=body)


@pytest.mark.parametrize(("changes", "field"), [
    ({"phone": "040 12"}, "phone"),
    ({"phone": "soita minulle"}, "phone"),
    ({"name": "   "}, "name"),
    ({"municipality_code": "999"}, "municipality_code"),
    ({"start_in": -timedelta(hours=5)}, "window_end"),
    ({"hours": -1}, "window_end"),
    ({"hours": 30}, "window_end"),
])
def test_a_bad_request_names_the_field_and_adds_nothing(server, desks, changes, field):
    before = len(desks["paivi"].records("contact"))
    r = request(server, **changes)
    assert r.status_code == 422, r.text
    assert field in [e["field"] for e in r.json()["errors"]]
    assert r.json()["detail"].startswith("Invalid request")
    assert len(desks["paivi"].records("contact")) == before


def test_a_request_waits_for_its_window_and_then_is_offered(server, desks):
    anna = desks["anna"]
    anna.presence("available")
    later = request(server, start_in=timedelta(hours=1))
    assert later.status_code == 201, later.text
    now = request(server, phone="+358 40 100 0001")  # a demo client's number
    assert now.status_code == 201
    # Routing runs just after the commit: wait for the offer of the one due now.
    wait_until(lambda: anna.records("contact")[now.json()["request_id"]]["offered_to"]
               == anna.id, timeout=5)
    contacts = anna.records("contact")
    waiting = contacts[later.json()["request_id"]]
    assert waiting["channel"] == "callback" and waiting["caller_number"] == "+358401234567"
    assert waiting["due_at"] and waiting["window_start"]
    assert waiting["subject"].startswith("Kodin turvallisuus ja apuvälineet")
    assert waiting["offered_to"] is None, "not offered before its window opens"
    current = contacts[now.json()["request_id"]]
    assert current["offered_to"] == anna.id
    assert current["candidates"], "the screen pop works for callbacks too"


def ten_minutes_pass(server, contact_id: str) -> None:
    """The retry's window opens (its time moved back rather than waiting for it)."""
    from server.app import create_app  # noqa: F401  (registers the entities)
    from server.db import Database
    from server.queue.models import Contact

    db = Database(server.database_url)
    try:
        with db.session() as s:
            s.get(Contact, contact_id).window_start = datetime.now(UTC) - timedelta(seconds=1)
            s.commit()
    finally:
        db.dispose()


def test_three_failed_attempts_close_the_request_as_unreached(server, desks):
    anna = desks["anna"]
    contact_id = request(server).json()["request_id"]
    results = ["no_answer", "left_message", "no_answer"]
    for n, result in enumerate(results, start=1):
        assert anna.push("contact.accept", contact_id=contact_id)["status"] == "applied"
        r = anna.push("callback.attempt", contact_id=contact_id, result=result)
        assert r["status"] == "applied", r
        contact = anna.contact(contact_id)
        assert [a["result"] for a in contact["attempts"]] == results[:n]
        if n < 3:
            assert contact["status"] == "waiting" and contact["accepted_by"] is None
            assert contact["window_start"] > datetime.now(UTC).isoformat(), "retried later"
            early = anna.push("contact.accept", contact_id=contact_id)
            assert early["code"] == "not_yet_due", "not even picked before the next try is due"
            ten_minutes_pass(server, contact_id)
    assert contact["status"] == "closed" and contact["outcome"] == "unreached"
    assert contact["wrapped_up_at"] is not None, "nothing to wrap up"
    again = anna.push("contact.accept", contact_id=contact_id)
    assert again["code"] == "already_taken"


def test_reaching_the_citizen_keeps_the_contact_open(server, desks):
    anna = desks["anna"]
    contact_id = request(server).json()["request_id"]
    anna.push("contact.accept", contact_id=contact_id)
    assert anna.push("callback.attempt", contact_id=contact_id,
                     result="reached")["status"] == "applied"
    contact = anna.contact(contact_id)
    assert contact["status"] == "accepted" and contact["attempts"][0]["result"] == "reached"
    other = desks["liisa"].push("callback.attempt", contact_id=contact_id, result="no_answer")
    assert other["code"] == "not_yours"


def test_one_address_cannot_flood_the_queue(tmp_path):
    s = launch(tmp_path / "limited", extra_env={"NEUVO_CALLBACK_REQUESTS_PER_HOUR": "2"})
    try:
        assert [request(s).status_code for _ in range(3)] == [201, 201, 429]
        assert "Try again later" in request(s).json()["detail"]
    finally:
        s.cleanup()


def test_a_callback_booked_for_later_is_not_ahead_of_a_chatting_citizen(server, desks):
    from tests.server.test_citizen_chat import stream_events
    from tests.support.workstation import start_citizen_chat

    assert request(server, start_in=timedelta(hours=2)).status_code == 201
    first = start_citizen_chat(server.url, "Hei, olen ensimmäinen")
    second = start_citizen_chat(server.url, "Hei, olen toinen")

    def ahead(chat: dict) -> int:
        events = stream_events(server, chat, until=lambda ev: any(k == "position"
                                                                  for _i, k, _d in ev))
        return next(d["ahead"] for _i, k, d in events if k == "position")

    assert ahead(first) == 0, "the afternoon's callback is not in front of anyone yet"
    assert ahead(second) == 1
    assert request(server, start_in=timedelta(0)).status_code == 201
    assert ahead(second) == 1, "a callback due now came after the chats"


def test_a_callback_nearing_its_due_time_rises_above_ordinary_contacts(server, desks):
    from tests.support.workstation import start_citizen_chat

    chat = start_citizen_chat(server.url, "Hei, kysyisin kotihoidosta")["chat_id"]
    # The window opened 50 minutes ago and closes in 10: it is urgent now.
    r = request(server, start_in=-timedelta(minutes=50), hours=1)
    assert r.status_code == 201, r.text
    urgent = r.json()["request_id"]
    boss = desks["paivi"]
    wait_until(lambda: boss.contact(urgent)["priority"] >= 10, timeout=5)
    assert boss.contact(chat)["priority"] == 0
    anna = desks["anna"]
    anna.presence("available")
    wait_until(lambda: boss.contact(urgent)["offered_to"] == anna.id, timeout=5)
    assert boss.contact(chat)["offered_to"] is None, "the urgent callback first, though newer"
