"""Runs a blocking call off the GUI thread and hands the result back on the GUI thread
(Picard's ``run_task`` pattern)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object, object)  # result, error


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the GUI thread, which decides what to say
            self.relay.done.emit(None, exc)
        else:
            self.relay.done.emit(result, None)


_alive: set[_Relay] = set()


def run_task(fn: Callable[[], Any], on_done: Callable[[Any, Exception | None], None]) -> None:
    relay = _Relay()
    _alive.add(relay)

    def finish(result, error):
        _alive.discard(relay)
        on_done(result, error)

    relay.done.connect(finish)
    QThreadPool.globalInstance().start(_Task(fn, relay))
