"""The one normalisation every text passes where it enters the system.

PostgreSQL refuses a NUL character in text (SQLite stores it); other control characters
break the display on both sides, and lone surrogates (from broken UTF-8 or a "\\ud800"
escape in JSON) cannot be stored as text anywhere. So every text that enters the server (an
HTTP body, the callback form, the telephony webhook, a mail, a sync mutation) and the
workstation's own forms pass through one of two functions, and both databases store the
same thing:

- ``clean_line`` for one-line values (names, phone numbers, ids, subjects): every control
  character goes; line breaks and tabs become a space, the rest are removed; the ends are
  stripped.
- ``clean_text`` for multi-line text (messages, notes): line breaks and tabs stay,
  ``\\r\\n`` and ``\\r`` become ``\\n``, every other control character is removed.

Lone surrogates become U+FFFD, as any decoder shows invalid input. Nothing else is
touched: HTML and SQL-looking text are text, shown as text.

``CleanLine`` and ``CleanText`` are the same as pydantic types: a model field declared
with one of them is cleaned when the model validates, so a new capability inherits the
rule by using the type (``Field(max_length=...)`` still applies to what was sent).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated

from pydantic import AfterValidator

# C0 and C1 controls and DEL (Unicode category Cc), and lone surrogates (Cs).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Controls that separate words: they become a space in a line, not nothing.
_SPACING = re.compile("[\t\n\v\f\r\x1c-\x1f\x85]+")
_TEXT_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def is_control(ch: str) -> bool:
    """C0, DEL and C1 controls (Unicode category Cc)."""
    return unicodedata.category(ch) == "Cc"


def _surrogates(value: str) -> str:
    return _SURROGATE.sub("\ufffd", value)


def clean_line(value: str) -> str:
    """One line of text: no control characters (line breaks and tabs become a space),
    no lone surrogates, stripped."""
    value = _SPACING.sub(" ", value)
    return _surrogates(_CONTROL.sub("", value)).strip()


def clean_text(value: str) -> str:
    """Multi-line text: ``\\n`` and ``\\t`` stay, ``\\r\\n``/``\\r`` become ``\\n``, other
    control characters are removed, lone surrogates become U+FFFD. Not stripped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _surrogates(_TEXT_CONTROL.sub("", value))


def has_junk(value: str) -> bool:
    """True when ``clean_line`` would change more than the ends: for identifiers, which
    are refused rather than silently changed."""
    return bool(_CONTROL.search(value) or _SURROGATE.search(value))


CleanLine = Annotated[str, AfterValidator(clean_line)]
CleanText = Annotated[str, AfterValidator(clean_text)]
