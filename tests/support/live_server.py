"""Starts the real central server as a separate uvicorn process on a loopback port.

The database is the embedded SQLite file by default; with ``NEUVO_TEST_DATABASE=postgres``
each server gets its own freshly created PostgreSQL database on 127.0.0.1:5432, dropped
afterwards."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
TELEPHONY_SECRET = "test-telephony-secret"
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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
class LiveServer:
    url: str
    port: int
    database_url: str
    data_dir: Path
    process: subprocess.Popen | None = None
    log_path: Path | None = None
    pg_name: str | None = None

    def env(self) -> dict:
        env = dict(os.environ)
        env["NEUVO_SERVER_DATA_DIR"] = str(self.data_dir)
        env["NEUVO_TELEPHONY_SECRET"] = TELEPHONY_SECRET
        # Every test posts from 127.0.0.1: the per-address limit is tested on its own server.
        env["NEUVO_CALLBACK_REQUESTS_PER_HOUR"] = "100000"
        env["NEUVO_CHATS_PER_HOUR"] = "100000"
        env["PYTHONPATH"] = str(ROOT)
        return env

    def seed(self) -> None:
        subprocess.run([sys.executable, "-m", "server", "seed-demo", "--database-url",
                        self.database_url], env=self.env(), cwd=ROOT, check=True,
                       capture_output=True, timeout=120)

    def start(self, extra_env: dict | None = None) -> None:
        env = self.env() | (extra_env or {})
        self.log_path = self.data_dir / f"server-{self.port}.log"
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "server", "--host", "127.0.0.1", "--port", str(self.port),
             "--database-url", self.database_url, "--log-level", "warning"],
            env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_path.read_text()[-2000:]}")
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise RuntimeError("server did not start in 60 s")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()

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
