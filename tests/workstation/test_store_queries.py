"""The local store's typed queries answer what their names say, over records with and
without a local edit on top; callers never hand the store SQL."""

from __future__ import annotations

import inspect
import itertools
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.chat import usecases as chat
from workstation.contract import Change, UserInfo
from workstation.store import LocalStore
from workstation.walkin import usecases as walkin

seqs = itertools.count(1)
ME = UserInfo(id="me", username="me", display_name="Me", role="counsellor", team_id="t1")


def _store(tmp_path_factory) -> LocalStore:
    return LocalStore(tmp_path_factory.mktemp("q") / "w.sqlite")


def _put(store: LocalStore, entity: str, rows: list[dict]) -> None:
    if rows:
        store.apply_changes([Change(seq=next(seqs), entity=entity, id=r["id"], version=1,
                                    op="upsert", data=r) for r in rows])


def test_no_public_read_takes_sql():
    """The reads take names and values only: no where, order or SQL parameter."""
    for name, method in inspect.getmembers(LocalStore, inspect.isfunction):
        if name.startswith("_"):
            continue
        params = set(inspect.signature(method).parameters)
        assert not params & {"where", "order", "sql", "params"}, name


message = st.fixed_dictionaries({
    "contact_id": st.sampled_from(["a", "b", "c"]),
    "created_at": st.sampled_from([f"2026-11-24T08:{m:02d}:00+00:00" for m in range(4)]),
    "text": st.text(max_size=5),
})


@settings(max_examples=40, deadline=None)
@given(st.lists(message, max_size=10), st.booleans())
def test_messages_of_a_contact_and_of_a_mail_thread(tmp_path_factory, rows, threaded):
    store = _store(tmp_path_factory)
    try:
        _put(store, "contact", [{"id": "a", "thread_id": "T" if threaded else None},
                                {"id": "b", "thread_id": "T"}, {"id": "c"}])
        _put(store, "chat_message", [{"id": f"m{i}", **r} for i, r in enumerate(rows)])
        # An unsent local message of contact a.
        store.record_local("chat.send", {}, [("chat_message", "local", {
            "id": "local", "contact_id": "a", "created_at": "2026-11-24T08:01:30+00:00",
            "text": "x"})])
        everything = [*[{"id": f"m{i}", **r} for i, r in enumerate(rows)],
                      {"id": "local", "contact_id": "a",
                       "created_at": "2026-11-24T08:01:30+00:00"}]
        of = {"a", "b"} if threaded else {"a"}
        expected = sorted((m for m in everything if m["contact_id"] in of),
                          key=lambda m: (m["created_at"], m["id"]))
        got = chat.chat_messages(store, "a")
        assert [m["id"] for m in got] == [m["id"] for m in expected]
        assert [m["_pending"] for m in got] == [m["id"] == "local" for m in expected]
        # A cache gives the same answer, with unchanged rows as the same objects.
        cache: dict = {}
        first = chat.chat_messages(store, "a", cache)
        again = chat.chat_messages(store, "a", cache)
        assert [m["id"] for m in again] == [m["id"] for m in got]
        assert all(x is y for x, y in zip(first, again, strict=True))
    finally:
        store.close()


def test_offers_canned_replies_and_appointments(tmp_path_factory):
    store = _store(tmp_path_factory)
    try:
        _put(store, "contact", [
            {"id": "o2", "status": "waiting", "offered_to": "me", "offered_at": "2"},
            {"id": "o1", "status": "waiting", "offered_to": "me", "offered_at": "1"},
            {"id": "x", "status": "accepted", "offered_to": "me", "offered_at": "0"},
            {"id": "y", "status": "waiting", "offered_to": "other", "offered_at": "0"}])
        assert [c["id"] for c in store.offers_to("me")] == ["o1", "o2"]
        _put(store, "canned_reply", [
            {"id": "r1", "team_id": "t1", "language": "sv", "title": "B", "active": True},
            {"id": "r2", "team_id": "t1", "language": "fi", "title": "Z", "active": True},
            {"id": "r3", "team_id": "t1", "language": "fi", "title": "A", "active": True},
            {"id": "r4", "team_id": "t1", "language": "fi", "title": "C", "active": False},
            {"id": "r5", "team_id": "t2", "language": "fi", "title": "D", "active": True}])
        assert [r["id"] for r in store.canned_replies("t1")] == ["r3", "r2", "r1"]
        assert [r["id"] for r in store.canned_replies("t1", "sv")] == ["r1"]
        _put(store, "appointment", [
            {"id": "p2", "guidance_point_id": "g", "starts_at": "2026-11-24T10:00:00+00:00"},
            {"id": "p1", "guidance_point_id": "g", "starts_at": "2026-11-24T09:00:00+00:00"},
            {"id": "p3", "guidance_point_id": "g", "starts_at": "2026-11-25T09:00:00+00:00"},
            {"id": "q", "guidance_point_id": "h", "starts_at": "2026-11-24T09:00:00+00:00"}])
        day = datetime(2026, 11, 24, tzinfo=UTC), datetime(2026, 11, 25, tzinfo=UTC)
        assert [a["id"] for a in walkin.appointments_on(store, "g", *day)] == ["p1", "p2"]
    finally:
        store.close()


def test_the_citizens_typing_shows_for_six_seconds(tmp_path_factory):
    store = _store(tmp_path_factory)
    try:
        assert chat.citizen_typing_until(store, "a") is None
        _put(store, "typing", [{"id": "a", "citizen_at": "2026-11-24T08:00:00+00:00"},
                               {"id": "b", "citizen_at": "not a time"}])
        until = chat.citizen_typing_until(store, "a")
        assert until == datetime(2026, 11, 24, 8, 0, 6, tzinfo=UTC)
        assert chat.citizen_is_typing(store, "a", until.replace(second=5))
        assert not chat.citizen_is_typing(store, "a", until)
        assert chat.citizen_typing_until(store, "b") is None, "unreadable: not shown"
    finally:
        store.close()
