"""One customer's service file read straight from SQLite, without the ORM.

For read-only commands (`accountdesk summary`): they start cold and read one customer,
and importing and setting up SQLAlchemy would cost them more than all their reading.

Only the usual case is served: our own file, at the schema this version writes. Anything
else (a missing, foreign, damaged or locked file, an older or newer schema) raises
`NotServed` (`storage.plain_reader`, which checks it, and reads the app's customer list
the same way), and the caller opens the file with `Database`, which migrates, explains or
refuses as it always does.

The rows built here carry the attribute names of the mapped classes in `tables`, so
`file_rows.to_service_file` makes the same `ServiceFile` of them as `load_file` does of
the ORM's. The plain columns of each table come from the declarations of the service
file's fields, as the tables' own do (`tables` itself is not imported: it would bring
SQLAlchemy); the ids, keys and references are named below. A test compares the columns
read with `tables`.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, cast

from accountdesk.domain import messages as m
from accountdesk.domain.achievement import Period
from accountdesk.domain.enums import FeedbackChannel, FeedbackScale, Severity
from accountdesk.domain.errors import NotFoundError
from accountdesk.domain.fields import Kind, declared_fields
from accountdesk.domain.incidents import INCIDENT_FIELDS, MOMENT_FIELDS, IncidentData
from accountdesk.domain.service_file import (
    ActionItemData,
    ContactData,
    EscalationLevelData,
    EscalationPathData,
    ExpectationData,
    FeedbackData,
    MeetingData,
    ParticipantData,
    ReportResultData,
    RiskData,
    ServiceFile,
    ServiceReportData,
    SystemData,
)
from accountdesk.domain.voice import Voice
from accountdesk.storage.file_rows import to_service_file
from accountdesk.storage.plain_reader import (
    STAFF,
    TIMESTAMPS,
    NotServed,
    Table,
    reading,
    select_rows,
)

if TYPE_CHECKING:
    from accountdesk.storage import tables as t


OF_CUSTOMER = "WHERE customer_id = ?"


def _of_customers(parent: str, key: str) -> str:
    return f"WHERE {key} IN (SELECT id FROM {parent} WHERE customer_id = ?)"


def _declared(record: type) -> dict[str, type]:
    """The columns of a record's declared fields (`domain.fields`), with the Python type
    the ORM gives for each: the same declarations `tables` makes the columns of."""
    types: dict[str, type] = {}
    for name, declared in declared_fields(record):
        if declared.kind is Kind.CHOICE:
            assert declared.enum is not None
            types[name] = declared.enum
        elif declared.kind is not Kind.STAFF:  # staff: a reference, below as its id
            types[name] = _KIND_TYPES[declared.kind]
    return types


_KIND_TYPES: dict[Kind, type] = {
    Kind.TEXT: str,
    Kind.PHONE: str,
    Kind.EMAIL: str,
    Kind.FLAG: bool,
    Kind.INTEGER: int,
    Kind.NUMBER: float,
    Kind.DATE: dt.date,
}

CUSTOMERS = Table(
    "customers",
    {
        "id": int,
        **_declared(ServiceFile),
        "window_days": int,
        "window_start": int,
        "window_end": int,
        "timezone": str,
        "country": str,
        "account_manager_id": int,
        "supporter_id": int,
        "backup_supporter_id": int,
        "revision": int,
    },
    where="WHERE id = ?",
    order="id",
    unread=("archived_at", *TIMESTAMPS),  # archived or not, the file is the same
)
SYSTEMS = Table(
    "systems",
    {
        "id": int,
        "customer_id": int,
        "position": int,
        **_declared(SystemData),
        "owner_contact_id": int,
    },
    where=OF_CUSTOMER,
    order="position, id",
    unread=TIMESTAMPS,
)
CONTACTS = Table(
    "contacts",
    {"id": int, "customer_id": int, "position": int, **_declared(ContactData), "country": str},
    where=OF_CUSTOMER,
    order="position, id",
    unread=TIMESTAMPS,
)
PATHS = Table(
    "escalation_paths",
    {"id": int, "customer_id": int, **_declared(EscalationPathData)},
    where=OF_CUSTOMER,
    order="id",
)
LEVELS = Table(
    "escalation_levels",
    {
        "id": int,
        "path_id": int,
        "position": int,
        "staff_id": int,
        "contact_id": int,
        **_declared(EscalationLevelData),
    },
    where=_of_customers("escalation_paths", "path_id"),
    order="position, id",
)
EXPECTATIONS = Table(
    "expectations",
    {"id": int, "customer_id": int, "position": int, **_declared(ExpectationData)},
    where=OF_CUSTOMER,
    order="position, id",
    unread=TIMESTAMPS,
)
RISKS = Table(
    "risks",
    {"id": int, "expectation_id": int, **_declared(RiskData), "owner_id": int},
    where=_of_customers("expectations", "expectation_id"),
    order="id",
    unread=TIMESTAMPS,
)
MEETINGS = Table(
    "meetings",
    {"id": int, "customer_id": int, **_declared(MeetingData)},
    where=OF_CUSTOMER,
    order="held_on, id",
    unread=TIMESTAMPS,
)
PARTICIPANTS = Table(
    "meeting_participants",
    {"id": int, "meeting_id": int, **_declared(ParticipantData)},
    where=_of_customers("meetings", "meeting_id"),
    order="id",
)
ACTION_ITEMS = Table(
    "action_items",
    {"id": int, "meeting_id": int, **_declared(ActionItemData)},
    where=_of_customers("meetings", "meeting_id"),
    order="id",
)
REPORTS = Table(
    "service_reports",
    {"id": int, "customer_id": int, **_declared(ServiceReportData)},
    where=OF_CUSTOMER,
    order="period_start, id",
    unread=TIMESTAMPS,
)
RESULTS = Table(
    "report_results",
    {
        "id": int,
        "report_id": int,
        "expectation_id": int,
        **_declared(ReportResultData),
        "improvement_owner_id": int,
    },
    where=_of_customers("service_reports", "report_id"),
    order="id",
)
FEEDBACK = Table(
    "feedback",
    {"id": int, "customer_id": int, **_declared(FeedbackData), "follow_up_owner_id": int},
    where=OF_CUSTOMER,
    order="received_on, id",
    unread=TIMESTAMPS,
)
# Orders follow the relationships' `order_by` in `tables`; `id` breaks ties the way the
# ORM's queries do (through the same indexes, in rowid order).
FILE_TABLES = (
    CUSTOMERS,
    SYSTEMS,
    CONTACTS,
    PATHS,
    LEVELS,
    EXPECTATIONS,
    RISKS,
    MEETINGS,
    PARTICIPANTS,
    ACTION_ITEMS,
    REPORTS,
    RESULTS,
    FEEDBACK,
)

# The relationships `file_rows` follows, as in `tables`:
# the customer's lists (attribute: table),
CUSTOMER_LISTS = {
    "systems": "systems",
    "contacts": "contacts",
    "escalation_paths": "escalation_paths",
    "expectations": "expectations",
    "meetings": "meetings",
    "reports": "service_reports",
    "feedback": "feedback",
}
# the lists of the customer's rows (parent table, attribute, child table, child's key),
CHILD_LISTS = (
    ("escalation_paths", "levels", "escalation_levels", "path_id"),
    ("expectations", "risks", "risks", "expectation_id"),
    ("meetings", "participants", "meeting_participants", "meeting_id"),
    ("meetings", "action_items", "action_items", "meeting_id"),
    ("service_reports", "results", "report_results", "report_id"),
)
# and the staff members rows name (table, attribute, key).
STAFF_REFERENCES = (
    ("customers", "account_manager", "account_manager_id"),
    ("customers", "supporter", "supporter_id"),
    ("customers", "backup_supporter", "backup_supporter_id"),
    ("escalation_levels", "staff", "staff_id"),
    ("risks", "owner", "owner_id"),
    ("feedback", "follow_up_owner", "follow_up_owner_id"),
    ("report_results", "improvement_owner", "improvement_owner_id"),
)


@dataclass(frozen=True)
class StoredFile:
    """A customer's service file, and everyone on staff (name, role, email, phone) by name."""

    file: ServiceFile
    staff: list[SimpleNamespace]


def read_service_file(path: Path | str, id_or_name: str) -> StoredFile:
    """The file of the customer with this id or exact name, read in one transaction.

    Raises NotFoundError as `services.service_files.find_customer_id` does, and
    NotServed when the file is one for `Database` to open.
    """
    try:
        with reading(Path(path)) as connection:
            customer_id = _customer_id(connection, id_or_name)
            staff = select_rows(connection, STAFF)
            customer = _customer(connection, customer_id, staff)
    except (sqlite3.Error, ValueError, OverflowError) as exc:
        # Damaged, locked, or holding what the ORM would not read either.
        raise NotServed(f"{path}: {exc}") from exc
    # The rows have the mapped classes' attribute names (a test compares the columns).
    return StoredFile(to_service_file(cast("t.Customer", customer)), staff)


@dataclass(frozen=True)
class StoredPeriod:
    """A customer's file and staff, and its incidents that touch a period."""

    stored: StoredFile
    incidents: list[IncidentData]
    portfolio: list[Voice]  # every served customer's feedback in the period


def read_period(path: Path | str, id_or_name: str, period: Period) -> StoredPeriod:
    """The customer's file and the incidents touching `period` (its days in the
    customer's zone), read in one transaction; raises as `read_service_file`."""
    try:
        with reading(Path(path)) as connection:
            customer_id = _customer_id(connection, id_or_name)
            staff = select_rows(connection, STAFF)
            customer = _customer(connection, customer_id, staff)
            file = to_service_file(cast("t.Customer", customer))
            start, end = period.bounds(file.window.timezone)
            incidents = _incidents(connection, customer_id, start, end)
            portfolio = _portfolio_voices(connection, period)
    except (sqlite3.Error, ValueError, OverflowError) as exc:
        raise NotServed(f"{path}: {exc}") from exc
    return StoredPeriod(StoredFile(file, staff), incidents, portfolio)


def _portfolio_voices(connection: sqlite3.Connection, period: Period) -> list[Voice]:
    """As `services.feedback_trends.portfolio_period` reads them: archived customers'
    feedback left out."""
    sql = (
        "SELECT f.received_on, f.channel, f.scale, f.score FROM feedback f "
        "JOIN customers c ON c.id = f.customer_id "
        "WHERE c.archived_at IS NULL AND f.received_on BETWEEN ? AND ?"
    )
    bounds = (period.start.isoformat(), period.end.isoformat())
    return [
        Voice(
            dt.date.fromisoformat(day),
            FeedbackChannel(channel),
            FeedbackScale(scale) if scale else None,
            score,
        )
        for day, channel, scale, score in connection.execute(sql, bounds)
    ]


def _incidents(
    connection: sqlite3.Connection, customer_id: int, start: dt.datetime, end: dt.datetime
) -> list[IncidentData]:
    """As `storage.incidents.incidents_touching`: opened before the end and not resolved
    before the start, in the order they were opened."""
    names = list(INCIDENT_FIELDS)
    sql = (
        f"SELECT id, {', '.join(names)} FROM incidents WHERE customer_id = ? AND opened < ? "
        "AND (resolved IS NULL OR resolved >= ?) ORDER BY opened, id"
    )
    moments = [names.index(name) for name in MOMENT_FIELDS]
    severity = names.index("severity")
    down = names.index("service_down")
    found = []
    for row in connection.execute(sql, (customer_id, _stored(end), _stored(start))):
        values = list(row[1:])
        for index in moments:
            if values[index] is not None:
                values[index] = dt.datetime.fromisoformat(values[index]).replace(tzinfo=dt.UTC)
        values[severity] = Severity(values[severity])
        values[down] = bool(values[down])
        incident = IncidentData(*values)
        incident.id = row[0]
        found.append(incident)
    return found


def _stored(moment: dt.datetime) -> str:
    """An instant as SQLite holds it (the UTC fields, as SQLAlchemy writes them)."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _customer_id(connection: sqlite3.Connection, id_or_name: str) -> int:
    """By id, or by exact name: as `services.service_files.find_customer_id`."""
    text = id_or_name.strip()
    if text.isdigit():
        found = connection.execute("SELECT id FROM customers WHERE id = ?", (int(text),)).fetchone()
        if found is not None:
            by_id: int = found[0]
            return by_id
    found = connection.execute("SELECT id FROM customers WHERE name = ?", (text,)).fetchone()
    if found is None:
        raise NotFoundError(m.NO_SUCH_CUSTOMER, name=id_or_name)
    by_name: int = found[0]
    return by_name


def _customer(
    connection: sqlite3.Connection, customer_id: int, staff: list[SimpleNamespace]
) -> SimpleNamespace:
    """The customer's row with its children and staff, related as the ORM relates them."""
    rows = {table.name: select_rows(connection, table, customer_id) for table in FILE_TABLES}
    (customer,) = rows["customers"]
    for attribute, table in CUSTOMER_LISTS.items():
        setattr(customer, attribute, rows[table])
    for parent, attribute, child, key in CHILD_LISTS:
        _give_children(rows[parent], attribute, rows[child], key)
    staff_by_id = {person.id: person for person in staff}
    for table, attribute, key in STAFF_REFERENCES:
        for row in rows[table]:
            setattr(row, attribute, staff_by_id.get(getattr(row, key)))
    return customer


def _give_children(
    parents: list[SimpleNamespace], attribute: str, children: list[SimpleNamespace], key: str
) -> None:
    """Each parent gets the list of its children, in their order, as `attribute`."""
    by_id = {parent.id: parent for parent in parents}
    for parent in parents:
        setattr(parent, attribute, [])
    for child in children:
        getattr(by_id[getattr(child, key)], attribute).append(child)
