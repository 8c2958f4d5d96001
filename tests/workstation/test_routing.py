"""The routing rules with generated counsellors and contacts (hypothesis)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.queue.routing import (
    REOFFER_AFTER,
    Agent,
    WaitingContact,
    assign,
    due_priority,
    effective_priority,
    rank_agents,
    serving_order,
)

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
MUNICIPALITIES = st.sampled_from(["853", "734", "445", None])
LANGS = st.sampled_from(["fi", "sv"])
GROUPS = st.sampled_from(["older_people", "families", "disability"])
TEAMS = st.sampled_from(["t1", "t2"])


@st.composite
def agents(draw):
    n = draw(st.integers(0, 8))
    out = []
    for i in range(n):
        out.append(Agent(
            id=f"a{i}",
            languages=frozenset(draw(st.sets(LANGS, min_size=1))),
            municipality_code=draw(MUNICIPALITIES),
            idle_since=NOW - timedelta(seconds=draw(st.integers(0, 3600))),
            client_groups=frozenset(draw(st.sets(GROUPS, max_size=2))),
            team_id=draw(TEAMS),
        ))
    return out


@st.composite
def contacts(draw, agent_ids=("a0", "a1", "a2")):
    n = draw(st.integers(0, 10))
    out = []
    for i in range(n):
        declined = draw(st.dictionaries(
            st.sampled_from(agent_ids),
            st.integers(0, 120).map(lambda s: NOW - timedelta(seconds=s)), max_size=2))
        due = draw(st.none() | st.integers(-600, 3600).map(lambda s: NOW + timedelta(seconds=s)))
        out.append(WaitingContact(
            id=f"c{i}", language=draw(LANGS),
            created_at=NOW - timedelta(seconds=draw(st.integers(0, 3600))),
            client_group=draw(st.none() | GROUPS), municipality_code=draw(MUNICIPALITIES),
            priority=draw(st.integers(0, 5)), due_at=due,
            not_before=draw(st.none() | st.integers(-600, 600).map(
                lambda s: NOW + timedelta(seconds=s))),
            team_id=draw(st.none() | TEAMS), declined_by=declined))
    return out


def may_take(agent: Agent, contact: WaitingContact) -> bool:
    """The rules restated plainly, independent of the implementation."""
    if contact.language not in agent.languages:
        return False
    if agent.client_groups and contact.client_group is not None \
            and contact.client_group not in agent.client_groups:
        return False  # a group nobody has said yet narrows nothing
    if contact.team_id and contact.team_id != agent.team_id:
        return False
    if contact.not_before and contact.not_before > NOW:
        return False  # a callback before its window
    declined = contact.declined_by.get(agent.id)
    return declined is None or NOW - declined >= REOFFER_AFTER


@settings(max_examples=150, deadline=None)
@given(agents(), contacts())
def test_every_offer_follows_the_rules_and_nobody_gets_two(team, queue):
    offers = assign(queue, team, NOW)
    by_agent = {a.id: a for a in team}
    by_contact = {c.id: c for c in queue}
    assert len({a for _, a in offers}) == len(offers), "one offer per counsellor"
    assert len({c for c, _ in offers}) == len(offers), "one counsellor per contact"
    for contact_id, agent_id in offers:
        assert may_take(by_agent[agent_id], by_contact[contact_id])
    # Nothing that could be offered is left waiting while a suitable counsellor is free.
    free = [a for a in team if a.id not in {x for _, x in offers}]
    offered = {c for c, _ in offers}
    for contact in queue:
        if contact.id not in offered:
            assert not any(may_take(a, contact) for a in free)


@settings(max_examples=150, deadline=None)
@given(agents(), contacts())
def test_the_home_municipality_first_then_the_longest_idle(team, queue):
    for contact in queue:
        ranked = rank_agents(contact, team, NOW)
        eligible = [a for a in team if may_take(a, contact)]
        assert {a.id for a in ranked} == {a.id for a in eligible}
        if not ranked:
            continue
        best = ranked[0]
        if contact.municipality_code and any(
                a.municipality_code == contact.municipality_code for a in eligible):
            assert best.municipality_code == contact.municipality_code
            peers = [a for a in eligible if a.municipality_code == contact.municipality_code]
        else:
            peers = eligible
        assert best.idle_since == min(a.idle_since for a in peers)


@settings(max_examples=100, deadline=None)
@given(agents(), contacts())
def test_a_lone_counsellor_gets_the_most_urgent_contact_they_can_take(team, queue):
    for agent in team[:1]:
        offers = assign(queue, [agent], NOW)
        takeable = [c for c in serving_order(queue, NOW) if may_take(agent, c)]
        assert offers == ([(takeable[0].id, agent.id)] if takeable else [])


@given(st.integers(-7200, 7200), st.integers(0, 600))
def test_a_callback_rises_as_its_due_time_nears_and_never_falls(until_due, later):
    due = NOW + timedelta(seconds=until_due)
    before = due_priority(due, NOW)
    after = due_priority(due, NOW + timedelta(seconds=later))
    assert after >= before
    contact = WaitingContact(id="c", language="fi", created_at=NOW, due_at=due, priority=3)
    assert effective_priority(contact, NOW) >= 3
    if until_due <= 0:
        assert before > 0, "an overdue callback is ahead of ordinary contacts"


def test_a_callback_rises_in_its_last_15_minutes_and_more_when_overdue():
    minutes = [20, 16, 14, 1, 0, -5]
    assert [due_priority(NOW + timedelta(minutes=m), NOW) for m in minutes] == \
        [0, 0, 10, 10, 20, 20]
