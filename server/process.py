"""The real central server as a separate process on a free loopback port.

For anything that needs a whole server it does not share a process with: the benchmarks
(benchmarks/harness.py) and the tests (tests/support/live_server.py adds the tests'
defaults and PostgreSQL databases). Nothing here is used by the server itself."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class ServerProcess:
    url: str
    port: int
    database_url: str
    data_dir: Path
    process: subprocess.Popen | None = None
    log_path: Path | None = None
    extra_env: dict[str, str] = field(default_factory=dict)

    def env(self) -> dict:
        env = dict(os.environ) | self.extra_env
        env["NEUVO_SERVER_DATA_DIR"] = str(self.data_dir)
        env["PYTHONPATH"] = str(ROOT)
        return env

    def seed(self, timeout: float = 120) -> None:
        """The demo data (``python -m server seed-demo``)."""
        subprocess.run([sys.executable, "-m", "server", "seed-demo", "--database-url",
                        self.database_url], env=self.env(), cwd=ROOT, check=True,
                       capture_output=True, timeout=timeout)

    def start(self, extra_env: dict | None = None, *, timeout: float = 60) -> None:
        env = self.env() | (extra_env or {})
        self.log_path = self.data_dir / f"server-{self.port}.log"
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "server", "--host", "127.0.0.1", "--port",
                 str(self.port), "--database-url", self.database_url, "--log-level", "warning"],
                env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_path.read_text()[-2000:]}")
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"server did not start in {timeout:.0f} s")

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


def spawn(data_dir: Path, *, database_url: str | None = None, seed: bool = True,
          extra_env: dict[str, str] | None = None) -> ServerProcess:
    """A started server on an SQLite file in ``data_dir`` (or ``database_url``), with the
    demo data when ``seed``. ``extra_env`` applies to the seeding and the server."""
    data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    server = ServerProcess(url=f"http://127.0.0.1:{port}", port=port,
                           database_url=database_url or f"sqlite:///{data_dir / 'server.sqlite'}",
                           data_dir=data_dir, extra_env=dict(extra_env or {}))
    if seed:
        server.seed()
    server.start()
    return server
