"""Simulated counsellors for the load benchmarks: each logs in, goes available, keeps its
event stream open and answers the offers it gets like a person would (accept after a few
seconds, talk, end, wrap up, available again).

    python -m benchmarks.load_agents --url URL --users agent001,agent002,... --seconds 60

Prints "ready N" once every stream is open, then a summary line at the end."""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import random
import sys
import time
import uuid

import httpx

# Each push's round trip, as the desk saw it: the price of the intake going first.
PUSH_MS: list[float] = []
LOGINS_AT_ONCE = 4


def login_timeout(desks: int) -> float:
    """Bounded, but long enough for a loaded machine: three seconds a desk, at least 300."""
    return max(300.0, 3.0 * desks)


class Agent:
    def __init__(self, client: httpx.AsyncClient, username: str, rng: random.Random):
        self.client = client
        self.username = username
        self.rng = rng
        self.ids = itertools.count(1)
        self.client_id = f"load-{username}-{uuid.uuid4().hex[:8]}"
        self.headers: dict[str, str] = {}
        self.me = ""
        self.busy = False
        self.handled = 0
        self.connected = asyncio.Event()

    async def _post(self, path: str, **kwargs) -> httpx.Response:
        """A busy server may answer 429 or 503 (or drop a connection): wait and retry."""
        for attempt in range(30):
            try:
                r = await self.client.post(path, **kwargs)
            except httpx.TransportError:
                r = None
            if r is not None and r.status_code not in (429, 503):
                r.raise_for_status()
                return r
            await asyncio.sleep(min(5.0, 0.2 * 2 ** attempt) * self.rng.uniform(0.5, 1.5))
        raise RuntimeError(f"{self.username}: {path} kept failing")

    async def login(self) -> None:
        r = await self._post("/auth/login", json={"username": self.username,
                                                  "password": "demo"})
        body = r.json()
        self.headers = {"Authorization": f"Bearer {body['access_token']}"}
        self.me = body["user"]["id"]

    async def push(self, name: str, **args) -> dict:
        started = time.perf_counter()
        try:
            return await self._push(name, **args)
        finally:
            PUSH_MS.append((time.perf_counter() - started) * 1000)

    async def _push(self, name: str, **args) -> dict:
        r = await self._post("/sync/push", headers=self.headers, json={
            "client_id": self.client_id,
            "mutations": [{"mutation_id": next(self.ids), "name": name, "args": args}]})
        return r.json()["results"][0]

    async def handle(self, contact_id: str) -> None:
        try:
            await asyncio.sleep(self.rng.uniform(1.0, 3.0))      # answering
            if (await self.push("contact.accept", contact_id=contact_id))["status"] != "applied":
                return
            await asyncio.sleep(self.rng.uniform(2.0, 6.0))      # the conversation
            await self.push("contact.close", contact_id=contact_id)
            await asyncio.sleep(self.rng.uniform(0.5, 1.5))      # wrap-up
            await self.push("contact.wrap_up", contact_id=contact_id, topics=["home_help"],
                            client_group="older_people", outcome="resolved")
            self.handled += 1
        finally:
            self.busy = False

    async def run(self, until: float, host: str, port: int, logins: asyncio.Semaphore) -> None:
        # A few log-ins at a time: each is an argon2 verify (64 MiB, a core for a tenth of a
        # second or more). All 199 at once had the server's threads thrashing and on a busy
        # machine the desks did not get in within 300 s.
        async with logins:
            await self.login()
            await self.push("presence.set", state="available")
        # The stream is read straight off a socket, not through httpx: 199 streams each get
        # every queue change, and a simulated desk must not eat the CPU the server and the
        # measured workstation need (on a real deployment each desk has its own machine).
        reader, writer = await asyncio.open_connection(host, port)
        try:
            writer.write((f"GET /events HTTP/1.1\r\nHost: {host}:{port}\r\n"
                          f"Authorization: {self.headers['Authorization']}\r\n"
                          "Accept: text/event-stream\r\n\r\n").encode())
            head = await reader.readuntil(b"\r\n\r\n")
            if not head.startswith(b"HTTP/1.1 200"):
                raise RuntimeError(f"{self.username}: stream refused: {head[:60]!r}")
            chunked = b"transfer-encoding: chunked" in head.lower()
            self.connected.set()
            me = self.me.encode()
            buffer = b""
            while time.monotonic() < until:
                if chunked:
                    size = int((await reader.readuntil(b"\r\n")).strip() or b"0", 16)
                    if size == 0:
                        return
                    chunk = (await reader.readexactly(size + 2))[:-2]
                else:
                    chunk = await reader.read(65536)
                    if not chunk:
                        return
                buffer += chunk
                # Look for my id before parsing anything.
                if me not in buffer:
                    buffer = buffer[buffer.rfind(b"\n\n") + 2:] if b"\n\n" in buffer else buffer
                    continue
                events = buffer.split(b"\n\n")
                buffer = events.pop()
                for raw in events:
                    if me in raw and not self.busy:
                        self.consider(raw)
        finally:
            writer.close()

    def consider(self, raw: bytes) -> None:
        for line in raw.split(b"\n"):
            if not line.startswith(b"data:"):
                continue
            try:
                event = json.loads(line[5:])
            except ValueError:
                continue
            change = event.get("change") or {}
            record = change.get("data") or {}
            if (event.get("entity") == "contact" and record.get("offered_to") == self.me
                    and record.get("status") == "waiting" and not self.busy):
                self.busy = True
                asyncio.ensure_future(self.handle(record["id"]))


async def report(path: str) -> None:
    """Write the push round trips to ``path`` every second (the benchmark stops this
    process without waiting for its end)."""
    while True:
        await asyncio.sleep(1.0)
        with open(path, "w", encoding="utf-8") as out:
            json.dump(PUSH_MS, out)


async def main_async(url: str, users: list[str], seconds: float,
                     report_to: str | None = None) -> None:
    rng = random.Random(11)
    # Requests share a pool; only the streams hold a connection each (outside the pool, whose
    # bookkeeping grows with every connection it holds).
    limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
    target = httpx.URL(url)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30) as client:
        agents = [Agent(client, u, random.Random(rng.random())) for u in users]
        logins = asyncio.Semaphore(LOGINS_AT_ONCE)
        # Log-in time does not count against the run: ``until`` starts once all are in.
        until = time.monotonic() + seconds + login_timeout(len(agents))
        tasks = [asyncio.ensure_future(a.run(until, target.host, target.port or 80, logins))
                 for a in agents]
        ready = asyncio.ensure_future(asyncio.gather(*(a.connected.wait() for a in agents)))
        done, _ = await asyncio.wait([ready, *tasks], timeout=login_timeout(len(agents)),
                                     return_when=asyncio.FIRST_COMPLETED)
        if ready not in done:
            failed = [t for t in done if t is not ready and t.exception()]
            connected = sum(a.connected.is_set() for a in agents)
            print(f"failed {failed[0].exception() if failed else 'timeout'} "
                  f"({connected} of {len(agents)} desks connected)", flush=True)
            return
        until = time.monotonic() + seconds
        print(f"ready {len(agents)}", flush=True)
        PUSH_MS.clear()   # the log-ins' first pushes are not the load
        reporter = asyncio.ensure_future(report(report_to)) if report_to else None
        await asyncio.sleep(max(0.0, until - time.monotonic()))
        for task in [*tasks, *([reporter] if reporter else [])]:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        print(f"handled {sum(a.handled for a in agents)}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load_agents")
    parser.add_argument("--url", required=True)
    parser.add_argument("--users", required=True, help="comma-separated usernames")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--report", help="file for the push round trips (JSON, ms)")
    args = parser.parse_args()
    try:
        import uvloop  # the server's event loop too; not on Windows
    except ImportError:
        asyncio.run(main_async(args.url, args.users.split(","), args.seconds, args.report))
    else:
        uvloop.run(main_async(args.url, args.users.split(","), args.seconds, args.report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
