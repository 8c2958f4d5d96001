"""A counsellor at a desk, over the real HTTP API: log in, push mutations, read the queue.

Server tests use it to play several counsellors against one live server."""

from __future__ import annotations

import itertools
import uuid

import httpx

from tests.support.live_server import LiveServer

QUEUE_PEOPLE = ("anna", "liisa", "erik", "mikko", "sari", "paivi")


class Desk:
    def __init__(self, server: LiveServer, username: str, password: str = "demo"):
        self.server = server
        self.username = username
        r = httpx.post(f"{server.url}/auth/login",
                       json={"username": username, "password": password})
        r.raise_for_status()
        body = r.json()
        self.user = body["user"]
        self.id = self.user["id"]
        self.http = httpx.Client(base_url=server.url, timeout=30, headers={
            "Authorization": f"Bearer {body['access_token']}"})
        self.client_id = f"desk-{username}-{uuid.uuid4().hex[:12]}"
        self._ids = itertools.count(1)

    def push(self, name: str, **args) -> dict:
        """One mutation; returns its result (status applied/rejected, code, error)."""
        r = self.http.post("/sync/push", json={"client_id": self.client_id, "mutations": [
            {"mutation_id": next(self._ids), "name": name, "args": args}]})
        r.raise_for_status()
        return r.json()["results"][0]

    def presence(self, state: str) -> dict:
        return self.push("presence.set", state=state)

    def records(self, entity: str, scope: str = "queue") -> dict[str, dict]:
        """The current state of every record of ``entity`` this user may see."""
        out: dict[str, dict] = {}
        cursor = 0
        while True:
            page = self.http.get("/sync/pull", params={"scope": scope, "cursor": cursor,
                                                       "limit": 1000}).json()
            for change in page["changes"]:
                if change["entity"] != entity:
                    continue
                if change["data"] is None:
                    out.pop(change["id"], None)
                else:
                    out[change["id"]] = change["data"]
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return out

    def contact(self, contact_id: str) -> dict:
        return self.records("contact")[contact_id]

    def my_presence(self) -> str:
        return self.records("presence")[self.id]["state"]

    def close(self) -> None:
        self.http.close()


def start_chat(server: LiveServer, *, language: str = "fi", municipality: str = "853",
               text: str = "Tarvitsen apua", name: str = "Testi",
               client_group: str | None = None) -> str:
    body = {"language": language, "municipality_code": municipality, "text": text,
            "name": name}
    if client_group:
        body["client_group"] = client_group
    r = httpx.post(f"{server.url}/api/public/chats", json=body)
    r.raise_for_status()
    return r.json()["chat_id"]


def log_in_queue_people(server: LiveServer) -> dict[str, Desk]:
    return {name: Desk(server, name) for name in QUEUE_PEOPLE}


def quiet_queue(server: LiveServer, desks: dict[str, Desk] | None = None) -> dict[str, Desk]:
    """Everyone offline and no contact waiting: a known starting point for routing tests.
    ``desks``: the queue's people already logged in (``log_in_queue_people``, once per
    module: each login is a password hash check, and six a test were most of its set-up)."""
    desks = desks or log_in_queue_people(server)
    for desk in desks.values():
        desk.presence("offline")
    boss = desks["paivi"]
    for contact in boss.records("contact").values():
        if contact["status"] != "closed":
            if contact["status"] == "accepted" and contact["accepted_by"] in (
                    d.id for d in desks.values()):
                owner = next(d for d in desks.values() if d.id == contact["accepted_by"])
                owner.push("contact.close", contact_id=contact["id"])
            else:
                boss.push("contact.close", contact_id=contact["id"])
    # Nobody has a wrap-up left over from an earlier test. (An ended contact reaches its
    # handler only: each reads their own.)
    for owner in desks.values():
        for contact in owner.records("contact").values():
            if contact["status"] == "closed" and contact.get("accepted_by") == owner.id \
                    and not contact.get("wrapped_up_at"):
                owner.push("contact.wrap_up", contact_id=contact["id"], topics=["other"],
                           client_group="older_people", outcome="resolved")
    for desk in desks.values():
        desk.presence("offline")
    return desks
