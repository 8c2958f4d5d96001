"""Sending counsellors' email replies through the configured SMTP relay.

A reply is stored with ``delivery = "pending"`` in the same transaction as the counsellor's
push, so a relay that is down loses nothing: each tick claims a few pending replies
(``sending``), sends them outside any transaction, and records ``sent`` or schedules a
retry with a growing delay; after the last retry the reply is ``failed`` and the counsellor
sees why. A claim older than ``STALE_CLAIM`` (a process killed mid-send) is retried."""

from __future__ import annotations

import logging
import smtplib
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

from sqlalchemy import or_, select

from server.db import Database, utcnow
from server.mail.models import MailAddress
from server.queue.models import ChatMessage, Contact
from server.sync.changelog import record_change
from workstation.queue.rules import Sender

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 8
STALE_CLAIM = timedelta(minutes=5)
BATCH = 20


@dataclass
class Outgoing:
    message_id: str
    mail: EmailMessage


def retry_delay(attempts: int) -> timedelta:
    return timedelta(seconds=min(600, 10 * 2 ** max(0, attempts - 1)))


def _compose(session, message: ChatMessage, contact: Contact, domain: str) -> EmailMessage:
    service = session.get(MailAddress, contact.service_address) if contact.service_address \
        else None
    mail = EmailMessage()
    mail["From"] = formataddr((service.name if service else "Neuvo",
                               contact.service_address or f"noreply@{domain}"))
    mail["To"] = formataddr((contact.citizen_name or "", contact.email_address or ""))
    subject = contact.subject or ""
    mail["Subject"] = subject if subject.lower().startswith(("re:", "sv:", "vs:")) \
        else f"Re: {subject}"
    mail["Message-ID"] = message.email_message_id or make_msgid(domain=domain)
    earlier = session.scalars(select(ChatMessage.email_message_id).join(
        Contact, Contact.id == ChatMessage.contact_id).where(
        Contact.thread_id == contact.thread_id, ChatMessage.sender == Sender.CITIZEN,
        ChatMessage.email_message_id.is_not(None)).order_by(ChatMessage.created_at)).all()
    if earlier:
        mail["In-Reply-To"] = earlier[-1]
        mail["References"] = " ".join(earlier[-10:])
    first_name = (message.author_name or "").split()[0] if message.author_name else ""
    signature = "\n\n" + "\n".join(p for p in (first_name, service.name if service else "") if p)
    mail.set_content(message.text + signature)
    return mail


def claim(db: Database, domain: str) -> list[Outgoing]:
    now = utcnow()
    with db.session() as session:
        stmt = select(ChatMessage).where(or_(
            (ChatMessage.delivery == "pending") & (ChatMessage.next_delivery_at <= now),
            (ChatMessage.delivery == "sending") & (ChatMessage.next_delivery_at <= now
                                                   - STALE_CLAIM),
        )).order_by(ChatMessage.created_at).limit(BATCH)
        if db.is_postgres:
            stmt = stmt.with_for_update(skip_locked=True)
        out = []
        for message in session.scalars(stmt).all():
            contact = session.get(Contact, message.contact_id)
            if contact is None or not contact.email_address:
                message.delivery = "failed"
                message.delivery_error = "The contact has no email address."
                record_change(session, "chat_message", message)
                continue
            if not message.email_message_id:
                message.email_message_id = make_msgid(domain=domain)
            message.delivery = "sending"
            message.next_delivery_at = now
            out.append(Outgoing(message.id, _compose(session, message, contact, domain)))
        session.commit()
        return out


def _record(db: Database, message_id: str, error: str | None, *,
            permanent: bool = False) -> None:
    with db.session() as session:
        message = session.get(ChatMessage, message_id)
        if message is None:
            return
        message.delivery_attempts += 1
        if error is None:
            message.delivery = "sent"
            message.delivery_error = None
        elif permanent or message.delivery_attempts >= MAX_ATTEMPTS:
            message.delivery = "failed"
            message.delivery_error = error
        else:
            message.delivery = "pending"
            message.delivery_error = error
            message.next_delivery_at = utcnow() + retry_delay(message.delivery_attempts)
        record_change(session, "chat_message", message)
        session.commit()


def deliver(db: Database, relay: str, domain: str) -> int:
    """Send what is due; returns how many were sent."""
    batch = claim(db, domain)
    if not batch:
        return 0
    sent = 0
    if not relay:
        for item in batch:
            _record(db, item.message_id, "No SMTP relay is configured (NEUVO_SMTP_RELAY).")
        return 0
    host, _, port = relay.rpartition(":")
    done: set[str] = set()
    try:
        with smtplib.SMTP(host or relay, int(port or 25), timeout=15) as smtp:
            for item in batch:
                try:
                    smtp.send_message(item.mail)
                except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused,
                        smtplib.SMTPDataError) as exc:
                    # This message was refused; the others in the batch still go. A 5xx
                    # answer will not change on a retry.
                    code = getattr(exc, "smtp_code", None) or min(
                        (c for c, _ in getattr(exc, "recipients", {}).values()), default=0)
                    _record(db, item.message_id, f"The relay refused the reply: {exc}",
                            permanent=500 <= int(code) < 600)
                    smtp.rset()
                else:
                    _record(db, item.message_id, None)
                    sent += 1
                done.add(item.message_id)
    except (OSError, smtplib.SMTPException) as exc:
        for item in batch:
            if item.message_id not in done:
                _record(db, item.message_id, f"The mail relay could not be reached: {exc}")
    return sent
