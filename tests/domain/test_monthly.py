"""Month by month: each calendar month of the period judged by the period's own rules."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from accountdesk.domain.achievement import Period
from accountdesk.domain.enums import ExpectationStatus, Severity
from accountdesk.domain.incidents import IncidentData
from accountdesk.domain.monthly import SeriesMeasure, month_periods, monthly_series
from accountdesk.domain.service_file import ExpectationData, ServiceFile
from accountdesk.domain.service_window import ServiceWindow

LONDON = ZoneInfo("Europe/London")
LATER = dt.datetime(2027, 1, 1, tzinfo=dt.UTC)


def _file(**targets):
    return ServiceFile(
        name="Harbour Retail",
        window=ServiceWindow.always("Europe/London"),
        expectations=[
            ExpectationData(customer_words="…", status=ExpectationStatus.AGREED, **targets)
        ],
    )


def _incident(ticket, opened, minutes, down=False, response=None):
    return IncidentData(
        ticket=ticket,
        opened=opened,
        first_response=None if response is None else opened + dt.timedelta(minutes=response),
        resolved=opened + dt.timedelta(minutes=minutes),
        severity=Severity.CRITICAL,
        service_down=down,
    )


def test_months_are_clipped_to_the_period():
    months = month_periods(Period(dt.date(2026, 1, 15), dt.date(2026, 3, 10)))
    assert [(p.start, p.end) for p in months] == [
        (dt.date(2026, 1, 15), dt.date(2026, 1, 31)),
        (dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
        (dt.date(2026, 3, 1), dt.date(2026, 3, 10)),
    ]


def test_solar_hijri_months_are_clipped_to_the_period_too():
    months = month_periods(Period(dt.date(2026, 1, 1), dt.date(2026, 3, 31)), "persian")
    assert [(p.start, p.end) for p in months] == [
        (dt.date(2026, 1, 1), dt.date(2026, 1, 20)),  # 11-30 Dey 1404
        (dt.date(2026, 1, 21), dt.date(2026, 2, 19)),  # Bahman
        (dt.date(2026, 2, 20), dt.date(2026, 3, 20)),  # Esfand (29 days in 1404)
        (dt.date(2026, 3, 21), dt.date(2026, 3, 31)),  # 1-11 Farvardin 1405
    ]


def test_a_persian_series_is_by_solar_hijri_month():
    file = _file(availability_percent=99.5)
    # Six hours down on 25 January 2026: 5 Bahman 1404, a month of 30 days.
    outage = _incident("T1", dt.datetime(2026, 1, 25, 8, 0, tzinfo=LONDON), 360, down=True)
    quarter = Period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    (series,) = monthly_series(file, [outage], quarter, LATER, calendar="persian")
    assert series.calendar == "persian"
    assert [m.month for m in series.months] == [
        dt.date(2025, 12, 22),  # 1 Dey: the month's first day, before the period's
        dt.date(2026, 1, 21),
        dt.date(2026, 2, 20),
        dt.date(2026, 3, 21),
    ]
    values = [m.value for m in series.months]
    assert values[1] == pytest.approx(100 * (1 - 6 / (30 * 24)))
    assert values[0] == values[2] == values[3] == 100


def test_availability_by_month_against_the_agreed_percentage():
    file = _file(availability_percent=99.5)
    # Six hours down in April (30 days): 99.1667 % of the month.
    outage = _incident("T1", dt.datetime(2026, 4, 10, 8, 0, tzinfo=LONDON), 360, down=True)
    (series,) = monthly_series(
        file, [outage], Period(dt.date(2026, 3, 1), dt.date(2026, 5, 31)), LATER
    )
    assert series.measure is SeriesMeasure.AVAILABILITY
    assert series.target == 99.5
    values = [m.value for m in series.months]
    assert [m.month for m in series.months] == [dt.date(2026, m, 1) for m in (3, 4, 5)]
    assert values[0] == 100 and values[2] == 100
    assert round(values[1], 4) == round(100 * (1 - 360 / (30 * 24 * 60)), 4)


def test_response_share_by_month_and_a_month_without_incidents_has_no_value():
    file = _file(response_critical_minutes=30, share_percent=90)
    incidents = [
        _incident("A", dt.datetime(2026, 1, 5, 10, tzinfo=LONDON), 120, response=10),
        _incident("B", dt.datetime(2026, 1, 6, 10, tzinfo=LONDON), 120, response=45),
        _incident("C", dt.datetime(2026, 3, 6, 10, tzinfo=LONDON), 120, response=5),
    ]
    (series,) = monthly_series(
        file, incidents, Period(dt.date(2026, 1, 1), dt.date(2026, 3, 31)), LATER
    )
    assert series.measure is SeriesMeasure.RESPONSE
    assert series.target == 90
    assert [m.value for m in series.months] == [50.0, None, 100.0]


def test_months_not_yet_begun_have_no_value():
    file = _file(response_critical_minutes=30)
    now = dt.datetime(2026, 2, 10, tzinfo=dt.UTC)
    (series,) = monthly_series(file, [], Period(dt.date(2026, 1, 1), dt.date(2026, 4, 30)), now)
    assert series.target == 100
    assert [m.value for m in series.months] == [None, None, None, None]
