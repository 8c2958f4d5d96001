"""The embedded demo server: the real central server started inside the workstation's
process (``main.py --demo``) on a free loopback port, with its own throw-away database and
the demo data seeded. Started by main.py, so ``ui`` never imports ``server``."""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import uvicorn


@dataclass
class EmbeddedServer:
    url: str
    data_dir: Path
    server: uvicorn.Server
    thread: threading.Thread
    app: Any

    def stop(self) -> None:
        self.app.state.feed.close_streams()
        self.server.should_exit = True
        self.thread.join(10)
        shutil.rmtree(self.data_dir, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_embedded_server(*, seed: bool = True) -> EmbeddedServer:
    from server.app import create_app
    from server.config import SHUTDOWN_GRACE_SECONDS, Settings
    from server.db import Base
    from server.demo import seed_demo

    data_dir = Path(tempfile.mkdtemp(prefix="neuvo-demo-"))
    settings = Settings(data_dir=data_dir,
                        database_url=f"sqlite:///{data_dir / 'demo.sqlite'}")
    # A new, empty database thrown away at exit: the tables are made from the models at
    # once instead of by replaying every migration (on SQLite each column change copies a
    # table; a third of the demo's start). tests/server/test_demo_schema.py holds the two equal.
    app = create_app(settings, migrate=False)
    Base.metadata.create_all(app.state.db.engine)
    if seed:
        seed_demo(app.state.db)
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                            lifespan="on", timeout_graceful_shutdown=SHUTDOWN_GRACE_SECONDS)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="embedded-server", daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                return EmbeddedServer(url, data_dir, server, thread, app)
        except httpx.TransportError:
            time.sleep(0.05)
    raise RuntimeError("the embedded server did not start")
