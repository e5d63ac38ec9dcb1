"""A period's figures month by month: one series per measure of each expectation.

The service report draws each series as a chart against its target, on paper and on
screen alike. A month is a month of the reader's calendar (Gregorian, or Solar Hijri for
a Persian reader: Dey, Bahman, Esfand rather than January to March) clipped to the period,
and is judged by the same rules as the whole period (`achievement.compute`), so a month's
bar and the period's sentence never disagree about what counts.

- availability: the share of the month's covered time the service was up, against the
  agreed percentage (or the one the failures and hours a year come to);
- response and resolution: the share of the month's judged incidents, all severities
  together, that met their time, against the share promised.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from accountdesk.domain.achievement import (
    ExpectationFigures,
    Measure,
    Period,
    TimeFigure,
    compute,
)
from accountdesk.domain.availability import availability
from accountdesk.domain.covered_time import CoveredClock, RememberingClock
from accountdesk.domain.incidents import IncidentData
from accountdesk.domain.service_file import ExpectationData, ServiceFile

Calendar = Literal["gregorian", "persian"]  # as `languages.LanguageInfo.calendar` names it


class SeriesMeasure(StrEnum):
    AVAILABILITY = "availability"
    RESPONSE = Measure.RESPONSE.value
    RESOLUTION = Measure.RESOLUTION.value


@dataclass(frozen=True)
class MonthValue:
    month: dt.date  # its first day (in the series' calendar), as a Gregorian date
    value: float | None  # percent; None: nothing to measure in that month (yet)


@dataclass(frozen=True)
class Series:
    expectation_index: int  # the expectation's position in the service file
    measure: SeriesMeasure
    target: float | None  # percent; None: the promise has no percentage to draw
    months: tuple[MonthValue, ...]
    calendar: Calendar = "gregorian"  # whose months `months` are


def month_start(day: dt.date, calendar: Calendar = "gregorian") -> dt.date:
    """The first day of the month `day` is in, in `calendar`."""
    if calendar == "persian":
        import jdatetime  # only for a Solar Hijri reader

        j = jdatetime.date.fromgregorian(date=day)
        first: dt.date = jdatetime.date(j.year, j.month, 1).togregorian()
        return first
    return day.replace(day=1)


def next_month(first: dt.date, calendar: Calendar = "gregorian") -> dt.date:
    """The first day of the month after the one that starts on `first`."""
    # Every month of both calendars has 29 to 31 days: 32 days on is in the next one.
    return month_start(first + dt.timedelta(days=32), calendar)


def month_periods(period: Period, calendar: Calendar = "gregorian") -> list[Period]:
    """Each month of `calendar` the period touches, clipped to the period."""
    found, first = [], month_start(period.start, calendar)
    while first <= period.end:
        after = next_month(first, calendar)
        found.append(
            Period(max(first, period.start), min(after - dt.timedelta(days=1), period.end))
        )
        first = after
    return found


def monthly_series(
    file: ServiceFile,
    incidents: Sequence[IncidentData],
    period: Period,
    now: dt.datetime,
    clock: CoveredClock | None = None,
    calendar: Calendar = "gregorian",
) -> tuple[Series, ...]:
    """Every measure of every agreed expectation with targets, month by month (the months
    of `calendar`), in the order of the period's figures (availability, response,
    resolution). `clock`: the one the period's figures were computed with, whose answers
    the months reuse."""
    zone = file.window.timezone
    clock = clock or RememberingClock(file.window)
    months: list[tuple[dt.date, list[ExpectationFigures]]] = []
    for month in month_periods(period, calendar):
        start, end = month.bounds(zone)
        touching = [
            i
            for i in incidents
            if i.opened is not None
            and i.opened < end
            and (i.resolved is None or i.resolved >= start)
        ]
        figures = compute(file, touching, month, now, clock).expectations if start <= now else ()
        months.append((month_start(month.start, calendar), list(figures)))
    whole = compute(file, [], period, now)
    series: list[Series] = []
    for e in whole.expectations:
        for measure in SeriesMeasure:
            if not _measured(e, measure):
                continue
            values = tuple(
                MonthValue(first, _value(_of(figures, e.index), measure))
                for first, figures in months
            )
            target = _target(file, e.expectation, measure)
            series.append(Series(e.index, measure, target, values, calendar))
    return tuple(series)


def _measured(e: ExpectationFigures, measure: SeriesMeasure) -> bool:
    if measure is SeriesMeasure.AVAILABILITY:
        return e.availability is not None
    return _time(e, measure) is not None


def _time(e: ExpectationFigures, measure: SeriesMeasure) -> TimeFigure | None:
    return e.response if measure is SeriesMeasure.RESPONSE else e.resolution


def _of(figures: list[ExpectationFigures], index: int) -> ExpectationFigures | None:
    return next((f for f in figures if f.index == index), None)


def _value(e: ExpectationFigures | None, measure: SeriesMeasure) -> float | None:
    if e is None:
        return None
    if measure is SeriesMeasure.AVAILABILITY:
        return None if e.availability is None else e.availability.achieved_percent
    figure = _time(e, measure)
    if figure is None:
        return None
    total = sum(f.total for f in figure.severities)
    return 100 * sum(f.met for f in figure.severities) / total if total else None


def _target(file: ServiceFile, e: ExpectationData, measure: SeriesMeasure) -> float | None:
    if measure is SeriesMeasure.AVAILABILITY:
        found = availability(
            e.failures_per_year, e.hours_per_failure, e.availability_percent, file.window
        )
        return None if found is None else found.percent
    return 100.0 if e.share_percent is None else e.share_percent
