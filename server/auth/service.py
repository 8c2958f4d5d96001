"""Passwords (argon2), access tokens (short-lived JWT) and rotating refresh tokens."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from server.auth.models import LoginThrottle, RefreshToken
from server.config import Settings
from server.db import new_id, utcnow
from server.directory.models import User
from workstation.contract import TokenResponse, UserInfo

_hasher = PasswordHasher()
# Verifying against this when the user does not exist keeps the timing the same, so the
# answer does not reveal whether a username exists. Written out, not hashed at import
# (half a second of every server start, and of the demo's); hashed anew only if the
# hasher's parameters have changed, so it always costs what a real user's verify does.
_DUMMY_HASH = ("$argon2id$v=19$m=65536,t=3,p=4$BwtZkom14PrkYP8golKAaw$"
               "MxNT1oxt2FGtzzLqWQWdshcjhAvZ7fqDJOXuw/Y2HXg")
if _hasher.check_needs_rehash(_DUMMY_HASH):
    _DUMMY_HASH = _hasher.hash("not-a-real-password")
PG_LOGIN_LOCK = 7_000_002   # orders the login failure counters on PostgreSQL
ALGORITHM = "HS256"


class LoginFailed(Exception):
    pass


class LoginThrottled(Exception):
    def __init__(self, retry_after: int):
        super().__init__(retry_after)
        self.retry_after = retry_after


class InvalidToken(Exception):
    pass


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def user_info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        municipality_code=user.municipality_code,
        team_id=user.team_id,
        languages=list(user.languages or []),
    )


def _throttle_keys(username: str, address: str) -> list[str]:
    return [f"user:{username.strip().lower()}", f"addr:{address}"]


def check_throttle(session: Session, username: str, address: str) -> None:
    now = utcnow()
    for key in _throttle_keys(username, address):
        row = session.get(LoginThrottle, key)
        if row and row.locked_until and row.locked_until > now:
            raise LoginThrottled(max(1, int((row.locked_until - now).total_seconds()) + 1))


def _record_failure(session: Session, settings: Settings, username: str, address: str) -> None:
    now = utcnow()
    for key in _throttle_keys(username, address):
        row = session.get(LoginThrottle, key) or LoginThrottle(key=key, failures=0)
        session.add(row)
        row.failures += 1
        row.last_failure_at = now
        # One address (a service point's NAT) serves many counsellors: it gets more slack.
        free = settings.login_free_failures * (1 if key.startswith("user:") else 10)
        over = row.failures - free
        if over >= 0:
            delay = min(2**over, settings.login_max_delay_seconds)
            row.locked_until = now + timedelta(seconds=delay)


def _clear_failures(session: Session, username: str, address: str) -> None:
    for key in _throttle_keys(username, address):
        row = session.get(LoginThrottle, key)
        if row:
            session.delete(row)


def find_login(session: Session, username: str, address: str) -> User | None:
    """Step 1 of a login, in a read-only session: refuse a throttled name or address
    (``LoginThrottled``), and return the user (detached) or None."""
    check_throttle(session, username, address)
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is not None:
        session.expunge(user)
    return user


def password_matches(user: User | None, password: str) -> bool:
    """Step 2, outside any transaction: the hash check is slow on purpose (about 0.1 s),
    and inside a write transaction it held SQLite's one write lock, so a morning's logins
    queued every other writer behind them. An unknown user costs the same time."""
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return False
    return user is not None and user.active


def finish_login(session: Session, settings: Settings, user: User | None, ok: bool,
                 username: str, address: str) -> User:
    """Step 3, in the writing session: count a failure (``LoginFailed``) or clear them.
    The throttle is checked again here, in order with other writers: logins sent in
    parallel all passed step 1 before any failure was counted (``LoginThrottled``). On
    PostgreSQL an advisory lock puts the logins' bookkeeping in order too (two first
    failures from one address would otherwise both insert its counter row)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_LOGIN_LOCK})
    check_throttle(session, username, address)
    if not ok or user is None:
        _record_failure(session, settings, username, address)
        raise LoginFailed()
    _clear_failures(session, username, address)
    return user


def issue_tokens(
    session: Session, settings: Settings, user: User, family_id: str | None = None
) -> TokenResponse:
    now = utcnow()
    access = jwt.encode(
        {
            "sub": user.id,
            "role": user.role,
            "mun": user.municipality_code,
            "iat": int(now.timestamp()),
            "exp": int(now.timestamp()) + settings.access_token_seconds,
            "jti": new_id(),
        },
        settings.secret_key,
        algorithm=ALGORITHM,
    )
    refresh = secrets.token_urlsafe(40)
    session.add(
        RefreshToken(
            token_hash=_token_hash(refresh),
            family_id=family_id or new_id(),
            user_id=user.id,
            expires_at=now + timedelta(seconds=settings.refresh_token_seconds),
        )
    )
    return TokenResponse(
        access_token=access,
        expires_in=settings.access_token_seconds,
        refresh_token=refresh,
        user=user_info(user),
    )


def rotate_refresh_token(session: Session, settings: Settings, token: str) -> TokenResponse:
    """Exchange a refresh token for a new pair. A token used twice means it was copied:
    the whole family is revoked and both holders must log in again."""
    row = session.scalar(
        select(RefreshToken).where(RefreshToken.token_hash == _token_hash(token))
    )
    now = utcnow()
    if row is None or row.revoked_at is not None or row.expires_at <= now:
        raise InvalidToken("refresh token is not valid")
    if row.used_at is not None:
        revoke_family(session, row.family_id)
        raise InvalidToken("refresh token was already used; the session is revoked")
    user = session.get(User, row.user_id)
    if user is None or not user.active:
        raise InvalidToken("user is not active")
    row.used_at = now
    return issue_tokens(session, settings, user, family_id=row.family_id)


def revoke_family(session: Session, family_id: str) -> None:
    session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


def revoke_refresh_token(session: Session, token: str) -> None:
    row = session.scalar(
        select(RefreshToken).where(RefreshToken.token_hash == _token_hash(token))
    )
    if row is not None:
        revoke_family(session, row.family_id)


def decode_access_token(settings: Settings, token: str) -> dict:
    try:
        return jwt.decode(
            token, settings.secret_key, algorithms=[ALGORITHM], options={"require": ["exp", "sub"]}
        )
    except jwt.PyJWTError as exc:
        raise InvalidToken(str(exc)) from exc
