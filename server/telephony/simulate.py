"""Plays a realistic day of calls into the telephony webhook.

    python -m server.telephony.simulate --url http://127.0.0.1:8765 --secret S
        [--calls 100] [--speed 60] [--seed 1] [--dry-run]

A guidance day runs 9-15 with a morning peak (half the calls before 11); about one call in
ten is abandoned while waiting. ``--speed 60`` plays a day-hour in a minute (100 calls take
about six minutes; each event is printed as it is sent); ``--speed 0`` sends every event at
once, dated as if the day had just ended (so the queue shows how long each call has waited).
Some callers use the demo data's known numbers
(+358 40 100 0001 ... 0010), so the screen pop finds a client."""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import httpx

DEMO_LINES = ["+35822626000", "+35822626001", "+35827781000", "+35824585000", "+35824340000"]
KNOWN_CALLERS = [f"+3584010000{n:02d}" for n in range(1, 11)]


@dataclass(order=True)
class PlannedEvent:
    offset_s: float
    event: str
    call_id: str
    caller: str
    line: str


def plan_day(calls: int, rng: random.Random) -> list[PlannedEvent]:
    events: list[PlannedEvent] = []
    for n in range(calls):
        # Half the calls 9-11, the rest spread until 15.
        hour = rng.uniform(0, 2) if rng.random() < 0.5 else rng.uniform(2, 6)
        start = hour * 3600
        caller = rng.choice(KNOWN_CALLERS) if rng.random() < 0.3 else \
            f"+35850{rng.randrange(1_000_000, 9_999_999)}"
        if rng.random() < 0.05:
            caller = ""  # hidden number
        line = rng.choices(DEMO_LINES, weights=[50, 10, 20, 8, 12])[0]
        call_id = f"sim-{rng.randrange(16**10):010x}-{n}"
        events.append(PlannedEvent(start, "offered", call_id, caller, line))
        if rng.random() < 0.1:
            events.append(PlannedEvent(start + rng.uniform(20, 180), "abandoned", call_id,
                                       caller, line))
    return sorted(events)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m server.telephony.simulate",
                                description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--url", required=True, help="central server address")
    p.add_argument("--secret", required=True, help="the telephony shared secret")
    p.add_argument("--calls", type=int, default=100)
    p.add_argument("--speed", type=float, default=60.0,
                   help="how many times faster than real time (0: no waiting)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--dry-run", action="store_true", help="print the plan, send nothing")
    p.add_argument("--quiet", action="store_true", help="print only the summary")
    args = p.parse_args(argv)
    plan = plan_day(args.calls, random.Random(args.seed))
    # With --speed 0 the whole day is sent at once: date it so that it ends a minute ago
    # (never in the future, where the queue would show calls that have not come yet).
    last = plan[-1].offset_s if plan else 0.0
    day = datetime.now(UTC) - timedelta(seconds=last + 60)
    began = time.monotonic()
    sent = failed = 0
    with httpx.Client(base_url=args.url.rstrip("/"), timeout=10,
                      headers={"X-Telephony-Secret": args.secret}) as client:
        for ev in plan:
            if args.speed > 0:
                wait = ev.offset_s / args.speed - (time.monotonic() - began)
                if wait > 0:
                    time.sleep(wait)
            body = {"event": ev.event, "call_id": ev.call_id, "caller": ev.caller,
                    "service_line": ev.line,
                    "at": (day + timedelta(seconds=ev.offset_s)).isoformat()
                    if args.speed == 0 else None}
            if args.dry_run:
                print(body)
                continue
            try:
                r = client.post("/api/telephony/events", json=body)
            except httpx.TransportError as exc:
                print(f"{ev.call_id} {ev.event}: server unreachable ({exc})", file=sys.stderr)
                failed += 1
                continue
            if r.status_code >= 400:
                failed += 1
                print(f"{ev.call_id} {ev.event}: {r.status_code} {r.json().get('detail')}",
                      file=sys.stderr)
            else:
                sent += 1
                if not args.quiet:
                    hour = 9 + ev.offset_s / 3600
                    print(f"{int(hour):02d}:{int(hour % 1 * 60):02d} {ev.event:9} {ev.call_id}"
                          f" from {ev.caller or 'a hidden number'} to {ev.line}", flush=True)
    abandoned = sum(1 for e in plan if e.event == "abandoned")
    print(f"{args.calls} calls ({abandoned} abandoned): {sent} events sent, {failed} refused")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
