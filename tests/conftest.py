"""Test isolation and the shared real-server fixtures.

Every test runs with its own data directories and an in-memory keyring, so no test ever
touches a real user's data or keyring; Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx  # noqa: E402
import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from tests.support.live_server import LiveServer, launch  # noqa: E402


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture(autouse=True)
def _isolate(tmp_path, monkeypatch):
    monkeypatch.setenv("NEUVO_DATA_DIR", str(tmp_path / "workstation-data"))
    monkeypatch.setenv("NEUVO_SERVER_DATA_DIR", str(tmp_path / "server-data"))
    ring = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def live_server(tmp_path_factory) -> LiveServer:
    """One seeded server for the session; tests make their own data where they change it."""
    server = launch(tmp_path_factory.mktemp("live-server"))
    yield server
    server.cleanup()


@pytest.fixture
def fresh_server(tmp_path) -> LiveServer:
    """A server of its own, for tests that stop, restart or compact it."""
    server = launch(tmp_path / "fresh-server")
    yield server
    server.cleanup()


def login(server: LiveServer, username: str, password: str = "demo") -> dict:
    r = httpx.post(f"{server.url}/auth/login", json={"username": username, "password": password})
    r.raise_for_status()
    return r.json()


def auth_headers(server: LiveServer, username: str) -> dict:
    return {"Authorization": f"Bearer {login(server, username)['access_token']}"}
