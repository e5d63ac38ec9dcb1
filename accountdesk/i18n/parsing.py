"""Dates, times and numbers as people type them, in any of our users' digits.

Persian and Arabic-Indic digits, Persian decimal and thousands separators and stray
direction marks (pasted from right-to-left text) are accepted everywhere. Every failure is
a ValueError whose message says what was expected.
"""

from __future__ import annotations

import datetime as dt
import re

from accountdesk.domain.digits import to_ascii_digits
from accountdesk.domain.enums import Language
from accountdesk.i18n.jalali import from_jalali
from accountdesk.i18n.locales import as_language

# With the Solar Hijri setting on, a year below this is Jalali and one from it on is
# Gregorian, so ISO dates still work. Jalali 1800 is Gregorian 2421; Gregorian 1800 is
# far before anything a service file records.
JALALI_YEAR_LIMIT = 1800

_INVISIBLE = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), None
)
_SPACES_AND_SIGNS = {0x00A0: " ", 0x202F: " ", 0x2009: " ", 0x2212: "-"}

_DATE = re.compile(r"(\d{1,4}) ?[-/.] ?(\d{1,2}) ?[-/.] ?(\d{1,4})")
_TIME = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?")
_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?")
_PERSIAN_DECIMAL_SLASH = re.compile(r"([+-]?\d+)/(\d+)")


def _clean(text: str) -> str:
    if not isinstance(text, str):
        raise TypeError(f"expected text, got {type(text).__name__}")
    return to_ascii_digits(text).translate(_INVISIBLE).translate(_SPACES_AND_SIGNS).strip()


def parse_date(
    text: str, language: Language | str = Language.ENGLISH, *, jalali: bool = False
) -> dt.date:
    """'2026-11-23', '23/11/2026', '23.11.2026', '۲۳/۱۱/۲۰۲۶' -> date(2026, 11, 23).

    With `jalali` and Persian, '1405/09/02' or '۱۴۰۵/۰۹/۰۲' is a Solar Hijri date and the
    Gregorian date it names is returned. The year is written with four digits, first
    (year/month/day) or last (day/month/year, as English and Hebrew write it).
    """
    is_jalali = jalali and as_language(language) is Language.PERSIAN
    match = _DATE.fullmatch(_clean(text))
    if not match:
        example = "1405/09/02" if is_jalali else "2026-11-23 or 23/11/2026"
        raise ValueError(f"{text!r} is not a date; write it like {example}")
    year, month, day = _year_month_day(*match.groups(), text=text)
    if is_jalali and year < JALALI_YEAR_LIMIT:
        return from_jalali(year, month, day)
    try:
        return dt.date(year, month, day)
    except ValueError as error:
        raise ValueError(f"{text!r} is not a date: {error}") from None


def _year_month_day(first: str, middle: str, last: str, *, text: str) -> tuple[int, int, int]:
    if len(first) == 4:
        return int(first), int(middle), int(last)
    if len(last) == 4:
        return int(last), int(middle), int(first)
    raise ValueError(f"{text!r}: write the year with four digits, first or last")


def parse_time(text: str) -> dt.time:
    """'08:30', '8:30', '۰۸:۳۰', '8' -> time(8, 30) / time(8, 0); 24-hour clock."""
    match = _TIME.fullmatch(_clean(text))
    if not match:
        raise ValueError(f"{text!r} is not a time; write it like 08:30")
    hour, minute, second = (int(part or 0) for part in match.groups())
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(f"{text!r} is not a time of day; use 00:00 to 23:59")
    return dt.time(hour, minute, second)


def parse_number(text: str, language: Language | str | None = None) -> float:
    """'1,234.5', '۱٬۲۳۴٫۵', '١٢٣', '−4' -> a float.

    For Persian, '۲/۵' is also 2.5: many Iranians write the decimal point as a slash.
    """
    cleaned = _clean(text)
    if language is not None and as_language(language) is Language.PERSIAN:
        cleaned = _PERSIAN_DECIMAL_SLASH.sub(r"\1.\2", cleaned)
    if not cleaned or not any(c.isdigit() for c in cleaned) or not _NUMBER.fullmatch(cleaned):
        raise ValueError(f"{text!r} is not a number; write it like 1234.5 or 1,234.5")
    return float(cleaned.replace(",", ""))
