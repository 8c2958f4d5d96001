"""The telephony webhook over real HTTP: calls become queue contacts with a screen pop."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import uuid
from collections import Counter

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import auth_headers
from tests.support.live_server import ROOT, TELEPHONY_SECRET
from workstation.queue.rules import InvalidPhoneNumber, normalise_phone

TURKU_LINE = "+358 2 262 6000"
SWEDISH_LINE = "02 262 6001"  # the same number written the domestic way


def call(server, event: str, call_id: str, *, caller: str = "+358 50 123 4567",
         line: str = TURKU_LINE, secret: str | None = TELEPHONY_SECRET,
         **extra) -> httpx.Response:
    headers = {"X-Telephony-Secret": secret} if secret is not None else {}
    return httpx.post(f"{server.url}/api/telephony/events", headers=headers,
                      json={"event": event, "call_id": call_id, "caller": caller,
                            "service_line": line, **extra})


def queue_contact(server, contact_id: str) -> dict | None:
    page = httpx.get(f"{server.url}/sync/pull", params={"scope": "queue", "limit": 2000},
                     headers=auth_headers(server, "anna")).json()
    found = [c["data"] for c in page["changes"] if c["id"] == contact_id]
    return found[-1] if found else None   # (None after a delete: gone from her store)


def recorded_contact(server, contact_id: str) -> dict:
    """The contact as the server keeps it (reports read it there): once a call has ended
    it reaches no workstation but its handler's."""
    from server.db import Database
    from server.queue.models import Contact

    db = Database(server.database_url)
    try:
        with db.session() as s:
            c = s.get(Contact, contact_id)
            return {"status": c.status, "outcome": c.outcome, "accepted_by": c.accepted_by}
    finally:
        db.dispose()


def test_an_offered_call_is_a_waiting_phone_contact_with_language_and_municipality(live_server):
    r = call(live_server, "offered", f"c-{uuid.uuid4()}", line=SWEDISH_LINE)
    assert r.status_code == 200, r.text
    contact = queue_contact(live_server, r.json()["contact_id"])
    assert contact["channel"] == "phone" and contact["status"] == "waiting"
    assert contact["language"] == "sv" and contact["municipality_code"] == "853"
    assert contact["caller_number"] == "+358501234567"
    assert contact["client_group"] == "older_people", "a seniors' line: its callers' group"


def test_the_screen_pop_finds_the_client_whose_number_calls(live_server):
    # The demo gives its first clients the simulator's known numbers.
    r = call(live_server, "offered", f"c-{uuid.uuid4()}", caller="040 100 0001")
    contact = queue_contact(live_server, r.json()["contact_id"])
    assert len(contact["candidates"]) >= 1
    assert contact["candidates"][0]["name"].strip()


def test_events_are_idempotent_and_an_abandoned_call_closes_with_that_outcome(live_server):
    call_id = f"c-{uuid.uuid4()}"
    first = call(live_server, "offered", call_id).json()["contact_id"]
    again = call(live_server, "offered", call_id).json()["contact_id"]
    assert first == again, "a retried event does not create a second contact"
    r = call(live_server, "abandoned", call_id)
    assert r.json()["status"] == "closed"
    contact = recorded_contact(live_server, first)
    assert contact["status"] == "closed" and contact["outcome"] == "abandoned"
    assert queue_contact(live_server, first) is None, "nobody handled it: nobody needs it"


def test_a_call_answered_on_the_platform_leaves_the_queue_and_is_not_abandoned(live_server):
    call_id = f"c-{uuid.uuid4()}"
    contact_id = call(live_server, "offered", call_id).json()["contact_id"]
    r = call(live_server, "answered", call_id)
    assert r.status_code == 200 and r.json()["status"] == "accepted"
    answered = queue_contact(live_server, contact_id)
    assert answered["status"] == "accepted" and answered["offered_to"] is None, \
        "nobody is offered a call that is already being answered"
    assert answered["answer_seconds"] is not None and answered["answer_seconds"] >= 0
    # A platform that reports the end of an answered call as "abandoned" still has it
    # answered.
    assert call(live_server, "abandoned", call_id).json()["status"] == "closed"
    assert recorded_contact(live_server, contact_id)["outcome"] is None, \
        "answered, not abandoned"


def test_a_call_answered_by_a_named_counsellor_is_theirs(live_server):
    from tests.support.desk import Desk

    mikko = Desk(live_server, "mikko")
    call_id = f"c-{uuid.uuid4()}"
    try:
        contact_id = call(live_server, "offered", call_id).json()["contact_id"]
        call(live_server, "answered", call_id, agent="mikko")
        contact = mikko.contact(contact_id)
        assert contact["status"] == "accepted" and contact["accepted_by"] == mikko.id
        assert mikko.my_presence() == "busy"
        call(live_server, "ended", call_id)
        assert mikko.my_presence() == "after_contact_work", "the wrap-up comes next"
        r = mikko.push("contact.wrap_up", contact_id=contact_id, topics=["other"],
                       client_group="older_people", outcome="resolved")
        assert r["status"] == "applied", r
    finally:
        mikko.presence("offline")
        mikko.close()


@pytest.mark.parametrize("caller", ["anonymous", "Private", "+358 abc"])
def test_a_caller_id_that_is_no_number_is_queued_as_a_hidden_number(live_server, caller):
    call_id = f"c-{uuid.uuid4()}"
    r = call(live_server, "offered", call_id, caller=caller)
    assert r.status_code == 200, r.text
    contact = queue_contact(live_server, r.json()["contact_id"])
    assert contact["status"] == "waiting" and contact["caller_number"] is None
    from sqlalchemy import select

    from server.db import Database
    from server.queue.models import TelephonyEvent

    db = Database(live_server.database_url)
    try:
        with db.session() as s:
            kept = s.scalars(select(TelephonyEvent)
                             .where(TelephonyEvent.call_id == call_id)).one()
            assert kept.status == "processed" and caller in (kept.error or ""), \
                "the raw caller id is kept for the operator"
    finally:
        db.dispose()
    call(live_server, "abandoned", call_id)


def test_a_platform_clock_ahead_does_not_put_a_call_in_the_future(live_server):
    from datetime import UTC, datetime, timedelta

    call_id = f"c-{uuid.uuid4()}"
    ahead = (datetime.now(UTC) + timedelta(hours=3)).isoformat()
    r = call(live_server, "offered", call_id, at=ahead)
    created = datetime.fromisoformat(queue_contact(live_server,
                                                   r.json()["contact_id"])["created_at"])
    assert created <= datetime.now(UTC), "the queue would show a call that has not come yet"
    call(live_server, "abandoned", call_id)


def test_an_end_that_overtakes_its_offer_still_records_the_call(live_server):
    r = call(live_server, "ended", f"c-{uuid.uuid4()}")
    assert r.status_code == 200
    assert recorded_contact(live_server, r.json()["contact_id"])["outcome"] == "abandoned"


@pytest.mark.parametrize("secret", [None, "", "wrong"])
def test_a_call_without_the_secret_is_refused(live_server, secret):
    r = call(live_server, "offered", f"c-{uuid.uuid4()}", secret=secret)
    assert r.status_code == 401
    assert "secret" in r.json()["detail"]


def test_an_unknown_service_line_is_a_clear_error_and_the_event_is_kept(live_server):
    call_id = f"c-{uuid.uuid4()}"
    r = call(live_server, "offered", call_id, line="+358 9 123 4567")
    assert r.status_code == 422 and "service line" in r.json()["detail"]
    from sqlalchemy import select

    from server.db import Database
    from server.queue.models import TelephonyEvent

    db = Database(live_server.database_url)
    with db.session() as s:
        kept = s.scalars(select(TelephonyEvent).where(TelephonyEvent.call_id == call_id)).all()
        assert [(e.status, e.event) for e in kept] == [("rejected", "offered")]
    db.dispose()


@pytest.mark.parametrize("body", [{}, {"event": "rang"}, {"event": "offered", "call_id": ""},
                                  {"event": "offered", "call_id": "x", "service_line": "a"}])
def test_malformed_events_get_a_4xx_with_a_message(live_server, body):
    r = httpx.post(f"{live_server.url}/api/telephony/events", json=body,
                   headers={"X-Telephony-Secret": TELEPHONY_SECRET})
    assert r.status_code == 422 and r.json()["detail"]


def test_the_simulator_plays_a_day_into_the_webhook(live_server):
    out = subprocess.run([sys.executable, "-m", "server.telephony.simulate", "--url",
                          live_server.url, "--secret", TELEPHONY_SECRET, "--calls", "30",
                          "--speed", "0", "--seed", "3"], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "30 calls" in out.stdout and "0 refused" in out.stdout
    assert out.stdout.count(" offered ") == 30, "each event is printed as it is sent"


@given(st.sampled_from(["+358401234567", "0401234567", "040 123 4567", "+358 40 123 4567",
                        "00358401234567", "(040) 123-4567"]))
def test_finnish_numbers_normalise_to_one_form(number):
    assert normalise_phone(number) == "+358401234567"


@settings(max_examples=200)
@given(st.text(max_size=30))
def test_normalising_never_crashes_and_yields_e164_or_refuses(text):
    try:
        result = normalise_phone(text)
    except InvalidPhoneNumber:
        return
    assert result.startswith("+") and result[1:].isdigit() and 7 <= len(result) - 1 <= 15


def screen_pops_by_user(server, client_id: str) -> Counter:
    log = httpx.get(f"{server.url}/clients/{client_id}/access-log",
                    headers=auth_headers(server, "paivi")).json()
    return Counter(row["user_name"] for row in log if row["purpose"] == "screen_pop")


def test_a_screen_pop_streamed_to_several_counsellors_is_audited_for_each(live_server):
    """The call's candidates reach every counsellor's open event stream; each of those
    reads is in the client's access log (written together, one transaction per wake-up)."""
    first = call(live_server, "offered", f"c-{uuid.uuid4()}", caller="040 100 0001")
    client_id = queue_contact(live_server, first.json()["contact_id"])["candidates"][0][
        "client_id"]
    before = screen_pops_by_user(live_server, client_id)

    people = {"anna": "Anna Virtanen", "erik": "Erik Lindholm", "paivi": "Päivi Salminen"}
    seen: dict[str, str] = {}
    ready = threading.Barrier(len(people) + 1, timeout=30)

    def watch(username: str) -> None:
        # A new stream starts at the head: the first call is not sent again.
        with httpx.stream("GET", f"{live_server.url}/events",
                          headers=auth_headers(live_server, username),
                          timeout=httpx.Timeout(30)) as r:
            for line in r.iter_lines():
                if line.startswith("event: hello"):
                    ready.wait()
                if line.startswith("data:") and '"candidates":[{' in line:
                    data = json.loads(line[5:])["change"]["data"]
                    seen[username] = data["candidates"][0]["client_id"]
                    return

    readers = [threading.Thread(target=watch, args=(u,), daemon=True) for u in people]
    for t in readers:
        t.start()
    ready.wait()
    call(live_server, "offered", f"c-{uuid.uuid4()}", caller="040 100 0001")
    for t in readers:
        t.join(30)
    assert seen == dict.fromkeys(people, client_id), "every stream got the screen pop"
    audited = screen_pops_by_user(live_server, client_id)
    for name in people.values():
        # Other tests' reads of the same client may be in the log too: count.
        assert audited[name] > before[name], name
