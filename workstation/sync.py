"""The sync engine: pushes the outbox, pulls each scope from its cursor, follows the event
stream, and knows whether it is online.

It has no thread of its own and no Qt: ``run()`` is the worker loop, called by the UI's
sync worker on its QThread (or by a plain thread in tests and benchmarks). Every SQLite
write happens on that one thread; other threads hand work in through ``post()``."""

from __future__ import annotations

import logging
import queue
import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from workstation.api import ApiClient, ApiError, AuthRequired, ServerBusy, ServerUnreachable
from workstation.contract import (
    ENTITY_SCOPES,
    SCOPES,
    Change,
    Mutation,
    MutationResult,
    PullResponse,
    PushResponse,
)
from workstation.store import LocalStore, Rejection

log = logging.getLogger(__name__)


class SyncState(StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"
    SYNCING = "syncing"
    AUTH_REQUIRED = "auth_required"


class SyncListener(Protocol):
    def state_changed(self, state: SyncState, detail: str) -> None: ...
    def pending_changed(self, count: int) -> None: ...
    def records_changed(self, entities: set[str]) -> None: ...
    def rejected(self, rejections: list[Rejection]) -> None: ...
    # The first unsent change has failed ``attempts`` pushes in a row (``attempts`` 0: no
    # longer); the ones after it wait behind it.
    def push_stuck(self, name: str, attempts: int, error: str) -> None: ...


class NullListener:
    def state_changed(self, state, detail):
        pass

    def pending_changed(self, count):
        pass

    def records_changed(self, entities):
        pass

    def rejected(self, rejections):
        pass

    def push_stuck(self, name, attempts, error):
        pass


@dataclass
class Backoff:
    """Exponential backoff with full jitter, so a region's workstations do not all return at
    the same second after an outage."""

    base: float = 0.5
    cap: float = 30.0
    attempt: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def next_delay(self) -> float:
        self.attempt += 1
        return self.rng.uniform(self.base / 2, min(self.cap, self.base * 2 ** self.attempt))

    def reset(self) -> None:
        self.attempt = 0


PUSH_BATCH = 100
PULL_LIMIT = 1000
POLL_ONLINE = 60.0      # safety pull while the stream is up
POLL_STREAM_DOWN = 10.0  # fallback polling while the stream is down
# Pushes are answered in mutation order, so the first unsent change holds up the rest.
# After this many failed pushes in a row with the same change first, the user is told
# (``push_stuck``: the status bar), and a change the server fails on alone (500) while it
# takes pushes otherwise is given up as rejected ("server_error").
STUCK_AFTER = 5
# The server refused the request itself (a malformed, oversized or invalid body): sent
# again as it is, it is refused again. A change refused alone is rejected here ("refused").
REFUSED = (400, 413, 422)


class SyncEngine:
    def __init__(self, store: LocalStore, api: ApiClient, listener: SyncListener | None = None,
                 *, scopes: tuple[str, ...] = SCOPES, stream: bool = True):
        self.store = store
        self.api = api
        self.listener = listener or NullListener()
        self.scopes = scopes
        self.use_stream = stream
        self.state = SyncState.OFFLINE
        self.detail = ""
        self._inbox: queue.Queue[tuple[str, Any]] = queue.Queue()
        # An item taken from the inbox while batching events, handled next.
        self._carry: tuple[str, Any] | None = None
        self._stop = threading.Event()
        # Records whose optimistic edit is queued but not yet in the store (see
        # ``awaiting_write``), counted per (entity, id).
        self._unwritten: Counter[tuple[str, str]] = Counter()
        self._unwritten_lock = threading.Lock()
        self._backoff = Backoff()
        self._retry_at = 0.0
        self._stream_up = False
        self._dirty_scopes: set[str] = set()
        # (mutation id, failed pushes in a row) of the change first in the outbox.
        self._head_failures: tuple[int, int] = (0, 0)
        last = store.meta("last_event_id")
        self.last_event_id: int | None = int(last) if last else None

    # --- called from any thread -----------------------------------------------------------
    def post(self, kind: str, payload: Any = None) -> None:
        self._inbox.put((kind, payload))

    def submit(self, name: str, args: dict, optimistic=(), base_version: int | None = None,
               done: Callable[[int], None] | None = None) -> None:
        """Queue a local edit; the worker commits it to the outbox and pushes it."""
        optimistic = tuple(optimistic)
        with self._unwritten_lock:
            self._unwritten.update((entity, rid) for entity, rid, _data in optimistic)
        self.post("submit", (name, args, optimistic, base_version, done))

    def awaiting_write(self, entity: str, record_id: str) -> bool:
        """True while an edit of this record is queued for the worker but not yet in the
        store: what the store says of it now is older than what the user did."""
        with self._unwritten_lock:
            return self._unwritten[(entity, record_id)] > 0

    def call(self, fn: Callable[[], Any]) -> None:
        """Run ``fn`` on the worker thread (e.g. a draft save: all writes go through here)."""
        self.post("call", fn)

    def stop(self) -> None:
        """Ask the loop to stop after what is already queued (e.g. the last drafts)."""
        self.post("stop")

    # --- state ----------------------------------------------------------------------------
    def _set_state(self, state: SyncState, detail: str = "") -> None:
        if state != self.state or detail != self.detail:
            self.state, self.detail = state, detail
            self.listener.state_changed(state, detail)

    def _went_offline(self, exc: Exception) -> None:
        delay = self._backoff.next_delay()
        self._retry_at = time.monotonic() + delay
        if isinstance(exc, AuthRequired):
            self._set_state(SyncState.AUTH_REQUIRED, str(exc))
        else:
            self._set_state(SyncState.OFFLINE, str(exc))

    # --- one-shot operations (worker thread) ----------------------------------------------
    def record_local(self, name: str, args: dict, optimistic=(),
                     base_version: int | None = None, *, submitted: bool = False) -> int:
        try:
            mid = self.store.record_local(name, args, optimistic, base_version)
        finally:
            if submitted:   # in the store now (or failed): before anyone is told
                with self._unwritten_lock:
                    self._unwritten.subtract((entity, rid) for entity, rid, _d in optimistic)
                    self._unwritten += Counter()   # drops the zeros
        self.listener.pending_changed(self.store.pending_count())
        touched = {entity for entity, _id, _data in optimistic}
        if touched:
            self.listener.records_changed(touched)
        return mid

    def push(self) -> int:
        """Push the whole outbox in batches. Returns how many mutations were decided."""
        decided = 0
        while True:
            batch = self.store.pending(PUSH_BATCH)
            if not batch:
                break
            try:
                response = self.api.push(self.store.client_id, batch)
            except AuthRequired:
                raise
            except ApiError as exc:
                response = self._push_failed(batch, exc)
            if self._head_failures[1] >= STUCK_AFTER:
                self.listener.push_stuck("", 0, "")   # the change that held them up is through
            self._head_failures = (0, 0)
            rejected = self.store.confirm(response.results, response.last_mutation_id)
            decided += len(response.results)
            if rejected:
                self.listener.rejected(rejected)
            self.listener.pending_changed(self.store.pending_count())
            if len(batch) < PUSH_BATCH and len(response.results) == len(batch):
                break   # all sent (after a failure only the first was decided: go on)
        return decided

    def _push_failed(self, batch: list[Mutation], exc: ApiError) -> PushResponse:
        """A push was not answered. Raises (the loop retries after its backoff), unless
        the first change turns out to be decided, or one the server will never take: that
        one is rejected here, shown like any rejection, and the rest go on."""
        head = batch[0]   # (ServerUnreachable has status 0)
        if exc.status in REFUSED + (500,) and len(batch) > 1:
            # One change can spoil a whole batch: the first alone tells which.
            try:
                return self.api.push(self.store.client_id, [head])
            except AuthRequired:
                raise
            except ApiError as alone:
                exc = alone
        if exc.status in REFUSED:
            return self._give_up(head, "refused", exc.message)
        self.store.note_push_failure([m.mutation_id for m in batch], str(exc))
        if isinstance(exc, ServerUnreachable):
            raise exc   # the status bar already says offline; nothing here is stuck
        mid, count = self._head_failures
        count = count + 1 if mid == head.mutation_id else 1
        self._head_failures = (head.mutation_id, count)
        if count < STUCK_AFTER:
            raise exc
        self.listener.push_stuck(head.name, count, exc.message)
        if exc.status != 500:
            raise exc   # busy (503): keep trying, the user knows
        # The server fails on this change alone. Does it take pushes at all?
        probe = self.api.push(self.store.client_id, [])   # raises if not: keep everything
        if probe.last_mutation_id >= head.mutation_id:
            return probe   # it was decided after all; its answer was what failed
        return self._give_up(head, "server_error", exc.message)

    def _give_up(self, head: Mutation, code: str, error: str) -> PushResponse:
        log.warning("change %s (%s) given up: %s", head.mutation_id, head.name, error)
        return PushResponse(last_mutation_id=0, results=[MutationResult(
            mutation_id=head.mutation_id, status="rejected", code=code, error=error)])

    def pull(self, scope: str) -> set[str]:
        """Pull ``scope`` up to the server's head. The next page is fetched (on a helper
        thread: network and JSON only, no SQLite) while this one is written, so the
        server's work and ours overlap (benchmarks/first_sync.py)."""
        touched: set[str] = set()
        client_id = self.store.client_id   # read here: the helper thread never opens SQLite
        with ThreadPoolExecutor(1, thread_name_prefix="sync-prefetch") as prefetch:
            def fetch(cursor: int) -> Future[PullResponse]:
                return prefetch.submit(self.api.pull, scope, cursor, limit=PULL_LIMIT,
                                       client_id=client_id)

            ahead = fetch(self.store.cursor(scope))
            try:
                while True:
                    page = ahead.result()
                    if page.reset:
                        log.info("scope %s reset by the server; re-syncing", scope)
                        self.store.reset_scope(scope)
                        touched |= {e for e, s in ENTITY_SCOPES.items() if s == scope}
                        ahead = fetch(0)
                        continue
                    if page.has_more:
                        ahead = fetch(page.next_cursor)
                    touched |= self.store.apply_changes(page.changes, scope=scope,
                                                        next_cursor=page.next_cursor,
                                                        last_mutation_id=page.last_mutation_id)
                    if not page.has_more:
                        break
            finally:
                ahead.cancel()
        if touched:
            self.listener.records_changed(touched)
        return touched

    def sync_once(self) -> None:
        """Push, then pull every scope. Raises on network trouble."""
        self._set_state(SyncState.SYNCING)
        self.push()
        for scope in self.scopes:
            self.pull(scope)
        self._dirty_scopes.clear()
        self._backoff.reset()
        self._retry_at = 0.0
        self._set_state(SyncState.ONLINE, "")

    def try_sync(self) -> bool:
        try:
            self.sync_once()
            return True
        except (ServerUnreachable, ServerBusy, AuthRequired) as exc:
            self._went_offline(exc)
            return False
        except ApiError as exc:  # the server refused the request itself: a bug or a config
            log.error("sync refused by the server: %s", exc)
            self._went_offline(exc)
            return False

    def apply_events(self, events: list[dict]) -> None:
        """Apply a run of stream events in one local transaction (one fsync, one signal):
        a busy region sends about a hundred a second, and one transaction each made the
        workstation fall seconds behind (benchmarks/offer_to_queue.py)."""
        changes = []
        for data in events:
            change = data.get("change")
            if change:
                changes.append(Change.model_validate(change))
            else:
                self._dirty_scopes.add(data.get("scope", ""))
        # Remember the last event applied (not the last one read: those behind it in the
        # inbox are not applied yet), in the same transaction as the changes.
        seqs = [int(d["seq"]) for d in events if isinstance(d.get("seq"), int)]
        meta = {"last_event_id": str(max(seqs))} if seqs else None
        if changes:
            touched = self.store.apply_changes(changes, meta=meta)
            if touched:
                self.listener.records_changed(touched)
        elif meta:
            self.store.set_meta("last_event_id", meta["last_event_id"])

    # --- the worker loop --------------------------------------------------------------------
    def run(self) -> None:
        self.listener.pending_changed(self.store.pending_count())
        self.try_sync()
        if self.use_stream:
            self._start_stream()
        while not self._stop.is_set():
            timeout = self._next_timeout()
            if self._carry is not None:
                (kind, payload), self._carry = self._carry, None
            else:
                try:
                    kind, payload = self._inbox.get(timeout=timeout)
                except queue.Empty:
                    kind, payload = "poll", None
            if kind == "event":
                # Take the events queued behind this one too, up to the next other item,
                # which keeps its place: order between edits and events is preserved.
                batch = [payload]
                while len(batch) < 500:
                    try:
                        item = self._inbox.get_nowait()
                    except queue.Empty:
                        break
                    if item[0] != "event":
                        self._carry = item
                        break
                    batch.append(item[1])
                kind, payload = "events", batch
            try:
                self._handle(kind, payload)
            except Exception:  # a bug must not kill the worker; the outbox is safe on disk
                log.exception("sync worker failed handling %s", kind)
        self._stop.set()

    def _next_timeout(self) -> float:
        now = time.monotonic()
        if self._retry_at and (self.store.pending_count() or self.state != SyncState.ONLINE):
            return max(0.05, self._retry_at - now)
        if self._dirty_scopes:
            return 0.05
        return POLL_ONLINE if self._stream_up else POLL_STREAM_DOWN

    def _handle(self, kind: str, payload: Any) -> None:
        if kind == "stop":
            self._stop.set()
            return
        if kind == "submit":
            name, args, optimistic, base_version, done = payload
            mid = self.record_local(name, args, optimistic, base_version, submitted=True)
            if done:
                done(mid)
            self._push_soon()
        elif kind == "call":
            payload()
        elif kind == "events":   # run() gathers each run of "event" items into one
            self.apply_events(payload)
            if self._dirty_scopes and self.state == SyncState.ONLINE:
                self._pull_dirty()
        elif kind == "stream_up":
            self._stream_up = True
            self.try_sync()
        elif kind == "stream_down":
            self._stream_up = False
            self.try_sync()
        elif kind == "refresh_failed":
            self._stream_up = False
            self._refresh_failed(payload)
        elif kind in ("poll", "sync"):
            if self._retry_at and time.monotonic() < self._retry_at and kind == "poll":
                return
            self.try_sync()

    def _push_soon(self) -> None:
        if self._retry_at and time.monotonic() < self._retry_at:
            return  # offline and waiting: the backoff timer will push
        try:
            self.push()
            if self.state != SyncState.ONLINE:
                self.try_sync()
        except (ServerUnreachable, ServerBusy, AuthRequired) as exc:
            self._went_offline(exc)

    def _pull_dirty(self) -> None:
        scopes, self._dirty_scopes = self._dirty_scopes & set(self.scopes), set()
        try:
            for scope in scopes:
                self.pull(scope)
        except (ServerUnreachable, ServerBusy, AuthRequired) as exc:
            self._dirty_scopes |= scopes
            self._went_offline(exc)

    def _refresh_failed(self, exc: ApiError) -> None:
        """The access token expired and the stream reader could not renew it. A refused
        refresh token needs a new login (AUTH_REQUIRED); any other failure (the server
        away, busy or failing) is the offline path: the status bar says offline, and the
        next try waits for the backoff instead of hammering a server in trouble."""
        if not isinstance(exc, AuthRequired):
            log.warning("renewing the access token failed: %s", exc)
        self._went_offline(exc)

    # --- event stream reader thread ---------------------------------------------------------
    def _start_stream(self) -> None:
        threading.Thread(target=self._read_stream, name="sync-events", daemon=True).start()

    def _read_stream(self) -> None:
        backoff = Backoff(base=0.5, cap=20.0)
        while not self._stop.is_set():
            try:
                for ev in self.api.events(self.last_event_id, stop=self._stop):
                    if ev.event == "hello":
                        backoff.reset()
                        if self.last_event_id is None:
                            self.last_event_id = int(ev.data.get("cursor", 0))
                        self.post("stream_up")
                    elif ev.event == "change" and ev.id:
                        self.last_event_id = int(ev.id)
                        self.post("event", ev.data)
                    elif ev.event == "expired":
                        raise AuthRequired(401, "access token expired")
                # The server closed the stream (e.g. token expiry): reconnect at once.
                self.post("stream_down", None)
            except (ApiError, OSError) as exc:
                if not isinstance(exc, AuthRequired):
                    self.post("stream_down", exc)
                else:
                    # The access token expired: renewed here, the stream is back at once
                    # (and the worker's next request carries the new token too).
                    try:
                        self.api.refresh()
                    except ApiError as failed:
                        self.post("refresh_failed", failed)
                    else:
                        self.post("stream_down", None)
                        continue
            self._stop.wait(backoff.next_delay())
