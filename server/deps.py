"""FastAPI dependencies: the database session and the authenticated caller."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import ParamSpec, TypeVar

from anyio import CapacityLimiter, to_thread
from fastapi import Depends, HTTPException, Request, Security
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from server.auth.service import InvalidToken, decode_access_token
from server.config import INTAKE_THREADS, Settings
from server.db import Database
from server.directory.models import User
from server.sqlite_lock import urgent_writes

P = ParamSpec("P")
R = TypeVar("R")

# The dependencies are ``async def`` on purpose. FastAPI runs a plain ``def`` dependency
# on a worker thread: a push took four trips between the event loop and the thread pool
# (database, settings, caller, endpoint), each waiting for a busy loop and the GIL, and
# under load those trips were most of a request's time (benchmarks/offer_to_queue.py).
# What does I/O still runs on a worker thread, in one trip.


def db_of(request: Request) -> Database:
    return request.app.state.db


def settings_of(request: Request) -> Settings:
    return request.app.state.settings


async def get_db(request: Request) -> Database:
    return db_of(request)


async def get_settings(request: Request) -> Settings:
    return settings_of(request)


async def _close(session: Session) -> None:
    if session.in_transaction():
        # Rolling back is I/O (and on SQLite frees the write lock): not on the event loop.
        await run_in_threadpool(session.close)
    else:
        session.close()


async def get_session(db: Database = Depends(get_db)) -> AsyncIterator[Session]:
    """A session for the endpoint, which commits; what it leaves open is rolled back."""
    session = db.sessions()   # no connection yet: that is taken by the first statement
    try:
        yield session
    finally:
        await _close(session)


async def get_read_session(db: Database = Depends(get_db)) -> AsyncIterator[Session]:
    """For endpoints that only read (see ``Database.read_session``)."""
    session = db.read_sessions()
    try:
        yield session
    finally:
        await _close(session)


# Declares the bearer scheme in the OpenAPI schema (server.openapi derives each bearer
# route's 401 and, from the role names a route requires, its 403). ``_bearer`` reads the
# header itself, for its own messages.
BEARER = HTTPBearer(scheme_name="bearer", bearerFormat="JWT", auto_error=False,
                    description="the access token from POST /auth/login or /auth/refresh")


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
            raise HTTPException(401, "This user account is not active.",
                                headers={"WWW-Authenticate": "Bearer"})
        session.expunge(user)
    return Caller(user=user, token_expires_at=int(claims["exp"]))


async def current_caller(
    request: Request, db: Database = Depends(get_db), settings: Settings = Depends(get_settings),
    _declared: HTTPAuthorizationCredentials | None = Security(BEARER),
) -> Caller:
    return await run_in_threadpool(authenticate_request, request, db, settings)


def require_roles(*roles: str):
    allowed = frozenset(roles)
    # The role names go into the operation's security requirement (OpenAPI: "the role
    # names required"), so the schema says who may call it.
    names = sorted(allowed)

    async def check(caller: Caller = Security(current_caller, scopes=names)) -> Caller:
        if caller.user.role not in allowed:
            raise HTTPException(403, f"The role '{caller.user.role}' may not do this.")
        return caller

    return check


# The intake endpoints' own threads: a new contact never waits for one of AnyIO's shared
# 40, which under load are mostly held by pushes queued for the write lock.
_INTAKE_THREADS = CapacityLimiter(INTAKE_THREADS)


def intake(endpoint: Callable[P, R]) -> Callable[P, Awaitable[R]]:
    """For a plain ``def`` endpoint that puts a new contact in the queue (a citizen's chat,
    a call, a callback request). It runs on threads of its own, and its transactions go
    ahead of the other writers queued for the SQLite write lock (``urgent_writes``).

    A new contact has to reach every counsellor of the region at once; a counsellor's own
    push (accept, close, wrap-up) is already shown on their screen and can wait a little
    longer (bounded: ``FairLock.overtake_seconds``). Under load a new chat waited behind
    the queued pushes three times: for a thread, for a pooled connection, and for the
    write lock; at the 95th percentile that was 90 ms of its 150
    (benchmarks/offer_to_queue.py)."""

    @functools.wraps(endpoint)
    async def run(*args: P.args, **kwargs: P.kwargs) -> R:
        def urgently() -> R:
            with urgent_writes():
                return endpoint(*args, **kwargs)

        return await to_thread.run_sync(urgently, limiter=_INTAKE_THREADS)

    return run


# --- who may call an endpoint --------------------------------------------------------------

class Gate(StrEnum):
    """How an endpoint decides who may call it (docs/architecture.md §7)."""

    PUBLIC = "public"                # no login: the citizen pages, health, logging in
    CHAT_TOKEN = "chat_token"        # the citizen's own chat, by its random token
    SHARED_SECRET = "shared_secret"  # the telephony platform, by the shared secret
    SELF = "self"                    # a logged-in user, about themselves (their tokens,
                                     # their profile, the scopes of their role)
    RECORD = "record"                # a role, and a rule against the record the path names
    MUTATIONS = "mutations"          # /sync/push: each mutation's registered rule


@dataclass(frozen=True)
class Access:
    gate: Gate
    rule: str   # in words, naming the function that applies it


def access(gate: Gate, rule: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Declare who may call an endpoint. ``create_app`` refuses to build an app with an
    endpoint that does not say (``require_access``), and the authorisation matrix test
    (tests/server/test_authorisation_matrix.py) has a case for each one."""

    def declare(endpoint: Callable[P, R]) -> Callable[P, R]:
        endpoint.__access__ = Access(gate, rule)   # type: ignore[attr-defined]
        return endpoint

    return declare


def access_of(endpoint: Callable) -> Access | None:
    return getattr(endpoint, "__access__", None)


def api_routes(routes) -> list[tuple[str, str, Callable]]:
    """(method, full path, endpoint) of every API route, those of included routers too
    (newer FastAPI keeps an included router as one entry of ``app.routes``)."""
    from fastapi import routing

    iterate = getattr(routing, "iter_route_contexts", None)
    contexts = iterate(routes) if iterate is not None else routes
    out: list[tuple[str, str, Callable]] = []
    for ctx in contexts:
        original = getattr(ctx, "original_route", ctx)
        if isinstance(original, routing.APIRoute):
            out.extend((method, ctx.path, ctx.endpoint) for method in sorted(ctx.methods))
    return out


def require_access(routes) -> None:
    """Every API route declares its ``access``; raises naming those that do not."""
    missing = [f"{method} {path}" for method, path, endpoint in api_routes(routes)
               if access_of(endpoint) is None]
    if missing:
        raise RuntimeError("endpoints without an access rule (server.deps.access): "
                           + ", ".join(missing))
