"""Runs the performance suite and records the figures."""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import signal
import subprocess
import sys

from benchmarks import (
    chat_to_queue,
    first_sync,
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
    "demo_to_main_window_ms": startup.run_demo,
    "first_sync_rows_per_s": first_sync.run,
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
        "issues; the suite measures, it does not assert. Each figure runs in a process of its",
        "own: one that fails is reported here and the others go on. A floor is the same kind",
        "of work with nothing of the application in it (a bare dialog, a bare fan-out, raw",
        "SQLite), measured in the same run: on a shared machine whose speed varies, the ratio",
        "to the floor says more than the value.", "",
        f"- command: `{command}`",
        f"- machine: {machine()}",
        f"- machine speed: a reference pure-Python loop (`reference_loop_ms` in "
        f"`benchmarks/__main__.py`) took {reference_ms} ms, best of five, before the run",
        f"- date: {datetime.date.today().isoformat()}, commit {commit}", "",
        "| figure | value | floor (same run) | target | detail |",
        "| --- | --- | --- | --- | --- |",
    ]
    for f in figures:
        if f.get("error"):
            lines.append(f"| `{f['name']}` | failed | | {f['target']} ❌ | {f['error']} |")
            continue
        ok = meets(f)
        mark = "(no target)" if ok is None else "✅" if ok else "❌"
        floor = ""
        if f.get("floor"):
            floor = (f"{f['floor']} {f['unit']} (`{f['floor_name']}`), "
                     f"value/floor {f['value'] / f['floor']:.2f}")
        lines.append(f"| `{f['name']}` | {f['value']} {f['unit']} | {floor} | {f['target']} "
                     f"{mark} | {f['detail']} |")
    lines += ["", "## What each figure means", ""]
    for fn in SUITE.values():
        # A module's first figure is described by the module, any further one by its own.
        doc = (fn.__doc__ or sys.modules[fn.__module__].__doc__ or "").strip()
        doc = " ".join(doc.split())
        lines.append(f"- {doc}")
    (ROOT / "docs" / "benchmarks.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def meets(f: dict) -> bool | None:
    """None: a figure without a target (it explains another one). A target is one or more
    conditions joined by "and": "<= 100", ">= 50000", "<= 3x floor"."""
    if not f["target"]:
        return None
    value = float(f["value"])
    for condition in f["target"].split(" and "):
        op, _, limit = condition.strip().partition(" ")
        if limit.endswith("x floor"):
            if not f.get("floor"):
                return False
            limit_v = float(limit.removesuffix("x floor")) * float(f["floor"])
        else:
            limit_v = float(limit)
        if not (value <= limit_v if op == "<=" else value >= limit_v):
            return False
    return True


# A figure that has not finished by then is stopped and reported as failed.
TIMEOUT_S = 1800


def run_one(name: str, quick: bool) -> list[dict]:
    """One figure in a process of its own: a crash, a hang or a Qt state left behind ends
    only that figure. Its figures (or its failure) come back as JSON lines."""
    cmd = [sys.executable, "-m", "benchmarks", "--child", name] + (["--quick"] if quick else [])
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        err += f"\ntimed out after {TIMEOUT_S} s"
    figures = []
    for line in out.splitlines():
        if line.startswith("{"):
            try:
                item = json.loads(line)
            except ValueError:
                continue
            if isinstance(item, dict) and {"name", "value", "unit"} <= item.keys():
                figures.append(item)
    if proc.returncode != 0 or not figures:
        tail = [ln for ln in err.strip().splitlines() if ln.strip()][-1:] or ["no output"]
        figures.append({"name": name, "value": None, "unit": "", "target": "",
                        "detail": "", "error": " ".join(tail)[:300].replace("|", "/")})
        sys.stderr.write(err[-4000:])
    for f in figures:
        print(json.dumps(f, ensure_ascii=False), flush=True)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("names", nargs="*", help=f"any of {', '.join(SUITE)} (default: all)")
    parser.add_argument("--quick", action="store_true", help="fewer samples; docs untouched")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    unknown = [n for n in args.names if n not in SUITE]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    if args.child:
        for figure in SUITE[args.names[0]](args.quick):
            figure.emit()
        return 0
    reference_ms = reference_loop_ms()
    print(json.dumps({"reference_loop_ms": reference_ms}), flush=True)
    figures = []
    for name in args.names or SUITE:
        figures += run_one(name, args.quick)
    if not args.quick and not args.names:
        write_docs(figures, "python -m benchmarks", reference_ms)
    elif not args.quick:
        print(json.dumps({"note": "partial run; docs/benchmarks.md updated only on a full run"}))
    return 1 if any(f.get("error") for f in figures) else 0


if __name__ == "__main__":
    sys.exit(main())
