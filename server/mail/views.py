"""A citizen's mail attachments, for the counsellors who handle the queue.

The queue is pooled across the region, so every queue role of the region may open what a
queue contact's mail carried; the attachment is served from the kept original."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import Response
from sqlalchemy.orm import Session

from server.deps import Caller, get_session, require_roles
from server.mail.models import InboundMail
from workstation.domain import QUEUE_ROLES

router = APIRouter(prefix="/mail", tags=["mail"])


def attachments_of(raw: bytes) -> list[EmailMessage]:
    """In the order ``read_mail`` names them (the notes' ``names``)."""
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    if not isinstance(msg, EmailMessage):
        return []
    return list(msg.iter_attachments())   # type: ignore[arg-type]


@router.get("/inbound/{inbound_id}/attachments/{index}",
            summary="One attachment of a citizen's mail, as it was sent")
def attachment(inbound_id: str, index: int, session: Session = Depends(get_session),
               caller: Caller = Depends(require_roles(*QUEUE_ROLES))) -> Response:
    mail = session.get(InboundMail, inbound_id)
    if mail is None or mail.contact_id is None:
        raise HTTPException(404, "No such mail.")
    try:
        parts = attachments_of(mail.raw)
    except Exception:   # the mail could not be read at all: only its original is kept
        parts = []
    if not 0 <= index < len(parts):
        raise HTTPException(404, "The mail has no such attachment.")
    part = parts[index]
    try:
        payload = part.get_payload(decode=True) or b""
    except Exception:
        raise HTTPException(422, "The attachment could not be decoded.") from None
    name = part.get_filename() or f"attachment-{index + 1}"
    # Served as a download, never shown inline by a browser that happens to ask.
    return Response(payload, media_type="application/octet-stream", headers={
        "Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}",
        "X-Content-Type-Options": "nosniff"})
