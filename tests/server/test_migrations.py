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
