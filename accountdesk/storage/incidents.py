"""Incidents and customers' aliases in the database: read by customer and period, written
in bulk (an import of 100,000 tickets is a few statements, not 100,000 round trips)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Float, bindparam, delete, insert, or_, select, update
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from accountdesk.domain.incidents import INCIDENT_FIELDS, IncidentData
from accountdesk.storage import tables as t
from accountdesk.storage.base import utcnow

_COLUMNS = [getattr(t.Incident, name) for name in INCIDENT_FIELDS]
_CHUNK = 900  # below SQLite's limit of bound parameters in one statement


def _incident(row: Sequence[Any]) -> IncidentData:
    # Positional: the columns are selected in the record's field order, id last.
    incident = IncidentData(*row[1:])
    incident.id = row[0]
    return incident


def incidents_touching(
    session: Session, customer_id: int, start: dt.datetime, end: dt.datetime
) -> list[IncidentData]:
    """A customer's incidents that touch [start, end): opened before its end and not
    resolved before its start (an open one touches every period after its opening)."""
    query = (
        select(t.Incident.id, *_COLUMNS)
        .where(t.Incident.customer_id == customer_id, t.Incident.opened < end)
        .where(or_(t.Incident.resolved.is_(None), t.Incident.resolved >= start))
        .order_by(t.Incident.opened, t.Incident.id)
    )
    # Core, not the ORM: thousands of rows of plain values, read without identity tracking.
    return [_incident(row) for row in session.connection().execute(query)]


def by_ticket(session: Session, tickets: Iterable[str]) -> dict[str, tuple[int, IncidentData]]:
    """The stored incidents among `tickets`: ticket -> (customer id, incident)."""
    found: dict[str, tuple[int, IncidentData]] = {}
    wanted = list(tickets)
    for first in range(0, len(wanted), _CHUNK):
        query = select(t.Incident.customer_id, t.Incident.id, *_COLUMNS).where(
            t.Incident.ticket.in_(wanted[first : first + _CHUNK])
        )
        for row in session.execute(query):
            incident = _incident(row[1:])
            found[incident.ticket] = (row[0], incident)
    return found


def _values(customer_id: int, incident: IncidentData) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(incident, name) for name in INCIDENT_FIELDS}
    values["customer_id"] = customer_id
    return values


def insert_incidents(session: Session, rows: Sequence[tuple[int, IncidentData]]) -> None:
    if rows:
        now = utcnow()
        values = [_values(c, i) | {"created_at": now, "updated_at": now} for c, i in rows]
        session.execute(insert(t.Incident), values)


def update_incidents(session: Session, rows: Sequence[tuple[int, IncidentData]]) -> None:
    """Rewrite stored incidents (each with its id) with new content and customer."""
    if not rows:
        return
    now = utcnow()
    values = [_values(c, i) | {"key": i.id, "updated_at": now} for c, i in rows]
    statement = (
        update(t.Incident)
        .where(t.Incident.id == bindparam("key"))
        .values({name: bindparam(name) for name in (*INCIDENT_FIELDS, "customer_id", "updated_at")})
    )
    session.connection().execute(statement, values)


def delete_incident(session: Session, incident_id: int) -> bool:
    result = session.execute(delete(t.Incident).where(t.Incident.id == incident_id))
    return bool(getattr(result, "rowcount", 0))


def incident_customer(session: Session, incident_id: int) -> int | None:
    return session.scalar(select(t.Incident.customer_id).where(t.Incident.id == incident_id))


# -- customers by name or alias ----------------------------------------------------------


def fold(name: str) -> str:
    """A name as matched: case and surrounding or repeated spaces ignored."""
    return " ".join(name.split()).casefold()


def customer_keys(session: Session) -> dict[str, int]:
    """Every customer's name and alias, folded, to the customer's id (names win)."""
    keys = {
        fold(alias): customer
        for alias, customer in session.execute(
            select(t.CustomerAlias.alias, t.CustomerAlias.customer_id)
        )
    }
    for name, customer in session.execute(select(t.Customer.name, t.Customer.id)):
        keys[fold(name)] = customer
    return keys


def add_alias(session: Session, customer_id: int, alias: str) -> None:
    """Files `alias` under the customer (moving it from another customer if it was theirs)."""
    folded = fold(alias)
    session.execute(delete(t.CustomerAlias).where(t.CustomerAlias.folded == folded))
    session.add(t.CustomerAlias(customer_id=customer_id, alias=alias.strip(), folded=folded))


def aliases_of(session: Session, customer_id: int) -> list[str]:
    query = (
        select(t.CustomerAlias.alias)
        .where(t.CustomerAlias.customer_id == customer_id)
        .order_by(t.CustomerAlias.folded)
    )
    return list(session.scalars(query))


def chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    """Ids in lists short enough to be bound in one statement."""
    for at in range(0, len(ids), _CHUNK):
        yield ids[at : at + _CHUNK]


def incidents_of_customers(
    session: Session, customer_ids: Sequence[int], start: dt.datetime, end: dt.datetime
) -> dict[int, list[IncidentData]]:
    """`incidents_touching` for many customers at once: customer id -> its incidents, in
    the order they were opened."""
    found: dict[int, list[IncidentData]] = {}
    for ids in chunks(customer_ids):
        query = (
            select(t.Incident.customer_id, t.Incident.id, *_COLUMNS)
            .where(t.Incident.customer_id.in_(ids), t.Incident.opened < end)
            .where(or_(t.Incident.resolved.is_(None), t.Incident.resolved >= start))
            .order_by(t.Incident.customer_id, t.Incident.opened, t.Incident.id)
        )
        for row in session.connection().execute(query):
            found.setdefault(row[0], []).append(_incident(row[1:]))
    return found


class minutes_between(FunctionElement[float]):  # named as SQL functions are
    """The real minutes from one stored moment to another, in SQL on either backend."""

    type = Float()
    name = "minutes_between"
    inherit_cache = True


@compiles(minutes_between, "sqlite")
def _minutes_sqlite(element: minutes_between, compiler: SQLCompiler, **kw: Any) -> str:
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    return f"((julianday({end}) - julianday({start})) * 1440.0)"


@compiles(minutes_between, "postgresql")
def _minutes_postgresql(element: minutes_between, compiler: SQLCompiler, **kw: Any) -> str:
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    return f"(EXTRACT(EPOCH FROM ({end} - {start})) / 60.0)"
