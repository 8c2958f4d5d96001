"""Rules for contacts and chat messages that both the server and the workstation apply."""

from __future__ import annotations

import re
from enum import StrEnum

from stdnum.fi import hetu

from workstation.text import clean_line, clean_text

MAX_CHAT_MESSAGE = 4000
MAX_CITIZEN_NAME = 100
# A counsellor's note on a contact (what was agreed, what to do next).
MAX_CONTACT_NOTE = 4000


class Channel(StrEnum):
    PHONE = "phone"
    CHAT = "chat"
    EMAIL = "email"
    CALLBACK = "callback"
    WALK_IN = "walk_in"


class ContactStatus(StrEnum):
    WAITING = "waiting"
    ACCEPTED = "accepted"
    CLOSED = "closed"


class ClientGroup(StrEnum):
    OLDER_PEOPLE = "older_people"
    FAMILIES = "families"
    WORKING_AGE = "working_age"
    DISABILITY = "disability"


class Topic(StrEnum):
    """The pilot's most common topics (DOMAIN.md), in that order."""

    HOME_HELP = "home_help"
    FOOD = "food"
    LEISURE = "leisure"
    HOUSING = "housing"
    HOME_SAFETY = "home_safety"
    OTHER = "other"


class Outcome(StrEnum):
    """How a contact ended, recorded in the wrap-up (or by the system for the last two)."""

    RESOLVED = "resolved"
    FOLLOW_UP = "follow_up"
    TRANSFERRED = "transferred"
    ASSESSMENT = "assessment"
    CONSULTATION = "consultation"
    ABANDONED = "abandoned"
    UNREACHED = "unreached"


# What a counsellor chooses from in the wrap-up.
WRAP_UP_OUTCOMES = (Outcome.RESOLVED, Outcome.FOLLOW_UP, Outcome.TRANSFERRED,
                    Outcome.ASSESSMENT, Outcome.CONSULTATION)


class CallbackResult(StrEnum):
    NO_ANSWER = "no_answer"
    LEFT_MESSAGE = "left_message"
    REACHED = "reached"


# Three callback attempts without reaching the citizen close the request.
MAX_CALLBACK_ATTEMPTS = 3


class Sender(StrEnum):
    CITIZEN = "citizen"
    COUNSELLOR = "counsellor"


class InvalidMessage(ValueError):
    """A chat message that can never be sent; ``code`` lets the UI translate the reason."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


class InvalidPhoneNumber(ValueError):
    pass


def normalise_phone(value: str) -> str:
    """A Finnish or international phone number in E.164 form (+358401234567).

    Accepts the ways people and platforms write them: spaces, dashes, brackets, a leading
    0 (domestic), 00 (international prefix) or +."""
    raw = value.strip()
    digits = "".join(ch for ch in raw if ch.isdigit())
    if raw.startswith("+"):
        number = digits
    elif digits.startswith("00"):
        number = digits[2:]
    elif digits.startswith("0"):
        number = "358" + digits[1:]
    else:
        number = digits
    if not 7 <= len(number) <= 15 or any(ch.isalpha() for ch in raw):
        raise InvalidPhoneNumber(f"'{value}' is not a phone number.")
    return "+" + number


def callable_phone(value: str) -> str:
    """A number a counsellor can call back, in E.164 form, or InvalidPhoneNumber.

    Stricter than ``normalise_phone``: a Finnish number has 6-10 digits after the country
    code (02 262 6000, 040 123 4567), any other at least 8 digits in all."""
    number = normalise_phone(value)
    if number.startswith("+358"):
        ok = 6 <= len(number) - 4 <= 10
    else:
        ok = len(number) - 1 >= 8
    if not ok:
        raise InvalidPhoneNumber(f"'{value}' is not a phone number that can be called.")
    return number


def clean_name(name: str) -> str:
    """A citizen's self-given name: one line of text, no control characters."""
    return clean_line(name)[:MAX_CITIZEN_NAME]


def clean_message(text: str) -> str:
    """Return the message as it will be stored, or raise InvalidMessage.

    Control characters other than newline and tab are removed, because they break the
    display on both sides; HTML is *not* touched: it is text and is shown as text."""
    if not isinstance(text, str):
        raise InvalidMessage("not_text", "The message must be text.")
    cleaned = clean_text(text).strip()
    if not cleaned:
        raise InvalidMessage("empty", "The message is empty.")
    if len(cleaned) > MAX_CHAT_MESSAGE:
        raise InvalidMessage(
            "too_long",
            f"The message is {len(cleaned)} characters long; the limit is {MAX_CHAT_MESSAGE}.",
        )
    return cleaned


def clean_note(text: str) -> str:
    """A contact's note as it will be stored, or InvalidMessage (``too_long``,
    ``not_text``). Like a message (control characters other than newline and tab removed,
    surrounding blank space trimmed), but it may be empty: an emptied note is a note
    cleared."""
    if not isinstance(text, str):
        raise InvalidMessage("not_text", "The note must be text.")
    cleaned = clean_text(text).strip()
    if len(cleaned) > MAX_CONTACT_NOTE:
        raise InvalidMessage(
            "too_long",
            f"The note is {len(cleaned)} characters long; the limit is {MAX_CONTACT_NOTE}.",
        )
    return cleaned


# --- what the waiting queue may show of a contact ---------------------------------------
# A waiting contact's preview reaches every counsellor of the region (docs/architecture.md
# section 7): it is kept short and never shows a personal identity code. The message bodies
# themselves go only to the contact's handler.
PREVIEW_LENGTH = 80
MASKED_IDENTITY_CODE = "******-****"
# The shape of a personal identity code (DDMMYY, century sign, individual number, check
# character), also as people type it: lower case, a space or a typographic dash around the
# sign. A match is masked when python-stdnum accepts it, or when its date part is a date
# (a code with a typo is still someone's code).
_HETU_SHAPE = re.compile(
    r"(?<![0-9A-Za-z])(\d{2})(\d{2})(\d{2})\s?([-+A-FU-Ya-fu-y\u2010-\u2015\u2212])\s?"
    r"(\d{3})([0-9A-Ya-y])(?![0-9A-Za-z])")


def _looks_like_identity_code(match: re.Match) -> bool:
    day, month, year, sign, number, check = match.groups()
    if sign in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212":
        sign = "-"
    if hetu.is_valid(f"{day}{month}{year}{sign}{number}{check}".upper()):
        return True
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


def mask_identity_codes(text: str) -> str:
    """``text`` with every personal identity code replaced by ``MASKED_IDENTITY_CODE``."""
    return _HETU_SHAPE.sub(
        lambda m: MASKED_IDENTITY_CODE if _looks_like_identity_code(m) else m.group(0), text)


def preview(text: str | None, limit: int = PREVIEW_LENGTH) -> str:
    """What the queue shows of a contact's subject or first message: one line, identity
    codes masked, at most ``limit`` characters (cut at a word where one is near)."""
    line = " ".join(mask_identity_codes(clean_line(text or "")).split())
    if len(line) <= limit:
        return line
    cut = line[:limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"
