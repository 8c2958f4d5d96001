"""Rules for contacts and chat messages that both the server and the workstation apply."""

from __future__ import annotations

from enum import StrEnum

from workstation.text import clean_line, clean_text

MAX_CHAT_MESSAGE = 4000
MAX_CITIZEN_NAME = 100


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
