"""Runs the Alembic migrations on start, so any database URL comes up at the right schema."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.attributes["engine"] = engine
        cfg.set_main_option("sqlalchemy.url",
                            engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


# Held while migrating on PostgreSQL: several server processes started at once (a rolling
# deploy, or a seed command next to a running server) migrate one at a time; the later ones
# find the schema at head and do nothing.
MIGRATION_LOCK = 7_000_003   # the other keys: PG_CHANGE_LOCK, PG_LOGIN_LOCK


def upgrade(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        _upgrade_sqlite(engine)
        return
    # AUTOCOMMIT: the lock's connection is not left idle in a transaction for the whole
    # migration (a server's idle-in-transaction timeout would end it and free the lock).
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as lock:
        lock.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK})
        try:
            command.upgrade(alembic_config(engine), "head")
        finally:
            lock.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK})


def _upgrade_sqlite(engine: Engine) -> None:
    """One server process owns the file. Alembic changes a column on SQLite by copying the
    table and dropping the old one, which the application's connections (foreign keys on)
    refuse while other rows point at it: migrate through a plain connection, then check
    that every reference still holds."""
    plain = create_engine(engine.url)
    try:
        command.upgrade(alembic_config(plain), "head")
        with plain.connect() as conn:
            broken = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
        if broken:
            raise RuntimeError(f"the migration left {len(broken)} broken references, e.g. "
                               f"{tuple(broken[0])}")
    finally:
        plain.dispose()
