"""Which change-log rows a user may receive: the need-to-know rule, in SQL."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, false, or_

from server.directory.models import User
from server.sync.models import ChangeLogEntry
from workstation.domain import SCOPE_ROLES, Role

ALL_ROLES = frozenset(Role)
__all__ = ["SCOPE_ROLES", "scopes_for", "visible"]   # SCOPE_ROLES: one table, both sides
# Scopes pooled across the region: the regional queue is shared by all municipalities.
REGIONAL_SCOPES = frozenset({"directory", "queue"})
REGION_WIDE_ROLES = frozenset({Role.SUPERVISOR, Role.ADMINISTRATOR})
# The audience of a row no workstation receives: the messages of a contact nobody handles
# yet. The citizen's own chat stream still reads them (by group_id); no user id (a UUID)
# can equal it.
CITIZEN_ONLY = "(citizen)"


def scopes_for(user: User) -> list[str]:
    return [scope for scope, roles in SCOPE_ROLES.items() if user.role in roles]


def visible(user: User, scopes: list[str]) -> ColumnElement[bool]:
    if not scopes:
        return false()
    log = ChangeLogEntry
    shared: ColumnElement[bool] = log.audience_user_id.is_(None)
    area: ColumnElement[bool]
    if user.role in REGION_WIDE_ROLES:
        area = shared
    else:
        area = and_(
            shared,
            or_(
                log.scope.in_(REGIONAL_SCOPES),
                log.municipality_code.is_(None),
                log.municipality_code == user.municipality_code,
            ),
        )
    return and_(log.scope.in_(scopes), or_(log.audience_user_id == user.id, area))
