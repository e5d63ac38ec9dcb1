"""Achieved against agreed, counted inside the service window: nights, weekends, open
incidents, outages across the period's edge, the clocks changing, shares and verdicts."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from accountdesk.domain.achievement import Period, Verdict, compute
from accountdesk.domain.covered_time import CoveredClock
from accountdesk.domain.enums import ExpectationStatus, Severity
from accountdesk.domain.incidents import IncidentData
from accountdesk.domain.service_file import ExpectationData, ServiceFile, SystemData
from accountdesk.domain.service_window import SUN_TO_THU, ServiceWindow

JERUSALEM = ZoneInfo("Asia/Jerusalem")
LONDON = ZoneInfo("Europe/London")
OFFICE = ServiceWindow(SUN_TO_THU, 8 * 60, 18 * 60, "Asia/Jerusalem")
MARCH = Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
AFTER_MARCH = dt.datetime(2026, 5, 1, tzinfo=dt.UTC)


def at(zone, *args):
    return dt.datetime(*args, tzinfo=zone)


def incident(
    ticket,
    opened,
    resolved=None,
    *,
    response=None,
    severity=Severity.CRITICAL,
    down=False,
    system="",
):
    return IncidentData(
        ticket=ticket,
        opened=opened,
        first_response=response,
        resolved=resolved,
        severity=severity,
        service_down=down,
        system=system,
    )


def agreed(**targets):
    return ExpectationData(customer_words="…", status=ExpectationStatus.AGREED, **targets)


def test_an_incident_over_a_weekend_counts_only_covered_hours():
    clock = CoveredClock(OFFICE)
    # Thursday 17:00 to Sunday 09:00: an hour on Thursday, an hour on Sunday.
    opened, resolved = at(JERUSALEM, 2026, 3, 5, 17, 0), at(JERUSALEM, 2026, 3, 8, 9, 0)
    assert clock.minutes(opened, resolved) == 120
    # Overnight within the week: 17:30 to 08:30 the next morning is an hour.
    assert clock.minutes(at(JERUSALEM, 2026, 3, 9, 17, 30), at(JERUSALEM, 2026, 3, 10, 8, 30)) == 60


def test_a_day_the_clocks_go_forward_has_its_real_length():
    clock = CoveredClock(ServiceWindow.always("Europe/London"))
    # 23:00 to 03:00 across the change to summer time (01:00 -> 02:00) is three hours.
    assert clock.minutes(at(LONDON, 2026, 3, 28, 23, 0), at(LONDON, 2026, 3, 29, 3, 0)) == 180
    office = CoveredClock(ServiceWindow(0b0011111, 9 * 60, 17 * 60, "Europe/London"))
    # Monday after the change: 09:00 to 17:00 local is still eight hours.
    assert office.minutes(at(LONDON, 2026, 3, 30, 0, 0), at(LONDON, 2026, 3, 31, 0, 0)) == 480


def test_failures_the_longest_and_kept():
    file = ServiceFile(
        window=OFFICE, expectations=[agreed(failures_per_year=4, hours_per_failure=4)]
    )
    incidents = [
        incident(
            "A", at(JERUSALEM, 2026, 3, 2, 9, 0), at(JERUSALEM, 2026, 3, 2, 12, 10), down=True
        ),
        # Thursday evening to Sunday morning: 1 hour 30 minutes of covered time.
        incident(
            "B", at(JERUSALEM, 2026, 3, 5, 17, 0), at(JERUSALEM, 2026, 3, 8, 8, 30), down=True
        ),
        # Down only at night: no covered time, no failure.
        incident(
            "C", at(JERUSALEM, 2026, 3, 10, 22, 0), at(JERUSALEM, 2026, 3, 10, 23, 0), down=True
        ),
        incident("D", at(JERUSALEM, 2026, 3, 11, 9, 0), at(JERUSALEM, 2026, 3, 11, 20, 0)),  # up
    ]
    year = Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    figures = compute(file, incidents, year, dt.datetime(2027, 1, 2, tzinfo=dt.UTC))
    [e] = figures.expectations
    assert e.availability is not None
    assert (e.availability.failures, e.availability.longest_minutes) == (2, 190)
    assert e.availability.allowed_failures == 4
    assert e.availability.verdict is Verdict.MET and not figures.ongoing


def test_one_failure_too_long_misses_at_once():
    file = ServiceFile(window=OFFICE, expectations=[agreed(hours_per_failure=2)])
    down = incident(
        "A", at(JERUSALEM, 2026, 3, 2, 9, 0), at(JERUSALEM, 2026, 3, 2, 12, 0), down=True
    )
    figures = compute(file, [down], MARCH, at(JERUSALEM, 2026, 3, 3, 9, 0))
    assert figures.ongoing
    assert figures.expectations[0].availability.too_long == 1
    assert figures.expectations[0].verdict is Verdict.MISSED


def test_an_outage_across_the_end_of_the_period():
    window = ServiceWindow.always("Asia/Jerusalem")
    file = ServiceFile(
        window=window, expectations=[agreed(failures_per_year=12, availability_percent=99)]
    )
    outage = incident(
        "A", at(JERUSALEM, 2026, 3, 31, 22, 0), at(JERUSALEM, 2026, 4, 1, 2, 0), down=True
    )
    march = compute(file, [outage], MARCH, AFTER_MARCH).expectations[0].availability
    assert (march.failures, march.longest_minutes) == (1, 240)  # a failure of the month it began
    assert march.downtime_minutes == 120  # but only March's two hours count against March
    april = Period(dt.date(2026, 4, 1), dt.date(2026, 4, 30))
    later = compute(file, [outage], april, AFTER_MARCH).expectations[0].availability
    assert (later.failures, later.downtime_minutes) == (0, 120)


def test_an_open_outage_runs_until_now():
    file = ServiceFile(
        window=ServiceWindow.always("UTC"), expectations=[agreed(hours_per_failure=4)]
    )
    outage = incident("A", dt.datetime(2026, 3, 10, 8, tzinfo=dt.UTC), down=True)
    now = dt.datetime(2026, 3, 10, 11, tzinfo=dt.UTC)
    figure = compute(file, [outage], MARCH, now).expectations[0].availability
    assert figure.longest_minutes == 180 and figure.verdict is Verdict.MET
    later = compute(file, [outage], MARCH, now + dt.timedelta(hours=2)).expectations[0]
    assert later.verdict is Verdict.MISSED


def test_an_availability_target_on_some_systems():
    systems = [SystemData(name="ERP", host="erp01"), SystemData(name="Mail")]
    file = ServiceFile(
        window=ServiceWindow.always("UTC"),
        systems=systems,
        expectations=[agreed(failures_per_year=1, covered_systems="ERP")],
    )
    start = dt.datetime(2026, 3, 2, 8, tzinfo=dt.UTC)
    incidents = [
        incident("mail", start, start + dt.timedelta(hours=1), down=True, system="Mail"),
        incident("erp", start, start + dt.timedelta(hours=1), down=True, system="erp01"),
        incident("all", start, start + dt.timedelta(hours=1), down=True),  # the whole service
    ]
    figure = compute(file, incidents, MARCH, AFTER_MARCH).expectations[0].availability
    assert figure.failures == 2


def test_on_course_for_too_many_failures_is_at_risk():
    file = ServiceFile(
        window=ServiceWindow.always("UTC"), expectations=[agreed(failures_per_year=4)]
    )
    start = dt.datetime(2026, 1, 5, 8, tzinfo=dt.UTC)
    downs = [
        incident(
            str(n), start + dt.timedelta(days=n), start + dt.timedelta(days=n, hours=1), down=True
        )
        for n in range(2)
    ]
    year = Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    figure = compute(file, downs, year, dt.datetime(2026, 2, 1, tzinfo=dt.UTC)).expectations[0]
    assert figure.verdict is Verdict.AT_RISK  # two in a month: on course for 24
    assert (
        compute(file, downs, year, dt.datetime(2027, 1, 1, tzinfo=dt.UTC)).expectations[0].verdict
        is Verdict.MET
    )


def test_response_share_met_and_missed_by():
    file = ServiceFile(
        window=ServiceWindow.always("UTC"),
        expectations=[agreed(response_critical_minutes=30, share_percent=95)],
    )
    start = dt.datetime(2026, 3, 2, 8, tzinfo=dt.UTC)

    def batch(late):
        return [
            incident(
                f"T{n}",
                start + dt.timedelta(hours=n),
                response=start + dt.timedelta(hours=n, minutes=45 if n < late else 10),
            )
            for n in range(50)
        ]

    response = compute(file, batch(2), MARCH, AFTER_MARCH).expectations[0].response
    [critical] = response.severities
    assert (critical.total, critical.met, critical.needed, critical.verdict) == (
        50,
        48,
        48,
        Verdict.MET,
    )
    [critical] = compute(file, batch(3), MARCH, AFTER_MARCH).expectations[0].response.severities
    assert (critical.met, critical.missed_by, critical.verdict) == (47, 1, Verdict.MISSED)


def test_response_time_counts_covered_minutes_and_open_tickets():
    file = ServiceFile(window=OFFICE, expectations=[agreed(response_high_minutes=60)])
    # Raised Thursday 17:45, answered Sunday 08:30: 45 covered minutes, within the hour.
    evening = incident(
        "A",
        at(JERUSALEM, 2026, 3, 5, 17, 45),
        response=at(JERUSALEM, 2026, 3, 8, 8, 30),
        severity=Severity.HIGH,
    )
    # Resolved without a recorded response: the resolution answered it.
    quick = incident(
        "B",
        at(JERUSALEM, 2026, 3, 9, 9, 0),
        at(JERUSALEM, 2026, 3, 9, 9, 30),
        severity=Severity.HIGH,
    )
    # Still waiting, and only 30 covered minutes old at "now".
    waiting = incident("C", at(JERUSALEM, 2026, 3, 10, 9, 0), severity=Severity.HIGH)
    # Still waiting two covered hours on: already missed.
    late = incident("D", at(JERUSALEM, 2026, 3, 10, 7, 30), severity=Severity.HIGH)
    now = at(JERUSALEM, 2026, 3, 10, 9, 30)
    [high] = (
        compute(file, [evening, quick, waiting, late], MARCH, now)
        .expectations[0]
        .response.severities
    )
    assert (high.total, high.met, high.waiting) == (3, 2, 1)
    assert high.verdict is Verdict.AT_RISK  # below every-one while March runs


def test_only_agreed_expectations_with_targets_have_figures():
    file = ServiceFile(
        expectations=[
            ExpectationData(customer_words="raised", failures_per_year=2),
            agreed(),
            agreed(resolution_low_minutes=600),
        ]
    )
    figures = compute(file, [], MARCH, AFTER_MARCH)
    assert [e.index for e in figures.expectations] == [2]
    [low] = figures.expectations[0].resolution.severities
    assert low.verdict is Verdict.NO_DATA
