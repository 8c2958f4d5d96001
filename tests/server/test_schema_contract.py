"""The published OpenAPI schema is the contract: Schemathesis generates requests from it
(valid and invalid) against the real server and fails on any 5xx, and on any answer whose
status, content type, headers or body the schema does not declare.

Every operation but the two event streams (they never end) is run, authenticated as a
supervisor (the role that reaches the most routes) with the telephony shared secret.
Bounded and derandomized: the same cases every run, so CI is stable.

The operations are known when pytest collects, before any server runs: the schema is built
in-process from the application, and the first test checks that the running server
publishes exactly that schema. (Schemathesis' fixture-based loader does not work with
pytest 9: it sets a node attribute pytest no longer has.)"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import httpx
import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig

from server.app import create_app
from server.config import Settings
from tests.conftest import auth_headers
from tests.support.live_server import TELEPHONY_SECRET, launch, use_postgres

# PostgreSQL (CI's `make test-postgres` pass) runs the full bound; SQLite a tenth of it, so
# `make test` stays quick and still sees SQLite's own paths (the batched push).
FUZZ_EXAMPLES = int(os.environ.get("NEUVO_SCHEMA_EXAMPLES", 60 if use_postgres() else 6))
CHECKS = ("not_a_server_error", "status_code_conformance", "content_type_conformance",
          "response_schema_conformance", "response_headers_conformance")
SEED = 20240611


def _published_schema() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(Settings(database_url=f"sqlite:///{Path(tmp) / 'schema.sqlite'}",
                                  data_dir=Path(tmp)), migrate=False)
        document = app.openapi()
        app.state.db.dispose()
    return document


DOCUMENT = _published_schema()
schema = schemathesis.openapi.from_dict(DOCUMENT, config=SchemathesisConfig.from_dict({
    "seed": SEED,
    "generation": {"max-examples": FUZZ_EXAMPLES, "deterministic": True, "database": "none"},
    "checks": {"enabled": False} | {name: {"enabled": True} for name in CHECKS},
    "phases": {"stateful": {"enabled": False}},
})).exclude(path="/events").exclude(path_regex=r"/stream$")


@pytest.fixture(scope="module")
def contract_server(tmp_path_factory):
    """Of its own: the run starts chats and callback requests and pushes changes."""
    server = launch(tmp_path_factory.mktemp("contract-server"))
    yield server
    server.cleanup()


@pytest.fixture(scope="module")
def contract_headers(contract_server) -> dict:
    return auth_headers(contract_server, "paivi") | {"X-Telephony-Secret": TELEPHONY_SECRET}


def test_the_server_publishes_the_schema_under_test(contract_server):
    served = httpx.get(f"{contract_server.url}/openapi.json", timeout=30).json()
    assert served == DOCUMENT


@schema.parametrize()
def test_the_server_answers_as_its_schema_says(case, contract_server, contract_headers):
    case.call_and_validate(base_url=contract_server.url, headers=contract_headers,
                           timeout=30)


def test_the_schema_declares_the_errors_each_kind_of_route_answers():
    assert "HTTPValidationError" not in str(DOCUMENT)   # FastAPI's list-shaped 422
    operations = [(f"{method.upper()} {path}", op)
                  for path, ops in DOCUMENT["paths"].items() for method, op in ops.items()]
    for name, op in operations:
        responses = op["responses"]
        roles = [r for req in op.get("security", []) for r in req.get("bearer", [])]
        if op.get("security"):
            assert responses["401"]["headers"]["WWW-Authenticate"]["required"], name
        if roles:
            assert "403" in responses, name
        if op.get("parameters") or op.get("requestBody"):
            assert responses["422"]["content"]["application/json"]["schema"] == {
                "$ref": "#/components/schemas/ValidationErrorBody"}, name
        if op.get("requestBody"):
            assert "413" in responses, name
    streams = {name: op for name, op in operations
               if name in ("GET /events", "GET /api/public/chats/{chat_id}/stream")}
    assert len(streams) == 2
    for op in streams.values():
        assert list(op["responses"]["200"]["content"]) == ["text/event-stream"]
    access_log = DOCUMENT["paths"]["/clients/{client_id}/access-log"]["get"]
    assert access_log["security"] == [{"bearer": ["administrator", "supervisor"]}]
