"""Starting the workstation: application, language, login, then the main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

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
from ui.shell.startup import DEMO_USER, build_main_window, forget_demo_store
from workstation.login import LoginResult, login
from workstation.session import TokenVault

log = logging.getLogger(__name__)


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
        save_settings(server=result.server if not args.demo else settings.get("server", ""),
                      user=result.user.username)
        state["window"] = build_main_window(result, languages)
        state["window"].show()

    if demo_server:
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
        if os.environ.get("NEUVO_STARTUP_PROBE"):
            # benchmarks/startup.py: report once the dialog is shown and the loop is idle.
            def ready():
                print("LOGIN_READY", flush=True)
                app.quit()

            QTimer.singleShot(0, ready)
    return app.exec()
