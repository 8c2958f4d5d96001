"""What happens to contacts and chats: created by citizens, accepted, answered, closed.

Functions take the caller's session and never commit: the push loop or the route does."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from pydantic import BaseModel, Field, field_validator
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.db import new_id, utcnow
from server.directory.models import Municipality, User
from server.errors import Refused
from server.queue.models import ChatMessage, Contact, PresenceState
from server.sync.changelog import record_change
from server.sync.registry import MutationContext, MutationRejected, mutation
from workstation.domain import QUEUE_ROLES, Presence
from workstation.queue.rules import (
    MAX_CHAT_MESSAGE,
    Channel,
    ContactStatus,
    InvalidMessage,
    Sender,
    clean_message,
    clean_name,
)


class CitizenError(Refused):
    """A citizen's chat request refused (unknown chat, wrong token, too fast...)."""


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _log_contact(session: Session, contact: Contact) -> None:
    record_change(session, "contact", contact)


def start_citizen_chat(session: Session, *, language: str, municipality_code: str, text: str,
                       name: str) -> tuple[Contact, str]:
    if session.get(Municipality, municipality_code) is None:
        raise CitizenError(422, f"Unknown municipality '{municipality_code}'.")
    text = clean_message(text)
    token = secrets.token_urlsafe(32)
    contact = Contact(
        id=new_id(), channel=Channel.CHAT, status=ContactStatus.WAITING, language=language,
        municipality_code=municipality_code, subject=text[:120].replace("\n", " "),
        citizen_name=clean_name(name), citizen_token_hash=token_hash(token),
    )
    session.add(contact)
    _log_contact(session, contact)
    message = ChatMessage(id=new_id(), contact_id=contact.id, sender=Sender.CITIZEN,
                          author_name=contact.citizen_name, text=text)
    session.add(message)
    record_change(session, "chat_message", message)
    return contact, token


def citizen_contact(session: Session, chat_id: str, token: str | None) -> Contact:
    contact = session.get(Contact, chat_id)
    if contact is None or contact.channel != Channel.CHAT:
        raise CitizenError(404, "This conversation does not exist.")
    if not token or not contact.citizen_token_hash or not secrets.compare_digest(
        contact.citizen_token_hash, token_hash(token)
    ):
        raise CitizenError(403, "This conversation belongs to someone else.")
    return contact


def add_citizen_message(session: Session, contact: Contact, text: str,
                        per_minute: int) -> ChatMessage:
    if contact.status == ContactStatus.CLOSED:
        raise CitizenError(409, "This conversation has ended. Start a new one.")
    text = clean_message(text)
    since = utcnow() - timedelta(minutes=1)
    recent = session.scalar(
        select(func.count()).select_from(ChatMessage).where(
            ChatMessage.contact_id == contact.id, ChatMessage.sender == Sender.CITIZEN,
            ChatMessage.created_at >= since)
    )
    if (recent or 0) >= per_minute:
        raise CitizenError(429, "You are sending messages too fast. Wait a moment.")
    message = ChatMessage(id=new_id(), contact_id=contact.id, sender=Sender.CITIZEN,
                          author_name=contact.citizen_name, text=text)
    session.add(message)
    record_change(session, "chat_message", message)
    return message


# --- mutations from workstations ---------------------------------------------------------

class AcceptContact(BaseModel):
    contact_id: str = Field(min_length=1, max_length=36)


@mutation("contact.accept", AcceptContact, QUEUE_ROLES)
def accept_contact(ctx: MutationContext, args: AcceptContact) -> None:
    """First accept wins. The row lock serialises racing accepts on PostgreSQL; on SQLite
    BEGIN IMMEDIATE already does."""
    contact = ctx.session.scalar(
        select(Contact).where(Contact.id == args.contact_id).with_for_update()
    )
    if contact is None:
        raise MutationRejected("not_found", "The contact no longer exists.")
    if contact.status == ContactStatus.ACCEPTED and contact.accepted_by == ctx.user.id:
        return
    if contact.status != ContactStatus.WAITING:
        who = ctx.session.get(User, contact.accepted_by) if contact.accepted_by else None
        by = f" by {who.display_name}" if who else ""
        raise MutationRejected("already_taken", f"The contact was already taken{by}.")
    contact.status = ContactStatus.ACCEPTED
    contact.accepted_by = ctx.user.id
    contact.accepted_at = utcnow()
    _log_contact(ctx.session, contact)
    _set_presence(ctx.session, ctx.user.id, Presence.BUSY)


class CloseContact(BaseModel):
    contact_id: str = Field(min_length=1, max_length=36)


@mutation("contact.close", CloseContact, QUEUE_ROLES)
def close_contact(ctx: MutationContext, args: CloseContact) -> None:
    contact = ctx.session.get(Contact, args.contact_id)
    if contact is None:
        raise MutationRejected("not_found", "The contact no longer exists.")
    if contact.status == ContactStatus.CLOSED:
        return
    if contact.accepted_by != ctx.user.id and ctx.user.role != "supervisor":
        raise MutationRejected("not_yours", "Only the counsellor handling it can close it.")
    contact.status = ContactStatus.CLOSED
    contact.closed_at = utcnow()
    _log_contact(ctx.session, contact)
    _set_presence(ctx.session, ctx.user.id, Presence.AFTER_CONTACT_WORK)


class SendChatMessage(BaseModel):
    id: str = Field(min_length=36, max_length=36)
    contact_id: str = Field(min_length=1, max_length=36)
    text: str = Field(min_length=1, max_length=MAX_CHAT_MESSAGE * 2)

    @field_validator("text")
    @classmethod
    def _clean(cls, value: str) -> str:
        try:
            return clean_message(value)
        except InvalidMessage as exc:
            raise ValueError(str(exc)) from exc


@mutation("chat.send", SendChatMessage, QUEUE_ROLES)
def send_chat_message(ctx: MutationContext, args: SendChatMessage) -> None:
    contact = ctx.session.get(Contact, args.contact_id)
    if contact is None or contact.channel != Channel.CHAT:
        raise MutationRejected("not_found", "The chat no longer exists.")
    if contact.status == ContactStatus.CLOSED:
        raise MutationRejected("closed", "The chat has ended; the message was not sent.")
    if contact.accepted_by != ctx.user.id:
        raise MutationRejected("not_yours", "Accept the chat before replying.")
    message = ChatMessage(id=args.id, contact_id=contact.id, sender=Sender.COUNSELLOR,
                          author_id=ctx.user.id, author_name=ctx.user.display_name,
                          text=args.text)
    ctx.session.add(message)
    record_change(ctx.session, "chat_message", message)


class SetPresence(BaseModel):
    state: Presence


def _set_presence(session: Session, user_id: str, state: str) -> None:
    row = session.get(PresenceState, user_id)
    if row is None:
        row = PresenceState(user_id=user_id, state=state)
        session.add(row)
    elif row.state == state:
        return
    row.state = state
    row.since = utcnow()
    record_change(session, "presence", row)


@mutation("presence.set", SetPresence, QUEUE_ROLES)
def set_presence(ctx: MutationContext, args: SetPresence) -> None:
    _set_presence(ctx.session, ctx.user.id, args.state)
