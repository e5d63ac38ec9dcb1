"""Incidents and outages: the helpdesk's tickets, the achieved side of the promises.

Not part of the service file: a customer may have thousands in a period, so they are
records of their own, read by customer and period. Each is the helpdesk's ticket, named by
the helpdesk's id (a re-import of the same export finds it again); the customer is the row
it is stored under. Its fields are declared as the service file's are (`domain.fields`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from accountdesk.domain import fields as declare
from accountdesk.domain import messages as m
from accountdesk.domain.enums import Severity
from accountdesk.domain.fields import Kind, declared_fields
from accountdesk.domain.rules import clean_declared
from accountdesk.domain.validation import Checker

TICKET_LENGTH = 80


@dataclass
class IncidentData:
    ticket: str = declare.text(TICKET_LENGTH, required=True)
    # The system as the helpdesk names it (a system's name or host); "": not said.
    system: str = declare.text(253)
    severity: Severity = declare.choice(Severity.MEDIUM)
    opened: dt.datetime | None = declare.moment(required=True)
    first_response: dt.datetime | None = declare.moment()
    resolved: dt.datetime | None = declare.moment()  # None while open
    # The service was down from opening to resolution (an outage, for availability).
    service_down: bool = declare.flag(False)
    title: str = declare.text(500)
    id: int | None = declare.bookkeeping()

    def same_content(self, other: IncidentData) -> bool:
        """Whether two records say the same (their database ids aside)."""
        return all(getattr(self, name) == getattr(other, name) for name in INCIDENT_FIELDS)


INCIDENT_FIELDS = tuple(name for name, _ in declared_fields(IncidentData))
MOMENT_FIELDS = tuple(n for n, d in declared_fields(IncidentData) if d.kind is Kind.MOMENT)


def clean_incident(check: Checker, incident: IncidentData) -> None:
    """Checks and cleans one incident in place; problems go to `check`."""
    clean_declared(check, incident)
    for name in MOMENT_FIELDS:
        value = getattr(incident, name)
        if value is not None and (not isinstance(value, dt.datetime) or value.tzinfo is None):
            check.fail(name, m.BAD_MOMENT)
            setattr(incident, name, None)
        elif value is not None:
            setattr(incident, name, value.astimezone(dt.UTC))
    if incident.opened is None:
        if not any(p.field == "opened" for p in check.problems):
            check.fail("opened", m.REQUIRED)
        return
    for name in ("first_response", "resolved"):
        value = getattr(incident, name)
        if value is not None and value < incident.opened:
            check.fail(name, m.BEFORE_OPENED)
