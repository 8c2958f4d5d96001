"""Offering waiting contacts to counsellors, on the server.

Anything that can change who should get what (a new contact, a counsellor becoming
available, a decline, a wrap-up, a handover) calls ``request_routing(session)``. When that
transaction commits, the process's ``Router`` plans the offers read-only (``plan``) and
records those still valid in a short transaction of its own (``make_offers``), under the
change-log lock (and on SQLite the one write lock), so two routings never offer the same
counsellor two contacts. Requests arriving while it routes are folded into one more
pass. (Routing used to run inside every requesting transaction: at 100 writes a second it
was a third of the time each writer held the lock, and made every request wait.)
A background sweep (``sweep``) withdraws offers nobody answered in time and raises
callback requests whose window is closing. The rules are in ``workstation.queue.routing``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session

from server.db import Database, utcnow
from server.directory.models import Team, User
from server.queue.models import Contact, PresencePeriod, PresenceState
from server.sqlite_lock import urgent_writes
from server.sync.changelog import PG_CHANGE_LOCK, record_change
from workstation.domain import QUEUE_ROLES, Presence
from workstation.queue.routing import Agent, Refusal, WaitingContact, assign, due_priority
from workstation.queue.rules import ContactStatus

log = logging.getLogger(__name__)

ROUTE_FLAG = "neuvo.route"


def request_routing(session: Session) -> None:
    session.info[ROUTE_FLAG] = True


def install_routing_hook(session_factory, wanted: Callable[[], None]) -> None:
    """Call ``wanted()`` after each commit that asked for routing. A SAVEPOINT's commit
    (each mutation runs in one) does not count: the outer commit must be done first, or
    the router could read the queue without the change that asked for it."""

    @event.listens_for(session_factory, "after_commit")
    def _committed(session: Session) -> None:
        if not session.in_nested_transaction() and session.info.pop(ROUTE_FLAG, False):
            wanted()

    @event.listens_for(session_factory, "after_rollback")
    def _forget(session: Session) -> None:
        if not session.in_nested_transaction():
            session.info.pop(ROUTE_FLAG, None)


class Router:
    """Runs ``route_once`` on a worker thread whenever a commit asked for it; ``wanted`` is
    safe from any thread. The requests of the next ``gather_seconds`` join one pass: in a
    busy region some 40 commits a second ask for routing, and a pass each was a fifth of
    the server's CPU (benchmarks/offer_to_queue.py); a few milliseconds more before an
    offer rings is nothing to a counsellor."""

    def __init__(self, db: Database, gather_seconds: float = 0.02):
        self.db = db
        self.gather_seconds = gather_seconds
        self._loop: asyncio.AbstractEventLoop | None = None
        self._event: asyncio.Event | None = None
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._event = asyncio.Event()
        self._event.set()   # route once at start: contacts may have waited for a restart
        self._task = asyncio.create_task(self._run())

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def wanted(self) -> None:
        loop, ev = self._loop, self._event
        if loop is None or ev is None or loop.is_closed():
            return   # not serving (a command-line tool): the next server start routes
        try:
            loop.call_soon_threadsafe(ev.set)
        except RuntimeError:   # the loop closed meanwhile
            pass

    def route_once(self) -> None:
        # Who gets what is worked out in a read-only transaction, without the write lock
        # every other writer queues for (most passes find no one waiting unoffered, or no
        # one free); the write transaction only checks that each chosen pair is still
        # free and records the offers. Deciding under the lock held it for ~25 ms a pass.
        with self.db.read_session() as session:
            if not has_work(session):
                return
            offers = plan(session, utcnow())
        if not offers:
            return
        # Offers ring at a desk while the contact waits: ahead of the queued pushes, like a
        # new contact (server/deps.py: intake).
        with urgent_writes(), self.db.session() as session:
            made = make_offers(session, offers, utcnow())
            session.commit()
        if len(made) < len(offers):
            self.wanted()   # someone was taken meanwhile: plan again with what is left

    async def _run(self) -> None:
        assert self._event is not None
        while True:
            await self._event.wait()
            await asyncio.sleep(self.gather_seconds)
            self._event.clear()
            try:
                await asyncio.to_thread(self.route_once)
            except asyncio.CancelledError:
                raise
            except RuntimeError as exc:
                if "shutdown" in str(exc):   # the embedded server's process is quitting
                    return
                log.exception("routing failed")
                await asyncio.sleep(0.5)
                self._event.set()
            except Exception:   # the database may be briefly away: try again shortly
                log.exception("routing failed")
                await asyncio.sleep(0.5)
                self._event.set()


def lock_queue(session: Session) -> None:
    """Take the change-log lock first (PostgreSQL): every writer of the queue then locks
    in the same order (this lock, then rows), so routing and an accept cannot deadlock."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_CHANGE_LOCK})


def _declined(entries: list | None) -> dict[str, datetime]:
    out: dict[str, datetime] = {}
    for entry in entries or []:
        try:
            out[entry["user_id"]] = datetime.fromisoformat(entry["at"])
        except (KeyError, TypeError, ValueError):
            continue
    return out


def _free_agents_query(*columns):
    """Available counsellors in offer-mode teams without an offer pending."""
    busy = select(Contact.offered_to).where(Contact.status == ContactStatus.WAITING,
                                             Contact.offered_to.is_not(None))
    return (select(*columns)
            .join(PresenceState, PresenceState.user_id == User.id)
            .join(Team, Team.id == User.team_id)
            .where(PresenceState.state == Presence.AVAILABLE, User.active.is_(True),
                   User.role.in_([str(r) for r in QUEUE_ROLES]), Team.routing_mode == "offer",
                   User.id.not_in(busy)))


def free_agents(session: Session) -> list[Agent]:
    """Available counsellors in offer-mode teams without an offer pending."""
    # Plain columns, not User objects: this runs in most routing passes of a busy queue.
    rows = session.execute(_free_agents_query(
        User.id, User.languages, User.municipality_code, User.client_groups, User.team_id,
        PresenceState.since)).all()
    return [Agent(id=uid, languages=frozenset(langs or ()), municipality_code=muni,
                  idle_since=since, client_groups=frozenset(groups or ()), team_id=team)
            for uid, langs, muni, groups, team, since in rows]


def _unoffered():
    return select(Contact.id).where(Contact.status == ContactStatus.WAITING,
                                    Contact.offered_to.is_(None))


def has_work(session: Session) -> bool:
    """Someone waits unoffered and someone is free to take it (a cheap first look: two
    one-row queries, no agents decoded)."""
    if session.scalar(_unoffered().limit(1)) is None:
        return False
    return session.scalar(_free_agents_query(User.id).limit(1)) is not None


def plan(session: Session, now: datetime) -> list[tuple[str, str]]:
    """Which waiting contact to offer to which free counsellor (nothing is written)."""
    # Plain columns, not Contact objects: a busy queue is planned some 30 times a second.
    contacts = session.execute(
        select(Contact.id, Contact.language, Contact.created_at, Contact.client_group,
               Contact.municipality_code, Contact.priority, Contact.due_at, Contact.team_id,
               Contact.window_start, Contact.declined_by)
        .where(Contact.status == ContactStatus.WAITING, Contact.offered_to.is_(None))
    ).all()
    if not contacts:
        return []
    agents = free_agents(session)
    if not agents:
        return []
    return assign([waiting_of(c) for c in contacts], agents, now)


def waiting_of(c) -> WaitingContact:
    """The router's view of a contact: a ``Contact``, or a row of its columns."""
    return WaitingContact(
        id=c.id, language=c.language, created_at=c.created_at, client_group=c.client_group,
        municipality_code=c.municipality_code, priority=c.priority, due_at=c.due_at,
        team_id=c.team_id, not_before=c.window_start, declined_by=_declined(c.declined_by))


def _agent(user: User) -> Agent:
    return Agent(id=user.id, languages=frozenset(user.languages or ()),
                 client_groups=frozenset(user.client_groups or ()), team_id=user.team_id)


def may_take(user: User, contact: Contact, now: datetime) -> bool:
    """The router's own rule (``Agent.can_take``) for this person and contact, with the
    person's skills as they are in the session."""
    return _agent(user).can_take(waiting_of(contact), now)


def refusal(user: User, contact: Contact, now: datetime) -> Refusal | None:
    """Why the person may not take the contact by the router's rules (language, client
    group, a handover to another team, a callback's window), declines aside: someone who
    declined an offer may still change their mind. None: they may."""
    return _agent(user).refusal(waiting_of(contact), now)


def _still_free(session: Session, agent_id: str) -> bool:
    presence = session.get(PresenceState, agent_id, populate_existing=True)
    if presence is None or presence.state != Presence.AVAILABLE:
        return False
    pending = select(Contact.id).where(Contact.status == ContactStatus.WAITING,
                                       Contact.offered_to == agent_id).limit(1)
    return session.scalar(pending) is None


def _still_matches(session: Session, agent_id: str, contact: Contact,
                   now: datetime) -> bool:
    """The counsellor's skills as they are now: a supervisor may have changed them since
    the plan."""
    user = session.get(User, agent_id, populate_existing=True)
    return user is not None and user.active and may_take(user, contact, now)


def make_offers(session: Session, offers: list[tuple[str, str]],
                now: datetime) -> list[tuple[str, str]]:
    """Record the planned offers whose contact still waits unoffered and whose counsellor
    is still free (either may have changed since the plan); returns the offers made."""
    lock_queue(session)
    made = []
    for contact_id, agent_id in offers:
        contact = session.scalar(select(Contact).where(Contact.id == contact_id)
                                 .with_for_update())
        if (contact is None or contact.status != ContactStatus.WAITING
                or contact.offered_to is not None or not _still_free(session, agent_id)
                or not _still_matches(session, agent_id, contact, now)):
            continue
        contact.offered_to = agent_id
        contact.offered_at = now
        if contact.first_offered_at is None:
            contact.first_offered_at = now
        record_change(session, "contact", contact)
        made.append((contact_id, agent_id))
    return made


def withdraw_offer(session: Session, contact: Contact, *, declined: bool) -> None:
    """Take the offer back; a decline or a miss keeps that counsellor off it for a while."""
    if contact.offered_to is None:
        return
    if declined:
        entries = [e for e in (contact.declined_by or []) if e.get("user_id") != contact.offered_to]
        contact.declined_by = [*entries, {"user_id": contact.offered_to,
                                          "at": utcnow().isoformat()}]
    contact.offered_to = None
    contact.offered_at = None
    record_change(session, "contact", contact)
    request_routing(session)


def set_presence(session: Session, user_id: str, state: str) -> None:
    """Change a counsellor's presence, closing the timed period of the previous state."""
    row = session.get(PresenceState, user_id)
    now = utcnow()
    if row is None:
        row = PresenceState(user_id=user_id, state=state, since=now)
        session.add(row)
    elif row.state == state:
        return
    else:
        session.add(PresencePeriod(user_id=user_id, state=row.state, started_at=row.since,
                                   ended_at=now, seconds=max(0.0, (now - row.since)
                                                             .total_seconds())))
    row.state = state
    row.since = now
    record_change(session, "presence", row)
    if state == Presence.AVAILABLE:
        request_routing(session)
    else:
        # Not available any more: offers waiting for them go to someone else.
        for contact in session.scalars(select(Contact).where(
                Contact.status == ContactStatus.WAITING, Contact.offered_to == user_id)):
            withdraw_offer(session, contact, declined=False)


def back_to_work(session: Session, user_id: str) -> None:
    """A contact left the counsellor's hands (wrapped up, handed over, a callback tried):
    busy while others are open, available when nothing waits for a wrap-up either, else
    after-contact work. Only from work states: someone who chose "away" stays away."""
    row = session.get(PresenceState, user_id)
    if row is not None and row.state not in (Presence.AFTER_CONTACT_WORK, Presence.BUSY):
        return
    mine = select(func.count()).select_from(Contact).where(Contact.accepted_by == user_id)
    if session.scalar(mine.where(Contact.status == ContactStatus.ACCEPTED)):
        set_presence(session, user_id, Presence.BUSY)
    elif session.scalar(mine.where(Contact.status == ContactStatus.CLOSED,
                                   Contact.wrapped_up_at.is_(None))):
        set_presence(session, user_id, Presence.AFTER_CONTACT_WORK)
    else:
        set_presence(session, user_id, Presence.AVAILABLE)


def sweep(session: Session, offer_seconds: float, now: datetime | None = None) -> int:
    """Withdraw offers unanswered for ``offer_seconds`` (the counsellor is set away, as a
    contact centre does, so the next contact does not ring at an empty desk) and raise
    callback requests nearing their due time. Returns how many contacts changed."""
    now = now or utcnow()
    changed = 0
    expired = session.scalars(select(Contact).where(
        Contact.status == ContactStatus.WAITING, Contact.offered_to.is_not(None),
        Contact.offered_at < now - timedelta(seconds=offer_seconds))).all()
    for contact in expired:
        missed_by = contact.offered_to
        withdraw_offer(session, contact, declined=True)
        presence = session.get(PresenceState, missed_by) if missed_by else None
        if presence is not None and presence.state == Presence.AVAILABLE:
            # Only an idle desk is set away; someone busy or logged out stays as they are.
            set_presence(session, presence.user_id, Presence.AWAY)
        changed += 1
    soon = now + timedelta(minutes=15)
    for contact in session.scalars(select(Contact).where(
            Contact.status == ContactStatus.WAITING, Contact.due_at.is_not(None),
            Contact.due_at <= soon)):
        raised = due_priority(contact.due_at, now)
        if raised > contact.priority:
            contact.priority = raised
            record_change(session, "contact", contact)
            changed += 1
    # Callback windows open with time alone: route on every tick.
    request_routing(session)
    return changed
