"""The team: my presence, the team's people as a supervisor sees them, their skills, and
whether the server offers the team's contacts or the team picks them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from workstation.contract import UserInfo
from workstation.directory import presence_by_user
from workstation.domain import QUEUE_ROLES, SERVICE_LANGUAGES, Presence
from workstation.ports import Submitter, plain
from workstation.queue.rules import ClientGroup
from workstation.store import LocalStore


def set_presence(engine: Submitter, me: UserInfo, state: Presence) -> None:
    engine.submit("presence.set", {"state": str(state)},
                  optimistic=[("presence", me.id, {"user_id": me.id, "state": str(state),
                                                   "since": datetime.now(UTC).isoformat()})])


def team_members(reader: LocalStore, me: UserInfo) -> list[dict[str, Any]]:
    """The people of my team who take contacts, each with their presence state and since
    when, by name: what a supervisor sees of the team."""
    if not me.team_id:
        return []
    people = []
    presence = presence_by_user(reader)
    for user in reader.all("user"):
        if user.get("team_id") != me.team_id or not user.get("active", True) \
                or user.get("role") not in QUEUE_ROLES:
            continue
        state = presence.get(user["id"], {})
        people.append(user | {"presence": state.get("state", "offline"),
                              "presence_since": state.get("since")})
    people.sort(key=lambda u: u["display_name"].casefold())
    return people


class InvalidSkills(ValueError):
    """``code``: "no_language" or "unknown"."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def set_skills(engine: Submitter, reader: LocalStore, user_id: str, languages: list[str],
               client_groups: list[str]) -> None:
    """A supervisor sets a team member's service languages (at least one) and client groups
    (none: every group); the router offers them contacts by these."""
    if not languages:
        raise InvalidSkills("no_language")
    known_languages = {str(x) for x in SERVICE_LANGUAGES}
    known_groups = {str(g) for g in ClientGroup}
    if not set(languages) <= known_languages or not set(client_groups) <= known_groups:
        raise InvalidSkills("unknown")
    languages = [str(x) for x in SERVICE_LANGUAGES if x in languages]
    client_groups = [str(g) for g in ClientGroup if g in client_groups]
    user = reader.get("user", user_id) or {"id": user_id}
    engine.submit("user.set_skills", {"user_id": user_id, "languages": languages,
                                      "client_groups": client_groups},
                  optimistic=[("user", user_id, plain(user) | {
                      "languages": languages, "client_groups": client_groups})])


ROUTING_MODES = ("offer", "pick")


def routing_mode(reader: LocalStore, team_id: str | None) -> str:
    """"pick" when the team picks its contacts from the queue, else "offer"."""
    team = reader.get("team", team_id or "")
    return "pick" if team and team.get("routing_mode") == "pick" else "offer"


def set_routing_mode(engine: Submitter, reader: LocalStore, team_id: str, mode: str) -> None:
    """A supervisor: the server offers the team's contacts ("offer") or they pick ("pick")."""
    if mode not in ROUTING_MODES:
        raise ValueError(mode)
    team = reader.get("team", team_id) or {"id": team_id}
    engine.submit("team.set_routing_mode", {"team_id": team_id, "mode": mode},
                  optimistic=[("team", team_id, plain(team) | {"routing_mode": mode})])
