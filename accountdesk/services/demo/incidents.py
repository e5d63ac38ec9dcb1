"""A year of invented helpdesk tickets for each demo customer, so the figures have
something to say: mostly kept promises, some missed (a customer whose supporter answers
slowly, one with an outage too long), a few tickets still open.

Deterministic: the same customer on the same day gets the same tickets.
"""

from __future__ import annotations

import datetime as dt
import random
from zoneinfo import ZoneInfo

from accountdesk.domain.enums import ExpectationStatus, Severity, Topic
from accountdesk.domain.incidents import IncidentData
from accountdesk.domain.service_file import ServiceFile

RESPONSE_MINUTES = {
    Severity.CRITICAL: 30,
    Severity.HIGH: 60,
    Severity.MEDIUM: 240,
    Severity.LOW: 480,
}
RESOLUTION_MINUTES = {
    Severity.CRITICAL: 240,
    Severity.HIGH: 480,
    Severity.MEDIUM: 1440,
    Severity.LOW: 2880,
}
SEVERITY_WEIGHTS = {Severity.CRITICAL: 5, Severity.HIGH: 15, Severity.MEDIUM: 45, Severity.LOW: 35}
TITLES = ("VPN", "E-mail", "Printer", "ERP", "Backup", "Wi-Fi", "Password", "Server", "Phones")


def add_targets(file: ServiceFile) -> None:
    """Measurable times beside the agreed response and resolution expectations."""
    for e in file.expectations:
        if e.status is not ExpectationStatus.AGREED:
            continue
        if e.topic is Topic.RESPONSE:
            for severity, minutes in RESPONSE_MINUTES.items():
                setattr(e, f"response_{severity.value}_minutes", minutes)
            e.share_percent = 90
        elif e.topic is Topic.RESOLUTION:
            for severity, minutes in RESOLUTION_MINUTES.items():
                setattr(e, f"resolution_{severity.value}_minutes", minutes)
            e.share_percent = 90


def demo_incidents(file: ServiceFile, number: int, today: dt.date) -> list[IncidentData]:
    """About a year of tickets up to `today`; `number` keeps ticket ids apart."""
    rng = random.Random(f"{file.name}/{today.isoformat()}")
    zone = ZoneInfo(file.window.timezone)
    slowness = rng.choice((0.5, 0.7, 0.9, 1.6))  # some supporters answer slower than promised
    systems = [s.name for s in file.systems] or [""]
    severities, weights = zip(*SEVERITY_WEIGHTS.items(), strict=True)
    now = dt.datetime.combine(today, dt.time(12), tzinfo=zone)
    incidents = []
    for n in range(rng.randint(60, 140)):
        day = today - dt.timedelta(days=rng.randint(0, 364))
        start = file.window.start_minute + rng.random() * max(
            60, file.window.end_minute - file.window.start_minute - 60
        )
        opened = dt.datetime.combine(day, dt.time(0), tzinfo=zone) + dt.timedelta(
            minutes=int(start)
        )
        if opened >= now:
            continue
        severity = rng.choices(severities, weights)[0]
        response = RESPONSE_MINUTES[severity] * slowness * rng.uniform(0.1, 1.3)
        resolution = RESOLUTION_MINUTES[severity] * rng.uniform(0.2, 1.1) + response
        first = opened + dt.timedelta(minutes=round(response))
        resolved = opened + dt.timedelta(minutes=round(resolution))
        still_open = (now - opened) < dt.timedelta(days=5) and rng.random() < 0.3
        down = severity is Severity.CRITICAL and rng.random() < 0.6
        incidents.append(
            IncidentData(
                ticket=f"DEMO-{number:02d}-{n + 1:04d}",
                system=rng.choice(systems),
                severity=severity,
                opened=opened.astimezone(dt.UTC),
                first_response=first.astimezone(dt.UTC) if first < now else None,
                resolved=None if still_open or resolved >= now else resolved.astimezone(dt.UTC),
                service_down=down,
                title=rng.choice(TITLES),
            )
        )
    return incidents
