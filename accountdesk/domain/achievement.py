"""Achieved against agreed: for a period, what each agreed expectation's targets came to.

Time counts only inside the customer's service window (`covered_time`). The rules, so a
figure can be explained to the customer:

- **Availability.** An outage is an incident with `service_down`; it counts against a
  target on some systems when it names one of them (by name or host) or names none (the
  service as a whole was down). A failure belongs to the period it began in, and lasts its
  covered time from opening to resolution (until now while open); an outage wholly
  outside the window is no failure. Downtime for the percentage is the covered time of
  every outage inside the period, clipped to it. "At most N a year" allows N × days / 365
  failures in the period, rounded up.
- **Response and resolution.** The incidents opened in the period, per severity: the
  covered minutes to the first response (a ticket resolved without one was answered by
  its resolution) or to resolution. One still waiting counts as missed once its time has
  passed, and is not yet counted before.
- **Met, missed, at risk.** A promise already broken beyond repair (one failure too many,
  one too long, more downtime than the whole period allows) is missed at once. While the
  period runs, one that is behind (below its share, on course for too many failures) is
  at risk; once the period is over it is missed.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from accountdesk.domain.covered_time import CoveredClock, local_midnight
from accountdesk.domain.enums import ExpectationStatus, Severity
from accountdesk.domain.incidents import IncidentData
from accountdesk.domain.service_file import ExpectationData, ServiceFile

DAYS_PER_YEAR = 365
SEVERITIES = (Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)


class Verdict(StrEnum):
    MET = "met"
    AT_RISK = "at_risk"
    MISSED = "missed"
    NO_DATA = "no_data"  # nothing to judge yet: no incidents of that kind


_WORST_FIRST = (Verdict.MISSED, Verdict.AT_RISK, Verdict.MET, Verdict.NO_DATA)


def worst(verdicts: Iterable[Verdict]) -> Verdict:
    found = set(verdicts)
    return next((v for v in _WORST_FIRST if v in found), Verdict.NO_DATA)


class Measure(StrEnum):
    RESPONSE = "response"
    RESOLUTION = "resolution"


@dataclass(frozen=True)
class Period:
    """Whole days, `start` to `end` inclusive, in the customer's time zone."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a period ends on or after its start")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def bounds(self, zone: str) -> tuple[dt.datetime, dt.datetime]:
        """The first instant of the period and the first after it (in UTC, so that their
        difference is the real time between them)."""
        first = local_midnight(self.start, zone)
        after = local_midnight(self.end + dt.timedelta(days=1), zone)
        return first.astimezone(dt.UTC), after.astimezone(dt.UTC)


@dataclass(frozen=True)
class AvailabilityFigure:
    failures: int
    longest_minutes: float  # the longest failure's covered time; 0 with none
    too_long: int  # failures longer than each may last
    downtime_minutes: float  # covered outage time inside the period (so far)
    covered_minutes: float  # covered time of the period (so far)
    achieved_percent: float | None  # None when no covered time has passed
    allowed_failures: int | None  # in this period; None: no limit on their number
    verdict: Verdict


@dataclass(frozen=True)
class SeverityFigure:
    severity: Severity
    target_minutes: int
    total: int  # incidents judged: met, or past their time
    met: int
    waiting: int  # still open and within their time
    needed: int  # how many must meet the time for the share
    verdict: Verdict

    @property
    def missed_by(self) -> int:
        return max(0, self.needed - self.met)

    @property
    def percent(self) -> float | None:
        return 100 * self.met / self.total if self.total else None


@dataclass(frozen=True)
class TimeFigure:
    measure: Measure
    share_percent: float
    severities: tuple[SeverityFigure, ...]
    verdict: Verdict


@dataclass(frozen=True)
class ExpectationFigures:
    index: int  # the expectation's position in the service file
    expectation: ExpectationData
    availability: AvailabilityFigure | None
    response: TimeFigure | None
    resolution: TimeFigure | None

    @property
    def verdict(self) -> Verdict:
        parts = (self.availability, self.response, self.resolution)
        return worst(part.verdict for part in parts if part is not None)


@dataclass(frozen=True)
class PeriodFigures:
    period: Period
    ongoing: bool  # the period had not ended at `now`
    expectations: tuple[ExpectationFigures, ...]
    incidents: int  # incidents opened in the period
    outages: int  # of them, with the service down


def target_minutes(e: ExpectationData, measure: Measure, severity: Severity) -> int | None:
    value: int | None = getattr(e, f"{measure.value}_{severity.value}_minutes")
    return value


def has_targets(e: ExpectationData) -> bool:
    """Whether an expectation has anything measurable to hold a period against."""
    availability = (e.failures_per_year, e.hours_per_failure, e.availability_percent)
    return any(v is not None for v in availability) or any(
        target_minutes(e, measure, s) is not None for measure in Measure for s in SEVERITIES
    )


def compute(
    file: ServiceFile,
    incidents: Sequence[IncidentData],
    period: Period,
    now: dt.datetime,
    clock: CoveredClock | None = None,
) -> PeriodFigures:
    """The figures of every agreed expectation with targets, for `period` as of `now`.

    `incidents` are the customer's incidents that touch the period (opened before its end
    and not resolved before its start); others are ignored. `clock`: one of the file's
    window to share between computations (a `RememberingClock`).
    """
    start, end = period.bounds(file.window.timezone)
    clock = clock or CoveredClock(file.window)
    context = _Context(file, incidents, clock, start, end, now, period)
    figures = tuple(
        _expectation(context, index, e)
        for index, e in enumerate(file.expectations)
        if e.status is ExpectationStatus.AGREED and has_targets(e)
    )
    opened = [i for i in incidents if i.opened is not None and start <= i.opened < end]
    return PeriodFigures(
        period,
        now < end,
        figures,
        len(opened),
        sum(1 for i in opened if i.service_down),
    )


@dataclass
class _Context:
    file: ServiceFile
    incidents: Sequence[IncidentData]
    clock: CoveredClock
    start: dt.datetime
    end: dt.datetime
    now: dt.datetime
    period: Period

    @property
    def ongoing(self) -> bool:
        return self.now < self.end

    @property
    def elapsed_end(self) -> dt.datetime:
        return min(self.end, max(self.now, self.start))


def _expectation(c: _Context, index: int, e: ExpectationData) -> ExpectationFigures:
    availability = None
    if any(
        v is not None for v in (e.failures_per_year, e.hours_per_failure, e.availability_percent)
    ):
        availability = _availability(c, e)
    times = [_times(c, e, measure) for measure in Measure]
    return ExpectationFigures(index, e, availability, times[0], times[1])


# -- availability ------------------------------------------------------------------------


def _availability(c: _Context, e: ExpectationData) -> AvailabilityFigure:
    covers = _system_matcher(c.file, e.covered_systems)
    durations: list[float] = []
    downtime = 0.0
    for incident in c.incidents:
        opened = incident.opened
        if not incident.service_down or opened is None or not covers(incident.system):
            continue
        until = incident.resolved or max(c.now, opened)
        downtime += c.clock.minutes(max(opened, c.start), min(until, c.elapsed_end))
        if c.start <= opened < c.end:
            minutes = c.clock.minutes(opened, until)
            if minutes > 0:
                durations.append(minutes)
    covered = c.clock.minutes(c.start, c.elapsed_end)
    whole = c.clock.minutes(c.start, c.end)
    allowed = _allowed_failures(e, c.period)
    limit = None if e.hours_per_failure is None else e.hours_per_failure * 60
    too_long = sum(1 for d in durations if limit is not None and d > limit + 1e-9)
    achieved = 100 * (1 - downtime / covered) if covered > 0 else None
    verdicts = [Verdict.MET]
    if allowed is not None:
        verdicts.append(_failures_verdict(c, len(durations), allowed))
    if too_long:
        verdicts.append(Verdict.MISSED)
    if e.availability_percent is not None:
        verdicts.append(_percent_verdict(c, e.availability_percent, downtime, whole, achieved))
    return AvailabilityFigure(
        failures=len(durations),
        longest_minutes=max(durations, default=0.0),
        too_long=too_long,
        downtime_minutes=downtime,
        covered_minutes=covered,
        achieved_percent=achieved,
        allowed_failures=allowed,
        verdict=worst(verdicts),
    )


def _allowed_failures(e: ExpectationData, period: Period) -> int | None:
    if e.failures_per_year is None:
        return None
    return math.ceil(e.failures_per_year * period.days / DAYS_PER_YEAR - 1e-9)


def _failures_verdict(c: _Context, failures: int, allowed: int) -> Verdict:
    if failures > allowed:
        return Verdict.MISSED
    if c.ongoing and failures:
        elapsed = (c.elapsed_end - c.start).total_seconds()
        whole = (c.end - c.start).total_seconds()
        if elapsed > 0 and failures * whole / elapsed > allowed + 1e-9:
            return Verdict.AT_RISK
    return Verdict.MET


def _percent_verdict(
    c: _Context, target: float, downtime: float, whole: float, achieved: float | None
) -> Verdict:
    if downtime > whole * (1 - target / 100) + 1e-9:
        return Verdict.MISSED  # more down than the whole period allows
    if achieved is not None and achieved < target - 1e-9:
        return Verdict.AT_RISK if c.ongoing else Verdict.MISSED
    return Verdict.MET


def _system_matcher(file: ServiceFile, covered: str) -> _Matcher:
    names = {line.strip().casefold() for line in covered.splitlines() if line.strip()}
    if not names:
        return _Matcher(None)
    keys = set(names)
    for system in file.systems:
        own = {system.name.strip().casefold(), system.host.strip().casefold()} - {""}
        if own & names:
            keys |= own
    return _Matcher(keys)


@dataclass(frozen=True)
class _Matcher:
    keys: set[str] | None  # None: the whole service

    def __call__(self, system: str) -> bool:
        key = system.strip().casefold()
        return self.keys is None or not key or key in self.keys


# -- response and resolution -------------------------------------------------------------


def _times(c: _Context, e: ExpectationData, measure: Measure) -> TimeFigure | None:
    targets = [(s, target_minutes(e, measure, s)) for s in SEVERITIES]
    wanted = {s: t for s, t in targets if t is not None}
    if not wanted:
        return None
    share = 100.0 if e.share_percent is None else e.share_percent
    counts = {s: [0, 0, 0] for s in wanted}  # judged, met, waiting
    for incident in c.incidents:
        opened = incident.opened
        if opened is None or incident.severity not in wanted or not c.start <= opened < c.end:
            continue
        target = wanted[incident.severity]
        done = incident.resolved
        if measure is Measure.RESPONSE and incident.first_response is not None:
            done = incident.first_response
        tally = counts[incident.severity]
        if done is not None:
            tally[0] += 1
            tally[1] += c.clock.minutes(opened, done) <= target + 1e-9
        elif c.clock.minutes(opened, max(c.now, opened)) > target:
            tally[0] += 1
        else:
            tally[2] += 1
    figures = tuple(
        _severity_figure(c, s, wanted[s], counts[s], share) for s in SEVERITIES if s in wanted
    )
    return TimeFigure(measure, share, figures, worst(f.verdict for f in figures))


def _severity_figure(
    c: _Context, severity: Severity, target: int, tally: list[int], share: float
) -> SeverityFigure:
    total, met, waiting = tally
    needed = math.ceil(share / 100 * total - 1e-9)
    if total == 0:
        verdict = Verdict.NO_DATA
    elif met >= needed:
        verdict = Verdict.MET
    else:
        verdict = Verdict.AT_RISK if c.ongoing else Verdict.MISSED
    return SeverityFigure(severity, target, total, met, waiting, needed, verdict)
