"""One reader of the change log per server process, shared by every event stream.

Before, every commit woke every open stream and each ran its own query: with 200
counsellors connected and 20 contacts a second that was thousands of queries a second and
the queue fell seconds behind (benchmarks/offer_to_queue.py). Now the feed reads each new
change once, renders its SSE text once, and keeps the last ``keep`` changes in memory;
streams filter them with ``visible_row`` (the Python twin of ``access.visible``, tested
against it) and fall back to their own query only when a client resumes from further back
than the buffer reaches."""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from server.db import Database
from server.directory.models import User
from server.sync.access import REGION_WIDE_ROLES, REGIONAL_SCOPES
from server.sync.models import ChangeLogEntry
from server.sync.notifier import ChangeNotifier

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeedRow:
    seq: int
    scope: str
    entity: str
    entity_id: str
    op: str
    data: dict[str, Any] | None
    municipality_code: str | None
    audience_user_id: str | None
    sse: str           # the rendered "change" event, the same for every reader

    @property
    def needs_audit(self) -> bool:
        return self.entity in ("client", "relative") or (
            self.entity == "contact" and bool((self.data or {}).get("candidates")))


def visible_row(user: User, scopes: list[str], row: FeedRow | ChangeLogEntry) -> bool:
    """``access.visible`` for one row in memory; the two are tested to agree."""
    if row.scope not in scopes:
        return False
    if row.audience_user_id is not None:
        return row.audience_user_id == user.id
    if user.role in REGION_WIDE_ROLES:
        return True
    return (row.scope in REGIONAL_SCOPES or row.municipality_code is None
            or row.municipality_code == user.municipality_code)


class StreamAudit:
    """Writes the audit rows of every stream woken by one batch in one transaction.

    A change that names clients (a client record, a call's screen pop) reaches every
    counsellor of the region at once: a transaction per stream was 200 writes in a burst,
    each queueing for the write lock. Each stream still waits until its audit rows are
    committed before it sends the change."""

    def __init__(self, db: Database):
        self.db = db
        self._items: list[tuple[User, list[FeedRow]]] = []
        self._done: asyncio.Future | None = None
        self._flushing: asyncio.Task | None = None   # held: the loop keeps only weak refs

    async def record(self, user: User, rows: list[FeedRow]) -> None:
        loop = asyncio.get_running_loop()
        if self._done is None:
            self._done = loop.create_future()
            self._flushing = loop.create_task(self._flush())
        self._items.append((user, rows))
        # Shielded: a stream that closes meanwhile must not cancel the others' write.
        await asyncio.shield(self._done)

    async def _flush(self) -> None:
        await asyncio.sleep(0)   # the other streams of this wake-up join in
        items, done = self._items, self._done
        self._items, self._done = [], None
        assert done is not None
        try:
            await asyncio.to_thread(self._write, items)
        except asyncio.CancelledError:
            done.cancel()
            raise
        except Exception as exc:   # each waiting stream fails with it, sending nothing
            done.set_exception(exc)
        else:
            done.set_result(None)

    def _write(self, items: list[tuple[User, list[FeedRow]]]) -> None:
        from server.sync.service import audit_client_reads

        with self.db.session() as session:
            for user, rows in items:
                audit_client_reads(session, user, rows, purpose="event")
            session.commit()


class ChangeFeed:
    def __init__(self, db: Database, notifier: ChangeNotifier, keep: int = 5000,
                 gather_seconds: float = 0.01, tick_seconds: float = 1.0):
        self.db = db
        self.gather_seconds = gather_seconds
        # Streams also wake every tick with nothing new, to keep their heartbeat and notice
        # an expired token: one timer here instead of a timeout per stream per wake-up.
        self.tick_seconds = tick_seconds
        self.notifier = notifier
        self.keep = keep
        self.rows: deque[FeedRow] = deque()
        # The buffer holds every change in (base, head]; None until the log is first read.
        self.base: int | None = None
        self.head: int | None = None
        self._event: asyncio.Event | None = None
        self._task: asyncio.Task | None = None
        self._ticker: asyncio.Task | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        # Set when the server stops: every stream ends its response cleanly (its client
        # reconnects, to another process or to this one restarted) instead of being cut.
        self.closing = False
        # What one kind of reader gets of one stretch of the buffer, rendered once: with
        # 200 streams at the same cursor, each new batch is filtered and joined a handful
        # of times (once per role/municipality/scopes class), not 200 times.
        self._rendered: dict[tuple, tuple[bytes, list[FeedRow]]] = {}

    # --- the one reader -------------------------------------------------------------
    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._event = asyncio.Event()
        self._task = asyncio.create_task(self._run())
        self._ticker = asyncio.create_task(self._tick())

    def stop(self) -> None:
        for task in (self._task, self._ticker):
            if task is not None:
                task.cancel()

    def close_streams(self) -> None:
        """End every open stream; safe from any thread (a signal handler, the embedded
        server's owner)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return

        def close() -> None:
            self.closing = True
            self._wake()
            self.notifier.wake_all()

        try:
            loop.call_soon_threadsafe(close)
        except RuntimeError:   # the loop closed meanwhile
            pass

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(self.tick_seconds)
            self._wake()

    def _read(self, after: int) -> list[FeedRow]:
        from server.sync.service import event_payload
        from server.sync.views import sse

        with self.db.read_session() as session:
            rows = session.scalars(select(ChangeLogEntry).where(ChangeLogEntry.seq > after)
                                   .order_by(ChangeLogEntry.seq).limit(1000)).all()
        return [FeedRow(seq=r.seq, scope=r.scope, entity=r.entity, entity_id=r.entity_id,
                        op=r.op, data=r.data, municipality_code=r.municipality_code,
                        audience_user_id=r.audience_user_id,
                        sse=sse("change", event_payload(r), r.seq)) for r in rows]

    def _head(self) -> int:
        from server.sync.service import head

        return head(self.db)

    async def _run(self) -> None:
        while True:
            try:
                if self.head is None:
                    self.head = self.base = await asyncio.to_thread(self._head)
                    self._wake()
                wake = self.notifier.current()
                # Let the commits of the next few milliseconds join this read: under load
                # every stream then wakes once for a batch instead of once per commit.
                await asyncio.sleep(self.gather_seconds)
                rows = await asyncio.to_thread(self._read, self.head)
                if rows:
                    self.rows.extend(rows)
                    while len(self.rows) > self.keep:
                        self.base = self.rows.popleft().seq
                    self.head = rows[-1].seq
                    self._rendered.clear()
                    self._wake()
                    if len(rows) == 1000:
                        continue
                try:
                    # A missed wake-up (another process, a lost NOTIFY) costs a second.
                    async with asyncio.timeout(1.0):
                        await wake.wait()
                except TimeoutError:
                    pass
            except asyncio.CancelledError:
                raise
            except Exception:  # the database is away: streams keep their heartbeats
                log.warning("change feed read failed; retrying", exc_info=True)
                await asyncio.sleep(1.0)

    def _wake(self) -> None:
        old, self._event = self._event, asyncio.Event()
        if old is not None:
            old.set()

    # --- the streams ------------------------------------------------------------------
    def current(self) -> asyncio.Event:
        """Take before ``since``, then wait on it: no new row is missed. It is set when
        new rows are in, and at least every ``tick_seconds``."""
        assert self._event is not None, "feed not started"
        return self._event

    def render(self, user: User, scopes: list[str],
               cursor: int) -> tuple[bytes, int, list[FeedRow]] | None:
        """The SSE text (UTF-8, encoded once for every reader of a class) of the changes
        after ``cursor`` that ``user`` may see, the seq it reaches, and the rows among them
        whose sending must be audited; None when the buffer does not reach back to
        ``cursor``."""
        rows = self.since(cursor)
        if rows is None:
            return None
        if not rows:
            return b"", cursor, []
        last = rows[-1].seq
        if any(r.audience_user_id == user.id for r in rows):
            # Something addressed to this user alone: filter this batch for them.
            mine = [r for r in rows if visible_row(user, scopes, r)]
            return ("".join(r.sse for r in mine).encode(), last,
                    [r for r in mine if r.needs_audit])
        # Otherwise what they see depends only on their class, not on who they are.
        key = (cursor, last, tuple(scopes), user.role in REGION_WIDE_ROLES,
               user.municipality_code)
        hit = self._rendered.get(key)
        if hit is None:
            shared = [r for r in rows if r.audience_user_id is None
                      and visible_row(user, scopes, r)]
            hit = ("".join(r.sse for r in shared).encode(),
                   [r for r in shared if r.needs_audit])
            if len(self._rendered) > 1000:
                self._rendered.clear()
            self._rendered[key] = hit
        return hit[0], last, hit[1]

    def since(self, cursor: int) -> list[FeedRow] | None:
        """Rows after ``cursor`` from memory, or None when the buffer does not reach back
        that far (or the feed has not read the log yet): then read the database."""
        if self.head is None or self.base is None or cursor < self.base:
            return None
        if cursor >= self.head:
            return []
        if cursor == self.base:
            return list(self.rows)
        # Readers are usually near the head: walk back from the end, not over the buffer.
        out = []
        for row in reversed(self.rows):
            if row.seq <= cursor:
                break
            out.append(row)
        out.reverse()
        return out
