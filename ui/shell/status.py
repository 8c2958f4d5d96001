"""The status bar: connection state, changes waiting to be sent, presence, and whether the
login is kept in the keyring or only in memory."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QStatusBar

from ui.common import theme
from ui.common.i18n import Retranslatable
from ui.common.labels import presence_name
from ui.common.text import format_wait
from workstation.contract import parse_time
from workstation.domain import Presence

# Ctrl+1 … Ctrl+5. "Offline" (off the lines: no offers) is where a day starts and ends; the
# box must be able to show it, or it shows the first state instead of the true one.
PRESENCE_CHOICES = (Presence.AVAILABLE, Presence.BUSY, Presence.AFTER_CONTACT_WORK,
                    Presence.AWAY, Presence.OFFLINE)


class WorkstationStatusBar(Retranslatable, QStatusBar):
    presence_chosen = Signal(str)

    def __init__(self, token_persistent: bool, parent=None):
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.state = "offline"
        self.detail = ""
        self.pending = 0
        self.token_persistent = token_persistent
        self.connection = QLabel()
        self.connection.setObjectName("connectionState")
        self.pending_label = QLabel()
        self.pending_label.setObjectName("pendingChanges")
        # The first unsent change keeps failing (workstation.sync.STUCK_AFTER): said here,
        # because the changes after it wait for it.
        self.stuck = (0, "", "")
        self.stuck_label = QLabel()
        self.stuck_label.setObjectName("stuckChange")
        self.stuck_label.setStyleSheet("color:#b00020; font-weight:bold")
        self.stuck_label.setVisible(False)
        self.keyring_label = QLabel()
        self.keyring_label.setObjectName("keyringWarning")
        self.keyring_label.setVisible(not token_persistent)
        self.presence = QComboBox()
        self.presence.setObjectName("presence")
        # Grows with the longest state name in the current language.
        self.presence.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for state in PRESENCE_CHOICES:
            self.presence.addItem("", str(state))
        # Until the store says otherwise: nobody is on the lines before choosing to be.
        self.presence.setCurrentIndex(self.presence.findData(str(Presence.OFFLINE)))
        self.presence.activated.connect(
            lambda i: self.presence_chosen.emit(self.presence.itemData(i)))
        self.addPermanentWidget(self.keyring_label)
        self.addPermanentWidget(self.stuck_label)
        self.addPermanentWidget(self.pending_label)
        self.addPermanentWidget(self.connection)
        # How long I have been in this presence state.
        self.presence_since: datetime | None = None
        self.presence_time = QLabel()
        self.presence_time.setObjectName("presenceTime")
        self.addPermanentWidget(self.presence)
        self.addPermanentWidget(self.presence_time)
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self._tick)
        self.clock.start()
        self.retranslate()


    def retranslate(self) -> None:
        for i in range(self.presence.count()):
            self.presence.setItemText(i, presence_name(self.presence.itemData(i)))
        self.presence.setAccessibleName(self.tr("My presence"))
        self.presence.setToolTip(self.tr("My presence: Ctrl+1 available, Ctrl+2 busy, "
                                         "Ctrl+3 after-contact work, Ctrl+4 away, "
                                         "Ctrl+5 offline (no contacts offered)"))
        self.keyring_label.setText(self.tr("Login kept in memory only (no keyring)"))
        self.keyring_label.setToolTip(self.tr(
            "This computer has no keyring service, so the login is not saved: after a restart "
            "you log in again. Nothing is written to disk in plain text."))
        self.set_state(self.state, self.detail)
        self.set_pending(self.pending)
        self.set_stuck(self.stuck[1], self.stuck[0], self.stuck[2])

    def set_state(self, state: str, detail: str = "") -> None:
        self.state, self.detail = state, detail
        text, tone = {
            "online": (self.tr("● Online"), "ok"),
            "syncing": (self.tr("● Syncing…"), "warn"),
            "offline": (self.tr("● Offline — working from saved data"), "error"),
            "auth_required": (self.tr("● Log in again to sync"), "error"),
        }.get(state, (state, ""))
        self.connection.setText(text)
        theme.set_tone(self.connection, tone)
        self.connection.setToolTip(detail)
        self.connection.setAccessibleName(text)

    def set_pending(self, count: int) -> None:
        self.pending = count
        self.pending_label.setText(self.tr("%n change(s) waiting to be sent", "", count)
                                   if count else self.tr("All changes sent"))

    def set_stuck(self, name: str, attempts: int, error: str) -> None:
        self.stuck = (attempts, name, error)
        self.stuck_label.setVisible(attempts > 0)
        if attempts <= 0:
            self.stuck_label.clear()
            return
        text = self.tr("⚠ A change has failed %n time(s); the changes after it wait",
                       "", attempts)
        self.stuck_label.setText(text)
        self.stuck_label.setAccessibleName(text)
        self.stuck_label.setToolTip(self.tr("Change: %1\nServer: %2\nIt is tried again "
                                            "automatically; if this stays, tell the support.")
                                    .replace("%1", name).replace("%2", error))

    def show_presence(self, shown: bool) -> None:
        """Only those who work the queue have a presence."""
        self.presence.setVisible(shown)
        self.presence_time.setVisible(shown)

    def set_presence(self, state: str, since: str | None = None) -> None:
        i = self.presence.findData(state)
        if i < 0:   # a state this workstation does not know: not on the lines for it
            i = self.presence.findData(str(Presence.OFFLINE))
        self.presence.setCurrentIndex(i)
        self.presence_since = parse_time(since) if since else datetime.now(UTC)
        self._tick()

    def _tick(self) -> None:
        if self.presence_since is None:
            self.presence_time.clear()
            return
        seconds = (datetime.now(UTC) - self.presence_since).total_seconds()
        self.presence_time.setText(format_wait(seconds))
        self.presence_time.setToolTip(self.tr("Time in this presence state"))
        self.presence_time.setAccessibleName(self.tr("Time in this presence state"))
