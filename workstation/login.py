"""Logging a counsellor in, online or — when the server cannot be reached — offline
against the cached store of their last session.

Offline login checks the password against an argon2 verifier written at the last online
login, so a cached store of sensitive client data never opens without the password."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from workstation.api import ApiClient, AuthRequired, ServerUnreachable
from workstation.contract import UserInfo
from workstation.paths import store_path
from workstation.session import TokenVault
from workstation.store import LocalStore

_hasher = PasswordHasher()
_hashing = ThreadPoolExecutor(1, thread_name_prefix="verifier")


class NoOfflineCache(Exception):
    """The server is unreachable and this user has never logged in here."""


@dataclass
class LoginResult:
    api: ApiClient
    store_path: str
    user: UserInfo
    offline: bool
    token_persistent: bool
    server: str


def login(server: str, username: str, password: str, vault: TokenVault,
          *, store_key: str | None = None, store_file: Path | None = None) -> LoginResult:
    """``store_key`` names the local store instead of the server address (the demo's
    embedded server gets a new port each run but keeps one store); ``store_file`` names it
    outright (a re-login keeps the store that is open)."""
    server = server.strip().rstrip("/")
    username = username.strip()
    api = ApiClient(server, on_refresh_token=lambda token: vault.save(server, username, token))
    path = store_file or store_path(store_key or server, username)
    # The offline verifier is hashed while the server checks the password (argon2 lets go
    # of the GIL): one argon2 hash's time less before the main window.
    verifier: Future[str] = _hashing.submit(_hasher.hash, password)
    try:
        tokens = api.login(username, password)
    except ServerUnreachable:
        if not path.exists():
            api.close()
            raise NoOfflineCache(server) from None
        verifier.cancel()
        store = LocalStore(path)
        try:
            saved = store.meta("password_verifier")
            user_json = store.meta("user")
        finally:
            store.close()
        try:
            if not saved or not user_json:
                raise VerificationError()
            _hasher.verify(saved, password)
        except (VerificationError, InvalidHashError):
            api.close()
            raise AuthRequired(401, "Wrong username or password.") from None
        # A refresh token kept in the keyring lets sync resume when the server returns.
        api.refresh_token = vault.load(server, username)
        return LoginResult(api, str(path), UserInfo.model_validate_json(user_json), True,
                           vault.persistent, server)
    store = LocalStore(path)
    try:
        store.set_meta("user", tokens.user.model_dump_json())
        store.set_meta("password_verifier", verifier.result())
    finally:
        store.close()
    return LoginResult(api, str(path), tokens.user, False, vault.persistent, server)
