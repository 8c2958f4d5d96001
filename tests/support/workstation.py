"""Builds a logged-in workstation core (store, API client, sync engine) against a server."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from workstation.api import ApiClient
from workstation.store import LocalStore
from workstation.sync import SyncEngine


@dataclass
class RecordingListener:
    states: list = field(default_factory=list)
    changed: list = field(default_factory=list)
    rejections: list = field(default_factory=list)
    pending: list = field(default_factory=list)
    stuck: list = field(default_factory=list)

    def state_changed(self, state, detail):
        self.states.append(state)

    def pending_changed(self, count):
        self.pending.append(count)

    def records_changed(self, entities):
        self.changed.append(set(entities))

    def rejected(self, rejections):
        self.rejections.extend(rejections)

    def push_stuck(self, name, attempts, error):
        self.stuck.append((name, attempts, error))


@dataclass
class Core:
    store: LocalStore
    api: ApiClient
    engine: SyncEngine
    listener: RecordingListener
    thread: threading.Thread | None = None

    def start(self) -> None:
        self.thread = threading.Thread(target=self.engine.run, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.engine.stop()
        if self.thread:
            self.thread.join(10)
        self.api.close()
        self.store.close()


def make_core(server_url: str, username: str, folder: Path, *, stream: bool = True,
              password: str = "demo") -> Core:
    folder.mkdir(parents=True, exist_ok=True)
    store = LocalStore(folder / f"{username}.sqlite")
    api = ApiClient(server_url, timeout=5)
    api.login(username, password)
    listener = RecordingListener()
    engine = SyncEngine(store, api, listener, stream=stream)
    return Core(store, api, engine, listener)


def start_citizen_chat(server_url: str, text: str = "Tarvitsen apua kotiin",
                       municipality: str = "853", language: str = "fi") -> dict:
    r = httpx.post(f"{server_url}/api/public/chats",
                   json={"language": language, "municipality_code": municipality, "text": text,
                         "name": "Testi"})
    r.raise_for_status()
    return r.json()


def wait_until(predicate, timeout: float = 10.0, interval: float = 0.02):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met in {timeout} s")
