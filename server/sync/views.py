"""HTTP routes of the sync protocol: /sync/push, /sync/pull and the /events stream."""

from __future__ import annotations

import json
import time

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response, StreamingResponse

from server.db import Database
from server.deps import Caller, Gate, access, current_caller, db_of, get_db, settings_of
from server.openapi import EVENT_STREAM, errors
from server.sync import service
from server.sync.access import scopes_for
from workstation.contract import (
    CLIENT_ID_PATTERN,
    MAX_PULL_LIMIT,
    MAX_SEQ,
    SCOPES,
    PullResponse,
    PushRequest,
    PushResponse,
)

router = APIRouter(tags=["sync"])


@router.post("/sync/push", response_model=PushResponse,
             responses=errors(403, 503, s403="The client id belongs to another user",
                              s503="The database is busy; retry the same batch"))
@access(Gate.MUTATIONS, "any logged-in user with their own client id; each mutation is "
                        "checked by its registered role list and rule (registry.mutation)")
def push(body: PushRequest, request: Request,
         caller: Caller = Depends(current_caller)) -> PushResponse:
    try:
        return request.app.state.push(caller.user, body.client_id, body.mutations)
    except service.ForeignClient:
        raise HTTPException(403, "This client id belongs to another user.") from None
    except service.TransientFailure:
        raise HTTPException(503, "The database is busy; try again shortly.",
                            headers={"Retry-After": "1"}) from None


@router.get("/sync/pull", response_model=PullResponse,
            responses=errors(403, s403="The role may not read this scope, or the client id "
                                       "belongs to another user"))
@access(Gate.SELF, "the scopes of the caller's role (access.SCOPE_ROLES), rows as "
                   "access.visible admits them; their own client id")
def pull(
    # A plain str checked below, for the message; the schema still names the choices.
    scope: str = Query(..., description=f"one of {', '.join(SCOPES)}",
                       json_schema_extra={"enum": list(SCOPES)}),
    cursor: int = Query(0, ge=0, le=MAX_SEQ),
    limit: int = Query(500, ge=1, le=MAX_PULL_LIMIT),
    client_id: str | None = Query(None, min_length=8, max_length=64, pattern=CLIENT_ID_PATTERN),
    caller: Caller = Depends(current_caller),
    db: Database = Depends(get_db),
) -> Response:
    if scope not in SCOPES:
        raise HTTPException(422, f"Unknown scope '{scope}'; use one of {', '.join(SCOPES)}.")
    try:
        page = service.pull(db, caller.user, client_id, scope, cursor, limit)
    except PermissionError:
        raise HTTPException(403, f"The role '{caller.user.role}' may not read '{scope}'.") from None
    except service.ForeignClient:
        raise HTTPException(403, "This client id belongs to another user.") from None
    # The page is written as JSON once, straight from the stored JSON of each change
    # (``response_model`` still documents it): validating and encoding it again through
    # PullResponse cost more than reading it (benchmarks/first_sync.py).
    return Response(page.to_json(), media_type="application/json")


def sse(event: str, data: dict | str, event_id: int | None = None) -> str:
    lines = []
    if event_id is not None:
        lines.append(f"id: {event_id}")
    lines.append(f"event: {event}")
    payload = data if isinstance(data, str) else json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    lines.extend(f"data: {part}" for part in payload.split("\n"))
    return "\n".join(lines) + "\n\n"


def _last_event_id(request: Request) -> int | None:
    raw = request.headers.get("last-event-id") or request.query_params.get("last_event_id")
    if raw is None or raw == "":
        return None
    try:
        value = int(raw)
    except ValueError:
        raise HTTPException(422, "Last-Event-ID must be a whole number.") from None
    if not 0 <= value <= MAX_SEQ:
        raise HTTPException(422, "Last-Event-ID is out of range.")
    return value


@router.get("/events", summary="Server-Sent Events stream of changes for the caller",
            response_class=StreamingResponse,
            responses={200: EVENT_STREAM,
                       **errors(422, s422="Last-Event-ID is not a whole number in range")})
@access(Gate.SELF, "the scopes of the caller's role, rows as access.visible admits them")
async def events(request: Request, caller: Caller = Depends(current_caller)):
    db: Database = db_of(request)
    settings = settings_of(request)
    scopes = scopes_for(caller.user)
    last = _last_event_id(request)
    head = await run_in_threadpool(service.head, db)
    # A Last-Event-ID ahead of the log (a restored database) resumes from the head.
    cursor = head if last is None or last > head else last

    feed = request.app.state.feed

    async def stream():
        nonlocal cursor
        yield "retry: 2000\n" + sse("hello", {"cursor": cursor}, None)
        quiet_until = time.monotonic() + settings.heartbeat_seconds
        # No is_disconnected() poll per wake-up: StreamingResponse cancels this generator
        # when the client goes, and the poll cost a task per stream per change.
        while not feed.closing:
            if time.time() >= caller.token_expires_at:
                # The token has run out: end the stream, the client reconnects with a new one.
                yield sse("expired", {"reason": "access token expired"})
                return
            wake = feed.current()
            shared = feed.render(caller.user, scopes, cursor)
            if shared is None:
                # Resuming from further back than the shared feed keeps: read the log.
                rows = await run_in_threadpool(service.read_events, db, caller.user, scopes,
                                               cursor)
                text = "".join(sse("change", service.event_payload(r), r.seq)
                               for r in rows).encode()
                last = rows[-1].seq if rows else cursor
                full = len(rows) >= 500
            else:
                text, last, to_audit = shared
                if to_audit:
                    await request.app.state.stream_audit.record(caller.user, to_audit)
                full = False
            cursor = max(cursor, last)
            if text:
                yield text
                quiet_until = time.monotonic() + settings.heartbeat_seconds
            if full:
                continue
            # No timeout here: the feed wakes every stream at least once a second (one
            # timer for all; a timeout per stream per wake-up was a tenth of the server's
            # CPU with 200 streams, benchmarks/offer_to_queue.py).
            await wake.wait()
            if time.monotonic() >= quiet_until:
                # Wake-ups for other people's changes send nothing: the heartbeat is kept
                # on its own clock, so a quiet stream never looks dead to the client.
                yield ": ping\n\n"
                quiet_until = time.monotonic() + settings.heartbeat_seconds

    return StreamingResponse(
        stream(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
