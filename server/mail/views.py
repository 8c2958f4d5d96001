"""A citizen's mail attachments, served from the kept original.

Who may open one follows who may read the mail's messages: while the contact waits in the
regional queue, any counsellor of the region (the first message reaches every desk); once
taken, whoever may act on it as its handler (``queue.service.may_act_on``)."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import Response
from sqlalchemy.orm import Session

from server.deps import Caller, Gate, access, get_read_session, require_roles
from server.directory.models import User
from server.mail.models import InboundMail
from server.openapi import errors
from server.queue.models import Contact
from server.queue.service import may_act_on
from workstation.domain import QUEUE_ROLES
from workstation.queue.rules import ContactStatus

router = APIRouter(prefix="/mail", tags=["mail"])


def attachments_of(raw: bytes) -> list[EmailMessage]:
    """In the order ``read_mail`` names them (the notes' ``names``)."""
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    if not isinstance(msg, EmailMessage):
        return []
    return list(msg.iter_attachments())   # type: ignore[arg-type]


def _may_open(session: Session, user: User, contact: Contact) -> bool:
    """As the mail's messages go: to the region (or the team it was handed to) while the
    contact waits, then to whoever may act on it as its handler."""
    if contact.status == ContactStatus.WAITING and contact.team_id in (None, user.team_id):
        return True
    return may_act_on(session, user, contact)


@router.get("/inbound/{inbound_id}/attachments/{index}",
            summary="One attachment of a citizen's mail, as it was sent",
            response_class=Response,
            responses={200: {"description": "the attachment's bytes, as a download",
                             "content": {"application/octet-stream": {
                                 "schema": {"type": "string", "format": "binary"}}}},
                       **errors(403, 404, 422, s403="The role may not open mail, or the "
                                                    "caller does not handle this contact",
                                s404="No such mail or attachment",
                                s422="The index is not a number, or the attachment could "
                                     "not be decoded")})
@access(Gate.RECORD, "the queue roles, and who may read the mail's contact (_may_open)")
def attachment(inbound_id: str, index: int, session: Session = Depends(get_read_session),
               caller: Caller = Depends(require_roles(*QUEUE_ROLES))) -> Response:
    mail = session.get(InboundMail, inbound_id)
    contact = session.get(Contact, mail.contact_id) if mail and mail.contact_id else None
    if mail is None or contact is None:
        raise HTTPException(404, "No such mail.")
    if not _may_open(session, caller.user, contact):
        raise HTTPException(403, "Only the counsellor handling this contact (or their "
                                 "supervisor) may open its attachments.")
    raw = mail.raw
    session.close()   # parsing up to 10 MiB holds no database connection
    try:
        parts = attachments_of(raw)
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
