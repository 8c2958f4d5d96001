"""Several stateless server processes share one PostgreSQL: a change committed through one
process reaches an event stream held open on the other (LISTEN/NOTIFY), in order."""

from __future__ import annotations

import time

import httpx
import pytest

from tests.support.live_server import LiveServer, create_pg_database, drop_pg_database, free_port
from tests.support.workstation import make_core, start_citizen_chat, wait_until
from workstation.sync import SyncState


@pytest.fixture
def two_servers(tmp_path):
    name, url = create_pg_database()
    servers = []
    try:
        for n in range(2):
            port = free_port()
            server = LiveServer(url=f"http://127.0.0.1:{port}", port=port, database_url=url,
                                data_dir=tmp_path / f"s{n}")
            server.data_dir.mkdir()
            if n == 0:
                server.seed()
            server.start(extra_env={"NEUVO_SECRET_KEY": "shared-signing-key-for-both"})
            servers.append(server)
        yield servers
    finally:
        for server in servers:
            server.stop()
        drop_pg_database(name)


@pytest.mark.postgres
def test_a_chat_started_on_one_process_reaches_a_counsellor_streaming_from_the_other(
        two_servers, tmp_path):
    a, b = two_servers
    core = make_core(a.url, "anna", tmp_path / "ws")
    core.start()
    wait_until(lambda: core.engine.state == SyncState.ONLINE and core.engine._stream_up)
    started = time.monotonic()
    chats = [start_citizen_chat(b.url, f"prosessi B {i}") for i in range(5)]
    for chat in chats:
        wait_until(lambda chat=chat: core.store.get("contact", chat["chat_id"]), timeout=5)
    elapsed = time.monotonic() - started
    # Woken by NOTIFY, not by the 15 s heartbeat or the 60 s safety poll.
    assert elapsed < 5
    # A token issued by one process is honoured by the other (shared signing key).
    token = core.api.access_token
    r = httpx.get(f"{b.url}/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200 and r.json()["username"] == "anna"
    core.stop()
