"""The citizen's side of the web chat: start a chat, write, and follow the answers live.

No login: a chat is reached with the random token handed out when it starts."""

from __future__ import annotations

import asyncio
import time
from datetime import datetime, timedelta

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from server.db import Database, utcnow
from server.deps import Gate, access, get_db, get_session, intake, settings_of
from server.directory.models import User
from server.openapi import EVENT_STREAM, errors
from server.queue import service
from server.queue.models import Contact
from server.sync.models import ChangeLogEntry
from server.sync.views import _last_event_id, sse
from workstation.domain import Language
from workstation.queue.rules import (
    MAX_CITIZEN_NAME,
    ClientGroup,
    ContactStatus,
    InvalidMessage,
)
from workstation.text import CleanLine

router = APIRouter(prefix="/api/public/chats", tags=["public"])
WRONG_TOKEN = "The chat token is missing or not this conversation's"
NO_CHAT = "No such conversation"


class StartChat(BaseModel):
    language: Language
    municipality_code: str = Field(pattern=r"^\d{3}$")
    # The length limit is checked after cleaning (clean_message), which states it; the
    # request body itself is capped by the server's body-size limit.
    text: str
    name: CleanLine = Field(default="", max_length=MAX_CITIZEN_NAME)
    client_group: ClientGroup | None = Field(
        default=None, description="who the matter is about, if the citizen says")


class ChatStarted(BaseModel):
    chat_id: str
    token: str
    status: str


class NewMessage(BaseModel):
    text: str


class MessageCreated(BaseModel):
    id: str
    created_at: str


def _raise(exc: Exception):
    if isinstance(exc, InvalidMessage):
        raise HTTPException(422, str(exc)) from None
    if isinstance(exc, service.CitizenError):
        raise HTTPException(exc.status, exc.message) from None
    raise exc


@router.post("", status_code=201, response_model=ChatStarted,
             responses=errors(429, s429="Too many conversations started from this address"))
@access(Gate.PUBLIC, "any citizen may start a chat (limited per address)")
@intake
def start_chat(body: StartChat, request: Request,
               session: Session = Depends(get_session)) -> ChatStarted:
    address = request.client.host if request.client else "unknown"
    limiter = request.app.state.chat_limiter
    if not limiter.allow(address):
        raise HTTPException(429, "Too many conversations started from this address. Try "
                                 "again later or call the service number.",
                            headers={"Retry-After": str(limiter.retry_after(address))})
    try:
        contact, token = service.start_citizen_chat(
            session, language=body.language, municipality_code=body.municipality_code,
            text=body.text, name=body.name,
            client_group=str(body.client_group) if body.client_group else None)
    except (InvalidMessage, service.CitizenError) as exc:
        _raise(exc)
    session.commit()
    return ChatStarted(chat_id=contact.id, token=token, status=contact.status)


@router.post("/{chat_id}/messages", status_code=201, response_model=MessageCreated,
             responses=errors(403, 404, 409, 429, s403=WRONG_TOKEN, s404=NO_CHAT,
                              s409="The conversation has ended",
                              s429="Messages sent too fast"))
@access(Gate.CHAT_TOKEN, "the chat's own token (service.citizen_contact)")
def post_message(chat_id: str, body: NewMessage, request: Request,
                 x_chat_token: str | None = Header(default=None),
                 session: Session = Depends(get_session)) -> MessageCreated:
    settings = settings_of(request)
    try:
        contact = service.citizen_contact(session, chat_id, x_chat_token)
        message = service.add_citizen_message(session, contact, body.text,
                                              settings.citizen_messages_per_minute)
    except (InvalidMessage, service.CitizenError) as exc:
        _raise(exc)
    session.commit()
    return MessageCreated(id=message.id, created_at=message.created_at.isoformat())


@router.post("/{chat_id}/typing", status_code=204, summary="The citizen is typing",
             responses=errors(403, 404, s403=WRONG_TOKEN, s404=NO_CHAT))
@access(Gate.CHAT_TOKEN, "the chat's own token (service.citizen_contact)")
def citizen_typing(chat_id: str, x_chat_token: str | None = Header(default=None),
                   session: Session = Depends(get_session)) -> None:
    try:
        contact = service.citizen_contact(session, chat_id, x_chat_token)
    except service.CitizenError as exc:
        _raise(exc)
    if contact.status == ContactStatus.ACCEPTED and service.note_typing(session, contact,
                                                                        citizen=True):
        session.commit()


TYPING_SHOWN = timedelta(seconds=6)


def _chat_events(db: Database, chat_id: str,
                 after: int) -> tuple[list[tuple[int, str, dict]], int]:
    """The citizen's events after ``after``, and the seq read up to (rows that show the
    citizen nothing still move the cursor past them)."""
    with db.read_session() as session:
        rows = session.scalars(
            select(ChangeLogEntry)
            .where(ChangeLogEntry.group_id == chat_id, ChangeLogEntry.seq > after)
            .order_by(ChangeLogEntry.seq).limit(200)
        ).all()
        # A message is logged again when it is addressed to a new handler (accept,
        # handover) and withdrawn from the old one (a delete): the citizen sees each
        # message once, at its first row.
        ids = {r.entity_id for r in rows if r.entity == "chat_message"}
        seen = set(session.scalars(select(ChangeLogEntry.entity_id).where(
            ChangeLogEntry.group_id == chat_id, ChangeLogEntry.seq <= after,
            ChangeLogEntry.entity == "chat_message",
            ChangeLogEntry.entity_id.in_(ids)))) if ids and after else set()
        out = []
        for row in rows:
            data = row.data or {}
            if row.op != "upsert":
                continue
            if row.entity == "chat_message":
                if row.entity_id in seen:
                    continue
                seen.add(row.entity_id)
                author = data.get("author_name") or ""
                if data["sender"] == "counsellor":
                    # Citizens see the counsellor's first name only.
                    author = author.split()[0] if author.split() else ""
                out.append((row.seq, "message", {
                    "id": data["id"], "sender": data["sender"], "text": data["text"],
                    "created_at": data["created_at"], "author_name": author or None}))
            elif row.entity == "contact":
                out.append((row.seq, "status", _status(session, data)))
            elif row.entity == "typing" and data.get("counsellor_at"):
                # Only a fresh "is writing" is news; replayed history is not.
                at = datetime.fromisoformat(data["counsellor_at"])
                if utcnow() - at < TYPING_SHOWN:
                    out.append((row.seq, "typing", {"counsellor": True}))
        return out, (rows[-1].seq if rows else after)


def _status(session: Session, data: dict) -> dict:
    name = None
    if data.get("accepted_by"):
        user = session.get(User, data["accepted_by"])
        # Citizens see the counsellor's first name only.
        name = user.display_name.split()[0] if user else None
    return {"status": data.get("status"), "counsellor_name": name}


def _check_chat(db: Database, chat_id: str, token: str | None) -> dict:
    with db.read_session() as session:
        try:
            contact = service.citizen_contact(session, chat_id, token)
        except service.CitizenError as exc:
            _raise(exc)
        status = _status(session, {"status": contact.status, "accepted_by": contact.accepted_by})
        return status


POSITION_EVERY = 2.0


def _position(db: Database, chat_id: str) -> int | None:
    with db.read_session() as session:
        contact = session.get(Contact, chat_id)
        ahead = service.queue_position(session, contact) if contact is not None else None
        return ahead


@router.get("/{chat_id}/stream", summary="Server-Sent Events: the chat's messages and status",
            response_class=StreamingResponse,
            responses={200: EVENT_STREAM, **errors(403, 404, s403=WRONG_TOKEN, s404=NO_CHAT)})
@access(Gate.CHAT_TOKEN, "the chat's own token (_check_chat)")
async def stream(chat_id: str, request: Request, token: str | None = Query(None),
                 db: Database = Depends(get_db)):
    settings = settings_of(request)
    notifier = request.app.state.notifier
    status = await run_in_threadpool(_check_chat, db, chat_id, token)
    cursor = _last_event_id(request) or 0

    async def events():
        nonlocal cursor
        yield "retry: 2000\n" + sse("status", status)
        quiet_until = time.monotonic() + settings.heartbeat_seconds
        waiting = status.get("status") == "waiting"
        position: int | None = None
        position_at = 0.0
        feed = request.app.state.feed
        while not feed.closing:
            if await request.is_disconnected():
                return
            wake = notifier.current()
            sent, cursor = await run_in_threadpool(_chat_events, db, chat_id, cursor)
            for seq, kind, data in sent:
                if kind == "status":
                    waiting = data.get("status") == "waiting"
                yield sse(kind, data, seq)
            if sent:
                quiet_until = time.monotonic() + settings.heartbeat_seconds
            if waiting and time.monotonic() - position_at >= POSITION_EVERY:
                # Others being answered move this chat up: tell the citizen where they are.
                position_at = time.monotonic()
                ahead = await run_in_threadpool(_position, db, chat_id)
                if ahead is not None and ahead != position:
                    position = ahead
                    yield sse("position", {"ahead": ahead})
                    quiet_until = time.monotonic() + settings.heartbeat_seconds
            try:
                async with asyncio.timeout(max(0.0, quiet_until - time.monotonic())):
                    await wake.wait()
            except TimeoutError:
                pass
            if time.monotonic() >= quiet_until:
                # Wake-ups for other people's changes send nothing: the heartbeat is kept
                # on its own clock, so a quiet stream never looks dead to the client.
                yield ": ping\n\n"
                quiet_until = time.monotonic() + settings.heartbeat_seconds

    return StreamingResponse(events(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


__all__ = ["Contact", "router"]
