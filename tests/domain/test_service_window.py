import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from accountdesk.domain.service_window import (
    SUN_TO_THU,
    ServiceWindow,
    clock_text,
    minute_of,
)

JERUSALEM = ZoneInfo("Asia/Jerusalem")
BUSINESS = ServiceWindow(SUN_TO_THU, 8 * 60, 18 * 60 + 30, "Asia/Jerusalem")


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=JERUSALEM)


def test_thursday_evening_request_waits_for_sunday_morning():
    raised = at(26, 17, 40)  # Thursday
    assert BUSINESS.add_covered_minutes(raised, 0) == raised
    assert BUSINESS.add_covered_minutes(raised, 30) == at(26, 18, 10)
    # 50 minutes left on Thursday, the remaining 30 on Sunday from 08:00.
    assert BUSINESS.add_covered_minutes(raised, 80) == at(29, 8, 30)


def test_request_raised_outside_the_window_starts_when_cover_opens():
    friday_noon = at(27, 12)
    assert BUSINESS.add_covered_minutes(friday_noon, 15) == at(29, 8, 15)


def test_always_window_is_plain_clock_time():
    raised = at(27, 23, 50)
    assert ServiceWindow.always("Asia/Jerusalem").add_covered_minutes(raised, 20) == at(28, 0, 10)


def test_covered_hours_per_year():
    assert ServiceWindow.always().covered_hours_per_year == 8760
    assert BUSINESS.days == [0, 1, 2, 3, 6]


@pytest.mark.parametrize("mask,start,end", [(0, 0, 60), (1, 600, 600), (1, 0, 1441)])
def test_impossible_windows_are_refused(mask, start, end):
    with pytest.raises(ValueError):
        ServiceWindow(mask, start, end, "UTC")


def test_clock_text_round_trip():
    assert minute_of("08:30") == 510
    assert clock_text(1440) == "24:00"
    assert minute_of(clock_text(615)) == 615
