"""The client's map of entities to scopes agrees with the server's registry."""

from __future__ import annotations

import server.app  # noqa: F401  (registers every entity and mutation)
from server.sync.access import SCOPE_ROLES
from server.sync.registry import ENTITIES, MUTATIONS
from workstation.contract import ENTITY_SCOPES, SCOPES


def test_every_entity_travels_in_the_same_scope_on_both_sides():
    assert {name: e.scope for name, e in ENTITIES.items()} == ENTITY_SCOPES


def test_every_scope_has_roles_and_every_mutation_has_roles():
    assert set(SCOPE_ROLES) == set(SCOPES)
    assert MUTATIONS and all(m.roles for m in MUTATIONS.values())
