"""The citizen's callback form posts here (``/api/public/callbacks``); the request becomes a
``callback`` contact in the regional queue (server/callbacks/service.py)."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.orm import Session

from server.callbacks.service import CallbackRequest, open_request, validate_request
from server.db import utcnow
from server.deps import Gate, access, get_session, intake
from server.openapi import errors

router = APIRouter(prefix="/api/public/callbacks", tags=["public"])


class CallbackCreated(BaseModel):
    request_id: str
    window_start: datetime
    due_at: datetime


def _refuse(errors: list[dict], status: int = 422) -> JSONResponse:
    detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors)
    return JSONResponse({"detail": f"Invalid request: {detail}", "errors": errors},
                        status_code=status)


@router.post("", status_code=201, response_model=CallbackCreated,
             summary="A citizen asks to be called back",
             responses=errors(429, s429="Too many requests from this address"))
@access(Gate.PUBLIC, "any citizen may ask for a callback (limited per address)")
@intake
def request_callback(body: CallbackRequest, request: Request,
                     session: Session = Depends(get_session)):
    now = utcnow()
    errors = validate_request(session, body, now)
    if errors:
        return _refuse(errors)
    address = request.client.host if request.client else "unknown"
    limiter = request.app.state.callback_limiter
    if not limiter.allow(address):
        return JSONResponse({"detail": "Too many requests from this address. Try again later "
                                       "or call the service number."}, status_code=429,
                            headers={"Retry-After": str(limiter.retry_after(address))})
    contact = open_request(session, body, now)
    session.commit()
    return CallbackCreated(request_id=contact.id, window_start=max(body.window_start, now),
                           due_at=body.window_end)
