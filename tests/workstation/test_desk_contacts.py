"""The queue view's one-pass read agrees with the three questions it replaces."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.contract import Change, UserInfo
from workstation.queue import usecases
from workstation.store import LocalStore

ME = UserInfo(id="me", username="me", display_name="Me", role="counsellor")
seqs = itertools.count(1)

contact = st.fixed_dictionaries({
    "status": st.sampled_from(["waiting", "accepted", "closed"]),
    "accepted_by": st.sampled_from([None, "me", "other"]),
    "wrapped_up_at": st.sampled_from([None, "2026-11-24T09:00:00+00:00"]),
    "priority": st.integers(0, 3),
    "created_at": st.sampled_from([f"2026-11-24T08:{m:02d}:00+00:00" for m in range(5)]),
    "accepted_at": st.sampled_from([None, "2026-11-24T08:30:00+00:00",
                                    "2026-11-24T08:40:00+00:00"]),
    "closed_at": st.sampled_from([None, "2026-11-24T08:50:00+00:00",
                                  "2026-11-24T08:55:00+00:00"]),
})


@settings(max_examples=60, deadline=None)
@given(st.lists(contact, max_size=12))
def test_one_pass_gives_the_queue_and_my_contacts_like_three_reads(tmp_path_factory, rows):
    store = LocalStore(tmp_path_factory.mktemp("desk") / "w.sqlite")
    try:
        changes = [Change(seq=next(seqs), entity="contact", id=f"c{i}", version=1,
                          op="upsert", data={"id": f"c{i}", **row})
                   for i, row in enumerate(rows)]
        if changes:
            store.apply_changes(changes)
        cache: dict = {}
        waiting, mine = usecases.desk_contacts(store, ME, cache)
        ids = [r["id"] for r in waiting]
        assert ids == [r["id"] for r in usecases.waiting_contacts(store)]
        expected = [*usecases.my_open_contacts(store, ME), *usecases.pending_wrap_ups(store, ME)]
        assert [r["id"] for r in mine] == [r["id"] for r in expected]
        # A second read with the same cache gives the same answer.
        again = usecases.desk_contacts(store, ME, cache)
        assert [r["id"] for r in again[0]] == ids
    finally:
        store.close()
