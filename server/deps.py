"""FastAPI dependencies: the database session and the authenticated caller."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from fastapi import Depends, HTTPException, Request
from sqlalchemy.orm import Session

from server.auth.service import InvalidToken, decode_access_token
from server.config import Settings
from server.db import Database
from server.directory.models import User


def get_db(request: Request) -> Database:
    return request.app.state.db


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_session(db: Database = Depends(get_db)) -> Iterator[Session]:
    with db.session() as session:
        yield session


def get_read_session(db: Database = Depends(get_db)) -> Iterator[Session]:
    """For endpoints that only read (see ``Database.read_session``)."""
    with db.read_session() as session:
        yield session


@dataclass
class Caller:
    user: User
    token_expires_at: int


def _bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(401, "Log in first: no access token was sent.",
                            headers={"WWW-Authenticate": "Bearer"})
    return token.strip()


def authenticate_request(request: Request, db: Database, settings: Settings) -> Caller:
    try:
        claims = decode_access_token(settings, _bearer(request))
    except InvalidToken:
        raise HTTPException(401, "The access token is invalid or has expired.",
                            headers={"WWW-Authenticate": "Bearer"}) from None
    with db.read_session() as session:
        user = session.get(User, claims["sub"])
        if user is None or not user.active:
            raise HTTPException(401, "This user account is not active.")
        session.expunge(user)
    return Caller(user=user, token_expires_at=int(claims["exp"]))


def current_caller(
    request: Request, db: Database = Depends(get_db), settings: Settings = Depends(get_settings)
) -> Caller:
    return authenticate_request(request, db, settings)


def require_roles(*roles: str):
    allowed = frozenset(roles)

    def check(caller: Caller = Depends(current_caller)) -> Caller:
        if caller.user.role not in allowed:
            raise HTTPException(403, f"The role '{caller.user.role}' may not do this.")
        return caller

    return check
