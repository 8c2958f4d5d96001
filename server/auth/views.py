"""Routes for logging in, refreshing and logging out."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from sqlalchemy.orm import Session

from server.auth import service
from server.config import Settings
from server.db import Database
from server.deps import Caller, Gate, access, current_caller, get_db, get_session, get_settings
from server.openapi import errors
from workstation.contract import LoginRequest, RefreshRequest, TokenResponse, UserInfo

router = APIRouter(prefix="/auth", tags=["auth"])

WRONG_LOGIN = "Wrong username or password."


@router.post("/login", response_model=TokenResponse,
             responses=errors(401, 429, s401=WRONG_LOGIN,
                              s429="Too many failed logins for this user name or address"))
@access(Gate.PUBLIC, "anyone may try to log in (throttled per user name and address)")
def login(body: LoginRequest, request: Request, db: Database = Depends(get_db),
          settings: Settings = Depends(get_settings)) -> TokenResponse:
    address = request.client.host if request.client else "unknown"
    try:
        with db.read_session() as session:
            user = service.find_login(session, body.username, address)
    except service.LoginThrottled as exc:
        raise HTTPException(
            429, f"Too many failed logins. Try again in {exc.retry_after} s.",
            headers={"Retry-After": str(exc.retry_after)}) from None
    ok = service.password_matches(user, body.password)
    with db.session() as session:
        try:
            user = service.finish_login(session, settings, user, ok, body.username, address)
        except service.LoginThrottled as exc:
            raise HTTPException(
                429, f"Too many failed logins. Try again in {exc.retry_after} s.",
                headers={"Retry-After": str(exc.retry_after)}) from None
        except service.LoginFailed:
            session.commit()  # keep the failure count
            raise HTTPException(401, WRONG_LOGIN) from None
        tokens = service.issue_tokens(session, settings, user)
        session.commit()
        return tokens


@router.post("/refresh", response_model=TokenResponse,
             responses=errors(401, s401="The refresh token is unknown, expired, revoked or "
                                        "already used, or its user is not active"))
@access(Gate.SELF, "the holder of a live refresh token, for that token's user")
def refresh(body: RefreshRequest, session: Session = Depends(get_session),
            settings: Settings = Depends(get_settings)) -> TokenResponse:
    try:
        tokens = service.rotate_refresh_token(session, settings, body.refresh_token)
    except service.InvalidToken as exc:
        session.commit()  # a detected reuse revokes the family; keep that
        raise HTTPException(401, f"Log in again: {exc}.") from None
    session.commit()
    return tokens


@router.post("/logout", status_code=204)
@access(Gate.SELF, "the holder of a refresh token revokes its family")
def logout(body: RefreshRequest, session: Session = Depends(get_session)) -> None:
    service.revoke_refresh_token(session, body.refresh_token)
    session.commit()


@router.get("/me", response_model=UserInfo)
@access(Gate.SELF, "any logged-in user, their own profile")
def me(caller: Caller = Depends(current_caller)) -> UserInfo:
    return service.user_info(caller.user)
