"""Access to client records: who may read one, and the audit row every read leaves."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field
from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from server.clients.models import Client, ClientAccessLog
from server.directory.models import User
from server.queue.models import Contact
from server.sync.registry import Forbidden, MutationContext, MutationRejected, mutation
from workstation.domain import CLIENT_ROLES, Role
from workstation.text import CleanLine


def may_read(session: Session, user: User, client: Client) -> bool:
    """Need to know: the client's municipality caseload, a contact the user handles, or a
    supervisor/administrator."""
    if user.role in (Role.SUPERVISOR, Role.ADMINISTRATOR):
        return True
    if user.role not in CLIENT_ROLES:
        return False
    if client.municipality_code == user.municipality_code or client.responsible_worker_id == user.id:
        return True
    return bool(session.scalar(select(exists().where(
        Contact.client_id == client.id, Contact.accepted_by == user.id))))


def audit(session: Session, user: User, client_id: str, purpose: str, detail: str = "") -> None:
    session.add(ClientAccessLog(client_id=client_id, user_id=user.id, purpose=purpose,
                                detail=detail[:500]))


def access_log(session: Session, client_id: str) -> list[ClientAccessLog]:
    return list(session.scalars(
        select(ClientAccessLog).where(ClientAccessLog.client_id == client_id)
        .order_by(ClientAccessLog.at.desc()).limit(500)))


class ClientViewed(BaseModel):
    client_id: str = Field(min_length=1, max_length=36)
    purpose: Annotated[CleanLine, Field(min_length=1, max_length=50)] = "view"


def need_to_know(ctx: MutationContext, args: ClientViewed) -> None:
    """``may_read``: the rule of ``GET /clients/{id}`` too."""
    client = ctx.session.get(Client, args.client_id)
    if client is not None and not may_read(ctx.session, ctx.user, client):
        raise Forbidden("You have no reason on record to read this client.")


@mutation("client.viewed", ClientViewed, CLIENT_ROLES, may=need_to_know)
def client_viewed(ctx: MutationContext, args: ClientViewed) -> None:
    """The workstation opened a record from its cache: the read is audited here, even when
    it happened offline (the mutation waits in the outbox)."""
    client = ctx.session.get(Client, args.client_id)
    if client is None:
        raise MutationRejected("not_found", "No such client.")
    audit(ctx.session, ctx.user, client.id, args.purpose)
