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
