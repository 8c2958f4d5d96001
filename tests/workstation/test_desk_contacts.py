"""The desk's contact use cases: the queue view's one-pass read agrees with the three
questions it replaces, and a close right after an accept goes through."""

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


# The questions the one pass replaces, asked the plain way (in Python over every row).
def _my_open_contacts(reader: LocalStore, me: UserInfo) -> list[dict]:
    rows = [r for r in reader.all("contact")
            if r.get("status") == "accepted" and r.get("accepted_by") == me.id]
    return sorted(rows, key=lambda r: (r.get("accepted_at") or "", r["id"]))


def _pending_wrap_ups(reader: LocalStore, me: UserInfo) -> list[dict]:
    """Contacts I handled that have ended but have no wrap-up yet."""
    rows = [r for r in reader.all("contact") if r.get("status") == "closed"
            and r.get("accepted_by") == me.id and r.get("wrapped_up_at") is None]
    return sorted(rows, key=lambda r: (r.get("closed_at") or "", r["id"]))


def _waiting(reader: LocalStore) -> list[dict]:
    """Most urgent first, then by arrival."""
    rows = [r for r in reader.all("contact") if r.get("status") == "waiting"]
    return sorted(rows, key=lambda r: (-(r.get("priority") or 0), r["created_at"], r["id"]))


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
        assert ids == [r["id"] for r in _waiting(store)]
        expected = [*_my_open_contacts(store, ME), *_pending_wrap_ups(store, ME)]
        assert [r["id"] for r in mine] == [r["id"] for r in expected]
        # A second read with the same cache gives the same answer.
        again = usecases.desk_contacts(store, ME, cache)
        assert [r["id"] for r in again[0]] == ids
    finally:
        store.close()


class Recorder:
    """Takes what a use case submits (the sync engine's ``submit``)."""

    def __init__(self):
        self.submitted: list[tuple[str, dict]] = []

    def submit(self, name, args, optimistic=(), base_version=None, done=None):
        self.submitted.append((name, args))


def test_a_close_right_after_the_accept_is_not_refused(tmp_path):
    """F2 then Ctrl+E at once: the accept is still on its way to the store, which shows
    the contact waiting; the tab's accepted copy lets the close through."""
    store = LocalStore(tmp_path / "w.sqlite")
    try:
        store.apply_changes([Change(seq=1, entity="contact", id="c1", version=1, op="upsert",
                                    data={"id": "c1", "status": "waiting", "channel": "phone"})])
        engine = Recorder()
        accepted = usecases.accept_contact(engine, store, "c1", ME)
        assert accepted is not None and accepted["accepted_by"] == "me"
        # The recorder writes nothing to the store: it still shows the contact waiting.
        assert not usecases.close_contact(engine, store, "c1", ME)
        assert usecases.close_contact(engine, store, "c1", ME, accepted=accepted)
        assert [name for name, _ in engine.submitted] == ["contact.accept", "contact.close"]
        # Someone else's tab copy does not let me close it.
        theirs = accepted | {"accepted_by": "other"}
        assert not usecases.close_contact(Recorder(), store, "c1", ME, accepted=theirs)
    finally:
        store.close()
