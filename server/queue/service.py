"""What happens to contacts and chats: created by citizens, accepted, answered, closed.

Functions take the caller's session and never commit: the push loop or the route does."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from pydantic import BaseModel, Field, field_validator
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from server.db import new_id, utcnow
from server.directory.models import Municipality, Team, User
from server.errors import Refused
from server.queue.entities import log_contact_ended
from server.queue.models import ChatMessage, Contact, ContactNote, PresenceState, TypingState
from server.queue.routing import (
    back_to_work,
    lock_queue,
    refusal,
    request_routing,
    withdraw_offer,
)
from server.queue.routing import set_presence as _set_presence
from server.sync.access import CITIZEN_ONLY
from server.sync.changelog import record_change
from server.sync.models import ChangeLogEntry
from server.sync.registry import (
    Forbidden,
    MutationContext,
    MutationRejected,
    Rule,
    callers_own,
    mutation,
)
from workstation.domain import QUEUE_ROLES, Presence
from workstation.queue.routing import Refusal
from workstation.queue.rules import (
    MAX_CHAT_MESSAGE,
    MAX_CONTACT_NOTE,
    WRAP_UP_OUTCOMES,
    Channel,
    ClientGroup,
    ContactStatus,
    InvalidMessage,
    Outcome,
    Sender,
    Topic,
    clean_message,
    clean_name,
    clean_note,
    preview,
)
from workstation.text import CleanText, has_junk


class CitizenError(Refused):
    """A citizen's chat request refused (unknown chat, wrong token, too fast...)."""


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _log_contact(session: Session, contact: Contact) -> None:
    record_change(session, "contact", contact)


def add_to_queue(session: Session, contact: Contact) -> None:
    """A new contact of any channel: logged for the workstations and routed."""
    session.add(contact)
    _log_contact(session, contact)
    request_routing(session)


def start_citizen_chat(session: Session, *, language: str, municipality_code: str, text: str,
                       name: str, client_group: str | None = None) -> tuple[Contact, str]:
    if session.get(Municipality, municipality_code) is None:
        raise CitizenError(422, f"Unknown municipality '{municipality_code}'.")
    text = clean_message(text)
    token = secrets.token_urlsafe(32)
    contact = Contact(
        id=new_id(), channel=Channel.CHAT, status=ContactStatus.WAITING, language=language,
        municipality_code=municipality_code, subject=preview(text),
        citizen_name=clean_name(name), citizen_token_hash=token_hash(token),
        client_group=client_group,
    )
    add_to_queue(session, contact)
    message = ChatMessage(id=new_id(), contact_id=contact.id, sender=Sender.CITIZEN,
                          author_name=contact.citizen_name, text=text)
    session.add(message)
    record_change(session, "chat_message", message)
    return contact, token


def citizen_contact(session: Session, chat_id: str, token: str | None) -> Contact:
    contact = None if has_junk(chat_id) else session.get(Contact, chat_id)
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


TYPING_EVERY = timedelta(seconds=2)


def note_typing(session: Session, contact: Contact, *, citizen: bool) -> bool:
    """Record that one side is typing; at most one write per side every two seconds."""
    row = session.get(TypingState, contact.id)
    now = utcnow()
    if row is None:
        row = TypingState(contact_id=contact.id)
        session.add(row)
    last = row.citizen_at if citizen else row.counsellor_at
    if last is not None and now - last < TYPING_EVERY:
        return False
    if citizen:
        row.citizen_at = now
    else:
        row.counsellor_at = now
    record_change(session, "typing", row)
    return True


def queue_position(session: Session, contact: Contact) -> int | None:
    """How many waiting contacts in the same language are ahead of this one (priority
    first, then arrival); None when it is not waiting. A callback booked for later is not
    ahead of anyone until its window opens."""
    if contact.status != ContactStatus.WAITING:
        return None
    ahead = session.scalar(select(func.count()).select_from(Contact).where(
        Contact.status == ContactStatus.WAITING, Contact.language == contact.language,
        Contact.id != contact.id,
        Contact.window_start.is_(None) | (Contact.window_start <= utcnow()),
        (Contact.priority > contact.priority) | (
            (Contact.priority == contact.priority) & (Contact.created_at < contact.created_at))))
    return int(ahead or 0)


# --- mutations from workstations ---------------------------------------------------------

class ContactRef(BaseModel):
    contact_id: str = Field(min_length=1, max_length=36)


# --- who may change a contact (the authorisation rules of its mutations) ------------------

def may_act_on(session: Session, user: User, contact: Contact) -> bool:
    """Whether the user may act on a contact as its handler: close it, open its mail's
    attachments. The handler may. A supervisor may for one handled by a member of their own
    team (a counsellor gone home mid-call), one whose handler's account is gone or
    deactivated (nobody else could), or a waiting one that is not another team's (spam in
    the queue); not for any contact of the region."""
    if contact.accepted_by == user.id:
        return True
    if user.role != "supervisor":
        return False
    if contact.accepted_by:
        handler = session.get(User, contact.accepted_by)
        if handler is None or not handler.active:
            return True
        return user.team_id is not None and handler.team_id == user.team_id
    return contact.team_id in (None, user.team_id)


def locked_contact(session: Session, contact_id: str) -> Contact | None:
    """The contact, its row locked until commit, after the queue lock (``lock_queue``:
    every writer of the queue locks in that order)."""
    lock_queue(session)
    return session.scalar(select(Contact).where(Contact.id == contact_id).with_for_update())


REFUSALS = {
    Refusal.LANGUAGE: "The contact is in a language you do not serve ({language}).",
    Refusal.CLIENT_GROUP: "The contact is about a client group you do not serve.",
    Refusal.OTHER_TEAM: "The contact was handed over to another team.",
    Refusal.NOT_YET: "It is not yet time for this callback; it opens at {opens} UTC.",
}


def may_accept(ctx: MutationContext, args: ContactRef) -> None:
    """The router's rules (``routing.refusal``: a language the caller serves, their client
    groups, their team's handovers, no callback before its window opens), on the locked
    row. A team that picks from the queue picks within them too. Someone who declined may
    change their mind; accepting one's own contact again stays a no-op."""
    contact = locked_contact(ctx.session, args.contact_id)
    if contact is None or contact.accepted_by == ctx.user.id \
            or contact.status != ContactStatus.WAITING:
        return   # the handler answers: not_found, already_taken, a no-op
    reason = refusal(ctx.user, contact, utcnow())
    if reason is not None:
        opens = contact.window_start.strftime("%Y-%m-%d %H:%M") if contact.window_start else ""
        raise Forbidden(REFUSALS[reason].format(language=contact.language, opens=opens),
                        code=str(reason))


def handler_only(message: str) -> Rule:
    """The rule of what only the contact's handler does (reply, wrap up, hand over, record a
    callback attempt): refused ``not_yours`` with ``message`` for anyone else."""

    def rule(ctx: MutationContext, args) -> None:
        contact = ctx.session.get(Contact, args.contact_id)
        if contact is not None and contact.accepted_by != ctx.user.id:
            raise Forbidden(message, code="not_yours")

    rule.__name__ = rule.__qualname__ = "handler_only"
    rule.__doc__ = f"Only the contact's handler: {message}"
    return rule


def may_close(ctx: MutationContext, args: ContactRef) -> None:
    """``may_act_on``: the handler, or a supervisor of the handler's team."""
    contact = ctx.session.get(Contact, args.contact_id)
    if contact is not None and not may_act_on(ctx.session, ctx.user, contact):
        raise Forbidden("Only the counsellor handling it, or the supervisor of their team, "
                        "can close it.", code="not_yours")


def may_type(ctx: MutationContext, args: ContactRef) -> None:
    """Typing shows in a chat someone else handles: refused. In an ended or still waiting
    chat it shows nothing (the handler does nothing), so a late one is no error."""
    contact = ctx.session.get(Contact, args.contact_id)
    if contact is not None and contact.status == ContactStatus.ACCEPTED \
            and contact.accepted_by != ctx.user.id:
        raise Forbidden("Only the counsellor handling the chat writes in it.", code="not_yours")


@mutation("contact.accept", ContactRef, QUEUE_ROLES, may=may_accept)
def accept_contact(ctx: MutationContext, args: ContactRef) -> None:
    """First accept wins. The row lock serialises racing accepts on PostgreSQL; on SQLite
    BEGIN IMMEDIATE already does. A contact offered to someone else stays theirs until
    they decline or miss it."""
    contact = locked_contact(ctx.session, args.contact_id)
    if contact is None:
        raise MutationRejected("not_found", "The contact no longer exists.")
    if contact.status == ContactStatus.ACCEPTED and contact.accepted_by == ctx.user.id:
        return
    if contact.status != ContactStatus.WAITING:
        who = ctx.session.get(User, contact.accepted_by) if contact.accepted_by else None
        by = f" by {who.display_name}" if who else ""
        raise MutationRejected("already_taken", f"The contact was already taken{by}.")
    if contact.offered_to not in (None, ctx.user.id):
        who = ctx.session.get(User, contact.offered_to)
        raise MutationRejected("offered_to_other", "The contact is being offered to "
                               f"{who.display_name if who else 'another counsellor'}.")
    now = utcnow()
    contact.status = ContactStatus.ACCEPTED
    contact.accepted_by = ctx.user.id
    contact.accepted_at = now
    # Answer time: a call from the moment the platform offered it, anything else from its
    # first offer to a counsellor (or its arrival, when counsellors pick).
    start = contact.created_at if contact.channel == Channel.PHONE else (
        contact.first_offered_at or contact.created_at)
    contact.answer_seconds = max(0.0, (now - start).total_seconds())
    _log_contact(ctx.session, contact)
    send_conversation(ctx.session, contact, ctx.user.id)
    _set_presence(ctx.session, ctx.user.id, Presence.BUSY)


def _thread(session: Session, contact: Contact) -> dict[str, str | None]:
    """The contacts of the contact's conversation (an email thread, or itself), each with
    its handler."""
    where = Contact.thread_id == contact.thread_id if contact.thread_id \
        else Contact.id == contact.id
    return {cid: handler for cid, handler in session.execute(
        select(Contact.id, Contact.accepted_by).where(where))}


def send_conversation(session: Session, contact: Contact, user_id: str) -> None:
    """Address the conversation so far (of the whole email thread) to its new handler:
    its messages and notes reach nobody before someone accepts it
    (``conversation_audience``), and a handover's earlier ones went to the one who handled
    it before. An email thread's earlier contacts have ended and reach their own handlers
    only (``contact_audience``): they are sent too, the workstation shows a thread's
    messages by its contacts."""
    thread = _thread(session, contact)
    contacts = list(thread)
    for message in session.scalars(select(ChatMessage).where(
            ChatMessage.contact_id.in_(contacts)).order_by(ChatMessage.created_at)):
        record_change(session, "chat_message", message, audience_user_id=user_id)
    for note in session.scalars(select(ContactNote).where(ContactNote.contact_id.in_(contacts))):
        record_change(session, "contact_note", note, audience_user_id=user_id)
    earlier = [cid for cid, handler in thread.items()
               if cid != contact.id and handler != user_id]
    if earlier:
        for row in session.scalars(select(Contact).where(
                Contact.id.in_(earlier), Contact.status == ContactStatus.CLOSED)):
            record_change(session, "contact", row, audience_user_id=user_id)


# What a conversation is made of on the change log: each entity, its model and the column
# that is its id there. (A contact itself counts only as an email thread's earlier,
# ended contact: ``withdraw_conversation`` never takes back the contact it is called for.)
CONVERSATION_ENTITIES = {"chat_message": (ChatMessage, ChatMessage.id),
                         "contact_note": (ContactNote, ContactNote.contact_id),
                         "contact": (Contact, Contact.id)}


def withdraw_conversation(session: Session, contact: Contact) -> int:
    """Take the conversation back from everyone who holds it and no longer needs it: one
    ``delete`` change per message and holder, addressed to that holder, in this
    transaction (so kill -9 on either side loses nothing and doubles nothing: the
    workstation applies it with its cursor). Who keeps it: the handler of the message's
    own contact, and the contact's current handler (an email thread's earlier mails stay
    with whoever took the thread over). Called when a contact is handed over (the one
    who handed it over loses it) and when it ends (a safety net for anyone else). The
    holders are read from the change log itself: every row that reached a workstation
    is there, until compaction keeps only each (message, holder)'s newest row, which is
    what decides whether that holder still has it. The contact's note goes the same way,
    and so do an email thread's earlier contacts, sent along with their mails
    (``CONVERSATION_ENTITIES``). Returns the number of deletes."""
    handlers = _thread(session, contact)
    keep_all = contact.accepted_by
    latest: dict[tuple[str, str, str | None], tuple[str, str | None]] = {}
    for entity, entity_id, audience, op, group in session.execute(
            select(ChangeLogEntry.entity, ChangeLogEntry.entity_id,
                   ChangeLogEntry.audience_user_id, ChangeLogEntry.op, ChangeLogEntry.group_id)
            .where(or_(ChangeLogEntry.entity.in_(["chat_message", "contact_note"]),
                       # an email thread's earlier contacts (``send_conversation``)
                       and_(ChangeLogEntry.entity == "contact",
                            ChangeLogEntry.entity_id != contact.id)),
                   ChangeLogEntry.group_id.in_(list(handlers)),
                   ChangeLogEntry.audience_user_id.is_not(None),
                   ChangeLogEntry.audience_user_id != CITIZEN_ONLY)
            .order_by(ChangeLogEntry.seq)):
        latest[(entity, entity_id, audience)] = (op, group)
    gone = [(entity, rid, audience) for (entity, rid, audience), (op, group) in latest.items()
            if op == "upsert" and audience not in (keep_all, handlers.get(group or ""))]
    if not gone:
        return 0
    for entity, (model, key) in CONVERSATION_ENTITIES.items():
        ids = {rid for e, rid, _ in gone if e == entity}
        if not ids:
            continue
        rows = {getattr(row, key.key): row
                for row in session.scalars(select(model).where(key.in_(ids)))}
        for e, rid, audience in gone:
            if e == entity and rid in rows:
                record_change(session, entity, rows[rid], op="delete",
                              audience_user_id=audience)
    return len(gone)


@mutation("contact.decline", ContactRef, QUEUE_ROLES, may=callers_own)
def decline_contact(ctx: MutationContext, args: ContactRef) -> None:
    """Decline an offer: it goes to the next counsellor."""
    contact = ctx.session.get(Contact, args.contact_id)
    if contact is None:
        raise MutationRejected("not_found", "The contact no longer exists.")
    if contact.status != ContactStatus.WAITING or contact.offered_to != ctx.user.id:
        return  # the offer has already moved on: nothing to decline
    withdraw_offer(ctx.session, contact, declined=True)


@mutation("contact.close", ContactRef, QUEUE_ROLES, may=may_close)
def close_contact(ctx: MutationContext, args: ContactRef) -> None:
    contact = ctx.session.get(Contact, args.contact_id)
    if contact is None:
        raise MutationRejected("not_found", "The contact no longer exists.")
    if contact.status == ContactStatus.CLOSED:
        return
    contact.status = ContactStatus.CLOSED
    contact.closed_at = utcnow()
    # It leaves every store but its handler's.
    log_contact_ended(ctx.session, contact)
    withdraw_conversation(ctx.session, contact)
    if contact.accepted_by:
        _set_presence(ctx.session, contact.accepted_by, Presence.AFTER_CONTACT_WORK)


def _note_text(value: str) -> str:
    try:
        return clean_note(value)
    except InvalidMessage as exc:
        raise ValueError(str(exc)) from exc


def set_note(session: Session, contact: Contact, user: User, text: str) -> None:
    """The contact's note, as its handler wrote it (cleaned); logged to the handler only."""
    note = session.get(ContactNote, contact.id)
    if note is None:
        if not text:
            return   # no note, and none written
        note = ContactNote(contact_id=contact.id, text="")
        session.add(note)
    elif note.text == text:
        return
    note.text = text
    note.updated_at = utcnow()
    note.updated_by = user.id
    note.updated_by_name = user.display_name
    record_change(session, "contact_note", note)


class NoteArgs(BaseModel):
    contact_id: str = Field(min_length=1, max_length=36)
    # Cleaned like a message (control characters out, trimmed); the length is checked on
    # the cleaned text, with room for what cleaning removes.
    text: str = Field(max_length=MAX_CONTACT_NOTE * 2)

    @field_validator("text")
    @classmethod
    def _clean(cls, value: str) -> str:
        return _note_text(value)


@mutation("contact.note", NoteArgs, QUEUE_ROLES,
          may=handler_only("Only the counsellor handling it writes its note."))
def note_contact(ctx: MutationContext, args: NoteArgs) -> None:
    """Keep the counsellor's free-text note with the contact, during it or in the
    wrap-up; an empty text clears it. It goes to the contact's handler only."""
    contact = ctx.session.get(Contact, args.contact_id)
    if contact is None:
        raise MutationRejected("not_found", "The contact no longer exists.")
    set_note(ctx.session, contact, ctx.user, args.text)


class Identify(BaseModel):
    contact_id: str = Field(min_length=1, max_length=36)
    client_id: str = Field(min_length=1, max_length=36)
    # The screen pop matched the number to this client's relative, not to the client.
    relative: bool = False


@mutation("contact.identify", Identify, QUEUE_ROLES,
          may=handler_only("Only the counsellor handling the call confirms who is calling."))
def identify_caller(ctx: MutationContext, args: Identify) -> None:
    """The counsellor confirmed who is calling: one of the screen pop's matches for the
    caller's number (never any other client: linking a contact to a client lets its
    handler read the client, ``clients.service.may_read``). The contact is linked to the
    client and named after the person on the line (the client, or their relative)."""
    contact = ctx.session.get(Contact, args.contact_id)
    if contact is None:
        raise MutationRejected("not_found", "The contact no longer exists.")
    match = next((c for c in contact.candidates or []
                  if c.get("client_id") == args.client_id
                  and bool(c.get("relation")) == args.relative), None)
    if match is None:
        raise MutationRejected("not_a_match", "That client is not among the matches for the "
                               "caller's number.")
    name = clean_name(str(match.get("relative_name" if args.relative else "name") or ""))
    if contact.client_id == args.client_id and contact.citizen_name == name:
        return
    contact.client_id = args.client_id
    contact.citizen_name = name
    _log_contact(ctx.session, contact)


class WrapUp(BaseModel):
    contact_id: str = Field(min_length=1, max_length=36)
    topics: list[Topic] = Field(min_length=1, max_length=len(Topic))
    client_group: ClientGroup
    outcome: Outcome
    # The note saved with the wrap-up (None: the note is left as it is).
    note: str | None = Field(default=None, max_length=MAX_CONTACT_NOTE * 2)

    @field_validator("note")
    @classmethod
    def _clean_note(cls, value: str | None) -> str | None:
        return None if value is None else _note_text(value)

    @field_validator("outcome")
    @classmethod
    def _choosable(cls, value: Outcome) -> Outcome:
        if value not in WRAP_UP_OUTCOMES:
            raise ValueError(f"'{value}' is not a wrap-up outcome")
        return value


@mutation("contact.wrap_up", WrapUp, QUEUE_ROLES,
          may=handler_only("Only the counsellor who handled it can wrap it up."))
def wrap_up_contact(ctx: MutationContext, args: WrapUp) -> None:
    """Record what the contact was about and how it ended; the time since it ended is the
    after-contact work. The counsellor is available again unless other contacts are open."""
    contact = ctx.session.get(Contact, args.contact_id)
    if contact is None:
        raise MutationRejected("not_found", "The contact no longer exists.")
    if contact.status != ContactStatus.CLOSED:
        raise MutationRejected("still_open", "End the contact before wrapping it up.")
    lock_queue(ctx.session)
    first = contact.wrapped_up_at is None
    now = utcnow()
    contact.topics = [str(t) for t in dict.fromkeys(args.topics)]
    contact.client_group = str(args.client_group)
    contact.outcome = str(args.outcome)
    if args.note is not None:
        set_note(ctx.session, contact, ctx.user, args.note)
    if first:
        contact.wrapped_up_at = now
        contact.acw_seconds = max(0.0, (now - (contact.closed_at or now)).total_seconds())
    _log_contact(ctx.session, contact)
    if first:
        back_to_work(ctx.session, ctx.user.id)


class Handover(BaseModel):
    contact_id: str = Field(min_length=1, max_length=36)
    to_user_id: str | None = Field(default=None, min_length=1, max_length=36)
    to_team_id: str | None = Field(default=None, min_length=1, max_length=36)
    note: CleanText = Field(default="", max_length=2000)


@mutation("contact.handover", Handover, QUEUE_ROLES,
          may=handler_only("Only the counsellor handling it can hand it over."))
def handover_contact(ctx: MutationContext, args: Handover) -> None:
    """A warm handover: the contact goes back to the queue, offered to the chosen
    counsellor (or routed within the chosen team) with the note."""
    if (args.to_user_id is None) == (args.to_team_id is None):
        raise MutationRejected("invalid", "Choose either a counsellor or a team.")
    contact = locked_contact(ctx.session, args.contact_id)
    if contact is None:
        raise MutationRejected("not_found", "The contact no longer exists.")
    if contact.status != ContactStatus.ACCEPTED or contact.accepted_by != ctx.user.id:
        raise MutationRejected("not_yours", "Only the counsellor handling it can hand it over.")
    if args.to_user_id is not None:
        target = ctx.session.get(User, args.to_user_id)
        if target is None or not target.active or target.role not in QUEUE_ROLES \
                or target.id == ctx.user.id:
            raise MutationRejected("no_such_counsellor", "That counsellor cannot take contacts.")
        presence = ctx.session.get(PresenceState, target.id)
        pending = ctx.session.scalar(select(func.count()).select_from(Contact).where(
            Contact.status == ContactStatus.WAITING, Contact.offered_to == target.id)) or 0
        if presence is None or presence.state != Presence.AVAILABLE or pending:
            raise MutationRejected("not_available", f"{target.display_name} is not available "
                                   "now; hand the contact to the team instead.")
    if args.to_team_id is not None and ctx.session.get(Team, args.to_team_id) is None:
        raise MutationRejected("no_such_team", "That team does not exist.")
    now = utcnow()
    contact.status = ContactStatus.WAITING
    contact.accepted_by = None
    contact.accepted_at = None
    contact.handed_over_by = ctx.user.id
    contact.handover_note = args.note.strip() or None
    contact.team_id = args.to_team_id
    contact.declined_by = []
    contact.offered_to = args.to_user_id
    contact.offered_at = now if args.to_user_id else None
    _log_contact(ctx.session, contact)
    # The one who handed it over no longer handles it: its messages leave their store
    # (their tab closes); the next handler is sent them on accept.
    withdraw_conversation(ctx.session, contact)
    request_routing(ctx.session)
    back_to_work(ctx.session, ctx.user.id)


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


@mutation("chat.send", SendChatMessage, QUEUE_ROLES,
          may=handler_only("Accept the chat before replying."))
def send_chat_message(ctx: MutationContext, args: SendChatMessage) -> None:
    contact = ctx.session.get(Contact, args.contact_id)
    if contact is None or contact.channel not in (Channel.CHAT, Channel.EMAIL):
        raise MutationRejected("not_found", "The chat no longer exists.")
    if contact.status == ContactStatus.CLOSED:
        raise MutationRejected("closed", "The chat has ended; the message was not sent.")
    message = ChatMessage(id=args.id, contact_id=contact.id, sender=Sender.COUNSELLOR,
                          author_id=ctx.user.id, author_name=ctx.user.display_name,
                          text=args.text)
    if contact.channel == Channel.EMAIL:
        # Sent by the delivery loop through the relay (server/mail/delivery.py).
        message.delivery = "pending"
        message.next_delivery_at = utcnow()
    ctx.session.add(message)
    record_change(ctx.session, "chat_message", message)


class SetPresence(BaseModel):
    state: Presence


@mutation("chat.typing", ContactRef, QUEUE_ROLES, may=may_type)
def counsellor_typing(ctx: MutationContext, args: ContactRef) -> None:
    """The counsellor is writing a reply: the citizen sees "… is writing"."""
    contact = ctx.session.get(Contact, args.contact_id)
    if contact is None or contact.channel != Channel.CHAT:
        raise MutationRejected("not_found", "The chat no longer exists.")
    if contact.status != ContactStatus.ACCEPTED or contact.accepted_by != ctx.user.id:
        return  # typing into an ended or someone else's chat shows nothing
    note_typing(ctx.session, contact, citizen=False)


@mutation("presence.set", SetPresence, QUEUE_ROLES, may=callers_own)
def set_presence(ctx: MutationContext, args: SetPresence) -> None:
    _set_presence(ctx.session, ctx.user.id, args.state)
