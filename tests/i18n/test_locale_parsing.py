"""Reading typed dates, times and numbers in any of our users' digits."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accountdesk.i18n import Formatter, parse_date, parse_number, parse_time

DAY = dt.date(2026, 11, 23)
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FORMATTERS = [
    Formatter("en"),
    Formatter("he"),
    Formatter("fa"),
    Formatter("fa", jalali=False),
    Formatter("fa", native_digits=False, jalali=False),
]


@pytest.mark.parametrize(
    "text",
    ["2026-11-23", "23/11/2026", "23.11.2026", "23-11-2026", "2026/11/23", " 23 / 11 / 2026 "],
)
@pytest.mark.parametrize("digits", [None, PERSIAN, ARABIC_INDIC])
def test_gregorian_forms_in_every_digit(text, digits):
    typed = text.translate(digits) if digits else text
    assert parse_date(typed, "en") == DAY
    assert parse_date(typed, "fa", jalali=False) == DAY


def test_jalali_input_when_the_setting_is_on():
    for typed in ("1405/09/02", "۱۴۰۵/۰۹/۰۲", "1405/9/2", "۱۴۰۵-۰۹-۰۲", "02/09/1405"):
        assert parse_date(typed, "fa", jalali=True) == DAY


def test_iso_dates_stay_gregorian_with_the_jalali_setting():
    assert parse_date("2026-11-23", "fa", jalali=True) == DAY
    assert parse_date("۲۰۲۶/۱۱/۲۳", "fa", jalali=True) == DAY


def test_jalali_only_applies_to_persian():
    assert parse_date("1405/09/02", "he", jalali=True) == dt.date(1405, 9, 2)


def test_direction_marks_pasted_with_a_date_are_ignored():
    assert parse_date("\u200f23.11.2026\u200e", "he") == DAY


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("tomorrow", "'tomorrow' is not a date; write it like 2026-11-23 or 23/11/2026"),
        ("23/11/26", "write the year with four digits"),
        ("31/11/2026", "'31/11/2026' is not a date: day is out of range for month"),
        ("2026-13-01", "month must be in 1..12"),
    ],
)
def test_bad_dates(text, message):
    with pytest.raises(ValueError, match=message):
        parse_date(text, "en")


def test_bad_jalali_dates():
    with pytest.raises(ValueError, match="1404/12/30 is not a Solar Hijri date"):
        parse_date("۱۴۰۴/۱۲/۳۰", "fa", jalali=True)
    with pytest.raises(ValueError, match="write it like 1405/09/02"):
        parse_date("آذر", "fa", jalali=True)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_every_short_date_shown_is_read_back(day):
    for formatter in FORMATTERS:
        shown = formatter.date_short(day)
        assert parse_date(shown, formatter.language, jalali=formatter.jalali) == day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("08:30", dt.time(8, 30)),
        ("۰۸:۳۰", dt.time(8, 30)),
        ("٠٨:٣٠", dt.time(8, 30)),
        ("8:30", dt.time(8, 30)),
        ("8.30", dt.time(8, 30)),
        ("8", dt.time(8, 0)),
        ("23:59:30", dt.time(23, 59, 30)),
        (" ۱۷:۴۰\u200f", dt.time(17, 40)),
    ],
)
def test_times(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    ("text", "message"), [("24:00", "00:00 to 23:59"), ("8:7", "like 08:30"), ("", "like 08:30")]
)
def test_bad_times(text, message):
    with pytest.raises(ValueError, match=message):
        parse_time(text)


@given(st.times())
def test_times_shown_are_read_back(moment):
    for formatter in FORMATTERS:
        assert parse_time(formatter.time(moment)) == moment.replace(second=0, microsecond=0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234.5", 1234.5),
        ("1,234.5", 1234.5),
        ("۱٬۲۳۴٫۵", 1234.5),
        ("١٬٢٣٤٫٥", 1234.5),
        ("۱۲۳۴", 1234),
        ("٤", 4),
        ("-3.5", -3.5),
        ("\u200e−۳٫۵", -3.5),
        (".5", 0.5),
        (" 99.82 ", 99.82),
    ],
)
def test_numbers(text, expected):
    assert parse_number(text) == expected


def test_persian_slash_is_a_decimal_point_only_in_persian():
    assert parse_number("۲/۵", "fa") == 2.5
    with pytest.raises(ValueError):
        parse_number("2/5", "en")


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "1.2.3", "12,34", "+", "1e5", "٫"])
def test_bad_numbers(text):
    with pytest.raises(ValueError, match="is not a number"):
        parse_number(text)


@given(
    st.decimals(min_value=-(10**9), max_value=10**9, allow_nan=False, places=2),
    st.integers(min_value=0, max_value=3),
)
def test_numbers_shown_are_read_back(value, decimals):
    for formatter in FORMATTERS:
        shown = formatter.number(value, decimals=decimals)
        expected = float(round(value, decimals))
        assert parse_number(shown, formatter.language) == pytest.approx(expected)
