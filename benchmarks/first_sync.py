"""first_sync_rows_per_s: how many records a second a workstation's first sync brings into
its local store, end to end: the real server in its own process (SQLite), its pull pages as
JSON over HTTP on loopback, the real SyncEngine and LocalStore (15,000 rows: 10,000 clients
and 5,000 relatives, plus the demo data). Beside it, `first_sync_floor_rows_per_s`: the
same rows upserted straight into an SQLite file of the store's layout in the same run (one
transaction per page, WAL), what the machine of the day can do with no server, HTTP or JSON
in between."""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path

from benchmarks.gui_stall import seed_clients
from benchmarks.harness import Figure, isolated_dirs, start_server

UPSERT = """INSERT INTO records(entity, id, version, data, deleted) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(entity, id) DO UPDATE SET version=excluded.version,
                data=excluded.data, deleted=excluded.deleted
            WHERE excluded.version > records.version"""


def raw_upsert_rate(rows: list[tuple], path: Path, page: int) -> float:
    """Rows a second into a fresh SQLite file of the store's layout: the floor."""
    from workstation.store import SCHEMA

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    for stmt in SCHEMA:
        conn.execute(stmt)
    started = time.perf_counter()
    for i in range(0, len(rows), page):
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(UPSERT, rows[i:i + page])
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return len(rows) / elapsed


def run(quick: bool) -> list[Figure]:
    from workstation.login import login
    from workstation.session import TokenVault
    from workstation.store import LocalStore
    from workstation.sync import PULL_LIMIT, SyncEngine

    n = 2000 if quick else 10000
    base = isolated_dirs()
    server = start_server(base)
    rates, floors, synced = [], [], 0
    try:
        seed_clients(server.database_url, n)
        for attempt in range(1 if quick else 3):
            # Each attempt is a first sync: a store of its own, empty.
            result = login(server.url, "anna", "demo", TokenVault(),
                           store_file=base / f"first-sync-{attempt}.sqlite")
            store = LocalStore(result.store_path)
            engine = SyncEngine(store, result.api, stream=False)
            started = time.perf_counter()
            engine.sync_once()
            elapsed = time.perf_counter() - started
            with store.engine.connect() as conn:
                rows = [tuple(r) for r in conn.exec_driver_sql(
                    "SELECT entity, id, version, data, deleted FROM records").all()]
            store.close()
            result.api.close()
            synced = len(rows)
            if synced < n * 3 // 2:
                raise RuntimeError(f"only {synced} rows synced, expected over {n * 3 // 2}")
            rates.append(synced / elapsed)
            floors.append(raw_upsert_rate(rows, base / f"floor-{attempt}.sqlite", PULL_LIMIT))
    finally:
        server.cleanup()
    rate, floor = statistics.median(rates), statistics.median(floors)
    runs = ", ".join(f"{r:,.0f}" for r in rates)
    return [
        Figure("first_sync_rows_per_s", round(rate), "rows/s", ">= 50000",
               f"{synced} rows ({n} clients, {n // 2} relatives, demo data), median of "
               f"{len(rates)} first syncs ({runs} rows/s); {rate / floor:.0%} of the floor",
               floor=round(floor), floor_name="first_sync_floor_rows_per_s"),
        Figure("first_sync_floor_rows_per_s", round(floor), "rows/s", "",
               f"the same rows upserted straight into SQLite, {PULL_LIMIT} a transaction, "
               "WAL, synchronous=NORMAL, same run"),
    ]
