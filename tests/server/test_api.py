"""The central server over real HTTP: health, errors, login, roles and audit."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import auth_headers, login
from tests.support.live_server import launch


def test_health_reports_version_and_database(live_server):
    body = httpx.get(f"{live_server.url}/health").json()
    assert body["status"] == "ok"
    assert body["database"] == "ok"
    assert body["version"]


def test_openapi_lists_the_sync_endpoints(live_server):
    paths = httpx.get(f"{live_server.url}/openapi.json").json()["paths"]
    for path in ("/sync/push", "/sync/pull", "/events", "/auth/login", "/api/public/chats"):
        assert path in paths


def test_region_has_27_municipalities_with_swedish_names(live_server):
    rows = httpx.get(f"{live_server.url}/api/public/municipalities").json()
    assert len(rows) == 27
    by_code = {r["code"]: r for r in rows}
    assert by_code["853"]["name_sv"] == "Åbo"
    assert by_code["445"]["name_fi"] == "Parainen" and "sv" in by_code["445"]["languages"]


def test_wrong_password_and_unknown_user_get_the_same_answer(live_server):
    a = httpx.post(f"{live_server.url}/auth/login", json={"username": "mikko", "password": "x"})
    b = httpx.post(f"{live_server.url}/auth/login",
                   json={"username": "nobody-here", "password": "x"})
    assert a.status_code == b.status_code == 401
    assert a.json()["detail"] == b.json()["detail"]


@pytest.fixture(scope="module")
def throttle_server(tmp_path_factory):
    """A server of its own for the throttling tests, which lock users out (liisa, erik;
    each test its own user, so they share it)."""
    server = launch(tmp_path_factory.mktemp("throttle"))
    yield server
    server.cleanup()


def test_repeated_failures_are_slowed_down(throttle_server):
    url = f"{throttle_server.url}/auth/login"
    codes = [httpx.post(url, json={"username": "liisa", "password": "bad"}).status_code
             for _ in range(5)]
    assert codes[:3] == [401, 401, 401]
    assert 429 in codes[3:]
    r = httpx.post(url, json={"username": "liisa", "password": "demo"})
    assert r.status_code == 429, "even the right password waits out the delay"
    padded = httpx.post(url, json={"username": " LIISA ", "password": "demo"})
    assert padded.status_code == 429, "spaces or case do not get around the delay"
    assert int(r.headers["Retry-After"]) >= 1
    # Other users are not locked out by liisa's failures.
    assert httpx.post(url, json={"username": "anna", "password": "demo"}).status_code == 200


def test_refresh_token_rotates_and_reuse_revokes_the_family(live_server):
    first = login(live_server, "erik")
    r = httpx.post(f"{live_server.url}/auth/refresh",
                   json={"refresh_token": first["refresh_token"]})
    assert r.status_code == 200
    second = r.json()
    assert second["refresh_token"] != first["refresh_token"]
    reuse = httpx.post(f"{live_server.url}/auth/refresh",
                       json={"refresh_token": first["refresh_token"]})
    assert reuse.status_code == 401
    # The stolen-token detection revoked the newer token too.
    after = httpx.post(f"{live_server.url}/auth/refresh",
                       json={"refresh_token": second["refresh_token"]})
    assert after.status_code == 401


def test_requests_without_a_valid_token_are_refused(live_server):
    assert httpx.get(f"{live_server.url}/sync/pull?scope=queue").status_code == 401
    bad = {"Authorization": "Bearer not.a.token"}
    assert httpx.get(f"{live_server.url}/sync/pull?scope=queue", headers=bad).status_code == 401


@pytest.mark.parametrize("body", [b"\xff\xfe{", b"{not json", b"[]", b'{"client_id": 5}'])
def test_malformed_push_gets_a_4xx_with_a_message(live_server, body):
    r = httpx.post(f"{live_server.url}/sync/push", content=body,
                   headers=auth_headers(live_server, "anna") | {"content-type": "application/json"})
    assert 400 <= r.status_code < 500
    assert isinstance(r.json()["detail"], str) and r.json()["detail"]


def test_professional_may_not_read_the_queue(live_server):
    r = httpx.get(f"{live_server.url}/sync/pull?scope=queue",
                  headers=auth_headers(live_server, "helena"))
    assert r.status_code == 403


def test_unknown_scope_is_a_clear_422(live_server):
    r = httpx.get(f"{live_server.url}/sync/pull?scope=secrets",
                  headers=auth_headers(live_server, "anna"))
    assert r.status_code == 422 and "scope" in r.json()["detail"]


def test_client_records_follow_need_to_know_and_every_read_is_audited(live_server):
    anna = auth_headers(live_server, "anna")  # Turku
    liisa = auth_headers(live_server, "liisa")  # Salo
    pulled = httpx.get(f"{live_server.url}/sync/pull?scope=clients&limit=2000",
                       headers=anna).json()
    clients = [c for c in pulled["changes"] if c["entity"] == "client"]
    assert clients and all(c["data"]["municipality_code"] == "853" for c in clients)
    turku_client = clients[0]["id"]
    assert httpx.get(f"{live_server.url}/clients/{turku_client}", headers=liisa).status_code == 403
    r = httpx.get(f"{live_server.url}/clients/{turku_client}?purpose=call", headers=anna)
    assert r.status_code == 200 and "relatives" in r.json()
    # Counsellors may not read the access log; the supervisor may, and sees both reads.
    assert httpx.get(f"{live_server.url}/clients/{turku_client}/access-log",
                     headers=anna).status_code == 403
    log = httpx.get(f"{live_server.url}/clients/{turku_client}/access-log",
                    headers=auth_headers(live_server, "paivi")).json()
    purposes = {(row["user_name"], row["purpose"]) for row in log}
    assert ("Anna Virtanen", "call") in purposes
    assert ("Anna Virtanen", "sync") in purposes


def test_a_quiet_stream_gets_heartbeats_even_while_others_are_busy(tmp_path):
    """A professional's /events carries nothing of the queue, but the queue's traffic wakes
    every stream; the heartbeat must still come, or the workstation thinks it is dead."""
    import threading
    import time

    from tests.support.live_server import launch
    from tests.support.workstation import start_citizen_chat

    server = launch(tmp_path / "hb", extra_env={"NEUVO_HEARTBEAT_SECONDS": "1"})
    try:
        headers = auth_headers(server, "helena")
        stop = threading.Event()

        def busy():
            while not stop.is_set():
                start_citizen_chat(server.url, "kiire")
                time.sleep(0.2)

        traffic = threading.Thread(target=busy, daemon=True)
        traffic.start()
        pings = []
        started = time.monotonic()
        with httpx.stream("GET", f"{server.url}/events", headers=headers,
                          timeout=httpx.Timeout(5, read=5)) as r:
            for line in r.iter_lines():
                if line.startswith(": ping"):
                    pings.append(time.monotonic() - started)
                    if len(pings) == 2:
                        break
        stop.set()
        traffic.join(10)   # its last chat finishes before the server goes
        assert pings[1] < 4, pings
    finally:
        stop.set()
        server.cleanup()


def test_an_oversized_body_is_refused_with_a_clear_error_chunked_or_not(live_server):
    big = b'{"text": "' + b"x" * (3 * 1024 * 1024) + b'"}'
    r = httpx.post(f"{live_server.url}/api/public/chats", content=big,
                   headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and "too large" in r.json()["detail"]

    def chunks():  # no Content-Length: the server counts as it reads
        for i in range(0, len(big), 65536):
            yield big[i:i + 65536]

    r = httpx.post(f"{live_server.url}/api/public/chats", content=chunks(),
                   headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and "too large" in r.json()["detail"]
    assert httpx.get(f"{live_server.url}/health").status_code == 200


def test_create_user_puts_a_counsellor_in_a_team_with_client_groups(live_server):
    import subprocess
    import sys

    from tests.support.live_server import ROOT

    def create(*extra: str) -> subprocess.CompletedProcess:
        # No controlling terminal: getpass reads the password from stdin.
        return subprocess.run(
            [sys.executable, "-m", "server", "create-user", "kaisa", "--role", "counsellor",
             "--name", "Kaisa Koski", "--municipality", "853", "--languages", "fi,sv",
             "--database-url", live_server.database_url, *extra],
            input="salasana-123\n", text=True, capture_output=True, cwd=ROOT,
            env=live_server.env(), start_new_session=True, timeout=60)

    refused = create("--team", "No such team")
    assert refused.returncode == 2 and "No team called" in refused.stderr
    refused = create("--team", "Varsinais-Suomen asiakasohjaus", "--client-groups", "pets")
    assert refused.returncode == 2 and "--client-groups takes" in refused.stderr
    done = create("--team", "Varsinais-Suomen asiakasohjaus", "--client-groups", "families")
    assert done.returncode == 0, done.stderr
    r = httpx.post(f"{live_server.url}/auth/login",
                   json={"username": "kaisa", "password": "salasana-123"})
    assert r.status_code == 200 and r.json()["user"]["team_id"]
    users = httpx.get(f"{live_server.url}/sync/pull", params={"scope": "directory",
                                                              "limit": 2000},
                      headers={"Authorization": f"Bearer {r.json()['access_token']}"}).json()
    kaisa = next(c["data"] for c in users["changes"] if c["entity"] == "user"
                 and c["data"] and c["data"]["username"] == "kaisa")
    assert kaisa["client_groups"] == ["families"] and kaisa["languages"] == ["fi", "sv"]


def test_the_admin_commands_refuse_bad_input_with_a_message_and_no_traceback(live_server):
    import subprocess
    import sys

    from tests.support.live_server import ROOT

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "server", *args, "--database-url", live_server.database_url],
            input=stdin, text=True, capture_output=True, cwd=ROOT, env=live_server.env(),
            start_new_session=True, timeout=60)

    taken = run("create-user", "anna", "--role", "counsellor", "--name", "Anna")
    assert taken.returncode == 2 and "already exists" in taken.stderr
    assert "Password" not in taken.stderr, "refused before the password is asked"
    for command in (["add-service-line", "+358 2 262 6999", "--name", "Testilinja",
                     "--language", "fi", "--municipality", "999"],
                    ["add-mail-address", "testi@turku.fi", "--name", "Testi", "--language",
                     "fi", "--municipality", "999"]):
        refused = run(*command)
        assert refused.returncode == 2 and "Unknown municipality code '999'" in refused.stderr
        assert "Traceback" not in refused.stderr
    for address in ("Neuvonta <neuvonta@turku.fi>", "neuvonta", "neuvonta@turku"):
        refused = run("add-mail-address", address, "--name", "Neuvonta", "--language", "fi")
        assert refused.returncode == 2 and "not a mail address" in refused.stderr, address
    done = run("add-mail-address", "neuvonta-testi@turku.fi", "--name", "Neuvonta",
               "--language", "fi", "--municipality", "853")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Mail address neuvonta-testi@turku.fi: Neuvonta (fi)"
    assert "alembic" not in done.stderr.lower(), "one line of result, no migration chatter"


def test_a_push_reports_what_each_mutation_wrote(live_server):
    """The client keeps its optimistic edit on screen until it holds these versions; a
    mutation reported as a no-op would be dropped from the screen at once."""
    headers = auth_headers(live_server, "sari")

    def push(mutation_id: int, state: str) -> dict:
        r = httpx.post(f"{live_server.url}/sync/push", headers=headers, json={
            "client_id": "versions-test", "mutations": [
                {"mutation_id": mutation_id, "name": "presence.set", "args": {"state": state}}]})
        assert r.status_code == 200, r.text
        return r.json()["results"][0]

    me = httpx.get(f"{live_server.url}/auth/me", headers=headers).json()["id"]
    first = push(1, "away")
    second = push(2, "available")
    assert second["status"] == "applied" and second["changed"] is True
    written = {(e, i): v for e, i, v in second["versions"]}
    assert ("presence", me) in written
    if first["changed"]:
        assert written[("presence", me)] > dict(
            ((e, i), v) for e, i, v in first["versions"])[("presence", me)]
    again = push(3, "available")          # already so: nothing written
    assert again["changed"] is False and again["versions"] == []


def test_wrong_logins_sent_in_parallel_are_throttled_like_one_after_another(throttle_server):
    """The password check runs outside the write transaction; the failure count must still
    stop a burst of guesses sent at once, and no guess may end in a server error."""
    from concurrent.futures import ThreadPoolExecutor

    def guess(n: int) -> int:
        return httpx.post(f"{throttle_server.url}/auth/login", timeout=30,
                          json={"username": "erik", "password": f"arvaus-{n}"}).status_code

    with ThreadPoolExecutor(12) as pool:
        statuses = list(pool.map(guess, range(12)))
    assert set(statuses) <= {401, 429}, statuses
    # Three free failures, then the account is locked for a while (server.config).
    assert statuses.count(401) <= 4 and statuses.count(429) >= 8, statuses


def test_a_server_with_open_event_streams_stops_promptly(tmp_path):
    """A stop (SIGTERM, a restart) must not wait for every workstation to hang up: the
    streams end cleanly and the workstations reconnect."""
    import threading
    import time

    from server.config import SHUTDOWN_GRACE_SECONDS
    from tests.support.live_server import launch

    server = launch(tmp_path / "stop")
    ended = threading.Event()

    def hold() -> None:
        try:
            with httpx.stream("GET", f"{server.url}/events",
                              headers=auth_headers(server, "anna"), timeout=60) as r:
                for _ in r.iter_lines():
                    pass
        except httpx.HTTPError:
            pass
        ended.set()

    threading.Thread(target=hold, daemon=True).start()
    time.sleep(0.5)
    log = server.log_path
    started = time.monotonic()
    server.cleanup()
    # The streams end their responses at once; the grace period is for requests.
    assert time.monotonic() - started < SHUTDOWN_GRACE_SECONDS
    assert ended.wait(5), "the stream was closed, so the workstation reconnects"
    assert "graceful shutdown exceeded" not in log.read_text(), "no stream had to be cut"
