"""startup_to_login_ms: from starting the workstation process to a login dialog that
takes input (shown, and the event loop idle), then exit. Beside it, `startup_floor_ms`: the
same for a process that shows a bare QDialog and nothing else, run in turn with it, so a
slow machine slows both (target: at most three times the floor)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from benchmarks.harness import ROOT, Figure, isolated_dirs, percentile, summary

BARE_DIALOG = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
app = QApplication([])
dialog = QDialog()
dialog.show()
def ready():
    print("LOGIN_READY", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def _timed(cmd: list[str], env: dict, marker: str, timeout: float = 120) -> float:
    """Milliseconds from starting ``cmd`` to the line ``marker`` on its stdout."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.strip() == marker:
                elapsed = (time.perf_counter() - started) * 1000
                proc.wait(timeout)
                return elapsed
        proc.wait(timeout)
        raise RuntimeError(f"no {marker}: {proc.stderr.read()[-1500:] if proc.stderr else ''}")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def run(quick: bool) -> list[Figure]:
    isolated_dirs()
    env = dict(os.environ, NEUVO_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    app_samples, floor_samples = [], []
    for _ in range(3 if quick else 10):
        # Whole processes, start to exit, in turn: the floor sees the same machine.
        floor_samples.append(_whole([sys.executable, "-c", BARE_DIALOG], env))
        app_samples.append(_whole([sys.executable, "main.py", "--server",
                                   "http://127.0.0.1:9"], env))
    value, floor = percentile(app_samples, 95), percentile(floor_samples, 95)
    return [
        Figure("startup_to_login_ms", round(value, 1), "ms", "<= 3x floor",
               "p95 of whole-process runs (interpreter start to idle dialog, then exit); "
               + summary(app_samples), floor=round(floor, 1), floor_name="startup_floor_ms"),
        Figure("startup_floor_ms", round(floor, 1), "ms", "",
               "a process showing a bare QDialog, same measure, run in turn; "
               + summary(floor_samples)),
    ]


def _whole(cmd: list[str], env: dict) -> float:
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    elapsed = (time.perf_counter() - started) * 1000
    if "LOGIN_READY" not in proc.stdout:
        raise RuntimeError(f"no login dialog: {proc.stdout[-500:]} {proc.stderr[-1500:]}")
    return elapsed


def run_demo(quick: bool) -> list[Figure]:
    """demo_to_main_window_ms: from starting `python main.py --demo` (which starts the
    embedded server with its demo data and logs in) to its main window showing the data of
    its first sync."""
    isolated_dirs()
    env = dict(os.environ, NEUVO_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    samples = [_timed([sys.executable, "main.py", "--demo", "--user", "anna"], env,
                      "MAIN_READY")
               for _ in range(2 if quick else 5)]
    return [Figure("demo_to_main_window_ms", round(percentile(samples, 95), 1), "ms",
                   "<= 2500", "p95 of whole-process runs; " + summary(samples))]
