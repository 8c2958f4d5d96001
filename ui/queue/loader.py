"""Reads the queue's state from the local store on its own thread.

A busy region changes the queue many times a second, and reading and decoding 1,000
waiting contacts takes tens of milliseconds: done on the GUI thread for every change it
made the window stutter (benchmarks/queue_view.py). The GUI asks with ``request()``; the
loader reads at most one snapshot at a time, folds the requests that arrived meanwhile
into the next read, and hands the result back through a queued signal; the GUI only
applies the differences."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QElapsedTimer, QObject, QThread, QTimer, Signal, Slot

from workstation.contract import UserInfo
from workstation.queue import usecases
from workstation.store import LocalStore

log = logging.getLogger(__name__)


@dataclass
class QueueSnapshot:
    waiting: list[dict[str, Any]] = field(default_factory=list)
    mine: list[dict[str, Any]] = field(default_factory=list)   # open + awaiting wrap-up
    offer: dict[str, Any] | None = None


def read_snapshot(reader: LocalStore, me: UserInfo, cache: dict | None = None) -> QueueSnapshot:
    waiting, mine = usecases.desk_contacts(reader, me, cache)
    waiting = usecases.offered_first(waiting, me.id)
    offer = waiting[0] if waiting and waiting[0].get("offered_to") == me.id else None
    return QueueSnapshot(waiting=waiting, mine=mine, offer=offer)


class _Reader(QObject):
    loaded = Signal(object)

    def __init__(self, path, me: UserInfo):
        super().__init__()
        self.path = path
        self.me = me
        self.store: LocalStore | None = None
        self.cache: dict = {}

    @Slot()
    def load(self) -> None:
        try:
            if self.store is None:
                self.store = LocalStore(self.path, writer=False)
            snapshot: QueueSnapshot | None = read_snapshot(self.store, self.me, self.cache)
        except Exception:   # a failed read must not leave the loader "busy" for good
            log.exception("reading the queue failed")
            snapshot = None
        self.loaded.emit(snapshot)

    @Slot()
    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


class QueueLoader(QObject):
    MIN_GAP_MS = 10
    loaded = Signal(object)   # QueueSnapshot, on the GUI thread
    _load = Signal()
    _close = Signal()

    def __init__(self, path, me: UserInfo, parent=None):
        super().__init__(parent)
        self.thread = QThread()
        self.thread.setObjectName("queue-loader")
        self.reader = _Reader(path, me)
        self.reader.moveToThread(self.thread)
        self._load.connect(self.reader.load)
        self._close.connect(self.reader.close)
        self.reader.loaded.connect(self._loaded)
        self.busy = False
        self.again = False
        # A change is read at once; the changes arriving while a read runs, or within
        # MIN_GAP_MS of its start, are folded into the next read. (A fixed 30 ms batch
        # delay before every read was a third of the offer-to-queue budget; a 25 ms gap
        # still made a change wait for the gap behind every read under load.)
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last_start = -self.MIN_GAP_MS
        self.batch = QTimer(self)
        self.batch.setSingleShot(True)
        self.batch.timeout.connect(self._start)
        self.thread.start()

    def request(self) -> None:
        if self.busy:
            self.again = True
        elif not self.batch.isActive():
            wait = self.last_start + self.MIN_GAP_MS - self.clock.elapsed()
            self.batch.start(max(0, wait))

    def _start(self) -> None:
        self.busy = True
        self.again = False
        self.last_start = self.clock.elapsed()
        self._load.emit()

    def _loaded(self, snapshot: QueueSnapshot | None) -> None:
        self.busy = False
        if snapshot is None:
            # The read failed (logged): try again with the next change, or in a second.
            QTimer.singleShot(1000, self.request)
        else:
            self.loaded.emit(snapshot)
        if self.again:
            self.request()

    def stop(self) -> None:
        self._close.emit()
        self.thread.quit()
        self.thread.wait(5000)
