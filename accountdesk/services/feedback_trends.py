"""The customer's voice as figures, month by month: NPS, CSAT, CES and complaints.

A pure computation over feedback (no Qt), for one customer's file or, read straight from
the feedback table, for the whole portfolio; the screen's chart and the service report
both draw on it.

- NPS: the share of promoters (9-10) minus the share of detractors (0-6), in points.
- CSAT: the average score, and the share of satisfied answers (4 or 5).
- CES: the average effort (lower is better).
- Complaints: feedback received over the complaint channel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import select

from accountdesk.domain.enums import FeedbackChannel, FeedbackScale
from accountdesk.domain.service_file import FeedbackData
from accountdesk.storage import tables as t
from accountdesk.storage.database import Database

PROMOTER = 9  # NPS 9-10
DETRACTOR = 6  # NPS 0-6
SATISFIED = 4  # CSAT 4-5


class Voice(NamedTuple):
    """What a trend needs of one piece of feedback."""

    received_on: dt.date
    channel: FeedbackChannel
    scale: FeedbackScale | None
    score: int | None


@dataclass(frozen=True)
class MonthFigures:
    month: dt.date  # its first day
    nps: float | None  # points, -100..100; None without NPS answers
    nps_answers: int
    csat_average: float | None
    csat_satisfied: float | None  # share of 4-5 answers, 0..1
    csat_answers: int
    ces_average: float | None
    ces_answers: int
    complaints: int


def months(start: dt.date, end: dt.date) -> list[dt.date]:
    """The first day of each month from start's to end's, inclusive."""
    found, month = [], start.replace(day=1)
    while month <= end:
        found.append(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return found


def monthly(voices: Iterable[Voice], start: dt.date, end: dt.date) -> list[MonthFigures]:
    """Figures for each month from `start` to `end`, empty months included."""
    by_month: dict[dt.date, list[Voice]] = {month: [] for month in months(start, end)}
    for voice in voices:
        bucket = by_month.get(voice.received_on.replace(day=1))
        if bucket is not None and start <= voice.received_on <= end:
            bucket.append(voice)
    return [figures(month, items) for month, items in by_month.items()]


def figures(month: dt.date, voices: list[Voice]) -> MonthFigures:
    nps = _scores(voices, FeedbackScale.NPS)
    csat = _scores(voices, FeedbackScale.CSAT)
    ces = _scores(voices, FeedbackScale.CES)
    return MonthFigures(
        month=month,
        nps=net_promoter_score(nps),
        nps_answers=len(nps),
        csat_average=_average(csat),
        csat_satisfied=sum(s >= SATISFIED for s in csat) / len(csat) if csat else None,
        csat_answers=len(csat),
        ces_average=_average(ces),
        ces_answers=len(ces),
        complaints=sum(v.channel is FeedbackChannel.COMPLAINT for v in voices),
    )


def net_promoter_score(scores: list[int]) -> float | None:
    if not scores:
        return None
    promoters = sum(s >= PROMOTER for s in scores)
    detractors = sum(s <= DETRACTOR for s in scores)
    return 100 * (promoters - detractors) / len(scores)


def _scores(voices: list[Voice], scale: FeedbackScale) -> list[int]:
    return [v.score for v in voices if v.scale is scale and v.score is not None]


def _average(scores: list[int]) -> float | None:
    return sum(scores) / len(scores) if scores else None


def customer_trend(
    feedback: Iterable[FeedbackData], start: dt.date, end: dt.date
) -> list[MonthFigures]:
    """One customer's figures, from its service file's feedback."""
    voices = (Voice(f.received_on, f.channel, f.scale, f.score) for f in feedback)
    return monthly(voices, start, end)


def customer_period(feedback: Iterable[FeedbackData], start: dt.date, end: dt.date) -> MonthFigures:
    """One customer's figures over the whole period, as one (its `month` is `start`)."""
    voices = [
        Voice(f.received_on, f.channel, f.scale, f.score)
        for f in feedback
        if start <= f.received_on <= end
    ]
    return figures(start, voices)


def last_year(today: dt.date) -> tuple[dt.date, dt.date]:
    """The twelve months to today's, inclusive: the trends' usual period."""
    first = today.replace(day=1)
    year, month = (first.year - 1, first.month + 1) if first.month < 12 else (first.year, 1)
    return dt.date(year, month, 1), today


def portfolio_trend(db: Database, start: dt.date, end: dt.date) -> list[MonthFigures]:
    """Every served customer's figures together, month by month."""
    return monthly(_portfolio_voices(db, start, end), start, end)


def portfolio_period(db: Database, start: dt.date, end: dt.date) -> MonthFigures:
    """Every served customer's figures together, over the whole period."""
    return figures(start, _portfolio_voices(db, start, end))


def _portfolio_voices(db: Database, start: dt.date, end: dt.date) -> list[Voice]:
    """The feedback of served customers (archived ones left out), read from the feedback
    table by date without loading any service file."""
    statement = (
        select(t.Feedback.received_on, t.Feedback.channel, t.Feedback.scale, t.Feedback.score)
        .join(t.Customer, t.Customer.id == t.Feedback.customer_id)
        .where(t.Customer.archived_at.is_(None))
        .where(t.Feedback.received_on.between(start, end))
    )
    with db.session() as session:
        return [Voice(*row) for row in session.execute(statement).all()]
