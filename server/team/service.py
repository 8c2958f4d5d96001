"""A team's routing mode and its people's skills: what decides who the router offers a
contact to. Supervisors set them for their own team, administrators for any."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, field_validator
from sqlalchemy import select

from server.db import utcnow
from server.directory.models import Team, User
from server.queue.models import Contact
from server.queue.routing import may_take, request_routing, withdraw_offer
from server.sync.changelog import record_change
from server.sync.registry import Forbidden, MutationContext, MutationRejected, mutation
from workstation.domain import QUEUE_ROLES, SERVICE_LANGUAGES, Role
from workstation.queue.rules import ClientGroup, ContactStatus


class RoutingMode(BaseModel):
    team_id: str = Field(min_length=1, max_length=36)
    mode: str = Field(pattern="^(offer|pick)$")


def own_team(ctx: MutationContext, args: RoutingMode) -> None:
    """A supervisor sets their own team's routing; an administrator any team's."""
    if ctx.user.role == Role.SUPERVISOR and ctx.user.team_id != args.team_id:
        raise Forbidden("A supervisor sets the routing of their own team.")


@mutation("team.set_routing_mode", RoutingMode, {Role.SUPERVISOR, Role.ADMINISTRATOR},
          may=own_team)
def set_routing_mode(ctx: MutationContext, args: RoutingMode) -> None:
    """Whether the server offers the team's contacts or the team picks them from the queue.
    A supervisor sets it for their own team."""
    team = ctx.session.get(Team, args.team_id)
    if team is None:
        raise MutationRejected("no_such_team", "That team does not exist.")
    if team.routing_mode == args.mode:
        return
    team.routing_mode = args.mode
    record_change(ctx.session, "team", team)
    if args.mode == "pick":
        members = select(User.id).where(User.team_id == team.id)
        for contact in ctx.session.scalars(select(Contact).where(
                Contact.status == ContactStatus.WAITING, Contact.offered_to.in_(members))):
            withdraw_offer(ctx.session, contact, declined=False)
    else:
        request_routing(ctx.session)


ServiceLanguage = Literal["fi", "sv"]


class Skills(BaseModel):
    user_id: str = Field(min_length=1, max_length=36)
    # What the router matches a contact against: at least one service language; no client
    # group means every group.
    languages: list[ServiceLanguage] = Field(min_length=1, max_length=len(SERVICE_LANGUAGES))
    client_groups: list[ClientGroup] = Field(default_factory=list, max_length=len(ClientGroup))

    @field_validator("languages", "client_groups")
    @classmethod
    def _once_each(cls, value: list) -> list:
        if len(set(value)) != len(value):
            raise ValueError("each value may be given once")
        return value


def own_team_member(ctx: MutationContext, args: Skills) -> None:
    """A supervisor sets the skills of their own team's people; an administrator anyone's."""
    user = ctx.session.get(User, args.user_id)
    if user is not None and ctx.user.role == Role.SUPERVISOR and (
            not ctx.user.team_id or user.team_id != ctx.user.team_id):
        raise Forbidden("A supervisor sets the skills of their own team's people.")


@mutation("user.set_skills", Skills, {Role.SUPERVISOR, Role.ADMINISTRATOR}, may=own_team_member)
def set_skills(ctx: MutationContext, args: Skills) -> None:
    """A counsellor's service languages and client groups, which decide what the router
    offers them. A supervisor sets them for the people of their own team."""
    user = ctx.session.get(User, args.user_id)
    if user is None or not user.active:
        raise MutationRejected("no_such_user", "That person is not in the directory.")
    if user.role not in QUEUE_ROLES:
        raise MutationRejected("not_in_queue", "Only people who take contacts have skills.")
    languages = [str(x) for x in SERVICE_LANGUAGES if x in args.languages]
    groups = [str(g) for g in ClientGroup if g in args.client_groups]
    if list(user.languages or []) == languages and list(user.client_groups or []) == groups:
        return
    user.languages = languages
    user.client_groups = groups
    record_change(ctx.session, "user", user)
    # New skills may match contacts that waited for them; an offer they no longer match
    # goes back to the queue.
    now = utcnow()
    for contact in ctx.session.scalars(select(Contact).where(
            Contact.status == ContactStatus.WAITING, Contact.offered_to == user.id)):
        if not may_take(user, contact, now):
            withdraw_offer(ctx.session, contact, declined=False)
    request_routing(ctx.session)
