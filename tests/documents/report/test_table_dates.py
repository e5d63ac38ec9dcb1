"""A date in a table of the service report or the summary is one piece on one line: its
column is as wide as the widest date its language writes ("28 בספט׳ 2026",
"۲۵ اردیبهشت ۱۴۰۵", "٢٨ أغسطس ٢٠٢٦"), and a line never breaks inside it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
import report_samples as samples
from pdf_reading import all_lines

from accountdesk.documents.report import ReportOptions, ReportSource, build_report
from accountdesk.documents.summary import SummaryOptions, build_summary
from accountdesk.domain.achievement import Period, compute
from accountdesk.domain.enums import ExpectationStatus, FeedbackChannel
from accountdesk.domain.monthly import monthly_series
from accountdesk.domain.service_file import FeedbackData
from accountdesk.i18n.formatting import Formatter

YEAR = Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
# Every month, with a two-digit day in the Gregorian and in the Solar Hijri calendar.
DAYS = [dt.date(2026, month, day) for month in range(1, 13) for day in (15, 28)]


def _visible(text: str) -> str:
    """The line as read: directional marks left out, a no-break space read as a space."""
    marks = "\u2066\u2067\u2068\u2069\u200e\u200f"
    return "".join(c for c in text if c not in marks).replace("\u00a0", " ")


def _dates_whole(data: bytes, language: str, native_digits: bool = True) -> None:
    fmt = Formatter(language, native_digits=native_digits, jalali=True)
    lines = [_visible(line.visual) for _, line in all_lines(data)]
    for day in DAYS:
        written = fmt.date(day)
        rtl = language != "en"
        # The glyphs of a right-to-left date read reversed left to right, its number in
        # its own order: the words of the date, each as drawn.
        words = written.split(" ")
        drawn = [w if w.isdigit() or w.isascii() else w[::-1] for w in words]
        expected = " ".join(drawn[::-1] if rtl else drawn)
        assert any(expected in line for line in lines), (written, expected)


@pytest.mark.parametrize("language", ["he", "fa", "ar", "en"])
def test_each_feedback_date_of_the_report_is_whole_on_one_line(language):
    base = "fa" if language == "ar" else language
    file = samples.service_file(base)
    file.feedback = [
        FeedbackData(received_on=day, channel=FeedbackChannel.CALL, customer_words="ok")
        for day in DAYS
    ]
    found = samples.incidents(base)
    source = ReportSource(
        file,
        compute(file, found, YEAR, samples.LATER),
        monthly_series(file, found, YEAR, samples.LATER),
        samples.source(base).voice,
    )
    data = build_report(source, ReportOptions(language=language), today=samples.TODAY).data
    _dates_whole(data, language)


@pytest.mark.parametrize("language", ["he", "fa", "ar", "en"])
def test_each_review_date_of_the_summary_is_whole_on_one_line(language):
    import summary_samples

    make = {
        "he": summary_samples.hebrew_file,
        "fa": summary_samples.persian_file,
        "ar": summary_samples.persian_file,
        "en": summary_samples.english_file,
    }[language]
    file = make()
    [agreed, *_] = [e for e in file.expectations if e.status == ExpectationStatus.AGREED]
    file.expectations = [replace(agreed, review_date=day) for day in DAYS]
    options = SummaryOptions(staff=summary_samples.STAFF, language=language)
    data = build_summary(file, options, today=summary_samples.TODAY).data
    _dates_whole(data, language)
