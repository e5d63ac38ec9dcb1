"""The user interface language, set in one place.

Installing a language means, together: our translator (`accountdesk_<lang>.qm`), Qt's own
(`qtbase_<lang>.qm`, for standard buttons and dialogs), the default QLocale (numbers,
dates) and the layout direction (right to left for Hebrew, Persian and Arabic). Every widget
re-translates itself on `QEvent.LanguageChange`, so switching needs no restart.

Two choices of the user's go with a language that has digits or a calendar of its own
(in the registry, accountdesk.domain.languages): its digits (Persian ۱۲۳, Arabic ١٢٣) and
its calendar (Persian: Solar Hijri), both on unless turned off. Changing either re-shows every widget, as a
language switch does; dates are stored as ordinary (Gregorian) dates whatever is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from accountdesk.domain.digits import to_native_digits
from accountdesk.domain.languages import BY_CODE, CODES, language_info
from accountdesk.ui.paths import translation_dirs

ENGLISH = "en"  # the language of last resort
# The registry's languages (accountdesk.domain.languages), in the Language menu's order.
SUPPORTED = CODES
# Each language named in itself, as the Language menu shows it.
ENDONYMS = {code: info.native_name for code, info in BY_CODE.items()}
LOCALE_NAMES = {code: info.ui_locale for code, info in BY_CODE.items()}
# Each code, and the other codes systems send for it ('iw', the old code of Hebrew).
_ALIASES = {alias: code for code, info in BY_CODE.items() for alias in (code, *info.other_codes)}


def is_rtl(language: str) -> bool:
    return language in BY_CODE and BY_CODE[language].rtl


def has_native_digits(language: str) -> bool:
    """The language writes numbers with digits of its own (Persian ۱۲۳), which the user
    may turn off."""
    return language in BY_CODE and BY_CODE[language].digits != "latn"


def digits_sample(language: str) -> str:
    """'123' in the language's own digits ('۱۲۳', '١٢٣'), as the digits settings show it."""
    return to_native_digits("123", BY_CODE[language].digits if language in BY_CODE else "latn")


def has_own_calendar(language: str) -> bool:
    """The language shows dates in a calendar of its own (Persian: Solar Hijri)."""
    return language in BY_CODE and BY_CODE[language].calendar != "gregorian"


def normalise(language: str | None) -> str | None:
    """'he_IL' -> 'he'; None for a language we do not offer."""
    if not language:
        return None
    short = language.replace("-", "_").split("_")[0].lower()
    return _ALIASES.get(short)


def system_language() -> str:
    """The operating system's language when we offer it, else English."""
    try:
        from accountdesk.i18n.locale_detection import system_language as detect
    except ImportError:
        detected = QLocale.system().name()
    else:
        detected = detect()
    return normalise(detected) or ENGLISH


class LanguageManager:
    """Installs and switches the application's language."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        # Each language's translators, loaded once: a switch back reuses them instead of
        # loading the files again and leaving the old ones behind (a day of switches).
        self._loaded: dict[str, list[QTranslator]] = {}
        self.language = ENGLISH
        self.native_digits = True
        self.jalali = True

    def set_language_options(
        self, *, native_digits: bool | None = None, jalali: bool | None = None
    ) -> None:
        """The language's own digits and calendar on or off; every widget re-shows."""
        if native_digits is not None:
            self.native_digits = native_digits
        if jalali is not None:
            self.jalali = jalali
        _OPTIONS.update(native_digits=self.native_digits, jalali=self.jalali)
        QCoreApplication.sendEvent(self._app, QEvent(QEvent.Type.LanguageChange))

    def apply(self, language: str) -> None:
        self.language = normalise(language) or ENGLISH
        self._remove_translators()
        for translator in self._translators_for(self.language):
            self._app.installTranslator(translator)
            self._translators.append(translator)
        QLocale.setDefault(QLocale(LOCALE_NAMES[self.language]))
        _OPTIONS.update(native_digits=self.native_digits, jalali=self.jalali)
        direction = (
            Qt.LayoutDirection.RightToLeft
            if is_rtl(self.language)
            else Qt.LayoutDirection.LeftToRight
        )
        if isinstance(self._app, QApplication):
            self._app.setLayoutDirection(direction)
        # Translators that fail to load send nothing; widgets must re-translate anyway.
        QCoreApplication.sendEvent(self._app, QEvent(QEvent.Type.LanguageChange))

    def _remove_translators(self) -> None:
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()

    def _translators_for(self, language: str) -> list[QTranslator]:
        if language not in self._loaded:
            found = [
                self._load(f"accountdesk_{language}", [str(d) for d in translation_dirs()]),
                self._load(f"qtbase_{language}", [_qt_translations_dir()]),
            ]
            self._loaded[language] = [t for t in found if t is not None]
        return self._loaded[language]

    def _load(self, name: str, folders: list[str]) -> QTranslator | None:
        # English has a translator too: the source texts are English, but its plural
        # forms ("1 customer", "3 customers") come from accountdesk_en.qm.
        for folder in folders:
            translator = QTranslator(self._app)
            if translator.load(name, folder):
                return translator
            translator.deleteLater()
        return None


def _qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def current_language() -> str:
    """The UI language, from the default QLocale that `apply` sets."""
    return normalise(QLocale().name()) or ENGLISH


def locale_country() -> str:
    """The country of the UI's locale (ISO 3166 alpha-2): a new customer's, and the one
    whose numbers the screen shows in national form. The system's territory when the system
    speaks the UI's language (en_GB gives GB, not the en_US the UI locale defaults to),
    else the UI locale's (he_IL, fa_IR, en_US)."""
    from accountdesk.domain.phones import country_of_language, is_country

    system = QLocale.system()
    for locale in (
        (system, QLocale()) if normalise(system.name()) == current_language() else (QLocale(),)
    ):
        code = QLocale.territoryToCode(locale.territory())
        if is_country(code):
            return code
    return country_of_language(current_language())


# The digits and calendar options in force (set by the LanguageManager).
_OPTIONS = {"native_digits": True, "jalali": True}


def shows_native_digits() -> bool:
    """Numbers, dates and times on screen are written with the language's own digits
    (Persian ۱۲۳, Arabic ١٢٣)."""
    return has_native_digits(current_language()) and _OPTIONS["native_digits"]


def uses_jalali() -> bool:
    """Dates are shown and typed in the language's own calendar (Solar Hijri)."""
    return language_info(current_language()).calendar == "persian" and _OPTIONS["jalali"]
