"""A counsellor's note on a contact, and who the server lets see it; the call's confirmed
caller; the demo's callers. Real server over HTTP (SQLite, and PostgreSQL with
NEUVO_TEST_DATABASE=postgres).

The note is part of the conversation (docs/architecture.md 3.4): addressed to the
contact's handler like its messages, never on the region-wide contact row, sent to the
next handler on accept and taken from the one who handed the contact over."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from server.demo import WAITING
from tests.support.desk import Desk, quiet_queue, start_chat
from tests.support.live_server import TELEPHONY_SECRET
from workstation.ids import new_id
from workstation.queue.rules import MAX_CONTACT_NOTE, clean_note


@pytest.fixture
def desks(live_server):
    desks = quiet_queue(live_server)
    yield desks
    for desk in desks.values():
        desk.close()


def note_of(desk: Desk, contact_id: str) -> dict | None:
    return desk.records("contact_note").get(contact_id)


def accepted_chat(server, desk: Desk) -> str:
    chat = start_chat(server, text="Äitini tarvitsee apua")
    assert desk.push("contact.accept", contact_id=chat)["status"] == "applied"
    return chat


def test_a_note_reaches_its_handler_only_and_not_the_contact_row(live_server, desks):
    anna, liisa, paivi = desks["anna"], desks["liisa"], desks["paivi"]
    chat = accepted_chat(live_server, anna)
    r = anna.push("contact.note", contact_id=chat, text="Sovittu: soitan tyttärelle\nhuomenna.")
    assert r["status"] == "applied", r
    note = note_of(anna, chat)
    assert note and note["text"] == "Sovittu: soitan tyttärelle\nhuomenna."
    assert note["updated_by_name"] == "Anna Virtanen"
    # Nobody else of the region receives it: not a colleague, not a supervisor.
    assert note_of(liisa, chat) is None and note_of(paivi, chat) is None
    assert "soitan" not in str(liisa.contact(chat)), "the note is not on the contact row"


def test_a_handover_takes_the_note_to_the_next_handler(live_server, desks):
    anna, liisa = desks["anna"], desks["liisa"]
    chat = accepted_chat(live_server, anna)
    anna.push("contact.note", contact_id=chat, text="Kotihoidon hakemus kesken")
    liisa.presence("available")
    assert anna.push("contact.handover", contact_id=chat, to_user_id=liisa.id,
                     note="")["status"] == "applied"
    assert note_of(anna, chat) is None, "the one who handed it over no longer holds it"
    assert note_of(liisa, chat) is None, "nobody holds it while it waits"
    assert liisa.push("contact.accept", contact_id=chat)["status"] == "applied"
    assert note_of(liisa, chat)["text"] == "Kotihoidon hakemus kesken"


def test_the_wrap_up_saves_the_note_with_it(live_server, desks):
    anna = desks["anna"]
    chat = accepted_chat(live_server, anna)
    anna.push("contact.close", contact_id=chat)
    r = anna.push("contact.wrap_up", contact_id=chat, topics=["home_help"],
                  client_group="older_people", outcome="follow_up",
                  note="  Lähetän hakemuksen\u0007 maanantaina.  ")
    assert r["status"] == "applied", r
    assert note_of(anna, chat)["text"] == "Lähetän hakemuksen maanantaina."
    assert anna.contact(chat)["wrapped_up_at"]
    # Left out, the note stays as it was.
    anna.push("contact.wrap_up", contact_id=chat, topics=["food"],
              client_group="older_people", outcome="follow_up")
    assert note_of(anna, chat)["text"] == "Lähetän hakemuksen maanantaina."


def test_a_note_over_the_limit_is_refused_and_changes_nothing(live_server, desks):
    anna = desks["anna"]
    chat = accepted_chat(live_server, anna)
    anna.push("contact.note", contact_id=chat, text="Ensimmäinen")
    r = anna.push("contact.note", contact_id=chat, text="x" * (MAX_CONTACT_NOTE + 1))
    assert r["status"] == "rejected" and r["code"] == "invalid"
    assert str(MAX_CONTACT_NOTE) in r["error"]
    anna.push("contact.close", contact_id=chat)
    r = anna.push("contact.wrap_up", contact_id=chat, topics=["food"],
                  client_group="older_people", outcome="resolved",
                  note="y" * (MAX_CONTACT_NOTE + 1))
    assert r["status"] == "rejected" and r["code"] == "invalid"
    assert note_of(anna, chat)["text"] == "Ensimmäinen"
    assert not anna.contact(chat)["wrapped_up_at"], "the wrap-up and its note go together"


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_any_note_is_kept_as_the_shared_rule_cleans_it(live_server, text):
    anna = Desk(live_server, "anna")
    try:
        chat = accepted_chat(live_server, anna)
        r = anna.push("contact.note", contact_id=chat, text=text)
        assert r["status"] == "applied", r
        cleaned = clean_note(text)
        kept = note_of(anna, chat)
        assert (kept or {}).get("text", "") == cleaned
        anna.push("contact.close", contact_id=chat)
    finally:
        anna.close()


def call_from(server, number: str) -> str:
    r = httpx.post(f"{server.url}/api/telephony/events",
                   headers={"X-Telephony-Secret": TELEPHONY_SECRET},
                   json={"event": "offered", "call_id": f"note-{new_id()}", "caller": number,
                         "service_line": "+358 2 262 6000"})
    r.raise_for_status()
    return r.json()["contact_id"]


def test_the_counsellor_confirms_the_caller_among_the_screen_pop_matches(live_server, desks):
    anna = desks["anna"]
    call = call_from(live_server, "040 100 0004")
    assert anna.push("contact.accept", contact_id=call)["status"] == "applied"
    contact = anna.contact(call)
    assert contact["citizen_name"] == "", "the platform gives a number, not a name"
    match = contact["candidates"][0]
    # A client the number did not match cannot be linked to the call.
    other = next(c for c in anna.records("client", "clients").values()
                 if c["id"] != match["client_id"])
    r = anna.push("contact.identify", contact_id=call, client_id=other["id"], relative=False)
    assert r["status"] == "rejected" and r["code"] == "not_a_match"
    assert anna.push("contact.identify", contact_id=call, client_id=match["client_id"],
                     relative=False)["status"] == "applied"
    contact = anna.contact(call)
    assert contact["citizen_name"] == match["name"]
    assert contact["client_id"] == match["client_id"]
    anna.push("contact.close", contact_id=call)


def test_the_demo_callers_are_who_their_numbers_say(fresh_server):
    """The seeded demo's call was named "Pentti" while its number belonged to another
    client, whose name the screen pop showed. (A server of its own: on the shared one an
    earlier test may have ended the demo's calls, and an ended contact reaches only its
    handler.)"""
    paivi = Desk(fresh_server, "paivi")
    try:
        seeded = {number for channel, *_rest, number in WAITING if number}
        calls = [c for c in paivi.records("contact").values()
                 if c["channel"] in ("phone", "callback") and c.get("caller_number") in seeded]
        assert {c["channel"] for c in calls} == {"phone", "callback"}
        for c in calls:
            people = {(m.get("relative_name") if m.get("relation") else m.get("name"))
                      for m in c.get("candidates") or []}
            if c["channel"] == "phone":
                assert c["candidates"], "the demo's call comes from a client's number"
                assert c["citizen_name"] == "", "a call carries its number, not a name"
            elif people:
                assert c["citizen_name"] in people, c
    finally:
        paivi.close()
