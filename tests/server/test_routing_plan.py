"""The router decides outside the write transaction and checks again inside it: a plan
that went stale meanwhile (the counsellor went away, the contact was taken) offers
nothing, and the next pass plans with what is left."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from server.app import create_app
from server.config import Settings
from server.db import utcnow
from server.demo import seed_demo
from server.directory.models import User
from server.queue import service
from server.queue.models import Contact
from server.queue.routing import make_offers, plan, set_presence


@pytest.fixture
def db(tmp_path):
    database = create_app(Settings(database_url=f"sqlite:///{tmp_path}/r.sqlite")).state.db
    seed_demo(database)
    with database.session() as s:
        for user in s.scalars(select(User)):
            set_presence(s, user.id, "away")
        anna = s.scalar(select(User).where(User.username == "anna"))
        set_presence(s, anna.id, "available")   # the one free counsellor
        service.start_citizen_chat(s, language="fi", municipality_code="853", text="Hei",
                                   name="Testi")
        s.commit()
    with database.read_session() as s:
        offers = plan(s, utcnow())
    assert len(offers) == 1 and offers[0][1] == anna.id
    ids = {"anna": anna.id, "contact": offers[0][0]}
    yield database, ids, offers
    database.dispose()


def test_a_plan_is_recorded_when_nothing_changed_meanwhile(db):
    database, ids, offers = db
    with database.session() as s:
        made = make_offers(s, offers, utcnow())
        s.commit()
    assert made == offers
    with database.read_session() as s:
        assert s.get(Contact, ids["contact"]).offered_to == ids["anna"]


def test_a_counsellor_who_went_away_after_the_plan_gets_no_offer(db):
    database, ids, offers = db
    with database.session() as s:
        set_presence(s, ids["anna"], "away")
        s.commit()
    with database.session() as s:
        assert make_offers(s, offers, utcnow()) == []
        s.commit()
    with database.read_session() as s:
        contact = s.get(Contact, ids["contact"])
        assert contact.status == "waiting" and contact.offered_to is None


def test_a_contact_offered_meanwhile_is_not_offered_twice(db):
    database, ids, offers = db
    with database.session() as s:
        assert make_offers(s, offers, utcnow())
        s.commit()
    with database.session() as s:
        assert make_offers(s, offers, utcnow()) == [], "the same plan applied again"
        s.commit()
