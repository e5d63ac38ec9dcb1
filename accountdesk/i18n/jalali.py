"""The Solar Hijri (Jalali) calendar used in Iran, for Persian dates.

Dates are stored Gregorian; Jalali is only how they are shown and typed. jdatetime does the
arithmetic; the month names are spelled here so they do not depend on its locale setting.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

PERSIAN_MONTHS = (
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
)


class JalaliDate(NamedTuple):
    year: int
    month: int
    day: int


def to_jalali(day: dt.date) -> JalaliDate:
    """date(2026, 11, 23) -> JalaliDate(1405, 9, 2)."""
    import jdatetime  # only once a date is shown in this calendar

    if isinstance(day, dt.datetime):
        day = day.date()
    j = jdatetime.date.fromgregorian(date=day)
    return JalaliDate(j.year, j.month, j.day)


def from_jalali(year: int, month: int, day: int) -> dt.date:
    """(1405, 9, 2) -> date(2026, 11, 23); ValueError for a day the calendar lacks."""
    import jdatetime

    try:
        gregorian: dt.date = jdatetime.date(year, month, day).togregorian()
    except ValueError as error:
        raise ValueError(
            f"{year:04d}/{month:02d}/{day:02d} is not a Solar Hijri date ({error})"
        ) from None
    return gregorian


def month_name(month: int) -> str:
    """1 -> 'فروردین'."""
    if not 1 <= month <= 12:
        raise ValueError(f"a Solar Hijri month is 1-12, not {month}")
    return PERSIAN_MONTHS[month - 1]


def format_jalali(day: dt.date, width: str = "medium") -> str:
    """'2 آذر 1405' (medium), '1405/09/02' (short), in ASCII digits.

    The medium pattern is CLDR's for the Persian calendar (d MMM y) without the era;
    Jalali months have no short names, so the month is written out. The short form is
    zero-padded so columns line up and it parses back.
    """
    j = to_jalali(day)
    if width == "short":
        return f"{j.year:04d}/{j.month:02d}/{j.day:02d}"
    if width == "medium":
        return f"{j.day} {month_name(j.month)} {j.year}"
    raise ValueError(f"unknown date width {width!r}")


def format_jalali_month(day: dt.date, year: bool = True) -> str:
    """The Solar Hijri month `day` is in: 'دی 1404' (ASCII digits), or 'دی' alone."""
    j = to_jalali(day)
    return f"{month_name(j.month)} {j.year}" if year else month_name(j.month)
