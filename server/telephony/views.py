"""The telephony webhook: the contact-centre platform reports each call's events here."""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Depends, Header, HTTPException, Request
from pydantic import BaseModel
from sqlalchemy.orm import Session

from server.deps import Gate, access, get_session, intake, settings_of
from server.openapi import errors
from server.telephony import service

router = APIRouter(prefix="/api/telephony", tags=["telephony"])


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
    if not x_telephony_secret or not secrets.compare_digest(x_telephony_secret, expected):
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
