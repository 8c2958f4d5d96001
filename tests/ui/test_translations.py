"""Every string of the UI is translated into Finnish, Swedish and English."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("fi", "sv", "en")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out[(name, message.findtext("source"))] = message
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_has_a_finished_translation(lang):
    found = messages(ROOT / "i18n" / f"workstation_{lang}.ts")
    assert len(found) > 50
    missing = []
    for key, message in found.items():
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            missing.append(key)
    assert missing == []


def test_the_ts_files_hold_every_tr_string_in_the_code(tmp_path):
    """Fails when someone adds a tr() string and forgets `make i18n`."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True,
                   cwd=ROOT)
    in_code = set(messages(fresh))
    in_files = set(messages(ROOT / "i18n" / "workstation_fi.ts"))
    assert in_code - in_files == set(), "run `make i18n` and translate the new strings"


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_qm_files_are_current(lang):
    ts = ROOT / "i18n" / f"workstation_{lang}.ts"
    qm = ts.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_size > 1000
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm))
    for (context, source), message in messages(ts).items():
        if message.get("numerus") == "yes":
            continue
        expected = message.findtext("translation")
        assert translator.translate(context, source) == expected, \
            f"{qm.name} is stale: run `make translations`"


@pytest.mark.parametrize(("lang", "close", "cancel"), [("fi", "Sulje", "Peru"),
                                                      ("sv", "Stäng", "Avbryt"),
                                                      ("en", "Close", "Cancel")])
def test_qts_own_buttons_follow_the_chosen_language(qapp, languages, lang, close, cancel):
    """The dialogs' standard buttons come from Qt's own translations, loaded with ours."""
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close
                               | QDialogButtonBox.StandardButton.Cancel)
    languages.set_language(lang, remember=False)
    qapp.processEvents()   # the language change reaches the widgets as an event
    assert buttons.button(QDialogButtonBox.StandardButton.Close).text() == close
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
