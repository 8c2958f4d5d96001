"""Client entities on the sync protocol (scope ``clients``, by home municipality)."""

from __future__ import annotations

from sqlalchemy.orm import object_session

from server.clients.models import Client, Relative
from server.sync.registry import EntityType, register_entity


def serialize_client(c: Client) -> dict:
    return {
        "id": c.id, "first_name": c.first_name, "last_name": c.last_name, "hetu": c.hetu,
        "birth_date": c.birth_date.isoformat() if c.birth_date else None,
        "municipality_code": c.municipality_code, "language": c.language, "phone": c.phone,
        "email": c.email, "address": c.address,
        "responsible_worker_id": c.responsible_worker_id,
    }


def _relative_municipality(r: Relative) -> str | None:
    session = object_session(r)
    client = session.get(Client, r.client_id) if session else None
    return client.municipality_code if client else None


register_entity(EntityType(
    name="client", scope="clients", serialize=serialize_client,
    municipality_of=lambda c: c.municipality_code,
))
register_entity(EntityType(
    name="relative", scope="clients", municipality_of=_relative_municipality,
    serialize=lambda r: {"id": r.id, "client_id": r.client_id, "name": r.name,
                         "relation": r.relation, "phone": r.phone,
                         "is_contact_person": r.is_contact_person},
))
