"""Achieved against agreed for one customer and period: the one call behind the screens,
`accountdesk report` and the service report.

`period_figures` reads the service file and the incidents touching the period and
computes (`domain.achievement`); `figures_document` is the same figures as plain data with
each sentence in a language (the customer's document language unless told otherwise).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from accountdesk.domain.achievement import (
    ExpectationFigures,
    Period,
    PeriodFigures,
    SeverityFigure,
    TimeFigure,
    compute,
)
from accountdesk.domain.service_file import ServiceFile
from accountdesk.i18n.figures import FigureSentences
from accountdesk.services.incidents.records import period_incidents
from accountdesk.services.service_files import load_file
from accountdesk.storage.database import Database


@dataclass(frozen=True)
class CustomerFigures:
    file: ServiceFile
    figures: PeriodFigures


def period_figures(
    db: Database, customer_id: int, period: Period, now: dt.datetime | None = None
) -> CustomerFigures:
    return file_figures(db, load_file(db, customer_id), period, now)


def file_figures(
    db: Database, file: ServiceFile, period: Period, now: dt.datetime | None = None
) -> CustomerFigures:
    """The figures of a service file as it is in hand (the screen's, with unsaved edits to
    its targets) against its stored incidents."""
    incidents = period_incidents(db, file.id, period) if file.id is not None else []
    moment = now or dt.datetime.now(dt.UTC)
    return CustomerFigures(file, compute(file, incidents, period, moment))


def expectation_sentences(e: ExpectationFigures, say: FigureSentences) -> list[str]:
    """Each figure of one expectation as a sentence, availability first."""
    return say.expectation(e)


def figures_document(found: CustomerFigures, language: str | None = None) -> dict[str, object]:
    """The figures as JSON-ready data: numbers for scripts, sentences for people."""
    file, figures = found.file, found.figures
    say = FigureSentences(language or str(file.document_language))
    return {
        "customer": file.name,
        "language": say.words.language,
        "period": {"from": figures.period.start.isoformat(), "to": figures.period.end.isoformat()},
        "ongoing": figures.ongoing,
        "incidents": figures.incidents,
        "outages": figures.outages,
        "expectations": [_expectation(e, say) for e in figures.expectations],
    }


def _expectation(e: ExpectationFigures, say: FigureSentences) -> dict[str, object]:
    item: dict[str, object] = {
        "expectation": e.index,
        "customer_words": e.expectation.customer_words,
        "verdict": e.verdict.value,
        "sentences": expectation_sentences(e, say),
    }
    a = e.availability
    if a is not None:
        item["availability"] = {
            "failures": a.failures,
            "allowed_failures": a.allowed_failures,
            "longest_minutes": round(a.longest_minutes, 1),
            "too_long": a.too_long,
            "downtime_minutes": round(a.downtime_minutes, 1),
            "covered_minutes": round(a.covered_minutes, 1),
            "achieved_percent": None
            if a.achieved_percent is None
            else round(a.achieved_percent, 4),
            "verdict": a.verdict.value,
        }
    for figure in (e.response, e.resolution):
        if figure is not None:
            item[figure.measure.value] = _times(figure)
    return item


def _times(figure: TimeFigure) -> dict[str, object]:
    return {
        "share_percent": figure.share_percent,
        "verdict": figure.verdict.value,
        "severities": [_severity(f) for f in figure.severities],
    }


def _severity(f: SeverityFigure) -> dict[str, object]:
    return {
        "severity": f.severity.value,
        "target_minutes": f.target_minutes,
        "total": f.total,
        "met": f.met,
        "still_open": f.waiting,
        "missed_by": f.missed_by,
        "verdict": f.verdict.value,
    }
