"""Reads of the directory the workstation shows in several places: people's presence,
municipality names, teams and guidance points."""

from __future__ import annotations

from typing import Any

from workstation.store import LocalStore


def presence_by_user(reader: LocalStore) -> dict[str, dict[str, Any]]:
    """Everyone's presence in one read (not one per person)."""
    return {p["user_id"]: p for p in reader.all("presence") if p.get("user_id")}


def my_presence(reader: LocalStore, user_id: str) -> dict[str, Any] | None:
    return reader.get("presence", user_id)


def municipality_names(reader: LocalStore, language: str) -> dict[str, str]:
    """Municipality code -> name in the UI language (Turku / Åbo; English uses Finnish)."""
    key = "name_sv" if language == "sv" else "name_fi"
    return {m["code"]: m[key] for m in reader.all("municipality")}


def teams(reader: LocalStore) -> list[dict[str, Any]]:
    return reader.all("team")


def guidance_points(reader: LocalStore) -> list[dict[str, Any]]:
    return reader.all("guidance_point")


def home_point(points: list[dict[str, Any]], municipality_code: str | None) -> dict | None:
    """The guidance point of a municipality, if it has one."""
    return next((p for p in points if p.get("municipality_code") == municipality_code), None)


def point_municipality(reader: LocalStore, point_id: str | None) -> str | None:
    point = reader.get("guidance_point", point_id or "")
    return point.get("municipality_code") if point else None
