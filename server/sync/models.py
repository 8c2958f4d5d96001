"""Change log and per-installation mutation bookkeeping."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.db import Base, JsonData, UTCDateTime, utcnow

BigIntPK = BigInteger().with_variant(Integer(), "sqlite")


class ChangeLogEntry(Base):
    """Every change to a synchronised entity, in commit order.

    Visibility is decided by ``scope`` (which roles), ``municipality_code`` (None: the whole
    region) and ``audience_user_id`` (None: everyone in scope)."""

    __tablename__ = "change_log"
    seq: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    scope: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    op: Mapped[str] = mapped_column(String(10))
    data: Mapped[dict | None] = mapped_column(JsonData)
    municipality_code: Mapped[str | None] = mapped_column(String(3))
    audience_user_id: Mapped[str | None] = mapped_column(String(36))
    # Groups the changes one conversation is made of (a chat's contact id), so a citizen's
    # stream reads its own chat straight from the log.
    group_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (
        Index("ix_change_log_scope_seq", "scope", "seq"),
        Index("ix_change_log_entity", "entity", "entity_id"),
        Index("ix_change_log_group_seq", "group_id", "seq"),
    )


class SyncClient(Base):
    """One workstation installation: the last mutation it has had applied."""

    __tablename__ = "sync_client"
    client_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"), index=True)
    last_mutation_id: Mapped[int] = mapped_column(BigInteger, default=0)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MutationOutcome(Base):
    """What happened to each mutation, so a retried push whose answer was lost still tells
    the client that a mutation was rejected, and why."""

    __tablename__ = "mutation_outcome"
    client_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    mutation_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(10))
    code: Mapped[str | None] = mapped_column(String(50))
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SyncMeta(Base):
    """Server-wide sync facts, e.g. ``tombstone_horizon``: cursors older than it reset."""

    __tablename__ = "sync_meta"
    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
