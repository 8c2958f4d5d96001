"""Offering contacts over the real server: language, home municipality, idle time,
decline and miss, the accept race, wrap-up and handover."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager

import httpx
import pytest

from tests.support.desk import Desk, quiet_queue, start_chat
from tests.support.live_server import launch
from tests.support.workstation import wait_until

OFFER_SECONDS = 2


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    # Short offers, so a missed offer moves on within the test.
    s = launch(tmp_path_factory.mktemp("routing"), extra_env={
        "NEUVO_OFFER_SECONDS": str(OFFER_SECONDS)})
    yield s
    s.cleanup()


@pytest.fixture
def desks(server, people):
    return quiet_queue(server, people)


def offered_to(desk: Desk, contact_id: str) -> str | None:
    return desk.contact(contact_id).get("offered_to")


def offer_reaches(desk: Desk, contact_id: str, expected: str) -> bool:
    """Routing runs just after the commit that asked for it: wait for the offer."""
    try:
        wait_until(lambda: offered_to(desk, contact_id) == expected, timeout=5)
    except AssertionError:
        return False
    return True


@contextmanager
def moved_to_another_team(server, desk: Desk, name: str, municipality: str):
    """``desk``'s user in a team of their own for the test (yields the team's id), put
    back afterwards."""
    from server.app import create_app  # noqa: F401  (registers the entities)
    from server.db import Database, new_id
    from server.directory.models import Team, User

    home_team = desk.user["team_id"]
    db = Database(server.database_url)
    try:
        with db.session() as s:
            other = Team(id=new_id(), name=name, municipality_code=municipality)
            s.add(other)
            s.flush()
            other_id = other.id
            s.get(User, desk.id).team_id = other_id
            s.commit()
        yield other_id
    finally:
        with db.session() as s:
            s.get(User, desk.id).team_id = home_team
            s.commit()
        db.dispose()


def settled() -> None:
    """Give the router time to act before checking that it did *not* offer something."""
    time.sleep(0.5)


def test_the_language_must_match(server, desks):
    desks["liisa"].presence("available")      # Finnish only, idle longest
    desks["erik"].presence("available")       # Swedish and Finnish
    chat = start_chat(server, language="sv", municipality="445", text="Hej, jag behöver hjälp")
    assert offer_reaches(desks["erik"], chat, desks["erik"].id)


def test_the_home_municipality_comes_before_idle_time(server, desks):
    desks["anna"].presence("available")       # Turku, idle longest
    time.sleep(0.05)
    desks["liisa"].presence("available")      # Salo
    salo = start_chat(server, municipality="734")
    assert offer_reaches(desks["anna"], salo, desks["liisa"].id)
    kaarina = start_chat(server, municipality="202")
    assert offer_reaches(desks["anna"], kaarina, desks["anna"].id), \
        "no Kaarina counsellor: the longest idle one gets it"


def test_a_declined_offer_goes_to_the_next_counsellor(server, desks):
    desks["mikko"].presence("available")
    time.sleep(0.05)
    desks["liisa"].presence("available")
    chat = start_chat(server, municipality="853")
    assert offer_reaches(desks["mikko"], chat, desks["mikko"].id)
    assert desks["mikko"].push("contact.decline", contact_id=chat)["status"] == "applied"
    assert offer_reaches(desks["mikko"], chat, desks["liisa"].id)
    # The one who declined is not offered it again at once, nor can he take it from her.
    refused = desks["mikko"].push("contact.accept", contact_id=chat)
    assert refused["status"] == "rejected" and refused["code"] == "offered_to_other"


def test_a_missed_offer_moves_on_and_the_desk_goes_away(server, desks):
    desks["mikko"].presence("available")
    time.sleep(0.05)
    desks["liisa"].presence("available")
    chat = start_chat(server, municipality="853")
    assert offer_reaches(desks["mikko"], chat, desks["mikko"].id)
    wait_until(lambda: offered_to(desks["mikko"], chat) == desks["liisa"].id,
               timeout=OFFER_SECONDS + 5)
    assert desks["mikko"].my_presence() == "away"


def test_accept_wrap_up_and_the_next_offer(server, desks):
    anna = desks["anna"]
    anna.presence("available")
    first = start_chat(server, text="Ensimmäinen")
    second = start_chat(server, text="Toinen")
    assert offer_reaches(anna, first, anna.id)
    settled()
    assert offered_to(anna, second) is None, "one offer at a time"
    assert anna.push("contact.accept", contact_id=first)["status"] == "applied"
    accepted = anna.contact(first)
    assert accepted["answer_seconds"] is not None and accepted["answer_seconds"] < 30
    assert anna.my_presence() == "busy"
    settled()
    assert offered_to(anna, second) is None, "busy counsellors get no offers"
    anna.push("contact.close", contact_id=first)
    assert anna.my_presence() == "after_contact_work"
    settled()
    assert offered_to(anna, second) is None, "no offer before the wrap-up"
    result = anna.push("contact.wrap_up", contact_id=first, topics=["home_help", "food"],
                       client_group="older_people", outcome="resolved")
    assert result["status"] == "applied", result
    done = anna.contact(first)
    assert done["outcome"] == "resolved" and done["topics"] == ["home_help", "food"]
    assert done["acw_seconds"] is not None and done["acw_seconds"] >= 0
    assert anna.my_presence() == "available"
    assert offer_reaches(anna, second, anna.id), "the next contact is offered at once"


def test_a_wrap_up_needs_topics_and_a_known_outcome(server, desks):
    anna = desks["anna"]
    anna.presence("available")
    chat = start_chat(server)
    anna.push("contact.accept", contact_id=chat)
    still_open = anna.push("contact.wrap_up", contact_id=chat, topics=["food"],
                           client_group="older_people", outcome="resolved")
    assert still_open["code"] == "still_open"
    anna.push("contact.close", contact_id=chat)
    for bad in ({"topics": [], "outcome": "resolved"},
                {"topics": ["food"], "outcome": "abandoned"},
                {"topics": ["astrology"], "outcome": "resolved"}):
        r = anna.push("contact.wrap_up", contact_id=chat, client_group="older_people", **bad)
        assert r["status"] == "rejected" and r["code"] == "invalid", r
    assert anna.my_presence() == "after_contact_work", "a refused wrap-up changes nothing"
    r = desks["liisa"].push("contact.wrap_up", contact_id=chat, topics=["food"],
                            client_group="older_people", outcome="resolved")
    assert r["code"] == "not_yours"


def test_in_pick_mode_nothing_is_offered_and_two_racing_accepts_have_one_winner(server, desks):
    boss = desks["paivi"]
    team = desks["anna"].user["team_id"]
    assert boss.push("team.set_routing_mode", team_id=team, mode="pick")["status"] == "applied"
    try:
        desks["anna"].presence("available")
        desks["liisa"].presence("available")
        for _ in range(5):
            chat = start_chat(server)
            settled()
            assert offered_to(boss, chat) is None
            results: dict[str, dict] = {}
            barrier = threading.Barrier(2)

            def accept(name: str, contact_id: str = chat, results=results,
                       barrier=barrier) -> None:
                barrier.wait()
                results[name] = desks[name].push("contact.accept", contact_id=contact_id)

            threads = [threading.Thread(target=accept, args=(n,)) for n in ("anna", "liisa")]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            statuses = sorted(r["status"] for r in results.values())
            assert statuses == ["applied", "rejected"], results
            loser = next(r for r in results.values() if r["status"] == "rejected")
            assert loser["code"] == "already_taken"
            winner = next(n for n, r in results.items() if r["status"] == "applied")
            assert desks[winner].contact(chat)["accepted_by"] == desks[winner].id
            assert desks[winner].user["display_name"] in loser["error"], "the loser is told who won"
            desks[winner].push("contact.close", contact_id=chat)
            desks[winner].push("contact.wrap_up", contact_id=chat, topics=["other"],
                               client_group="older_people", outcome="resolved")
    finally:
        boss.push("team.set_routing_mode", team_id=team, mode="offer")


def test_a_warm_handover_offers_the_contact_with_the_note_and_the_history(server, desks):
    anna, erik = desks["anna"], desks["erik"]
    anna.presence("available")
    chat = start_chat(server, text="Voinko puhua ruotsiksi?")
    anna.push("contact.accept", contact_id=chat)
    anna.push("chat.send", id="0" * 8 + "-0000-7000-8000-" + "0" * 12, contact_id=chat,
              text="Hetki, siirrän sinut.")
    refused = anna.push("contact.handover", contact_id=chat, to_user_id=erik.id, note="")
    assert refused["code"] == "not_available", "a warm handover needs someone to take it"
    erik.presence("available")
    r = anna.push("contact.handover", contact_id=chat, to_user_id=erik.id,
                  note="Haluaa palvelua ruotsiksi")
    assert r["status"] == "applied", r
    handed = erik.contact(chat)
    assert handed["status"] == "waiting" and handed["offered_to"] == erik.id
    assert handed["handover_note"] == "Haluaa palvelua ruotsiksi"
    assert anna.my_presence() == "available"
    assert erik.push("contact.accept", contact_id=chat)["status"] == "applied"
    texts = [m["text"] for m in erik.records("chat_message").values()
             if m["contact_id"] == chat]
    assert "Hetki, siirrän sinut." in texts, "the new handler sees the conversation so far"


def test_a_supervisor_closes_contacts_of_their_own_team_only(server, desks):
    import subprocess
    import sys

    from tests.support.live_server import ROOT

    # A counsellor outside Päivi's team (created without --team).
    made = subprocess.run(
        [sys.executable, "-m", "server", "create-user", "outi", "--role", "counsellor",
         "--name", "Outi Ulkopuolinen", "--municipality", "202", "--languages", "fi",
         "--database-url", server.database_url],
        input="salasana-123\n", text=True, capture_output=True, cwd=ROOT, env=server.env(),
        start_new_session=True, timeout=60)
    assert made.returncode == 0, made.stderr
    outi = Desk(server, "outi", "salasana-123")
    anna, paivi = desks["anna"], desks["paivi"]
    theirs = start_chat(server, municipality="202")
    ours = start_chat(server, municipality="853")
    assert outi.push("contact.accept", contact_id=theirs)["status"] == "applied"
    assert anna.push("contact.accept", contact_id=ours)["status"] == "applied"

    refused = paivi.push("contact.close", contact_id=theirs)
    assert refused["status"] == "rejected" and refused["code"] == "not_yours"
    assert paivi.contact(theirs)["status"] == "accepted", "nothing changed"
    assert paivi.push("contact.close", contact_id=ours)["status"] == "applied"
    assert anna.contact(ours)["status"] == "closed"
    assert ours not in paivi.records("contact"), "ended, it is its handler's alone"

    assert outi.push("contact.close", contact_id=theirs)["status"] == "applied"
    for desk, cid in ((outi, theirs), (anna, ours)):
        assert desk.push("contact.wrap_up", contact_id=cid, topics=["other"],
                         client_group="older_people", outcome="resolved")["status"] == "applied"
    outi.close()


def test_a_supervisor_sets_skills_and_the_router_follows_them(server, desks):
    boss, erik = desks["paivi"], desks["erik"]
    erik.presence("available")
    try:
        r = boss.push("user.set_skills", user_id=erik.id, languages=["fi"], client_groups=[])
        assert r["status"] == "applied", r
        assert boss.records("user", scope="directory")[erik.id]["languages"] == ["fi"]
        chat = start_chat(server, language="sv", municipality="445", text="Hej")
        settled()
        assert offered_to(boss, chat) is None, "nobody available speaks Swedish now"
        # Given Swedish back, Erik is offered the chat at once.
        boss.push("user.set_skills", user_id=erik.id, languages=["sv", "fi"], client_groups=[])
        assert offer_reaches(erik, chat, erik.id)
        assert boss.records("user", scope="directory")[erik.id]["languages"] == ["fi", "sv"]
    finally:
        boss.push("user.set_skills", user_id=erik.id, languages=["sv", "fi"], client_groups=[])


def test_client_groups_route_what_the_citizen_said_and_an_unsaid_group_goes_to_anyone(
        server, desks):
    boss, erik = desks["paivi"], desks["erik"]
    erik.presence("available")
    try:
        boss.push("user.set_skills", user_id=erik.id, languages=["fi", "sv"],
                  client_groups=["families"])
        older = start_chat(server, language="sv", municipality="445", text="Min pappa",
                           client_group="older_people")
        settled()
        assert offered_to(boss, older) is None, "not one of the groups Erik serves"
        family = start_chat(server, language="sv", municipality="445", text="Mitt barn",
                            client_group="families")
        assert offer_reaches(erik, family, erik.id)
        erik.push("contact.decline", contact_id=family)
        boss.push("contact.close", contact_id=family)
        unsaid = start_chat(server, language="sv", municipality="445", text="Hej")
        assert boss.contact(unsaid)["client_group"] is None
        assert offer_reaches(erik, unsaid, erik.id), "a group nobody said narrows nothing"
        # Changing his groups keeps that offer: it is of no known group.
        boss.push("user.set_skills", user_id=erik.id, languages=["fi", "sv"],
                  client_groups=["disability"])
        settled()
        assert offered_to(boss, unsaid) == erik.id
        assert offered_to(boss, older) is None
    finally:
        boss.push("user.set_skills", user_id=erik.id, languages=["sv", "fi"], client_groups=[])


def test_skills_are_set_only_by_a_supervisor_of_the_team_and_only_to_known_values(server,
                                                                                desks):
    boss, anna, erik = desks["paivi"], desks["anna"], desks["erik"]
    before = boss.records("user", scope="directory")[erik.id]
    refused = anna.push("user.set_skills", user_id=erik.id, languages=["fi"], client_groups=[])
    assert refused["status"] == "rejected" and refused["code"] == "forbidden"
    for bad in ({"languages": []}, {"languages": ["en"]}, {"languages": ["fi", "fi"]},
                {"languages": ["fi"], "client_groups": ["astrologers"]}):
        r = boss.push("user.set_skills", user_id=erik.id, **{"client_groups": [], **bad})
        assert r["status"] == "rejected" and r["code"] == "invalid", (bad, r)
    r = boss.push("user.set_skills", user_id="no-such-person", languages=["fi"])
    assert r["code"] == "no_such_user"
    people = boss.records("user", scope="directory")
    professional = next(u for u in people.values() if u["username"] == "helena")
    r = boss.push("user.set_skills", user_id=professional["id"], languages=["fi"])
    assert r["code"] == "not_in_queue"
    assert boss.records("user", scope="directory")[erik.id] == before, "nothing changed"


def test_a_supervisor_may_not_set_the_skills_of_another_team(server, desks):
    mikko = desks["mikko"].id
    with moved_to_another_team(server, desks["mikko"], "Salon seudun neuvonta", "734"):
        r = desks["paivi"].push("user.set_skills", user_id=mikko, languages=["fi", "sv"])
        assert r["status"] == "rejected" and r["code"] == "forbidden", r
        admin = Desk(server, "admin")
        try:
            assert admin.push("user.set_skills", user_id=mikko,
                              languages=["fi"])["status"] == "applied"
        finally:
            admin.close()


def test_a_contact_handed_to_another_team_goes_only_to_that_team(server, desks):
    anna, liisa, mikko = desks["anna"], desks["liisa"], desks["mikko"]
    with moved_to_another_team(server, mikko, "Kaarinan neuvonta", "202") as other_id:
        liisa.presence("available")      # idle longest, but in Anna's team
        anna.presence("available")
        chat = start_chat(server, municipality="853")
        assert offer_reaches(anna, chat, anna.id), "Turku's chat: Anna's home municipality"
        assert anna.push("contact.accept", contact_id=chat)["status"] == "applied"
        mikko.presence("available")
        r = anna.push("contact.handover", contact_id=chat, to_team_id=other_id,
                      note="Kaarinan asia")
        assert r["status"] == "applied", r
        assert offer_reaches(mikko, chat, mikko.id), "the other team's counsellor gets it"
        handed = mikko.contact(chat)
        assert handed["team_id"] == other_id and handed["handover_note"] == "Kaarinan asia"
        mikko.push("contact.decline", contact_id=chat)
        settled()
        assert mikko.contact(chat)["offered_to"] is None, \
            "not to Liisa or Anna: they are not in that team"
        # Mikko takes it after all, so the next test starts from an empty queue.
        assert mikko.push("contact.accept", contact_id=chat)["status"] == "applied"
        mikko.push("contact.close", contact_id=chat)
        mikko.push("contact.wrap_up", contact_id=chat, topics=["other"],
                   client_group="older_people", outcome="resolved")


def test_answer_time_runs_from_the_offer_and_for_a_call_from_its_arrival(server, desks):
    """A chat that waited for someone to come free is answered quickly once offered; a
    caller has been holding the line since the call came in."""
    import uuid

    from tests.support.live_server import TELEPHONY_SECRET

    anna = desks["anna"]
    chat = start_chat(server, municipality="853")
    call_id = f"c-{uuid.uuid4()}"
    r = httpx.post(f"{server.url}/api/telephony/events",
                   headers={"X-Telephony-Secret": TELEPHONY_SECRET},
                   json={"event": "offered", "call_id": call_id, "caller": "",
                         "service_line": "+358 2 262 6000"})
    call = r.json()["contact_id"]
    time.sleep(2.0)                       # nobody is available yet
    anna.presence("available")
    for contact in (chat, call):
        assert offer_reaches(anna, contact, anna.id)
        assert anna.push("contact.accept", contact_id=contact)["status"] == "applied"
        answered = anna.contact(contact)["answer_seconds"]
        if contact == chat:
            assert answered < 1.5, "from the offer, not from the 2 s before anyone was free"
        else:
            assert answered >= 2.0, "the caller waited from the start"
        anna.push("contact.close", contact_id=contact)
        anna.push("contact.wrap_up", contact_id=contact, topics=["other"],
                  client_group="older_people", outcome="resolved")
