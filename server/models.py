"""Imports every table so that Alembic and ``create_all`` see the whole schema."""

from server.auth.models import LoginThrottle, RefreshToken
from server.canned.models import CannedReply
from server.clients.models import Client, ClientAccessLog, Relative
from server.db import Base
from server.directory.models import GuidancePoint, Municipality, Team, User
from server.queue.models import (
    ChatMessage,
    Contact,
    PresenceState,
    ServiceLine,
    TelephonyEvent,
)
from server.sync.models import ChangeLogEntry, MutationOutcome, SyncClient, SyncMeta
from server.walkin.models import Appointment

__all__ = [
    "Appointment",
    "Base",
    "CannedReply",
    "ChangeLogEntry",
    "ChatMessage",
    "Client",
    "ClientAccessLog",
    "Contact",
    "GuidancePoint",
    "LoginThrottle",
    "Municipality",
    "MutationOutcome",
    "PresenceState",
    "RefreshToken",
    "Relative",
    "ServiceLine",
    "SyncClient",
    "TelephonyEvent",
    "SyncMeta",
    "Team",
    "User",
]
