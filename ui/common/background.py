"""Reads the local store on a thread of its own and hands the results to the GUI thread.

A busy region changes the queue many times a second, and reading and decoding 1,000
waiting contacts (or a long transcript) takes tens of milliseconds: done on the GUI thread
for every change it made the window stutter (benchmarks/queue_view.py). A subject asks with
``request(key, read, done)``; the reader runs one batch of reads at a time, a newer
request for the same key replaces the one still waiting, and the requests that arrive
during a batch are folded into the next. ``done`` gets the result on the GUI thread.

Every read runs on this one thread, in turn: a read may keep a cache between calls (the
queue's and the transcripts' decode caches) without a lock."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QObject, QThread, QTimer, Signal, Slot

from workstation.store import LocalStore

log = logging.getLogger(__name__)

Read = Callable[[LocalStore], Any]
Done = Callable[[Any], None]


class _Failed:
    """A read raised (logged on the reader thread)."""


class _Worker(QObject):
    finished = Signal(object)   # list of (key, result or _Failed)

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self.store: LocalStore | None = None

    @Slot(object)
    def run(self, jobs: list[tuple[str, Read]]) -> None:
        results: list[tuple[str, Any]] = []
        for key, read in jobs:
            try:
                if self.store is None:
                    self.store = LocalStore(self.path, writer=False)
                results.append((key, read(self.store)))
            except Exception:   # a failed read must not leave the reader "busy" for good
                log.exception("reading %s from the local store failed", key)
                results.append((key, _Failed()))
        self.finished.emit(results)

    @Slot()
    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


class StoreReader(QObject):
    MIN_GAP_MS = 10
    _run = Signal(object)
    _close = Signal()

    def __init__(self, path: Path | str, parent: QObject | None = None):
        super().__init__(parent)
        self.thread = QThread()
        self.thread.setObjectName("store-reader")
        self.worker = _Worker(Path(path))
        self.worker.moveToThread(self.thread)
        self._run.connect(self.worker.run)
        self._close.connect(self.worker.close)
        self.worker.finished.connect(self._finished)
        self.waiting: dict[str, tuple[Read, Done]] = {}
        self.running: dict[str, tuple[Read, Done]] = {}
        self.busy = False
        self.stopped = False
        # A change is read at once; the requests arriving while a batch runs, or within
        # MIN_GAP_MS of its start, are folded into the next batch. (A fixed 30 ms batch
        # delay before every read was a third of the offer-to-queue budget; a 25 ms gap
        # still made a change wait for the gap behind every read under load.)
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last_start = -self.MIN_GAP_MS
        self.batch = QTimer(self)
        self.batch.setSingleShot(True)
        self.batch.timeout.connect(self._start)
        self.thread.start()

    def request(self, key: str, read: Read, done: Done) -> None:
        if self.stopped:
            return
        self.waiting[key] = (read, done)
        self._schedule()

    def _schedule(self) -> None:
        if self.waiting and not self.busy and not self.batch.isActive():
            wait = self.last_start + self.MIN_GAP_MS - self.clock.elapsed()
            self.batch.start(max(0, wait))

    def pending(self, key: str) -> bool:
        """Whether a read of ``key`` is waiting or running."""
        return key in self.waiting or key in self.running

    def _start(self) -> None:
        if not self.waiting or self.busy or self.stopped:
            return
        self.busy = True
        self.running, self.waiting = self.waiting, {}
        self.last_start = self.clock.elapsed()
        self._run.emit([(key, read) for key, (read, _done) in self.running.items()])

    def _finished(self, results: list[tuple[str, Any]]) -> None:
        running, self.running = self.running, {}
        self.busy = False
        for key, result in results:
            read, done = running[key]
            if isinstance(result, _Failed):
                # Try again with the next change, or in a second.
                QTimer.singleShot(1000, lambda k=key, r=read, d=done: self.request(k, r, d))
            elif not self.stopped:
                done(result)
        self._schedule()

    def stop(self) -> None:
        self.stopped = True
        self.batch.stop()
        self._close.emit()
        self.thread.quit()
        self.thread.wait(5000)
