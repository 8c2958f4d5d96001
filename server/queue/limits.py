"""Per-address limits for what citizens may start without logging in (web chats,
callback requests): a form on a public page must not let one script fill the regional
queue. Per server process; behind a proxy, start the server with --forwarded-allow-ips so
the address is the citizen's."""

from __future__ import annotations

import threading
import time
from collections import deque


class AddressLimiter:
    """At most ``limit`` requests per address in ``seconds``."""

    def __init__(self, limit: int, seconds: float):
        self.limit, self.seconds = limit, seconds
        self.hits: dict[str, deque[float]] = {}
        self.lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = time.monotonic()
        with self.lock:
            hits = self.hits.setdefault(key, deque())
            while hits and now - hits[0] > self.seconds:
                hits.popleft()
            if len(hits) >= self.limit:
                return False
            hits.append(now)
            if len(self.hits) > 10_000:
                # Forget addresses whose newest request is out of the window, so memory
                # stays bounded and this sweep stays rare.
                self.hits = {k: v for k, v in self.hits.items()
                             if v and now - v[-1] <= self.seconds}
            return True

    def retry_after(self, key: str) -> int:
        """Seconds until ``key`` may send again (its oldest request leaves the window)."""
        with self.lock:
            hits = self.hits.get(key)
            if not hits:
                return 1
            return max(1, int(self.seconds - (time.monotonic() - hits[0])) + 1)


def limiter_for(requests_per_hour: int) -> AddressLimiter:
    return AddressLimiter(limit=requests_per_hour, seconds=3600)
