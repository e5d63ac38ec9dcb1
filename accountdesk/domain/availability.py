"""Availability in plain language and as a percentage, converted both ways.

Customers think in "at most 4 failures a year, each fixed within 4 hours"; contracts often
say "99.82 %". Both describe the same allowed downtime over the hours the customer is
covered (their service window), so one converts into the other.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from accountdesk.domain.service_window import ServiceWindow


@dataclass(frozen=True)
class PlainTarget:
    failures_per_year: float
    hours_per_failure: float

    @property
    def downtime_hours(self) -> float:
        return self.failures_per_year * self.hours_per_failure


def percent_from_plain(target: PlainTarget, window: ServiceWindow) -> float:
    """4 failures × 4 h over 24×7 (8,760 h) -> 99.817… %."""
    _check_plain(target)
    covered = window.covered_hours_per_year
    downtime = min(target.downtime_hours, covered)
    return 100.0 * (1.0 - downtime / covered)


def downtime_hours_from_percent(percent: float, window: ServiceWindow) -> float:
    """99.82 % over 24×7 -> about 15.8 hours a year of allowed downtime."""
    _check_percent(percent)
    return (100.0 - percent) / 100.0 * window.covered_hours_per_year


def hours_per_failure_from_percent(
    percent: float, failures_per_year: float, window: ServiceWindow
) -> float:
    """Keep the number of failures; say how long each may last for this percentage."""
    if failures_per_year <= 0:
        raise ValueError("failures per year must be positive to share the downtime")
    return downtime_hours_from_percent(percent, window) / failures_per_year


def failures_from_percent(percent: float, hours_per_failure: float, window: ServiceWindow) -> float:
    """Keep the time to fix; say how many failures a year this percentage allows."""
    if hours_per_failure <= 0:
        raise ValueError("hours per failure must be positive")
    return downtime_hours_from_percent(percent, window) / hours_per_failure


class Typed(StrEnum):
    """Which side of the conversion the user typed: it is kept exactly, the other follows."""

    PLAIN = "plain"
    PERCENT = "percent"


@dataclass(frozen=True)
class Availability:
    """The yearly downtime and the percentage of one target, from what the user typed."""

    downtime_hours: float
    percent: float
    typed: Typed

    @property
    def downtime_minutes(self) -> int:
        """The downtime as shown: whole minutes (16 h for 4 failures of 4 hours, not the
        15 h 46 min a percentage rounded to 99.82 would give back)."""
        return math.floor(self.downtime_hours * 60 + 0.5)  # half a minute up, as shown


def availability(
    failures_per_year: float | None,
    hours_per_failure: float | None,
    percent: float | None,
    window: ServiceWindow,
    typed: Typed | None = None,
) -> Availability | None:
    """The target's figures, or None when neither side is given.

    The plain-language figures are the source when both are given, unless the user has
    just typed the percentage (`typed`): the stored percentage is rounded to what its
    field shows, so computing the downtime back from it would contradict the hours typed.
    """
    plain = failures_per_year is not None and hours_per_failure is not None
    if (plain and typed is not Typed.PERCENT) or percent is None:
        if failures_per_year is None or hours_per_failure is None:
            return None
        target = PlainTarget(failures_per_year, hours_per_failure)
        return Availability(target.downtime_hours, percent_from_plain(target, window), Typed.PLAIN)
    return Availability(downtime_hours_from_percent(percent, window), percent, Typed.PERCENT)


def _check_plain(target: PlainTarget) -> None:
    if target.failures_per_year < 0 or target.hours_per_failure < 0:
        raise ValueError("failures and hours cannot be negative")


def _check_percent(percent: float) -> None:
    if not 0.0 <= percent <= 100.0:
        raise ValueError("availability is a percentage between 0 and 100")
