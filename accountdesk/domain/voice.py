"""The customer's voice as figures: NPS, CSAT, CES and complaints over a stretch of time.

A pure computation over what each piece of feedback said (no storage), shared by the
month-by-month trends (`services.feedback_trends`) and the service report.

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

from accountdesk.domain.enums import FeedbackChannel, FeedbackScale
from accountdesk.domain.service_file import FeedbackData

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


def customer_period(feedback: Iterable[FeedbackData], start: dt.date, end: dt.date) -> MonthFigures:
    """One customer's figures over the whole period, as one (its `month` is `start`)."""
    voices = [
        Voice(f.received_on, f.channel, f.scale, f.score)
        for f in feedback
        if start <= f.received_on <= end
    ]
    return figures(start, voices)
