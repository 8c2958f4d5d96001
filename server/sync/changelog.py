"""Appending to the change log, in commit order, and waking the event streams."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, insert, inspect, text
from sqlalchemy.orm import Session

from server.sync.models import ChangeLogEntry
from server.sync.registry import ENTITIES

PG_CHANGE_LOCK = 7_000_001
PG_CHANNEL = "neuvo_changes"
_PENDING = "changelog_pending"
_PG_LOCKED = "changelog_pg_locked"
_SAVEPOINTS = "changelog_savepoints"
# The pending-entries key of a change addressed to everyone in scope whatever the entity's
# own audience rule says (``region_wide``); no user id (a UUID) can equal it.
_EVERYONE = "(everyone)"


def record_change(
    session: Session,
    entity: str,
    row: Any,
    *,
    op: str = "upsert",
    audience_user_id: str | None = None,
    region_wide: bool = False,
) -> None:
    """Log the row's state as of the end of this transaction.

    The entry goes to ``audience_user_id``, else to whom the entity's ``audience_of`` names
    (None: everyone in scope); ``region_wide`` sends it to everyone in scope whatever
    ``audience_of`` says. A region-wide ``delete`` is written before the transaction's other
    entries: it takes the row from every store, and an entry that addresses the row to
    someone (at the same version, after it) keeps it in theirs (an ended contact: the
    region drops it, its handler keeps it).

    The entry is written by ``flush_changes``, which the commit runs (``_write``): after
    the transaction's last flush, so the row's version is final, in one insert for all the
    transaction's entries. A row logged twice for the same audience gets one entry, with
    its final state. Flushing for every entry, as this did, was most of a push's time, and
    a push's time is how long it holds the one write lock (benchmarks/offer_to_queue.py);
    only a new row is still flushed at once, to keep inserts in the order they were made.

    A SAVEPOINT rolled back takes back the entries recorded inside it (``_savepoint``,
    ``_back_to_savepoint``).

    On PostgreSQL a transaction-level advisory lock is taken (once per transaction) before
    any seq is drawn and held until commit: a reader can never see seq N+1 committed while
    N is still open. SQLite gets the same from BEGIN IMMEDIATE (server/db.py)."""
    if entity not in ENTITIES:
        raise KeyError(entity)
    info = session.info
    if not info.get(_PG_LOCKED) and session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_CHANGE_LOCK})
        session.execute(text("SELECT pg_notify(:c, '')"), {"c": PG_CHANNEL})
        info[_PG_LOCKED] = True
    if inspect(row).pending:
        # A new row goes in now, before whatever is added after it: the unit of work
        # orders inserts only along relationships, and the tables' foreign keys (a chat's
        # message after its contact) rely on this order.
        session.flush()
    # Keyed by the row object: its id may not be known before the flush.
    pending = info.setdefault(_PENDING, {})
    if region_wide:
        key = (entity, id(row), _EVERYONE)
        entry = (entity, row, op, _EVERYONE)
        if op == "delete":
            pending.pop(key, None)
            info[_PENDING] = {key: entry, **pending}
        else:
            pending[key] = entry
    else:
        pending[(entity, id(row), audience_user_id)] = (entity, row, op, audience_user_id)
    info["changed"] = True


def flush_changes(session: Session) -> list[tuple[str, str, int]]:
    """Flush the session and write the pending change-log entries; returns what was
    written as (entity, id, version). The commit calls it; a caller that needs the
    versions before committing (the push loop) calls it itself."""
    session.flush()
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return []
    rows = []
    written = []
    for entity, row, op, audience in pending.values():
        kind = ENTITIES[entity]
        entity_id = kind.id_of(row)
        rows.append({
            "scope": kind.scope, "entity": entity, "entity_id": entity_id,
            "version": row.version, "op": op,
            "data": kind.serialize(row) if op == "upsert" else None,
            "municipality_code": kind.municipality_of(row),
            "audience_user_id": (None if audience == _EVERYONE
                                 else audience or kind.audience_of(row)),
            "group_id": kind.group_of(row),
        })
        written.append((entity, entity_id, row.version))
    # Core, in the order the changes were recorded: no unit of work, one executemany.
    session.connection().execute(insert(ChangeLogEntry), rows)
    return written


# Every commit writes its session's pending change-log entries first; a rollback forgets
# them, and a rollback to a savepoint forgets those recorded since it began. Installed on
# every ORM session of the process when this module is imported, which whoever calls
# ``record_change`` has done: so no session can hold entries that its commit would not
# write, and server/db.py need not know the change log (it did, and importing it closed an
# import circle db -> changelog -> registry -> directory.models -> db). A session that
# records nothing pays a dictionary lookup per commit.

@event.listens_for(Session, "before_commit")
def _write(session: Session) -> None:
    if session.info.get(_PENDING):
        flush_changes(session)


@event.listens_for(Session, "after_transaction_create")
def _savepoint(session: Session, transaction) -> None:
    if transaction.nested:
        session.info.setdefault(_SAVEPOINTS, {})[transaction] = dict(
            session.info.get(_PENDING) or {})


@event.listens_for(Session, "after_soft_rollback")
def _back_to_savepoint(session: Session, previous_transaction) -> None:
    before = session.info.get(_SAVEPOINTS, {}).pop(previous_transaction, None)
    if before is not None:
        session.info[_PENDING] = before


@event.listens_for(Session, "after_commit")
def _done(session: Session) -> None:
    if not session.in_nested_transaction():
        session.info.pop(_PG_LOCKED, None)
        session.info.pop(_SAVEPOINTS, None)


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    if not session.in_nested_transaction():
        for key in (_PENDING, _PG_LOCKED, _SAVEPOINTS):
            session.info.pop(key, None)


def install_commit_hook(session_factory, notify) -> None:
    """Call ``notify()`` after every commit that logged a change (in-process wake-up;
    other processes are woken by PostgreSQL NOTIFY)."""

    # SQLAlchemy fires these for a SAVEPOINT too: only the outermost transaction counts.
    # Waking the feed at a savepoint woke it before the change was committed.
    @event.listens_for(session_factory, "after_commit")
    def _after_commit(session):
        if not session.in_nested_transaction() and session.info.pop("changed", False):
            notify()

    @event.listens_for(session_factory, "after_rollback")
    def _after_rollback(session):
        if not session.in_nested_transaction():
            session.info.pop("changed", None)
