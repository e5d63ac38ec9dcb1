import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accountdesk.domain.availability import (
    PlainTarget,
    Typed,
    availability,
    downtime_hours_from_percent,
    failures_from_percent,
    hours_per_failure_from_percent,
    percent_from_plain,
)
from accountdesk.domain.service_window import MON_TO_FRI, SUN_TO_THU, ServiceWindow


def test_four_failures_of_four_hours_over_a_24x7_year_is_99_82_percent():
    percent = percent_from_plain(PlainTarget(4, 4), ServiceWindow.always())
    assert round(percent, 2) == 99.82


def test_the_same_failures_over_business_hours_give_a_lower_figure():
    business = ServiceWindow(SUN_TO_THU, 8 * 60, 18 * 60, "Asia/Jerusalem")
    percent = percent_from_plain(PlainTarget(4, 4), business)
    # 5 days × 10 h × 365/7 = 2,607 h of cover; 16 h of it down.
    assert round(percent, 2) == 99.39
    assert percent < percent_from_plain(PlainTarget(4, 4), ServiceWindow.always())


def test_percentage_back_to_plain_language():
    window = ServiceWindow.always()
    assert round(hours_per_failure_from_percent(99.82, 4, window), 1) == 3.9
    assert round(failures_from_percent(99.82, 4, window), 1) == 3.9
    assert downtime_hours_from_percent(100, window) == 0


def test_downtime_longer_than_the_window_is_zero_percent_not_negative():
    window = ServiceWindow(MON_TO_FRI, 9 * 60, 10 * 60, "UTC")
    assert percent_from_plain(PlainTarget(1000, 10), window) == 0


@pytest.mark.parametrize("bad", [-1, 100.5, float("nan")])
def test_percent_out_of_range_is_refused(bad):
    with pytest.raises(ValueError):
        downtime_hours_from_percent(bad, ServiceWindow.always())


windows = st.builds(
    ServiceWindow,
    days_mask=st.integers(1, 127),
    start_minute=st.integers(0, 12 * 60),
    end_minute=st.integers(12 * 60 + 1, 24 * 60),
    timezone=st.just("UTC"),
)


@given(
    failures=st.floats(0.5, 50),
    hours=st.floats(0.0, 24),
    window=windows,
)
def test_plain_to_percent_and_back_keeps_the_hours(failures, hours, window):
    target = PlainTarget(failures, hours)
    if target.downtime_hours >= window.covered_hours_per_year:
        return  # fully down: the percentage saturates at 0 and cannot give hours back
    percent = percent_from_plain(target, window)
    assert 0 <= percent <= 100
    back = hours_per_failure_from_percent(percent, failures, window)
    assert back == pytest.approx(hours, abs=1e-6)


def test_four_failures_of_four_hours_are_sixteen_hours_down_not_a_rounded_percentage():
    figures = availability(4, 4, 99.82, ServiceWindow.always())
    assert figures is not None
    assert figures.typed is Typed.PLAIN
    assert figures.downtime_minutes == 16 * 60
    assert round(figures.percent, 3) == 99.817


def test_only_a_percentage_gives_the_downtime_for_it():
    figures = availability(None, 4, 99.9, ServiceWindow.always())
    assert figures is not None
    assert figures.typed is Typed.PERCENT
    assert figures.downtime_minutes == 526  # 8.76 h
    assert availability(None, None, None, ServiceWindow.always()) is None


@given(
    failures=st.integers(0, 500) | st.floats(0, 500, allow_nan=False),
    hours=st.integers(0, 72) | st.floats(0, 72, allow_nan=False),
    stored=st.none() | st.floats(0, 100),
    window=windows,
)
def test_the_downtime_is_exactly_the_failures_times_the_hours_typed(
    failures, hours, stored, window
):
    figures = availability(failures, hours, stored, window, Typed.PLAIN)
    assert figures is not None
    assert figures.downtime_hours == failures * hours
    assert figures.downtime_minutes == math.floor(failures * hours * 60 + 0.5)
    assert figures.percent == percent_from_plain(PlainTarget(failures, hours), window)
    # Without saying which was typed, the failures and hours are still the source.
    assert availability(failures, hours, stored, window) == figures


@given(
    percent=st.floats(0, 100),
    failures=st.none() | st.floats(0.5, 50),
    hours=st.none() | st.floats(0, 24),
    window=windows,
)
def test_a_typed_percentage_gives_the_time_for_it(percent, failures, hours, window):
    figures = availability(failures, hours, percent, window, Typed.PERCENT)
    assert figures is not None
    assert figures.percent == percent
    expected = (100 - percent) / 100 * window.covered_hours_per_year
    assert figures.downtime_minutes == math.floor(expected * 60 + 0.5)
