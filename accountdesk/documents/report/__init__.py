"""The service report: a period's achieved against agreed, as a PDF in the customer's
language.

    from accountdesk.documents.report import ReportOptions, ReportSource, build_report
    report = build_report(ReportSource(file, figures, series), ReportOptions(language="fa"))
    report.data                             # the PDF

The same text engine, building blocks, layout and fingerprint as the summary
(`documents.summary`), with a chart per measure; the words are in `catalogue`, what the
document says in `content`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from accountdesk.documents.report.source import PeriodVoice, ReportOptions, ReportSource
from accountdesk.documents.summary import SummaryPdf, document_language
from accountdesk.domain.enums import Language
from accountdesk.domain.languages import language_info
from accountdesk.domain.monthly import Calendar
from accountdesk.domain.service_file import ServiceFile

if TYPE_CHECKING:
    from accountdesk.documents.report.content import ReportContent

__all__ = [
    "PeriodVoice",
    "ReportOptions",
    "ReportSource",
    "build_report",
    "report_calendar",
    "report_language",
]


def report_language(source: ReportSource, options: ReportOptions) -> Language:
    """The language chosen in the options, else the customer's document language."""
    return file_language(source.file, options.language)


def file_language(file: ServiceFile, language: Language | str | None) -> Language:
    from accountdesk.documents.summary import SummaryOptions

    return document_language(file, SummaryOptions(language=language))


def report_calendar(file: ServiceFile, language: Language | str | None = None) -> Calendar:
    """The calendar whose months the report in `language` (default: the customer's
    document language) counts its charts in: a Persian reader's are Solar Hijri."""
    return language_info(file_language(file, language).value).calendar


def build_report(
    source: ReportSource, options: ReportOptions = ReportOptions(), today: dt.date | None = None
) -> SummaryPdf:
    """Lay out the report and return the PDF with where each side signs."""
    from accountdesk.documents.report.content import ReportContent
    from accountdesk.documents.report.render import ReportLayout
    from accountdesk.documents.summary.fingerprint import fingerprint
    from accountdesk.documents.summary.render import fewer_collections, render

    language = report_language(source, options)
    content = ReportContent(source, options, language, today or dt.date.today())
    with fewer_collections():
        content.fingerprint = fingerprint(source.file, report_choices(content))
        data, pages, boxes = render(content.document(), ReportLayout)
    return SummaryPdf(data, pages, content.fingerprint, language, tuple(boxes))


def report_choices(content: ReportContent) -> dict[str, object]:
    """What the report adds to the file: its figures, months, feedback and improvement
    items, version and date (the same in every language)."""
    return {
        "kind": "report",
        "version": content.options.version_label or "",
        "issued_on": content.issued_on,
        "figures": content.figures,
        "series": content.source.series,
        "feedback": content.feedback,
        "voice": content.source.voice,
        "improvements": [(i.figures.index, i.item) for i in content.improvements],
    }
