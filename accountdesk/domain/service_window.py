"""The service window: the days and hours a customer is covered, in their time zone.

Everything that counts "time without resolution" (escalation) or "time the service should
be up" (availability) counts only inside this window.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

MINUTES_PER_DAY = 24 * 60
DAYS_PER_YEAR = 365
ALL_DAYS = 0b1111111
# Monday is bit 0, as in datetime.weekday().
SUN_TO_THU = 0b1001111  # Israel and Iran-style working weeks differ; this is Sun..Thu
SAT_TO_WED = 0b1100111  # Sat..Wed
MON_TO_FRI = 0b0011111


@dataclass(frozen=True)
class ServiceWindow:
    days_mask: int = ALL_DAYS
    start_minute: int = 0
    end_minute: int = MINUTES_PER_DAY
    timezone: str = "UTC"

    def __post_init__(self) -> None:
        if not 1 <= self.days_mask <= ALL_DAYS:
            raise ValueError("a service window needs at least one day")
        if not 0 <= self.start_minute < self.end_minute <= MINUTES_PER_DAY:
            raise ValueError("a service window must end after it starts, within one day")

    @classmethod
    def always(cls, timezone: str = "UTC") -> ServiceWindow:
        return cls(ALL_DAYS, 0, MINUTES_PER_DAY, timezone)

    @property
    def is_always(self) -> bool:
        return (
            self.days_mask == ALL_DAYS
            and self.start_minute == 0
            and self.end_minute == MINUTES_PER_DAY
        )

    @property
    def days(self) -> list[int]:
        """Covered weekdays, Monday = 0."""
        return [d for d in range(7) if self.days_mask >> d & 1]

    @property
    def hours_per_day(self) -> float:
        return (self.end_minute - self.start_minute) / 60

    @property
    def covered_hours_per_year(self) -> float:
        """Hours of cover in a 365-day year (8,760 for 24×7)."""
        return len(self.days) * DAYS_PER_YEAR / 7 * self.hours_per_day

    def covers_day(self, day: dt.date) -> bool:
        return bool(self.days_mask >> day.weekday() & 1)

    def add_covered_minutes(self, start: dt.datetime, minutes: float) -> dt.datetime:
        """The moment `minutes` of covered time have passed after `start`.

        The clock stops outside the window: a request raised on Thursday evening, when
        cover ends at 18:00 and resumes on Sunday, moves on only from Sunday morning.
        """
        zone = ZoneInfo(self.timezone)
        local = start.astimezone(zone)
        remaining = float(minutes)
        day = local.date()
        for _ in range(8 * 366):  # bounded: at most a little over a year of days
            if self.covers_day(day):
                opens = at_minute(day, self.start_minute, zone)
                closes = at_minute(day, self.end_minute, zone)
                begin = max(opens, local)
                if begin < closes:
                    available = (closes - begin).total_seconds() / 60
                    if remaining <= available:
                        return begin + dt.timedelta(minutes=remaining)
                    remaining -= available
            day += dt.timedelta(days=1)
        raise ValueError("escalation time is too far in the future")


def at_minute(day: dt.date, minute: int, zone: ZoneInfo) -> dt.datetime:
    midnight = dt.datetime.combine(day, dt.time(0), tzinfo=zone)
    # Wall-clock arithmetic so a DST change keeps "08:00" at 08:00 local time.
    wall = midnight.replace(tzinfo=None) + dt.timedelta(minutes=minute)
    return wall.replace(tzinfo=zone)


def minute_of(text_or_time: str | dt.time) -> int:
    """'08:30' or time(8, 30) -> 510; '24:00' -> 1440."""
    if isinstance(text_or_time, dt.time):
        return text_or_time.hour * 60 + text_or_time.minute
    hours, _, minutes = text_or_time.partition(":")
    return int(hours) * 60 + int(minutes or 0)


def clock_text(minute: int) -> str:
    """510 -> '08:30'; 1440 -> '24:00'."""
    return f"{minute // 60:02d}:{minute % 60:02d}"
