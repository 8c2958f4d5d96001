"""Canned replies on the sync protocol (scope ``directory``: the team's members see them)."""

from __future__ import annotations

from server.sync.registry import EntityType, register_entity

register_entity(EntityType(
    name="canned_reply", scope="directory",
    serialize=lambda r: {"id": r.id, "team_id": r.team_id, "language": r.language,
                         "title": r.title, "text": r.text, "active": r.active},
))
