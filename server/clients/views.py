"""Client record routes. Every read is audited; access is need-to-know."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from server.clients import service
from server.clients.entities import serialize_client
from server.clients.models import Client, Relative
from server.deps import Caller, Gate, access, get_session, require_roles
from server.directory.models import User
from server.openapi import errors
from workstation.domain import CLIENT_ROLES, Role
from workstation.text import clean_line, has_junk

router = APIRouter(prefix="/clients", tags=["clients"])


class AccessLogRow(BaseModel):
    at: datetime
    user_id: str
    user_name: str
    purpose: str


@router.get("/{client_id}",
            responses=errors(403, 404, s403="The role may not read client records, or the "
                                            "caller has no reason on record to read this one"))
@access(Gate.RECORD, "the client roles, and need to know (service.may_read)")
def read_client(client_id: str, purpose: str = Query("view", max_length=50),
                caller: Caller = Depends(require_roles(*CLIENT_ROLES)),
                session: Session = Depends(get_session)) -> dict:
    client = None if has_junk(client_id) else session.get(Client, client_id)
    if client is None:
        raise HTTPException(404, "No such client.")
    purpose = clean_line(purpose) or "view"
    if not service.may_read(session, caller.user, client):
        raise HTTPException(403, "You have no reason on record to read this client.")
    service.audit(session, caller.user, client.id, purpose)
    relatives = session.scalars(select(Relative).where(Relative.client_id == client.id)).all()
    data = serialize_client(client)
    data["relatives"] = [{"id": r.id, "name": r.name, "relation": r.relation, "phone": r.phone,
                          "is_contact_person": r.is_contact_person} for r in relatives]
    session.commit()
    return data


@router.get("/{client_id}/access-log", response_model=list[AccessLogRow])
@access(Gate.RECORD, "supervisors and administrators, for any client of the region")
def read_access_log(client_id: str,
                    caller: Caller = Depends(require_roles(Role.SUPERVISOR, Role.ADMINISTRATOR)),
                    session: Session = Depends(get_session)) -> list[AccessLogRow]:
    rows = [] if has_junk(client_id) else service.access_log(session, client_id)
    names = {u.id: u.display_name for u in session.scalars(
        select(User).where(User.id.in_({r.user_id for r in rows})))}
    return [AccessLogRow(at=r.at, user_id=r.user_id, user_name=names.get(r.user_id, "?"),
                         purpose=r.purpose) for r in rows]
