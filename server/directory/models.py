"""Tables of the directory: municipalities, teams, guidance points, users."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.db import Base, JsonData, UTCDateTime, new_id, utcnow


class Municipality(Base):
    __tablename__ = "municipality"
    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    name_fi: Mapped[str] = mapped_column(String(100))
    name_sv: Mapped[str] = mapped_column(String(100))
    region_code: Mapped[str] = mapped_column(String(2), index=True)
    population: Mapped[int | None] = mapped_column(Integer)
    # Service languages; bilingual municipalities serve in both.
    languages: Mapped[list] = mapped_column(JsonData, default=list)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class Team(Base):
    __tablename__ = "team"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    municipality_code: Mapped[str | None] = mapped_column(ForeignKey("municipality.code"))
    # "offer": the server offers contacts; "pick": counsellors pick from the queue.
    routing_mode: Mapped[str] = mapped_column(String(10), default="offer")
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class GuidancePoint(Base):
    __tablename__ = "guidance_point"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipality.code"))
    address: Mapped[str] = mapped_column(String(300), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class User(Base):
    __tablename__ = "app_user"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(30))
    municipality_code: Mapped[str | None] = mapped_column(ForeignKey("municipality.code"))
    team_id: Mapped[str | None] = mapped_column(ForeignKey("team.id"))
    languages: Mapped[list] = mapped_column(JsonData, default=list)
    # Client groups the counsellor serves; empty means all.
    client_groups: Mapped[list] = mapped_column(JsonData, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}
