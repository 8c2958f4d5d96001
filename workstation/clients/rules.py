"""Personal identity code (henkilötunnus) rules, through python-stdnum.

The century sign is part of the identity and is stored exactly as given (DOMAIN.md)."""

from __future__ import annotations

from stdnum import exceptions as stdnum_exceptions
from stdnum.fi import hetu


class InvalidIdentityCode(ValueError):
    pass


def normalise_hetu(value: str | None) -> str | None:
    """Validate a personal identity code; ``None`` or blank means the client has none."""
    if value is None or not value.strip():
        return None
    try:
        return hetu.validate(value.strip().upper(), allow_temporary=True)
    except stdnum_exceptions.ValidationError as exc:
        raise InvalidIdentityCode(str(exc)) from exc


def is_temporary(value: str) -> bool:
    """Individual numbers 900-999 are temporary codes."""
    return int(hetu.compact(value)[7:10]) >= 900
