"""Entity types and mutations that the sync protocol carries.

Capabilities register here (``register_entity``, ``@mutation``); push, pull and the event
stream are written once against this registry, so a new entity needs no new plumbing.

A mutation cannot be registered without its authorisation rule (``may=``): who may apply
it to which record, beyond the role. The rule runs before the handler, in the same
transaction, and refuses with ``Forbidden`` (tests/server/test_authorisation_matrix.py walks
every registered mutation with users of the wrong role, municipality, team and guidance
point)."""

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


class Forbidden(MutationRejected):
    """The caller may not do this to this record (an authorisation rule's refusal)."""

    def __init__(self, message: str, code: str = "forbidden"):
        super().__init__(code, message)


@dataclass
class MutationContext:
    session: Session
    user: User
    client_id: str
    base_version: int | None = None
    # Anything a handler wants done after commit (e.g. notifications).
    after_commit: list[Callable[[], None]] = field(default_factory=list)


# Who may apply a mutation to the record it names: ``rule(ctx, args)`` loads the record and
# raises ``Forbidden`` (or another ``MutationRejected``) when the caller may not; returning
# means yes. A record that does not exist is left to the handler (``not_found``, or the
# mutation creates it).
Rule = Callable[[MutationContext, Any], None]


def callers_own(ctx: MutationContext, args: Any) -> None:
    """The rule of a mutation that changes only the caller's own state (their presence, an
    offer made to them): there is no one else's record to check it against."""


@dataclass(frozen=True)
class MutationType:
    name: str
    args: type[BaseModel]
    roles: frozenset[str]
    may: Rule
    apply: Callable[[MutationContext, Any], None]


MUTATIONS: dict[str, MutationType] = {}


def mutation(name: str, args: type[BaseModel], roles: Iterable[str], *, may: Rule):
    """Register a handler ``fn(ctx, args)`` for ``name``, which callers of ``roles`` may push
    and ``may(ctx, args)`` admits for the record it touches (see ``Rule``)."""
    if not callable(may):
        raise TypeError(f"mutation {name!r}: 'may' must be a rule, not {may!r}")
    roles = frozenset(roles)
    if not roles:
        raise TypeError(f"mutation {name!r}: no role may apply it")

    def register(func: Callable[[MutationContext, Any], None]):
        if name in MUTATIONS and MUTATIONS[name].apply.__qualname__ != func.__qualname__:
            raise TypeError(f"mutation {name!r} is registered twice")
        MUTATIONS[name] = MutationType(name, args, roles, may, func)
        return func

    return register
