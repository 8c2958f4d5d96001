"""chat_to_queue_p95_ms: from the citizen's chat message being accepted by the server to
the row being in the counsellor's Qt queue model, over loopback, with the real sync worker
thread and event stream in between."""

from __future__ import annotations

import time

import httpx

from benchmarks.harness import Figure, isolated_dirs, percentile, start_server, summary


def run(quick: bool) -> list[Figure]:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from ui.queue.model import QueueModel
    from ui.shell.sync_worker import SyncWorker
    from workstation.login import login
    from workstation.queue.usecases import offered_first, waiting_contacts
    from workstation.session import TokenVault
    from workstation.store import LocalStore
    from workstation.sync import SyncEngine

    app = QApplication.instance() or QApplication([])
    base = isolated_dirs()
    server = start_server(base)
    try:
        result = login(server.url, "anna", "demo", TokenVault())
        writer = LocalStore(result.store_path)
        reader = LocalStore(result.store_path, writer=False)
        worker = SyncWorker(SyncEngine(writer, result.api))
        model = QueueModel()
        worker.records_changed.connect(
            lambda entities: model.apply(offered_first(waiting_contacts(reader), None))
            if "contact" in entities else None)
        worker.start()
        deadline = time.monotonic() + 20
        while worker.engine.state != "online" or not worker.engine._stream_up:
            QCoreApplication.processEvents()
            time.sleep(0.005)
            if time.monotonic() > deadline:
                raise RuntimeError("workstation did not come online")
        samples = []
        n = 20 if quick else 100
        with httpx.Client(base_url=server.url) as citizen:
            for i in range(n):
                r = citizen.post("/api/public/chats", json={
                    "language": "fi", "municipality_code": "853",
                    "text": f"Benchmark-viesti {i}", "name": "Mittari"})
                accepted = time.perf_counter()
                chat_id = r.json()["chat_id"]
                while model.row_of(chat_id) < 0:
                    QCoreApplication.processEvents()
                    time.sleep(0.0005)
                    if time.perf_counter() - accepted > 10:
                        raise RuntimeError("chat never reached the queue model")
                samples.append((time.perf_counter() - accepted) * 1000)
                time.sleep(0.05)
        worker.stop()
        reader.close()
        app.processEvents()
    finally:
        server.cleanup()
    return [Figure("chat_to_queue_p95_ms", round(percentile(samples, 95), 1), "ms", "<= 100",
                   summary(samples))]
