"""Upgrading a database that already has history."""

from __future__ import annotations

import json

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


def test_old_region_wide_messages_are_readdressed_and_the_workstations_start_over(tmp_path):
    """Before 0011 a waiting contact's messages went to the whole region, and a chat's
    subject was the start of its first message: a fresh sync handed every counsellor every
    citizen's first words, identity codes included."""
    from server.sync.access import CITIZEN_ONLY

    hetu = "131052-308T"
    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    command.upgrade(alembic_config(engine), "0010")
    first = f"Hei, tunnukseni on {hetu} ja tarvitsen apua kotihoitoon, isäni ei pärjää yksin"
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO app_user (id, username, display_name, password_hash, role, active, "
            "languages, client_groups, version, created_at) VALUES ('u-anna', 'anna', 'Anna', 'x', "
            "'counsellor', 1, '[]', '[]', 1, '2026-01-01 00:00:00')"))
        conn.execute(text(
            "INSERT INTO contact (id, channel, status, language, priority, subject, "
            "citizen_name, created_at, accepted_by, version, topics, attempts, declined_by) "
            "VALUES (:id, 'chat', :status, 'fi', 0, :subject, 'X', '2026-01-05 10:00:00', "
            ":by, 1, '[]', '[]', '[]')"),
            [{"id": "c-handled", "status": "closed", "subject": first[:120], "by": "u-anna"},
             {"id": "c-waiting", "status": "waiting", "subject": first[:120], "by": None}])
        for seq, (entity, eid, group, data) in enumerate([
                ("contact", "c-handled", "c-handled", {"id": "c-handled", "subject": first}),
                ("chat_message", "m-1", "c-handled", {"id": "m-1", "text": first}),
                ("contact", "c-waiting", "c-waiting", {"id": "c-waiting", "subject": first}),
                ("chat_message", "m-2", "c-waiting", {"id": "m-2", "text": first})], start=1):
            conn.execute(text(
                "INSERT INTO change_log (seq, scope, entity, entity_id, version, op, data, "
                "municipality_code, audience_user_id, group_id, created_at) VALUES (:seq, "
                "'queue', :entity, :eid, 1, 'upsert', :data, '853', NULL, :group, "
                "'2026-01-05 10:00:00')"),
                {"seq": seq, "entity": entity, "eid": eid, "group": group,
                 "data": json.dumps(data)})
    command.upgrade(alembic_config(engine), "0011")   # (0013 moves the ended contact too)
    with engine.begin() as conn:
        rows = conn.execute(text("SELECT seq, entity, entity_id, audience_user_id, data "
                                 "FROM change_log ORDER BY seq")).all()
        horizon = conn.execute(text(
            "SELECT value FROM sync_meta WHERE key = 'tombstone_horizon'")).scalar()
        subjects = dict(conn.execute(text("SELECT id, subject FROM contact")).all())
    audience = {eid: who for _, entity, eid, who, _ in rows if entity == "chat_message"}
    assert audience == {"m-1": "u-anna", "m-2": CITIZEN_ONLY}, \
        "the handler keeps their own; a waiting contact's goes to nobody's workstation"
    assert hetu not in json.dumps([json.loads(r[4]) for r in rows if r[1] == "contact"])
    assert hetu not in json.dumps(subjects)
    assert [r[0] for r in rows] == sorted(r[0] for r in rows) and rows[0][1] == "contact"
    # Every cursor from before is behind the horizon: the workstations re-sync from zero,
    # dropping the copies they hold.
    assert int(horizon) == 5 and min(r[0] for r in rows) >= 5, rows


def test_ended_contacts_are_readdressed_to_their_handler_and_the_workstations_start_over(
        tmp_path):
    """Before 0013 every contact's row, ended ones included, went to the whole region: a
    fresh sync handed every counsellor every citizen's name there ever was."""
    from server.sync.access import CITIZEN_ONLY
    from tests.support.live_server import database_url_for, drop_pg_database

    url, pg_name = database_url_for(tmp_path)   # PostgreSQL in the PostgreSQL pass
    engine = create_engine(url)
    try:
        command.upgrade(alembic_config(engine), "0011")
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO app_user (id, username, display_name, password_hash, role, "
                "active, languages, client_groups, version, created_at) VALUES ('u-anna', "
                "'anna', 'Anna', 'x', 'counsellor', :yes, '[]', '[]', 1, "
                "'2026-01-01 00:00:00')"), {"yes": True})
            conn.execute(text(
                "INSERT INTO contact (id, channel, status, language, priority, subject, "
                "citizen_name, created_at, accepted_by, version, topics, attempts, "
                "declined_by) VALUES (:id, 'chat', :status, 'fi', 0, 's', :name, "
                "'2026-01-05 10:00:00', :by, 1, '[]', '[]', '[]')"),
                [{"id": "c-ended", "status": "closed", "name": "Kalle", "by": "u-anna"},
                 {"id": "c-dropped", "status": "closed", "name": "Leena", "by": None},
                 {"id": "c-open", "status": "accepted", "name": "Aino", "by": "u-anna"},
                 {"id": "c-waiting", "status": "waiting", "name": "Olli", "by": None}])
            for eid, status, by in [("c-ended", "waiting", None), ("c-open", "waiting", None),
                                    ("c-ended", "accepted", "u-anna"),
                                    ("c-dropped", "waiting", None),
                                    ("c-ended", "closed", "u-anna"),
                                    ("c-dropped", "closed", None),
                                    ("c-open", "accepted", "u-anna"),
                                    ("c-waiting", "waiting", None)]:
                conn.execute(text(
                    "INSERT INTO change_log (scope, entity, entity_id, version, op, data, "
                    "municipality_code, audience_user_id, group_id, created_at) VALUES "
                    "('queue', 'contact', :eid, 1, 'upsert', :data, '853', NULL, :eid, "
                    "'2026-01-05 10:00:00')"),
                    {"eid": eid, "data": json.dumps({"id": eid, "status": status,
                                                     "accepted_by": by})})
            # A message already addressed to its handler (0011) is left as it is.
            conn.execute(text(
                "INSERT INTO change_log (scope, entity, entity_id, version, op, data, "
                "municipality_code, audience_user_id, group_id, created_at) VALUES ('queue', "
                "'chat_message', 'm-1', 1, 'upsert', '{}', '853', 'u-anna', 'c-ended', "
                "'2026-01-05 10:00:00')"))
            head = conn.execute(text("SELECT max(seq) FROM change_log")).scalar()
        command.upgrade(alembic_config(engine), "0013")
        with engine.begin() as conn:
            rows = conn.execute(text("SELECT seq, entity, entity_id, audience_user_id, data "
                                     "FROM change_log ORDER BY seq")).all()
            horizon = conn.execute(text(
                "SELECT value FROM sync_meta WHERE key = 'tombstone_horizon'")).scalar()
    finally:
        engine.dispose()
        if pg_name:
            drop_pg_database(pg_name)

    def states(eid):
        return [(who, (d if isinstance(d, dict) else json.loads(d))["status"])
                for _, entity, e, who, d in rows if entity == "contact" and e == eid]

    assert states("c-ended") == [("u-anna", "waiting"), ("u-anna", "accepted"),
                                 ("u-anna", "closed")], "its handler's alone, in order"
    assert states("c-dropped") == [(CITIZEN_ONLY, "waiting"), (CITIZEN_ONLY, "closed")], \
        "nobody handled it: no workstation needs it"
    assert states("c-open") == [(None, "waiting"), (None, "accepted")], "the team view's"
    assert states("c-waiting") == [(None, "waiting")], "the queue's"
    assert [(r[1], r[3]) for r in rows if r[2] == "m-1"] == [("chat_message", "u-anna")]
    # Every cursor from before is behind the horizon: the workstations re-sync from zero,
    # dropping the copies they hold.
    assert int(horizon) == head + 1
    assert min(r[0] for r in rows if r[2] in ("c-ended", "c-dropped")) > head
