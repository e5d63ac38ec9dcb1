"""Covered time between two instants: the minutes inside a customer's service window.

The same calendar as the escalation timeline (`ServiceWindow.add_covered_minutes`): the
covered days of the window, from its start to its end in local wall-clock time, so a day
on which the clocks change keeps "08:00–18:00" at those hours and is an hour shorter or
longer only where the window spans the change.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from accountdesk.domain.service_window import ServiceWindow, at_minute

_Span = tuple[dt.datetime, dt.datetime] | None


class CoveredClock:
    """Counts covered minutes for one window; each day's opening hours are worked out
    once (thousands of incidents mostly fall on the same few hundred days)."""

    def __init__(self, window: ServiceWindow) -> None:
        self.window = window
        self.zone = ZoneInfo(window.timezone)
        self._days: dict[dt.date, _Span] = {}

    def minutes(self, start: dt.datetime, end: dt.datetime) -> float:
        """Covered minutes from `start` to `end` (0 when end is not after start)."""
        if end <= start:
            return 0.0
        # In UTC: Python subtracts two times of the same zone by their wall clocks, which
        # would lose or gain the hour the clocks change by.
        if start.tzinfo is not dt.UTC:
            start = start.astimezone(dt.UTC)
        if end.tzinfo is not dt.UTC:
            end = end.astimezone(dt.UTC)
        if self.window.is_always:
            return (end - start).total_seconds() / 60
        day = start.astimezone(self.zone).date()
        last = end.astimezone(self.zone).date()
        total = 0.0
        while day <= last:
            span = self._span(day)
            if span is not None:
                begin, finish = max(span[0], start), min(span[1], end)
                if finish > begin:
                    total += (finish - begin).total_seconds() / 60
            day += dt.timedelta(days=1)
        return total

    def _span(self, day: dt.date) -> _Span:
        try:
            return self._days[day]
        except KeyError:
            span = None
            if self.window.covers_day(day):
                opens = at_minute(day, self.window.start_minute, self.zone)
                closes = at_minute(day, self.window.end_minute, self.zone)
                span = (opens.astimezone(dt.UTC), closes.astimezone(dt.UTC))
            self._days[day] = span
            return span


def local_midnight(day: dt.date, zone: str) -> dt.datetime:
    """The instant a day begins in a time zone."""
    return dt.datetime.combine(day, dt.time(0), tzinfo=ZoneInfo(zone))


class RememberingClock(CoveredClock):
    """A clock that keeps each answer: a report judges the same incidents for the whole
    period and again for their month, asking for the same spans twice."""

    def __init__(self, window: ServiceWindow) -> None:
        super().__init__(window)
        self._spans: dict[tuple[dt.datetime, dt.datetime], float] = {}

    def minutes(self, start: dt.datetime, end: dt.datetime) -> float:
        key = (start, end)
        found = self._spans.get(key)
        if found is None:
            found = self._spans[key] = super().minutes(start, end)
        return found
