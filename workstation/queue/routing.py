"""Who gets which waiting contact: the routing rules, pure and shared.

The server applies them whenever the queue or a counsellor's state changes; the rules live
here, without a database, so they can be read in one place and tested with generated
inputs (tests/workstation/test_routing.py).

The rules (issue 3):
1. Only an *available* counsellor in an *offer*-mode team, with no offer pending, gets an
   offer. Counsellors in a *pick*-mode team choose from the queue themselves.
2. The contact's language must be one the counsellor speaks.
3. If the counsellor lists client groups, the contact's group, when known, must be one
   of them (a contact whose group nobody has said may go to anyone).
4. A counsellor who declined or missed the contact is not offered it again for a while
   (``REOFFER_AFTER``), so one declining counsellor cannot strand a contact either.
5. Among those left: a counsellor of the client's home municipality first, then the one
   who has been idle (available) longest.
6. Contacts are served by effective priority, then by arrival; a callback request nearing
   its due time rises.
7. A contact handed over to a team goes only to that team's counsellors.
8. A callback request is not offered before its window opens.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

# A callback whose window closes within this time is served before other contacts.
CALLBACK_URGENT_BEFORE = timedelta(minutes=15)
URGENT_PRIORITY = 10
OVERDUE_PRIORITY = 20
REOFFER_AFTER = timedelta(seconds=60)


class Refusal(StrEnum):
    """Why a counsellor may not take a contact; the values are the rejection codes of
    ``contact.accept``."""

    LANGUAGE = "not_your_language"
    CLIENT_GROUP = "not_your_client_group"
    OTHER_TEAM = "other_team"
    NOT_YET = "not_yet_due"


@dataclass(frozen=True)
class Agent:
    id: str
    languages: frozenset[str]
    municipality_code: str | None = None
    idle_since: datetime | None = None
    client_groups: frozenset[str] = frozenset()
    team_id: str | None = None

    def refusal(self, contact: WaitingContact, now: datetime) -> Refusal | None:
        """Why this counsellor may not take the contact (rules 2, 3, 7, 8), or None. The
        same rules decide an offer, what F2 picks and whether an accept is allowed."""
        if contact.language not in self.languages:
            return Refusal.LANGUAGE
        # Client groups narrow what a counsellor is offered only where the group is known:
        # a contact whose group nobody has said yet may go to anyone.
        if self.client_groups and contact.client_group \
                and contact.client_group not in self.client_groups:
            return Refusal.CLIENT_GROUP
        if contact.team_id is not None and contact.team_id != self.team_id:
            return Refusal.OTHER_TEAM
        if contact.not_before is not None and now < contact.not_before:
            return Refusal.NOT_YET
        return None

    def can_take(self, contact: WaitingContact, now: datetime) -> bool:
        """Whether the router may offer the contact to this counsellor now: ``refusal``,
        and not declined or missed by them in the last ``REOFFER_AFTER`` (rule 4)."""
        if self.refusal(contact, now) is not None:
            return False
        declined = contact.declined_by.get(self.id)
        return declined is None or now - declined >= REOFFER_AFTER


@dataclass(frozen=True)
class WaitingContact:
    id: str
    language: str
    created_at: datetime
    client_group: str | None = None
    municipality_code: str | None = None
    priority: int = 0
    due_at: datetime | None = None
    team_id: str | None = None
    # a callback request is not offered before its window opens (or its next try is due)
    not_before: datetime | None = None
    # who declined or missed it, and when
    declined_by: dict[str, datetime] = field(default_factory=dict)


def due_priority(due_at: datetime | None, now: datetime) -> int:
    """The priority a callback request has earned by its due time alone."""
    if due_at is None:
        return 0
    if due_at <= now:
        return OVERDUE_PRIORITY
    if due_at - now <= CALLBACK_URGENT_BEFORE:
        return URGENT_PRIORITY
    return 0


def effective_priority(contact: WaitingContact, now: datetime) -> int:
    """The contact's priority, raised for a callback request whose window is closing."""
    return max(contact.priority, due_priority(contact.due_at, now))


def serving_order(contacts: Iterable[WaitingContact], now: datetime) -> list[WaitingContact]:
    return sorted(contacts, key=lambda c: (-effective_priority(c, now), c.created_at, c.id))


def rank_agents(contact: WaitingContact, agents: Iterable[Agent],
                now: datetime) -> list[Agent]:
    """The agents who may take the contact, best first."""
    far_past = datetime.min.replace(tzinfo=contact.created_at.tzinfo)
    eligible = [a for a in agents if a.can_take(contact, now)]
    return sorted(eligible, key=lambda a: (
        a.municipality_code != contact.municipality_code if contact.municipality_code else False,
        a.idle_since or far_past,
        a.id,
    ))


def assign(contacts: Sequence[WaitingContact], agents: Sequence[Agent],
           now: datetime) -> list[tuple[str, str]]:
    """Offers to make now, as ``(contact_id, agent_id)``: each agent gets at most one, and
    contacts are served in order, each by the best agent still free."""
    free = list(agents)
    offers: list[tuple[str, str]] = []
    for contact in serving_order(contacts, now):
        if not free:
            break
        ranked = rank_agents(contact, free, now)
        if ranked:
            best = ranked[0]
            offers.append((contact.id, best.id))
            free.remove(best)
    return offers
