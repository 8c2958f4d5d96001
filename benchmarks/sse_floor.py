"""sse_fanout_200_p95_ms: the floor beside offer_to_queue_p95_ms. A bare server-sent-event
fan-out with no application in it: a Starlette app on uvicorn in its own process, 200
subscribers each holding an open event stream (read straight off the socket, as the
simulated desks do) and 20 events a second published to all of them; the time from a
publish request being sent to the event arriving, p95 over every subscriber's copy. What a
stream to 200 desks costs on the machine of the day before any queue, routing, database or
workstation work.

    python -m benchmarks.sse_floor serve --port PORT     (the bare server)"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import time

import httpx

from benchmarks.harness import ROOT, percentile, summary


def app():
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import PlainTextResponse, StreamingResponse
    from starlette.routing import Route

    queues: set[asyncio.Queue[bytes]] = set()

    async def events(_request: Request):
        queue: asyncio.Queue[bytes] = asyncio.Queue()
        queues.add(queue)

        async def stream():
            try:
                yield b"event: hello\ndata: {}\n\n"
                while True:
                    yield await queue.get()
            finally:
                queues.discard(queue)

        return StreamingResponse(stream(), media_type="text/event-stream")

    async def publish(request: Request):
        body = await request.body()
        message = b"event: change\ndata: " + body + b"\n\n"
        for queue in queues:
            queue.put_nowait(message)
        return PlainTextResponse(str(len(queues)))

    async def health(_request: Request):
        return PlainTextResponse("ok")

    return Starlette(routes=[Route("/events", events), Route("/publish", publish,
                                                              methods=["POST"]),
                             Route("/health", health)])


def serve(port: int) -> None:
    import uvicorn

    uvicorn.run(app(), host="127.0.0.1", port=port, log_level="warning")


async def _subscribe(port: int, arrived: list[float], connected: asyncio.Event,
                     count: list[int], total: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(f"GET /events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                     "Accept: text/event-stream\r\n\r\n".encode())
        await reader.readuntil(b"\r\n\r\n")
        count[0] += 1
        if count[0] == total:
            connected.set()
        buffer = b""
        while True:
            chunk = await reader.read(65536)
            if not chunk:
                return
            now = time.monotonic()
            buffer += chunk
            while b"\n\n" in buffer:
                raw, buffer = buffer.split(b"\n\n", 1)
                # Chunked framing may surround the event: take what follows "data: ".
                at = raw.find(b"data: {\"t\":")
                if at >= 0:
                    sent = json.loads(raw[at + 6:].split(b"\r\n")[0])["t"]
                    arrived.append((now - sent) * 1000)
    finally:
        writer.close()


async def _measure(port: int, subscribers: int, rate: int, seconds: float) -> list[float]:
    arrived: list[float] = []
    connected = asyncio.Event()
    count = [0]
    tasks = [asyncio.ensure_future(_subscribe(port, arrived, connected, count, subscribers))
             for _ in range(subscribers)]
    await asyncio.wait_for(connected.wait(), 120)
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as http:
        start = time.monotonic()
        for i in range(int(rate * seconds)):
            pause = start + i / rate - time.monotonic()
            if pause > 0:
                await asyncio.sleep(pause)
            await http.post("/publish", content=json.dumps({"t": time.monotonic(), "i": i}))
        await asyncio.sleep(2)
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return arrived


def fanout_p95(quick: bool, subscribers: int = 200, rate: int = 20) -> tuple[float, str]:
    """(p95 ms, detail) of a bare fan-out to ``subscribers`` streams, measured now."""
    from server.process import free_port

    seconds = 5 if quick else 15
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "benchmarks.sse_floor", "serve", "--port",
                             str(port)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("the bare SSE server did not start")
            time.sleep(0.1)
        samples = asyncio.run(_measure(port, subscribers, rate, seconds))
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    expected = subscribers * int(rate * seconds)
    if len(samples) < expected:
        raise RuntimeError(f"the bare fan-out lost events: {len(samples)} of {expected}")
    return percentile(samples, 95), (f"{subscribers} subscribers, {rate} events/s for "
                                     f"{seconds} s; " + summary(samples))


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.sse_floor")
    parser.add_argument("command", choices=["serve", "measure"])
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    if args.command == "serve":
        serve(args.port)
    else:
        print(fanout_p95(quick=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
