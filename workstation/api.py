"""HTTP client for the central server: login, token refresh, push, pull, event stream.

Errors are split the way a counsellor experiences them: the network or server is away
(``ServerUnreachable``, retry later, work offline), the login is no longer valid
(``AuthRequired``), or the server refused the request (``ApiError`` with its message)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
from httpx_sse import connect_sse

from workstation import __version__
from workstation.contract import (
    Mutation,
    PullResponse,
    PushRequest,
    PushResponse,
    TokenResponse,
    UserInfo,
)


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


class ServerUnreachable(ApiError):
    def __init__(self, message: str):
        super().__init__(0, message)


class ServerBusy(ApiError):
    pass


class AuthRequired(ApiError):
    pass


@dataclass
class StreamEvent:
    id: str | None
    event: str
    data: dict


def _detail(response: httpx.Response) -> str:
    try:
        body = response.json()
        detail = body.get("detail") if isinstance(body, dict) else None
        if isinstance(detail, str):
            return detail
    except (ValueError, json.JSONDecodeError):
        pass
    return f"The server answered {response.status_code}."


class ApiClient:
    """Thread-safe enough for the sync worker: requests are serialised by a lock, and the
    event stream uses its own connection."""

    def __init__(self, base_url: str, *, timeout: float = 10.0,
                 on_refresh_token=None):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        headers = {"User-Agent": f"neuvo-workstation/{__version__}"}
        self._http = httpx.Client(base_url=self.base_url, timeout=timeout, headers=headers)
        self._lock = threading.RLock()
        self.access_token: str | None = None
        self.refresh_token: str | None = None
        self.user: UserInfo | None = None
        # Called with each new refresh token, so it can be kept in the keyring.
        self.on_refresh_token = on_refresh_token

    def close(self) -> None:
        self._http.close()

    # --- low level ----------------------------------------------------------------------
    def _send(self, method: str, path: str, *, auth: bool = True,
              client: httpx.Client | None = None, **kwargs) -> httpx.Response:
        """One request, on ``client`` when given (a connection of its own)."""
        headers = kwargs.pop("headers", {})
        if auth and self.access_token:
            headers["Authorization"] = f"Bearer {self.access_token}"
        try:
            return (client or self._http).request(method, path, headers=headers, **kwargs)
        except httpx.TransportError as exc:
            raise ServerUnreachable(f"The server at {self.base_url} cannot be reached "
                                    f"({type(exc).__name__}).") from exc

    def _call(self, method: str, path: str, **kwargs) -> httpx.Response:
        with self._lock:
            response = self._send(method, path, **kwargs)
            if response.status_code == 401 and self.refresh_token:
                self.refresh()
                response = self._send(method, path, **kwargs)
        self._raise_for(response)
        return response

    @staticmethod
    def _raise_for(response: httpx.Response) -> None:
        if response.status_code < 400:
            return
        message = _detail(response)
        if response.status_code == 401:
            raise AuthRequired(401, message)
        if response.status_code in (502, 503, 504):
            raise ServerBusy(response.status_code, message)
        raise ApiError(response.status_code, message)

    # --- auth ---------------------------------------------------------------------------
    def _take(self, tokens: TokenResponse) -> TokenResponse:
        self.access_token = tokens.access_token
        self.refresh_token = tokens.refresh_token
        self.user = tokens.user
        if self.on_refresh_token:
            self.on_refresh_token(tokens.refresh_token)
        return tokens

    def login(self, username: str, password: str) -> TokenResponse:
        with self._lock:
            response = self._send("POST", "/auth/login", auth=False,
                                  json={"username": username, "password": password})
        if response.status_code == 401:
            raise AuthRequired(401, _detail(response))
        self._raise_for(response)
        return self._take(TokenResponse.model_validate(response.json()))

    def refresh(self) -> TokenResponse:
        with self._lock:
            if not self.refresh_token:
                raise AuthRequired(401, "Log in again.")
            response = self._send("POST", "/auth/refresh", auth=False,
                                  json={"refresh_token": self.refresh_token})
            if response.status_code in (400, 401, 422):
                self.refresh_token = None
                raise AuthRequired(401, _detail(response))
            self._raise_for(response)
            return self._take(TokenResponse.model_validate(response.json()))

    def adopt(self, other: ApiClient) -> None:
        """Take over the tokens of a fresh login (re-login while the engine keeps running)."""
        with self._lock:
            self.access_token = other.access_token
            self.refresh_token = other.refresh_token
            self.user = other.user or self.user
        other.close()

    def logout(self) -> None:
        if self.refresh_token:
            try:
                self._send("POST", "/auth/logout", auth=False,
                           json={"refresh_token": self.refresh_token})
            except ServerUnreachable:
                pass
        self.access_token = self.refresh_token = None

    # --- sync ---------------------------------------------------------------------------
    def health(self) -> dict:
        return self._call("GET", "/health", auth=False).json()

    def push(self, client_id: str, mutations: list[Mutation]) -> PushResponse:
        body = PushRequest(client_id=client_id, mutations=mutations).model_dump(mode="json")
        # json.dumps escapes what UTF-8 cannot carry (a lone surrogate that reached the
        # outbox): the server then refuses that one change, instead of httpx failing the
        # whole push here on every retry.
        content = json.dumps(body, separators=(",", ":"))
        response = self._call("POST", "/sync/push", content=content,
                              headers={"Content-Type": "application/json"})
        return PushResponse.model_validate(response.json())

    def pull(self, scope: str, cursor: int, *, limit: int = 1000,
             client_id: str | None = None) -> PullResponse:
        params = {"scope": scope, "cursor": cursor, "limit": limit}
        if client_id:
            params["client_id"] = client_id
        # Parsed and checked in one pass by pydantic-core, straight from the bytes: a first
        # sync is mostly this (json.loads then model_validate walked every row twice).
        return PullResponse.model_validate_json(
            self._call("GET", "/sync/pull", params=params).content)

    def mail_attachment(self, inbound_id: str, index: int) -> bytes:
        """One attachment of a citizen's mail, as sent (up to the server's 10 MiB mail).

        On a connection of its own, outside the lock: a large file on a slow line must not
        hold up the sync engine's pushes (an accept waiting behind it could miss its offer).
        """
        path = f"/mail/inbound/{inbound_id}/attachments/{index}"
        with httpx.Client(base_url=self.base_url, headers=self._http.headers,
                          timeout=httpx.Timeout(self.timeout, read=60.0)) as own:
            for attempt in (1, 2):
                token = self.access_token
                response = self._send("GET", path, client=own)
                if response.status_code == 401 and attempt == 1 and self.refresh_token:
                    with self._lock:
                        if self.access_token == token:   # nobody refreshed meanwhile
                            self.refresh()
                    continue
                self._raise_for(response)
                return response.content
        raise AuthRequired(401, "Log in again.")

    def events(self, last_event_id: int | None, *, read_timeout: float = 40.0,
               stop: threading.Event | None = None) -> Iterator[StreamEvent]:
        """Yield events until the stream ends. ~40 s without even a heartbeat means the
        connection is dead: the read times out and ``ServerUnreachable`` is raised."""
        headers = {"Accept": "text/event-stream"}
        if last_event_id is not None:
            headers["Last-Event-ID"] = str(last_event_id)
        if self.access_token:
            headers["Authorization"] = f"Bearer {self.access_token}"
        timeout = httpx.Timeout(self.timeout, read=read_timeout)
        try:
            with httpx.Client(base_url=self.base_url, timeout=timeout) as client, \
                    connect_sse(client, "GET", "/events", headers=headers) as source:
                if source.response.status_code == 401:
                    raise AuthRequired(401, "The access token has expired.")
                self._raise_for(source.response)
                for sse in source.iter_sse():
                    if stop is not None and stop.is_set():
                        return
                    try:
                        data = json.loads(sse.data) if sse.data else {}
                    except json.JSONDecodeError:
                        continue
                    yield StreamEvent(id=sse.id or None, event=sse.event, data=data)
        except httpx.TransportError as exc:
            raise ServerUnreachable(f"The event stream was cut ({type(exc).__name__}).") from exc
