"""Where a citizen's mail attachment is kept on the counsellor's computer."""

from __future__ import annotations

import os
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.paths import attachment_file_name, save_attachment


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.integers(0, 9))
def test_no_attachment_name_escapes_its_folder(name, index):
    safe = attachment_file_name(name, index)
    assert safe and "/" not in safe and "\\" not in safe and safe not in (".", "..")
    assert not any(ch in safe for ch in '<>:"|?*') and len(safe) <= 130


def test_names_keep_their_letters_and_nameless_ones_get_their_type():
    assert attachment_file_name("lääkärintodistus.pdf", 0) == "lääkärintodistus.pdf"
    assert attachment_file_name("application/pdf", 1) == "attachment-2.pdf"
    assert attachment_file_name("..\\..\\Windows\\evil.exe", 0) == "evil.exe"
    assert attachment_file_name("CON.txt", 0) == "attachment-1.txt"


def test_a_kept_copy_is_reused_and_old_ones_are_cleared(tmp_path, monkeypatch):
    monkeypatch.setenv("NEUVO_DATA_DIR", str(tmp_path))
    first = save_attachment("mail-1", 0, "intyg.pdf", b"%PDF-1")
    assert first.read_bytes() == b"%PDF-1" and first.name == "intyg.pdf"
    os.utime(first, (1, 1))
    again = save_attachment("mail-1", 0, "intyg.pdf", b"%PDF-1")
    assert again == first and os.stat(first).st_mtime == 1, "a viewer may hold it open"
    old = tmp_path / "attachments" / "mail-1"
    month_ago = time.time() - 31 * 86400
    os.utime(old, (month_ago, month_ago))
    save_attachment("mail-2", 0, "kuva.png", b"\x89PNG")
    assert not old.exists(), "a citizen's files are not kept for ever"
    assert (tmp_path / "attachments" / "mail-2" / "0" / "kuva.png").exists()
