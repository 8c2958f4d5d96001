"""offer_to_queue_p95_ms: with 200 counsellors connected (199 simulated ones in another
process, each with its event stream open, answering the offers the server routes to them,
and one real workstation: its main window, sync worker, queue loader and queue model) and
20 new contacts a second, the time from a contact entering the regional queue (the moment
its request is sent) to its row being inserted in the workstation's Qt queue model, over
loopback. All of it shares one 2-core machine: the server, the 199 simulated desks
(answering, ending and wrapping up about 20 contacts a second, i.e. some 80 requests a
second), the citizens and the measured workstation. What remains of the tail is the
server's own time to create a contact (given in the detail, with the desks' push round
trips, which pay for new contacts going first at the write lock, and the share of a CPU
core the server used): the one-process server is
bound by its GIL (streaming each change to 200 desks, the desks' requests) and by the one
SQLite writer, which every request's transaction queues for."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import threading
import time

import httpx

from benchmarks.harness import (
    ROOT,
    Figure,
    cpu_seconds,
    isolated_dirs,
    percentile,
    start_server,
    summary,
)

CODES = ["853", "734", "445", "202", "680", "529", "423", "895", "322", "577"]


def add_agents(database_url: str, n: int) -> list[str]:
    from sqlalchemy import select

    from server.app import create_app  # noqa: F401  (registers the entities)
    from server.auth.service import hash_password
    from server.db import Database, new_id
    from server.directory.models import Team, User
    from server.queue.models import PresenceState
    from server.sync.changelog import record_change

    db = Database(database_url)
    rng = random.Random(5)
    names = []
    with db.session() as s:
        team = s.scalars(select(Team)).first()
        assert team is not None
        password = hash_password("demo")
        for i in range(n):
            username = f"agent{i:03d}"
            langs = ["fi", "sv"] if rng.random() < 0.3 else ["fi"]
            u = User(id=new_id(), username=username, display_name=f"Agent {i:03d}",
                     role="counsellor", municipality_code=rng.choice(CODES), team_id=team.id,
                     languages=langs, password_hash=password)
            s.add(u)
            record_change(s, "user", u)
            p = PresenceState(user_id=u.id, state="offline")
            s.add(p)
            record_change(s, "presence", p)
            names.append(username)
        s.commit()
    db.dispose()
    return names


def run(quick: bool) -> list[Figure]:
    # The floor first, on the same machine minutes apart: a bare fan-out to as many streams.
    from benchmarks.sse_floor import fanout_p95

    floor, floor_detail = fanout_p95(quick, subscribers=50 if quick else 200)
    figure = measure(quick, rate=20, name="offer_to_queue_p95_ms",
                     target="<= 100 and <= 10x floor")
    figure.floor, figure.floor_name = round(floor, 1), "sse_fanout_200_p95_ms"
    return [figure, Figure("sse_fanout_200_p95_ms", round(floor, 1), "ms", "",
                           "bare SSE fan-out (benchmarks/sse_floor.py), same run: "
                           + floor_detail)]


def run_headroom(quick: bool) -> list[Figure]:
    """offer_to_queue_at_double_rate_p95_ms: the same at 40 new contacts a second. No
    target of its own: it tells how far the 20-a-second figure is from the knee, on the
    machine of the day (a shared virtual machine whose speed varies two-fold between
    days)."""
    return [measure(quick, rate=40, name="offer_to_queue_at_double_rate_p95_ms", target="")]


def measure(quick: bool, rate: int, name: str, target: str) -> Figure:
    from PySide6.QtCore import QEventLoop, QModelIndex, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.common.i18n import LanguageManager
    from ui.shell.startup import build_main_window
    from workstation.login import login
    from workstation.session import TokenVault

    agents_n = 49 if quick else 199
    seconds = 10 if quick else 30
    app = QApplication.instance() or QApplication([])
    base = isolated_dirs()
    server = start_server(base)
    load = None
    try:
        users = add_agents(server.database_url, agents_n)
        pushes_file = base / "pushes.json"
        load = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.load_agents", "--url", server.url, "--users",
             ",".join(users), "--seconds", str(seconds + 60), "--report", str(pushes_file)],
            cwd=ROOT, stdout=subprocess.PIPE, text=True)
        assert load.stdout is not None
        line = load.stdout.readline()
        if not line.startswith("ready"):
            raise RuntimeError(f"load agents did not start: {line!r}")

        # The real main window: sync worker thread, event stream, queue loader thread and
        # the queue model the counsellor's table shows.
        languages = LanguageManager(app)
        languages.set_language("fi", remember=False)
        window = build_main_window(login(server.url, "anna", "demo", TokenVault()), languages)
        window.show()
        model = window.queue.model
        loop = QEventLoop()
        deadline = time.monotonic() + 60

        def wait_online() -> None:
            if window.worker.engine.state == "online" and window.worker.engine._stream_up:
                loop.quit()
            elif time.monotonic() > deadline:
                raise RuntimeError("workstation did not come online")

        poll = QTimer()
        poll.timeout.connect(wait_online)
        poll.start(10)
        loop.exec()
        poll.stop()

        sent: dict[str, float] = {}
        shown: dict[str, float] = {}
        lock = threading.Lock()
        stop = threading.Event()
        errors: list[str] = []
        posts: list[float] = []

        def inserted(_parent: QModelIndex, first: int, last: int) -> None:
            now = time.perf_counter()
            for row in model.rows[first:last + 1]:
                shown.setdefault(row["id"], now)

        model.rowsInserted.connect(inserted)

        def citizens() -> None:
            rng = random.Random(3)
            with httpx.Client(base_url=server.url, timeout=30) as http:
                start = time.perf_counter()
                for i in range(rate * seconds):
                    due = start + i / rate
                    pause = due - time.perf_counter()
                    if pause > 0:
                        time.sleep(pause)
                    if stop.is_set():
                        return
                    t0 = time.perf_counter()
                    r = http.post("/api/public/chats", json={
                        "language": "sv" if rng.random() < 0.15 else "fi",
                        "municipality_code": rng.choice(CODES),
                        "text": f"Kuormitustesti {i}", "name": "Mittari"})
                    if r.status_code != 201:
                        errors.append(r.text)
                        continue
                    posts.append((time.perf_counter() - t0) * 1000)
                    with lock:
                        sent[r.json()["chat_id"]] = t0

        generator = threading.Thread(target=citizens, daemon=True)
        assert server.process is not None
        cpu_before = cpu_seconds(server.process.pid)
        started = time.perf_counter()

        def check_done() -> None:
            with lock:
                done = not generator.is_alive() and all(cid in shown for cid in sent)
            if done or time.perf_counter() - started > seconds + 30:
                loop.quit()   # whatever never showed up counts as missing below

        poll.timeout.disconnect(wait_online)
        poll.timeout.connect(check_done)
        generator.start()
        poll.start(100)
        loop.exec()     # the GUI thread runs its event loop, as in the application
        poll.stop()
        elapsed = time.perf_counter() - started
        cpu_after = cpu_seconds(server.process.pid)
        stop.set()
        with lock:
            samples = [(shown[cid] - t0) * 1000 for cid, t0 in sent.items() if cid in shown]
            missing = len(sent) - len(samples)
        time.sleep(1.5)   # the desks' last report of their push round trips
        try:
            pushes = json.loads(pushes_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pushes = []
        window.close()
        window.worker.thread.wait(10000)
        app.processEvents()
    finally:
        if load is not None:
            load.terminate()
            try:
                load.wait(10)
            except subprocess.TimeoutExpired:
                load.kill()
        server.cleanup()
    if errors:
        raise RuntimeError(f"{len(errors)} contacts refused, e.g. {errors[0]}")
    detail = (f"{agents_n + 1} counsellors, {len(sent)} contacts in {elapsed:.0f} s "
              f"({len(sent) / seconds:.0f}/s); {summary(samples)}; missing {missing}; "
              f"the server took p95 {percentile(posts, 95):.0f} ms to create a contact; "
              f"the desks' pushes (accept, close, wrap-up) took p95 "
              f"{percentile(pushes, 95):.0f} ms")
    if cpu_before is not None and cpu_after is not None:
        detail += f"; the server used {(cpu_after - cpu_before) / elapsed:.2f} CPU cores"
    value = round(percentile(samples, 95), 1) if not missing else float("inf")
    return Figure(name, value, "ms", target, detail)
