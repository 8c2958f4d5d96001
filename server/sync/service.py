"""Push, pull and event reads over the change log (DESIGN.md, sync protocol 3-7)."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Literal

from pydantic import ValidationError
from sqlalchemy import Text, cast, delete, func, insert, select, update
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from server.clients.models import ClientAccessLog
from server.db import Database, is_transient, new_id, utcnow
from server.directory.models import User
from server.sync.access import SCOPE_ROLES, visible
from server.sync.changelog import flush_changes
from server.sync.models import ChangeLogEntry, MutationOutcome, SyncClient, SyncMeta
from server.sync.registry import ENTITIES, MUTATIONS, MutationContext, MutationRejected
from workstation.contract import (
    Change,
    Mutation,
    MutationResult,
    PushResponse,
)
from workstation.text import clean_line, clean_text, has_junk

log = logging.getLogger(__name__)
CLIENT_ENTITIES = frozenset({"client", "relative"})


class TransientFailure(Exception):
    """The database failed for a reason that may pass: the client retries (503)."""


class ForeignClient(Exception):
    """A client_id that belongs to another user."""


def last_mutation_id(session: Session, client_id: str, user: User, lock: bool = True) -> int:
    """The client's last applied mutation, its row locked (PostgreSQL) until commit when
    ``lock``; a client seen for the first time gets its row. Core statements: this runs
    for every push, inside the write lock."""
    conn = session.connection()
    stmt = select(SyncClient.user_id, SyncClient.last_mutation_id).where(
        SyncClient.client_id == client_id)
    row = conn.execute(stmt.with_for_update() if lock else stmt).first()
    if row is None:
        conn.execute(insert(SyncClient).values(client_id=client_id, user_id=user.id,
                                               last_mutation_id=0, last_seen_at=utcnow()))
        return 0
    if row.user_id != user.id:
        raise ForeignClient(client_id)
    return int(row.last_mutation_id)


def _summarise(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()))
        parts.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
    return "; ".join(parts)


def previous_outcome(session: Session, client_id: str, mutation_id: int) -> MutationResult:
    row = session.get(MutationOutcome, (client_id, mutation_id))
    if row is None:  # pruned long ago: it was processed, that is all we know
        return MutationResult(mutation_id=mutation_id, status="applied")
    return MutationResult(
        mutation_id=mutation_id, status="rejected" if row.status == "rejected" else "applied",
        error=row.error, code=row.code
    )


def push(db: Database, user: User, client_id: str, mutations: list[Mutation]) -> PushResponse:
    """Apply each mutation in its own transaction with its change-log rows and the client's
    ``last_mutation_id``. Already-seen ids are answered from the stored outcome."""
    results: list[MutationResult] = []
    last = 0
    for m in sorted(mutations, key=lambda m: m.mutation_id):
        for attempt in range(3):
            try:
                result, last = _push_one(db, user, client_id, m)
                break
            except StaleDataError:
                if attempt == 2:
                    raise TransientFailure("the record kept changing under us") from None
            except (DBAPIError, PoolTimeout) as exc:
                if not is_transient(exc):
                    raise   # not the mutation's fault (apply_mutation decides those): a bug
                raise TransientFailure(str(getattr(exc, "orig", exc))) from exc
        results.append(result)
    if not mutations:
        with db.session() as session:
            last = last_mutation_id(session, client_id, user, lock=False)
            session.commit()
    return PushResponse(last_mutation_id=last, results=results)


def _push_one(db: Database, user: User, client_id: str, m: Mutation) -> tuple[MutationResult, int]:
    with db.session() as session:
        last = last_mutation_id(session, client_id, user)
        if m.mutation_id <= last:
            result = previous_outcome(session, client_id, m.mutation_id)
            session.commit()
            return result, last
        code, error, written = apply_mutation(session, user, client_id, m)
        if code is not None:
            # Nothing of a rejected mutation stays: its writes are rolled back (one
            # transaction, no savepoint: a rejection is rare, a savepoint cost every push).
            session.rollback()
            last = last_mutation_id(session, client_id, user)
            if m.mutation_id <= last:   # another push of this client got there first
                result = previous_outcome(session, client_id, m.mutation_id)
                session.commit()
                return result, last
        result = record_outcome(session, client_id, m, code, error, written)
        session.commit()
        return result, m.mutation_id


def record_outcome(session: Session, client_id: str, m: Mutation, code: str | None,
                   error: str | None, written: list[tuple[str, str, int]]) -> MutationResult:
    """Advance the client's ``last_mutation_id`` and store the outcome (Core: this runs
    for every push, inside the write lock). A rejected mutation advances it too: it can
    never apply."""
    status: Literal["applied", "rejected"] = "applied" if code is None else "rejected"
    conn = session.connection()
    conn.execute(update(SyncClient).where(SyncClient.client_id == client_id)
                 .values(last_mutation_id=m.mutation_id, last_seen_at=utcnow()))
    # The name and a message may echo what was sent: stored cleaned, like any text.
    error = clean_text(error) if error is not None else None
    conn.execute(insert(MutationOutcome).values(
        client_id=client_id, mutation_id=m.mutation_id, name=clean_line(m.name)[:100],
        status=status, code=code, error=error, created_at=utcnow()))
    if code:
        log.info("mutation %s/%s rejected: %s", client_id, m.mutation_id, error)
    return MutationResult(mutation_id=m.mutation_id, status=status, error=error,
                          code=code, changed=bool(written), versions=written)


def apply_mutation(session: Session, user: User, client_id: str,
                   m: Mutation) -> tuple[str | None, str | None, list[tuple[str, str, int]]]:
    """Run the mutation's handler; (code, error, []) when it is rejected, else (None,
    None, the versions it wrote)."""
    kind = MUTATIONS.get(m.name)
    try:
        if has_junk(m.name):
            raise MutationRejected("invalid", "The change's name holds control characters.")
        if kind is None:
            raise MutationRejected("unknown_mutation", f"Unknown change '{m.name}'.")
        if user.role not in kind.roles:
            raise MutationRejected("forbidden", f"The role '{user.role}' may not do '{m.name}'.")
        args = kind.args.model_validate(m.args)
        # The caller, known to this session without a query: handlers and serializers
        # look users up by id, most often the caller. Held here: the session's identity
        # map keeps only weak references.
        me = session.merge(user, load=False)
        ctx = MutationContext(session=session, user=user, client_id=client_id,
                              base_version=m.base_version)
        kind.may(ctx, args)   # who may do it to this record (registry.Rule)
        kind.apply(ctx, args)
        written = flush_changes(session)
        del me
        return None, None, written
    except ValidationError as exc:
        return "invalid", _summarise(exc), []
    except MutationRejected as exc:
        return exc.code, exc.message, []
    except IntegrityError:
        return "conflict", "The change clashes with a record that already exists.", []
    except DataError as exc:
        # A value the database refuses (PostgreSQL: a NUL character, a value too long, an
        # invalid date or encoding) is refused again on every retry: the mutation is
        # rejected, so the ones behind it still apply (503 would stall the outbox).
        log.info("mutation %s/%s (%s) refused by the database: %s", client_id,
                 m.mutation_id, m.name, exc.orig)
        reason = clean_line(str(exc.orig).splitlines()[0] if str(exc.orig) else "")[:200]
        return "invalid", f"The change holds a value that cannot be stored ({reason}).", []
    except (DBAPIError, StaleDataError):
        raise  # the database failed or the row changed under us, not the mutation: retried
    except Exception:
        # A bug in a handler must not block this client's outbox forever: the mutation
        # is recorded as rejected (and logged), and the ones after it still apply.
        log.exception("mutation %s/%s (%s) failed", client_id, m.mutation_id, m.name)
        return "server_error", "The server could not apply this change; it was logged.", []


def tombstone_horizon(session: Session) -> int:
    row = session.get(SyncMeta, "tombstone_horizon")
    return int(row.value) if row else 0


def _to_change(row: ChangeLogEntry) -> Change:
    return Change(seq=row.seq, entity=row.entity, id=row.entity_id, version=row.version,
                  op="delete" if row.op == "delete" else "upsert", data=row.data)


def audit_client_reads(session: Session, user: User, rows, purpose: str) -> None:
    """One access-log row per client record read (and per client a screen pop names): the
    law asks that every read is logged. Written in one statement per call (a page of a
    pull is a thousand rows, and they were a thousand ORM inserts inside the write lock)."""
    seen = set()
    entries: list[dict] = []
    at = utcnow()
    for row in rows:
        if row.entity == "contact":
            data = row.data
            if not data or not data.get("candidates"):
                continue
            # A phone contact's screen pop names clients: that is a read too.
            for candidate in data["candidates"]:
                key = (candidate.get("client_id"), "screen_pop")
                if key[0] and key not in seen:
                    seen.add(key)
                    entries.append({"id": new_id(), "client_id": key[0], "user_id": user.id,
                                    "purpose": "screen_pop", "detail": "", "at": at})
            continue
        if row.entity in CLIENT_ENTITIES and row.op == "upsert":
            client_id = row.entity_id if row.entity == "client" else (row.data or {}).get("client_id")
            if client_id and client_id not in seen:
                seen.add(client_id)
                entries.append({"id": new_id(), "client_id": client_id, "user_id": user.id,
                                "purpose": purpose, "detail": "", "at": at})
    if entries:
        session.connection().execute(insert(ClientAccessLog), entries)


class PulledRow:
    """A change-log row as a pull reads it: ``data`` stays the JSON text the database holds
    (it goes into the response as it is) and is decoded only when asked for (the audit
    needs it for relatives and contacts)."""

    __slots__ = ("seq", "entity", "entity_id", "version", "op", "data_json")

    def __init__(self, seq, entity, entity_id, version, op, data_json):
        self.seq, self.entity, self.entity_id = seq, entity, entity_id
        self.version, self.op, self.data_json = version, op, data_json

    @property
    def data(self) -> dict | None:
        return None if self.data_json is None else json.loads(self.data_json)

    def to_json(self) -> str:
        op = "delete" if self.op == "delete" else "upsert"
        return (f'{{"seq":{int(self.seq)},"entity":{json.dumps(self.entity)},'
                f'"id":{json.dumps(self.entity_id)},"version":{int(self.version)},'
                f'"op":"{op}","data":{self.data_json or "null"}}}')


@dataclass
class PullPage:
    """A pull's answer, its changes already JSON (see ``PulledRow``): ``to_json`` is the
    body of /sync/pull, the same document ``PullResponse`` describes."""

    scope: str
    rows: list[PulledRow]
    next_cursor: int
    has_more: bool
    reset: bool = False
    last_mutation_id: int = 0

    def to_json(self) -> bytes:
        head = json.dumps({"scope": self.scope, "next_cursor": self.next_cursor,
                           "has_more": self.has_more, "reset": self.reset,
                           "last_mutation_id": self.last_mutation_id})
        return (head[:-1] + ',"changes":[' + ",".join(r.to_json() for r in self.rows)
                + "]}").encode()

def pull(db: Database, user: User, client_id: str | None, scope: str, cursor: int,
         limit: int) -> PullPage:
    if user.role not in SCOPE_ROLES.get(scope, ()):
        raise PermissionError(scope)
    with db.session() as session:
        if db.is_postgres:
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        client_last = 0
        if client_id:
            client_last = last_mutation_id(session, client_id, user, lock=False)
        head_now = session.scalar(select(func.coalesce(func.max(ChangeLogEntry.seq), 0))) or 0
        # Behind the horizon, or ahead of a restored/recreated database: start the scope over.
        if cursor > 0 and (cursor < tombstone_horizon(session) or cursor > head_now):
            session.commit()
            return PullPage(scope=scope, rows=[], next_cursor=0, has_more=True,
                            reset=True, last_mutation_id=client_last)
        log_ = ChangeLogEntry
        # Columns, not entities, and ``data`` as the stored JSON text: decoding it into
        # objects and encoding it again was most of a page's time (first_sync_rows_per_s).
        rows = [PulledRow(*r) for r in session.execute(
            select(log_.seq, log_.entity, log_.entity_id, log_.version, log_.op,
                   cast(log_.data, Text))
            .where(ChangeLogEntry.seq > cursor, visible(user, [scope]))
            .order_by(ChangeLogEntry.seq)
            .limit(limit + 1)
        )]
        has_more = len(rows) > limit
        rows = rows[:limit]
        if has_more:
            next_cursor = rows[-1].seq
        else:
            # Nothing more is visible in this snapshot: skip past invisible rows too.
            head = session.scalar(select(func.coalesce(func.max(ChangeLogEntry.seq), 0))) or 0
            next_cursor = max(cursor, head)
        audit_client_reads(session, user, rows, purpose="sync")
        session.commit()
        return PullPage(scope=scope, rows=rows, next_cursor=next_cursor, has_more=has_more,
                        last_mutation_id=client_last)


def read_events(db: Database, user: User, scopes: list[str], after: int, limit: int = 500):
    """Rows for the event stream: visible changes after ``after`` in the user's scopes."""
    with db.session() as session:
        rows = session.scalars(
            select(ChangeLogEntry)
            .where(ChangeLogEntry.seq > after, visible(user, scopes))
            .order_by(ChangeLogEntry.seq)
            .limit(limit)
        ).all()
        audit_client_reads(session, user, rows, purpose="event")
        session.commit()
        return rows


def event_payload(row: ChangeLogEntry) -> dict:
    kind = ENTITIES.get(row.entity)
    payload = {"seq": row.seq, "scope": row.scope, "entity": row.entity, "id": row.entity_id}
    if kind is not None and kind.urgent:
        payload["change"] = _to_change(row).model_dump()
    return payload


def head(db: Database) -> int:
    with db.read_session() as session:
        return session.scalar(select(func.coalesce(func.max(ChangeLogEntry.seq), 0))) or 0


def compact(db: Database, keep_tombstones_after_seq: int | None = None) -> int:
    """Drop change-log rows superseded by a later change of the same entity (for the same
    audience). Any cursor stays valid: the latest state of everything after it remains.
    Dropping tombstones older than ``keep_tombstones_after_seq`` moves the horizon, and
    clients behind it re-sync their scope from zero."""
    with db.session() as session:
        newest = (
            select(func.max(ChangeLogEntry.seq).label("seq"))
            .group_by(ChangeLogEntry.entity, ChangeLogEntry.entity_id,
                      ChangeLogEntry.audience_user_id)
        ).scalar_subquery()
        removed = _rowcount(session.execute(
            delete(ChangeLogEntry).where(ChangeLogEntry.seq.not_in(newest))))
        if keep_tombstones_after_seq is not None:
            removed += _rowcount(session.execute(
                delete(ChangeLogEntry).where(ChangeLogEntry.op == "delete",
                                             ChangeLogEntry.seq <= keep_tombstones_after_seq)))
            meta = session.get(SyncMeta, "tombstone_horizon") or SyncMeta(key="tombstone_horizon")
            meta.value = str(max(int(meta.value or 0) if meta.value else 0,
                                 keep_tombstones_after_seq))
            session.add(meta)
        session.commit()
        return removed


def _rowcount(result) -> int:
    return int(getattr(result, "rowcount", 0) or 0)
