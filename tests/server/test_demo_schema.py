"""The demo's embedded server makes its throw-away database from the models at once
(server/embedded.py) instead of replaying the migrations: the two must be the same."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

import server.app  # noqa: F401  (registers every table)
from server.db import Base
from server.migrate import alembic_config


def test_the_models_make_the_schema_the_migrations_make(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.sqlite'}")
    command.upgrade(alembic_config(engine), "head")
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    engine.dispose()


def test_the_demo_server_answers_with_its_demo_data():
    import httpx

    from server.embedded import start_embedded_server

    server = start_embedded_server()
    try:
        r = httpx.post(f"{server.url}/auth/login", json={"username": "anna", "password": "demo"})
        assert r.status_code == 200
        token = r.json()["access_token"]
        page = httpx.get(f"{server.url}/sync/pull", params={"scope": "clients"},
                         headers={"Authorization": f"Bearer {token}"}).json()
        assert any(c["entity"] == "client" for c in page["changes"])
    finally:
        server.stop()
