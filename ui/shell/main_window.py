"""The counsellor's main window. It composes the subjects of the workstation, each of
which owns its docks, actions and dialogs:

- the queue and its offers (ui/queue), docked left;
- the open contacts, a tab each (ui/chat), the work area;
- the walk-in day of a guidance point (ui/walkin), docked right;
- canned replies (ui/canned) and the team view (ui/team), dialogs;
- the counsellor's day (ui/home), the first tab of the work area;

and keeps for itself the menus, the status bar with presence, the language, the look
(standard or high contrast, ui/common/theme.py), the window layout remembered between
sessions (ui/common/prefs.py), re-login and the server's rejections. Everything a
counsellor does during a contact has a key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow

from ui.canned.feature import CannedFeature
from ui.chat.feature import ContactsFeature
from ui.common import prefs, theme
from ui.common.background import StoreReader
from ui.common.feature import Desk, Feature, set_action_text
from ui.common.i18n import LANGUAGES, LanguageManager, Retranslatable
from ui.common.icons import channel_icon, icon
from ui.common.labels import LANGUAGE_NAMES, presence_name, rejection_text
from ui.home.feature import HomeFeature
from ui.queue.feature import QueueFeature
from ui.queue.snapshot import QueueSnapshot
from ui.shell.login import LoginDialog
from ui.shell.shortcuts import ShortcutsDialog
from ui.shell.status import PRESENCE_CHOICES, WorkstationStatusBar
from ui.shell.sync_worker import SyncWorker
from ui.team.feature import TeamFeature
from ui.walkin.feature import WalkInFeature
from workstation import directory
from workstation.contract import UserInfo
from workstation.domain import Presence
from workstation.store import LocalStore, Rejection
from workstation.team import usecases as team


class MainWindow(Retranslatable, QMainWindow):
    def __init__(self, *, user: UserInfo, reader: LocalStore, worker: SyncWorker,
                 languages: LanguageManager, token_persistent: bool, server: str):
        super().__init__()
        self.setObjectName("mainWindow")
        self.user = user
        self.reader = reader
        self.worker = worker
        self.languages = languages
        self.server = server
        self.municipality_names: dict[str, str] = {}
        self._relogin: LoginDialog | None = None
        self._shortcuts: ShortcutsDialog | None = None
        self.resize(1280, 800)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, high_contrast=prefs.high_contrast())

        self.status = WorkstationStatusBar(token_persistent, self)
        self.setStatusBar(self.status)
        self.status.presence_chosen.connect(self.set_presence)
        self.store_reader = StoreReader(reader.path, self)
        self.desk = Desk(window=self, user=user, reader=reader, core=worker,
                         store_reader=self.store_reader,
                         municipality_names=self.municipality_names,
                         online=lambda: self.status.state == "online")

        self.contacts = ContactsFeature(self.desk)
        self.queue = QueueFeature(self.desk, self.contacts)
        self.walkin = WalkInFeature(self.desk, self.contacts)
        self.canned = CannedFeature(self.desk, self.contacts)
        self.team = TeamFeature(self.desk)
        self.home = HomeFeature(self.desk, self.queue, self.contacts, self.walkin)
        self.features: list[Feature] = [self.contacts, self.queue, self.walkin, self.canned,
                                        self.team, self.home]
        self.queue.place()
        self.walkin.place(below=self.queue.dock)
        self.setCentralWidget(self.contacts.tabs)
        self.queue.loaded.connect(self._queue_read)

        self._create_actions()
        self._create_menus()
        self._connect_signals()
        self.retranslate()
        self.default_layout = self.saveState()
        self.restore_layout()
        self.refresh_all()

    # --- construction -------------------------------------------------------------------
    def _create_actions(self) -> None:
        own = Feature(self.desk)   # the window's own actions, made like a feature's
        self.act_sync = own.action("syncNow", "F5", self.worker.sync_now)
        self.act_relogin = own.action("relogin", "Ctrl+L", self.log_in_again)
        self.act_quit = own.action("quit", "Ctrl+Q", self.close)
        self.act_help = own.action("shortcuts", "F1", self.show_shortcuts)
        self.act_high_contrast = own.action("highContrast", "Ctrl+Shift+H",
                                            self.set_high_contrast)
        self.act_high_contrast.setCheckable(True)
        self.act_high_contrast.setChecked(theme.is_high_contrast())
        self.act_high_contrast.setIcon(icon("contrast-2"))
        self.act_reset_layout = own.action("resetLayout", None, self.reset_layout)
        self.presence_actions: dict[Presence, QAction] = {}
        # Presence is the queue's: a professional has none (the server refuses it).
        for n, state in enumerate(PRESENCE_CHOICES, start=1):
            self.presence_actions[state] = own.action(
                f"presence_{state}", f"Ctrl+{n}", lambda _=False, s=state: self.set_presence(s),
                visible=self.desk.takes_contacts)
        self.status.show_presence(self.desk.takes_contacts)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[code], self, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setChecked(code == self.languages.language)
            action.triggered.connect(lambda _=False, c=code: self.languages.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action

    def _contact_actions(self) -> list[QAction]:
        """The Contact menu, in the order a contact goes."""
        q, c, k, t = self.queue, self.contacts, self.canned, self.team
        return [q.act_accept, q.act_decline, c.act_reply, k.act_insert, c.act_note,
                c.act_save_note, c.act_handover, c.act_end, c.act_close_tab, k.act_manage,
                t.act_pick_mode]

    def _view_actions(self) -> list[QAction]:
        return [self.home.act_home, self.queue.act_focus, self.walkin.act_day,
                self.team.act_team, self.contacts.act_next_tab, self.act_high_contrast]

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addAction(self.act_sync)
        self.menu_file.addAction(self.act_relogin)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_contact = bar.addMenu("")
        for a in self._contact_actions():
            self.menu_contact.addAction(a)
        self.menu_contact.addSeparator()
        self.menu_presence = self.menu_contact.addMenu("")
        self.menu_presence.menuAction().setVisible(self.desk.takes_contacts)
        for a in self.presence_actions.values():
            self.menu_presence.addAction(a)
        self.menu_view = bar.addMenu("")
        for a in self._view_actions():
            self.menu_view.addAction(a)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_reset_layout)
        self.menu_language = bar.addMenu("")
        for a in self.language_actions.values():
            self.menu_language.addAction(a)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_help)

    def _connect_signals(self) -> None:
        # sync worker -> window (queued across threads)
        self.worker.state_changed.connect(self.status.set_state)
        self.worker.state_changed.connect(self._state_changed)
        self.worker.pending_changed.connect(self.status.set_pending)
        self.worker.push_stuck.connect(self.status.set_stuck)
        # A push answered: a note being sent may now be the server's. (A method, not a
        # lambda: a slot of this window runs on the GUI thread.)
        self.worker.pending_changed.connect(self._pending_changed)
        self.worker.records_changed.connect(self.on_records_changed)
        self.worker.rejected.connect(self.on_rejected)
        self.languages.language_changed.connect(self._language_changed)

    # --- translation --------------------------------------------------------------------
    def _language_changed(self, code: str) -> None:
        self.language_actions[code].setChecked(True)
        # Municipality names follow the language (Turku / Åbo).
        self._load_municipalities()
        self.queue.read()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Client guidance workstation — %1").replace(
            "%1", self.user.display_name))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_contact.setTitle(self.tr("&Contact"))
        self.menu_presence.setTitle(self.tr("&Presence"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        set_action_text(self.act_sync, self.tr("&Synchronise now"))
        set_action_text(self.act_relogin, self.tr("&Log in again…"))
        set_action_text(self.act_quit, self.tr("&Quit"))
        set_action_text(self.act_help, self.tr("&Keyboard shortcuts"))
        set_action_text(self.act_high_contrast, self.tr("&High contrast"))
        set_action_text(self.act_reset_layout, self.tr("&Reset the window layout"))
        for state, action in self.presence_actions.items():
            set_action_text(action, presence_name(state))
        for feature in self.features:
            feature.retranslate()

    # --- refresh from the store ---------------------------------------------------------
    def on_records_changed(self, entities: list[str]) -> None:
        changed = set(entities)
        if "municipality" in changed:
            self._load_municipalities()
        if "presence" in changed:
            self._refresh_presence()
        for feature in self.features:
            feature.records_changed(changed)

    def refresh_all(self) -> None:
        """At start: small reads here, the queue and transcripts by the store reader."""
        self._load_municipalities()
        self._refresh_presence()
        for feature in self.features:
            feature.refresh()

    # --- look and layout ----------------------------------------------------------------
    def set_high_contrast(self, on: bool) -> None:
        """View ▸ High contrast (Ctrl+Shift+H): the whole application, remembered."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, high_contrast=on)
        self.act_high_contrast.setChecked(on)
        prefs.set_high_contrast(on)
        for view in self.contacts.chats.values():
            view.render()   # the transcript's names in the new colours
        tabs = self.contacts.tabs
        for i in range(tabs.count()):
            page = tabs.widget(i)
            tabs.setTabIcon(i, icon("home") if page is self.home.page else channel_icon(
                getattr(page, "contact", {}).get("channel", "")) or QIcon())
        self.act_high_contrast.setIcon(icon("contrast-2"))
        self.queue.dock.fit_columns()

    def restore_layout(self) -> None:
        """The window's size and docks as this user left them last time."""
        geometry, state = prefs.window_layout(self.user.username)
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def save_layout(self) -> None:
        prefs.save_window_layout(self.user.username, self.saveGeometry(), self.saveState())

    def reset_layout(self) -> None:
        prefs.forget_window_layout(self.user.username)
        self.restoreState(self.default_layout)
        self.resize(1280, 800)

    def _pending_changed(self, _count: int) -> None:
        self.contacts.refresh_notes()

    def _queue_read(self, snapshot: QueueSnapshot) -> None:
        self.team.set_queue(snapshot.waiting)

    def _load_municipalities(self) -> None:
        self.municipality_names.clear()
        self.municipality_names.update(
            directory.municipality_names(self.reader, self.languages.language or "fi"))
        self.queue.relabel()
        self.contacts.relabel()

    def _refresh_presence(self) -> None:
        """The presence box shows the store's state; none stored yet is "offline", as the
        team view shows it (team.team_members)."""
        mine = directory.my_presence(self.reader, self.user.id)
        if mine:
            self.status.set_presence(mine["state"], mine.get("since"))

    # --- the window's own actions -------------------------------------------------------
    def set_presence(self, state: str) -> None:
        if Presence(state) in (Presence.AWAY, Presence.OFFLINE) \
                and self._refuse_with_wrap_up_pending(
                    self.tr("Save the wrap-up before you go away: 1–6 topics, Alt+letter "
                            "outcome, Ctrl+Enter.")):
            self._refresh_presence()   # the presence menu shows what it still is
            return
        team.set_presence(self.worker, self.user, Presence(state))
        self.status.set_presence(state)

    def _refuse_with_wrap_up_pending(self, message: str) -> bool:
        """As F2 does: with a wrap-up unsaved, bring it forward and say why."""
        pending = self.contacts.pending_wrap_up()
        if pending is None:
            return False
        self.contacts.show(pending.contact_id)
        self.statusBar().showMessage(message, 8000)
        return True

    def _state_changed(self, state: str, _detail: str) -> None:
        if state == "auth_required" and self._relogin is None:
            self.statusBar().showMessage(
                self.tr("The login has expired. Your work is kept; press Ctrl+L to log in "
                        "again and send it."), 15000)

    def log_in_again(self) -> None:
        """Renew the login without closing anything: the new tokens go to the running
        engine, which then sends whatever waited."""
        if self._relogin is not None:
            self._relogin.raise_()
            return
        if self._refuse_with_wrap_up_pending(
                self.tr("Save the wrap-up before logging in again: 1–6 topics, Alt+letter "
                        "outcome, Ctrl+Enter. It is kept until the login is renewed.")):
            return
        from workstation.session import TokenVault

        dialog = LoginDialog(self.languages, TokenVault(), server=self.server,
                             username=self.user.username, store_file=self.reader.path,
                             parent=self)
        dialog.server.setReadOnly(True)
        dialog.username.setReadOnly(True)
        dialog.password.setFocus()
        dialog.logged_in.connect(lambda result: self.worker.adopt_login(result.api))
        dialog.finished.connect(lambda _code: setattr(self, "_relogin", None))
        self._relogin = dialog
        dialog.open()

    def on_rejected(self, rejections: list[Rejection]) -> None:
        for r in rejections:
            self.statusBar().showMessage(rejection_text(r.code, r.error), 10000)
        # The refused edit's optimistic rows are gone: show the store's truth again.
        self.contacts.refresh()
        self.queue.read()

    def show_shortcuts(self) -> None:
        actions = [*self._contact_actions()[:-1], *self._view_actions(), self.act_sync,
                   self.act_relogin, self.act_help, *self.presence_actions.values(),
                   self.act_quit]
        rows = [(a.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                 a.text().replace("&", "")) for a in actions if a.isVisible()]
        rows.append((self.tr("Enter"), self.tr("Send the reply")))
        rows.append((self.tr("Shift+Enter"), self.tr("New line in the reply")))
        rows.append((self.tr("1–6"), self.tr("Wrap-up: tick a topic")))
        rows.append((self.tr("Alt+letter"), self.tr("Wrap-up: choose the outcome")))
        rows.append((self.tr("Ctrl+Enter"), self.tr("Wrap-up: save (with the note)")))
        rows.append((self.tr("Alt+1…5"),
                     self.tr("Call: confirm who is calling (a match of the screen pop)")))
        rows.append((self.tr("Alt+underlined letter"),
                     self.tr("Callback request: record the attempt (no answer, left a "
                             "message, reached)")))
        rows.append((self.tr("Ctrl+B / Enter / Ctrl+R / Del"),
                     self.tr("Guidance point day: book, check in, visitor without an "
                             "appointment, cancel a booking")))
        rows.append((self.tr("Alt+Left / Alt+Right"),
                     self.tr("Guidance point day: the day before / after")))
        if self._shortcuts is not None:
            self._shortcuts.close()
        dialog = ShortcutsDialog(rows, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "_shortcuts", None))
        self._shortcuts = dialog
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.contacts.save_drafts()
        self.worker.stop()
        self.store_reader.stop()
        super().closeEvent(event)
