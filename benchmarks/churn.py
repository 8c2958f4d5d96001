"""A busy queue for the benchmarks, from another process (as citizens and colleagues are):
new chats arrive at RATE a second while a supervisor takes as many waiting ones.

    python -m benchmarks.churn --url URL --ids FILE --rate 20 --seconds 20"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import httpx


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.churn")
    parser.add_argument("--url", required=True)
    parser.add_argument("--ids", required=True, help="file of waiting contact ids to take")
    parser.add_argument("--rate", type=float, default=20)
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    waiting = Path(args.ids).read_text().split()
    rng = random.Random(4)
    with httpx.Client(base_url=args.url, timeout=30) as http:
        token = http.post("/auth/login", json={"username": "paivi", "password": "demo"}).json()
        headers = {"Authorization": f"Bearer {token['access_token']}"}
        print("ready", flush=True)
        start = time.perf_counter()
        n = int(args.rate * args.seconds)
        for i in range(min(n, len(waiting))):
            pause = start + i / args.rate - time.perf_counter()
            if pause > 0:
                time.sleep(pause)
            http.post("/api/public/chats", json={
                "language": "fi", "municipality_code": rng.choice(["853", "734", "202"]),
                "text": f"Uusi {i}", "name": "Uusi"})
            http.post("/sync/push", headers=headers, json={
                "client_id": "bench-churn-paivi", "mutations": [{
                    "mutation_id": i + 1, "name": "contact.close",
                    "args": {"contact_id": waiting[i]}}]})
    return 0


if __name__ == "__main__":
    sys.exit(main())
