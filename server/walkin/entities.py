"""Appointments on the sync protocol (scope ``queue``, by the point's municipality)."""

from __future__ import annotations

from sqlalchemy.orm import object_session

from server.directory.models import GuidancePoint
from server.queue.entities import iso_or_none
from server.sync.registry import EntityType, register_entity
from server.walkin.models import Appointment


def _point_municipality(a: Appointment) -> str | None:
    session = object_session(a)
    point = session.get(GuidancePoint, a.guidance_point_id) if session else None
    return point.municipality_code if point else None


register_entity(EntityType(
    name="appointment", scope="queue", municipality_of=_point_municipality,
    serialize=lambda a: {
        "id": a.id, "guidance_point_id": a.guidance_point_id, "starts_at": iso_or_none(a.starts_at),
        "ends_at": iso_or_none(a.ends_at), "citizen_name": a.citizen_name, "phone": a.phone,
        "topic": a.topic, "language": a.language, "note": a.note, "status": a.status,
        "contact_id": a.contact_id},
))
