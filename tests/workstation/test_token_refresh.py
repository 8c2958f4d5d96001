"""An access token that expires while the event stream is open, and a token refresh that
fails for a reason other than the login: the counsellor is told (offline), nothing is
lost, no new login is asked for, and the engine comes back by itself."""

from __future__ import annotations

import logging
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from tests.support.workstation import make_core, wait_until
from workstation.sync import SyncState

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


class AuthOutage:
    """A reverse proxy on loopback in front of the real server, as a load balancer would
    be: it passes every request on, streams included, except that while ``down`` the
    token refresh answers 503 (the auth service is away). ``cut()`` drops the open event
    streams, as a restarting balancer does."""

    def __init__(self, upstream: str):
        self.down = False
        self.refreshes = 0
        self._open: set[socket.socket] = set()
        self._client = httpx.Client(base_url=upstream, timeout=httpx.Timeout(5, read=60))
        outage = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _forward(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                if self.path.startswith("/auth/refresh"):
                    outage.refreshes += 1
                    if outage.down:
                        self.send_response(503)
                        self.send_header("Content-Type", "application/json")
                        self.end_headers()
                        self.wfile.write(b'{"detail": "The login service is unavailable."}')
                        return
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() not in HOP_BY_HOP}
                with outage._client.stream(self.command, self.path, headers=headers,
                                           content=body) as upstream:
                    outage._open.add(self.connection)
                    try:
                        self.send_response(upstream.status_code)
                        for key, value in upstream.headers.items():
                            if key.lower() not in HOP_BY_HOP:
                                self.send_header(key, value)
                        self.end_headers()
                        for chunk in upstream.iter_raw():
                            self.wfile.write(chunk)
                            self.wfile.flush()
                    except (httpx.HTTPError, OSError):
                        pass   # cut, or the workstation went away
                    finally:
                        outage._open.discard(self.connection)

            do_GET = do_POST = _forward

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def cut(self) -> None:
        for conn in list(self._open):
            conn.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._client.close()


@pytest.fixture
def outage(live_server):
    proxy = AuthOutage(live_server.url)
    yield proxy
    proxy.close()


def test_a_refresh_that_fails_while_the_auth_service_is_away_shows_offline_and_recovers(
        outage, tmp_path, caplog):
    core = make_core(outage.url, "anna", tmp_path / "ws")
    core.start()
    try:
        wait_until(lambda: core.engine.state == SyncState.ONLINE and core.engine._stream_up,
                   timeout=20)
        refresh_token = core.api.refresh_token
        outage.down = True
        core.api.access_token = "expired"   # fifteen minutes later: the server refuses it
        with caplog.at_level(logging.WARNING, logger="workstation.sync"):
            outage.cut()
            wait_until(lambda: core.engine.state == SyncState.OFFLINE, timeout=20)
            wait_until(lambda: "renewing the access token failed" in caplog.text, timeout=20)
        assert "The login service is unavailable." in core.engine.detail
        assert SyncState.AUTH_REQUIRED not in core.listener.states, \
            "the login is still good: no new login is asked for"
        assert core.api.refresh_token == refresh_token, "the refresh token is kept"
        tried = outage.refreshes
        outage.down = False
        wait_until(lambda: core.engine.state == SyncState.ONLINE and core.engine._stream_up,
                   timeout=60)
        assert outage.refreshes > tried
        assert core.api.access_token != "expired"
    finally:
        core.stop()
