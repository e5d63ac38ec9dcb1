"""The Solar Hijri calendar: known dates, and every date round-trips to the same day."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accountdesk.i18n import Formatter, from_jalali, month_name, parse_date, to_jalali
from accountdesk.i18n.jalali import JalaliDate, format_jalali
from accountdesk.i18n.parsing import JALALI_YEAR_LIMIT

# Jalali 1179..1779: wide, and below the year from which parse_date reads Gregorian.
WIDE_RANGE = st.dates(min_value=dt.date(1800, 3, 22), max_value=dt.date(2400, 12, 31))


@pytest.mark.parametrize(
    ("gregorian", "jalali"),
    [
        (dt.date(2026, 11, 23), JalaliDate(1405, 9, 2)),
        (dt.date(2026, 3, 21), JalaliDate(1405, 1, 1)),  # Nowruz
        (dt.date(2025, 3, 20), JalaliDate(1403, 12, 30)),  # last day of a leap year
        (dt.date(1979, 2, 11), JalaliDate(1357, 11, 22)),
    ],
)
def test_known_dates(gregorian, jalali):
    assert to_jalali(gregorian) == jalali
    assert from_jalali(*jalali) == gregorian


def test_a_datetime_converts_by_its_date():
    assert to_jalali(dt.datetime(2026, 11, 23, 23, 59)) == (1405, 9, 2)


def test_a_day_the_calendar_lacks_is_refused():
    with pytest.raises(ValueError, match="1404/12/30 is not a Solar Hijri date"):
        from_jalali(1404, 12, 30)


def test_month_names():
    assert month_name(1) == "فروردین"
    assert month_name(9) == "آذر"
    assert month_name(12) == "اسفند"
    with pytest.raises(ValueError):
        month_name(13)


def test_format_widths():
    day = dt.date(2026, 11, 23)
    assert format_jalali(day) == "2 آذر 1405"
    assert format_jalali(day, "short") == "1405/09/02"


@given(WIDE_RANGE)
def test_every_day_round_trips_through_jalali(day):
    assert from_jalali(*to_jalali(day)) == day


@given(WIDE_RANGE, st.booleans())
def test_a_jalali_date_as_shown_is_read_back_as_the_same_day(day, native_digits):
    formatter = Formatter("fa", native_digits=native_digits, jalali=True)
    assert parse_date(formatter.date_short(day), "fa", jalali=True) == day


@given(WIDE_RANGE)
def test_jalali_typed_unpadded_with_arabic_indic_digits(day):
    j = to_jalali(day)
    typed = f"{j.year}/{j.month}/{j.day}".translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert parse_date(typed, "fa", jalali=True) == day


def test_wide_range_stays_below_the_gregorian_year_limit():
    assert to_jalali(dt.date(2400, 12, 31)).year < JALALI_YEAR_LIMIT


def test_every_day_of_this_century_round_trips():
    day, end = dt.date(2000, 1, 1), dt.date(2100, 1, 1)
    while day < end:
        assert from_jalali(*to_jalali(day)) == day
        day += dt.timedelta(days=1)
