"""SQLite set-up shared by the local store and the server's SQLite database: WAL, a busy
timeout, and transactions that start the way the caller needs. (The server's writers also
queue on a lock of their own before they begin: server/sqlite_lock.py.)"""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.engine import Engine


def sqlite_connect_args(**extra) -> dict:
    """``connect_args`` for a SQLite engine tuned with ``tune_sqlite``."""
    return {"check_same_thread": False, "timeout": 30, **extra}


def tune_sqlite(engine: Engine, *, synchronous: str, immediate: bool,
                foreign_keys: bool = False) -> None:
    """``immediate``: take the write lock at BEGIN. A deferred transaction that later
    upgrades to a writer can fail with SQLITE_BUSY that no timeout cures, so an engine that
    writes is immediate and one that only reads is not."""

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):
        # Let the "begin" hook below decide how a transaction starts.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA synchronous={synchronous}")
        cur.execute("PRAGMA busy_timeout=30000")
        if foreign_keys:
            cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
