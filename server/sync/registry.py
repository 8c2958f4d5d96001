"""Entity types and mutations that the sync protocol carries.

Capabilities register here (``register_entity``, ``@mutation``); push, pull and the event
stream are written once against this registry, so a new entity needs no new plumbing."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel
from sqlalchemy.orm import Session

from server.directory.models import User


@dataclass(frozen=True)
class EntityType:
    name: str
    scope: str
    serialize: Callable[[Any], dict]
    id_of: Callable[[Any], str] = lambda row: str(row.id)
    # None: visible region-wide within the scope.
    municipality_of: Callable[[Any], str | None] = lambda row: None
    group_of: Callable[[Any], str | None] = lambda row: None
    # A single user the row is addressed to (None: everyone in scope and area).
    audience_of: Callable[[Any], str | None] = lambda row: None
    # Urgent entities travel with their payload on the event stream.
    urgent: bool = False


ENTITIES: dict[str, EntityType] = {}


def register_entity(entity: EntityType) -> EntityType:
    ENTITIES[entity.name] = entity
    return entity


class MutationRejected(Exception):
    """A mutation that can never apply; the client is told ``code`` and the message."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class MutationContext:
    session: Session
    user: User
    client_id: str
    base_version: int | None = None
    # Anything a handler wants done after commit (e.g. notifications).
    after_commit: list[Callable[[], None]] = field(default_factory=list)


@dataclass(frozen=True)
class MutationType:
    name: str
    args: type[BaseModel]
    roles: frozenset[str]
    apply: Callable[[MutationContext, Any], None]


MUTATIONS: dict[str, MutationType] = {}


def mutation(name: str, args: type[BaseModel], roles: Iterable[str]):
    def register(func: Callable[[MutationContext, Any], None]):
        MUTATIONS[name] = MutationType(name, args, frozenset(roles), func)
        return func

    return register
