"""Opening the main window for a logged-in user: the local store (a writer for the sync
worker, a reader for the GUI), the sync engine on its worker thread, and the window."""

from __future__ import annotations

from pathlib import Path

from ui.common.i18n import LanguageManager
from ui.shell.main_window import MainWindow
from ui.shell.sync_worker import SyncWorker
from workstation.domain import scopes_for_role
from workstation.login import LoginResult
from workstation.paths import store_path
from workstation.store import LocalStore
from workstation.sync import SyncEngine

DEMO_USER = "anna"


def build_main_window(result: LoginResult, languages: LanguageManager) -> MainWindow:
    writer = LocalStore(result.store_path)
    reader = LocalStore(result.store_path, writer=False)
    # Only the scopes the role may read: asking for another makes the server refuse the
    # whole sync (a professional has no queue scope, and never got online).
    engine = SyncEngine(writer, result.api, scopes=scopes_for_role(result.user.role))
    worker = SyncWorker(engine)
    window = MainWindow(user=result.user, reader=reader, worker=worker, languages=languages,
                        token_persistent=result.token_persistent, server=result.server)
    if result.offline:
        window.status.set_state("offline", "")
    worker.start()
    return window


def forget_demo_store(username: str = DEMO_USER) -> None:
    """Each demo run gets a new embedded database, so last run's demo cache must go."""
    path = store_path("demo", username)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
