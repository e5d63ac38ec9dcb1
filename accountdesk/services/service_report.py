"""Use-case: the service report of one customer for a period, as figures and as a PDF.

The figures are `services.figures`' (the same call behind the Incidents tab and
`accountdesk report --json`), the months `domain.monthly`'s over the same incidents, read
once; the document is `documents.report`. Nothing is stored here: issuing a version is
`services.signing`, as for the summary.
"""

from __future__ import annotations

import datetime as dt

from accountdesk.documents.report import ReportOptions, ReportSource, build_report
from accountdesk.documents.summary import SummaryPdf
from accountdesk.domain.achievement import Period, compute
from accountdesk.domain.monthly import monthly_series
from accountdesk.domain.service_file import ServiceFile
from accountdesk.services.incidents.records import period_incidents
from accountdesk.services.service_files import load_file
from accountdesk.storage.database import Database


def report_source(
    db: Database, customer_id: int, period: Period, now: dt.datetime | None = None
) -> ReportSource:
    return file_report_source(db, load_file(db, customer_id), period, now)


def file_report_source(
    db: Database, file: ServiceFile, period: Period, now: dt.datetime | None = None
) -> ReportSource:
    """The report's data for a file as it is in hand (the screen's, unsaved edits too)."""
    incidents = period_incidents(db, file.id, period) if file.id is not None else []
    moment = now or dt.datetime.now(dt.UTC)
    figures = compute(file, incidents, period, moment)
    return ReportSource(file, figures, monthly_series(file, incidents, period, moment))


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
    source = report_source(db, customer_id, period, now)
    options = ReportOptions(
        language=language, native_digits=native_digits, version_label=version_label
    )
    return build_report(source, options)
