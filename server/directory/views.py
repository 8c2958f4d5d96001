"""Public directory routes (the citizen pages need the municipality list)."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from server.deps import Gate, access, get_read_session
from server.directory.models import Municipality

router = APIRouter(tags=["public"])


class MunicipalityOut(BaseModel):
    code: str
    name_fi: str
    name_sv: str
    languages: list[str]


@router.get("/api/public/municipalities", response_model=list[MunicipalityOut])
@access(Gate.PUBLIC, "the region's municipalities are public (the citizen pages list them)")
def municipalities(session: Session = Depends(get_read_session)) -> list[MunicipalityOut]:
    rows = session.scalars(select(Municipality).order_by(Municipality.name_fi)).all()
    return [MunicipalityOut(code=m.code, name_fi=m.name_fi, name_sv=m.name_sv,
                            languages=list(m.languages or [])) for m in rows]
