"""Appending to the change log, in commit order, and waking the event streams."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from server.sync.models import ChangeLogEntry
from server.sync.registry import ENTITIES

PG_CHANGE_LOCK = 7_000_001
PG_CHANNEL = "neuvo_changes"


def record_change(
    session: Session,
    entity: str,
    row: Any,
    *,
    op: str = "upsert",
    audience_user_id: str | None = None,
) -> ChangeLogEntry:
    """Log the row's current state. The row is flushed first, so its version is final;
    the entry itself is inserted by the session's next flush.

    On PostgreSQL a transaction-level advisory lock is taken before the seq is drawn and
    held until commit: a reader can never see seq N+1 committed while N is still open.
    SQLite gets the same from BEGIN IMMEDIATE (server/db.py)."""
    kind = ENTITIES[entity]
    session.flush()
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_CHANGE_LOCK})
        session.execute(text("SELECT pg_notify(:c, '')"), {"c": PG_CHANNEL})
    data = kind.serialize(row) if op == "upsert" else None
    entry = ChangeLogEntry(
        scope=kind.scope,
        entity=entity,
        entity_id=kind.id_of(row),
        version=row.version,
        op=op,
        data=data,
        municipality_code=kind.municipality_of(row),
        audience_user_id=audience_user_id or kind.audience_of(row),
        group_id=kind.group_of(row),
    )
    # Not flushed here: the entry is inserted with the next flush (the next record_change,
    # a query, or the commit), in the order entries were added. A second flush per call was
    # a fifth of a push's time, and a push's time is how long it holds the write lock.
    session.add(entry)
    session.info["changed"] = True
    session.info.setdefault("written", []).append((entity, entry.entity_id, entry.version))
    return entry


def head_seq(session: Session) -> int:
    from sqlalchemy import func

    return session.scalar(select(func.coalesce(func.max(ChangeLogEntry.seq), 0))) or 0


def install_commit_hook(session_factory, notify) -> None:
    """Call ``notify()`` after every commit that logged a change (in-process wake-up;
    other processes are woken by PostgreSQL NOTIFY)."""

    # SQLAlchemy fires these for a SAVEPOINT too (each mutation runs in one): only the
    # outermost transaction counts. Waking the feed at the savepoint woke it before the
    # change was committed, and reported every mutation as a no-op to its client.
    @event.listens_for(session_factory, "after_commit")
    def _after_commit(session):
        if not session.in_nested_transaction() and session.info.pop("changed", False):
            notify()

    @event.listens_for(session_factory, "after_rollback")
    def _after_rollback(session):
        if not session.in_nested_transaction():
            session.info.pop("changed", None)
