"""Contacts (one call, chat, email, request or visit) and chat messages."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.db import Base, JsonData, UTCDateTime, new_id, utcnow


class Contact(Base):
    __tablename__ = "contact"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    channel: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="waiting")
    language: Mapped[str] = mapped_column(String(2))
    municipality_code: Mapped[str | None] = mapped_column(ForeignKey("municipality.code"))
    client_group: Mapped[str] = mapped_column(String(30), default="older_people")
    priority: Mapped[int] = mapped_column(Integer, default=0)
    subject: Mapped[str] = mapped_column(String(200), default="")
    citizen_name: Mapped[str] = mapped_column(String(100), default="")
    client_id: Mapped[str | None] = mapped_column(ForeignKey("client.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    accepted_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Citizen chats authenticate with a random token; only its hash is kept.
    citizen_token_hash: Mapped[str | None] = mapped_column(String(64))
    # Phone calls: the platform's call id, the caller's number, when the platform says the
    # call was answered, how it ended, and the screen-pop candidates matched on the number.
    external_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    caller_number: Mapped[str | None] = mapped_column(String(30))
    service_line: Mapped[str | None] = mapped_column(String(30))
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[str | None] = mapped_column(String(30))
    candidates: Mapped[list | None] = mapped_column(JsonData)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}

    __table_args__ = (Index("ix_contact_status_created", "status", "created_at"),)


class ChatMessage(Base):
    __tablename__ = "chat_message"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), index=True)
    sender: Mapped[str] = mapped_column(String(20))
    author_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    author_name: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class ServiceLine(Base):
    """A number citizens dial; it decides the call's language and municipality."""

    __tablename__ = "service_line"
    number: Mapped[str] = mapped_column(String(30), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(2))
    municipality_code: Mapped[str | None] = mapped_column(ForeignKey("municipality.code"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class TelephonyEvent(Base):
    """Every webhook call as received, processed or not: nothing the platform reports is
    lost, and a rejected event can be replayed once its cause is fixed."""

    __tablename__ = "telephony_event"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    call_id: Mapped[str] = mapped_column(String(100), index=True)
    event: Mapped[str] = mapped_column(String(20))
    payload: Mapped[dict] = mapped_column(JsonData)
    status: Mapped[str] = mapped_column(String(10))
    error: Mapped[str | None] = mapped_column(Text)


class PresenceState(Base):
    __tablename__ = "presence"
    user_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"), primary_key=True)
    state: Mapped[str] = mapped_column(String(30), default="offline")
    since: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}
