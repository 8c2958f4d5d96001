"""push_cpu_ms: the server's CPU time for one push of a counsellor's everyday mutation
(accept, close, wrap-up, in turn), called in-process against a seeded SQLite file. No
target of its own: a push runs inside the one write lock, so this is what every other
writer waits for per push, and under load it drives `offer_to_queue_p95_ms`. The detail
gives the SQL statements per push."""

from __future__ import annotations

import statistics
import time

from benchmarks.harness import Figure, isolated_dirs
from benchmarks.offer_to_queue import add_agents


def run(quick: bool) -> list[Figure]:
    from sqlalchemy import event, select

    from server.app import create_app  # noqa: F401  (registers the entities and mutations)
    from server.db import Database
    from server.demo import seed_demo
    from server.directory.models import User
    from server.migrate import upgrade
    from server.queue.service import start_citizen_chat
    from server.sync.service import push
    from workstation.contract import Mutation

    contacts = 100 if quick else 400
    base = isolated_dirs()
    url = f"sqlite:///{base / 'push.sqlite'}"
    db = Database(url)
    upgrade(db.engine)
    seed_demo(db)
    names = add_agents(url, 50)
    with db.session() as s:
        agents = list(s.scalars(select(User).where(User.username.in_(names))))
        s.expunge_all()
        ids = [start_citizen_chat(s, language="fi", municipality_code="853", text=f"{i}",
                                  name="Mittari")[0].id for i in range(contacts)]
        s.commit()
    next_id = {u.id: 0 for u in agents}

    def send(user, name: str, **args) -> None:
        next_id[user.id] += 1
        result = push(db, user, f"bench-{user.id}",
                      [Mutation(mutation_id=next_id[user.id], name=name, args=args)])
        if result.results[0].status != "applied":
            raise RuntimeError(f"{name} was rejected: {result.results[0].error}")

    for user in agents:
        send(user, "presence.set", state="available")
    statements = 0

    @event.listens_for(db.engine, "before_cursor_execute")
    def _count(*_args) -> None:
        nonlocal statements
        statements += 1

    per_push: list[float] = []
    for i, contact_id in enumerate(ids):
        user = agents[i % len(agents)]
        for name, args in (("contact.accept", {}), ("contact.close", {}),
                           ("contact.wrap_up", {"topics": ["home_help"],
                                                "client_group": "older_people",
                                                "outcome": "resolved"})):
            start = time.process_time()
            send(user, name, contact_id=contact_id, **args)
            per_push.append((time.process_time() - start) * 1000)
    db.dispose()
    pushes = len(per_push)
    return [Figure("push_cpu_ms", round(statistics.mean(per_push), 2), "ms", "",
                   f"mean CPU time of {pushes} pushes (accept, close, wrap-up); "
                   f"{statements / pushes:.1f} SQL statements per push")]
