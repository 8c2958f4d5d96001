"""queue_view_max_stall_ms: the longest the GUI thread is blocked while the main window
shows a queue of 1,000 waiting contacts that keeps changing (new contacts arriving and
others being taken, 20 a second each, plus the waiting-time column ticking). A 2 ms
heartbeat timer on the GUI thread measures the gaps."""

from __future__ import annotations

import random
import subprocess
import sys
import time

from benchmarks.harness import ROOT, Figure, StallMeter, isolated_dirs, start_server

CODES = ["853", "734", "445", "202", "680", "529"]


def seed_waiting(database_url: str, n: int) -> list[str]:
    from datetime import timedelta

    from server.app import create_app  # noqa: F401  (registers the entities)
    from server.db import Database, new_id, utcnow
    from server.queue.models import ChatMessage, Contact
    from server.sync.changelog import record_change

    db = Database(database_url)
    rng = random.Random(9)
    ids = []
    now = utcnow()
    with db.session() as s:
        for i in range(n):
            c = Contact(id=new_id(), channel=rng.choice(["chat", "phone", "callback", "email"]),
                        status="waiting", language="sv" if rng.random() < 0.15 else "fi",
                        municipality_code=rng.choice(CODES), subject=f"Odottava asia {i}",
                        citizen_name="Odottaja", created_at=now - timedelta(seconds=n - i))
            s.add(c)
            record_change(s, "contact", c)
            m = ChatMessage(id=new_id(), contact_id=c.id, sender="citizen",
                            author_name="Odottaja", text=f"Odottava asia {i}")
            s.add(m)
            record_change(s, "chat_message", m)
            ids.append(c.id)
        s.commit()
    db.dispose()
    return ids


def run(quick: bool) -> list[Figure]:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from ui.common.i18n import LanguageManager
    from ui.shell.startup import build_main_window
    from workstation.login import login
    from workstation.session import TokenVault

    seconds = 8 if quick else 20
    rate = 20
    app = QApplication.instance() or QApplication([])
    base = isolated_dirs()
    server = start_server(base)
    try:
        waiting = seed_waiting(server.database_url, 1000)
        languages = LanguageManager(app)
        languages.set_language("fi", remember=False)
        window = build_main_window(login(server.url, "anna", "demo", TokenVault()), languages)
        window.show()
        deadline = time.monotonic() + 120
        while window.queue.model.rowCount() < 1000 or window.status.state != "online":
            QCoreApplication.processEvents()
            time.sleep(0.002)
            if time.monotonic() > deadline:
                raise RuntimeError("the queue did not load")
        ids = base / "waiting.txt"
        ids.write_text("\n".join(waiting))
        churn = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.churn", "--url", server.url, "--ids", str(ids),
             "--rate", str(rate), "--seconds", str(seconds)],
            cwd=ROOT, stdout=subprocess.PIPE, text=True)
        assert churn.stdout is not None
        if churn.stdout.readline().strip() != "ready":
            raise RuntimeError("the churn process did not start")
        heartbeat = StallMeter()
        heartbeat.start()
        started = time.monotonic()
        while churn.poll() is None or time.monotonic() - started < seconds + 2:
            QCoreApplication.processEvents()
            time.sleep(0.001)
            if time.monotonic() - started > seconds + 60:
                break
        heartbeat.stop()
        churn.kill()
        rows = window.queue.model.rowCount()
        window.close()
        window.worker.thread.wait(10000)
    finally:
        server.cleanup()
    return [Figure("queue_view_max_stall_ms", float(heartbeat.worst), "ms", "<= 50",
                   f"1000 waiting, {rate}/s arriving and {rate}/s taken for {seconds} s; "
                   f"{rows} rows at the end")]
