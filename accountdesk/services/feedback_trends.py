"""The customer's voice as figures, month by month: NPS, CSAT, CES and complaints.

The figures are `domain.voice`'s, for one customer's file or, read straight from the
feedback table, for the whole portfolio; the screen's chart and the service report both
draw on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select

from accountdesk.domain.service_file import FeedbackData
from accountdesk.domain.voice import MonthFigures, Voice, customer_period, figures
from accountdesk.storage import tables as t
from accountdesk.storage.database import Database

__all__ = [
    "MonthFigures",
    "Voice",
    "customer_period",
    "customer_trend",
    "last_year",
    "monthly",
    "months",
    "portfolio_period",
    "portfolio_trend",
]


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


def customer_trend(
    feedback: Iterable[FeedbackData], start: dt.date, end: dt.date
) -> list[MonthFigures]:
    """One customer's figures, from its service file's feedback."""
    voices = (Voice(f.received_on, f.channel, f.scale, f.score) for f in feedback)
    return monthly(voices, start, end)


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
