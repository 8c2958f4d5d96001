"""The server's SQLite writers queue on a lock in the process, in the order they asked,
before they begin (``queued_engine``); writers that someone is waiting to see may go first
(``urgent_writes``). Only the server has many writers at once; the workstation's store has
one (workstation/sqlite.py does the rest of the set-up for both)."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

from workstation.sqlite import sqlite_connect_args, tune_sqlite


class FairLock:
    """A lock taken in the order it was asked for; urgent waiters may overtake the others,
    but only those that have waited less than ``overtake_seconds``.

    ``threading.Lock`` is not fair: whoever runs when it is released takes it, so under
    load some writers waited seconds while newer ones went ahead (the writer-lock waits in
    benchmarks/offer_to_queue.py had a p95 of 2 s). Here ``release`` hands the lock to the
    longest waiter. An urgent waiter (``acquire(urgent=True)``) goes first, unless the
    longest ordinary waiter has already waited ``overtake_seconds``: when writers arrive
    faster than they can be served, unbounded priority let the ordinary ones fall further
    behind every second (pushes waited 2-3 s after 30 s of overload)."""

    def __init__(self, overtake_seconds: float = 0.1) -> None:
        self.overtake_seconds = overtake_seconds
        self._mutex = threading.Lock()
        # (gate, since): a waiter sleeps on its gate until ``release`` opens it.
        self._urgent: deque[tuple[threading.Lock, float]] = deque()
        self._waiters: deque[tuple[threading.Lock, float]] = deque()
        self._held = False

    def acquire(self, timeout: float = -1, urgent: bool = False) -> bool:
        with self._mutex:
            if not self._held:
                self._held = True
                return True
            gate = threading.Lock()
            gate.acquire()
            entry = (gate, time.monotonic())
            queue = self._urgent if urgent else self._waiters
            queue.append(entry)
        if gate.acquire(timeout=timeout):
            return True   # handed over by release()
        with self._mutex:
            try:
                queue.remove(entry)
            except ValueError:
                return True   # handed over just as the wait ran out: ours now
            return False

    def release(self) -> None:
        with self._mutex:
            # Still held after a hand-over: now by the chosen waiter.
            overdue = (self._waiters and
                       time.monotonic() - self._waiters[0][1] >= self.overtake_seconds)
            queue = self._urgent if self._urgent and not overdue else self._waiters
            if queue:
                queue.popleft()[0].release()
            elif self._held:
                self._held = False
            else:
                raise RuntimeError("release of an unheld FairLock")

    def locked(self) -> bool:
        return self._held


_URGENT: ContextVar[bool] = ContextVar("urgent_writes", default=False)


@contextmanager
def urgent_writes() -> Iterator[None]:
    """Transactions begun inside this block (in this thread or task) go ahead of the other
    writers queued for the write lock: for the writes someone is waiting to see, such as a
    new contact entering the queue, not for bulk work."""
    token = _URGENT.set(True)
    try:
        yield
    finally:
        _URGENT.reset(token)


_LOCKS: dict[str, FairLock] = {}
_LOCKS_GUARD = threading.Lock()


def writer_lock(path: str) -> FairLock:
    """One lock per database file and process, shared by every engine that writes to it."""
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(path, FairLock())


class QueuedWriterConnection(sqlite3.Connection):
    """A connection whose write transactions queue on a lock in this process.

    SQLite makes a second writer wait in its busy handler, which sleeps 1, 2, 5, 10, 15, 20,
    25… up to 100 ms between tries: under load a writer slept long after the lock was free,
    and that sleeping was most of the server's tail latency (benchmarks/offer_to_queue.py).
    A writer waiting here wakes the moment the previous one commits or rolls back. Other
    processes writing the same file still meet SQLite's own lock and busy timeout."""

    writer_lock: FairLock | None = None
    _holding = False

    def take_writer_lock(self) -> None:
        if self.writer_lock is not None and not self._holding:
            # After 30 s (SQLite's busy timeout too) go on and let SQLite decide.
            self._holding = self.writer_lock.acquire(timeout=30, urgent=_URGENT.get())

    def drop_writer_lock(self) -> None:
        if self._holding:
            self._holding = False
            assert self.writer_lock is not None
            self.writer_lock.release()

    def commit(self) -> None:
        try:
            super().commit()
        finally:
            self.drop_writer_lock()

    def rollback(self) -> None:
        try:
            super().rollback()
        finally:
            self.drop_writer_lock()

    def close(self) -> None:
        try:
            super().close()
        finally:
            self.drop_writer_lock()


def queued_engine(url: str, *, synchronous: str, foreign_keys: bool = False,
                  **engine_args) -> Engine:
    """A SQLite engine for writers (``tune_sqlite``, immediate) whose every transaction
    first queues on the file's ``FairLock``; commit, rollback or close let it go (also
    after a failed BEGIN: SQLAlchemy rolls the connection back)."""
    engine = create_engine(url, connect_args=sqlite_connect_args(
        factory=QueuedWriterConnection), **engine_args)
    lock = writer_lock(str(engine.url.database))

    @event.listens_for(engine, "connect")
    def _attach(dbapi_conn, _record):
        dbapi_conn.writer_lock = lock

    # Installed before tune_sqlite's BEGIN IMMEDIATE: SQLAlchemy calls the listeners of an
    # event in the order they were installed.
    @event.listens_for(engine, "begin")
    def _queue(conn):
        conn.connection.dbapi_connection.take_writer_lock()

    tune_sqlite(engine, synchronous=synchronous, immediate=True, foreign_keys=foreign_keys)
    return engine
