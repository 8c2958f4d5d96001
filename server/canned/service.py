"""Canned replies: texts a team keeps for chats and emails, in Finnish and Swedish.

Any member of the team who works the queue (and an administrator) may add, change and
remove the team's replies; everyone in the team sees them through the directory scope."""

from __future__ import annotations

from pydantic import BaseModel, Field
from sqlalchemy import select

from server.canned.models import CannedReply
from server.directory.models import Team
from server.sync.changelog import record_change
from server.sync.registry import Forbidden, MutationContext, MutationRejected, mutation
from workstation.domain import QUEUE_ROLES, Role
from workstation.text import CleanLine, CleanText

MAX_CANNED_TEXT = 4000
MAX_REPLIES_PER_TEAM = 500


class SaveCannedReply(BaseModel):
    id: str = Field(min_length=36, max_length=36)
    team_id: str = Field(min_length=1, max_length=36)
    language: str = Field(pattern="^(fi|sv)$")
    title: CleanLine = Field(min_length=1, max_length=100)
    text: CleanText = Field(min_length=1, max_length=MAX_CANNED_TEXT)


def _may_manage(ctx: MutationContext, team_id: str) -> None:
    if ctx.user.role == Role.ADMINISTRATOR:
        return
    if ctx.user.team_id != team_id:
        raise Forbidden("You can change only your own team's replies.")


def own_teams_reply(ctx: MutationContext, args: SaveCannedReply | DeleteCannedReply) -> None:
    """A team's replies are its members' (and an administrator's): the reply as stored,
    and the team a save puts it in."""
    row = ctx.session.get(CannedReply, args.id)
    if row is not None:
        _may_manage(ctx, row.team_id)
    if isinstance(args, SaveCannedReply):
        _may_manage(ctx, args.team_id)


@mutation("canned_reply.save", SaveCannedReply, QUEUE_ROLES | {Role.ADMINISTRATOR},
          may=own_teams_reply)
def save_canned_reply(ctx: MutationContext, args: SaveCannedReply) -> None:
    title, text = " ".join(args.title.split()), args.text.strip()
    if not title or not text:
        raise MutationRejected("invalid", "A canned reply needs a title and a text.")
    if ctx.session.get(Team, args.team_id) is None:
        raise MutationRejected("no_such_team", "That team does not exist.")
    row = ctx.session.get(CannedReply, args.id)
    if row is None:
        count = len(ctx.session.scalars(select(CannedReply.id).where(
            CannedReply.team_id == args.team_id, CannedReply.active.is_(True))).all())
        if count >= MAX_REPLIES_PER_TEAM:
            raise MutationRejected("too_many", "The team already has 500 canned replies.")
        row = CannedReply(id=args.id, team_id=args.team_id)
        ctx.session.add(row)
    else:
        row.team_id = args.team_id
    row.language, row.title, row.text, row.active = args.language, title, text, True
    record_change(ctx.session, "canned_reply", row)


class DeleteCannedReply(BaseModel):
    id: str = Field(min_length=1, max_length=36)


@mutation("canned_reply.delete", DeleteCannedReply, QUEUE_ROLES | {Role.ADMINISTRATOR},
          may=own_teams_reply)
def delete_canned_reply(ctx: MutationContext, args: DeleteCannedReply) -> None:
    row = ctx.session.get(CannedReply, args.id)
    if row is None or not row.active:
        return
    row.active = False
    record_change(ctx.session, "canned_reply", row)
