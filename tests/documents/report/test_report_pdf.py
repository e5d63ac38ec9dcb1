"""The service report, read back from the PDF as the reader sees it: the figures said as
the promises were, the charts mirrored in right-to-left documents, the improvement plan
with its flagged misses, the period's feedback, and every page's furniture.

Right-to-left text is written out by hand, reversed (`rtl`), as the page shows it."""

from __future__ import annotations

from dataclasses import replace

import pytest
import report_samples as samples
from pdf_reading import all_lines, find_lines, open_pdf, pdffonts, qpdf_check, rtl

from accountdesk.documents.report import ReportOptions, build_report
from accountdesk.domain.enums import Side
from accountdesk.i18n.figures import FigureSentences


def text_of(data: bytes) -> str:
    """The document's lines joined by spaces (a sentence read across its line breaks); a
    no-break space (inside a date in a table) reads as a space."""
    return " ".join(_read(line.visual) for _, line in all_lines(data))


def _read(visual: str) -> str:
    return visual.replace("\u00a0", " ")


@pytest.mark.parametrize("name", ["en", "he", "fa", "ar"])
def test_the_file_is_sound_and_every_font_embedded(report, name, tmp_path):
    data = report(name).data
    checked = qpdf_check(data, tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    for font in pdffonts(data, tmp_path):
        assert (font["emb"], font["sub"], font["uni"]) == ("yes", "yes", "yes"), font
    for page in open_pdf(data):
        assert "\ufffd" not in page.get_text()


def test_english_says_each_figure_as_the_figures_command_does(report):
    text = text_of(report("en").data)
    say = FigureSentences("en")
    for e in samples.source("en").figures.expectations:
        for sentence in say.expectation(e):
            assert sentence in text
    assert "1 failure, lasting 15 hours, available 99.31% of the covered time" in text
    assert "critical incidents answered within 30 minutes: 2 of 3 (67%)" in text
    assert "4 incidents opened in the period, 1 of them with the service down." in text


def test_each_promise_has_its_verdict_in_plain_words(report):
    lines = [line.visual for _, line in all_lines(report("en").data)]
    assert "1“The tills must work whenever the shop is open.”missed" in lines
    assert lines.count("Result: missed") == 2
    he = [line.visual for _, line in all_lines(report("he").data)]
    assert rtl("תוצאה: לא עמדנו בהבטחה") in he


def test_the_chart_reads_left_to_right_in_english_and_is_mirrored_in_hebrew(report):
    [(_, months), *_] = find_lines(report("en").data, "Jan 2026Feb 2026Mar 2026")
    assert months.x_of("Jan") < months.x_of("Mar")
    [(_, target)] = find_lines(report("en").data, "Availability by monthTarget 99.50%")
    assert target.x_of("Availability") < target.x_of("Target")
    hebrew = report("he").data
    [(_, months), *_] = find_lines(hebrew, "2026 ץרמ2026 ׳רבפ2026 ׳וני")
    assert months.x_of(rtl("ינו׳")) > months.x_of(rtl("מרץ"))  # January on the right
    [(_, title)] = find_lines(hebrew, rtl("זמינות לפי חודש"))
    assert title.x_of(rtl("זמינות")) > title.x_of("99.50%")  # the title at the start edge
    ticks = [line for _, line in all_lines(hebrew) if line.visual == "100%"]
    assert ticks and all(line.glyphs[0].x0 > 500 for line in ticks)  # the axis on the right


def test_a_month_without_incidents_says_so_under_its_place(report):
    assert find_lines(report("en").data, "no figures")
    assert find_lines(report("fa").data, rtl("بدون داده"))


def test_persian_digits_months_and_an_email_in_place(report):
    data = report("fa").data
    assert find_lines(data, "۱۰۰٪")
    # Solar Hijri months, Dey first at the right: the quarter from 11 Dey to 11 Farvardin.
    assert find_lines(data, "۱۴۰۵ " + rtl("فروردین") + "۱۴۰۴ " + rtl("اسفند") + "۱۴۰۴ ")
    [(_, row)] = find_lines(data, samples.EMAIL)
    # The score and its scale, then (to its left, read after it) who gave it, intact;
    # brackets are mirrored glyphs, read back as the opposite bracket.
    assert ")CSAT( ۴" + samples.EMAIL in row.visual


def test_the_improvement_plan_lists_each_miss_and_flags_one_without_an_item(report):
    lines = [_read(line.visual) for _, line in all_lines(report("en").data)]
    assert "1A second till server in the shopDana Levi1 May 2026" in lines
    assert "2The plan has no improvement item for this miss yet.——" in lines
    he = [line.visual for _, line in all_lines(report("he").data)]
    assert "——" + rtl("בתוכנית אין עדיין פריט שיפור עבור הבטחה זו.") + "2" in he


def test_a_risk_that_materialised_is_held_against_its_recovery_plan(report):
    text = text_of(report("en").data)
    assert "Till server disk fails115 hours4 hoursOver the plan by 11 hours" in text


def test_only_the_feedback_of_the_period_is_listed(report):
    text = text_of(report("en").data)
    assert "10 Feb 2026Surveyreza@parsnet.ir4 (CSAT)“Tills back quickly, thanks”" in text
    assert "after the quarter" not in text


def test_the_feedback_section_opens_with_the_customer_beside_the_portfolio(report):
    text = text_of(report("en").data)
    line = (
        "In this period: NPS no answers (all customers 33); CSAT share satisfied 100% "
        "(all customers 50%); CES no answers (all customers 3.0); complaints 0 "
        "(all customers 2)."
    )
    assert line in text
    assert text.index("Feedback received") < text.index(line) < text.index("10 Feb 2026Survey")


@pytest.mark.parametrize(
    "name, words",
    [
        ("he", ["NPS", rtl("אין תשובות"), rtl("כל הלקוחות"), "50%", rtl("תלונות")]),
        ("fa", [rtl("بدون پاسخ"), rtl("همه مشتریان"), "۵۰٪", "۱۰۰٪", "۳٫۰", rtl("شکایت")]),
        ("ar", [rtl("لا إجابات"), rtl("جميع العملاء"), "٥٠٪", "٣٫٠", rtl("الشكاوى")]),
    ],
)
def test_the_feedback_figures_are_in_the_documents_language(report, name, words):
    text = text_of(report(name).data)
    for shown in words:
        assert shown in text, shown


def test_every_page_has_page_x_of_y_and_the_content_id(report):
    built = report("en")
    pages = open_pdf(built.data).page_count
    for number in range(1, pages + 1):
        footer = f"Page {number} of {pages} · Content ID {built.fingerprint}"
        assert find_lines(built.data, footer)


def test_both_sides_have_a_place_to_sign(report):
    sides = {box.side for box in report("he").signature_boxes}
    assert sides == {Side.CUSTOMER, Side.PROVIDER}


def test_the_content_id_is_the_same_in_every_language_and_follows_the_figures():
    source = samples.source("fa")
    ids = {
        build_report(source, ReportOptions(language=code), today=samples.TODAY).fingerprint
        for code in ("fa", "en")
    }
    assert len(ids) == 1
    fewer = samples.source("fa")
    fewer.file.feedback.clear()
    changed = build_report(fewer, ReportOptions(language="fa"), today=samples.TODAY)
    assert changed.fingerprint not in ids
    portfolio = replace(samples.portfolio(), complaints=3)  # another customer complained
    others = replace(source, voice=replace(source.voice, portfolio=portfolio))
    assert (
        build_report(others, ReportOptions(language="fa"), today=samples.TODAY).fingerprint
        not in ids
    )
