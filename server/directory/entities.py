"""Directory entities on the sync protocol (scope ``directory``)."""

from __future__ import annotations

from server.directory.models import GuidancePoint, Municipality, Team, User
from server.sync.registry import EntityType, register_entity

register_entity(EntityType(
    name="municipality", scope="directory", id_of=lambda m: m.code,
    serialize=lambda m: {"code": m.code, "name_fi": m.name_fi, "name_sv": m.name_sv,
                         "region_code": m.region_code, "population": m.population,
                         "languages": list(m.languages or [])},
))
register_entity(EntityType(
    name="team", scope="directory",
    serialize=lambda t: {"id": t.id, "name": t.name, "municipality_code": t.municipality_code,
                         "routing_mode": t.routing_mode},
))
register_entity(EntityType(
    name="guidance_point", scope="directory",
    serialize=lambda g: {"id": g.id, "name": g.name, "municipality_code": g.municipality_code,
                         "address": g.address},
))
register_entity(EntityType(
    name="user", scope="directory",
    # Never the password hash.
    serialize=lambda u: {"id": u.id, "username": u.username, "display_name": u.display_name,
                         "role": u.role, "municipality_code": u.municipality_code,
                         "team_id": u.team_id, "languages": list(u.languages or []),
                         "client_groups": list(u.client_groups or []),
                         "active": u.active},
))
__all__ = ["GuidancePoint", "Municipality", "Team", "User"]
