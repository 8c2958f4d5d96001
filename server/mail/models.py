"""Service mail addresses and every mail received, as received."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.db import Base, JsonData, UTCDateTime, new_id, utcnow


class MailAddress(Base):
    """An address citizens write to; it decides the contact's language and municipality."""

    __tablename__ = "mail_address"
    address: Mapped[str] = mapped_column(String(320), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(2))
    municipality_code: Mapped[str | None] = mapped_column(ForeignKey("municipality.code"))
    # The client group its writers belong to, when the address serves one.
    client_group: Mapped[str | None] = mapped_column(String(30), nullable=True, default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class InboundMail(Base):
    """The raw message of every mail accepted or refused after DATA: nothing a citizen sent
    is lost, even when it could not be read."""

    __tablename__ = "inbound_mail"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    mail_from: Mapped[str] = mapped_column(String(320), default="")
    rcpt_to: Mapped[list] = mapped_column(JsonData, default=list)
    size: Mapped[int] = mapped_column(Integer)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(10))
    error: Mapped[str | None] = mapped_column(Text)
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"))
