"""Pushes queued together on SQLite commit together (group commit), and each still gets
the outcome it would have got alone: a rejected mutation leaves nothing behind and does
not undo the others of its batch."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import event, func, select

from server.app import create_app
from server.config import Settings
from server.demo import seed_demo
from server.directory.models import User
from server.queue.models import Contact
from server.sync.batch import PushBatcher
from server.sync.models import ChangeLogEntry, MutationOutcome, SyncClient
from tests.support.workstation import wait_until
from workstation.contract import Mutation


@pytest.fixture
def db(tmp_path):
    database = create_app(Settings(database_url=f"sqlite:///{tmp_path}/b.sqlite")).state.db
    seed_demo(database)
    yield database
    database.dispose()


def _queued_together(batcher: PushBatcher, pushes: list[tuple[User, str, list[Mutation]]]):
    """Run the pushes from threads of their own while a leader is busy, so they all queue,
    then let them go; returns each push's response (or error) in the order given."""
    out: list = [None] * len(pushes)

    def run(i: int, user: User, client_id: str, mutations: list[Mutation]) -> None:
        try:
            out[i] = batcher.push(user, client_id, mutations)
        except Exception as exc:
            out[i] = exc

    batcher._leading.acquire()
    threads = [threading.Thread(target=run, args=(i, *p)) for i, p in enumerate(pushes)]
    for t in threads:
        t.start()
    wait_until(lambda: len(batcher._queue) == len(pushes), timeout=10)
    batcher._leading.release()
    batcher._wake_next()
    for t in threads:
        t.join(10)
    return out


def test_racing_accepts_in_one_batch_have_one_winner_and_one_commit(db):
    with db.read_session() as s:
        counsellors = list(s.scalars(select(User).where(User.role == "counsellor")))
        contact = s.scalars(select(Contact).where(Contact.status == "waiting",
                                                  Contact.offered_to.is_(None))).first()
        s.expunge_all()
    assert len(counsellors) >= 3 and contact is not None
    commits = 0

    @event.listens_for(db.engine, "commit")
    def _count(_conn) -> None:
        nonlocal commits
        commits += 1

    batcher = PushBatcher(db)
    pushes = [(u, f"desk-{u.username}", [Mutation(mutation_id=1, name="contact.accept",
                                                  args={"contact_id": contact.id})])
              for u in counsellors]
    # Two more in the same batch: a change that does not exist, and bad arguments.
    pushes.append((counsellors[0], "desk-other", [
        Mutation(mutation_id=1, name="contact.explode", args={}),
        Mutation(mutation_id=2, name="presence.set", args={"state": "sleeping"}),
        Mutation(mutation_id=3, name="presence.set", args={"state": "away"})]))
    responses = _queued_together(batcher, pushes)

    assert commits == 1
    accepts = [r.results[0] for r in responses[:len(counsellors)]]
    winners = [counsellors[i] for i, r in enumerate(accepts) if r.status == "applied"]
    assert len(winners) == 1
    assert {r.code for r in accepts if r.status == "rejected"} == {"already_taken"}
    other = responses[-1]
    assert [(r.status, r.code) for r in other.results] == [
        ("rejected", "unknown_mutation"), ("rejected", "invalid"), ("applied", None)]
    assert other.last_mutation_id == 3
    with db.read_session() as s:
        stored = s.get(Contact, contact.id)
        assert stored.status == "accepted" and stored.accepted_by == winners[0].id
        # One change-log entry for the accept: the losers' attempts left nothing behind.
        logged = list(s.scalars(select(ChangeLogEntry).where(
            ChangeLogEntry.entity == "contact", ChangeLogEntry.entity_id == contact.id,
            ChangeLogEntry.data["status"].as_string() == "accepted")))
        assert len(logged) == 1 and logged[0].data["accepted_by"] == winners[0].id
        for u in counsellors:
            assert s.get(SyncClient, f"desk-{u.username}").last_mutation_id == 1
        assert s.get(SyncClient, "desk-other").last_mutation_id == 3
        assert s.get(MutationOutcome, ("desk-other", 1)).code == "unknown_mutation"


def test_a_push_retried_in_the_same_batch_is_answered_from_its_outcome(db):
    with db.read_session() as s:
        anna = s.scalar(select(User).where(User.username == "anna"))
        s.expunge_all()
    batcher = PushBatcher(db)
    first = [Mutation(mutation_id=1, name="presence.set", args={"state": "available"})]
    # The same mutation again (an answer lost on the way), and a bad one after it.
    again = [*first, Mutation(mutation_id=2, name="presence.set", args={"state": "x"})]
    a, b = _queued_together(batcher, [(anna, "desk-anna", first), (anna, "desk-anna", again)])
    assert a.results[0].status == "applied"
    assert [r.status for r in b.results] == ["applied", "rejected"]
    assert b.last_mutation_id == 2


def test_a_client_id_of_another_user_is_refused_without_failing_the_batch(db):
    with db.read_session() as s:
        anna = s.scalar(select(User).where(User.username == "anna"))
        liisa = s.scalar(select(User).where(User.username == "liisa"))
        s.expunge_all()
    batcher = PushBatcher(db)
    batcher.push(anna, "desk-anna", [Mutation(mutation_id=1, name="presence.set",
                                               args={"state": "away"})])
    stolen, own = _queued_together(batcher, [
        (liisa, "desk-anna", [Mutation(mutation_id=2, name="presence.set",
                                       args={"state": "away"})]),
        (liisa, "desk-liisa", [Mutation(mutation_id=1, name="presence.set",
                                        args={"state": "away"})])])
    assert type(stolen).__name__ == "ForeignClient"
    assert own.results[0].status == "applied"


def test_a_mutation_that_clashes_is_rolled_back_alone(db):
    """The second message with the same id fails in the database (IntegrityError): its
    savepoint is rolled back, and the rest of the batch still commits in one go."""
    from workstation.ids import new_id

    with db.read_session() as s:
        anna = s.scalar(select(User).where(User.username == "anna"))
        chat = s.scalars(select(Contact).where(Contact.channel == "chat",
                                               Contact.status == "waiting")).first()
        s.expunge_all()
    assert chat is not None
    batcher = PushBatcher(db)
    taken = batcher.push(anna, "desk-a", [Mutation(mutation_id=1, name="contact.accept",
                                                   args={"contact_id": chat.id})])
    assert taken.results[0].status == "applied"
    commits = 0

    @event.listens_for(db.engine, "commit")
    def _count(_conn) -> None:
        nonlocal commits
        commits += 1

    message = {"id": new_id(), "contact_id": chat.id, "text": "Hei, autan mielelläni."}
    first, second = _queued_together(batcher, [
        (anna, "desk-a", [Mutation(mutation_id=2, name="chat.send", args=message)]),
        (anna, "desk-b", [Mutation(mutation_id=1, name="chat.send", args=message),
                          Mutation(mutation_id=2, name="presence.set",
                                   args={"state": "away"})])])
    assert commits == 1
    assert first.results[0].status == "applied"
    assert [(r.status, r.code) for r in second.results] == [("rejected", "conflict"),
                                                              ("applied", None)]
    with db.read_session() as s:
        texts = list(s.scalars(select(ChangeLogEntry).where(
            ChangeLogEntry.entity == "chat_message", ChangeLogEntry.entity_id == message["id"])))
        assert len(texts) == 1


def test_a_savepoint_rolled_back_takes_back_only_its_own_change_log_entries(db):
    from server.queue.models import PresenceState
    from server.sync.changelog import record_change

    with db.read_session() as s:
        head = s.scalar(select(func.max(ChangeLogEntry.seq))) or 0
    with db.session() as s:
        anna = s.scalar(select(User).where(User.username == "anna"))
        liisa = s.scalar(select(User).where(User.username == "liisa"))
        record_change(s, "user", anna)                  # before any savepoint: stays
        kept = s.begin_nested()
        record_change(s, "presence", s.get(PresenceState, anna.id))
        kept.commit()                                   # released: stays
        dropped = s.begin_nested()
        record_change(s, "user", liisa)
        dropped.rollback()                              # rolled back: goes
        s.commit()
    with db.read_session() as s:
        logged = [(e.entity, e.entity_id) for e in s.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.seq > head).order_by(ChangeLogEntry.seq))]
    assert logged == [("user", anna.id), ("presence", anna.id)]
