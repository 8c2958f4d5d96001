"""Need to know in what the workstation receives (client data act 703/2023, GDPR art. 9):
a contact's messages reach its handler only, the waiting queue gets a short preview with
identity codes masked, and a conversation leaves the local store of whoever no longer
handles it. Real server over HTTP, real workstation cores (SyncEngine + LocalStore)."""

from __future__ import annotations

import json
import smtplib
import time
from email.message import EmailMessage

import pytest

from tests.server.test_citizen_chat import messages, post_message, stream_events
from tests.support.desk import Desk, quiet_queue, start_chat
from tests.support.live_server import free_port, launch
from tests.support.workstation import make_core, start_citizen_chat, wait_until
from workstation.ids import new_id

HETU = "131052-308T"          # a valid personal identity code (python-stdnum's example)
MAIL_TO = "seniorineuvonta@turku.example"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    smtp_port = free_port()
    s = launch(tmp_path_factory.mktemp("need-to-know"), extra_env={
        "NEUVO_SMTP_LISTEN": f"127.0.0.1:{smtp_port}"})
    s.smtp_port = smtp_port  # type: ignore[attr-defined]
    yield s
    s.cleanup()


@pytest.fixture
def desks(server, people):
    return quiet_queue(server, people)


def pulled(desk: Desk) -> list[dict]:
    """Every change a workstation syncing this user's queue from scratch receives."""
    changes, cursor = [], 0
    while True:
        page = desk.http.get("/sync/pull", params={"scope": "queue", "cursor": cursor,
                                                   "limit": 1000}).json()
        changes += page["changes"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return changes


def texts_of(desk: Desk, contact_id: str) -> list[str]:
    return [m["text"] for m in sorted(desk.records("chat_message").values(),
                                      key=lambda m: m["created_at"])
            if m["contact_id"] == contact_id]


def mail_in(server, subject: str, text: str) -> None:
    m = EmailMessage()
    m["From"] = "Marja Mäkelä <marja.m@example.com>"
    m["To"] = MAIL_TO
    m["Subject"] = subject
    m["Message-ID"] = f"<{new_id()}@example.com>"
    m.set_content(text)
    with smtplib.SMTP("127.0.0.1", server.smtp_port, timeout=30) as smtp:
        smtp.send_message(m)


def stored_texts(core, contact_id: str) -> list[str]:
    """What the workstation's local store holds of a contact's messages (any row with
    data, deleted or not: a tombstone must not keep the text)."""
    with core.store.engine.begin() as conn:
        rows = conn.exec_driver_sql(
            "SELECT data FROM records WHERE entity='chat_message' AND data IS NOT NULL"
        ).all()
    return [d["text"] for d in (json.loads(r[0]) for r in rows)
            if d["contact_id"] == contact_id]


def test_a_counsellor_syncing_from_scratch_gets_no_message_of_contacts_they_do_not_handle(
        server, desks):
    chat = start_citizen_chat(server.url, f"Hei, henkilötunnukseni on {HETU}. Äitini "
                              "tarvitsee kotihoitoa ja ateriapalvelua, mistä aloitan?")
    mail_in(server, f"Hakemus {HETU}", f"Hei, tunnukseni on {HETU}, haen tukea.")
    erik = desks["erik"]
    mail = wait_until(lambda: next((c["data"] for c in pulled(erik)
                                    if c["entity"] == "contact" and c["data"]
                                    and c["data"]["channel"] == "email"
                                    and c["data"]["status"] == "waiting"), None))
    everything = pulled(erik)
    assert HETU not in json.dumps(everything), "no identity code reaches the region"
    assert not [c for c in everything if c["entity"] == "chat_message"], \
        "a counsellor who handles nothing receives no message at all"
    # The queue still has what a counsellor needs to pick: channel, language,
    # municipality, waiting time and a short preview.
    waiting = {c["id"]: c["data"] for c in everything if c["entity"] == "contact"}
    row = waiting[chat["chat_id"]]
    assert (row["channel"], row["language"], row["municipality_code"]) == ("chat", "fi", "853")
    assert row["created_at"] and row["status"] == "waiting"
    assert row["subject"].startswith("Hei, henkilötunnukseni on ******-****. Äitini")
    assert len(row["subject"]) <= 80
    assert mail["subject"] == "Hakemus ******-****"
    # What the counsellor reads in the queue's subject column (ui/queue/model.py).
    from ui.queue.model import QueueModel

    assert QueueModel.subject_text(row) == f"Testi: {row['subject']}"
    assert QueueModel.subject_text(mail) == "Marja Mäkelä: Hakemus ******-****"


def test_the_handler_gets_the_whole_conversation_and_the_citizen_sees_it_once(server, desks):
    anna = desks["anna"]
    chat = start_citizen_chat(server.url, f"Tunnukseni {HETU}, tarvitsen apua")
    assert post_message(server, chat, "Toinen viesti odottaessa").status_code == 201
    assert texts_of(anna, chat["chat_id"]) == [], "not before she takes it"
    assert anna.push("contact.accept", contact_id=chat["chat_id"])["status"] == "applied"
    assert texts_of(anna, chat["chat_id"]) == [f"Tunnukseni {HETU}, tarvitsen apua",
                                               "Toinen viesti odottaessa"]
    assert post_message(server, chat, "Kolmas").status_code == 201
    assert texts_of(anna, chat["chat_id"])[-1] == "Kolmas"
    assert texts_of(desks["erik"], chat["chat_id"]) == []
    assert texts_of(desks["paivi"], chat["chat_id"]) == [], \
        "a supervisor gets the messages of the contacts they handle, not the region's"
    # The citizen's stream reads the chat by its group: each message once, although the
    # log now addresses them twice (nobody, then the handler).
    events = stream_events(server, chat, until=lambda ev: len(messages(ev)) >= 3)
    assert [m["text"] for m in messages(events)] == [
        f"Tunnukseni {HETU}, tarvitsen apua", "Toinen viesti odottaessa", "Kolmas"]


def test_after_handover_the_new_handler_has_it_and_after_the_end_only_they_do(
        server, desks, tmp_path):
    anna, liisa, erik = desks["anna"], desks["liisa"], desks["erik"]
    chat = start_citizen_chat(server.url, "Isäni muistisairaus, tarvitsemme apua")
    cid = chat["chat_id"]
    cores = {name: make_core(server.url, name, tmp_path / name)
             for name in ("anna", "liisa", "erik")}
    try:
        for core in cores.values():
            core.start()
        assert anna.push("contact.accept", contact_id=cid)["status"] == "applied"
        reply = new_id()
        assert anna.push("chat.send", id=reply, contact_id=cid,
                         text="Kerron vaihtoehdoista")["status"] == "applied"
        wait_until(lambda: len(stored_texts(cores["anna"], cid)) == 2)

        liisa.presence("available")
        r = anna.push("contact.handover", contact_id=cid, to_user_id=liisa.id,
                      note="Muistihoitaja")
        assert r["status"] == "applied", r
        # The one who handed it over no longer handles it: it leaves her store.
        wait_until(lambda: stored_texts(cores["anna"], cid) == [])
        assert liisa.push("contact.accept", contact_id=cid)["status"] == "applied"
        wait_until(lambda: stored_texts(cores["liisa"], cid) == [
            "Isäni muistisairaus, tarvitsemme apua", "Kerron vaihtoehdoista"])
        assert texts_of(anna, cid) == [], "nor does a fresh sync of hers bring it back"

        assert liisa.push("contact.close", contact_id=cid)["status"] == "applied"
        wait_until(lambda: cores["liisa"].store.get("contact", cid)["status"] == "closed")
        # The ended contact itself leaves the others' stores too.
        wait_until(lambda: cores["erik"].store.get("contact", cid) is None)
        wait_until(lambda: cores["anna"].store.get("contact", cid) is None)
        assert stored_texts(cores["erik"], cid) == []
        assert stored_texts(cores["anna"], cid) == []
        assert len(stored_texts(cores["liisa"], cid)) == 2, "the handler keeps it"
        assert texts_of(erik, cid) == [] and texts_of(anna, cid) == []
        assert len(texts_of(liisa, cid)) == 2
    finally:
        for core in cores.values():
            core.stop()


def test_taking_a_handed_over_contact_back_brings_the_conversation_back(
        server, desks, tmp_path):
    anna, liisa = desks["anna"], desks["liisa"]
    chat = start_citizen_chat(server.url, "Kysymys omaishoidosta")
    cid = chat["chat_id"]
    core = make_core(server.url, "anna", tmp_path / "anna")
    try:
        core.start()
        draft = "Vastaus, jota en ole vielä lähettänyt"
        core.engine.call(lambda: core.store.save_draft(f"chat:{cid}", draft))
        assert anna.push("contact.accept", contact_id=cid)["status"] == "applied"
        wait_until(lambda: stored_texts(core, cid) == ["Kysymys omaishoidosta"])
        liisa.presence("available")
        assert anna.push("contact.handover", contact_id=cid, to_user_id=liisa.id,
                         note="")["status"] == "applied"
        wait_until(lambda: stored_texts(core, cid) == [])
        assert core.store.draft(f"chat:{cid}") == draft, "what she typed is not lost"
        assert liisa.push("contact.decline", contact_id=cid)["status"] == "applied"
        wait_until(lambda: anna.contact(cid)["offered_to"] is None)
        assert anna.push("contact.accept", contact_id=cid)["status"] == "applied"
        wait_until(lambda: stored_texts(core, cid) == ["Kysymys omaishoidosta"])
        assert [m["text"] for m in core.store.all("chat_message")
                if m["contact_id"] == cid] == ["Kysymys omaishoidosta"]
    finally:
        core.stop()


def stored_contacts(core) -> dict[str, dict]:
    """Every contact row the workstation's local store holds data of (a tombstone keeps
    none: a deleted row must not keep the citizen's name either)."""
    with core.store.engine.begin() as conn:
        rows = conn.exec_driver_sql(
            "SELECT id, coalesce(overlay, data) FROM records WHERE entity='contact' "
            "AND coalesce(overlay, data) IS NOT NULL").all()
    return {rid: json.loads(j) for rid, j in rows}


def test_an_ended_contact_leaves_every_store_but_its_handlers(server, desks, tmp_path):
    """The contact row carries the citizen's name (a caller's number, a mail address, the
    handover note, the wrap-up): while it waits the region's queue needs it and while it
    is handled the team sees who is on what; once it has ended only its handler does."""
    anna, erik = desks["anna"], desks["erik"]
    name = "Ulla Ylätalo"
    cid = start_chat(server, name=name, text="Kysyisin kuljetuspalvelusta")
    cores = {who: make_core(server.url, who, tmp_path / who)
             for who in ("anna", "erik", "paivi")}
    try:
        for core in cores.values():
            core.start()
        for core in cores.values():   # the queue: everyone's store has it waiting
            wait_until(lambda core=core: (core.store.get("contact", cid) or {})
                       .get("status") == "waiting")
        assert anna.push("contact.accept", contact_id=cid)["status"] == "applied"
        for core in cores.values():   # the team view: who is on what
            wait_until(lambda core=core: (core.store.get("contact", cid) or {})
                       .get("accepted_by") == anna.id)
        assert anna.push("contact.close", contact_id=cid)["status"] == "applied"
        wait_until(lambda: (cores["anna"].store.get("contact", cid) or {})
                   .get("status") == "closed")
        for who in ("erik", "paivi"):
            wait_until(lambda who=who: cid not in stored_contacts(cores[who]))
            assert cores[who].store.get("contact", cid) is None
            assert name not in json.dumps(stored_contacts(cores[who]), ensure_ascii=False)
        assert anna.push("contact.wrap_up", contact_id=cid, topics=["home_help"],
                         client_group="older_people", outcome="resolved")["status"] == "applied"
        wait_until(lambda: (cores["anna"].store.get("contact", cid) or {}).get("wrapped_up_at"))
        assert cores["anna"].store.get("contact", cid)["citizen_name"] == name
        assert cores["anna"].store.get("contact", cid)["topics"] == ["home_help"]
        # Her own ended contacts stay hers: the queue view offers her wrap-ups from them.
        time.sleep(0.3)   # the wrap-up's change would have reached the others by now
        for who in ("erik", "paivi"):
            assert cid not in stored_contacts(cores[who]), "the wrap-up is hers alone"
        assert cid not in erik.records("contact")
        assert anna.records("contact")[cid]["topics"] == ["home_help"]
    finally:
        for core in cores.values():
            core.stop()


def test_a_fresh_store_gets_no_contact_that_ended_before(server, desks, tmp_path):
    """Syncing from scratch (a new workstation, a reset store) brings the queue and the
    open contacts, and no contact of anyone else that has ended: after compaction not even
    its earlier states."""
    anna, paivi = desks["anna"], desks["paivi"]
    handled = start_chat(server, name="Kalle Käsitelty", text="Apua asumiseen")
    dropped = start_chat(server, name="Leena Lähtenyt", text="Apua kotiin")
    waiting = start_chat(server, name="Olli Odottaja", text="Apua rahaan")
    taken = start_chat(server, name="Aino Avoin", text="Apua muistiin")
    assert anna.push("contact.accept", contact_id=handled)["status"] == "applied"
    assert anna.push("contact.close", contact_id=handled)["status"] == "applied"
    # Nobody handled this one: once it has ended no workstation needs it at all.
    assert paivi.push("contact.close", contact_id=dropped)["status"] == "applied"
    assert anna.push("contact.accept", contact_id=taken)["status"] == "applied"

    core = make_core(server.url, "erik", tmp_path / "erik", stream=False)
    try:
        assert core.engine.try_sync()
        held = stored_contacts(core)
        assert held[waiting]["status"] == "waiting", "the queue still reaches everyone"
        assert held[taken]["accepted_by"] == anna.id, "and who is on what"
        assert handled not in held and dropped not in held
        assert anna.records("contact")[handled]["status"] == "closed"
        assert dropped not in anna.records("contact") and dropped not in paivi.records("contact")
    finally:
        core.stop()

    from server.db import Database
    from server.sync.service import compact

    db = Database(server.database_url)
    try:
        compact(db)
    finally:
        db.dispose()
    wire = json.dumps(pulled(desks["erik"]), ensure_ascii=False)
    assert "Kalle Käsitelty" not in wire and "Leena Lähtenyt" not in wire
    assert "Olli Odottaja" in wire and "Aino Avoin" in wire
    assert "Kalle Käsitelty" in json.dumps(pulled(anna), ensure_ascii=False), "the handler's own stays hers"
