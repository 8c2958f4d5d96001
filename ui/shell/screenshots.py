"""``main.py --screenshot DIR``: log in, drive each main view into a realistic state and
write a PNG of it, so a person (and CI) can look at what the workstation shows."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import httpx
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ui.common.i18n import LanguageManager
from ui.shell.login import LoginDialog
from ui.shell.startup import DEMO_USER, build_main_window, forget_demo_store
from workstation.login import login
from workstation.paths import store_path
from workstation.session import TokenVault


def pump(seconds: float, until=None) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if until is not None and until():
            return True
        time.sleep(0.01)
    return until() if until else True


LANGS = ("fi", "sv")


def save(widget, path: Path) -> None:
    """A compressed PNG (the files are kept in the repository)."""
    widget.grab().save(str(path), "PNG", 0)


def take_screenshots(app: QApplication, languages: LanguageManager, vault: TokenVault,
                     folder: Path, *, server: str) -> int:
    """Each view in Finnish and Swedish (``NAME_fi.png``, ``NAME_sv.png``), the chat once in
    English, and the counsellor's day once in high contrast."""
    folder.mkdir(parents=True, exist_ok=True)
    if not server:
        print("--screenshot needs --demo or --server")
        return 2
    # A data folder of its own: the user's saved layout and high-contrast choice must not
    # change the pictures, nor the pictures the user's settings.
    os.environ["NEUVO_DATA_DIR"] = tempfile.mkdtemp(prefix="neuvo-screenshots-")

    def in_languages(name: str, widget, window=None, langs=LANGS) -> None:
        for lang in langs:
            languages.set_language(lang, remember=False)
            if window is not None:
                window._load_municipalities()
            pump(0.5)
            save(widget, folder / f"{name}_{lang}.png")
        languages.set_language("fi", remember=False)
        if window is not None:
            window._load_municipalities()
        pump(0.3)

    languages.set_language("fi", remember=False)
    dialog = LoginDialog(languages, vault, server=server, username=DEMO_USER)
    dialog.show()
    pump(0.3)
    in_languages("login", dialog)
    dialog.close()

    forget_demo_store()
    result = login(server, DEMO_USER, "demo", vault, store_key="demo")
    window = build_main_window(result, languages)
    window.show()
    pump(10, lambda: window.queue.model.rowCount() > 0 and window.status.state == "online")
    # The start tab: the counsellor's day, with today's appointments read.
    pump(5, lambda: window.home.page.appointments is not None)
    pump(1.5)   # the waiting times pass their targets
    in_languages("my-day", window, window)
    window.set_high_contrast(True)
    pump(0.5)
    save(window, folder / "my-day-high-contrast_fi.png")
    window.set_high_contrast(False)
    pump(0.3)

    # A fresh citizen chat arriving live, then accepted and answered.
    r = httpx.post(f"{server}/api/public/chats", json={
        "language": "fi", "municipality_code": "853", "name": "Aino",
        "text": "Hei! Isäni on 84-vuotias ja asuu yksin Turussa. Hän tarvitsisi apua "
                "kauppa-asioissa. Mitä palveluja on tarjolla?"})
    chat_id = r.json()["chat_id"]
    pump(5, lambda: window.queue.model.row_of(chat_id) >= 0)
    window.queue.accept_contact(chat_id)
    pump(3, lambda: window.status.pending == 0)
    window.contacts.send_message(chat_id, "Hei Aino, olen Anna asiakasohjauksesta. Turussa on "
                                 "kauppakassipalvelu ja kotiin annettavia tukipalveluja. "
                                 "Kerron niistä mielelläni lisää.")
    view = window.contacts.chats[chat_id]
    pump(5, lambda: len(view.messages) >= 2 and not any(m["_pending"] for m in view.messages))
    view.reply.setPlainText("Voisitko kertoa, onko isälläsi jo kotihoidon palveluja?")
    window.queue.dock.view.selectRow(0)
    pump(0.3)
    in_languages("chat", window, window, langs=("fi", "sv", "en"))

    # Ending the chat brings the wrap-up; saving it makes Anna available for the next offer.
    # (The reply typed for the picture goes first: with unsent text, ending asks.)
    view.reply.clear()
    window.contacts.end_contact(chat_id)
    pump(3, lambda: view.needs_wrap_up() and window.status.pending == 0)
    assert view.wrap_up is not None
    view.wrap_up._toggle(view.wrap_up.topics.item(0))
    view.wrap_up.outcome_buttons["resolved"].setChecked(True)
    pump(0.3)
    in_languages("wrap-up", window, window)
    view.wrap_up.save()
    pump(8, lambda: window.queue.dock.offer.isVisible())
    # The offer, above the queue and on the day page.
    window.home.show_page()
    pump(0.5)
    in_languages("offer", window, window)
    # The walk-in side: the guidance point's day with today's appointments.
    window.walkin.dock.focus()
    window.walkin.refresh()
    pump(0.5)
    in_languages("walk-in-day", window, window)
    window.close()
    pump(0.5)

    # A supervisor's team: presence, languages and client groups (Ctrl+T).
    for suffix in ("", "-wal", "-shm"):
        Path(f"{store_path('screenshots', 'paivi')}{suffix}").unlink(missing_ok=True)
    boss = build_main_window(login(server, "paivi", "demo", vault, store_key="screenshots"),
                             languages)
    boss.show()
    pump(10, lambda: boss.status.state == "online" and bool(boss.reader.all("presence")))
    boss.team.show_team()
    team = boss.team.dialog
    assert team is not None
    pump(0.5)
    team.table.selectRow(1)
    pump(0.3)
    in_languages("team", team, boss)
    team.close()
    boss.close()
    pump(0.5)
    print(f"screenshots written to {folder}")
    return 0
