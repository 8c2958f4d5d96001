"""Who may do what to which record: every registered mutation and every endpoint, tried by
users of the wrong role, the wrong municipality, the wrong team and the wrong guidance
point, then by the right one, over real HTTP (one server per database).

A new mutation or endpoint joins by registering (``@mutation(..., may=rule)``,
``@access(gate, rule)``) and adding its case here: the first two tests fail until it has
one.

The world: the demo's team A (anna, Turku, fi/sv; liisa, Salo, fi; erik; mikko; sari, the
walk-in adviser of Raisio; paivi, their supervisor; helena, a professional; admin) and a
team B made here (bertta, a Finnish-only counsellor of Turku; bosse, its supervisor)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

import httpx
import pytest
from pydantic import BaseModel
from sqlalchemy import func, select

from server.app import create_app
from server.auth.service import hash_password
from server.canned.models import CannedReply
from server.clients.models import Client, ClientAccessLog
from server.config import Settings
from server.db import Database, new_id
from server.deps import api_routes, require_access
from server.directory.models import GuidancePoint, Team, User
from server.mail.service import receive_mail
from server.queue.models import ChatMessage, Contact, ContactNote, PresenceState, TypingState
from server.sync.changelog import record_change
from server.sync.registry import MUTATIONS, mutation
from server.walkin.models import Appointment
from tests.support.desk import Desk, start_chat
from tests.support.live_server import TELEPHONY_SECRET, LiveServer, launch

# What a refusal on authorisation grounds is called (the rules' Forbidden codes).
REFUSED = {"forbidden", "not_yours", "not_your_point", "not_your_language",
           "not_your_client_group", "other_team", "not_yet_due"}


@dataclass
class World:
    server: LiveServer
    db: Database
    team_a: str
    team_b: str
    desks: dict[str, tuple[float, Desk]] = field(default_factory=dict)

    def desk(self, name: str) -> Desk:
        """``name`` logged in (again, before the 15-minute access token runs out)."""
        born, desk = self.desks.get(name, (0.0, None))
        if desk is None or time.monotonic() - born > 600:
            if desk is not None:
                desk.close()
            desk = Desk(self.server, name)
            self.desks[name] = (time.monotonic(), desk)
        return desk

    def id(self, name: str) -> str:
        return self.desk(name).id

    def headers(self, name: str) -> dict:
        return {"Authorization": self.desk(name).http.headers["Authorization"]}

    def read(self, read: Callable):
        with self.db.read_session() as s:
            return read(s)

    def write(self, change: Callable) -> None:
        with self.db.session() as s:
            change(s)
            s.commit()

    def refused(self, who: str, name: str, args: dict, looks: Callable[[], object],
                code: str | None = None) -> None:
        """``who`` is refused ``name`` on authorisation grounds and what ``looks`` shows of
        the record is as it was."""
        before = looks()
        r = self.desk(who).push(name, **args)
        assert r["status"] == "rejected" and r["code"] in REFUSED, (who, name, r)
        if code:
            assert r["code"] == code, (who, name, r)
        assert looks() == before, f"{who}'s refused {name} changed the record"

    def no_effect(self, who: str, name: str, args: dict, looks: Callable[[], object]) -> None:
        """For a mutation on the caller's own state: someone else's record stays as it was."""
        before = looks()
        self.desk(who).push(name, **args)
        assert looks() == before, f"{who}'s {name} changed someone else's record"

    def applied(self, who: str, name: str, args: dict) -> dict:
        r = self.desk(who).push(name, **args)
        assert r["status"] == "applied", (who, name, r)
        return r

    # --- records ------------------------------------------------------------------------

    def contact(self, contact_id: str) -> tuple:
        def read(s):
            c = s.get(Contact, contact_id)
            return (c.status, c.accepted_by, c.offered_to, c.team_id, c.version)
        return self.read(read)

    def chat(self, language: str = "fi", municipality: str = "853") -> str:
        return start_chat(self.server, language=language, municipality=municipality,
                          text="Tarvitsen apua kotiin")

    def accepted_chat(self, who: str = "anna") -> str:
        chat = self.chat()
        self.applied(who, "contact.accept", {"contact_id": chat})
        return chat

    def point(self, name: str) -> str:
        return self.read(lambda s: s.scalar(select(GuidancePoint.id).where(
            GuidancePoint.name == name)))

    def appointment(self, appointment_id: str) -> tuple | None:
        def read(s):
            a = s.get(Appointment, appointment_id)
            return None if a is None else (a.status, a.citizen_name, a.starts_at, a.version)
        return self.read(read)

    def tidy(self) -> None:
        """Nobody available and nothing waiting: what one case leaves does not ring at
        the next one's desks."""
        def change(s):
            for c in s.scalars(select(Contact).where(Contact.status == "waiting")):
                c.status, c.offered_to = "closed", None
            for p in s.scalars(select(PresenceState)):
                p.state = "offline"
        self.write(change)


_slot = iter(range(1, 100000))


def booking(w: World, point: str, **extra) -> dict:
    """A booking at a time of its own (each a quarter of an hour later than the last)."""
    start = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) \
        + timedelta(days=2, minutes=15 * next(_slot))
    return {"id": new_id(), "guidance_point_id": point, "starts_at": start.isoformat(),
            "minutes": 10, "citizen_name": "Aili Laaksonen", "topic": "housing",
            "language": "fi"} | extra


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    server = launch(tmp_path_factory.mktemp("authorisation"))
    db = Database(server.database_url)
    ids = {}

    def make_team_b(s):
        team_a = s.scalar(select(User.team_id).where(User.username == "anna"))
        team_b = Team(id=new_id(), name="Salon asiakasohjaus", municipality_code="734")
        s.add(team_b)
        record_change(s, "team", team_b)
        password = hash_password("demo")
        for username, name, role, muni, langs in [
                ("bertta", "Bertta Aalto", "counsellor", "853", ["fi"]),
                ("bosse", "Bosse Ek", "supervisor", "734", ["fi", "sv"])]:
            u = User(id=new_id(), username=username, display_name=name, role=role,
                     municipality_code=muni, team_id=team_b.id, languages=langs,
                     password_hash=password)
            s.add(u)
            record_change(s, "user", u)
            p = PresenceState(user_id=u.id, state="offline")
            s.add(p)
            record_change(s, "presence", p)
        ids.update(team_a=team_a, team_b=team_b.id)

    with db.session() as s:
        make_team_b(s)
        s.commit()
    w = World(server, db, ids["team_a"], ids["team_b"])
    w.tidy()
    yield w
    for _, desk in w.desks.values():
        desk.close()
    db.dispose()
    server.cleanup()


# --- the mutations ------------------------------------------------------------------------

MUTATION_CASES: dict[str, Callable[[World], None]] = {}


def case(name: str):
    def register(fn: Callable[[World], None]):
        MUTATION_CASES[name] = fn
        return fn
    return register


@case("contact.accept")
def _accept(w: World) -> None:
    # The wrong language: a Finnish-only counsellor and a Swedish chat.
    swedish = w.chat("sv", "445")
    looks = lambda: w.contact(swedish)  # noqa: E731
    w.refused("liisa", "contact.accept", {"contact_id": swedish}, looks, "not_your_language")
    w.refused("helena", "contact.accept", {"contact_id": swedish}, looks, "forbidden")
    w.refused("admin", "contact.accept", {"contact_id": swedish}, looks, "forbidden")
    w.applied("anna", "contact.accept", {"contact_id": swedish})
    # A callback whose window opens in two days.
    start = datetime.now(UTC) + timedelta(days=2)
    later = httpx.post(f"{w.server.url}/api/public/callbacks", json={
        "name": "Eila Testinen", "phone": "040 123 4567", "language": "fi",
        "municipality_code": "853", "topic": "housing", "window_start": start.isoformat(),
        "window_end": (start + timedelta(hours=2)).isoformat()}).json()["request_id"]
    w.refused("anna", "contact.accept", {"contact_id": later}, lambda: w.contact(later),
              "not_yet_due")
    # A chat handed over to the other team: its earlier conversation goes to team B only.
    chat = w.accepted_chat("anna")
    w.applied("anna", "chat.send", {"id": new_id(), "contact_id": chat, "text": "Hei"})
    w.applied("anna", "contact.handover", {"contact_id": chat, "to_team_id": w.team_b,
                                           "note": "Salon asia"})
    for who in ("liisa", "paivi", "anna"):
        w.refused(who, "contact.accept", {"contact_id": chat}, lambda: w.contact(chat),
                  "other_team")
    w.applied("bertta", "contact.accept", {"contact_id": chat})
    sent = w.desk("bertta").records("chat_message")
    assert any(m["contact_id"] == chat and m["sender"] == "counsellor" for m in sent.values()), \
        "the new handler got the conversation so far"
    # A team that picks from the queue picks within its languages.
    w.applied("bosse", "team.set_routing_mode", {"team_id": w.team_b, "mode": "pick"})
    try:
        swedish = w.chat("sv", "853")
        w.refused("bertta", "contact.accept", {"contact_id": swedish},
                  lambda: w.contact(swedish), "not_your_language")
        w.applied("bertta", "contact.accept", {"contact_id": w.chat("fi", "734")})
    finally:
        w.applied("bosse", "team.set_routing_mode", {"team_id": w.team_b, "mode": "offer"})


@case("contact.decline")
def _decline(w: World) -> None:
    w.applied("anna", "presence.set", {"state": "available"})
    chat = w.chat()
    deadline = time.monotonic() + 10
    while w.contact(chat)[2] != w.id("anna"):
        assert time.monotonic() < deadline, "the chat was never offered to anna"
        time.sleep(0.05)
    looks = lambda: w.contact(chat)  # noqa: E731
    for who in ("liisa", "bertta", "paivi"):
        w.no_effect(who, "contact.decline", {"contact_id": chat}, looks)
    w.refused("helena", "contact.decline", {"contact_id": chat}, looks, "forbidden")
    w.applied("anna", "contact.decline", {"contact_id": chat})
    assert w.contact(chat)[2] != w.id("anna"), "anna's own decline took the offer back"


@case("contact.close")
def _close(w: World) -> None:
    chat = w.accepted_chat("anna")
    looks = lambda: w.contact(chat)  # noqa: E731
    w.refused("liisa", "contact.close", {"contact_id": chat}, looks, "not_yours")
    w.refused("bosse", "contact.close", {"contact_id": chat}, looks, "not_yours")  # team
    w.refused("helena", "contact.close", {"contact_id": chat}, looks, "forbidden")
    w.applied("paivi", "contact.close", {"contact_id": chat})   # the handler's supervisor
    assert w.contact(chat)[0] == "closed"


@case("contact.wrap_up")
def _wrap_up(w: World) -> None:
    chat = w.accepted_chat("anna")
    w.applied("anna", "contact.close", {"contact_id": chat})
    args = {"contact_id": chat, "topics": ["housing"], "client_group": "older_people",
            "outcome": "resolved"}
    looks = lambda: w.contact(chat)  # noqa: E731
    for who in ("liisa", "paivi", "bertta"):
        w.refused(who, "contact.wrap_up", args, looks, "not_yours")
    w.refused("helena", "contact.wrap_up", args, looks, "forbidden")
    w.applied("anna", "contact.wrap_up", args)


@case("contact.note")
def _note(w: World) -> None:
    chat = w.accepted_chat("anna")
    args = {"contact_id": chat, "text": "Soitan huomenna kotihoitoon."}

    def looks():
        return w.read(lambda s: (row := s.get(ContactNote, chat)) and (row.text, row.version))
    for who in ("liisa", "paivi", "bertta"):
        w.refused(who, "contact.note", args, looks, "not_yours")
    w.refused("helena", "contact.note", args, looks, "forbidden")
    w.applied("anna", "contact.note", args)
    assert looks() == ("Soitan huomenna kotihoitoon.", 1)


@case("contact.identify")
def _identify(w: World) -> None:
    r = httpx.post(f"{w.server.url}/api/telephony/events",
                   headers={"X-Telephony-Secret": TELEPHONY_SECRET},
                   json={"event": "offered", "call_id": f"authz-{new_id()}",
                         "caller": "+358401000001", "service_line": "+358 2 262 6000"})
    call = r.json()["contact_id"]
    w.applied("anna", "contact.accept", {"contact_id": call})
    candidate = w.read(lambda s: s.get(Contact, call).candidates[0])
    args = {"contact_id": call, "client_id": candidate["client_id"], "relative": False}

    def looks():
        return w.read(lambda s: (s.get(Contact, call).client_id, s.get(Contact, call).version))
    for who in ("liisa", "paivi", "bertta"):
        w.refused(who, "contact.identify", args, looks, "not_yours")
    w.refused("helena", "contact.identify", args, looks, "forbidden")
    w.applied("anna", "contact.identify", args)
    assert looks()[0] == candidate["client_id"]
    w.applied("anna", "contact.close", {"contact_id": call})


@case("contact.handover")
def _handover(w: World) -> None:
    chat = w.accepted_chat("anna")
    args = {"contact_id": chat, "to_team_id": w.team_a, "note": ""}
    looks = lambda: w.contact(chat)  # noqa: E731
    for who in ("liisa", "paivi", "bosse"):
        w.refused(who, "contact.handover", args, looks, "not_yours")
    w.refused("helena", "contact.handover", args, looks, "forbidden")
    w.applied("anna", "contact.handover", args)
    assert w.contact(chat)[0] == "waiting"


def _messages(w: World, chat: str) -> int:
    return w.read(lambda s: s.scalar(select(func.count()).select_from(ChatMessage).where(
        ChatMessage.contact_id == chat)))


@case("chat.send")
def _send(w: World) -> None:
    chat = w.accepted_chat("anna")
    looks = lambda: _messages(w, chat)  # noqa: E731
    for who in ("liisa", "paivi", "bertta"):
        w.refused(who, "chat.send", {"id": new_id(), "contact_id": chat, "text": "Hei"},
                  looks, "not_yours")
    w.refused("helena", "chat.send", {"id": new_id(), "contact_id": chat, "text": "Hei"},
              looks, "forbidden")
    w.applied("anna", "chat.send", {"id": new_id(), "contact_id": chat, "text": "Hei"})
    assert _messages(w, chat) == 2


@case("chat.typing")
def _typing(w: World) -> None:
    chat = w.accepted_chat("anna")

    def looks():
        return w.read(lambda s: (row := s.get(TypingState, chat)) and row.counsellor_at)
    for who in ("liisa", "bertta"):
        w.refused(who, "chat.typing", {"contact_id": chat}, looks, "not_yours")
    w.refused("helena", "chat.typing", {"contact_id": chat}, looks, "forbidden")
    w.applied("anna", "chat.typing", {"contact_id": chat})
    assert looks() is not None


@case("callback.attempt")
def _attempt(w: World) -> None:
    start = datetime.now(UTC)
    callback = httpx.post(f"{w.server.url}/api/public/callbacks", json={
        "name": "Eila Testinen", "phone": "040 123 4567", "language": "fi",
        "municipality_code": "853", "topic": "housing", "window_start": start.isoformat(),
        "window_end": (start + timedelta(hours=2)).isoformat()}).json()["request_id"]
    w.applied("anna", "contact.accept", {"contact_id": callback})
    args = {"contact_id": callback, "result": "no_answer"}
    looks = lambda: w.contact(callback)  # noqa: E731
    for who in ("liisa", "paivi", "bertta"):
        w.refused(who, "callback.attempt", args, looks, "not_yours")
    w.refused("helena", "callback.attempt", args, looks, "forbidden")
    w.applied("anna", "callback.attempt", args)
    assert w.contact(callback)[0] == "waiting"


def _presence(w: World, name: str) -> tuple:
    return w.read(lambda s: (p := s.get(PresenceState, w.id(name))) and (p.state, p.since))


@case("presence.set")
def _presence_set(w: World) -> None:
    looks = lambda: _presence(w, "anna")  # noqa: E731
    w.no_effect("liisa", "presence.set", {"state": "away"}, looks)   # liisa's own, not anna's
    assert _presence(w, "liisa")[0] == "away"
    w.refused("helena", "presence.set", {"state": "away"}, looks, "forbidden")
    w.refused("admin", "presence.set", {"state": "away"}, looks, "forbidden")
    w.applied("anna", "presence.set", {"state": "away"})
    assert _presence(w, "anna")[0] == "away"


def _team(w: World, team_id: str) -> tuple:
    return w.read(lambda s: (t := s.get(Team, team_id)) and (t.routing_mode, t.version))


@case("team.set_routing_mode")
def _routing_mode(w: World) -> None:
    args = {"team_id": w.team_a, "mode": "pick"}
    looks = lambda: _team(w, w.team_a)  # noqa: E731
    w.refused("bosse", "team.set_routing_mode", args, looks, "forbidden")   # another team
    w.refused("anna", "team.set_routing_mode", args, looks, "forbidden")    # a counsellor
    w.applied("paivi", "team.set_routing_mode", args)
    w.applied("admin", "team.set_routing_mode", args | {"mode": "offer"})
    assert _team(w, w.team_a)[0] == "offer"


def _user(w: World, name: str) -> tuple:
    return w.read(lambda s: (u := s.get(User, w.id(name))) and (
        list(u.languages), list(u.client_groups), u.version))


@case("user.set_skills")
def _skills(w: World) -> None:
    args = {"user_id": w.id("liisa"), "languages": ["fi", "sv"], "client_groups": []}
    looks = lambda: _user(w, "liisa")  # noqa: E731
    w.refused("bosse", "user.set_skills", args, looks, "forbidden")   # another team's person
    w.refused("anna", "user.set_skills", args, looks, "forbidden")    # a counsellor
    w.applied("paivi", "user.set_skills", args)
    w.applied("admin", "user.set_skills", args | {"languages": ["fi"]})
    assert _user(w, "liisa")[0] == ["fi"]


def _reply(w: World, reply_id: str) -> tuple | None:
    return w.read(lambda s: (r := s.get(CannedReply, reply_id)) and (
        r.team_id, r.title, r.active, r.version))


def _team_a_reply(w: World) -> str:
    reply_id = new_id()
    w.applied("anna", "canned_reply.save", {"id": reply_id, "team_id": w.team_a,
                                            "language": "fi", "title": "Tervehdys 2",
                                            "text": "Hei!"})
    return reply_id


@case("canned_reply.save")
def _canned_save(w: World) -> None:
    reply_id = _team_a_reply(w)
    looks = lambda: _reply(w, reply_id)  # noqa: E731
    change = {"id": reply_id, "team_id": w.team_a, "language": "fi", "title": "Muutettu",
              "text": "Hei"}
    w.refused("bertta", "canned_reply.save", change, looks, "forbidden")
    w.refused("bertta", "canned_reply.save", change | {"team_id": w.team_b}, looks,
              "forbidden")   # taking it over into one's own team
    w.refused("helena", "canned_reply.save", change, looks, "forbidden")
    new_reply = {"id": new_id(), "team_id": w.team_a, "language": "fi", "title": "Uusi",
                 "text": "Hei"}
    w.refused("bertta", "canned_reply.save", new_reply,
              lambda: _reply(w, new_reply["id"]), "forbidden")
    w.applied("liisa", "canned_reply.save", change)
    w.applied("admin", "canned_reply.save", change | {"title": "Ylläpidon"})
    assert _reply(w, reply_id)[1] == "Ylläpidon"


@case("canned_reply.delete")
def _canned_delete(w: World) -> None:
    reply_id = _team_a_reply(w)
    looks = lambda: _reply(w, reply_id)  # noqa: E731
    w.refused("bertta", "canned_reply.delete", {"id": reply_id}, looks, "forbidden")
    w.refused("bosse", "canned_reply.delete", {"id": reply_id}, looks, "forbidden")
    w.refused("helena", "canned_reply.delete", {"id": reply_id}, looks, "forbidden")
    w.applied("paivi", "canned_reply.delete", {"id": reply_id})
    assert _reply(w, reply_id)[2] is False


@case("appointment.book")
def _book(w: World) -> None:
    turku, salo = w.point("Seniori-info Turku"), w.point("Salon neuvontapiste")
    new = booking(w, turku)
    looks = lambda: w.appointment(new["id"])  # noqa: E731
    for who in ("liisa", "sari"):   # staff of other points
        w.refused(who, "appointment.book", new, looks, "not_your_point")
    w.refused("helena", "appointment.book", new, looks, "forbidden")
    w.applied("anna", "appointment.book", new)
    # Re-sending the booking's id changes that booking: not by another point's staff, not
    # even through their own point.
    looks = lambda: w.appointment(new["id"])  # noqa: E731
    for args in (new | {"citizen_name": "Joku Muu"},
                 new | {"citizen_name": "Joku Muu", "guidance_point_id": salo}):
        w.refused("liisa", "appointment.book", args, looks, "not_your_point")
    w.applied("bertta", "appointment.book", new | {"citizen_name": "Aili Laakso"})  # Turku
    w.applied("paivi", "appointment.book", new | {"citizen_name": "Aili Laaksonen"})
    # Whoever booked one may change it, wherever they work.
    own = booking(w, salo)
    w.applied("liisa", "appointment.book", own)
    w.write(lambda s: setattr(s.get(User, w.id("liisa")), "municipality_code", "853"))
    try:
        w.applied("liisa", "appointment.book", own | {"citizen_name": "Tuula Niemi"})
    finally:
        w.write(lambda s: setattr(s.get(User, w.id("liisa")), "municipality_code", "734"))
    assert w.appointment(own["id"])[1] == "Tuula Niemi"


@case("appointment.cancel")
def _cancel(w: World) -> None:
    args = booking(w, w.point("Seniori-info Turku"))
    w.applied("anna", "appointment.book", args)
    looks = lambda: w.appointment(args["id"])  # noqa: E731
    for who in ("liisa", "sari"):
        w.refused(who, "appointment.cancel", {"id": args["id"]}, looks, "not_your_point")
    w.refused("helena", "appointment.cancel", {"id": args["id"]}, looks, "forbidden")
    w.applied("bosse", "appointment.cancel", {"id": args["id"]})   # a supervisor
    assert w.appointment(args["id"])[0] == "cancelled"


@case("appointment.check_in")
def _check_in(w: World) -> None:
    args = booking(w, w.point("Salon neuvontapiste"))
    w.applied("liisa", "appointment.book", args)
    looks = lambda: w.appointment(args["id"])  # noqa: E731
    for who in ("anna", "sari"):
        w.refused(who, "appointment.check_in", {"id": args["id"], "contact_id": new_id()},
                  looks, "not_your_point")
    w.refused("helena", "appointment.check_in", {"id": args["id"], "contact_id": new_id()},
              looks, "forbidden")
    w.applied("liisa", "appointment.check_in", {"id": args["id"], "contact_id": new_id()})
    assert w.appointment(args["id"])[0] == "checked_in"


@case("walk_in.register")
def _walk_in(w: World) -> None:
    raisio = w.point("Raision neuvontapiste")
    args = {"contact_id": new_id(), "guidance_point_id": raisio, "topic": "food",
            "language": "fi"}
    looks = lambda: w.read(lambda s: s.get(Contact, args["contact_id"]) is not None)  # noqa: E731
    for who in ("anna", "liisa"):
        w.refused(who, "walk_in.register", args, looks, "not_your_point")
    w.refused("helena", "walk_in.register", args, looks, "forbidden")
    w.applied("sari", "walk_in.register", args)
    looks = lambda: w.contact(args["contact_id"])  # noqa: E731
    w.refused("paivi", "walk_in.register", args, looks, "not_yours")   # sari's visit


def _client_of(w: World, municipality: str) -> str:
    return w.read(lambda s: s.scalar(select(Client.id).where(
        Client.municipality_code == municipality).limit(1)))


@case("client.viewed")
def _viewed(w: World) -> None:
    client = _client_of(w, "734")

    def looks():
        return w.read(lambda s: s.scalar(select(func.count()).select_from(ClientAccessLog)
                                         .where(ClientAccessLog.client_id == client)))
    w.refused("anna", "client.viewed", {"client_id": client}, looks, "forbidden")
    w.refused("admin", "client.viewed", {"client_id": client}, looks, "forbidden")
    w.applied("liisa", "client.viewed", {"client_id": client})
    assert looks() >= 1


# --- the endpoints ------------------------------------------------------------------------

ENDPOINT_CASES: dict[tuple[str, str], Callable[[World], None]] = {}


def endpoint(method: str, path: str):
    def register(fn: Callable[[World], None]):
        ENDPOINT_CASES[(method, path)] = fn
        return fn
    return register


def _get(w: World, path: str, who: str | None = None, **kw) -> httpx.Response:
    headers = kw.pop("headers", {}) | (w.headers(who) if who else {})
    return httpx.get(f"{w.server.url}{path}", headers=headers, **kw)


def _post(w: World, path: str, who: str | None = None, **kw) -> httpx.Response:
    headers = kw.pop("headers", {}) | (w.headers(who) if who else {})
    return httpx.post(f"{w.server.url}{path}", headers=headers, **kw)


@endpoint("GET", "/health")
@endpoint("GET", "/api/public/municipalities")
@endpoint("GET", "/chat")
@endpoint("GET", "/request")
def _public_reads(w: World) -> None:
    for path in ("/health", "/api/public/municipalities", "/chat", "/request"):
        assert _get(w, path).status_code in (200, 307), path


@endpoint("POST", "/auth/login")
def _login(w: World) -> None:
    r = _post(w, "/auth/login", json={"username": "liisa", "password": "demo"})
    assert r.status_code == 200 and r.json()["user"]["username"] == "liisa"
    assert _post(w, "/auth/login", json={"username": "liisa",
                                         "password": "wrong"}).status_code == 401


@endpoint("POST", "/auth/refresh")
@endpoint("POST", "/auth/logout")
def _refresh_and_logout(w: World) -> None:
    def tokens(name):
        return _post(w, "/auth/login", json={"username": name, "password": "demo"}).json()
    anna, liisa = tokens("anna"), tokens("liisa")
    assert _post(w, "/auth/refresh", json={"refresh_token": "x" * 40}).status_code == 401
    renewed = _post(w, "/auth/refresh", json={"refresh_token": anna["refresh_token"]})
    assert renewed.status_code == 200 and renewed.json()["user"]["username"] == "anna"
    assert _post(w, "/auth/logout", json={"refresh_token": renewed.json()["refresh_token"]}
                 ).status_code == 204
    assert _post(w, "/auth/refresh", json={"refresh_token": liisa["refresh_token"]}
                 ).status_code == 200, "anna's logout ends only anna's login"


@endpoint("GET", "/auth/me")
def _me(w: World) -> None:
    assert _get(w, "/auth/me").status_code == 401
    assert _get(w, "/auth/me", "liisa").json()["id"] == w.id("liisa")


@endpoint("POST", "/sync/push")
def _push(w: World) -> None:
    body = {"client_id": w.desk("anna").client_id, "mutations": []}
    assert _post(w, "/sync/push", json=body).status_code == 401
    assert _post(w, "/sync/push", "anna", json=body).status_code == 200
    assert _post(w, "/sync/push", "liisa", json=body).status_code == 403, \
        "another user's client id"
    # Each mutation's own rule: the mutation cases above.


@endpoint("GET", "/sync/pull")
def _pull(w: World) -> None:
    assert _get(w, "/sync/pull", params={"scope": "queue"}).status_code == 401
    assert _get(w, "/sync/pull", "helena", params={"scope": "queue"}).status_code == 403
    assert _get(w, "/sync/pull", "admin", params={"scope": "clients"}).status_code == 403
    assert _get(w, "/sync/pull", "anna", params={"scope": "queue"}).status_code == 200
    foreign = {"scope": "queue", "client_id": w.desk("anna").client_id}
    w.desk("anna").push("presence.set", state="offline")   # the client id is anna's now
    assert _get(w, "/sync/pull", "liisa", params=foreign).status_code == 403


@endpoint("GET", "/events")
def _events(w: World) -> None:
    assert _get(w, "/events").status_code == 401
    with httpx.stream("GET", f"{w.server.url}/events", headers=w.headers("helena"),
                      timeout=10) as r:
        assert r.status_code == 200


def _citizen_chat(w: World) -> tuple[str, str]:
    r = _post(w, "/api/public/chats", json={"language": "fi", "municipality_code": "853",
                                            "text": "Hei", "name": "Testi"})
    assert r.status_code == 201
    return r.json()["chat_id"], r.json()["token"]


@endpoint("POST", "/api/public/chats")
@endpoint("POST", "/api/public/chats/{chat_id}/messages")
@endpoint("POST", "/api/public/chats/{chat_id}/typing")
@endpoint("GET", "/api/public/chats/{chat_id}/stream")
def _citizen(w: World) -> None:
    mine, token = _citizen_chat(w)
    other, other_token = _citizen_chat(w)
    path = f"/api/public/chats/{mine}"
    for headers in ({}, {"X-Chat-Token": other_token}):
        assert _post(w, f"{path}/messages", headers=headers,
                     json={"text": "Hei"}).status_code == 403
        assert _post(w, f"{path}/typing", headers=headers).status_code == 403
    assert _get(w, f"{path}/stream", params={"token": other_token}).status_code == 403
    assert _post(w, f"{path}/messages", headers={"X-Chat-Token": token},
                 json={"text": "Hei"}).status_code == 201
    assert _post(w, f"{path}/typing", headers={"X-Chat-Token": token}).status_code == 204
    with httpx.stream("GET", f"{w.server.url}{path}/stream", params={"token": token},
                      timeout=10) as r:
        assert r.status_code == 200


@endpoint("POST", "/api/public/callbacks")
def _callbacks(w: World) -> None:
    start = datetime.now(UTC)
    r = _post(w, "/api/public/callbacks", json={
        "name": "Eila Testinen", "phone": "040 123 4567", "language": "fi",
        "municipality_code": "853", "topic": "housing", "window_start": start.isoformat(),
        "window_end": (start + timedelta(hours=2)).isoformat()})
    assert r.status_code == 201


@endpoint("GET", "/clients/{client_id}")
def _read_client(w: World) -> None:
    client = _client_of(w, "734")
    assert _get(w, f"/clients/{client}", "anna").status_code == 403      # municipality
    assert _get(w, f"/clients/{client}", "admin").status_code == 403     # role
    assert _get(w, f"/clients/{client}").status_code == 401
    assert _get(w, f"/clients/{client}", "liisa").status_code == 200


@endpoint("GET", "/clients/{client_id}/access-log")
def _access_log(w: World) -> None:
    client = _client_of(w, "734")
    for who in ("liisa", "helena"):
        assert _get(w, f"/clients/{client}/access-log", who).status_code == 403
    assert _get(w, f"/clients/{client}/access-log", "paivi").status_code == 200


@endpoint("POST", "/api/telephony/events")
def _telephony(w: World) -> None:
    event = {"event": "offered", "call_id": new_id(), "caller": "+358401000099",
             "service_line": "+358 2 262 6000"}
    for secret in ({}, {"X-Telephony-Secret": "wrong"}):
        assert _post(w, "/api/telephony/events", headers=secret, json=event).status_code == 401
    assert _post(w, "/api/telephony/events", "anna", json=event).status_code == 401, \
        "a counsellor's login is not the platform"
    assert _post(w, "/api/telephony/events", headers={"X-Telephony-Secret": TELEPHONY_SECRET},
                 json=event).status_code == 200


@endpoint("GET", "/mail/inbound/{inbound_id}/attachments/{index}")
def _attachment(w: World) -> None:
    mail = EmailMessage()
    mail["From"] = "Eila Testinen <eila@example.org>"
    mail["To"] = "seniorineuvonta@turku.example"
    mail["Subject"] = "Liite"
    mail.set_content("Katso liite")
    mail.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf",
                        filename="hakemus.pdf")
    ids: dict[str, str] = {}

    def receive(s):
        inbound = receive_mail(s, mail.as_bytes(), envelope_from="eila@example.org",
                               recipients=["seniorineuvonta@turku.example"])
        ids.update(mail=inbound.id, contact=inbound.contact_id)
    w.write(receive)
    path = f"/mail/inbound/{ids['mail']}/attachments/0"
    assert _get(w, path, "helena").status_code == 403          # role
    assert _get(w, path, "liisa").status_code == 200           # waiting: the region's
    w.applied("anna", "contact.accept", {"contact_id": ids["contact"]})
    for who in ("liisa", "bosse"):                             # not the handler's team
        assert _get(w, path, who).status_code == 403, who
    for who in ("anna", "paivi"):
        r = _get(w, path, who)
        assert r.status_code == 200 and r.content == b"%PDF-1.4", who


# --- the tests ----------------------------------------------------------------------------

def _app_routes(tmp_path):
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'routes.sqlite'}"),
                     migrate=False)
    return {(method, path) for method, path, _ in api_routes(app.routes)}


def test_every_registered_mutation_has_a_case():
    assert set(MUTATIONS) == set(MUTATION_CASES), \
        "register the new mutation's case in MUTATION_CASES"


def test_every_endpoint_has_a_case(tmp_path):
    assert _app_routes(tmp_path) == set(ENDPOINT_CASES), "add the new endpoint's case to ENDPOINT_CASES"


def test_a_mutation_or_endpoint_without_a_rule_is_refused_at_start():
    class Args(BaseModel):
        id: str

    with pytest.raises(TypeError):
        mutation("test.no_rule", Args, {"counsellor"})(lambda ctx, args: None)  # type: ignore[call-arg]
    assert "test.no_rule" not in MUTATIONS
    from fastapi import APIRouter, FastAPI

    app = FastAPI()
    router = APIRouter()

    @router.get("/undeclared")
    def undeclared() -> None:
        return None

    app.include_router(router)
    with pytest.raises(RuntimeError, match="/undeclared"):
        require_access(app.routes)


@pytest.mark.parametrize("name", sorted(MUTATION_CASES))
def test_a_mutation_is_refused_to_the_wrong_users(world, name):
    world.tidy()
    MUTATION_CASES[name](world)


# One run of each case function (some cover several routes of one rule).
ENDPOINT_FUNCTIONS = {fn.__name__.strip("_"): fn for fn in ENDPOINT_CASES.values()}


@pytest.mark.parametrize("case_name", sorted(ENDPOINT_FUNCTIONS))
def test_an_endpoint_is_refused_to_the_wrong_callers(world, case_name):
    world.tidy()
    ENDPOINT_FUNCTIONS[case_name](world)
