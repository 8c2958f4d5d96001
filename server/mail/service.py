"""Turning received mail into queue contacts, threaded by conversation.

A mail joins the thread of the message it answers (In-Reply-To / References), or else of
the latest mail from the same sender with the same subject (ignoring Re:, Sv:, Vs:, Fwd:
prefixes). If that thread has an open contact, the mail is added to it; otherwise it
becomes a new contact of the thread, so the counsellor who takes it sees what was written
before. A mail that cannot be read still becomes a contact that says so, and its raw
message is kept in ``inbound_mail``."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parseaddr
from html.parser import HTMLParser

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.db import new_id, utcnow
from server.errors import Refused
from server.mail.models import InboundMail, MailAddress
from server.queue.models import ChatMessage, Contact
from server.queue.routing import request_routing
from server.sync.changelog import record_change
from workstation.queue.rules import MAX_CHAT_MESSAGE, Channel, ContactStatus, Sender, clean_name
from workstation.text import clean_line, clean_text

THREAD_WINDOW = timedelta(days=90)
PREFIX = re.compile(r"^\s*((re|sv|vs|aw|fw|fwd|vl|tr)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)


class MailRejected(Refused):
    """A mail refused before it was accepted (unknown mailbox, no sender)."""


def normalise_address(address: str) -> str:
    return clean_line(address).strip("<>").lower()


def thread_subject(subject: str) -> str:
    return " ".join(PREFIX.sub("", subject or "").split()).casefold()


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in ("br", "p", "div", "li", "tr"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    text = html.unescape("".join(parser.parts))
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


@dataclass
class ReadMail:
    sender_name: str = ""
    sender: str = ""
    subject: str = ""
    text: str = ""
    message_id: str | None = None
    answers: list[str] = field(default_factory=list)  # In-Reply-To and References
    attachments: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _part_text(part) -> str:
    try:
        content = part.get_content()
        if isinstance(content, bytes):
            content = content.decode("utf-8", errors="replace")
        return content
    except Exception:  # unknown charset, broken base64 ...: read what can be read
        payload = part.get_payload(decode=True) or b""
        if not isinstance(payload, bytes):
            return str(payload)
        try:
            return payload.decode(part.get_content_charset() or "utf-8", errors="replace")
        except LookupError:  # a charset Python does not know
            return payload.decode("utf-8", errors="replace")


def read_mail(raw: bytes, envelope_from: str = "") -> ReadMail:
    """Everything readable in a message; what could not be read is listed in
    ``problems``. Never raises for a malformed message."""
    mail = ReadMail()
    try:
        msg = BytesParser(policy=policy.default).parsebytes(raw)
    except Exception as exc:  # pragma: no cover - the parser is lenient by design
        mail.problems.append(f"not a MIME message ({exc})")
        mail.sender = normalise_address(envelope_from)
        return mail
    try:
        name, address = parseaddr(str(msg.get("From", "")))
    except Exception:
        name, address = "", ""
    mail.sender_name = clean_name(name)
    mail.sender = normalise_address(address or envelope_from)
    try:
        mail.subject = " ".join(clean_line(str(msg.get("Subject", ""))).split())[:200]
    except Exception:
        mail.problems.append("the subject could not be read")
    # Headers are text from outside like any other: cleaned (workstation.text) before they
    # are stored or looked up, so both databases see the same thing.
    mail.message_id = clean_line(str(msg.get("Message-ID", "")))[:300] or None
    for header in ("In-Reply-To", "References"):
        mail.answers.extend(re.findall(r"<[^<>\s]+>", clean_line(str(msg.get(header, "")))))
    if msg.defects:
        mail.problems.extend(type(d).__name__ for d in msg.defects[:5])
    body = None
    try:
        body = msg.get_body(preferencelist=("plain", "html"))
    except Exception:
        mail.problems.append("the message structure could not be read")
    if body is not None:
        text = _part_text(body)
        mail.text = html_to_text(text) if body.get_content_type() == "text/html" else text
    elif not msg.is_multipart() and msg.get_content_maintype() == "text":
        mail.text = _part_text(msg)
    if isinstance(msg, EmailMessage):
        try:
            for part in msg.iter_attachments():
                mail.attachments.append(clean_line(part.get_filename() or "")[:200]
                                        or part.get_content_type())
        except Exception:
            mail.problems.append("the attachments could not be listed")
    mail.text = clean_text(mail.text).strip()
    mail.problems = [clean_line(p)[:300] for p in mail.problems]
    return mail


def service_address(session: Session, recipients: list[str]) -> MailAddress | None:
    for rcpt in recipients:
        row = session.get(MailAddress, normalise_address(rcpt))
        if row is not None and row.active:
            return row
    return None


def _thread_of(session: Session, mail: ReadMail) -> str | None:
    if mail.answers:
        found = session.scalar(select(Contact.thread_id).join(
            ChatMessage, ChatMessage.contact_id == Contact.id).where(
            ChatMessage.email_message_id.in_(mail.answers)).limit(1))
        if found:
            return found
    subject = thread_subject(mail.subject)
    if not subject:
        return None
    recent = session.scalars(select(Contact).where(
        Contact.channel == Channel.EMAIL, Contact.email_address == mail.sender,
        Contact.created_at >= utcnow() - THREAD_WINDOW).order_by(Contact.created_at.desc())
        .limit(50))
    for contact in recent:
        if thread_subject(contact.subject) == subject:
            return contact.thread_id
    return None


def message_text(mail: ReadMail, inbound_id: str) -> tuple[str, list[dict]]:
    """The mail's text as the counsellor reads it, and the notes the workstation shows
    beside it in the counsellor's own language (attachments, unreadable, shortened)."""
    text = mail.text
    notes: list[dict] = []
    if mail.attachments:
        # Each one opens from the kept original: GET /mail/inbound/{id}/attachments/{n}.
        notes.append({"kind": "attachments", "names": mail.attachments[:10],
                      "inbound_id": inbound_id})
    if mail.problems and not text:
        notes.append({"kind": "unreadable", "inbound_id": inbound_id,
                      "problems": mail.problems[:3]})
    if not text and not notes:
        notes.append({"kind": "empty"})
    if len(text) > MAX_CHAT_MESSAGE:
        text = text[:MAX_CHAT_MESSAGE].rstrip()
        notes.append({"kind": "shortened", "inbound_id": inbound_id})
    return text, notes


def receive_mail(session: Session, raw: bytes, *, envelope_from: str,
                 recipients: list[str]) -> InboundMail:
    """Store the mail and file it in the queue. Raises MailRejected (nothing stored) when
    no recipient is a service address or there is no sender to answer."""
    address = service_address(session, recipients)
    if address is None:
        raise MailRejected(550, "5.1.1 No such mailbox here")
    try:
        mail = read_mail(raw, envelope_from)
    except Exception as exc:  # a message no reader foresaw: keep it and say so
        mail = ReadMail(sender=normalise_address(envelope_from),
                        problems=[f"{type(exc).__name__}: {exc}"[:200]])
    if "@" not in mail.sender or len(mail.sender) > 320:
        raise MailRejected(550, "5.1.7 The message has no sender address to reply to")
    inbound = InboundMail(id=new_id(), mail_from=normalise_address(envelope_from)[:320],
                          rcpt_to=[normalise_address(r) for r in recipients], size=len(raw),
                          raw=raw, status="processed",
                          error="; ".join(mail.problems) or None)
    session.add(inbound)
    thread = _thread_of(session, mail)
    contact = None
    if thread is not None:
        contact = session.scalar(select(Contact).where(
            Contact.thread_id == thread, Contact.status != ContactStatus.CLOSED).limit(1))
    if contact is None:
        contact_id = new_id()
        contact = Contact(
            id=contact_id, channel=Channel.EMAIL, status=ContactStatus.WAITING,
            language=address.language, municipality_code=address.municipality_code,
            subject=mail.subject, citizen_name=mail.sender_name,   # "" shows as "(no subject)"
            email_address=mail.sender, service_address=address.address,
            thread_id=thread or contact_id, client_group=address.client_group)
        session.add(contact)
        record_change(session, "contact", contact)
        request_routing(session)
    inbound.contact_id = contact.id
    text, notes = message_text(mail, inbound.id)
    message = ChatMessage(id=new_id(), contact_id=contact.id, sender=Sender.CITIZEN,
                          author_name=(mail.sender_name or mail.sender)[:200], text=text,
                          notes=notes or None, email_message_id=mail.message_id)
    session.add(message)
    record_change(session, "chat_message", message)
    return inbound


def add_mail_address(session: Session, *, address: str, name: str, language: str,
                     municipality_code: str | None,
                     client_group: str | None = None) -> MailAddress:
    row = MailAddress(address=normalise_address(address), name=name, language=language,
                      municipality_code=municipality_code, client_group=client_group,
                      active=True)
    session.merge(row)
    return row
