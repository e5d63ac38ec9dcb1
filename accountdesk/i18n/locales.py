"""Which Babel locale stands for each of our languages, loaded once."""

from __future__ import annotations

from functools import cache

from babel import Locale

from accountdesk.domain.enums import Language

# en_GB rather than en_US: day-month-year like the Hebrew and Persian forms (no 11/23
# against 23/11 confusion for readers who switch languages), a 24-hour clock, and lists
# without the serial comma ("a, b and c").
LOCALE_IDS = {
    Language.HEBREW: "he_IL",
    Language.PERSIAN: "fa_IR",
    Language.ENGLISH: "en_GB",
}


def as_language(value: Language | str) -> Language:
    """'fa' or Language.PERSIAN -> Language.PERSIAN; ValueError for anything else."""
    try:
        return Language(value)
    except ValueError:
        raise ValueError(f"unknown language {value!r}; expected one of he, fa, en") from None


@cache
def babel_locale(language: Language) -> Locale:
    return Locale.parse(LOCALE_IDS[language])
