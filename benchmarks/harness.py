"""Shared pieces: a real server process on loopback, percentiles, figure output."""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    target: str
    detail: str = ""
    # The floor measured in the same run (a bare dialog, a bare fan-out, raw SQLite), which
    # a target may name ("<= 3x floor"): a ratio survives a slow day, a value does not.
    floor: float | None = None
    floor_name: str = ""

    def emit(self) -> None:
        print(json.dumps(asdict(self), ensure_ascii=False), flush=True)


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def summary(values: list[float]) -> str:
    return (f"n={len(values)} median={statistics.median(values):.1f} "
            f"p95={percentile(values, 95):.1f} max={max(values):.1f}")


def isolated_dirs() -> Path:
    """Benchmarks never touch the user's own data directory."""
    base = Path(tempfile.mkdtemp(prefix="neuvo-bench-"))
    os.environ["NEUVO_DATA_DIR"] = str(base / "workstation")
    os.environ["NEUVO_SERVER_DATA_DIR"] = str(base / "server")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return base


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) a process has used so far; None where /proc is not there."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# Every simulated citizen posts from 127.0.0.1: the per-address limits would stop them.
BENCH_SERVER_ENV = {"NEUVO_CHATS_PER_HOUR": "1000000",
                    "NEUVO_CALLBACK_REQUESTS_PER_HOUR": "1000000"}


def start_server(base: Path, *, seed: bool = True):
    """The real server in its own process on loopback (an SQLite file), demo data seeded."""
    from server.process import spawn

    return spawn(base / "server", seed=seed, extra_env=BENCH_SERVER_ENV)


class StallMeter:
    """A 2 ms timer on the GUI thread; ``worst`` is the longest gap between its ticks, i.e.
    the longest the GUI thread could not run its event loop."""

    def __init__(self):
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(2)
        self.timer.timeout.connect(self._beat)
        self.last = 0
        self.worst = 0

    def _beat(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> None:
        self.clock.start()
        self.last, self.worst = 0, 0
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
