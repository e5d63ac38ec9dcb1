"""A customer's incidents by hand: list a period's, add, correct, delete; each one
transaction, checked by the same rules as an import (a ticket id is the helpdesk's, so it
may be stored once)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from accountdesk.domain import messages as m
from accountdesk.domain.achievement import Period
from accountdesk.domain.errors import NotFoundError
from accountdesk.domain.incidents import INCIDENT_FIELDS, IncidentData, clean_incident
from accountdesk.domain.validation import Checker
from accountdesk.storage import incidents as store
from accountdesk.storage import tables as t
from accountdesk.storage.database import Database


def customer_timezone(session: Session, customer_id: int) -> str:
    zone = session.scalar(select(t.Customer.timezone).where(t.Customer.id == customer_id))
    if zone is None:
        raise NotFoundError(m.CUSTOMER_MISSING, id=customer_id)
    return zone


def period_incidents(db: Database, customer_id: int, period: Period) -> list[IncidentData]:
    """The customer's incidents that touch the period (its days in the customer's zone)."""
    with db.session() as session:
        start, end = period.bounds(customer_timezone(session, customer_id))
        return store.incidents_touching(session, customer_id, start, end)


def save_incident(db: Database, customer_id: int, incident: IncidentData) -> IncidentData:
    """Adds the incident (id None) or rewrites the stored one; returns it as saved.

    Raises ValidationError naming each bad field, nothing saved."""
    clean = IncidentData(**{n: getattr(incident, n) for n in INCIDENT_FIELDS}, id=incident.id)
    check = Checker("incident")
    clean_incident(check, clean)
    with db.transaction() as session:
        customer_timezone(session, customer_id)
        other = store.by_ticket(session, [clean.ticket]).get(clean.ticket)
        if other is not None and other[1].id != clean.id:
            check.fail("ticket", m.DUPLICATE, value=clean.ticket)
        check.raise_if_any()
        if clean.id is None:
            store.insert_incidents(session, [(customer_id, clean)])
            clean.id = store.by_ticket(session, [clean.ticket])[clean.ticket][1].id
        elif store.incident_customer(session, clean.id) is None:
            raise NotFoundError(m.INCIDENT_MISSING, id=clean.ticket)
        else:
            store.update_incidents(session, [(customer_id, clean)])
    return clean


def delete_incident(db: Database, incident_id: int) -> None:
    with db.transaction() as session:
        if not store.delete_incident(session, incident_id):
            raise NotFoundError(m.INCIDENT_MISSING, id=incident_id)


def add_alias(db: Database, customer_id: int, alias: str) -> None:
    """Files another name under the customer, so the helpdesk's rows of it match."""
    with db.transaction() as session:
        customer_timezone(session, customer_id)
        store.add_alias(session, customer_id, alias)


def aliases(db: Database, customer_id: int) -> list[str]:
    with db.session() as session:
        return store.aliases_of(session, customer_id)
