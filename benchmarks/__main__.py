"""Runs the performance suite and records the figures."""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys

from benchmarks import (
    chat_to_queue,
    gui_stall,
    offer_to_queue,
    push_cost,
    queue_view,
    startup,
)
from benchmarks.harness import ROOT

SUITE = {
    "chat_to_queue_p95_ms": chat_to_queue.run,
    "startup_to_login_ms": startup.run,
    "gui_max_stall_ms": gui_stall.run,
    "offer_to_queue_p95_ms": offer_to_queue.run,
    "offer_to_queue_at_double_rate_p95_ms": offer_to_queue.run_headroom,
    "queue_view_max_stall_ms": queue_view.run,
    "push_cpu_ms": push_cost.run,
}


def machine() -> str:
    cpu = ""
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu or '?'}, "
            f"Python {platform.python_version()}")


def reference_loop_ms() -> float:
    """A fixed pure-Python workload, best of five: how fast this machine was during the run.
    The same code measured on the same kind of machine on different days differed two-fold
    (a shared virtual machine); this says which kind of day a run had."""
    import time

    def work() -> int:
        total = 0
        for i in range(2_000_000):
            total += i % 7
        return total

    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return round(best * 1000, 1)


def write_docs(figures: list[dict], command: str, reference_ms: float) -> None:
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                                capture_output=True, text=True).stdout.strip()
    except OSError:
        commit = "?"
    lines = [
        "# Benchmarks", "",
        "Written by `python -m benchmarks` (a full run, not `--quick`). Targets come from the",
        "issues; the suite measures, it does not assert.", "",
        f"- command: `{command}`",
        f"- machine: {machine()}",
        f"- machine speed: a reference pure-Python loop (`reference_loop_ms` in "
        f"`benchmarks/__main__.py`) took {reference_ms} ms, best of five, before the run",
        f"- date: {datetime.date.today().isoformat()}, commit {commit}", "",
        "| figure | value | target | detail |", "| --- | --- | --- | --- |",
    ]
    for f in figures:
        ok = _meets(f)
        mark = "(no target)" if ok is None else "✅" if ok else "❌"
        lines.append(f"| `{f['name']}` | {f['value']} {f['unit']} | {f['target']} {mark} "
                     f"| {f['detail']} |")
    lines += ["", "## What each figure means", ""]
    for fn in SUITE.values():
        # A module's first figure is described by the module, any further one by its own.
        doc = (fn.__doc__ or sys.modules[fn.__module__].__doc__ or "").strip()
        doc = " ".join(doc.split())
        lines.append(f"- {doc}")
    (ROOT / "docs" / "benchmarks.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _meets(f: dict) -> bool | None:
    """None: a figure without a target (it explains another one)."""
    if not f["target"]:
        return None
    op, _, limit = f["target"].partition(" ")
    value, limit_v = float(f["value"]), float(limit)
    return value <= limit_v if op == "<=" else value >= limit_v


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("names", nargs="*", help=f"any of {', '.join(SUITE)} (default: all)")
    parser.add_argument("--quick", action="store_true", help="fewer samples; docs untouched")
    args = parser.parse_args()
    unknown = [n for n in args.names if n not in SUITE]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    reference_ms = reference_loop_ms()
    print(json.dumps({"reference_loop_ms": reference_ms}), flush=True)
    figures = []
    for name in args.names or SUITE:
        for figure in SUITE[name](args.quick):
            figure.emit()
            figures.append(figure.__dict__)
    if not args.quick and not args.names:
        write_docs(figures, "python -m benchmarks", reference_ms)
    elif not args.quick:
        print(json.dumps({"note": "partial run; docs/benchmarks.md updated only on a full run"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
