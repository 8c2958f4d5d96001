"""The pull path made fast (benchmarks/first_sync.py) loses nothing: records come through
many pages (fetched ahead while the previous one is written) exactly as the server holds
them, every client read is still audited, and copies of server records are written
without an fsync while the counsellor's outbox keeps one."""

from __future__ import annotations

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event

import workstation.sync as sync_module
from tests.conftest import auth_headers
from tests.support.workstation import make_core
from workstation.contract import Change
from workstation.ids import new_id
from workstation.store import LocalStore

# Control characters (Cc) are left out: every edge removes them (workstation/text.py), so
# a title of controls alone is rightly refused; this test is about pages.
texts = st.text(st.characters(blacklist_categories=("Cs", "Cc")),
                min_size=1, max_size=60).filter(
    lambda t: t.strip())


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(replies=st.lists(st.tuples(texts, texts), min_size=1, max_size=6))
def test_records_arrive_over_many_pages_as_the_server_holds_them(live_server, tmp_path_factory,
                                                                  replies, monkeypatch):
    folder = tmp_path_factory.mktemp("ws")
    writer = make_core(live_server.url, "anna", folder / "writer", stream=False)
    team = writer.api.user.team_id
    saved = {}
    for title, text in replies:
        rid = new_id()
        writer.engine.record_local("canned_reply.save", {
            "id": rid, "team_id": team, "language": "fi", "title": title, "text": text})
        saved[rid] = (" ".join(title.split()), text.strip())
    writer.engine.push()
    gone = next(iter(saved))
    writer.engine.record_local("canned_reply.delete", {"id": gone})
    writer.engine.push()
    del saved[gone]

    # A new workstation pulls everything three records a page.
    monkeypatch.setattr(sync_module, "PULL_LIMIT", 3)
    reader = make_core(live_server.url, "anna", folder / "reader", stream=False)
    reader.engine.sync_once()
    for rid, (title, text) in saved.items():
        row = reader.store.get("canned_reply", rid)
        assert row is not None and (row["title"], row["text"]) == (title, text)
        assert row["active"] is True
    assert reader.store.get("canned_reply", gone)["active"] is False
    # The same as a one-page pull of the same scope.
    monkeypatch.setattr(sync_module, "PULL_LIMIT", 2000)
    whole = make_core(live_server.url, "anna", folder / "whole", stream=False)
    whole.engine.sync_once()
    for entity in ("canned_reply", "team", "user"):
        assert reader.store.all(entity) == whole.store.all(entity)
    for core in (writer, reader, whole):
        core.store.close()
        core.api.close()


def test_every_client_pulled_page_by_page_is_audited(live_server):
    anna = auth_headers(live_server, "anna")
    cursor, clients = 0, []
    while True:
        page = httpx.get(f"{live_server.url}/sync/pull", headers=anna,
                         params={"scope": "clients", "cursor": cursor, "limit": 4}).json()
        clients += [c["id"] for c in page["changes"] if c["entity"] == "client"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert len(clients) > 4
    supervisor = auth_headers(live_server, "paivi")
    for client_id in clients:
        log = httpx.get(f"{live_server.url}/clients/{client_id}/access-log",
                        headers=supervisor).json()
        assert ("Anna Virtanen", "sync") in {(r["user_name"], r["purpose"]) for r in log}


def test_server_records_skip_the_fsync_and_the_outbox_keeps_it(tmp_path):
    store = LocalStore(tmp_path / "s.sqlite")
    seen: dict[str, int] = {}

    @event.listens_for(store.engine, "before_cursor_execute")
    def note(conn, cursor, statement, parameters, context, executemany):
        for table in ("records", "outbox"):
            if statement.lstrip().startswith(f"INSERT INTO {table}"):
                raw = conn.connection.dbapi_connection
                seen[table] = raw.execute("PRAGMA synchronous").fetchone()[0]

    store.apply_changes([Change(seq=1, entity="client", id="c1", version=1, op="upsert",
                                data={"id": "c1", "first_name": "Åke"})],
                        scope="clients", next_cursor=1)
    store.record_local("client.viewed", {"client_id": "c1"})
    assert seen == {"records": 1, "outbox": 2}   # NORMAL, FULL
    assert store.get("client", "c1")["first_name"] == "Åke"
    store.close()
