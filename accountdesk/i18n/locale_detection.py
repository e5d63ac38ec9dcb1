"""The language of the user's desktop session, read from the POSIX locale variables."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

from accountdesk.domain.enums import Language
from accountdesk.domain.languages import LANGUAGES
from accountdesk.i18n.locales import as_language

# The registry's ISO 639-1 codes, and the other names systems send for them (the old
# Hebrew code 'iw', still sent by Java and Android; ISO 639-2 codes such as per or ara).
_CODES = {
    code: Language(info.code) for info in LANGUAGES for code in (info.code, *info.other_codes)
}
# Locale variables in gettext's order of precedence (LANGUAGE is a list, handled first).
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def system_language(env: Mapping[str, str] = os.environ) -> Language:
    """he_IL.UTF-8 -> Hebrew, fa_IR -> Persian, anything else (or nothing) -> English.

    LANGUAGE ('fa:en') is a priority list: its first entry we know wins, and entries we do
    not know (de) are skipped. Otherwise the first set of LC_ALL, LC_MESSAGES, LANG decides.
    """
    for entry in env.get("LANGUAGE", "").split(":"):
        found = language_of(entry)
        if found is not None:
            return found
    for name in _LOCALE_VARIABLES:
        if env.get(name):
            return language_of(env[name]) or Language.ENGLISH
    return Language.ENGLISH


def language_of(locale_name: str) -> Language | None:
    """'he_IL.UTF-8' -> HEBREW, 'iw' -> HEBREW, 'per' -> PERSIAN, 'de_DE', 'C' -> None."""
    code = re.split(r"[_.@-]", locale_name.strip().lower(), maxsplit=1)[0]
    return _CODES.get(code)


def is_rtl(language: Language | str) -> bool:
    """Hebrew, Persian and Arabic are written right to left."""
    return as_language(language).is_rtl
