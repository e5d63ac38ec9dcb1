"""Which Babel locale stands for each of our languages, loaded once."""

from __future__ import annotations

from functools import cache

from babel import Locale

from accountdesk.domain.enums import Language
from accountdesk.domain.languages import CODES, LANGUAGES

# From the registry. English is en_GB rather than en_US: day-month-year like the Hebrew
# and Persian forms (no 11/23 against 23/11 confusion for readers who switch languages),
# a 24-hour clock, and lists without the serial comma ("a, b and c").
LOCALE_IDS = {Language(info.code): info.babel_locale for info in LANGUAGES}


def as_language(value: Language | str) -> Language:
    """'fa' or Language.PERSIAN -> Language.PERSIAN; ValueError for anything else."""
    try:
        return Language(value)
    except ValueError:
        raise ValueError(
            f"unknown language {value!r}; expected one of {', '.join(CODES)}"
        ) from None


@cache
def babel_locale(language: Language) -> Locale:
    return Locale.parse(LOCALE_IDS[language])
