"""Keeping the refresh token: in the system keyring where one exists, otherwise only in
memory, and the workstation says so (DESIGN.md: never in plaintext)."""

from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)
SERVICE = "neuvo-workstation"


class TokenVault:
    def __init__(self) -> None:
        self._memory: dict[str, str] = {}
        # Which keyring there is is found out on first use: loading the keyring backends
        # took a tenth of the time before the login dialog appeared.
        self._persistent: bool | None = None
        self._probe = threading.Lock()

    @property
    def persistent(self) -> bool:
        with self._probe:
            if self._persistent is None:
                import keyring
                from keyring.backends import fail

                backend = keyring.get_keyring()
                self._persistent = (not isinstance(backend, fail.Keyring)
                                    and backend.priority > 0)
            return self._persistent

    @persistent.setter
    def persistent(self, value: bool) -> None:
        self._persistent = value

    @staticmethod
    def _key(server: str, username: str) -> str:
        return f"{server.rstrip('/')}|{username.lower()}"

    def save(self, server: str, username: str, token: str) -> None:
        key = self._key(server, username)
        self._memory[key] = token
        if self.persistent:
            import keyring
            from keyring.errors import KeyringError

            try:
                keyring.set_password(SERVICE, key, token)
            except KeyringError:
                log.warning("keyring refused the token; keeping it in memory only")
                self.persistent = False

    def load(self, server: str, username: str) -> str | None:
        key = self._key(server, username)
        if key in self._memory:
            return self._memory[key]
        if self.persistent:
            import keyring
            from keyring.errors import KeyringError

            try:
                return keyring.get_password(SERVICE, key)
            except KeyringError:
                return None
        return None

    def delete(self, server: str, username: str) -> None:
        key = self._key(server, username)
        self._memory.pop(key, None)
        if self.persistent:
            import keyring
            from keyring.errors import KeyringError

            try:
                keyring.delete_password(SERVICE, key)
            except KeyringError:
                pass
