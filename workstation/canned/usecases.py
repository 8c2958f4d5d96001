"""A team's canned replies: read by language, written by the team's counsellors."""

from __future__ import annotations

from typing import Any

from workstation.contract import UserInfo
from workstation.ids import new_id
from workstation.ports import Submitter, plain
from workstation.store import LocalStore


def canned_replies(reader: LocalStore, me: UserInfo,
                   language: str | None = None) -> list[dict[str, Any]]:
    """My team's canned replies (in one language when given), by title."""
    return reader.canned_replies(me.team_id or "", language)


def save_canned_reply(engine: Submitter, me: UserInfo, *, reply_id: str | None, language: str,
                      title: str, text: str) -> str:
    title, text = " ".join(title.split()), text.strip()
    if not title or not text or language not in ("fi", "sv") or not me.team_id:
        raise ValueError("A canned reply needs a team, a language, a title and a text.")
    reply_id = reply_id or new_id()
    record = {"id": reply_id, "team_id": me.team_id, "language": language, "title": title,
              "text": text, "active": True}
    engine.submit("canned_reply.save", {k: v for k, v in record.items() if k != "active"},
                  optimistic=[("canned_reply", reply_id, record)])
    return reply_id


def delete_canned_reply(engine: Submitter, reader: LocalStore, reply_id: str) -> None:
    reply = reader.get("canned_reply", reply_id)
    if reply is None:
        return
    engine.submit("canned_reply.delete", {"id": reply_id},
                  optimistic=[("canned_reply", reply_id, plain(reply) | {"active": False})])
