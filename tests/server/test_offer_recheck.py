"""The router plans in one transaction and offers in the next: an offer planned on skills
that a supervisor has changed meanwhile is not made."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from server.app import create_app
from server.config import Settings
from server.db import new_id
from server.demo import seed_demo
from server.directory.models import User
from server.queue.models import Contact, PresenceState
from server.queue.routing import make_offers


def test_an_offer_planned_before_a_skills_change_is_not_made(tmp_path):
    db = create_app(Settings(database_url=f"sqlite:///{tmp_path}/r.sqlite")).state.db
    seed_demo(db)
    now = datetime.now(UTC)
    with db.session() as s:
        erik = s.scalars(select(User).where(User.username == "erik")).one()
        s.get(PresenceState, erik.id).state = "available"
        swedish = Contact(id=new_id(), channel="chat", status="waiting", language="sv",
                          municipality_code="445", subject="Hej", created_at=now)
        family = Contact(id=new_id(), channel="chat", status="waiting", language="fi",
                         municipality_code="445", subject="Moi", created_at=now,
                         client_group="families")
        s.add_all([swedish, family])
        s.commit()
        erik_id, swedish_id, family_id = erik.id, swedish.id, family.id
    # The plan saw Erik speaking Swedish; then his supervisor changed his skills.
    with db.session() as s:
        person = s.get(User, erik_id)
        person.languages = ["fi"]
        person.client_groups = ["older_people"]
        s.commit()
    with db.session() as s:
        made = make_offers(s, [(swedish_id, erik_id), (family_id, erik_id)], now)
        s.commit()
    assert made == [], "neither matches Erik's skills any more"
    with db.session() as s:
        assert s.get(Contact, swedish_id).offered_to is None
    db.dispose()
