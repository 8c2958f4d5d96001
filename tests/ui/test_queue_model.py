"""The queue model takes each read of the queue as differences: it touches only the rows
that changed, keeps the view's selection on the same contact, and stays a correct Qt
model (pytest-qt's model tester) through any sequence of reads."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPersistentModelIndex

from ui.queue.model import QueueModel

IDS = [f"c{i}" for i in range(12)]


def contact(cid: str, subject: str = "s") -> dict:
    return {"id": cid, "status": "waiting", "channel": "chat", "language": "fi",
            "created_at": "2026-11-24T08:00:00+00:00", "priority": 0, "subject": subject}


# A read of the queue: some contacts, in some order, some with a changed subject.
reads = st.lists(
    st.lists(st.tuples(st.sampled_from(IDS), st.sampled_from(["s", "t"])),
             max_size=len(IDS), unique_by=lambda t: t[0]),
    min_size=1, max_size=6)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(reads)
def test_any_sequence_of_reads_shows_the_last_one_and_passes_the_model_tester(
        qtmodeltester, sequence):
    model = QueueModel(user_id="me")
    qtmodeltester.check(model, force_py=True)
    for read in sequence:
        rows = [contact(cid, subject) for cid, subject in read]
        held = {model.rows[n]["id"]: QPersistentModelIndex(model.index(n, 0))
                for n in range(model.rowCount())}
        model.apply(rows)
        assert [r["id"] for r in model.rows] == [r["id"] for r in rows]
        assert [r["subject"] for r in model.rows] == [r["subject"] for r in rows]
        # A held index (a selection) still points at its contact, or is gone with it.
        for cid, index in held.items():
            if cid in model_ids(model):
                assert model.rows[index.row()]["id"] == cid
            else:
                assert not index.isValid()
    qtmodeltester.check(model, force_py=True)


def model_ids(model: QueueModel) -> set[str]:
    return {r["id"] for r in model.rows}


def test_a_new_contact_is_one_inserted_row_and_an_unchanged_queue_signals_nothing(qtbot):
    model = QueueModel(user_id="me")
    first = [contact(c) for c in ("a", "b", "c")]
    model.apply(first)
    signals: list[str] = []
    for name in ("rowsInserted", "rowsRemoved", "rowsMoved", "dataChanged", "layoutChanged",
                 "modelReset"):
        getattr(model, name).connect(lambda *args, n=name: signals.append(n))
    model.apply(list(first))
    assert signals == [], "the same read again touches nothing"
    # A more urgent contact arrives at the top: one insert at row 0, nothing else.
    urgent = contact("u") | {"priority": 10}
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.apply([urgent, *first])
    assert signals == ["rowsInserted"] and inserted == [(0, 0)]
    # One contact changes: one row's dataChanged.
    signals.clear()
    model.apply([urgent, first[0], contact("b", "changed"), first[2]])
    assert signals == ["dataChanged"]
    # One moves up: one move, no layout change.
    signals.clear()
    model.apply([urgent, model.rows[3], model.rows[1], model.rows[2]])
    assert signals == ["rowsMoved"]
