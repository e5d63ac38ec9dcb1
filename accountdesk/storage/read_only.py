"""One customer's service file, and the customer list, read straight from SQLite,
without the ORM.

For read-only commands (`accountdesk summary`): they start cold and read one customer,
and importing and setting up SQLAlchemy would cost them more than all their reading.
The app's first window shows the customer list from a `ListReader` for the same reason,
while it opens the file with `Database` behind it.

Only the usual case is served: our own file, at the schema this version writes. Anything
else (a missing, foreign, damaged or locked file, an older or newer schema) raises
`NotServed`, and the caller opens the file with `Database`, which migrates, explains or
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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, TypeVar, cast

from accountdesk.domain import messages as m
from accountdesk.domain.achievement import Period
from accountdesk.domain.enums import FeedbackChannel, FeedbackScale, Severity, StaffRole
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
from accountdesk.storage.identity import APPLICATION_ID, SCHEMA_HEAD

if TYPE_CHECKING:
    from accountdesk.storage import tables as t


_T = TypeVar("_T")


class NotServed(Exception):
    """The file is one for `Database` to open: not ours, not at the current schema, or
    not readable right now."""


@dataclass(frozen=True)
class Table:
    """A table as the reader selects it.

    `columns` maps each column read to the Python type the ORM gives for it: enums,
    `dt.date` and `bool` are converted from what SQLite stores, `int`, `str` and `float`
    come as they are. `unread` names the columns a service file does not need.
    """

    name: str
    columns: dict[str, type]
    where: str  # one customer's rows; every `?` is the customer's id
    order: str
    unread: tuple[str, ...] = ()


TIMESTAMPS = ("created_at", "updated_at")
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

STAFF = Table(
    "staff_members",
    {"id": int, "name": str, "role": StaffRole, "email": str, "phone": str},
    where="",
    order="name",
    unread=("active", "db_role", *TIMESTAMPS),  # the login: the team database's business
)
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
        with _reading(Path(path)) as connection:
            customer_id = _customer_id(connection, id_or_name)
            staff = _select(connection, STAFF)
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
        with _reading(Path(path)) as connection:
            customer_id = _customer_id(connection, id_or_name)
            staff = _select(connection, STAFF)
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


@contextmanager
def _reading(path: Path) -> Iterator[sqlite3.Connection]:
    # mode=rw never creates the file. Not mode=ro, though only SELECTs run: a read-only
    # connection to a WAL database cannot remove the -wal and -shm files it makes when it
    # closes, and would leave them behind. as_uri() escapes '?', '#' and '%'.
    uri = f"{path.absolute().as_uri()}?mode=rw"
    # No busy wait: a locked file goes to `Database`, which waits and explains.
    connection = sqlite3.connect(uri, uri=True, timeout=0, isolation_level=None)
    try:
        connection.execute("BEGIN")  # one snapshot for every read
        _check_served(connection)
        yield connection
    finally:
        connection.close()


def _check_served(connection: sqlite3.Connection) -> None:
    (application_id,) = connection.execute("PRAGMA application_id").fetchone()
    if application_id != APPLICATION_ID:
        raise NotServed("not an AccountDesk database")
    revisions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    if revisions != [(SCHEMA_HEAD,)]:
        raise NotServed(f"schema {revisions}, not {SCHEMA_HEAD}")


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
    rows = {table.name: _select(connection, table, customer_id) for table in FILE_TABLES}
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


def _select(
    connection: sqlite3.Connection, table: Table, customer_id: int | None = None
) -> list[SimpleNamespace]:
    names = list(table.columns)
    convert = [_converter(kind) for kind in table.columns.values()]
    sql = f"SELECT {', '.join(names)} FROM {table.name} {table.where} ORDER BY {table.order}"
    parameters = (customer_id,) * table.where.count("?")
    return [
        SimpleNamespace(
            **{
                name: value if to is None or value is None else to(value)
                for name, to, value in zip(names, convert, values, strict=True)
            }
        )
        for values in connection.execute(sql, parameters)
    ]


def _converter(kind: type) -> Callable[[Any], object] | None:
    """How a stored value becomes what the ORM gives; None: as SQLite gives it."""
    if kind is dt.date:
        return dt.date.fromisoformat
    if kind is bool or issubclass(kind, StrEnum):
        return kind
    return None


# ---------------------------------------------------------------- the customer list

# The columns the list sorts by (`services.customer_list.SortKey`); `c` is the customer,
# `s` the dedicated supporter.
LIST_ORDER = {
    "name": "c.name",
    "industry": "c.industry",
    "supporter": "s.name",
    "next_review": "c.next_review",
}
_LIST_FROM = "FROM customers c LEFT OUTER JOIN staff_members s ON c.supporter_id = s.id"
_SUMMARY_SIGNED = (
    "EXISTS (SELECT 1 FROM summary_versions v WHERE v.customer_id = c.id "
    "AND v.kind = 'summary' AND v.status IN ('signed', 'superseded'))"
)
_MINE = "(SELECT id FROM staff_members WHERE name = ?)"


@dataclass(frozen=True)
class ListedCustomer:
    """One line of the customer list as stored (`services.customer_list` words it)."""

    id: int
    name: str
    industry: str
    document_language: str
    supporter: str | None
    next_review: dt.date | None
    signed: bool
    archived: bool


class ListReader:
    """The customer list and the staff of our own file at the current schema, read as
    the ORM's queries of `services.service_files` read them (a test compares the two).

    Each call reads in a transaction of its own and raises NotServed when the file is
    no longer one to serve; `database` then gives where to read instead (the file opened
    with `Database`), once whoever made the reader sets it.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.location = str(self.path)
        self.database: Callable[[], Any] = self._not_opened
        self._run(lambda _connection: None)  # NotServed now, rather than at the first page

    def _not_opened(self) -> Any:
        raise NotServed(f"{self.path}: not opened with Database")

    def customer_ids(
        self,
        *,
        supporter: str = "",
        review_before: dt.date | None = None,
        unsigned_only: bool = False,
        archived: bool | None = False,
        sort: str = "name",
        descending: bool = False,
    ) -> list[int]:
        """The ids to list: the customers `supporter` supports or backs up (any when
        empty), reviewed before `review_before`, without a signed summary, archived or
        not (None: both), in the order of `sort`, empty values last."""
        where: list[str] = []
        parameters: list[object] = []
        if supporter:
            where.append(f"(c.supporter_id IN {_MINE} OR c.backup_supporter_id IN {_MINE})")
            parameters += [supporter, supporter]
        if review_before is not None:
            where.append("c.next_review < ?")
            parameters.append(review_before.isoformat())
        if unsigned_only:
            where.append(f"NOT {_SUMMARY_SIGNED}")
        if archived is not None:
            where.append(f"c.archived_at IS {'NOT NULL' if archived else 'NULL'}")
        condition = f"WHERE {' AND '.join(where)}" if where else ""
        direction = "DESC" if descending else "ASC"
        sql = (
            f"SELECT c.id {_LIST_FROM} {condition} "
            f"ORDER BY {LIST_ORDER[sort]} {direction} NULLS LAST, c.name, c.id"
        )
        return self._run(lambda c: [row[0] for row in c.execute(sql, parameters)])

    def customer_rows(self, ids: list[int]) -> list[ListedCustomer]:
        """The lines of these customers, in no particular order (missing ones left out)."""
        sql = (
            f"SELECT c.id, c.name, c.industry, c.document_language, s.name, c.next_review, "
            f"{_SUMMARY_SIGNED}, c.archived_at IS NOT NULL {_LIST_FROM} "
            f"WHERE c.id IN ({', '.join('?' * len(ids))})"
        )

        def read(connection: sqlite3.Connection) -> list[ListedCustomer]:
            found = connection.execute(sql, ids)
            return [
                ListedCustomer(
                    id=row[0],
                    name=row[1],
                    industry=row[2],
                    document_language=row[3],
                    supporter=row[4],
                    next_review=dt.date.fromisoformat(row[5]) if row[5] else None,
                    signed=bool(row[6]),
                    archived=bool(row[7]),
                )
                for row in found
            ]

        return self._run(read)

    def staff(self) -> list[SimpleNamespace]:
        """Everyone on staff (id, name, role, email, phone), by name."""
        return self._run(lambda connection: _select(connection, STAFF))

    def _run(self, read: Callable[[sqlite3.Connection], _T]) -> _T:
        try:
            with _reading(self.path) as connection:
                return read(connection)
        except (sqlite3.Error, ValueError, OverflowError) as exc:
            raise NotServed(f"{self.path}: {exc}") from exc
