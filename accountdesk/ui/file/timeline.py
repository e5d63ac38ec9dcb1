"""When each escalation level is called, counting only the customer's service window.

"Raised Thursday 17:40 → level 1 at once, level 2 at 18:10, level 3 Sunday 08:30": the
clock stops outside the window, as `ServiceWindow.add_covered_minutes` counts it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from accountdesk.domain.service_file import EscalationLevelData, EscalationPathData, ServiceFile
from accountdesk.domain.service_window import ServiceWindow
from accountdesk.ui.formatting import fmt
from accountdesk.ui.labels import word

WEEK = dt.timedelta(days=6)


@dataclass(frozen=True)
class LevelTime:
    number: int  # 1-based
    level: EscalationLevelData
    at: dt.datetime
    immediate: bool


def window_zone(window: ServiceWindow) -> ZoneInfo | None:
    try:
        return ZoneInfo(window.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def now_in(window: ServiceWindow) -> dt.datetime:
    zone = window_zone(window)
    return dt.datetime.now(zone) if zone else dt.datetime.now().astimezone()


def level_times(
    path: EscalationPathData, window: ServiceWindow, raised: dt.datetime
) -> list[LevelTime]:
    """Each level's moment; empty when the window cannot be used (unknown time zone)."""
    if window_zone(window) is None:
        return []
    times = []
    for number, level in enumerate(path.levels, start=1):
        at = window.add_covered_minutes(raised, level.after_minutes)
        times.append(LevelTime(number, level, at, immediate=at <= raised))
    return times


def moment_text(moment: dt.datetime, since: dt.datetime | None = None) -> str:
    """'17:40' on the day of `since`, 'Sunday 08:30' within the week, else the date too."""
    clock = fmt().time(moment.time())
    if since is not None and moment.date() == since.date():
        return clock
    if since is not None and moment - since > WEEK:
        return f"{fmt().date(moment.date())} {clock}"
    return f"{fmt().weekday(moment.date())} {clock}"


def when_text(item: LevelTime, raised: dt.datetime) -> str:
    if item.immediate:
        return word("Timeline", "at once")
    if item.at.date() == raised.date():
        return word("Timeline", "at {time}").format(time=moment_text(item.at, raised))
    return moment_text(item.at, raised)


def arrow() -> str:
    """An arrow that points the way the text reads."""
    return "←" if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else "→"


def timeline_text(path: EscalationPathData, window: ServiceWindow, raised: dt.datetime) -> str:
    times = level_times(path, window, raised)
    start = word("Timeline", "Raised {moment}").format(moment=moment_text(raised))
    if window_zone(window) is None:
        return word(
            "Timeline", "The service window's time zone is not known; times cannot be worked out."
        )
    if not times:
        return word("Timeline", "{start}: no escalation levels yet.").format(start=start)
    steps = [step_text(t, raised) for t in times]
    return f"{start} {arrow()} " + word("Timeline", ", ").join(steps)


def step_text(item: LevelTime, raised: dt.datetime) -> str:
    """'level 2 at 18:10'."""
    text = word("Timeline", "level {number} {when}")
    return text.format(number=fmt().number(item.number), when=when_text(item, raised))


def who_text(level: EscalationLevelData, file: ServiceFile) -> str:
    contact = file.contact_by_key(level.contact_key)
    names = [level.staff_name, contact.name if contact else "", level.name]
    return " / ".join(n for n in names if n)
