"""The wire contract between the workstation and the central server.

Both sides import these pydantic models, so a change to the sync protocol is one edit that
the type checker and the tests see on both ends (DESIGN.md, "Sync protocol")."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from workstation.text import CleanLine

# Scopes partition the change log; each has its own pull cursor on the client.
SCOPES = ("directory", "queue", "clients")
MAX_PUSH_BATCH = 200
MAX_PULL_LIMIT = 2000
MAX_SEQ = 2**63 - 1  # BIGINT: ids and cursors beyond it are refused, not overflowed
# An installation's id: printable ASCII without spaces (the workstation makes a UUIDv7).
CLIENT_ID_PATTERN = r"^[!-~]+$"


class Mutation(BaseModel):
    """One local edit, replayed on the server exactly once."""

    model_config = ConfigDict(extra="forbid")
    mutation_id: int = Field(gt=0, le=MAX_SEQ)
    name: str = Field(min_length=1, max_length=100)
    args: dict[str, Any] = Field(default_factory=dict)
    base_version: int | None = None


class PushRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    client_id: str = Field(min_length=8, max_length=64, pattern=CLIENT_ID_PATTERN)
    mutations: list[Mutation] = Field(max_length=MAX_PUSH_BATCH)


class MutationResult(BaseModel):
    mutation_id: int
    status: Literal["applied", "rejected"]
    # False when the mutation applied but changed nothing (e.g. presence already so): no
    # change will follow, so the client retires its optimistic overlay at once.
    changed: bool = True
    error: str | None = None
    code: str | None = None
    # The records the mutation wrote, as [entity, id, version]: the client keeps its
    # optimistic overlay of a record until it holds that version (an older change arriving
    # after the answer must not undo the edit on screen, even for a moment).
    versions: list[tuple[str, str, int]] = []


class PushResponse(BaseModel):
    last_mutation_id: int
    results: list[MutationResult]


class Change(BaseModel):
    seq: int
    entity: str
    id: str
    version: int
    op: Literal["upsert", "delete"]
    data: dict[str, Any] | None = None


class PullResponse(BaseModel):
    scope: str
    changes: list[Change]
    next_cursor: int
    has_more: bool
    reset: bool = False
    last_mutation_id: int = 0


class UserInfo(BaseModel):
    id: str
    username: str
    display_name: str
    role: str
    municipality_code: str | None = None
    team_id: str | None = None
    languages: list[str] = Field(default_factory=list)


class LoginRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: Annotated[CleanLine, Field(min_length=1, max_length=100)]
    password: str = Field(min_length=1, max_length=500)


class RefreshRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    refresh_token: str = Field(min_length=10, max_length=500, pattern=r"^[A-Za-z0-9_-]+$")


class TokenResponse(BaseModel):
    access_token: str
    expires_in: int
    refresh_token: str
    token_type: str = "bearer"
    user: UserInfo


class Health(BaseModel):
    status: Literal["ok", "degraded"]
    version: str
    database: Literal["ok", "unavailable"]
    database_backend: str


# Which scope each entity travels in (the server's registry must agree; a test checks).
ENTITY_SCOPES: dict[str, str] = {
    "municipality": "directory",
    "team": "directory",
    "guidance_point": "directory",
    "user": "directory",
    "canned_reply": "directory",
    "contact": "queue",
    "chat_message": "queue",
    "contact_note": "queue",
    "presence": "queue",
    "typing": "queue",
    "appointment": "queue",
    "client": "clients",
    "relative": "clients",
}


def parse_time(value: str | None) -> datetime | None:
    """A record's ISO time (the server writes them with a zone; one without is UTC), or
    None when missing or unreadable."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
