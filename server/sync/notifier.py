"""Wakes every open event stream when the change log grows.

Commits happen on worker threads; streams wait on the asyncio loop. ``notify`` is safe from
any thread. On PostgreSQL a LISTEN thread turns other server processes' commits into the
same wake-up, which is what lets several stateless server processes share one database."""

from __future__ import annotations

import asyncio
import logging
import threading

log = logging.getLogger(__name__)


class ChangeNotifier:
    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._event: asyncio.Event | None = None
        self._listener: threading.Thread | None = None
        self._stop = threading.Event()

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._event = asyncio.Event()

    def current(self) -> asyncio.Event:
        """Take this *before* reading the log, then wait on it: no wake-up is lost."""
        assert self._event is not None, "notifier not bound to a loop"
        return self._event

    def notify(self) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            loop.call_soon_threadsafe(self._wake)
        except RuntimeError:  # loop closed between the check and the call
            pass

    def wake_all(self) -> None:
        """Wake every waiter now (on the loop's thread)."""
        self._wake()

    def _wake(self) -> None:
        old, self._event = self._event, asyncio.Event()
        if old is not None:
            old.set()

    def listen_postgres(self, conninfo: str, channel: str) -> None:
        self._stop.clear()
        self._listener = threading.Thread(
            target=self._listen, args=(conninfo, channel), name="pg-listen", daemon=True
        )
        self._listener.start()

    def _listen(self, conninfo: str, channel: str) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(conninfo, autocommit=True) as conn:
                    conn.execute(f"LISTEN {channel}")
                    while not self._stop.is_set():
                        for _ in conn.notifies(timeout=1.0, stop_after=1):
                            self.notify()
                        # Also wake periodically; a missed NOTIFY only delays, never loses.
            except Exception:  # the database went away: retry calmly
                log.warning("LISTEN connection lost; retrying", exc_info=True)
                self._stop.wait(2.0)

    def stop(self) -> None:
        self._stop.set()
