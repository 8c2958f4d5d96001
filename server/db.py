"""Database engine and sessions.

The caller owns the transaction: service functions flush, routers (or the sync push loop)
commit, so one push applies a mutation and its change-log rows as one unit."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import JSON, DateTime, MetaData, create_engine
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, InterfaceError, InternalError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

from server.config import DATABASE_THREADS
from server.sqlite_lock import queued_engine
from workstation.ids import new_id  # noqa: F401  (re-exported for the server's models)
from workstation.sqlite import sqlite_connect_args, tune_sqlite

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def is_transient(exc: BaseException) -> bool:
    """A database failure that may pass if the same thing is tried again: a lock or
    statement timeout, a deadlock or serialisation failure, a lost connection, an
    exhausted pool. (PostgreSQL reports these as OperationalError, InterfaceError or
    InternalError; a unique clash outside a handler is two first pushes of one client.)
    Anything else, above all a DataError (a NUL character, a value too long, an invalid
    encoding or date), fails the same way every time."""
    return isinstance(exc, (OperationalError, InterfaceError, InternalError, IntegrityError,
                            PoolTimeout))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


JsonData = JSON().with_variant(JSONB(), "postgresql")


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on both SQLite (which forgets the zone) and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


def utcnow() -> datetime:
    return datetime.now(UTC)


def make_engine(url: str, *, writes: bool = True) -> Engine:
    if url.startswith("sqlite"):
        # A connection for every thread that may ask for one: a writer queued for the write
        # lock holds its connection meanwhile, and a new chat waited for a connection in
        # the pool, in no order, instead of in the write lock's queue, where it goes first
        # (p95 94 ms of 149 in benchmarks/offer_to_queue.py). A SQLite connection is a file
        # handle and a page cache.
        pool = {"pool_size": 20, "max_overflow": DATABASE_THREADS - 20}
        # BEGIN IMMEDIATE also makes the change-log seq commit in order on SQLite, so a
        # reader (a deferred BEGIN, never waiting for writers in WAL) sees a gapless prefix.
        # Writers queue for it in this process, fairly, not in SQLite's busy handler.
        if writes:
            return queued_engine(url, synchronous="NORMAL", foreign_keys=True, **pool)
        engine = create_engine(url, connect_args=sqlite_connect_args(), **pool)
        tune_sqlite(engine, synchronous="NORMAL", immediate=False, foreign_keys=True)
        return engine
    return create_engine(url, pool_size=20, max_overflow=20, pool_pre_ping=True)


class Database:
    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        # On SQLite every writing transaction takes the one write lock at BEGIN; reads that
        # took it too (each request's caller lookup, the change feed) queued behind writers.
        self.read_engine = make_engine(url, writes=False) if self.is_sqlite else self.engine
        self.read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.sessions() as session:
            try:
                yield session
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session that only reads: on SQLite it never waits for (or blocks) a writer.
        Use it only where nothing is written: a deferred transaction that starts writing
        can fail with SQLITE_BUSY."""
        # Closing ends the transaction without expiring what was read.
        with self.read_sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
        if self.read_engine is not self.engine:
            self.read_engine.dispose()
