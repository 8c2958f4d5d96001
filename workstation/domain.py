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
