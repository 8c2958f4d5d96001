"""What a counsellor does with the queue and a contact's course (offer, accept, decline,
end, wrap-up, handover), as local edits handed to the sync engine. The other subjects have
their own modules: chat, callbacks, walkin, canned, team.

Each use case validates first (so a bad edit never reaches the outbox), then submits the
mutation with its optimistic rows: the counsellor sees the result at once, online or not."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from workstation.contract import UserInfo, parse_time
from workstation.directory import presence_by_user
from workstation.domain import QUEUE_ROLES
from workstation.ports import Submitter, plain
from workstation.queue.routing import (
    Agent,
    WaitingContact,
    effective_priority,
    serving_order,
)
from workstation.queue.rules import (
    WRAP_UP_OUTCOMES,
    ClientGroup,
    ContactStatus,
    InvalidMessage,
    Outcome,
    Topic,
    clean_note,
)
from workstation.store import LocalStore


class InvalidWrapUp(ValueError):
    """A wrap-up that cannot be saved yet; ``code`` lets the UI say what is missing."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


def waiting_contacts(reader: LocalStore, cache: dict | None = None) -> list[dict[str, Any]]:
    """The regional queue, most urgent first. With a ``cache`` (kept by one reader across
    calls), unchanged rows are not decoded again."""
    return reader.waiting_contacts(cache)


def desk_contacts(reader: LocalStore, me: UserInfo, cache: dict | None = None
                  ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The regional queue (as ``waiting_contacts``) and my own open contacts (by accept
    time) followed by those awaiting my wrap-up (by close time), in one pass over the
    contacts instead of three queries: the queue view reads this on every change."""
    rows = reader.desk_contacts(me.id, cache)
    waiting = [r for r in rows if r.get("status") == "waiting"]
    mine = sorted((r for r in rows if r.get("status") == "accepted"),
                  key=lambda r: (r.get("accepted_at") or "", r["id"]))
    mine += sorted((r for r in rows if r.get("status") == "closed"),
                   key=lambda r: (r.get("closed_at") or "", r["id"]))
    return waiting, mine


def waiting_since(contact: dict[str, Any]) -> datetime | None:
    """Since when a contact has waited: its arrival, a callback's window opening (which may
    be still ahead: then it is not waiting for anyone yet)."""
    if contact.get("channel") == "callback" and contact.get("window_start"):
        return parse_time(contact["window_start"])
    return parse_time(contact.get("created_at"))


@dataclass(frozen=True)
class QueueCount:
    """The queue counted as everyone shows it (the queue dock, the team view)."""

    waiting: int = 0                    # waiting now
    later: int = 0                      # callbacks whose window has not opened yet
    longest_since: datetime | None = None   # the longest-waiting one's start
    languages: dict[str, int] = field(default_factory=dict)   # of those waiting now
    next_opening: datetime | None = None    # when the next "later" one starts waiting


def count_queue(rows: list[dict[str, Any]], now: datetime,
                since: Callable[[dict[str, Any]], datetime | None] = waiting_since
                ) -> QueueCount:
    """The one way the queue is counted: a callback booked (or due again) for later is
    listed but not yet waiting. ``since``: a row's ``waiting_since`` (a caller may pass
    its cached one)."""
    waiting = later = 0
    longest: datetime | None = None
    opening: datetime | None = None
    languages: dict[str, int] = {}
    for row in rows:
        start = since(row)
        if start is not None and start > now:
            later += 1
            opening = start if opening is None else min(opening, start)
            continue
        waiting += 1
        if start is not None:
            longest = start if longest is None else min(longest, start)
        code = row.get("language") or ""
        languages[code] = languages.get(code, 0) + 1
    return QueueCount(waiting, later, longest, languages, opening)


def offered_first(rows: list[dict[str, Any]], user_id: str | None) -> list[dict[str, Any]]:
    """The queue as a counsellor sees it: the contact offered to them first, where F2
    takes it, then the queue's own order."""
    if user_id:
        rows.sort(key=lambda r: r.get("offered_to") != user_id)
    return rows


def my_offer(reader: LocalStore, me: UserInfo) -> dict[str, Any] | None:
    """The contact the server is offering me now, if any."""
    found = reader.offers_to(me.id)
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
    optimistic = plain(contact) | {"status": ContactStatus.ACCEPTED, "accepted_by": me.id,
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
    optimistic = plain(contact) | {"status": ContactStatus.CLOSED,
                                    "closed_at": datetime.now(UTC).isoformat()}
    engine.submit("contact.close", {"contact_id": contact_id},
                  optimistic=[("contact", contact_id, optimistic)])
    return True


def decline_offer(engine: Submitter, reader: LocalStore, contact_id: str, me: UserInfo) -> bool:
    contact = reader.get("contact", contact_id)
    if contact is None or contact.get("offered_to") != me.id \
            or contact.get("status") != ContactStatus.WAITING:
        return False
    optimistic = plain(contact) | {"offered_to": None, "offered_at": None}
    engine.submit("contact.decline", {"contact_id": contact_id},
                  optimistic=[("contact", contact_id, optimistic)])
    return True


def wrap_up(engine: Submitter, reader: LocalStore, contact_id: str, *, topics: list[str],
            client_group: str, outcome: str | None, note: str | None = None,
            me: UserInfo | None = None) -> None:
    """Raises ``InvalidWrapUp`` when a topic or the outcome is missing, or the note is too
    long (``note_too_long``). ``note``: saved with the wrap-up, in the same mutation (None
    leaves the note as it is)."""
    contact = reader.get("contact", contact_id)
    if contact is None:
        raise InvalidWrapUp("not_found", "The contact no longer exists.")
    topics = [str(Topic(t)) for t in dict.fromkeys(topics)]
    if not topics:
        raise InvalidWrapUp("no_topic", "Choose at least one topic.")
    if outcome is None or Outcome(outcome) not in WRAP_UP_OUTCOMES:
        raise InvalidWrapUp("no_outcome", "Choose the outcome.")
    if note is not None:
        try:
            note = clean_note(note)
        except InvalidMessage as exc:
            raise InvalidWrapUp("note_too_long", str(exc)) from exc
    args: dict[str, Any] = {"contact_id": contact_id, "topics": topics,
                            "client_group": str(ClientGroup(client_group)),
                            "outcome": str(outcome)}
    optimistic = plain(contact) | {k: v for k, v in args.items() if k != "contact_id"} | {
        "wrapped_up_at": contact.get("wrapped_up_at") or datetime.now(UTC).isoformat()}
    rows = [("contact", contact_id, optimistic)]
    if note is not None and note != (stored_note(reader, contact_id) or {}).get("text", ""):
        args["note"] = note
        rows.append(("contact_note", contact_id, _note_row(contact_id, note, me)))
    engine.submit("contact.wrap_up", args, optimistic=rows)


# --- the counsellor's note on a contact ----------------------------------------------------
# Typed into the contact's tab, kept as a local draft (``note:<contact id>``) 400 ms after
# the last keystroke, sent with Ctrl+S, with the wrap-up and before a handover. The draft
# stays until the server's copy says the same (``settled_note_drafts``), so neither a kill
# nor a refused save loses what was typed.

def note_key(contact_id: str) -> str:
    return f"note:{contact_id}"


def stored_note(reader: LocalStore, contact_id: str) -> dict[str, Any] | None:
    """The note as the store holds it (the server's, or a save on its way: ``_pending``)."""
    return reader.get("contact_note", contact_id)


def note_text(reader: LocalStore, contact_id: str) -> str:
    """What the note field shows: the unsaved draft, else the note kept with the contact."""
    return reader.draft(note_key(contact_id)) or (
        stored_note(reader, contact_id) or {}).get("text", "")


def note_state(reader: LocalStore, contact_id: str, text: str) -> str:
    """``saved`` (the server has this text), ``sending`` (saved here, on its way) or
    ``unsaved`` (only the local draft has it)."""
    row = stored_note(reader, contact_id) or {}
    try:
        cleaned = clean_note(text)
    except InvalidMessage:
        return "unsaved"
    if cleaned != row.get("text", ""):
        return "unsaved"
    return "sending" if row.get("_pending") else "saved"


def _note_row(contact_id: str, text: str, me: UserInfo | None) -> dict[str, Any]:
    return {"contact_id": contact_id, "text": text,
            "updated_at": datetime.now(UTC).isoformat(),
            "updated_by": me.id if me else None,
            "updated_by_name": me.display_name if me else ""}


def save_note(engine: Submitter, reader: LocalStore, contact_id: str, text: str,
              me: UserInfo) -> bool:
    """Send the note to the server with the contact. Raises ``InvalidMessage``
    (``too_long``); returns False when there is nothing new to send."""
    text = clean_note(text)
    if text == (stored_note(reader, contact_id) or {}).get("text", ""):
        return False
    engine.submit("contact.note", {"contact_id": contact_id, "text": text},
                  optimistic=[("contact_note", contact_id, _note_row(contact_id, text, me))])
    return True


def settled_note_drafts(reader: LocalStore) -> list[tuple[str, str]]:
    """Note drafts the server now holds as they are (key, text): no longer needed."""
    settled = []
    for key, text in reader.drafts("note:").items():
        row = stored_note(reader, key.removeprefix("note:")) or {}
        try:
            same = clean_note(text) == row.get("text", "")
        except InvalidMessage:
            continue
        if same and not row.get("_pending"):
            settled.append((key, text))
    return settled


def identify_caller(engine: Submitter, reader: LocalStore, contact_id: str,
                    candidate: dict[str, Any]) -> bool:
    """The counsellor confirmed that the caller is this screen-pop match: the contact is
    linked to the client and named after the person on the line."""
    contact = reader.get("contact", contact_id)
    if contact is None or candidate not in (contact.get("candidates") or []):
        return False
    relative = bool(candidate.get("relation"))
    name = (candidate.get("relative_name") if relative else candidate.get("name")) or ""
    engine.submit("contact.identify", {"contact_id": contact_id,
                                       "client_id": candidate["client_id"],
                                       "relative": relative},
                  optimistic=[("contact", contact_id, plain(contact) | {
                      "client_id": candidate["client_id"], "citizen_name": name.strip()})])
    return True


def handover(engine: Submitter, reader: LocalStore, contact_id: str, me: UserInfo, *,
             note: str, to_user_id: str | None = None, to_team_id: str | None = None) -> bool:
    """Pass an accepted contact to another counsellor or a team, with a note."""
    contact = reader.get("contact", contact_id)
    if contact is None or contact.get("status") != ContactStatus.ACCEPTED:
        return False
    optimistic = plain(contact) | {
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
    presence = presence_by_user(reader)
    for user in reader.all("user"):
        if user["id"] == me.id or not user.get("active", True) \
                or user.get("role") not in QUEUE_ROLES:
            continue
        people.append(user | {"presence": presence.get(user["id"], {}).get("state",
                                                                          "offline")})
    people.sort(key=lambda u: (u["presence"] != "available", u["display_name"]))
    return people
