"""startup_to_login_ms: from starting the workstation process to a login dialog that
takes input (shown, and the event loop idle)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from benchmarks.harness import ROOT, Figure, isolated_dirs, percentile, summary


def run(quick: bool) -> list[Figure]:
    isolated_dirs()
    env = dict(os.environ, NEUVO_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    samples = []
    for _ in range(3 if quick else 10):
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "main.py", "--server", "http://127.0.0.1:9"],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
        elapsed = (time.perf_counter() - started) * 1000
        if "LOGIN_READY" not in proc.stdout:
            raise RuntimeError(f"no login dialog: {proc.stdout[-500:]} {proc.stderr[-1500:]}")
        samples.append(elapsed)
    return [Figure("startup_to_login_ms", round(percentile(samples, 95), 1), "ms", "<= 1500",
                   "p95 of whole-process runs (interpreter start to idle dialog, then exit); "
                   + summary(samples))]
