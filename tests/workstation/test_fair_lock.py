"""The writer lock hands itself to the longest waiter, and a wait that runs out leaves
it working."""

from __future__ import annotations

import threading
import time

from tests.support.workstation import wait_until
from workstation.sqlite import FairLock


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
