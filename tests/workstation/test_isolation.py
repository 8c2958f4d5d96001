"""Tests never touch the real user's data directory or keyring."""

from __future__ import annotations

import keyring

from workstation.paths import data_dir, store_path
from workstation.session import TokenVault


def test_data_lives_under_the_test_directory(tmp_path):
    assert str(data_dir()).startswith(str(tmp_path))
    assert str(store_path("http://example.invalid:1", "anna")).startswith(str(tmp_path))


def test_keyring_is_the_in_memory_test_backend(_isolate):
    assert keyring.get_keyring() is _isolate
    vault = TokenVault()
    vault.save("http://s", "anna", "secret-token")
    assert _isolate.items  # written to the test backend, nowhere else
    assert vault.load("http://s", "anna") == "secret-token"


def test_without_a_keyring_the_token_stays_in_memory_only():
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    vault = TokenVault()
    assert not vault.persistent
    vault.save("http://s", "anna", "t")
    assert vault.load("http://s", "anna") == "t"
    assert TokenVault().load("http://s", "anna") is None, "a new session does not find it"
