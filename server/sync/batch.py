"""Group commit for pushes on SQLite: the pushes queued at a moment are applied in one
write transaction, each mutation in a savepoint of its own.

On SQLite one writer runs at a time. Under load (benchmarks/offer_to_queue.py: 199 desks
pushing accept, close and wrap-up, some 50 pushes a second) every push paid for its own
BEGIN IMMEDIATE, COMMIT and the hand-over of the write lock to its thread, which then had
to win the GIL back; the lock was busy most of the time, and the queue behind it grew.
Here the first request thread that finds no batch running leads: it applies whatever is
queued, in batches of up to ``max_mutations``, and the other request threads wait for
their own results. A mutation's outcome is the same as alone (``service.push``): a rejected
one is rolled back to its savepoint, and its outcome is still recorded. If the batch
itself fails (the database, not a mutation), each push of it runs alone, as before."""

from __future__ import annotations

import logging
import threading
from collections import deque
from dataclasses import dataclass, field

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from server.db import Database
from server.directory.models import User
from server.sync import service
from workstation.contract import Mutation, MutationResult, PushResponse

log = logging.getLogger(__name__)


@dataclass
class _Job:
    user: User
    client_id: str
    mutations: list[Mutation]
    # Set when the result is in, or when this push should try to lead.
    wake: threading.Event = field(default_factory=threading.Event)
    finished: bool = False
    response: PushResponse | None = None
    error: BaseException | None = None


class PushBatcher:
    def __init__(self, db: Database, max_mutations: int = 50):
        self.db = db
        self.max_mutations = max_mutations
        self._mutex = threading.Lock()
        self._queue: deque[_Job] = deque()
        self._leading = threading.Lock()

    def push(self, user: User, client_id: str, mutations: list[Mutation]) -> PushResponse:
        """``service.push``, applied together with the other pushes queued meanwhile."""
        if not mutations:
            return service.push(self.db, user, client_id, mutations)
        job = _Job(user, client_id, sorted(mutations, key=lambda m: m.mutation_id))
        with self._mutex:
            self._queue.append(job)
        while not job.finished:
            if self._leading.acquire(blocking=False):
                try:
                    self._drain(until=job)
                finally:
                    self._leading.release()
                    self._wake_next()
            else:
                # Woken when our result is in, or when the leader stopped with work left
                # (and, in case a wake-up is ever missed, every quarter second).
                job.wake.wait(0.25)
                job.wake.clear()
        if job.error is not None:
            raise job.error
        assert job.response is not None
        return job.response

    def _wake_next(self) -> None:
        """The leader stops once its own push is done (it has a response to send): the
        first push still queued is woken to lead."""
        with self._mutex:
            if self._queue:
                self._queue[0].wake.set()

    def _take(self) -> list[_Job]:
        with self._mutex:
            batch: list[_Job] = []
            count = 0
            while self._queue and (not batch or count + len(self._queue[0].mutations)
                                   <= self.max_mutations):
                job = self._queue.popleft()
                batch.append(job)
                count += len(job.mutations)
            return batch

    def _drain(self, until: _Job) -> None:
        while not until.finished and (batch := self._take()):
            try:
                self._apply(batch)
            except (DBAPIError, StaleDataError):
                # The database failed the batch, not a mutation: each push alone, with its
                # own retries and errors, as without batching.
                log.info("a batch of %d pushes failed; applying them one by one", len(batch))
                for job in batch:
                    self._alone(job)
            except Exception as exc:   # a bug: every push of the batch hears of it
                for job in batch:
                    job.error = exc
            for job in batch:
                job.finished = True
                job.wake.set()

    def _alone(self, job: _Job) -> None:
        job.response, job.error = None, None
        try:
            job.response = service.push(self.db, job.user, job.client_id, job.mutations)
        except Exception as exc:
            job.error = exc

    def _apply(self, batch: list[_Job]) -> None:
        with self.db.session() as session:
            answers: list[tuple[_Job, PushResponse | None, BaseException | None]] = []
            for job in batch:
                try:
                    answers.append((job, self._apply_job(session, job), None))
                except service.ForeignClient as exc:   # nothing of it was written
                    answers.append((job, None, exc))
            session.commit()
        for job, response, error in answers:
            job.response, job.error = response, error

    def _apply_job(self, session: Session, job: _Job) -> PushResponse:
        results: list[MutationResult] = []
        # Read once: this transaction holds the row, and advances it below.
        last = service.last_mutation_id(session, job.client_id, job.user)
        for m in job.mutations:
            if m.mutation_id <= last:
                results.append(service.previous_outcome(session, job.client_id, m.mutation_id))
                continue
            # A rejected mutation is rolled back to its savepoint, change-log entries too.
            savepoint = session.begin_nested()
            try:
                code, error, written = service.apply_mutation(session, job.user,
                                                              job.client_id, m)
            except BaseException:
                savepoint.rollback()
                raise
            if code is None:
                savepoint.commit()
            else:
                savepoint.rollback()
            results.append(service.record_outcome(session, job.client_id, m, code, error,
                                                  written))
            last = m.mutation_id
        return PushResponse(last_mutation_id=last, results=results)
