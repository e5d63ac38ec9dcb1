"""The service report as a Persian (and Hebrew, Arabic) reader reads it: months of the
reader's calendar, one pattern for every feedback measure, sentences that claim exactly
what the report checked, one term for each thing, charts beside their promise, and
separators that cannot be taken for a digit."""

from __future__ import annotations

import re
from dataclasses import replace

import jdatetime
import pytest
import report_samples as samples
from pdf_reading import all_lines, find_lines, rtl

from accountdesk.documents.report import ReportOptions, ReportSource, build_report
from accountdesk.domain.achievement import compute
from accountdesk.domain.enums import ExpectationStatus
from accountdesk.domain.monthly import monthly_series
from accountdesk.domain.service_file import ExpectationData, RiskData
from accountdesk.i18n.formatting import Formatter
from accountdesk.i18n.voice import voice_line


def _lines(data: bytes) -> list[str]:
    return [line.visual for _, line in all_lines(data)]


def _built(source: ReportSource, language: str = "fa") -> bytes:
    return build_report(source, ReportOptions(language=language), today=samples.TODAY).data


def _source(file, calendar: str = "gregorian") -> ReportSource:
    found = samples.incidents(file.document_language.value)
    figures = compute(file, found, samples.QUARTER, samples.LATER)
    series = monthly_series(file, found, samples.QUARTER, samples.LATER, calendar=calendar)
    return ReportSource(file, figures, series, samples.source("fa").voice)


# -- 1. months ----------------------------------------------------------------------------


def test_a_persian_reports_months_are_solar_hijri_months_counted_as_such():
    (availability, *_) = samples.source("fa").series
    assert availability.calendar == "persian"
    firsts = [jdatetime.date.fromgregorian(date=m.month) for m in availability.months]
    assert [(d.year, d.month, d.day) for d in firsts] == [
        (1404, 10, 1),
        (1404, 11, 1),
        (1404, 12, 1),
        (1405, 1, 1),
    ]
    # The 15-hour outage of 3 February 2026 (14 Bahman 1404) is Bahman's, the only short one.
    values = [m.value for m in availability.months]
    assert values[1] is not None and values[1] < 99.5
    assert all(v == 100 for i, v in enumerate(values) if i != 1)


def test_an_english_or_hebrew_report_keeps_gregorian_months(report):
    assert {s.calendar for s in samples.source("he").series} == {"gregorian"}
    assert find_lines(report("en").data, "Jan 2026Feb 2026Mar 2026")


def test_a_chart_label_names_the_month_its_bar_counts_whatever_the_language():
    # Gregorian months rendered in Persian are named as Gregorian months, never as Jalali.
    data = _built(_source(samples.service_file("fa"), "gregorian"))
    assert find_lines(data, "۲۰۲۶ " + rtl("مارس"))
    assert not any(rtl("بهمن") in line for line in _lines(data) if "۲۰۲۶" in line)


# -- 2. the feedback figures --------------------------------------------------------------

COLON_BY_NUMBER = re.compile(r"[:：]\s*[\d\u06f0-\u06f9\u0660-\u0669]")


@pytest.mark.parametrize("code", ["en", "he", "fa", "ar"])
def test_every_feedback_measure_is_said_one_way_without_a_colon_by_its_number(code):
    voice = samples.source("fa").voice
    line = voice_line(code, Formatter(code), voice.customer, voice.portfolio)
    assert not COLON_BY_NUMBER.search(line), line
    # Each measure, then its value, then the portfolio's in the same brackets.
    assert line.count("(") == 4 and line.count(")") == 4


def test_the_english_feedback_line_reads_measure_value_then_all_customers(report):
    text = " ".join(_lines(report("en").data))
    assert "NPS no answers (all customers 33); CSAT share satisfied 100% (all customers" in text


# -- 3. what the report claims ------------------------------------------------------------


def test_a_miss_without_an_item_points_to_the_feedback_follow_ups_when_there_are_some():
    file = samples.service_file("en")
    file.feedback[0].follow_up = "Call the shop manager back about the tills"
    lines = _lines(_built(_source(file), "en"))
    said = [line for line in lines if line.startswith("2The plan has no improvement item")]
    assert said, lines
    text = " ".join(lines)
    for part in ("no improvement item for this miss yet; the", "follow-ups promised", "listed"):
        assert part in text, part
    assert "Call the shop manager back" in text


def test_failures_without_a_recorded_risk_are_said_not_denied():
    file = samples.service_file("en")
    file.expectations[0].risks.clear()
    text = " ".join(_lines(_built(_source(file), "en")))
    assert "The systems of expectation 1 failed in this period; no risk is recorded" in text
    assert "No recorded risk materialised" not in text


def test_without_failures_the_report_says_what_it_checked_beside_a_missed_time():
    file = samples.service_file("en")
    source = _source(file)
    quiet = [i for i in samples.incidents("en") if not i.service_down]
    figures = compute(file, quiet, samples.QUARTER, samples.LATER)
    text = " ".join(_lines(_built(replace(source, figures=figures), "en")))
    assert "No recorded risk materialised: the systems of the expectations with a recorded" in text
    assert "No risk of an agreed expectation materialised" not in text
    assert "2Theplanhasnoimprovementitem" in text.replace(" ", "")  # the missed time


# -- 4. one Persian term each -------------------------------------------------------------


def test_the_persian_report_names_incidents_outages_and_opening_one_way(report):
    text = " ".join(_lines(report("fa").data))
    for avoided in ("حوادث", "خرابی", "قطع خدمت", "باز شد"):
        assert rtl(avoided) not in text, avoided
    assert rtl("حادثه در این دوره ثبت شد") in text
    assert rtl("قطعی خدمت") in text


# -- 5. charts beside their promise -------------------------------------------------------


def test_no_chart_starts_a_page_apart_from_the_promise_it_measures():
    file = samples.service_file("fa")
    words = file.expectations[0].customer_words
    # Five availability promises: their charts cannot all fall at the top of a page.
    file.expectations = [
        ExpectationData(
            customer_words=f"{words} ({n})",
            status=ExpectationStatus.AGREED,
            availability_percent=99.5,
            covered_systems="Tills",
            risks=[RiskData(cause="x", recovery_minutes=240)],
        )
        for n in range(1, 6)
    ]
    lines = all_lines(_built(_source(file, "persian")))
    chart_pages = [page for page, line in lines if rtl("به تفکیک ماه") in line.visual]
    heading_pages = [
        page
        for page, line in lines
        if rtl("فروشگاه باز است") in line.visual and line.size >= 10  # the level-2 heading
    ]
    assert len(chart_pages) == len(heading_pages) == 5
    assert heading_pages == chart_pages
    assert len(set(chart_pages)) > 1  # they do run over pages


# -- 6. separators ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["fa", "ar"])
def test_no_middle_dot_stands_among_persian_or_arabic_digits(report, name):
    lines = _lines(report(name).data)
    assert not any("\u00b7" in line for line in lines)
    # The footers (customer – version, page – content ID), the header and the title block.
    assert sum(" – " in line for line in lines) >= 4


def test_english_and_hebrew_keep_the_middle_dot(report):
    assert find_lines(report("en").data, " · Content ID ")
    assert any("\u00b7" in line for line in _lines(report("he").data))
