"""The telephony webhook: the contact-centre platform reports each call's events here."""

from __future__ import annotations

import json
import logging
import secrets
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import APIRouter, Depends, Header, HTTPException, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from pydantic import BaseModel
from sqlalchemy.orm import Session

from server.db import Database, new_id
from server.deps import Gate, access, db_of, get_session, intake, settings_of
from server.openapi import errors
from server.queue.models import TelephonyEvent
from server.sqlite_lock import urgent_writes
from server.telephony import service
from workstation.text import clean_line, clean_text

log = logging.getLogger(__name__)


def same_secret(given: str | None, expected: str) -> bool:
    # As bytes: compare_digest refuses str with non-ASCII characters (a header is latin-1).
    if not given:
        return False
    return secrets.compare_digest(given.encode("utf-8", "surrogateescape"),
                                  expected.encode("utf-8"))


def _authentic(request: Request) -> bool:
    expected = settings_of(request).telephony_secret
    return bool(expected) and same_secret(request.headers.get("x-telephony-secret"), expected)


def _field(body: Any, key: str, limit: int) -> str:
    value = body.get(key) if isinstance(body, dict) else None
    return clean_line(value)[:limit] if isinstance(value, str) else ""


def keep_malformed(db: Database, raw: bytes, problems: list) -> None:
    """A malformed event is kept too ("every event, processed or refused"): its raw body,
    cleaned, with the reasons; the call id and event name when they can be read."""
    text = clean_text(raw.decode("utf-8", errors="replace"))[:8000]
    try:
        body: Any = json.loads(text)
    except ValueError:
        body = None
    reasons = "; ".join(clean_line(f"{'.'.join(str(p) for p in e.get('loc', ())[1:])}: "
                                   f"{e.get('msg', '')}") for e in problems[:5])
    with urgent_writes(), db.session() as session:
        session.add(TelephonyEvent(
            id=new_id(), call_id=_field(body, "call_id", 100), event=_field(body, "event", 20),
            payload={"raw": text}, status="rejected", error=f"malformed: {reasons}"[:2000]))
        session.commit()


class _KeepEveryEvent(APIRoute):
    """Validation runs before the endpoint, so a malformed event never reached it and was
    not kept. This route keeps it (for the platform's callers only: the shared secret is
    checked first), then answers 422 as any route does."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            try:
                return await handler(request)
            except RequestValidationError as exc:
                if _authentic(request):
                    try:
                        await run_in_threadpool(keep_malformed, db_of(request),
                                                await request.body(), list(exc.errors()))
                    except Exception:   # the answer is still the 422
                        log.exception("keeping a malformed telephony event failed")
                raise

        return route


router = APIRouter(prefix="/api/telephony", tags=["telephony"], route_class=_KeepEveryEvent)


class Accepted(BaseModel):
    contact_id: str
    status: str


@router.post("/events", response_model=Accepted,
             responses=errors(401, 422, 503, s401="Missing or wrong shared secret",
                              s422="Unknown service line or malformed event",
                              s503="Telephony is not configured"))
@access(Gate.SHARED_SECRET, "the contact-centre platform, by X-Telephony-Secret")
@intake
def call_event(event: service.CallEvent, request: Request,
               x_telephony_secret: str | None = Header(default=None),
               session: Session = Depends(get_session)) -> Accepted:
    """Call offered, answered, ended or abandoned. Authenticated with the shared secret in
    ``X-Telephony-Secret``; idempotent by ``call_id``."""
    expected = settings_of(request).telephony_secret
    if not expected:
        raise HTTPException(503, "Telephony is not configured on this server "
                                 "(set NEUVO_TELEPHONY_SECRET).")
    if not same_secret(x_telephony_secret, expected):
        raise HTTPException(401, "The telephony shared secret is missing or wrong.")
    try:
        contact = service.apply_call_event(session, event)
    except service.TelephonyRejected as exc:
        session.rollback()
        service.record_rejection(session, event, exc.message)
        session.commit()
        raise HTTPException(exc.status, exc.message) from None
    session.commit()
    return Accepted(contact_id=contact.id, status=contact.status)
