"""Server settings: command line first, then environment, then defaults."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

APP_NAME = "neuvo"
# On a stop (SIGTERM, a restart) the event streams end at once (ChangeFeed.close_streams)
# and their workstations reconnect, to another process or to this one restarted, with
# Last-Event-ID, losing nothing; requests in flight get this long to finish, then are cut.
# Without it a stop waited for every workstation to hang up, i.e. until the service
# manager killed the process.
SHUTDOWN_GRACE_SECONDS = 3
# The intake endpoints' own threads (server/deps.py: intake).
INTAKE_THREADS = 10
# Threads that may hold a database connection at once: AnyIO's 40 for plain ``def``
# endpoints, the intake endpoints' own, the event loop's executor (at most 32).
DATABASE_THREADS = 40 + INTAKE_THREADS + 32


def default_data_dir() -> Path:
    """Where the embedded server keeps its SQLite file and signing key.

    ``NEUVO_SERVER_DATA_DIR`` overrides it; tests always set it."""
    override = os.environ.get("NEUVO_SERVER_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "server"


def _load_or_create_secret(data_dir: Path) -> str:
    path = data_dir / "signing.key"
    if path.exists():
        return path.read_text().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    # Created with owner-only permissions before the key is written.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(key)
    return key


@dataclass
class Settings:
    database_url: str = ""
    data_dir: Path = field(default_factory=default_data_dir)
    secret_key: str = ""
    access_token_seconds: int = 15 * 60
    refresh_token_seconds: int = 12 * 60 * 60
    heartbeat_seconds: float = 15.0
    # Login throttling: after this many failures the next try waits (doubling, capped).
    login_free_failures: int = 3
    login_max_delay_seconds: int = 300
    # The contact-centre platform authenticates its webhook calls with this shared secret
    # (NEUVO_TELEPHONY_SECRET); without one the telephony webhook is off.
    telephony_secret: str = ""
    # Citizens: at most this many chat messages per chat per minute.
    citizen_messages_per_minute: int = 20
    # An offer nobody accepts or declines within this time goes to the next counsellor
    # (NEUVO_OFFER_SECONDS), and the routing sweep runs this often.
    offer_seconds: float = 20.0
    # Callback requests accepted per citizen address per hour
    # (NEUVO_CALLBACK_REQUESTS_PER_HOUR).
    callback_requests_per_hour: int = 10
    # Web chats a citizen address may start per hour (NEUVO_CHATS_PER_HOUR): a script must
    # not fill the regional queue; a library's shared computers still get plenty.
    chats_per_hour: int = 30
    # Email: the SMTP endpoint (NEUVO_SMTP_LISTEN "host:port"; off when empty), the relay
    # replies go out through (NEUVO_SMTP_RELAY "host:port"), the domain of the Message-IDs
    # (NEUVO_MAIL_DOMAIN) and the largest mail accepted.
    smtp_listen: str = ""
    smtp_relay: str = ""
    mail_domain: str = "neuvo.invalid"
    max_mail_bytes: int = 10 * 1024 * 1024
    sweep_seconds: float = 1.0

    def __post_init__(self) -> None:
        self.data_dir = Path(self.data_dir)
        if not self.database_url:
            self.database_url = os.environ.get("NEUVO_DATABASE_URL", "")
        if not self.database_url:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            self.database_url = f"sqlite:///{self.data_dir / 'neuvo.sqlite'}"
        if not self.secret_key:
            self.secret_key = os.environ.get("NEUVO_SECRET_KEY", "") or _load_or_create_secret(
                self.data_dir
            )

        if os.environ.get("NEUVO_HEARTBEAT_SECONDS"):
            self.heartbeat_seconds = float(os.environ["NEUVO_HEARTBEAT_SECONDS"])
        if os.environ.get("NEUVO_OFFER_SECONDS"):
            self.offer_seconds = float(os.environ["NEUVO_OFFER_SECONDS"])
        if os.environ.get("NEUVO_CHATS_PER_HOUR"):
            self.chats_per_hour = int(os.environ["NEUVO_CHATS_PER_HOUR"])
        if os.environ.get("NEUVO_CALLBACK_REQUESTS_PER_HOUR"):
            self.callback_requests_per_hour = int(os.environ["NEUVO_CALLBACK_REQUESTS_PER_HOUR"])
        self.smtp_listen = self.smtp_listen or os.environ.get("NEUVO_SMTP_LISTEN", "")
        self.smtp_relay = self.smtp_relay or os.environ.get("NEUVO_SMTP_RELAY", "")
        self.mail_domain = os.environ.get("NEUVO_MAIL_DOMAIN", self.mail_domain)
        if not self.telephony_secret:
            self.telephony_secret = os.environ.get("NEUVO_TELEPHONY_SECRET", "")

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")
