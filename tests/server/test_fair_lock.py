"""The writer lock hands itself to the longest waiter, and a wait that runs out leaves
it working."""

from __future__ import annotations

import threading
import time

from server.sqlite_lock import FairLock, writer_lock
from tests.support.workstation import wait_until


def test_waiters_get_the_lock_in_the_order_they_asked():
    lock = FairLock()
    assert lock.acquire()
    order: list[int] = []

    def waiter(n: int) -> None:
        lock.acquire()
        order.append(n)
        lock.release()

    threads = []
    for n in range(6):
        t = threading.Thread(target=waiter, args=(n,))
        t.start()
        threads.append(t)
        wait_until(lambda n=n: len(lock._waiters) == n + 1, timeout=5)
    lock.release()
    for t in threads:
        t.join(5)
    assert order == list(range(6))
    assert not lock.locked()


def test_a_wait_that_runs_out_gives_up_and_the_lock_still_works():
    lock = FairLock()
    lock.acquire()
    started = time.monotonic()
    got = []
    t = threading.Thread(target=lambda: got.append(lock.acquire(timeout=0.1)))
    t.start()
    t.join(5)
    assert got == [False] and time.monotonic() - started >= 0.1
    lock.release()
    assert not lock.locked()
    assert lock.acquire(timeout=0.1)
    lock.release()


def test_many_threads_never_hold_it_together():
    lock = FairLock()
    inside = 0
    worst = 0
    total = 0

    def work() -> None:
        nonlocal inside, worst, total
        for _ in range(200):
            # Short timeouts too, so give-ups race with hand-overs.
            if not lock.acquire(timeout=0.001 if total % 3 else 5):
                continue
            inside += 1
            worst = max(worst, inside)
            total += 1
            time.sleep(0)
            inside -= 1
            lock.release()

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert worst == 1 and total > 0
    assert not lock.locked() and not lock._waiters


def _held_with_recorded_waiters(lock: FairLock):
    """Take ``lock``; returns the order list and a waiter that appends its name to it once
    it has the lock."""
    assert lock.acquire()
    order: list[str] = []

    def waiter(name: str, urgent: bool) -> None:
        lock.acquire(urgent=urgent)
        order.append(name)
        lock.release()

    return order, waiter


def _queue_up(lock: FairLock, target, calls: list[tuple[str, bool]]) -> list[threading.Thread]:
    """Start a thread per call, each only once the one before is queued on ``lock``."""
    threads = []
    for name, urgent in calls:
        t = threading.Thread(target=target, args=(name, urgent))
        t.start()
        threads.append(t)
        queued = len(threads)
        wait_until(lambda q=queued: len(lock._waiters) + len(lock._urgent) == q, timeout=5)
    return threads


def test_urgent_waiters_go_first_and_in_their_own_order():
    lock = FairLock(overtake_seconds=30)
    order, waiter = _held_with_recorded_waiters(lock)

    threads = _queue_up(lock, waiter, [("push1", False), ("chat1", True), ("push2", False),
                                       ("chat2", True)])
    lock.release()
    for t in threads:
        t.join(5)
    assert order == ["chat1", "chat2", "push1", "push2"]
    assert not lock.locked()


def test_an_urgent_wait_that_runs_out_leaves_the_queue_working():
    lock = FairLock()
    lock.acquire()
    assert lock.acquire(timeout=0.05, urgent=True) is False
    assert not lock._urgent
    lock.release()
    assert lock.acquire(timeout=0.1)
    lock.release()


def test_an_urgent_transaction_commits_before_writers_queued_earlier(tmp_path):
    """Through SQLAlchemy's BEGIN hook, as the server's intake endpoints use it."""
    from sqlalchemy import text

    from server.db import make_engine
    from server.sqlite_lock import urgent_writes

    engine = make_engine(f"sqlite:///{tmp_path / 'w.sqlite'}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE log (who TEXT)"))
    lock = writer_lock(str(engine.url.database))
    lock.overtake_seconds = 30   # however slow this machine is, the push is fresh

    def write(who: str, urgent: bool) -> None:
        if urgent:
            with urgent_writes(), engine.begin() as conn:
                conn.execute(text("INSERT INTO log VALUES (:w)"), {"w": who})
        else:
            with engine.begin() as conn:
                conn.execute(text("INSERT INTO log VALUES (:w)"), {"w": who})

    holder = engine.connect()
    holder.execute(text("INSERT INTO log VALUES ('first')"))   # holds the write lock
    threads = _queue_up(lock, write, [("push", False), ("chat", True)])
    holder.commit()
    holder.close()
    for t in threads:
        t.join(5)
    with engine.connect() as conn:
        order = [r[0] for r in conn.execute(text("SELECT who FROM log ORDER BY rowid"))]
    engine.dispose()
    assert order == ["first", "chat", "push"]


def test_urgent_waiters_do_not_overtake_one_that_has_waited_long():
    lock = FairLock(overtake_seconds=0.05)
    order, waiter = _held_with_recorded_waiters(lock)

    push = threading.Thread(target=waiter, args=("push", False))
    push.start()
    wait_until(lambda: len(lock._waiters) == 1, timeout=5)
    time.sleep(0.06)   # the push has now waited longer than an overtake allows
    chat = threading.Thread(target=waiter, args=("chat", True))
    chat.start()
    wait_until(lambda: len(lock._urgent) == 1, timeout=5)
    lock.release()
    push.join(5)
    chat.join(5)
    assert order == ["push", "chat"]


def test_a_begin_that_fails_lets_the_next_writer_have_the_lock(tmp_path):
    """Another process holds the file past the busy timeout: the writer that gave up must
    not keep the queue waiting while its connection is still open."""
    import sqlite3

    import pytest
    from sqlalchemy import event, text
    from sqlalchemy.exc import OperationalError

    from server.db import make_engine

    path = tmp_path / "w.sqlite"
    engine = make_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _short_wait(dbapi_conn, _record):
        dbapi_conn.execute("PRAGMA busy_timeout=50")

    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE log (who TEXT)"))
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    conn = engine.connect()
    with pytest.raises(OperationalError):
        conn.begin()
    assert not writer_lock(str(path)).locked()
    other.rollback()
    other.close()
    conn.close()
    engine.dispose()
