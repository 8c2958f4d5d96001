"""Contacts (one call, chat, email, request or visit) and chat messages."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.db import Base, JsonData, UTCDateTime, new_id, utcnow


class Contact(Base):
    __tablename__ = "contact"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    channel: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="waiting")
    language: Mapped[str] = mapped_column(String(2))
    municipality_code: Mapped[str | None] = mapped_column(ForeignKey("municipality.code"))
    # Who the matter is about, when known: the citizen says it in the chat or callback form,
    # a service line or mail address may imply it (a seniors' line), the wrap-up records it.
    # None: not known yet, and any counsellor may take it.
    client_group: Mapped[str | None] = mapped_column(String(30), nullable=True, default=None)
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
    # Routing: the counsellor the contact is offered to now, since when, when it was first
    # offered (answer time runs from there), who declined or missed it, and the team it
    # was handed to (only that team's counsellors get it then).
    offered_to: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    offered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    first_offered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    declined_by: Mapped[list] = mapped_column(JsonData, default=list)
    team_id: Mapped[str | None] = mapped_column(ForeignKey("team.id"))
    answer_seconds: Mapped[float | None] = mapped_column(Float)
    # Warm handover: who passed the contact on, with what note.
    handed_over_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    handover_note: Mapped[str | None] = mapped_column(Text)
    # Wrap-up: topics, outcome (above), when it was recorded, after-contact work time.
    topics: Mapped[list] = mapped_column(JsonData, default=list)
    wrapped_up_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acw_seconds: Mapped[float | None] = mapped_column(Float)
    # Callback requests: the window the citizen asked to be called in, and the attempts.
    window_start: Mapped[datetime | None] = mapped_column(UTCDateTime)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[list] = mapped_column(JsonData, default=list)
    # Email: the citizen's address, the service address they wrote to, and the thread
    # (the first contact's id) that joins mails of one conversation.
    email_address: Mapped[str | None] = mapped_column(String(320))
    service_address: Mapped[str | None] = mapped_column(String(320))
    thread_id: Mapped[str | None] = mapped_column(String(36), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}

    __table_args__ = (
        Index("ix_contact_status_created", "status", "created_at"),
        # "What does this counsellor still have open or to wrap up": every wrap-up asks,
        # and without it the question read every closed contact of the region's history.
        Index("ix_contact_accepted_by_status", "accepted_by", "status"),
    )


class ChatMessage(Base):
    __tablename__ = "chat_message"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), index=True)
    sender: Mapped[str] = mapped_column(String(20))
    author_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    author_name: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Email: the Message-ID (threading), and for replies their delivery through the relay:
    # pending -> sending -> sent, or failed after the last retry.
    email_message_id: Mapped[str | None] = mapped_column(String(300), index=True)
    delivery: Mapped[str | None] = mapped_column(String(10), index=True)
    delivery_error: Mapped[str | None] = mapped_column(Text)
    delivery_attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_delivery_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # What the workstation says about an inbound mail beside its text, in the counsellor's
    # language: [{"kind": "attachments", "names": [...]}, {"kind": "unreadable" |
    # "shortened", "inbound_id": ...}, {"kind": "empty"}].
    notes: Mapped[list | None] = mapped_column(JsonData, nullable=True, default=None)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class ContactNote(Base):
    """The counsellor's note on a contact: what was agreed, what happens next. One per
    contact, kept with it. Part of the conversation, not of the region-wide contact row:
    it travels like the messages, to the contact's handler only (docs/architecture.md
    3.4)."""

    __tablename__ = "contact_note"
    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    updated_by_name: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class ServiceLine(Base):
    """A number citizens dial; it decides the call's language and municipality (and client
    group, for a line that serves one)."""

    __tablename__ = "service_line"
    number: Mapped[str] = mapped_column(String(30), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(2))
    municipality_code: Mapped[str | None] = mapped_column(ForeignKey("municipality.code"))
    # The client group its callers belong to, when the line serves one (a seniors' line).
    client_group: Mapped[str | None] = mapped_column(String(30), nullable=True, default=None)
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


class PresencePeriod(Base):
    """One stretch of one presence state: how long counsellors are available, busy, in
    after-contact work or away (the supervisor's and the report's raw material)."""

    __tablename__ = "presence_period"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"), index=True)
    state: Mapped[str] = mapped_column(String(30))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime] = mapped_column(UTCDateTime)
    seconds: Mapped[float] = mapped_column(Float)


class TypingState(Base):
    """When the citizen and the counsellor of a chat last typed: one row per chat, kept
    small; the change log carries it to the other side as "is typing"."""

    __tablename__ = "typing_state"
    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), primary_key=True)
    citizen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    counsellor_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}
