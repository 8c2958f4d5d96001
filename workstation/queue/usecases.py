"""What a counsellor does with the queue, as local edits handed to the sync engine.

Each use case validates first (so a bad edit never reaches the outbox), then submits the
mutation with its optimistic rows: the counsellor sees the result at once, online or not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from workstation.contract import UserInfo, parse_time
from workstation.domain import QUEUE_ROLES, SERVICE_LANGUAGES, Presence
from workstation.ids import new_id
from workstation.queue.routing import (
    Agent,
    WaitingContact,
    effective_priority,
    serving_order,
)
from workstation.queue.rules import (
    MAX_CALLBACK_ATTEMPTS,
    WRAP_UP_OUTCOMES,
    CallbackResult,
    ClientGroup,
    ContactStatus,
    Outcome,
    Topic,
    callable_phone,
    clean_message,
)
from workstation.store import LocalStore
from workstation.text import clean_line, clean_text


class InvalidWrapUp(ValueError):
    """A wrap-up that cannot be saved yet; ``code`` lets the UI say what is missing."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


class Submitter(Protocol):
    def submit(self, name: str, args: dict, optimistic=(), base_version=None, done=None): ...


def _plain(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if not k.startswith("_")}


WAITING = "json_extract(j, '$.status') = 'waiting'"
WAITING_ORDER = "json_extract(j, '$.priority') DESC, json_extract(j, '$.created_at'), json_extract(j, '$.id')"


def waiting_contacts(reader: LocalStore, cache: dict | None = None) -> list[dict[str, Any]]:
    """The regional queue, most urgent first. With a ``cache`` (kept by one reader across
    calls), unchanged rows are not decoded again."""
    if cache is not None:
        return reader.all_cached("contact", WAITING, None, WAITING_ORDER, cache)
    return reader.all("contact", WAITING, order=WAITING_ORDER)


_MINE = ("json_extract(j, '$.accepted_by') = :me AND (json_extract(j, '$.status') = 'accepted' "
         "OR (json_extract(j, '$.status') = 'closed' AND "
         "json_extract(j, '$.wrapped_up_at') IS NULL))")


def desk_contacts(reader: LocalStore, me: UserInfo, cache: dict | None = None
                  ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The regional queue (as ``waiting_contacts``) and my own open contacts (by accept
    time) followed by those awaiting my wrap-up (by close time), in one pass over the
    contacts instead of three queries: the queue view reads this on every change."""
    rows = reader.all_cached("contact", f"({WAITING}) OR ({_MINE})", {"me": me.id},
                             WAITING_ORDER, cache if cache is not None else {})
    waiting = [r for r in rows if r.get("status") == "waiting"]
    mine = sorted((r for r in rows if r.get("status") == "accepted"),
                  key=lambda r: (r.get("accepted_at") or "", r["id"]))
    mine += sorted((r for r in rows if r.get("status") == "closed"),
                   key=lambda r: (r.get("closed_at") or "", r["id"]))
    return waiting, mine


def offered_first(rows: list[dict[str, Any]], user_id: str | None) -> list[dict[str, Any]]:
    """The queue as a counsellor sees it: the contact offered to them first, where F2
    takes it, then the queue's own order."""
    if user_id:
        rows.sort(key=lambda r: r.get("offered_to") != user_id)
    return rows


def my_offer(reader: LocalStore, me: UserInfo) -> dict[str, Any] | None:
    """The contact the server is offering me now, if any."""
    found = reader.all("contact", "json_extract(j, '$.status') = 'waiting' AND "
                       "json_extract(j, '$.offered_to') = :me", {"me": me.id},
                       order="json_extract(j, '$.offered_at')")
    return found[0] if found else None


def next_waiting(reader: LocalStore, me: UserInfo,
                 now: datetime | None = None) -> dict[str, Any] | None:
    """The contact a counsellor should take next: the one offered to them; otherwise, of the
    waiting ones not offered to someone else, what the router would offer them (a language
    they speak, their client groups, their team's handovers, no callback before its window
    opens) in serving order (priority, a callback's rise near its due time, arrival),
    preferring their home municipality's among the most urgent."""
    offer = my_offer(reader, me)
    if offer is not None:
        return offer
    now = now or datetime.now(UTC)
    # Skills as they are now: a supervisor may have changed them since the login.
    mine = reader.get("user", me.id) or {}
    agent = Agent(id=me.id, languages=frozenset(mine.get("languages") or me.languages or ["fi"]),
                  municipality_code=me.municipality_code,
                  client_groups=frozenset(mine.get("client_groups") or ()),
                  team_id=mine.get("team_id", me.team_id))
    takeable: dict[str, dict[str, Any]] = {}
    waiting: list[WaitingContact] = []
    for contact in waiting_contacts(reader):
        if contact.get("offered_to"):
            continue
        candidate = _as_waiting(contact)
        if candidate is not None and agent.can_take(candidate, now):
            takeable[candidate.id] = contact
            waiting.append(candidate)
    if not waiting:
        return None
    ordered = serving_order(waiting, now)
    top = effective_priority(ordered[0], now)
    urgent = [c for c in ordered if effective_priority(c, now) == top]
    home = [c for c in urgent if c.municipality_code == me.municipality_code]
    return takeable[(home or urgent)[0].id]


def _as_waiting(contact: dict[str, Any]) -> WaitingContact | None:
    created = parse_time(contact.get("created_at"))
    if created is None or not contact.get("language"):
        return None
    return WaitingContact(
        id=contact["id"], language=contact["language"], created_at=created,
        client_group=contact.get("client_group") or None, priority=contact.get("priority") or 0,
        municipality_code=contact.get("municipality_code"), due_at=parse_time(contact.get("due_at")),
        team_id=contact.get("team_id"), not_before=parse_time(contact.get("window_start")))


def accept_contact(engine: Submitter, reader: LocalStore, contact_id: str,
                   me: UserInfo) -> dict[str, Any] | None:
    """Queue the accept; returns the contact as accepted (what the store will show once
    the worker has written it), or None when it cannot be taken."""
    contact = reader.get("contact", contact_id)
    if contact is None or contact.get("status") != ContactStatus.WAITING:
        return None
    if contact.get("offered_to") not in (None, me.id):
        return None
    now = datetime.now(UTC).isoformat()
    optimistic = _plain(contact) | {"status": ContactStatus.ACCEPTED, "accepted_by": me.id,
                                    "accepted_by_name": me.display_name, "accepted_at": now}
    engine.submit("contact.accept", {"contact_id": contact_id},
                  optimistic=[("contact", contact_id, optimistic)])
    return optimistic


def close_contact(engine: Submitter, reader: LocalStore, contact_id: str,
                  me: UserInfo | None = None, accepted: dict[str, Any] | None = None) -> bool:
    """``accepted``: the contact as this workstation accepted it (its tab's copy). The
    accept goes to the store through the worker's inbox, so a quick F2, Ctrl+E can find
    the store still showing the contact waiting; that must not refuse the close."""
    contact = reader.get("contact", contact_id)
    if (accepted is not None and me is not None and accepted.get("accepted_by") == me.id
            and (contact is None or contact.get("status") == ContactStatus.WAITING)):
        contact = accepted
    if contact is None or contact.get("status") == ContactStatus.CLOSED:
        return False
    if me is not None and contact.get("accepted_by") != me.id:
        return False  # only the handler ends a contact from their workstation
    optimistic = _plain(contact) | {"status": ContactStatus.CLOSED,
                                    "closed_at": datetime.now(UTC).isoformat()}
    engine.submit("contact.close", {"contact_id": contact_id},
                  optimistic=[("contact", contact_id, optimistic)])
    return True


def send_chat_message(engine: Submitter, contact_id: str, text: str, me: UserInfo) -> str:
    """Raises ``InvalidMessage`` for an empty or over-long message: nothing is queued."""
    text = clean_message(text)
    message_id = new_id()
    optimistic = {"id": message_id, "contact_id": contact_id, "sender": "counsellor",
                  "author_id": me.id, "author_name": me.display_name, "text": text,
                  "created_at": datetime.now(UTC).isoformat()}
    engine.submit("chat.send", {"id": message_id, "contact_id": contact_id, "text": text},
                  optimistic=[("chat_message", message_id, optimistic)])
    return message_id


def chat_messages(reader: LocalStore, contact_id: str) -> list[dict[str, Any]]:
    """The contact's messages; for an email, those of its whole thread (earlier mails and
    replies of the same conversation)."""
    contact = reader.get("contact", contact_id) or {}
    thread = contact.get("thread_id")
    if thread:
        return reader.all(
            "chat_message", "json_extract(j, '$.contact_id') IN (SELECT id FROM records "
            "WHERE entity = 'contact' AND deleted = 0 AND json_extract(COALESCE(overlay, data), "
            "'$.thread_id') = :t)", {"t": thread}, order="json_extract(j, '$.created_at')")
    return reader.all("chat_message", "json_extract(j, '$.contact_id') = :c", {"c": contact_id},
                      order="json_extract(j, '$.created_at')")


def set_presence(engine: Submitter, me: UserInfo, state: Presence) -> None:
    engine.submit("presence.set", {"state": str(state)},
                  optimistic=[("presence", me.id, {"user_id": me.id, "state": str(state),
                                                   "since": datetime.now(UTC).isoformat()})])


def decline_offer(engine: Submitter, reader: LocalStore, contact_id: str, me: UserInfo) -> bool:
    contact = reader.get("contact", contact_id)
    if contact is None or contact.get("offered_to") != me.id \
            or contact.get("status") != ContactStatus.WAITING:
        return False
    optimistic = _plain(contact) | {"offered_to": None, "offered_at": None}
    engine.submit("contact.decline", {"contact_id": contact_id},
                  optimistic=[("contact", contact_id, optimistic)])
    return True


def wrap_up(engine: Submitter, reader: LocalStore, contact_id: str, *, topics: list[str],
            client_group: str, outcome: str | None) -> None:
    """Raises ``InvalidWrapUp`` when a topic or the outcome is missing."""
    contact = reader.get("contact", contact_id)
    if contact is None:
        raise InvalidWrapUp("not_found", "The contact no longer exists.")
    topics = [str(Topic(t)) for t in dict.fromkeys(topics)]
    if not topics:
        raise InvalidWrapUp("no_topic", "Choose at least one topic.")
    if outcome is None or Outcome(outcome) not in WRAP_UP_OUTCOMES:
        raise InvalidWrapUp("no_outcome", "Choose the outcome.")
    args = {"contact_id": contact_id, "topics": topics,
            "client_group": str(ClientGroup(client_group)), "outcome": str(outcome)}
    optimistic = _plain(contact) | {k: v for k, v in args.items() if k != "contact_id"} | {
        "wrapped_up_at": contact.get("wrapped_up_at") or datetime.now(UTC).isoformat()}
    engine.submit("contact.wrap_up", args, optimistic=[("contact", contact_id, optimistic)])


def handover(engine: Submitter, reader: LocalStore, contact_id: str, me: UserInfo, *,
             note: str, to_user_id: str | None = None, to_team_id: str | None = None) -> bool:
    """Pass an accepted contact to another counsellor or a team, with a note."""
    contact = reader.get("contact", contact_id)
    if contact is None or contact.get("status") != ContactStatus.ACCEPTED:
        return False
    optimistic = _plain(contact) | {
        "status": ContactStatus.WAITING, "accepted_by": None, "accepted_by_name": None,
        "offered_to": to_user_id, "team_id": to_team_id, "handover_note": note.strip() or None,
        "handed_over_by": me.id}
    engine.submit("contact.handover", {"contact_id": contact_id, "to_user_id": to_user_id,
                                       "to_team_id": to_team_id, "note": note.strip()},
                  optimistic=[("contact", contact_id, optimistic)])
    return True


def handover_targets(reader: LocalStore, me: UserInfo) -> list[dict[str, Any]]:
    """Colleagues who take contacts, with their presence, available ones first."""
    people = []
    presence = _presence_by_user(reader)
    for user in reader.all("user"):
        if user["id"] == me.id or not user.get("active", True) \
                or user.get("role") not in QUEUE_ROLES:
            continue
        people.append(user | {"presence": presence.get(user["id"], {}).get("state",
                                                                          "offline")})
    people.sort(key=lambda u: (u["presence"] != "available", u["display_name"]))
    return people


def record_callback_attempt(engine: Submitter, reader: LocalStore, contact_id: str,
                            result: str, me: UserInfo) -> str | None:
    """Record one try to call a citizen back. Returns the request's status afterwards as
    the server will decide it: "accepted" (reached), "waiting" (tried again later) or
    "closed" (the third failed try); None when there is nothing to record."""
    contact = reader.get("contact", contact_id)
    if contact is None or contact.get("status") != ContactStatus.ACCEPTED \
            or contact.get("channel") != "callback":
        return None
    result = str(CallbackResult(result))
    now = datetime.now(UTC).isoformat()
    attempts = [*(contact.get("attempts") or []),
                {"at": now, "by": me.id, "by_name": me.display_name, "result": result}]
    failed = sum(1 for a in attempts if a["result"] != CallbackResult.REACHED)
    changes: dict[str, Any] = {"attempts": attempts}
    if result == CallbackResult.REACHED:
        status = ContactStatus.ACCEPTED
    elif failed >= MAX_CALLBACK_ATTEMPTS:
        status = ContactStatus.CLOSED
        changes |= {"status": status, "outcome": "unreached", "closed_at": now,
                    "wrapped_up_at": now}
    else:
        status = ContactStatus.WAITING
        changes |= {"status": status, "accepted_by": None, "accepted_by_name": None}
    engine.submit("callback.attempt", {"contact_id": contact_id, "result": result},
                  optimistic=[("contact", contact_id, _plain(contact) | changes)])
    return str(status)


def canned_replies(reader: LocalStore, me: UserInfo,
                   language: str | None = None) -> list[dict[str, Any]]:
    """My team's canned replies (in one language when given), by title."""
    where = "json_extract(j, '$.active') AND json_extract(j, '$.team_id') = :team"
    params: dict[str, Any] = {"team": me.team_id or ""}
    if language:
        where += " AND json_extract(j, '$.language') = :lang"
        params["lang"] = language
    return reader.all("canned_reply", where, params,
                      order="json_extract(j, '$.language'), json_extract(j, '$.title')")


def save_canned_reply(engine: Submitter, me: UserInfo, *, reply_id: str | None, language: str,
                      title: str, text: str) -> str:
    title, text = " ".join(title.split()), text.strip()
    if not title or not text or language not in ("fi", "sv") or not me.team_id:
        raise ValueError("A canned reply needs a team, a language, a title and a text.")
    reply_id = reply_id or new_id()
    record = {"id": reply_id, "team_id": me.team_id, "language": language, "title": title,
              "text": text, "active": True}
    engine.submit("canned_reply.save", {k: v for k, v in record.items() if k != "active"},
                  optimistic=[("canned_reply", reply_id, record)])
    return reply_id


def delete_canned_reply(engine: Submitter, reader: LocalStore, reply_id: str) -> None:
    reply = reader.get("canned_reply", reply_id)
    if reply is None:
        return
    engine.submit("canned_reply.delete", {"id": reply_id},
                  optimistic=[("canned_reply", reply_id, _plain(reply) | {"active": False})])


TYPING_SHOWN_SECONDS = 6


def citizen_is_typing(reader: LocalStore, contact_id: str, now: datetime | None = None) -> bool:
    """Whether the citizen typed in this chat within the last few seconds."""
    row = reader.get("typing", contact_id) or {}
    at = row.get("citizen_at")
    if not at:
        return False
    try:
        when = datetime.fromisoformat(at)
    except ValueError:
        return False
    return ((now or datetime.now(UTC)) - when).total_seconds() < TYPING_SHOWN_SECONDS


def send_typing(engine: Submitter, contact_id: str) -> None:
    """Tell the citizen that the counsellor is writing (the server keeps one per 2 s)."""
    engine.submit("chat.typing", {"contact_id": contact_id})


# --- walk-in visits -----------------------------------------------------------------------

def appointments_on(reader: LocalStore, point_id: str, day_start: datetime,
                    day_end: datetime) -> list[dict[str, Any]]:
    """A guidance point's bookings in [day_start, day_end), by time (cancelled included)."""
    return [a for a in reader.all(
        "appointment", "json_extract(j, '$.guidance_point_id') = :p",
        {"p": point_id}, order="json_extract(j, '$.starts_at')")
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
                               _plain(row) | {"status": "cancelled"})])
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
                  optimistic=[("appointment", appointment_id, _plain(row) | {
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


def set_routing_mode(engine: Submitter, reader: LocalStore, team_id: str, mode: str) -> None:
    """A supervisor: the server offers the team's contacts ("offer") or they pick ("pick")."""
    if mode not in ("offer", "pick"):
        raise ValueError(mode)
    team = reader.get("team", team_id) or {"id": team_id}
    engine.submit("team.set_routing_mode", {"team_id": team_id, "mode": mode},
                  optimistic=[("team", team_id, _plain(team) | {"routing_mode": mode})])


def _presence_by_user(reader: LocalStore) -> dict[str, dict[str, Any]]:
    """Everyone's presence in one read (not one per person)."""
    return {p["user_id"]: p for p in reader.all("presence") if p.get("user_id")}


def team_members(reader: LocalStore, me: UserInfo) -> list[dict[str, Any]]:
    """The people of my team who take contacts, each with their presence state and since
    when, by name: what a supervisor sees of the team."""
    if not me.team_id:
        return []
    people = []
    presence = _presence_by_user(reader)
    for user in reader.all("user"):
        if user.get("team_id") != me.team_id or not user.get("active", True) \
                or user.get("role") not in QUEUE_ROLES:
            continue
        state = presence.get(user["id"], {})
        people.append(user | {"presence": state.get("state", "offline"),
                              "presence_since": state.get("since")})
    people.sort(key=lambda u: u["display_name"].casefold())
    return people


class InvalidSkills(ValueError):
    """``code``: "no_language" or "unknown"."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def set_skills(engine: Submitter, reader: LocalStore, user_id: str, languages: list[str],
               client_groups: list[str]) -> None:
    """A supervisor sets a team member's service languages (at least one) and client groups
    (none: every group); the router offers them contacts by these."""
    if not languages:
        raise InvalidSkills("no_language")
    known_languages = {str(x) for x in SERVICE_LANGUAGES}
    known_groups = {str(g) for g in ClientGroup}
    if not set(languages) <= known_languages or not set(client_groups) <= known_groups:
        raise InvalidSkills("unknown")
    languages = [str(x) for x in SERVICE_LANGUAGES if x in languages]
    client_groups = [str(g) for g in ClientGroup if g in client_groups]
    user = reader.get("user", user_id) or {"id": user_id}
    engine.submit("user.set_skills", {"user_id": user_id, "languages": languages,
                                      "client_groups": client_groups},
                  optimistic=[("user", user_id, _plain(user) | {
                      "languages": languages, "client_groups": client_groups})])
