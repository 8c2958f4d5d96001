"""Run-time language switching between Finnish (default), Swedish and English.

Installing a translator makes Qt send every widget a LanguageChange event; widgets answer
it by calling their ``retranslate()``."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

from workstation.paths import settings_path

I18N_DIR = Path(__file__).resolve().parents[2] / "i18n"
LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"


def load_settings() -> dict:
    try:
        return json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save_settings(**values) -> None:
    data = load_settings() | values
    path = settings_path()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
    tmp.replace(path)


def ui_locale(language: str) -> QLocale:
    """Dates and numbers as the UI language writes them: Finnish and Swedish as in
    Finland, English as in Britain (day before month, Monday first)."""
    return {
        "sv": QLocale(QLocale.Language.Swedish, QLocale.Country.Finland),
        "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    }.get(language, QLocale(QLocale.Language.Finnish, QLocale.Country.Finland))


class Retranslatable:
    """Mixin (before the Qt base class) for widgets with a ``retranslate()``: installing a
    translator sends every widget a LanguageChange event, and this answers it."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]


class LanguageManager(QObject):
    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self._app = app
        self._translator: QTranslator | None = None
        self._qt_translator: QTranslator | None = None
        self.language = ""

    def uninstall(self) -> None:
        """Take this manager's translators out of the application, for a manager that goes
        away while the application lives on (each test has its own)."""
        for old in (self._translator, self._qt_translator):
            if old is not None:
                self._app.removeTranslator(old)
        self._translator = None
        self._qt_translator = None
        self.language = ""

    def set_language(self, language: str, *, remember: bool = True) -> bool:
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        if language == self.language:
            return True
        self.uninstall()
        # The default locale first: the LanguageChange that installing a translator sends
        # makes widgets retranslate, and those that show dates take this locale then.
        QLocale.setDefault(ui_locale(language))
        # Qt's own texts: the standard buttons (OK, Cancel, Close), context menus of the
        # text fields, the colour and file dialogs.
        qt_translator = QTranslator(self)
        if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(
                QLibraryInfo.LibraryPath.TranslationsPath)):
            self._app.installTranslator(qt_translator)
            self._qt_translator = qt_translator
        translator = QTranslator(self)
        ok = translator.load(str(I18N_DIR / f"workstation_{language}.qm"))
        if ok:
            self._app.installTranslator(translator)
            self._translator = translator
        self.language = language
        if remember:
            save_settings(language=language)
        self.language_changed.emit(language)
        return ok
