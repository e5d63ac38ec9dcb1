"""Formatter output in Hebrew, Persian and English: the actual strings people read."""

import datetime as dt
from decimal import Decimal

import pytest

from accountdesk.domain.enums import Language
from accountdesk.i18n import Formatter

DAY = dt.date(2026, 11, 23)  # a Monday; 2 Azar 1405

EN = Formatter("en")
HE = Formatter(Language.HEBREW)
FA = Formatter("fa")  # Persian digits and Solar Hijri, the defaults
FA_LATIN = Formatter("fa", native_digits=False, jalali=False)
FA_GREGORIAN = Formatter("fa", jalali=False)


def test_persian_options_do_not_touch_other_languages():
    formatter = Formatter("he", native_digits=True, jalali=True)
    assert not formatter.native_digits and not formatter.jalali
    assert formatter.date(DAY) == "23 בנוב׳ 2026"


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unknown language 'de'"):
        Formatter("de")


@pytest.mark.parametrize(
    ("formatter", "medium", "short"),
    [
        (EN, "23 Nov 2026", "23/11/2026"),
        (HE, "23 בנוב׳ 2026", "23.11.2026"),
        (FA, "۲ آذر ۱۴۰۵", "۱۴۰۵/۰۹/۰۲"),
        (Formatter("fa", native_digits=False), "2 آذر 1405", "1405/09/02"),
        (FA_GREGORIAN, "۲۳ نوامبر ۲۰۲۶", "۲۰۲۶/۱۱/۲۳"),
        (FA_LATIN, "23 نوامبر 2026", "2026/11/23"),
        (Formatter("ar"), "٢٣ نوفمبر ٢٠٢٦", "٢٣\u200f/١١\u200f/٢٠٢٦"),
        (Formatter("ar", native_digits=False), "23 نوفمبر 2026", "23\u200f/11\u200f/2026"),
    ],
)
def test_dates(formatter, medium, short):
    assert formatter.date(DAY) == medium
    assert formatter.date_short(DAY) == short


def test_weekdays():
    assert EN.weekday(DAY) == "Monday"
    assert HE.weekday(DAY) == "יום שני"
    assert FA.weekday(DAY) == "دوشنبه"


def test_times_are_24_hour_and_padded():
    assert EN.time(dt.time(8, 5)) == "08:05"
    assert HE.time(dt.time(17, 40)) == "17:40"
    assert FA.time(dt.time(8, 5)) == "۰۸:۰۵"
    assert FA_LATIN.time(dt.datetime(2026, 1, 1, 23, 59)) == "23:59"


def test_datetime_in_the_customers_zone():
    moment = dt.datetime(2026, 11, 26, 15, 40, tzinfo=dt.UTC)
    assert EN.datetime(moment, "Asia/Jerusalem") == "Thursday 17:40"
    assert HE.datetime(moment, "Asia/Jerusalem") == "יום חמישי 17:40"
    assert FA.datetime(moment, "Asia/Tehran") == "پنجشنبه ۱۹:۱۰"


def test_a_moment_of_any_day_names_its_date_in_the_users_calendar():
    moment = dt.datetime(2026, 11, 22, 23, 30, tzinfo=dt.UTC)  # the 23rd in Tehran
    assert EN.date_time(moment, "Asia/Jerusalem") == "23/11/2026 01:30"
    assert FA.date_time(moment, "Asia/Tehran") == "۱۴۰۵/۰۹/۰۲ ۰۳:۰۰"


def test_naive_datetime_is_taken_as_utc_when_converted():
    assert EN.datetime(dt.datetime(2026, 11, 26, 23, 30), "Asia/Tehran") == "Friday 03:00"
    assert EN.datetime(dt.datetime(2026, 11, 26, 23, 30)) == "Thursday 23:30"


@pytest.mark.parametrize(
    ("formatter", "plain", "two_places", "whole"),
    [
        (EN, "1,234,567.891", "1,234.50", "8,760"),
        (HE, "1,234,567.891", "1,234.50", "8,760"),
        (FA, "۱٬۲۳۴٬۵۶۷٫۸۹۱", "۱٬۲۳۴٫۵۰", "۸٬۷۶۰"),
        (FA_LATIN, "1,234,567.891", "1,234.50", "8,760"),
    ],
)
def test_numbers(formatter, plain, two_places, whole):
    assert formatter.number(1234567.891) == plain
    assert formatter.number(Decimal("1234.5"), decimals=2) == two_places
    assert formatter.integer(8760) == whole


def test_negative_decimals_are_refused():
    with pytest.raises(ValueError):
        EN.number(1, decimals=-1)


@pytest.mark.parametrize(
    ("formatter", "expected"),
    [
        (EN, ["99.82%", "100.00%", "99.8%", "100%"]),
        (HE, ["99.82%", "100.00%", "99.8%", "100%"]),
        (FA, ["۹۹٫۸۲٪", "۱۰۰٫۰۰٪", "۹۹٫۸٪", "۱۰۰٪"]),
        (FA_LATIN, ["99.82%", "100.00%", "99.8%", "100%"]),
    ],
)
def test_percent_takes_a_value_out_of_100(formatter, expected):
    assert [
        formatter.percent(99.82),
        formatter.percent(100),
        formatter.percent(99.817351598, decimals=1),
        formatter.percent(Decimal("99.999"), decimals=0),
    ] == expected


def test_percent_does_not_drift_with_floats():
    assert EN.percent(100 * (1 - 16 / 8760), decimals=3) == "99.817%"


MINUTES = [0, 1, 2, 30, 60, 90, 120, 122, 240, 660, 1440, 2160, 2880, 20 * 1440]

DURATIONS = {
    "en": [
        "0 minutes",
        "1 minute",
        "2 minutes",
        "30 minutes",
        "1 hour",
        "1 hour 30 minutes",
        "2 hours",
        "2 hours 2 minutes",
        "4 hours",
        "11 hours",
        "1 day",
        "36 hours",
        "2 days",
        "20 days",
    ],
    "he": [
        "0 דקות",
        "דקה",
        "שתי דקות",
        "30 דקות",
        "שעה",
        "שעה ו־30 דקות",
        "שעתיים",
        "שעתיים ושתי דקות",
        "4 שעות",
        "11 שעות",
        "יום",
        "36 שעות",
        "יומיים",
        "20 ימים",
    ],
    "fa": [
        "۰ دقیقه",
        "۱ دقیقه",
        "۲ دقیقه",
        "۳۰ دقیقه",
        "۱ ساعت",
        "۱ ساعت و ۳۰ دقیقه",
        "۲ ساعت",
        "۲ ساعت و ۲ دقیقه",
        "۴ ساعت",
        "۱۱ ساعت",
        "۱ روز",
        "۳۶ ساعت",
        "۲ روز",
        "۲۰ روز",
    ],
    # A duration follows a preposition or a verb ("خلال ساعتين", "تجاوز الخطة بيومين"):
    # the dual takes its oblique ending, not CLDR's nominative (ساعتان).
    "ar": [
        "٠ دقيقة",
        "دقيقة",
        "دقيقتين",
        "٣٠ دقيقة",
        "ساعة",
        "ساعة و٣٠ دقيقة",
        "ساعتين",
        "ساعتين ودقيقتين",
        "٤ ساعات",
        "١١ ساعة",
        "يوم",
        "٣٦ ساعة",
        "يومين",
        "٢٠ يومًا",
    ],
}


@pytest.mark.parametrize("language", sorted(DURATIONS))
def test_durations_and_their_plurals(language):
    formatter = Formatter(language)
    assert [formatter.duration(m) for m in MINUTES] == DURATIONS[language]


def test_persian_durations_in_latin_digits():
    assert FA_LATIN.duration(90) == "1 ساعت و 30 دقیقه"


@pytest.mark.parametrize(
    ("language", "native", "whole", "fraction"),
    [
        ("en", True, "4", "2.5"),
        ("he", True, "4", "2.5"),
        ("fa", True, "۴", "۲٫۵"),
        ("fa", False, "4", "2.5"),
        ("ar", True, "٤", "٢٫٥"),
        ("ar", False, "4", "2.5"),
    ],
)
def test_a_count_is_whole_unless_it_is_a_fraction(language, native, whole, fraction):
    formatter = Formatter(language, native_digits=native)
    assert formatter.count(4.0) == formatter.count(4) == whole
    assert formatter.count(2.5) == fraction


def test_hours_are_durations():
    assert EN.hours(4) == "4 hours"
    assert EN.hours(1.5) == "1 hour 30 minutes"
    assert HE.hours(2) == "שעתיים"
    assert FA.hours(0.25) == "۱۵ دقیقه"


def test_durations_round_to_the_minute():
    assert EN.duration(29.5) == "30 minutes"
    assert EN.hours(15.8) == "15 hours 48 minutes"


@pytest.mark.parametrize("bad", [-1, float("nan"), float("inf")])
def test_impossible_durations_are_refused(bad):
    with pytest.raises(ValueError):
        EN.duration(bad)


def test_lists():
    assert EN.list(["a", "b", "c"]) == "a, b and c"
    assert EN.list(["a", "b"]) == "a and b"
    assert EN.list(["a"]) == "a"
    assert EN.list([]) == ""
    assert FA.list(["الف", "ب", "ج"]) == "الف،\u200f ب و ج"
    assert FA.list(["الف", "ب"]) == "الف و ب"


def test_hebrew_vav_joins_words_and_takes_a_hyphen_before_digits_foreign_words_and_letters():
    assert HE.list(["שרתים", "רשתות", "אחסון"]) == "שרתים, רשתות ואחסון"
    assert HE.list(["א", "ב", "ג"]) == "א, ב ו־ג"
    assert HE.list(["Exchange", "SAP"]) == "Exchange ו־SAP"
    assert HE.list(["שעה", "30 דקות"]) == "שעה ו־30 דקות"
    assert HE.list(["סעיף א׳", "ב׳"]) == "סעיף א׳ ו־ב׳"


def test_list_items_keep_their_own_digits():
    assert FA.list(["srv01", "10.0.0.1"]) == "srv01 و 10.0.0.1"


def test_phone_numbers_stay_as_entered_in_every_language():
    for formatter in (EN, HE, FA):
        assert formatter.phone("+97235551234") == "+972 3-555-1234"
    assert FA.phone("") == ""


def test_digits():
    assert FA.digits("v2, 2026") == "v۲, ۲۰۲۶"
    assert FA_LATIN.digits("2026") == "2026"
    assert HE.digits("2026") == "2026"


def test_direction():
    assert HE.is_rtl and FA.is_rtl and not EN.is_rtl


def test_a_month_is_named_in_the_calendar_it_was_counted_in():
    fa = Formatter("fa")
    assert fa.month(dt.date(2026, 1, 21), "persian") == "بهمن ۱۴۰۴"
    assert fa.month(dt.date(2026, 1, 21), "persian", year=False) == "بهمن"
    assert fa.month(dt.date(2026, 1, 1)) == "ژانویه ۲۰۲۶"  # a Gregorian month stays one
    assert Formatter("en").month(dt.date(2026, 3, 1)) == "Mar 2026"
    assert Formatter("en").month(dt.date(2026, 3, 1), year=False) == "Mar"
    assert fa.calendar == "persian" and Formatter("fa", jalali=False).calendar == "gregorian"


def test_items_of_a_line_are_parted_by_a_mark_that_is_not_a_digit():
    # A middle dot reads as a zero (۰, ٠) among Persian and Arabic-Indic digits.
    assert Formatter("fa").separator == Formatter("ar").separator == " – "
    assert Formatter("en").separator == Formatter("he").separator == " · "
