"""Appointments booked at guidance points (a visit itself is a ``walk_in`` contact)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.db import Base, UTCDateTime, new_id


class Appointment(Base):
    __tablename__ = "appointment"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    guidance_point_id: Mapped[str] = mapped_column(ForeignKey("guidance_point.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    citizen_name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str] = mapped_column(String(40), default="")
    topic: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(2))
    note: Mapped[str] = mapped_column(Text, default="")
    # booked -> checked_in, or cancelled
    status: Mapped[str] = mapped_column(String(12), default="booked")
    booked_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}
