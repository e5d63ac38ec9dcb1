"""Use-case: the service report of one customer for a period, as figures and as a PDF.

The figures are `domain.achievement`'s (the same computation behind `services.figures`,
the Incidents tab and `accountdesk report --json`), the months `domain.monthly`'s over
the same incidents, read once; the document is `documents.report`. Issuing a version
stores it beside the summary's versions (`summary_versions`, kind "report").

The ORM (through `service_files` and `Database`) is imported only where it is used:
`report_pdf_at`, for a command, usually reads without it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from accountdesk.documents.report import (
    PeriodVoice,
    ReportOptions,
    ReportSource,
    build_report,
    report_calendar,
    report_language,
)
from accountdesk.documents.summary import SummaryPdf
from accountdesk.domain.achievement import Period, compute
from accountdesk.domain.covered_time import RememberingClock
from accountdesk.domain.enums import DocumentKind, SummaryStatus
from accountdesk.domain.incidents import IncidentData
from accountdesk.domain.monthly import Calendar, monthly_series
from accountdesk.domain.service_file import ServiceFile
from accountdesk.domain.voice import MonthFigures, customer_period
from accountdesk.domain.voice import figures as voice_figures
from accountdesk.storage import read_only
from accountdesk.storage.plain_reader import NotServed

if TYPE_CHECKING:
    from accountdesk.services.signing.versions import VersionInfo
    from accountdesk.storage.database import Database


def file_report_source(
    db: Database,
    file: ServiceFile,
    period: Period,
    now: dt.datetime | None = None,
    calendar: Calendar = "gregorian",
) -> ReportSource:
    """The report's data for a file as it is in hand (the screen's, unsaved edits too),
    its months those of `calendar`."""
    from accountdesk.services.incidents.records import period_incidents

    incidents = period_incidents(db, file.id, period) if file.id is not None else []
    return source_of(file, incidents, period, now, portfolio_voice(db, period), calendar)


def source_of(
    file: ServiceFile,
    incidents: Sequence[IncidentData],
    period: Period,
    now: dt.datetime | None = None,
    portfolio: MonthFigures | None = None,
    calendar: Calendar = "gregorian",
) -> ReportSource:
    """The report's data, its charts by the months of `calendar` (the report language's:
    `report_calendar`); with `portfolio` (every served customer's feedback figures for
    the period), the feedback section sets the customer's beside them."""
    moment = now or dt.datetime.now(dt.UTC)
    clock = RememberingClock(file.window)  # the months ask for the period's spans again
    figures = compute(file, incidents, period, moment, clock)
    series = monthly_series(file, incidents, period, moment, clock, calendar)
    voice = None
    if portfolio is not None:
        voice = PeriodVoice(customer_period(file.feedback, period.start, period.end), portfolio)
    return ReportSource(file, figures, series, voice)


def portfolio_voice(db: Database, period: Period) -> MonthFigures:
    from accountdesk.services.feedback_trends import portfolio_period

    return portfolio_period(db, period.start, period.end)


def report_pdf(
    db: Database,
    customer_id: int,
    period: Period,
    language: str | None = None,
    native_digits: bool = True,
    version_label: str | None = None,
    now: dt.datetime | None = None,
) -> SummaryPdf:
    """The report's PDF. Raises NotFoundError for an unknown customer, ValueError for a
    language the registry does not list."""
    from accountdesk.services.service_files import load_file

    file = load_file(db, customer_id)
    source = file_report_source(db, file, period, now, report_calendar(file, language))
    options = ReportOptions(
        language=language, native_digits=native_digits, version_label=version_label
    )
    return build_report(source, options)


def report_pdf_at(
    path: Path | str,
    customer: str,
    period: Period,
    language: str | None = None,
    native_digits: bool = True,
) -> SummaryPdf:
    """The report of the customer with this id or exact name, in the database at `path`:
    read straight from SQLite when it can be (`storage.read_only`), else through
    `Database`, which migrates or explains. The same PDF, and the same errors, either way."""
    try:
        found = read_only.read_period(path, customer, period)
    except NotServed:
        return _report_pdf_opening(Path(path), customer, period, language, native_digits)
    portfolio = voice_figures(period.start, found.portfolio)
    file = found.stored.file
    calendar = report_calendar(file, language)
    source = source_of(file, found.incidents, period, portfolio=portfolio, calendar=calendar)
    return build_report(source, ReportOptions(language=language, native_digits=native_digits))


def _report_pdf_opening(
    path: Path | str, customer: str, period: Period, language: str | None, native_digits: bool
) -> SummaryPdf:
    from accountdesk.services.service_files import find_customer_id
    from accountdesk.storage.database import Database

    db = Database(path, create=False)
    try:
        return report_pdf(db, find_customer_id(db, customer), period, language, native_digits)
    finally:
        db.close()


def issue_report(
    db: Database,
    customer_id: int,
    period: Period,
    *,
    language: str | None = None,
    native_digits: bool = True,
    issued_by: str = "",
    now: dt.datetime | None = None,
) -> VersionInfo:
    """Freeze the period's report as the customer's next report version: the service file
    as it is now (as data) and the PDF, each with its SHA-256, as a summary is issued;
    `verify` then recognises the file, and it is signed the same way."""
    from accountdesk.services.incidents.records import period_incidents
    from accountdesk.services.signing.snapshots import take_snapshot
    from accountdesk.services.signing.versions import (
        store_version,
        version_info,
        version_label,
        versions_of,
    )
    from accountdesk.storage import tables as t
    from accountdesk.storage.base import utcnow

    snapshot = take_snapshot(db, customer_id)
    # The file as frozen (its snapshot has no database ids) against its stored incidents.
    incidents = period_incidents(db, customer_id, period)
    calendar = report_calendar(snapshot.file, language)
    voice = portfolio_voice(db, period)
    source = source_of(snapshot.file, incidents, period, now, voice, calendar)
    chosen = report_language(source, ReportOptions(language=language))
    with db.transaction() as session:
        rows = versions_of(session, customer_id, DocumentKind.REPORT)
        number = max((r.number for r in rows), default=0) + 1
        options = ReportOptions(
            language=chosen,
            native_digits=native_digits,
            version_label=version_label(number, chosen, native_digits),
        )
        report = build_report(source, options)
        row = t.SummaryVersion(
            customer_id=customer_id,
            kind=DocumentKind.REPORT,
            period_start=period.start,
            period_end=period.end,
            number=number,
            created_at=utcnow(),
        )
        store_version(row, snapshot, report, chosen)
        row.status, row.issued_by, row.issued_at = SummaryStatus.ISSUED, issued_by.strip(), utcnow()
        session.add(row)
        session.flush()
        return version_info(row)
