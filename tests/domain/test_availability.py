import pytest
from hypothesis import given
from hypothesis import strategies as st

from accountdesk.domain.availability import (
    PlainTarget,
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
