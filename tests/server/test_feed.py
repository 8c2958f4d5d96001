"""The shared change feed filters in memory what each stream may see: its rule must be
exactly the SQL rule the pull uses (access.visible), for any user and any row."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

import server.app  # noqa: F401  (registers every table)
from server.db import Base
from server.directory.models import User
from server.sync.access import CITIZEN_ONLY, scopes_for, visible
from server.sync.feed import visible_row
from server.sync.models import ChangeLogEntry

ROLES = ["counsellor", "walk_in_adviser", "professional", "supervisor", "administrator"]
CODES = st.sampled_from(["853", "734", "445", None])
rows_strategy = st.lists(st.tuples(
    st.sampled_from(["directory", "queue", "clients"]), CODES,
    # CITIZEN_ONLY: a waiting contact's messages, which no workstation receives.
    st.sampled_from([None, "u-me", "u-other", CITIZEN_ONLY])), min_size=1, max_size=30)


@pytest.fixture(scope="module")
def engine():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine, tables=[ChangeLogEntry.__table__])
    return engine


@settings(max_examples=150, deadline=None)
@given(role=st.sampled_from(ROLES), home=CODES, rows=rows_strategy)
def test_the_feed_and_the_database_agree_on_who_sees_what(engine, role, home, rows):
    user = User(id="u-me", username="me", display_name="Me", password_hash="x", role=role,
                municipality_code=home)
    scopes = scopes_for(user)
    with Session(engine) as session:
        session.query(ChangeLogEntry).delete()
        for n, (scope, code, audience) in enumerate(rows, start=1):
            session.add(ChangeLogEntry(seq=n, scope=scope, entity="contact", entity_id=f"e{n}",
                                       version=1, op="upsert", data={},
                                       municipality_code=code, audience_user_id=audience,
                                       group_id=None))
        session.flush()
        by_sql = set(session.scalars(select(ChangeLogEntry.seq).where(visible(user, scopes))))
        by_feed = {r.seq for r in session.scalars(select(ChangeLogEntry))
                   if visible_row(user, scopes, r)}
        session.rollback()
    assert by_feed == by_sql
    assert not any(audience == CITIZEN_ONLY for scope, code, audience in
                   (rows[seq - 1] for seq in by_sql)), "nobody's workstation gets those"


@settings(max_examples=100, deadline=None)
@given(rows=rows_strategy, users=st.lists(st.tuples(st.sampled_from(ROLES), CODES,
                                                   st.sampled_from(["u-me", "u-other"])),
                                         min_size=1, max_size=6))
def test_rendering_once_per_class_gives_each_reader_exactly_their_rows(rows, users):
    from server.sync.feed import ChangeFeed, FeedRow

    feed = ChangeFeed(db=None, notifier=None)  # type: ignore[arg-type]
    feed.base, feed.head = 0, len(rows)
    feed.rows.extend(FeedRow(seq=n, scope=scope, entity="contact", entity_id=f"e{n}",
                             op="upsert", data={}, municipality_code=code,
                             audience_user_id=audience, sse=f"[{n}]")
                     for n, (scope, code, audience) in enumerate(rows, start=1))
    for role, home, uid in users:   # several readers share the cache, in any order
        user = User(id=uid, username=uid, display_name=uid, password_hash="x", role=role,
                    municipality_code=home)
        scopes = scopes_for(user)
        text, last, _ = feed.render(user, scopes, 0)
        expected = "".join(r.sse for r in feed.rows if visible_row(user, scopes, r))
        assert text == expected.encode() and last == len(rows)
