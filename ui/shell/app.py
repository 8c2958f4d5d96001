"""Starting the workstation: application, language, login, then the main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from collections.abc import Sequence
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
from ui.shell.login import DEMO_PASSWORD, LoginDialog
from ui.shell.platform_check import exit_unless_qt_can_start
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
                   help="start an embedded server with demo data and log in as one of its "
                        "demo users (--user; without it a dialog lists them)")
    p.add_argument("--server", default="", help="central server address, e.g. https://host")
    p.add_argument("--user", default="",
                   help="user name to prefill; with --demo, the demo user to log in as")
    p.add_argument("--lang", choices=LANGUAGES, default=None, help="user interface language")
    p.add_argument("--screenshot", type=Path, default=None,
                   help="write a PNG of each main view into this folder and exit")
    return p.parse_args(argv)


def main(argv: list[str] | None = None, *, demo_server: str | None = None,
         demo_users: Sequence[tuple[str, str, str]] = ()) -> int:
    """``demo_server``: address of the embedded demo server that main.py started;
    ``demo_users``: its users as (user name, name, role)."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    for noisy in ("httpx", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    if QApplication.instance() is None:
        exit_unless_qt_can_start()
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

    state = start(args, app, languages, vault, settings, demo_server=demo_server,
                  demo_users=demo_users)
    if state is None:
        return 2
    return app.exec()


def start(args: argparse.Namespace, app: QApplication, languages: LanguageManager,
          vault: TokenVault, settings: dict, *, demo_server: str | None = None,
          demo_users: Sequence[tuple[str, str, str]] = ()) -> dict | None:
    """Show the login (or, in the demo with ``--user``, log straight in); the main window
    opens after it as ``state["window"]``. None when the arguments cannot work."""
    state: dict = {}

    def open_main(result: LoginResult) -> None:
        from ui.shell.startup import build_main_window

        save_settings(server=result.server if not args.demo else settings.get("server", ""),
                      user=result.user.username if not args.demo else settings.get("user", ""))
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

        known = [username for username, _name, _role in demo_users]
        username = args.user.strip().lower()
        if username and known and username not in known:
            print(f"--user {args.user}: not a demo user. The demo's users: {', '.join(known)}",
                  file=sys.stderr)
            return None
        # Each demo run has a new embedded database: last run's demo caches must go.
        for name in known or [DEMO_USER]:
            forget_demo_store(name)
        if username or not demo_users:
            from workstation.login import login

            def demo_logged_in(result: LoginResult | None, error: Exception | None) -> None:
                if error is not None or result is None:
                    log.error("the demo login failed: %s", error)
                    app.exit(1)
                    return
                open_main(result)

            # HTTP and password hashing: off the GUI thread, like the login dialog's.
            as_user = username or DEMO_USER
            run_task(lambda: login(demo_server, as_user, DEMO_PASSWORD, vault,
                                   store_key="demo"), demo_logged_in)
            return state
        # The demo without --user: the login dialog lists the demo users.
        dialog = LoginDialog(languages, vault, server=demo_server, username=DEMO_USER,
                             demo_users=demo_users)
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
    return state
