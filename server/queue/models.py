"""Contacts (one call, chat, email, request or visit) and chat messages."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.db import Base, UTCDateTime, new_id, utcnow


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


class PresenceState(Base):
    __tablename__ = "presence"
    user_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"), primary_key=True)
    state: Mapped[str] = mapped_column(String(30), default="offline")
    since: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}
