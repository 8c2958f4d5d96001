"""Domain vocabulary shared by the workstation and the server (DOMAIN.md, "Words")."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    COUNSELLOR = "counsellor"
    WALK_IN_ADVISER = "walk_in_adviser"
    PROFESSIONAL = "professional"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"


# Roles that work the regional contact queue.
QUEUE_ROLES = frozenset({Role.COUNSELLOR, Role.WALK_IN_ADVISER, Role.SUPERVISOR})
CLIENT_ROLES = frozenset(
    {Role.COUNSELLOR, Role.WALK_IN_ADVISER, Role.PROFESSIONAL, Role.SUPERVISOR}
)
# Which scopes of the change log each role may pull and stream: the server refuses the
# others (server/sync/access.py), so a workstation asks only for these.
SCOPE_ROLES: dict[str, frozenset[Role]] = {
    "directory": frozenset(Role),
    "queue": QUEUE_ROLES,
    "clients": CLIENT_ROLES,
}


def scopes_for_role(role: str) -> tuple[str, ...]:
    """The scopes a user of this role syncs (a professional has no queue)."""
    return tuple(scope for scope, roles in SCOPE_ROLES.items() if role in roles)


class Language(StrEnum):
    FI = "fi"
    SV = "sv"
    EN = "en"


# Service languages of the guidance itself (the UI also has English).
SERVICE_LANGUAGES = (Language.FI, Language.SV)


class Presence(StrEnum):
    AVAILABLE = "available"
    BUSY = "busy"
    AFTER_CONTACT_WORK = "after_contact_work"
    AWAY = "away"
    OFFLINE = "offline"


VARSINAIS_SUOMI_REGION = "02"
