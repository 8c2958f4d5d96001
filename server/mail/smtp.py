"""The SMTP endpoint (aiosmtpd): mail to the service addresses becomes queue contacts.

Refusals happen inside the SMTP conversation, so the sending mail server keeps the message
and tells the citizen why (a bounce): an unknown mailbox at RCPT, a message over the size
limit at MAIL FROM (SIZE) or DATA, a message without a sender after DATA."""

from __future__ import annotations

import asyncio
import logging

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from server.db import Database, is_transient, new_id
from server.mail.models import InboundMail, MailAddress
from server.mail.service import MailRejected, normalise_address, receive_mail
from server.sqlite_lock import urgent_writes
from workstation.text import clean_line

log = logging.getLogger(__name__)


class MailHandler:
    def __init__(self, db: Database):
        self.db = db

    def _known(self, address: str) -> bool:
        with self.db.read_session() as session:
            row = session.get(MailAddress, normalise_address(address))
            return row is not None and row.active

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, rcpt_options: list[str]) -> str:
        if not await asyncio.to_thread(self._known, address):
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    def _store(self, envelope: Envelope) -> str:
        raw = envelope.original_content or envelope.content or b""
        if isinstance(raw, str):
            raw = raw.encode("utf-8", errors="replace")
        # A new contact: ahead of the queued writers, like a chat (server/deps.py: intake).
        with urgent_writes(), self.db.session() as session:
            try:
                inbound = receive_mail(session, raw, envelope_from=envelope.mail_from or "",
                                       recipients=list(envelope.rcpt_tos))
            except MailRejected as exc:
                return f"{exc.status} {exc.message}"
            session.commit()
            return f"250 2.0.0 Received as {inbound.id}"

    def _keep_failed(self, envelope: Envelope, error: str) -> None:
        """A mail that could not be filed is still kept raw, for an operator to look at."""
        raw = envelope.original_content or envelope.content or b""
        if isinstance(raw, str):
            raw = raw.encode("utf-8", errors="replace")
        try:
            with urgent_writes(), self.db.session() as session:
                session.add(InboundMail(
                    id=new_id(), mail_from=normalise_address(envelope.mail_from or "")[:320],
                    rcpt_to=[normalise_address(r) for r in envelope.rcpt_tos], size=len(raw),
                    raw=raw, status="failed", error=clean_line(error)[:2000]))
                session.commit()
        except Exception:
            log.exception("keeping a mail that failed failed too")

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        try:
            return await asyncio.to_thread(self._store, envelope)
        except Exception as exc:
            log.exception("storing a received mail failed")
            if is_transient(exc):
                # The database is away or busy: the sender keeps the mail and retries.
                return "451 4.3.0 Temporary failure; try again later"
            # Anything else fails the same way on every retry (and a sender retries for
            # days): refuse it now, so the citizen hears at once; the raw mail is kept.
            await asyncio.to_thread(self._keep_failed, envelope, f"{type(exc).__name__}: {exc}")
            return "554 5.6.0 The message could not be processed here"


class MailServer:
    """Runs the SMTP endpoint on its own thread and event loop."""

    def __init__(self, db: Database, host: str, port: int, max_bytes: int):
        self.controller = Controller(MailHandler(db), hostname=host, port=port,
                                     data_size_limit=max_bytes, enable_SMTPUTF8=True,
                                     decode_data=False, ident="Neuvo mail endpoint")

    def start(self) -> None:
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()
