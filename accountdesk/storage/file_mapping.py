"""Between the stored rows and the `ServiceFile` the user edits: loading a customer's rows
through the ORM, and saving a file onto them (rows -> file is `file_rows`, shared with the
read-only reader).

The declared fields of each record are copied by name (`file_rows.plain_fields`); staff
members, references and the service window are set here by hand.

Saving syncs children by id: rows with an id are updated in place, rows without one are
inserted, stored rows the file no longer has are deleted. Ids therefore stay stable, and
so do the references other records (report results, risks) hold to them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from itertools import chain
from operator import itemgetter
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from accountdesk.domain.enums import StaffRole
from accountdesk.domain.errors import ConflictError, MissingRevisionError
from accountdesk.domain.service_file import (
    ContactData,
    EscalationLevelData,
    EscalationPathData,
    ExpectationData,
    FeedbackData,
    MeetingData,
    ReportResultData,
    RiskData,
    ServiceFile,
    ServiceReportData,
    SystemData,
)
from accountdesk.storage import search_index
from accountdesk.storage import tables as t
from accountdesk.storage.base import utcnow
from accountdesk.storage.file_rows import plain_fields
from accountdesk.storage.write_locks import lock_staff_list


def load_customer(session: Session, customer_id: int) -> t.Customer | None:
    """The customer with everything in its file, in a handful of queries."""
    statement = (
        select(t.Customer)
        .where(t.Customer.id == customer_id)
        .options(
            selectinload(t.Customer.systems),
            selectinload(t.Customer.contacts),
            selectinload(t.Customer.escalation_paths)
            .selectinload(t.EscalationPath.levels)
            .joinedload(t.EscalationLevel.staff),
            selectinload(t.Customer.expectations)
            .selectinload(t.Expectation.risks)
            .joinedload(t.Risk.owner),
            selectinload(t.Customer.meetings).selectinload(t.Meeting.participants),
            selectinload(t.Customer.meetings).selectinload(t.Meeting.action_items),
            selectinload(t.Customer.reports)
            .selectinload(t.ServiceReport.results)
            .joinedload(t.ReportResult.improvement_owner),
            selectinload(t.Customer.feedback).joinedload(t.Feedback.follow_up_owner),
            # Many-to-one: joined into the query that needs them, not a query each.
            joinedload(t.Customer.account_manager),
            joinedload(t.Customer.supporter),
            joinedload(t.Customer.backup_supporter),
        )
    )
    return session.scalars(statement).one_or_none()


# ---------------------------------------------------------------- file -> rows


class StaffDirectory:
    """Staff members by name; a name not yet known becomes a new staff member."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._by_name = {s.name: s for s in session.scalars(select(t.StaffMember))}

    def get(self, name: str, role: StaffRole = StaffRole.SUPPORTER) -> t.StaffMember | None:
        if not name:
            return None
        staff = self._by_name.get(name)
        if staff is None:
            # Someone saving another customer may be making the same person: make them
            # under the staff list's lock, after looking again.
            lock_staff_list(self.session)
            with self.session.no_autoflush:  # the file is half applied: not written yet
                staff = self.session.scalar(select(t.StaffMember).where(t.StaffMember.name == name))
        if staff is None:
            staff = t.StaffMember(name=name, role=role, email="", phone="", active=True)
            self.session.add(staff)
        self._by_name[name] = staff
        return staff


def apply_service_file(
    session: Session, row: t.Customer, f: ServiceFile, *, with_systems: bool = True
) -> None:
    """Write a cleaned file onto the customer row and its children.

    A customer already stored is only written over the revision the file was read at:
    ConflictError when it has been saved since, MissingRevisionError when the file does
    not say (every path that saves comes through here, so none can skip the check).
    `with_systems=False` leaves the customer's systems as they are: an import writes
    them in bulk (`insert_systems`), and loading them back here would cost more.
    """
    if row.id is not None:
        check_revision(row, f)
    staff = StaffDirectory(session)
    _apply_customer_fields(row, f, staff)
    contacts_by_key = _sync_contacts(session, row, f.contacts)
    if with_systems:
        _sync(
            row.systems,
            f.systems,
            t.System,
            lambda r, d, i: _apply_system(r, d, i, contacts_by_key),
        )
    _sync_paths(session, row, f, contacts_by_key, staff)
    _sync(
        row.expectations,
        f.expectations,
        t.Expectation,
        lambda r, d, i: _apply_expectation(r, d, i, staff),
    )
    _sync(row.meetings, f.meetings, t.Meeting, _apply_meeting)
    session.flush()  # expectations need ids before report results can refer to them
    _sync(
        row.reports,
        f.reports,
        t.ServiceReport,
        lambda r, d, i: _apply_report(r, d, row.expectations, staff),
    )
    _sync(row.feedback, f.feedback, t.Feedback, lambda r, d, i: _apply_feedback(r, d, staff))


def check_revision(row: t.Customer, f: ServiceFile) -> None:
    if f.revision is None:
        raise MissingRevisionError("customer", row.id)
    if row.revision != f.revision:
        raise ConflictError("customer", row.id)


def _apply_customer_fields(row: t.Customer, f: ServiceFile, staff: StaffDirectory) -> None:
    _apply_declared(row, f)
    row.window_days = f.window.days_mask
    row.window_start = f.window.start_minute
    row.window_end = f.window.end_minute
    row.timezone = f.window.timezone
    row.country = f.country
    row.account_manager = staff.get(f.account_manager, StaffRole.ACCOUNT_MANAGER)
    row.supporter = staff.get(f.supporter, StaffRole.SUPPORTER)
    row.backup_supporter = staff.get(f.backup_supporter, StaffRole.SUPPORTER)


def _apply_declared(target: object, record: object) -> None:
    for name in plain_fields(type(record)):
        setattr(target, name, getattr(record, name))


def _sync(
    rows: list[Any],
    items: Sequence[Any],
    row_type: type,
    apply: Callable[[Any, Any, int], None],
) -> list[Any]:
    """Make `rows` match `items` (by id), in the items' order; returns the rows in order."""
    existing = {r.id: r for r in rows}
    ordered = []
    for index, item in enumerate(items):
        target = existing.pop(item.id, None) if item.id is not None else None
        if target is None:
            target = row_type()
        apply(target, item, index)
        ordered.append(target)
    rows[:] = ordered  # removed rows become orphans and are deleted
    return ordered


def _sync_contacts(
    session: Session, row: t.Customer, contacts: list[ContactData]
) -> dict[str, t.Contact]:
    by_key: dict[str, t.Contact] = {}

    def apply(target: t.Contact, c: ContactData, index: int) -> None:
        target.position = index
        _apply_declared(target, c)
        target.country = c.country
        by_key[c.key] = target

    _sync(row.contacts, contacts, t.Contact, apply)
    return by_key


def _apply_system(
    target: t.System, s: SystemData, index: int, contacts: dict[str, t.Contact]
) -> None:
    target.position = index
    _apply_declared(target, s)
    target.owner = contacts.get(s.owner_key) if s.owner_key else None


def _sync_paths(
    session: Session,
    row: t.Customer,
    f: ServiceFile,
    contacts: dict[str, t.Contact],
    staff: StaffDirectory,
) -> None:
    def apply(target: t.EscalationPath, p: EscalationPathData, _index: int) -> None:
        _apply_declared(target, p)
        wanted = [
            (
                staff.get(level.staff_name, StaffRole.ESCALATION_MANAGER),
                contacts.get(level.contact_key) if level.contact_key else None,
                tuple(getattr(level, name) for name in plain_fields(type(level))),
            )
            for level in p.levels
        ]
        stored = [
            (
                row.staff,
                row.contact,
                tuple(getattr(row, name) for name in plain_fields(EscalationLevelData)),
            )
            for row in target.levels
        ]
        if wanted == stored:
            return  # unchanged levels are not written (a team member may not be allowed to)
        # Positions are unique per path: renumber from scratch to allow reordering.
        target.levels[:] = []
        session.flush()
        for position, (level, (member, contact, _values)) in enumerate(
            zip(p.levels, wanted, strict=True), start=1
        ):
            row = t.EscalationLevel(position=position, staff=member, contact=contact)
            _apply_declared(row, level)
            target.levels.append(row)

    _sync(row.escalation_paths, f.escalation_paths, t.EscalationPath, apply)


def _apply_expectation(
    target: t.Expectation, e: ExpectationData, index: int, staff: StaffDirectory
) -> None:
    target.position = index
    _apply_declared(target, e)

    def apply_risk(r: t.Risk, d: RiskData, _index: int) -> None:
        _apply_declared(r, d)
        r.owner = staff.get(d.owner_name, StaffRole.SUPPORTER)

    _sync(target.risks, e.risks, t.Risk, apply_risk)


def _apply_meeting(target: t.Meeting, m: MeetingData, _index: int) -> None:
    _apply_declared(target, m)
    _sync(target.participants, m.participants, t.MeetingParticipant, _apply_row)
    _sync(target.action_items, m.action_items, t.ActionItem, _apply_row)


def _apply_feedback(target: t.Feedback, item: FeedbackData, staff: StaffDirectory) -> None:
    _apply_declared(target, item)
    target.follow_up_owner = staff.get(item.follow_up_owner, StaffRole.ACCOUNT_MANAGER)


def _apply_row(target: Any, record: Any, _index: int) -> None:
    _apply_declared(target, record)


def _apply_report(
    target: t.ServiceReport,
    r: ServiceReportData,
    expectations: list[t.Expectation],
    staff: StaffDirectory,
) -> None:
    _apply_declared(target, r)

    def apply_result(x: t.ReportResult, d: ReportResultData, _i: int) -> None:
        x.expectation = expectations[d.expectation_index]
        _apply_declared(x, d)
        x.improvement_owner = staff.get(d.improvement_owner, StaffRole.ACCOUNT_MANAGER)

    _sync(target.results, r.results, t.ReportResult, apply_result)


# ---------------------------------------------------------------- bulk import


# The fields of a system that `SystemWriter` takes, in the order it takes them: a new
# system travels as a tuple of these, plain text (choices as their values).
SYSTEM_FIELDS = plain_fields(SystemData)
SystemValues = tuple[str, ...]
# What each field's value is made into for a SystemData: the enum of a choice, else str.
_FIELD_TYPES = tuple(type(getattr(SystemData(), name)) for name in SYSTEM_FIELDS)


def system_values(s: SystemData) -> SystemValues:
    return tuple(str(getattr(s, name)) for name in SYSTEM_FIELDS)  # str of a StrEnum: its value


def system_of_values(values: SystemValues) -> SystemData:
    fields = zip(SYSTEM_FIELDS, _FIELD_TYPES, values, strict=True)
    return SystemData(**{name: kind(value) for name, kind, value in fields})


class SystemWriter:
    """A new customer's systems written in bulk, with their search index rows, in the
    session's transaction: an import of 100,000 systems cannot afford an ORM object each.

    Ids are given here (the first free one plus the system's position), so the index rows
    can be written with the systems; the transaction holds the write lock, so no other
    writer takes them meanwhile.
    """

    BATCH = 5000
    # Many rows to one INSERT: SQLite builds the lists of the table's CHECK ... IN
    # constraints once per statement run, which one row per run made most of the cost.
    ROWS_PER_STATEMENT = 500
    _COLUMNS = ("id", "customer_id", "position", *SYSTEM_FIELDS, "created_at", "updated_at")
    _INSERT = f"INSERT INTO systems ({', '.join(_COLUMNS)}) VALUES "
    _SEARCHED = itemgetter(*(SYSTEM_FIELDS.index(name) for name in search_index.SYSTEM_SEARCHED))

    def __init__(self, session: Session, customer_id: int) -> None:
        self._connection = session.connection()
        self._customer_id = customer_id
        self._first_id = (self._connection.execute(select(func.max(t.System.id))).scalar() or 0) + 1
        self._indexed = search_index.has_index(self._connection)
        # The time stamp as the ORM stores it (text), converted once for every row.
        dialect = self._connection.dialect
        convert = t.System.__table__.c.created_at.type.dialect_impl(dialect).bind_processor(dialect)
        self._stamp = convert(utcnow()) if convert else utcnow()
        self._rows: list[tuple[Any, ...]] = []
        self._entries: list[search_index.Entry] = []
        # SQLite before 3.32 allows 999 parameters to a statement.
        dbapi: object = self._connection.connection.dbapi_connection
        limit = 999
        if isinstance(dbapi, sqlite3.Connection):
            limit = dbapi.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        self._per_statement = max(1, min(self.ROWS_PER_STATEMENT, limit // len(self._COLUMNS)))
        marker = "?" if dialect.paramstyle == "qmark" else "%s"  # SQLite's; psycopg's
        self._marker = marker
        self._row = f"({', '.join([marker] * len(self._COLUMNS))})"
        self._many = self._INSERT + ", ".join([self._row] * self._per_statement)

    def add(self, position: int, values: SystemValues) -> None:
        """`values`: the system's SYSTEM_FIELDS, checked."""
        system_id = self._first_id + position
        stamp = self._stamp
        self._rows.append((system_id, self._customer_id, position, *values, stamp, stamp))
        if self._indexed:
            searched = self._SEARCHED(values)
            self._entries.append(search_index.system_entry(system_id, self._customer_id, *searched))
        if len(self._rows) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        rows, self._rows = self._rows, []
        whole = len(rows) - len(rows) % self._per_statement
        for start in range(0, whole, self._per_statement):
            batch = rows[start : start + self._per_statement]
            self._connection.exec_driver_sql(self._many, tuple(chain.from_iterable(batch)))
        if whole < len(rows):
            self._connection.exec_driver_sql(self._INSERT + self._row, rows[whole:])
        if rows and self._connection.dialect.name == "postgresql":
            # Ids were given, not drawn: the sequence goes on after the highest.
            self._connection.exec_driver_sql(
                "SELECT setval(pg_get_serial_sequence('systems', 'id'), max(id)) FROM systems"
            )
        if self._entries:
            search_index.write_entries(self._connection, self._entries)
            self._entries = []

    def set_owners(self, owners: Sequence[tuple[int, int]]) -> None:
        """Each (system position, contact position): the contact owns the system."""
        self.flush()
        if not owners:
            return
        found = self._connection.execute(
            select(t.Contact.position, t.Contact.id).where(
                t.Contact.customer_id == self._customer_id
            )
        )
        contact_ids = dict(found.all())
        self._connection.exec_driver_sql(
            f"UPDATE systems SET owner_contact_id = {self._marker} WHERE id = {self._marker}",
            [(contact_ids[contact], self._first_id + system) for system, contact in owners],
        )
