"""Starts the real central server as a separate uvicorn process on a loopback port, with
the tests' defaults (server/process.py starts the process).

The database is the embedded SQLite file by default; with ``NEUVO_TEST_DATABASE=postgres``
each server gets its own freshly created PostgreSQL database on 127.0.0.1:5432, dropped
afterwards."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from server.process import ROOT, ServerProcess, free_port

__all__ = ["ROOT", "TELEPHONY_SECRET", "LiveServer", "launch", "free_port", "use_postgres",
           "create_pg_database", "drop_pg_database", "database_url_for"]

TELEPHONY_SECRET = "test-telephony-secret"
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"


def use_postgres() -> bool:
    return os.environ.get("NEUVO_TEST_DATABASE", "sqlite") == "postgres"


def create_pg_database() -> tuple[str, str]:
    import psycopg

    name = f"neuvo_t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return name, f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"


def drop_pg_database(name: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def database_url_for(tmp: Path) -> tuple[str, str | None]:
    if use_postgres():
        name, url = create_pg_database()
        return url, name
    return f"sqlite:///{tmp / 'server.sqlite'}", None


@dataclass
class LiveServer(ServerProcess):
    pg_name: str | None = None

    def env(self) -> dict:
        env = super().env()
        env["NEUVO_TELEPHONY_SECRET"] = TELEPHONY_SECRET
        # Every test posts from 127.0.0.1: the per-address limit is tested on its own server.
        env["NEUVO_CALLBACK_REQUESTS_PER_HOUR"] = "100000"
        env["NEUVO_CHATS_PER_HOUR"] = "100000"
        return env

    def cleanup(self) -> None:
        self.stop()
        if self.pg_name:
            drop_pg_database(self.pg_name)


def launch(tmp: Path, *, seed: bool = True, extra_env: dict | None = None) -> LiveServer:
    tmp.mkdir(parents=True, exist_ok=True)
    url, pg_name = database_url_for(tmp)
    port = free_port()
    server = LiveServer(url=f"http://127.0.0.1:{port}", port=port, database_url=url,
                        data_dir=tmp, pg_name=pg_name)
    if seed:
        server.seed()
    server.start(extra_env)
    return server
