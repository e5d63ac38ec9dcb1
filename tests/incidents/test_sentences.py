"""The figures said the way the customer said the promise, in every language."""

from __future__ import annotations

import datetime as dt

from accountdesk.domain.achievement import Period, compute
from accountdesk.domain.enums import ExpectationStatus, Severity
from accountdesk.domain.incidents import IncidentData
from accountdesk.domain.service_file import ExpectationData, ServiceFile
from accountdesk.domain.service_window import ServiceWindow
from accountdesk.i18n.figures import FigureSentences
from accountdesk.i18n.formatting import Formatter

YEAR = Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
AFTER = dt.datetime(2027, 1, 5, tzinfo=dt.UTC)
START = dt.datetime(2026, 3, 2, 8, tzinfo=dt.UTC)
LANGS = ("en", "he", "fa", "ar")


def outages():
    return [
        IncidentData(
            ticket="A",
            opened=START,
            resolved=START + dt.timedelta(hours=3, minutes=10),
            service_down=True,
        ),
        IncidentData(
            ticket="B",
            opened=START + dt.timedelta(days=9),
            resolved=START + dt.timedelta(days=9, hours=1),
            service_down=True,
        ),
    ]


def answered(late: int) -> list[IncidentData]:
    return [
        IncidentData(
            ticket=f"C{n}",
            severity=Severity.CRITICAL,
            opened=START + dt.timedelta(hours=n),
            first_response=START + dt.timedelta(hours=n, minutes=40 if n < late else 12),
        )
        for n in range(50)
    ]


def figures(incidents, **targets):
    e = ExpectationData(customer_words="…", status=ExpectationStatus.AGREED, **targets)
    file = ServiceFile(window=ServiceWindow.always("UTC"), expectations=[e])
    [found] = compute(file, incidents, YEAR, AFTER).expectations
    return e, found


def test_failures_said_as_promised():
    e, found = figures(outages(), failures_per_year=4, hours_per_failure=4)
    assert FigureSentences("en").availability(e, found.availability) == (
        "2 failures, the longest 3 hours 10 minutes — the promise was at most 4 a year, "
        "each within 4 hours: kept"
    )
    assert FigureSentences("he").availability(e, found.availability) == (
        "2 תקלות, הארוכה שבהן 3 שעות ו־10 דקות — ההבטחה הייתה לכל היותר 4 תקלות בשנה, "
        "כל אחת תתוקן תוך 4 שעות: עמדנו בהבטחה"
    )


def test_a_failure_too_long_is_named_with_the_time_agreed():
    e, found = figures(outages(), hours_per_failure=3)
    assert FigureSentences("en").availability(e, found.availability) == (
        "2 failures, the longest 3 hours 10 minutes — the promise was each failure fixed "
        "within 3 hours: missed, as 1 failure took longer than the agreed 3 hours"
    )
    e, found = figures(outages(), hours_per_failure=2)
    said = {lang: FigureSentences(lang).availability(e, found.availability) for lang in LANGS}
    assert said["en"].endswith(": missed, as 1 failure took longer than the agreed 2 hours")
    assert said["he"].endswith(": לא עמדנו בהבטחה, כי תקלה אחת נמשכה יותר מהזמן שסוכם (שעתיים)")
    assert said["fa"].endswith(
        ": به قول عمل نشد، چون ۱ قطعی بیش از زمان توافق‌شده (۲ ساعت) طول کشید"
    )
    assert said["ar"].endswith(
        ": لم يتم الوفاء به، فقد استغرق عطل واحد وقتًا أطول من المدة المتفق عليها (ساعتين)"
    )
    # One colon, before the verdict: the verdict itself is one sentence.
    assert all(text.count(":") == 1 for text in said.values()), said


def test_failures_too_long_take_the_plural_of_their_count():
    e, found = figures(outages(), hours_per_failure=0.5)
    said = {lang: FigureSentences(lang).availability(e, found.availability) for lang in LANGS}
    assert said["en"].endswith("missed, as 2 failures took longer than the agreed 30 minutes")
    assert said["he"].endswith("כי 2 תקלות נמשכו יותר מהזמן שסוכם (30 דקות)")
    assert said["fa"].endswith("چون ۲ قطعی بیش از زمان توافق‌شده (۳۰ دقیقه) طول کشید")
    assert said["ar"].endswith("فقد استغرق عطلان وقتًا أطول من المدة المتفق عليها (٣٠ دقيقة)")


def test_response_share_missed_by_one():
    _, found = figures(answered(3), response_critical_minutes=30, share_percent=95)
    [line] = FigureSentences("en").times(found.response)
    assert line == (
        "critical incidents answered within 30 minutes: 47 of 50 (94%) — promised 95%: missed by 1"
    )
    [persian] = FigureSentences("fa").times(found.response)
    assert persian.startswith("حادثه‌های بحرانی که ظرف ۳۰ دقیقه پاسخ گرفتند: ۴۷ از ۵۰")
    assert persian.endswith("۱ مورد کم بود")
    [arabic] = FigureSentences("ar").times(found.response)
    assert arabic.startswith("الحوادث الحرجة التي استُجيب لها خلال ٣٠ دقيقة: ٤٧ من ٥٠")
    assert arabic.endswith("لم يتم الوفاء به بفارق حادثة واحدة")


def test_every_one_kept_and_none_in_the_period():
    _, found = figures(answered(0), response_critical_minutes=30, resolution_low_minutes=480)
    [critical] = FigureSentences("en").times(found.response)
    assert critical.endswith("50 of 50 (100%) — promised every one: kept")
    [low] = FigureSentences("he").times(found.resolution)
    assert low == (
        "תקלות בחומרה נמוכה שנפתרו תוך 8 שעות: לא היו בתקופה זו — הובטח שכולן: עדיין אין מה למדוד"
    )


def test_a_whole_number_of_failures_reads_without_a_decimal_in_every_language():
    # Stored as a float (4.0): the reader sees "4", in the language's own digits.
    e, found = figures(outages(), failures_per_year=4.0, hours_per_failure=2.0)
    said = {lang: FigureSentences(lang).availability(e, found.availability) for lang in LANGS}
    assert "at most 4 a year, each within 2 hours" in said["en"]
    assert "לכל היותר 4 תקלות בשנה, כל אחת תתוקן תוך שעתיים" in said["he"]
    assert "حداکثر ۴ قطعی در سال" in said["fa"]
    assert "كان الوعد ٤ أعطال في السنة على الأكثر" in said["ar"]
    assert not any(mark in text for text in said.values() for mark in ("4.0", "۴٫۰", "٤٫٠"))


def test_a_fraction_of_failures_keeps_its_digits_and_takes_the_form_said_with_a_number():
    # 1.5 a year must not take Hebrew's "one failure" or Arabic's dual, which hold no number.
    e, found = figures(outages(), failures_per_year=1.5)
    said = {lang: FigureSentences(lang).availability(e, found.availability) for lang in LANGS}
    assert "at most 1.5 a year" in said["en"]
    assert "לכל היותר 1.5 תקלות בשנה" in said["he"]
    assert "حداکثر ۱٫۵ قطعی در سال" in said["fa"]
    assert "كان الوعد ١٫٥ عطل في السنة على الأكثر" in said["ar"]
    latin = FigureSentences("ar", Formatter("ar", native_digits=False))
    assert "كان الوعد 1.5 عطل" in latin.availability(e, found.availability)


def test_arabic_durations_after_within_take_the_oblique_dual():
    e, found = figures(outages(), failures_per_year=2, hours_per_failure=2)
    arabic = FigureSentences("ar").availability(e, found.availability)
    assert "يُصلح كل منهما خلال ساعتين" in arabic and "ساعتان" not in arabic
    assert arabic.startswith("عطلان، استمر أطولهما ٣ ساعات و١٠ دقائق")
