"""The local store: an SQLite file per server and user holding the synchronised records,
the outbox of local edits, the pull cursors and unsent drafts.

Writes happen on one thread (the sync worker's); the GUI reads through its own
``LocalStore(..., writer=False)`` connection. Records keep the server's state in ``data``
and a local optimistic edit in ``overlay``: a rejected edit is undone by dropping the
overlay, so no server truth is ever overwritten by a guess."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic_core import to_json
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, Engine

from workstation.contract import ENTITY_SCOPES, Change, Mutation, MutationResult
from workstation.ids import new_id
from workstation.sqlite import sqlite_connect_args, tune_sqlite

SCHEMA = [
    """CREATE TABLE IF NOT EXISTS records (
        entity TEXT NOT NULL, id TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 0,
        data TEXT, overlay TEXT, overlay_mutation INTEGER, overlay_base INTEGER,
        deleted INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (entity, id))""",
    "CREATE INDEX IF NOT EXISTS ix_records_entity ON records(entity, deleted)",
    """CREATE TABLE IF NOT EXISTS outbox (
        mutation_id INTEGER PRIMARY KEY, name TEXT NOT NULL, args TEXT NOT NULL,
        base_version INTEGER, created_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT)""",
    "CREATE TABLE IF NOT EXISTS cursors (scope TEXT PRIMARY KEY, cursor INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS rejections (
        mutation_id INTEGER PRIMARY KEY, name TEXT NOT NULL, code TEXT, error TEXT,
        at TEXT NOT NULL, seen INTEGER NOT NULL DEFAULT 0)""",
    """CREATE TABLE IF NOT EXISTS drafts (
        key TEXT PRIMARY KEY, text TEXT NOT NULL, updated_at TEXT NOT NULL)""",
]


# The constant SQL of the typed queries below (``j``: a record's current JSON).
_WAITING = "json_extract(j, '$.status') = 'waiting'"
_MINE_OPEN = ("json_extract(j, '$.accepted_by') = :me AND (json_extract(j, '$.status') = "
              "'accepted' OR (json_extract(j, '$.status') = 'closed' AND "
              "json_extract(j, '$.wrapped_up_at') IS NULL))")
_QUEUE_ORDER = ("json_extract(j, '$.priority') DESC, json_extract(j, '$.created_at'), "
                "json_extract(j, '$.id')")
_MESSAGE_ORDER = "json_extract(j, '$.created_at'), id"
_IN_THREAD = ("json_extract(j, '$.contact_id') IN (SELECT id FROM records WHERE entity = "
              "'contact' AND deleted = 0 AND json_extract(COALESCE(overlay, data), "
              "'$.thread_id') = :t)")


def _now() -> str:
    return datetime.now(UTC).isoformat()


@dataclass(frozen=True)
class Rejection:
    mutation_id: int
    name: str
    code: str | None
    error: str | None
    at: str


class LocalStore:
    SYNCHRONOUS = "FULL"

    def __init__(self, path: Path | str, *, writer: bool = True):
        self.path = Path(path)
        self.writer = writer
        self.engine: Engine = create_engine(
            f"sqlite:///{self.path}", connect_args=sqlite_connect_args()
        )
        self._lock = threading.RLock()

        # The outbox is a counsellor's typed work: every commit reaches the disk (FULL);
        # copies of the server's records do not need to (``_server_copy``).
        # Only the writer takes the write lock at BEGIN; readers never block it.
        tune_sqlite(self.engine, synchronous=self.SYNCHRONOUS, immediate=writer)

        if writer:
            with self.engine.begin() as conn:
                for stmt in SCHEMA:
                    conn.exec_driver_sql(stmt)
                if self._meta(conn, "client_id") is None:
                    self._set_meta(conn, "client_id", new_id())

    def close(self) -> None:
        self.engine.dispose()

    # --- meta ---------------------------------------------------------------------------
    @staticmethod
    def _meta(conn: Connection, key: str) -> str | None:
        return conn.execute(text("SELECT value FROM meta WHERE key=:k"), {"k": key}).scalar()

    @staticmethod
    def _set_meta(conn: Connection, key: str, value: str) -> None:
        conn.execute(text("INSERT INTO meta(key, value) VALUES (:k, :v) "
                          "ON CONFLICT(key) DO UPDATE SET value=excluded.value"),
                     {"k": key, "v": value})

    def meta(self, key: str, default: str | None = None) -> str | None:
        with self.engine.begin() as conn:
            value = self._meta(conn, key)
        return default if value is None else value

    def set_meta(self, key: str, value: str) -> None:
        with self.engine.begin() as conn:
            self._set_meta(conn, key, value)

    @property
    def client_id(self) -> str:
        value = self.meta("client_id")
        assert value, "store opened read-only before it was created"
        return value

    # --- local edits --------------------------------------------------------------------
    def record_local(
        self,
        name: str,
        args: dict[str, Any],
        optimistic: Sequence[tuple[str, str, dict[str, Any]]] = (),
        base_version: int | None = None,
    ) -> int:
        """One transaction: the optimistic rows and the outbox entry. Returns its id."""
        with self._lock, self.engine.begin() as conn:
            last = int(self._meta(conn, "last_local_mutation") or 0)
            mutation_id = last + 1
            self._set_meta(conn, "last_local_mutation", str(mutation_id))
            conn.execute(
                text("INSERT INTO outbox(mutation_id, name, args, base_version, created_at) "
                     "VALUES (:m, :n, :a, :b, :t)"),
                {"m": mutation_id, "n": name, "a": json.dumps(args), "b": base_version,
                 "t": _now()},
            )
            for entity, rid, data in optimistic:
                conn.execute(
                    text("""INSERT INTO records(entity, id, version, data, overlay,
                                overlay_mutation, overlay_base)
                            VALUES (:e, :i, 0, NULL, :o, :m, 0)
                            ON CONFLICT(entity, id) DO UPDATE SET overlay=:o,
                                overlay_mutation=:m, overlay_base=records.version"""),
                    {"e": entity, "i": rid, "o": json.dumps(data), "m": mutation_id},
                )
        return mutation_id

    def pending(self, limit: int = 200) -> list[Mutation]:
        with self.engine.begin() as conn:
            rows = conn.execute(
                text("SELECT mutation_id, name, args, base_version FROM outbox "
                     "ORDER BY mutation_id LIMIT :l"), {"l": limit}).all()
        # Not validated here: a row the contract would refuse (a name too long) must still
        # reach the server, which refuses that one change and lets the rest through,
        # instead of failing every push before it is sent.
        return [Mutation.model_construct(mutation_id=r[0], name=r[1], args=json.loads(r[2]),
                                         base_version=r[3]) for r in rows]

    def pending_count(self) -> int:
        with self.engine.begin() as conn:
            return int(conn.execute(text("SELECT count(*) FROM outbox")).scalar() or 0)

    def note_push_failure(self, mutation_ids: Iterable[int], error: str) -> None:
        with self.engine.begin() as conn:
            for mid in mutation_ids:
                conn.execute(text("UPDATE outbox SET attempts=attempts+1, last_error=:e "
                                  "WHERE mutation_id=:m"), {"e": error[:500], "m": mid})

    def confirm(self, results: Sequence[MutationResult], last_mutation_id: int) -> list[Rejection]:
        """The server has decided these mutations: drop them from the outbox; undo the
        overlays of rejected ones; retire overlays the server has already caught up with."""
        rejected: list[Rejection] = []
        with self._lock, self.engine.begin() as conn:
            for r in results:
                name = conn.execute(text("SELECT name FROM outbox WHERE mutation_id=:m"),
                                    {"m": r.mutation_id}).scalar()
                conn.execute(text("DELETE FROM outbox WHERE mutation_id=:m"),
                             {"m": r.mutation_id})
                if r.status == "rejected":
                    rej = Rejection(r.mutation_id, name or "?", r.code, r.error, _now())
                    rejected.append(rej)
                    conn.execute(
                        text("INSERT OR REPLACE INTO rejections(mutation_id, name, code, error, "
                             "at) VALUES (:m, :n, :c, :e, :t)"),
                        {"m": rej.mutation_id, "n": rej.name, "c": rej.code, "e": rej.error,
                         "t": rej.at})
                    conn.execute(text("UPDATE records SET overlay=NULL, overlay_mutation=NULL "
                                      "WHERE overlay_mutation=:m"), {"m": r.mutation_id})
                elif not r.changed:
                    # Applied but a no-op: the server state we hold is already the truth.
                    conn.execute(text("UPDATE records SET overlay=NULL, overlay_mutation=NULL "
                                      "WHERE overlay_mutation=:m AND data IS NOT NULL"),
                                 {"m": r.mutation_id})
                else:
                    # Retire the overlay only once the store holds what the mutation wrote.
                    for entity, record_id, version in r.versions:
                        conn.execute(text(
                            "UPDATE records SET overlay_base=max(coalesce(overlay_base, 0), :b) "
                            "WHERE entity=:e AND id=:i AND overlay_mutation=:m"),
                            {"b": version - 1, "e": entity, "i": record_id, "m": r.mutation_id})
            # Anything at or below last_mutation_id is decided, whether or not we saw its
            # answer (a lost response): it can leave the outbox.
            conn.execute(text("DELETE FROM outbox WHERE mutation_id <= :l"),
                         {"l": last_mutation_id})
            self._set_meta(conn, "confirmed_mutation", str(max(
                last_mutation_id, int(self._meta(conn, "confirmed_mutation") or 0))))
            conn.execute(text("""UPDATE records SET overlay=NULL, overlay_mutation=NULL
                                 WHERE overlay_mutation <= :l AND version > overlay_base"""),
                         {"l": last_mutation_id})
            # Local-only rows whose creation was rejected vanish.
            conn.execute(text("DELETE FROM records WHERE data IS NULL AND overlay IS NULL"))
        return rejected

    # --- server changes -----------------------------------------------------------------
    def apply_changes(
        self,
        changes: Sequence[Change],
        *,
        scope: str | None = None,
        next_cursor: int | None = None,
        last_mutation_id: int | None = None,
        meta: dict[str, str] | None = None,
    ) -> set[str]:
        """Apply a pulled batch and advance the scope's cursor (and set ``meta``, e.g. the
        last stream event applied) in the same transaction. An upsert applies only if its
        version is newer than what we hold. A ``delete`` also applies at the version we
        hold, and an upsert at the version of our tombstone brings the row back: the
        server takes a record back from one user (a conversation they no longer handle)
        without changing it, and sends it again unchanged if they take the contact
        back. The tombstone keeps no data; drafts and the outbox are not records and stay."""
        touched: set[str] = set()
        with self._lock, self._server_copy() as conn:
            confirmed = int(self._meta(conn, "confirmed_mutation") or 0)
            if last_mutation_id is not None and last_mutation_id > confirmed:
                confirmed = last_mutation_id
                self._set_meta(conn, "confirmed_mutation", str(confirmed))
            if changes:
                # One executemany: the loop runs in C, so a bulk sync holds the GIL (and
                # keeps the GUI thread waiting) far less than a Python loop of executes.
                rows = [(ch.entity, ch.id, ch.version,
                         to_json(ch.data).decode() if ch.data is not None else None,
                         1 if ch.op == "delete" else 0) for ch in changes]
                cursor = conn.exec_driver_sql(
                    f"""INSERT INTO records(entity, id, version, data, deleted)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT(entity, id) DO UPDATE SET
                            version=excluded.version, data=excluded.data,
                            deleted=excluded.deleted,
                            overlay=CASE WHEN records.overlay_mutation <= {confirmed}
                                         AND excluded.version > coalesce(records.overlay_base, 0)
                                         THEN NULL ELSE records.overlay END,
                            overlay_mutation=CASE WHEN records.overlay_mutation <= {confirmed}
                                         AND excluded.version > coalesce(records.overlay_base, 0)
                                         THEN NULL ELSE records.overlay_mutation END
                        WHERE excluded.version > records.version
                           OR (excluded.version = records.version
                               AND excluded.deleted <> records.deleted)""",
                    rows,
                )
                if cursor.rowcount != 0:
                    touched |= {ch.entity for ch in changes}
            if scope is not None and next_cursor is not None:
                conn.execute(text("INSERT INTO cursors(scope, cursor) VALUES (:s, :c) "
                                  "ON CONFLICT(scope) DO UPDATE SET cursor=excluded.cursor"),
                             {"s": scope, "c": next_cursor})
            for key, value in (meta or {}).items():
                self._set_meta(conn, key, value)
        return touched

    @contextmanager
    def _server_copy(self) -> Iterator[Connection]:
        """A transaction that writes only what the server already holds (pulled pages,
        stream events, with the cursor that says how far they go): committed without an
        fsync (``synchronous=NORMAL``). In WAL mode that is as safe as FULL against the
        process being killed; only a power cut can lose the last such commits, and then
        the cursor goes back with them and the rows are pulled again. The outbox, a
        counsellor's own work, keeps FULL; and an fsync of the WAL makes every commit
        before it durable too, so no later commit can outlive an earlier one."""
        with self.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA synchronous=NORMAL")
            try:
                with conn.begin():
                    yield conn
            finally:
                raw.execute(f"PRAGMA synchronous={self.SYNCHRONOUS}")

    def reset_scope(self, scope: str) -> None:
        entities = [e for e, s in ENTITY_SCOPES.items() if s == scope]
        with self._lock, self.engine.begin() as conn:
            for entity in entities:
                # Keep rows with unsent local edits: they are the counsellor's work.
                conn.execute(text("DELETE FROM records WHERE entity=:e AND overlay IS NULL"),
                             {"e": entity})
                conn.execute(text("UPDATE records SET version=0 WHERE entity=:e"),
                             {"e": entity})
            conn.execute(text("DELETE FROM cursors WHERE scope=:s"), {"s": scope})

    def cursor(self, scope: str) -> int:
        with self.engine.begin() as conn:
            value = conn.execute(text("SELECT cursor FROM cursors WHERE scope=:s"),
                                 {"s": scope}).scalar()
        return int(value or 0)

    # --- reads --------------------------------------------------------------------------
    def get(self, entity: str, rid: str) -> dict[str, Any] | None:
        with self.engine.begin() as conn:
            row = conn.execute(
                text("SELECT coalesce(overlay, data), overlay IS NOT NULL FROM records "
                     "WHERE entity=:e AND id=:i AND deleted=0"), {"e": entity, "i": rid}).first()
        if row is None or row[0] is None:
            return None
        out = json.loads(row[0])
        out["_pending"] = bool(row[1])
        return out

    def all(self, entity: str) -> list[dict[str, Any]]:
        """Every live row of one entity (as the screen should show it: a local edit over
        the server's state)."""
        return self._select(entity)

    # Typed queries. The SQL stays in here: callers say what they want, never how.
    def waiting_contacts(self, cache: dict | None = None) -> list[dict[str, Any]]:
        """The regional queue, most urgent first (priority, then arrival). With a ``cache``
        kept by one reader across calls, rows whose stored JSON has not changed are the
        same dict objects as last time, not decoded again."""
        return self._select("contact", _WAITING, order=_QUEUE_ORDER, cache=cache)

    def desk_contacts(self, user_id: str, cache: dict | None = None) -> list[dict[str, Any]]:
        """The waiting contacts and the user's own open ones (accepted, or closed without a
        wrap-up) in one pass, in queue order; ``cache`` as for ``waiting_contacts``."""
        return self._select("contact", f"({_WAITING}) OR ({_MINE_OPEN})", {"me": user_id},
                            order=_QUEUE_ORDER, cache=cache)

    def offers_to(self, user_id: str) -> list[dict[str, Any]]:
        """Waiting contacts offered to this user, oldest offer first."""
        return self._select("contact", f"{_WAITING} AND json_extract(j, '$.offered_to') = :me",
                            {"me": user_id}, order="json_extract(j, '$.offered_at')")

    def messages_of(self, contact_id: str, *, thread_id: str | None = None,
                    cache: dict | None = None) -> list[dict[str, Any]]:
        """A contact's messages by time; with ``thread_id``, those of every contact of that
        email thread."""
        if thread_id:
            return self._select("chat_message", _IN_THREAD, {"t": thread_id},
                                order=_MESSAGE_ORDER, cache=cache)
        return self._select("chat_message", "json_extract(j, '$.contact_id') = :c",
                            {"c": contact_id}, order=_MESSAGE_ORDER, cache=cache)

    def canned_replies(self, team_id: str, language: str | None = None) -> list[dict[str, Any]]:
        """A team's active canned replies (in one language when given), by language and
        title."""
        where = "json_extract(j, '$.active') AND json_extract(j, '$.team_id') = :team"
        params = {"team": team_id}
        if language:
            where += " AND json_extract(j, '$.language') = :lang"
            params["lang"] = language
        return self._select("canned_reply", where, params,
                            order="json_extract(j, '$.language'), json_extract(j, '$.title')")

    def appointments_at(self, point_id: str) -> list[dict[str, Any]]:
        """A guidance point's appointments by start time (cancelled ones included)."""
        return self._select("appointment", "json_extract(j, '$.guidance_point_id') = :p",
                            {"p": point_id}, order="json_extract(j, '$.starts_at')")

    def _select(self, entity: str, where: str = "", params: dict | None = None,
                order: str = "", cache: dict | None = None) -> list[dict[str, Any]]:
        """Rows of one entity; ``where``/``order`` are this module's constant SQL over ``j``
        (the current JSON). ``cache``: see ``waiting_contacts``."""
        sql = ("SELECT id, j, pending FROM (SELECT id, coalesce(overlay, data) AS j, "
               "overlay IS NOT NULL AS pending FROM records WHERE entity=:entity AND "
               "deleted=0) WHERE j IS NOT NULL")
        if where:
            sql += f" AND ({where})"
        if order:
            sql += f" ORDER BY {order}"
        with self.engine.begin() as conn:
            rows = conn.execute(text(sql), {"entity": entity, **(params or {})}).all()
        out = []
        fresh: dict[str, tuple[str, bool, dict[str, Any]]] = {}
        for record_id, j, pending in rows:
            hit = cache.get(record_id) if cache is not None else None
            if hit is not None and hit[0] == j and hit[1] == bool(pending):
                item = hit[2]
            else:
                item = json.loads(j)
                item["_pending"] = bool(pending)
            fresh[record_id] = (j, bool(pending), item)
            out.append(item)
        if cache is not None:
            cache.clear()
            cache.update(fresh)
        return out

    def count(self, entity: str) -> int:
        with self.engine.begin() as conn:
            return int(conn.execute(text("SELECT count(*) FROM records WHERE entity=:e AND "
                                         "deleted=0"), {"e": entity}).scalar() or 0)

    def rejections(self, unseen_only: bool = True) -> list[Rejection]:
        sql = "SELECT mutation_id, name, code, error, at FROM rejections"
        if unseen_only:
            sql += " WHERE seen=0"
        with self.engine.begin() as conn:
            rows = conn.execute(text(sql + " ORDER BY mutation_id")).all()
        return [Rejection(*r) for r in rows]

    def mark_rejections_seen(self) -> None:
        with self.engine.begin() as conn:
            conn.execute(text("UPDATE rejections SET seen=1"))

    # --- drafts -------------------------------------------------------------------------
    def save_draft(self, key: str, value: str) -> None:
        with self.engine.begin() as conn:
            if value:
                conn.execute(text("INSERT INTO drafts(key, text, updated_at) VALUES (:k,:t,:u) "
                                  "ON CONFLICT(key) DO UPDATE SET text=excluded.text, "
                                  "updated_at=excluded.updated_at"),
                             {"k": key, "t": value, "u": _now()})
            else:
                conn.execute(text("DELETE FROM drafts WHERE key=:k"), {"k": key})

    def forget_draft(self, key: str, value: str) -> bool:
        """Forget the draft only if it still says ``value`` (what the server now holds): a
        newer draft, typed since, stays."""
        with self.engine.begin() as conn:
            return conn.execute(text("DELETE FROM drafts WHERE key=:k AND text=:t"),
                                {"k": key, "t": value}).rowcount > 0

    def drafts(self, prefix: str) -> dict[str, str]:
        """Every draft whose key starts with ``prefix`` (e.g. ``note:``), by key."""
        with self.engine.begin() as conn:
            rows = conn.execute(text("SELECT key, text FROM drafts WHERE substr(key, 1, :n) "
                                     "= :p"), {"n": len(prefix), "p": prefix}).all()
        return {k: t for k, t in rows}

    def draft(self, key: str) -> str:
        with self.engine.begin() as conn:
            return conn.execute(text("SELECT text FROM drafts WHERE key=:k"),
                                {"k": key}).scalar() or ""
