"""Error answers over real HTTP: an internal error keeps the keep-alive connection, a body
that cannot be decoded is a 422 with the documented shape, and every bearer 401 names the
scheme."""

from __future__ import annotations

import uuid

import httpx
import pytest
import sqlalchemy as sa

from tests.conftest import auth_headers
from tests.support.live_server import launch


@pytest.fixture
def bare_server(tmp_path):
    """Unseeded, of its own: the test breaks its database."""
    server = launch(tmp_path / "bare-server", seed=False)
    yield server
    server.cleanup()


def test_after_an_internal_error_the_same_connection_serves_the_next_request(bare_server):
    # A real path to a 500: the table the municipality list reads is gone. The server
    # has no route that exists only to crash.
    engine = sa.create_engine(bare_server.database_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("ALTER TABLE municipality RENAME TO municipality_gone"))
    finally:
        engine.dispose()
    ports = []

    def remember_port(response: httpx.Response) -> None:
        stream = response.extensions["network_stream"]
        ports.append(stream.get_extra_info("client_addr")[1])

    with httpx.Client(base_url=bare_server.url, timeout=10,
                      event_hooks={"response": [remember_port]}) as client:
        broken = client.get("/api/public/municipalities")
        assert broken.status_code == 500
        assert broken.json() == {"detail": "Internal error; it has been logged."}
        assert broken.headers.get("connection", "").lower() != "close"
        after = client.get("/health")
        assert after.status_code == 200 and after.json()["status"] == "ok"
        again = client.get("/api/public/municipalities")
        assert again.status_code == 500
        assert client.get("/health").status_code == 200
    # One TCP connection served all four: the 500s closed nothing.
    assert len(set(ports)) == 1, ports
    assert "unhandled error on GET /api/public/municipalities" in bare_server.log_path.read_text()


@pytest.mark.parametrize("body, message", [
    (b'{"username": "anna", "password": "\xff\xfe"}', "not valid UTF-8"),
    (b'{"username": "\xc3\x28"}', "not valid UTF-8"),
    (b"[" * 200_000 + b"]" * 200_000, "nested too deeply"),
    (b'{"username": "anna", ', "not valid JSON"),
])
def test_a_body_that_cannot_be_decoded_is_422_with_the_documented_shape(live_server, body,
                                                                         message):
    r = httpx.post(f"{live_server.url}/auth/login", content=body,
                   headers={"Content-Type": "application/json"})
    assert r.status_code == 422, r.text
    answer = r.json()
    assert answer["detail"].startswith("The body is not valid JSON")
    assert answer["errors"] == [{"field": "", "message": message}]


def test_a_deactivated_users_token_gets_401_that_names_the_bearer_scheme(live_server):
    # A user of its own on the shared server, deactivated behind the server's back.
    from server.auth.service import hash_password
    from server.db import Database
    from server.directory.models import User

    username = f"leaver-{uuid.uuid4().hex[:8]}"
    db = Database(live_server.database_url)
    try:
        with db.session() as session:
            session.add(User(username=username, display_name="Lähtevä Työntekijä",
                             password_hash=hash_password("demo"), role="counsellor",
                             municipality_code="853", languages=["fi"]))
            session.commit()
        headers = auth_headers(live_server, username)
        with db.session() as session:
            session.execute(sa.update(User).where(User.username == username)
                            .values(active=False))
            session.commit()
    finally:
        db.dispose()
    r = httpx.get(f"{live_server.url}/auth/me", headers=headers)
    assert r.status_code == 401
    assert r.json() == {"detail": "This user account is not active."}
    assert r.headers["WWW-Authenticate"] == "Bearer"
    r = httpx.get(f"{live_server.url}/auth/me")
    assert r.status_code == 401 and r.headers["WWW-Authenticate"] == "Bearer"
