"""The sync worker: owns the sync engine (and through it the httpx client, the event stream
and the single SQLite writer) on its own QThread, and reports to the GUI through queued
signals. The GUI thread never waits on the network."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, QThread, Signal, Slot

from workstation.store import Rejection
from workstation.sync import SyncEngine, SyncState


class _Listener:
    """Turns engine callbacks (on the worker thread) into signal emissions; Qt queues them
    to the receivers on the GUI thread."""

    def __init__(self, worker: SyncWorker):
        self.worker = worker

    def state_changed(self, state: SyncState, detail: str) -> None:
        self.worker.state_changed.emit(str(state), detail)

    def pending_changed(self, count: int) -> None:
        self.worker.pending_changed.emit(count)

    def records_changed(self, entities: set[str]) -> None:
        self.worker.records_changed.emit(sorted(entities))

    def rejected(self, rejections: list[Rejection]) -> None:
        self.worker.rejected.emit(list(rejections))

    def push_stuck(self, name: str, attempts: int, error: str) -> None:
        self.worker.push_stuck.emit(name, attempts, error)


class SyncWorker(QObject):
    state_changed = Signal(str, str)
    pending_changed = Signal(int)
    records_changed = Signal(list)
    rejected = Signal(list)
    push_stuck = Signal(str, int, str)   # name, failed pushes in a row (0: no longer), error
    finished = Signal()

    def __init__(self, engine: SyncEngine):
        super().__init__()
        self.engine = engine
        engine.listener = _Listener(self)
        self.thread = QThread()
        self.thread.setObjectName("sync-worker")
        self.moveToThread(self.thread)
        self.thread.started.connect(self._run)

    def start(self) -> None:
        # A bulk sync allocates many objects and triggers full garbage collections; each
        # one walks every object the application has and holds the GIL while it does, so
        # the GUI thread froze for 50-100 ms. Freezing what exists at start-up keeps those
        # collections small (benchmarks/gui_stall.py: 114 ms -> single-digit ms).
        gc.freeze()
        # With the worker and the store reader busy, the GUI thread waits for the GIL up
        # to the switch interval every time it needs it; 1 ms instead of 5 keeps a busy
        # queue smooth (benchmarks/queue_view.py: 44-64 ms -> about 33 ms worst stall).
        sys.setswitchinterval(0.001)
        self.thread.start()

    @Slot()
    def _run(self) -> None:
        try:
            self.engine.run()
        finally:
            self.finished.emit()
            self.thread.quit()

    def submit(self, name: str, args: dict, optimistic=(), base_version=None, done=None) -> None:
        self.engine.submit(name, args, optimistic, base_version, done)

    # --- the core as the UI sees it (workstation.ports.Core) ---------------------------
    def call(self, fn) -> None:
        self.engine.call(fn)

    def awaiting_write(self, entity: str, record_id: str) -> bool:
        return self.engine.awaiting_write(entity, record_id)

    def save_draft(self, key: str, text: str) -> None:
        store = self.engine.store
        self.engine.call(lambda: store.save_draft(key, text))

    def forget_draft(self, key: str, text: str) -> None:
        store = self.engine.store
        self.engine.call(lambda: store.forget_draft(key, text))

    def fetch_attachment(self, inbound_id: str, index: int) -> bytes:
        return self.engine.api.mail_attachment(inbound_id, index)

    def adopt_login(self, api) -> None:
        own = self.engine.api
        self.engine.call(lambda: own.adopt(api))
        self.sync_now()

    def sync_now(self) -> None:
        self.engine.post("sync")

    def stop(self, wait_ms: int = 5000) -> None:
        self.engine.stop()
        self.thread.quit()
        self.thread.wait(wait_ms)
