"""F2 with nothing offered takes what the router would offer: a callback waits for its
window, a handover to another team is theirs, client groups and languages count as the
supervisor last set them, and the most urgent goes first."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.contract import Change, UserInfo
from workstation.queue import usecases
from workstation.queue.routing import Agent, effective_priority
from workstation.store import LocalStore

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
ME = UserInfo(id="me", username="me", display_name="Me", role="counsellor",
              municipality_code="853", team_id="t1", languages=["fi"])
seqs = itertools.count(1)


def at(minutes: int) -> str:
    return (NOW + timedelta(minutes=minutes)).isoformat()


def store_with(tmp_path, contacts: list[dict], me: dict | None = None) -> LocalStore:
    store = LocalStore(tmp_path / "w.sqlite")
    changes = [Change(seq=next(seqs), entity="contact", id=c["id"], version=1, op="upsert",
                      data={"status": "waiting", "language": "fi", "priority": 0,
                            "client_group": "older_people", "created_at": at(-10), **c})
               for c in contacts]
    changes.append(Change(seq=next(seqs), entity="user", id="me", version=1, op="upsert",
                          data={"id": "me", "languages": ["fi"], "client_groups": [],
                                "team_id": "t1", **(me or {})}))
    store.apply_changes(changes)
    return store


def test_a_callback_is_not_taken_before_its_window_opens(tmp_path):
    store = store_with(tmp_path, [
        {"id": "later", "channel": "callback", "created_at": at(-60), "window_start": at(120),
         "due_at": at(180)},
        {"id": "chat", "channel": "chat", "created_at": at(-1)}])
    try:
        assert usecases.next_waiting(store, ME, NOW)["id"] == "chat"
        assert usecases.next_waiting(store, ME, NOW + timedelta(minutes=121))["id"] == "later"
    finally:
        store.close()


def test_another_teams_handover_and_contacts_offered_to_others_are_left_alone(tmp_path):
    store = store_with(tmp_path, [
        {"id": "theirs", "team_id": "t2", "created_at": at(-30)},
        {"id": "offered", "offered_to": "someone", "created_at": at(-20)},
        {"id": "ours", "team_id": "t1", "created_at": at(-5)}])
    try:
        assert usecases.next_waiting(store, ME, NOW)["id"] == "ours"
    finally:
        store.close()


def test_skills_count_as_the_supervisor_last_set_them(tmp_path):
    store = store_with(tmp_path, [
        {"id": "swedish", "language": "sv", "created_at": at(-30)},
        {"id": "family", "client_group": "families", "created_at": at(-20)},
        {"id": "older", "created_at": at(-5)}],
        me={"languages": ["fi", "sv"], "client_groups": ["older_people"]})
    try:
        # Swedish was added after the login (ME.languages says fi only); families is not
        # one of my groups.
        assert usecases.next_waiting(store, ME, NOW)["id"] == "swedish"
    finally:
        store.close()


def test_nothing_to_take_is_none(tmp_path):
    store = store_with(tmp_path, [{"id": "sv", "language": "sv"}])
    try:
        assert usecases.next_waiting(store, ME, NOW) is None
    finally:
        store.close()


waiting_contact = st.fixed_dictionaries({
    "language": st.sampled_from(["fi", "sv"]),
    "priority": st.integers(0, 2),
    "created_at": st.integers(-120, 0).map(at),
    "municipality_code": st.sampled_from(["853", "734", None]),
    "client_group": st.sampled_from(["older_people", "families"]),
    "team_id": st.sampled_from([None, None, "t1", "t2"]),
    "window_start": st.sampled_from([None, None, at(-30), at(30)]),
    "due_at": st.sampled_from([None, at(5), at(60)]),
    "offered_to": st.sampled_from([None, None, None, "someone"]),
})


@settings(max_examples=80, deadline=None)
@given(st.lists(waiting_contact, max_size=10),
       st.sampled_from([[], ["older_people"], ["families"]]))
def test_the_pick_is_takeable_and_nothing_takeable_is_more_urgent(tmp_path_factory, rows,
                                                                 groups):
    """Checked against the rules themselves, not against the function's own ordering."""
    store = store_with(tmp_path_factory.mktemp("pick"),
                       [{"id": f"c{i}", **row} for i, row in enumerate(rows)],
                       me={"client_groups": groups})
    try:
        picked = usecases.next_waiting(store, ME, NOW)
        agent = Agent(id="me", languages=frozenset(["fi"]), municipality_code="853",
                      client_groups=frozenset(groups), team_id="t1")

        def takeable(c: dict) -> bool:
            w = usecases._as_waiting(c)
            return not c.get("offered_to") and w is not None and agent.can_take(w, NOW)

        all_takeable = [c for c in usecases.waiting_contacts(store) if takeable(c)]
        if picked is None:
            assert all_takeable == []
            return
        assert takeable(picked)
        mine = usecases._as_waiting(picked)
        assert mine is not None
        top = max(effective_priority(usecases._as_waiting(c), NOW) for c in all_takeable)
        assert effective_priority(mine, NOW) == top, "nothing takeable is more urgent"
        same = [c for c in all_takeable
                if effective_priority(usecases._as_waiting(c), NOW) == top]
        if any(c.get("municipality_code") == "853" for c in same):
            assert picked.get("municipality_code") == "853", "home municipality first"
    finally:
        store.close()


@pytest.mark.parametrize("bad", [{"created_at": None}, {"created_at": "yesterday"},
                                 {"language": None}])
def test_a_damaged_record_is_skipped_not_a_crash(tmp_path, bad):
    store = store_with(tmp_path, [{"id": "bad", **bad}, {"id": "good"}])
    try:
        assert usecases.next_waiting(store, ME, NOW)["id"] == "good"
    finally:
        store.close()
