"""Starting the workstation: application, language, login, then the main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.common.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    LanguageManager,
    load_settings,
    save_settings,
)
from ui.common.tasks import run_task
from ui.shell.login import LoginDialog
from workstation.session import TokenVault

if TYPE_CHECKING:
    from workstation.login import LoginResult

log = logging.getLogger(__name__)
# Imported only once the login dialog is up (``prewarm``): the dialog needs Qt and little
# else, and these (SQLAlchemy, pydantic, httpx, the main window) took most of the time
# before it appeared (benchmarks/startup.py).
AFTER_LOGIN_MODULES = ("workstation.login", "workstation.sync", "ui.shell.sync_worker",
                       "ui.shell.startup")


def prewarm() -> threading.Thread:
    """Import what comes after the login dialog on a thread of its own while the user
    types: by the time they press Log in it is loaded. Only imports (no Qt objects made);
    an import the GUI thread asks for meanwhile just waits for this one to finish it."""
    import importlib

    def load() -> None:
        for name in AFTER_LOGIN_MODULES:
            try:
                importlib.import_module(name)
            except Exception:   # the GUI thread's own import will report it
                log.exception("could not preload %s", name)

    thread = threading.Thread(target=load, name="prewarm", daemon=True)
    thread.start()
    return thread


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="main.py", description="Client guidance workstation")
    p.add_argument("--demo", action="store_true",
                   help="start an embedded server with demo data and log in as a counsellor")
    p.add_argument("--server", default="", help="central server address, e.g. https://host")
    p.add_argument("--user", default="", help="user name to prefill")
    p.add_argument("--lang", choices=LANGUAGES, default=None, help="user interface language")
    p.add_argument("--screenshot", type=Path, default=None,
                   help="write a PNG of each main view into this folder and exit")
    return p.parse_args(argv)


def main(argv: list[str] | None = None, *, demo_server: str | None = None) -> int:
    """``demo_server``: address of the embedded demo server that main.py started."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    for noisy in ("httpx", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Neuvo")
    app.setOrganizationName("Neuvo")
    from ui.common import prefs, theme

    theme.apply(app, high_contrast=prefs.high_contrast())
    settings = load_settings()
    languages = LanguageManager(app)
    languages.set_language(args.lang or settings.get("language") or DEFAULT_LANGUAGE,
                           remember=args.lang is not None)
    vault = TokenVault()

    if args.demo and not demo_server:
        print("--demo needs the embedded server that main.py starts", file=sys.stderr)
        return 2

    if args.screenshot:
        from ui.shell.screenshots import take_screenshots

        return take_screenshots(app, languages, vault, args.screenshot,
                                server=demo_server or args.server)

    state: dict = {}

    def open_main(result: LoginResult) -> None:
        from ui.shell.startup import build_main_window

        save_settings(server=result.server if not args.demo else settings.get("server", ""),
                      user=result.user.username)
        state["window"] = build_main_window(result, languages)
        state["window"].show()
        if os.environ.get("NEUVO_STARTUP_PROBE"):
            # benchmarks/startup.py: report once the window shows its first sync's data.
            def synced():
                if state["window"].status.state == "online":
                    print("MAIN_READY", flush=True)
                    app.quit()
                else:
                    QTimer.singleShot(10, synced)

            QTimer.singleShot(0, synced)

    if demo_server:
        from ui.shell.startup import DEMO_USER, forget_demo_store
        from workstation.login import login

        # HTTP and password hashing: off the GUI thread, like the login dialog's.
        forget_demo_store()

        def demo_logged_in(result: LoginResult | None, error: Exception | None) -> None:
            if error is not None or result is None:
                log.error("the demo login failed: %s", error)
                app.exit(1)
                return
            open_main(result)

        run_task(lambda: login(demo_server, DEMO_USER, "demo", vault, store_key="demo"),
                 demo_logged_in)
    else:
        dialog = LoginDialog(languages, vault, server=args.server or settings.get("server", ""),
                             username=args.user or settings.get("user", ""))
        dialog.logged_in.connect(open_main)
        dialog.rejected.connect(lambda: QTimer.singleShot(0, app.quit))
        dialog.show()
        state["dialog"] = dialog
        QTimer.singleShot(0, prewarm)
        if os.environ.get("NEUVO_STARTUP_PROBE"):
            # benchmarks/startup.py: report once the dialog is shown and the loop is idle.
            def ready():
                print("LOGIN_READY", flush=True)
                app.quit()

            QTimer.singleShot(0, ready)
    return app.exec()
