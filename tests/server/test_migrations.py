"""Upgrading a database that already has history."""

from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine, text

import server.app  # noqa: F401  (registers every table)
from server.migrate import alembic_config


def test_contacts_that_ended_before_wrap_ups_existed_need_no_wrap_up(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    command.upgrade(alembic_config(engine), "0002")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO contact (id, channel, status, language, client_group, priority, "
            "subject, citizen_name, created_at, closed_at, version) VALUES "
            "('c-old', 'chat', 'closed', 'fi', 'older_people', 0, 'old', 'X', "
            "'2026-01-05 10:00:00', '2026-01-05 10:10:00', 1), "
            "('c-open', 'chat', 'waiting', 'fi', 'older_people', 0, 'new', 'Y', "
            "'2026-01-05 11:00:00', NULL, 1)"))
    command.upgrade(alembic_config(engine), "head")
    with engine.begin() as conn:
        rows = dict(conn.execute(text("SELECT id, wrapped_up_at FROM contact")).all())
    assert rows["c-old"] is not None, "history is not a pile of wrap-ups to do"
    assert rows["c-open"] is None


def test_server_processes_started_at_once_on_postgresql_migrate_one_at_a_time():
    """A rolling deploy starts several processes against one empty database: without the
    migration lock two of them create the same tables and one fails."""
    import subprocess
    import sys

    import pytest

    from tests.support.live_server import ROOT, create_pg_database, drop_pg_database

    try:
        name, url = create_pg_database()
    except Exception as exc:  # noqa: BLE001  (no PostgreSQL on this machine)
        pytest.skip(f"PostgreSQL not reachable: {exc}")
    try:
        starts = [subprocess.Popen(
            [sys.executable, "-c", "import sys; from server.migrate import upgrade; "
             "from sqlalchemy import create_engine; upgrade(create_engine(sys.argv[1]))",
             url], cwd=ROOT, stderr=subprocess.PIPE, text=True) for _ in range(3)]
        results = [(p.wait(timeout=120), p.stderr.read() if p.stderr else "")
                   for p in starts]
        assert [code for code, _ in results] == [0, 0, 0], results
        engine = create_engine(url)
        with engine.connect() as conn:
            head = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        engine.dispose()
        from alembic.script import ScriptDirectory

        assert head == ScriptDirectory.from_config(alembic_config()).get_current_head()
    finally:
        drop_pg_database(name)


def test_a_sqlite_database_with_contacts_and_messages_upgrades_as_the_server_opens_it(
        tmp_path):
    """The server's own connections have foreign keys on; changing a column copies the
    table, which they would refuse while messages point at a contact."""
    from server.db import make_engine
    from server.migrate import upgrade

    url = f"sqlite:///{tmp_path / 'kept.sqlite'}"
    old = create_engine(url)
    command.upgrade(alembic_config(old), "0008")
    with old.begin() as conn:
        conn.execute(text(
            "INSERT INTO contact (id, channel, status, language, client_group, priority, "
            "subject, citizen_name, created_at, version) VALUES "
            "('c1', 'chat', 'waiting', 'fi', 'older_people', 0, 's', 'X', "
            "'2026-11-20 10:00:00', 1)"))
        conn.execute(text(
            "INSERT INTO chat_message (id, contact_id, sender, author_name, text, created_at, "
            "delivery_attempts, version) VALUES ('m1', 'c1', 'citizen', 'X', 'hei', "
            "'2026-11-20 10:00:00', 0, 1)"))
    old.dispose()
    engine = make_engine(url)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM chat_message")).scalar() == 1
            assert conn.execute(text(
                "SELECT client_group FROM contact WHERE id = 'c1'")).scalar() == "older_people"
    finally:
        engine.dispose()
