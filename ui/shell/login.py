"""The login dialog: server address, user, password and language.

Logging in runs off the GUI thread; an unreachable server falls back to the cached store
(offline) when this user has logged in here before. In the demo (``demo_users``) the user
is chosen from a list of the demo's users, with their roles, and the password is given."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from ui.common.i18n import LANGUAGES, LanguageManager, Retranslatable
from ui.common.labels import LANGUAGE_NAMES, role_name
from ui.common.tasks import run_task

if TYPE_CHECKING:
    # Imported where used: the dialog must appear before SQLAlchemy, pydantic and httpx
    # have loaded (ui/shell/app.py loads them meanwhile).
    from workstation.login import LoginResult
    from workstation.session import TokenVault


# Every demo user's password (server/demo.py).
DEMO_PASSWORD = "demo"


class LoginDialog(Retranslatable, QDialog):
    logged_in = Signal(object)  # LoginResult

    def __init__(self, languages: LanguageManager, vault: TokenVault, *, server: str = "",
                 username: str = "", store_file=None, parent=None,
                 demo_users: Sequence[tuple[str, str, str]] = ()):
        """``demo_users``: the embedded demo server's users as (user name, name, role):
        they are offered in a list instead of the user name field."""
        super().__init__(parent)
        self.store_file = store_file
        self.demo_users = list(demo_users)
        self.languages = languages
        self.vault = vault
        self.result_value: LoginResult | None = None
        self.setObjectName("loginDialog")
        self.setMinimumWidth(420)

        self.title = QLabel()
        self.title.setObjectName("loginTitle")
        self.server = QLineEdit(server or "http://127.0.0.1:8765")
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        # The demo: its users to choose from, by name and role (the user name as data).
        self.demo_user = QComboBox()
        self.demo_user.setObjectName("demoUser")
        for login_name, _name, _role in self.demo_users:
            self.demo_user.addItem("", login_name)
        if self.demo_users:
            self.demo_user.setCurrentIndex(max(0, self.demo_user.findData(username)))
            self.server.setReadOnly(True)    # the embedded server, started for this run
            self.password.setText(DEMO_PASSWORD)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(languages.language or "fi"))
        self.language.currentIndexChanged.connect(
            lambda i: self.languages.set_language(self.language.itemData(i)))
        self.demo_hint = QLabel()
        self.demo_hint.setObjectName("demoHint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setVisible(bool(self.demo_users))
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        self.form = QFormLayout()
        self.labels = {k: QLabel() for k in ("server", "username", "password", "language")}
        self.form.addRow(self.labels["server"], self.server)
        self.form.addRow(self.labels["username"],
                         self.demo_user if self.demo_users else self.username)
        self.form.addRow(self.labels["password"], self.password)
        self.form.addRow(self.labels["language"], self.language)
        for key, widget in (("server", self.server),
                            ("username", self.demo_user if self.demo_users else self.username),
                            ("password", self.password), ("language", self.language)):
            self.labels[key].setBuddy(widget)
        unused = self.username if self.demo_users else self.demo_user
        unused.setParent(self)
        unused.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.demo_hint)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        if self.demo_users:
            self.demo_user.setFocus()   # arrows choose, Enter logs in
        else:
            (self.password if username else self.username).setFocus()


    def retranslate(self) -> None:
        self.message.setAccessibleName(self.tr("Login status"))
        self.setWindowTitle(self.tr("Log in — Client guidance workstation"))
        self.title.setText(self.tr("Client and service guidance"))
        self.labels["server"].setText(self.tr("&Server address:"))
        self.labels["username"].setText(self.tr("&User name:"))
        self.labels["password"].setText(self.tr("&Password:"))
        self.labels["language"].setText(self.tr("&Language:"))
        self.server.setAccessibleName(self.tr("Server address"))
        self.username.setAccessibleName(self.tr("User name"))
        self.password.setAccessibleName(self.tr("Password"))
        self.language.setAccessibleName(self.tr("Language"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.demo_user.setAccessibleName(self.tr("Demo user"))
        for i, (login_name, name, role) in enumerate(self.demo_users):
            self.demo_user.setItemText(i, self.tr("%1 — %2 (%3)").replace("%1", name)
                                       .replace("%2", role_name(role)).replace("%3", login_name))
        self.demo_hint.setText(self.tr("Demo: choose whom to log in as. Every demo user's "
                                       "password is \"demo\"."))

    def _busy(self, busy: bool) -> None:
        for w in (self.server, self.username, self.demo_user, self.password, self.language):
            w.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def submit(self) -> None:
        server = self.server.text().strip()
        username = (self.demo_user.currentData() if self.demo_users
                    else self.username.text().strip())
        password = self.password.text()
        if not server.startswith(("http://", "https://")):
            self.message.setText(self.tr("The server address must start with http:// or https://."))
            self.server.setFocus()
            return
        if not username or not password:
            self.message.setText(self.tr("Enter your user name and password."))
            (self.username if not username else self.password).setFocus()
            return
        self._busy(True)
        self.message.setText(self.tr("Logging in…"))
        from workstation.login import login

        # The demo's embedded server gets a new port each run: its stores are named "demo".
        store_key = "demo" if self.demo_users else None
        run_task(lambda: login(server, username, password, self.vault, store_key=store_key,
                               store_file=self.store_file), self._finished)

    def _finished(self, result: LoginResult | None, error: Exception | None) -> None:
        from workstation.api import ApiError, AuthRequired
        from workstation.login import NoOfflineCache

        self._busy(False)
        if error is not None:
            self.password.clear()
            self.password.setFocus()
            if isinstance(error, NoOfflineCache):
                self.message.setText(self.tr(
                    "The server cannot be reached, and you have not logged in on this "
                    "computer before, so there is no saved data to work offline with."))
            elif isinstance(error, AuthRequired) and error.status == 401:
                self.message.setText(self.tr("Wrong user name or password."))
            elif isinstance(error, ApiError) and error.status == 429:
                self.message.setText(self.tr("Too many failed attempts. Wait a moment and try "
                                             "again."))
            elif isinstance(error, ApiError):
                self.message.setText(self.tr("The server refused the login:") + " "
                                     + error.message)
            else:
                self.message.setText(self.tr("Login failed:") + " " + str(error))
            return
        self.result_value = result
        self.logged_in.emit(result)
        self.accept()
