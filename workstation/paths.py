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


# What a counsellor's computer may open straight from a citizen's mail: documents and
# pictures that run no code. Anything else (a program, a script, a macro document) is only
# saved, and its folder shown, with a warning.
OPENABLE = frozenset({".pdf", ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff",
                      ".heic", ".webp", ".txt", ".csv", ".rtf", ".odt", ".ods", ".odp",
                      ".docx", ".xlsx", ".pptx"})
KEEP_ATTACHMENTS_DAYS = 30


def attachment_file_name(name: str, index: int) -> str:
    """A safe file name for an attachment; one sent without a name is called by its type
    (``application/pdf`` becomes ``attachment-1.pdf``)."""
    if "/" in name and "." not in name:
        import mimetypes

        return f"attachment-{index + 1}{mimetypes.guess_extension(name) or ''}"
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    # Letters of any language stay (lääkärintodistus.pdf); what no file system takes goes.
    base = re.sub(r'[<>:"|?*\x00-\x1f]+', "_", base).strip(" ").rstrip(".")[:120]
    stem = base.split(".", 1)[0].upper()
    if not base or stem in _RESERVED:
        return f"attachment-{index + 1}{Path(base).suffix}"
    return base


# Names Windows keeps for devices, whatever the extension.
_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
                       *(f"LPT{n}" for n in range(1, 10))})


def save_attachment(inbound_id: str, index: int, name: str, data: bytes) -> Path:
    """Keep a fetched mail attachment under the data directory, by mail and position, and
    return its path. A copy already there is reused (a viewer may hold it open); files
    older than ``KEEP_ATTACHMENTS_DAYS`` are removed. Runs off the GUI thread."""
    root = data_dir() / "attachments"
    _remove_old(root)
    folder = root / _safe(inbound_id) / str(int(index))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / attachment_file_name(name, index)
    if path.exists() and path.stat().st_size == len(data):
        return path
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(data)
    os.replace(partial, path)
    if os.name == "nt":
        # Marked as from the internet, as a browser would: Windows then warns before
        # running it, and Office opens it in Protected View.
        try:
            with open(f"{path}:Zone.Identifier", "w", encoding="ascii") as mark:
                mark.write("[ZoneTransfer]\r\nZoneId=3\r\n")
        except OSError:
            pass
    return path


def _remove_old(root: Path) -> None:
    import shutil
    import time

    if not root.is_dir():
        return
    limit = time.time() - KEEP_ATTACHMENTS_DAYS * 86400
    for folder in root.iterdir():
        try:
            if folder.stat().st_mtime < limit:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue
