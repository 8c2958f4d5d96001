"""Where the workstation keeps its files. ``NEUVO_DATA_DIR`` overrides the platform's user
data directory; tests always set it, so they never touch a real user's data."""

from __future__ import annotations

import os
import re
from pathlib import Path

import platformdirs

APP_NAME = "neuvo"


def data_dir() -> Path:
    override = os.environ.get("NEUVO_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def _safe(part: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", part).strip("_")[:80] or "default"


def store_path(server_url: str, username: str) -> Path:
    """One local store per server and user: a cache holds only what that user may see."""
    folder = data_dir() / "stores" / _safe(server_url.split("://", 1)[-1])
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{_safe(username.lower())}.sqlite"


def settings_path() -> Path:
    return data_dir() / "settings.json"


def save_attachment(inbound_id: str, index: int, name: str, data: bytes) -> Path:
    """Keep a fetched mail attachment under the data directory, by mail and position; the
    file's own name is kept as far as it is safe on every platform."""
    folder = data_dir() / "attachments" / _safe(inbound_id) / str(int(index))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / _safe(Path(name).name)
    path.write_bytes(data)
    return path
