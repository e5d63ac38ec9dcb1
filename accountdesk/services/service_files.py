"""Use-cases on service files: list, open, save (with conflict detection and history),
archive, bring back and delete."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from sqlalchemy import Exists, Select, delete, exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from accountdesk.domain import messages as m
from accountdesk.domain.enums import ChangeAction, DocumentKind, SummaryStatus
from accountdesk.domain.errors import (
    ConflictError,
    DatabaseError,
    FieldProblem,
    NotFoundError,
    ValidationError,
)
from accountdesk.domain.history import diff_files
from accountdesk.domain.rules import clean_service_file
from accountdesk.domain.service_file import ServiceFile
from accountdesk.services import history
from accountdesk.services.customer_list import (
    Archived,
    CustomerFilter,
    CustomerRow,
    SortKey,
    StaffRow,
    customer_row,
)
from accountdesk.storage import tables as t
from accountdesk.storage.base import utcnow
from accountdesk.storage.database import Database, unique_violation
from accountdesk.storage.file_mapping import apply_service_file, load_customer
from accountdesk.storage.file_rows import to_service_file

_Row = TypeVar("_Row")
_SIGNED = (SummaryStatus.SIGNED.value, SummaryStatus.SUPERSEDED.value)


def customer_ids(
    db: Database,
    filters: CustomerFilter = CustomerFilter(),
    sort: SortKey = SortKey.NAME,
    descending: bool = False,
) -> list[int]:
    """The ids of the customers to list, filtered and sorted; rows are fetched lazily."""
    customer, supporter = _CUSTOMERS.c, _SUPPORTERS.c
    order = {
        SortKey.NAME: customer.name,
        SortKey.INDUSTRY: customer.industry,
        SortKey.SUPPORTER: supporter.name,
        SortKey.NEXT_REVIEW: customer.next_review,
    }[sort]
    statement = select(customer.id).select_from(_WITH_SUPPORTER)
    statement = _filtered(statement, filters)
    order_by = order.desc() if descending else order.asc()
    statement = statement.order_by(order_by.nulls_last(), customer.name, customer.id)
    with db.session() as session:
        return list(session.scalars(statement))


# The customer list is read through the tables rather than the mapped classes: the window's
# first page needs no ORM mapper configuration (done when a customer is first opened).
_CUSTOMERS = t.Customer.__table__
_SUPPORTERS = t.StaffMember.__table__.alias("supporter")
_WITH_SUPPORTER = _CUSTOMERS.outerjoin(_SUPPORTERS, _CUSTOMERS.c.supporter_id == _SUPPORTERS.c.id)


def _filtered(statement: Select[_Row], filters: CustomerFilter) -> Select[_Row]:
    customer, staff = _CUSTOMERS.c, t.StaffMember.__table__.c
    if filters.supporter:
        mine = select(staff.id).where(staff.name == filters.supporter)
        statement = statement.where(
            customer.supporter_id.in_(mine) | customer.backup_supporter_id.in_(mine)
        )
    if filters.review_overdue:
        today = filters.today or dt.date.today()
        statement = statement.where(customer.next_review < today)
    if filters.no_signed_summary:
        statement = statement.where(~_has_signed())
    if filters.archived == Archived.HIDE:
        statement = statement.where(customer.archived_at.is_(None))
    elif filters.archived == Archived.ONLY:
        statement = statement.where(customer.archived_at.is_not(None))
    return statement


def _has_signed() -> Exists:
    version = t.SummaryVersion.__table__.c
    return exists().where(
        version.customer_id == _CUSTOMERS.c.id,
        version.kind == DocumentKind.SUMMARY.value,
        version.status.in_(_SIGNED),
    )


def customer_rows(db: Database, ids: list[int], today: dt.date | None = None) -> list[CustomerRow]:
    """The list lines for these ids, in the same order."""
    if not ids:
        return []
    today = today or dt.date.today()
    customer = _CUSTOMERS.c
    statement = (
        select(
            customer.id,
            customer.name,
            customer.industry,
            customer.document_language,
            _SUPPORTERS.c.name,
            customer.next_review,
            _has_signed().label("signed"),
            customer.archived_at,
        )
        .select_from(_WITH_SUPPORTER)
        .where(customer.id.in_(ids))
    )
    with db.session() as session:
        found = {
            row[0]: customer_row((*row[:7], row[7] is not None), today)
            for row in session.execute(statement)
        }
    return [found[i] for i in ids if i in found]


def list_customers(db: Database, filters: CustomerFilter = CustomerFilter()) -> list[CustomerRow]:
    return customer_rows(db, customer_ids(db, filters), filters.today)


def count_customers(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(t.Customer.id))) or 0


def find_customer_id(db: Database, id_or_name: str) -> int:
    """A customer named on the command line: by id, or by its exact name."""
    with db.session() as session:
        text = id_or_name.strip()
        if text.isdigit():
            found = session.get(t.Customer, int(text))
            if found is not None:
                return found.id
        by_name = session.scalar(select(t.Customer.id).where(t.Customer.name == text))
    if by_name is None:
        raise NotFoundError(m.NO_SUCH_CUSTOMER, name=id_or_name)
    return by_name


def load_file(db: Database, customer_id: int) -> ServiceFile:
    with db.session() as session:
        row = load_customer(session, customer_id)
        if row is None:
            raise NotFoundError(m.CUSTOMER_MISSING, id=customer_id)
        return to_service_file(row)


def save_file(db: Database, file: ServiceFile, author: str = "") -> ServiceFile:
    """Validate and save the whole file in one transaction; return it as now stored.

    The customer's history gets a line in the same transaction: `author` (the staff member
    at the keyboard, else the computer's user) and every field that changed.

    Raises ValidationError (nothing saved), ConflictError when someone else saved the
    customer since `file.revision` was read (MissingRevisionError, a ConflictError, when
    an existing customer's file has no revision), NotFoundError when it was deleted
    meanwhile.
    """
    clean = clean_service_file(file)
    try:
        with db.transaction(_saved_ids([clean])) as session:
            saved_id = _save_in(session, clean, author)
    except IntegrityError as exc:
        raise _integrity_problem(exc, clean) from exc
    return load_file(db, saved_id)


def save_files(db: Database, files: list[ServiceFile], author: str = "") -> None:
    """Several checked files saved in one transaction: all of them or, on any error
    (ValidationError, ConflictError as `save_file`), none."""
    cleaned = [clean_service_file(file) for file in files]
    with db.transaction(_saved_ids(cleaned)) as session:
        for clean in cleaned:
            try:
                _save_in(session, clean, author)
            except IntegrityError as exc:
                raise _integrity_problem(exc, clean) from exc


def _saved_ids(files: list[ServiceFile]) -> list[int]:
    """The customers a save changes, besides new ones: all it waits for on a server."""
    return [file.id for file in files if file.id is not None]


def _save_in(session: Session, clean: ServiceFile, author: str) -> int:
    _check_name_free(session, clean)
    row = _row_for_saving(session, clean)
    before = to_service_file(row) if clean.id is not None else None
    read_at = row.revision
    apply_service_file(session, row, clean)
    if clean.id is None or row.revision == read_at:
        # Written with every save, so the revision goes up even when only children changed
        # (written last: a refusal names the part the person changed); once, when applying
        # the file, which flushes part-way, wrote the row already.
        row.updated_at = utcnow()
    session.flush()
    saved_id = row.id
    if before is None:
        history.record(session, saved_id, ChangeAction.CREATED, [], author)
    else:
        changes = diff_files(before, to_service_file(row))
        if changes:
            history.record(session, saved_id, ChangeAction.SAVED, changes, author)
    return saved_id


def _row_for_saving(session: Session, f: ServiceFile) -> t.Customer:
    if f.id is None:
        new = t.Customer(name=f.name)
        session.add(new)
        return new
    # A file someone saved meanwhile is refused before the whole customer is read: when
    # colleagues save one customer at once, the ones who came second learn it cheaply.
    stored = session.scalar(select(t.Customer.revision).where(t.Customer.id == f.id))
    if stored is not None and f.revision is not None and stored != f.revision:
        raise ConflictError("customer", f.id)
    row = load_customer(session, f.id)
    if row is None:
        raise NotFoundError(m.CUSTOMER_DELETED, id=f.id)
    return row  # apply_service_file refuses a missing or stale revision


def _check_name_free(session: Session, f: ServiceFile) -> None:
    clash = session.scalar(
        select(t.Customer.id).where(t.Customer.name == f.name, t.Customer.id != (f.id or -1))
    )
    if clash is not None:
        problem = FieldProblem(
            "name", m.DUPLICATE, {"field": m.FIELD_LABELS["name"], "value": f.name}
        )
        raise ValidationError([problem], "customer")


def _integrity_problem(exc: IntegrityError, f: ServiceFile) -> Exception:
    """A constraint the rules did not catch first: say which, never guess."""
    detail = str(exc.orig)
    if unique_violation(exc) == "customers.name":
        problem = FieldProblem(
            "name", m.DUPLICATE, {"field": m.FIELD_LABELS["name"], "value": f.name}
        )
        return ValidationError([problem], "customer")
    return DatabaseError(m.NOT_SAVED, detail=detail)


def set_archived(db: Database, customer_id: int, archived: bool, author: str = "") -> bool:
    """Archive a customer (out of the lists, kept whole) or bring it back, with a line in
    its history; False when it already was so (nothing written)."""
    with db.transaction([customer_id]) as session:
        row = session.get(t.Customer, customer_id)
        if row is None:
            raise NotFoundError(m.CUSTOMER_MISSING, id=customer_id)
        if (row.archived_at is not None) == archived:
            return False
        row.archived_at = utcnow() if archived else None
        action = ChangeAction.ARCHIVED if archived else ChangeAction.UNARCHIVED
        history.record(session, customer_id, action, [], author)
    return True


def is_archived(db: Database, customer_id: int) -> bool:
    with db.session() as session:
        found = session.scalar(
            select(t.Customer.archived_at.is_not(None)).where(t.Customer.id == customer_id)
        )
    if found is None:
        raise NotFoundError(m.CUSTOMER_MISSING, id=customer_id)
    return bool(found)


def signed_version_count(db: Database, customer_id: int) -> int:
    """How many issued summary versions (issued, signed or superseded) the customer has:
    what deleting the customer deletes with it."""
    with db.session() as session:
        return (
            session.scalar(
                select(func.count(t.SummaryVersion.id)).where(
                    t.SummaryVersion.customer_id == customer_id,
                    t.SummaryVersion.status != SummaryStatus.DRAFT,
                )
            )
            or 0
        )


def delete_customer(db: Database, customer_id: int, revision: int | None = None) -> None:
    """The customer and everything of it (file, summaries, signatures, history), in one
    transaction."""
    with db.transaction([customer_id]) as session:
        row = session.get(t.Customer, customer_id)
        if row is None:
            raise NotFoundError(m.CUSTOMER_MISSING, id=customer_id)
        if revision is not None and row.revision != revision:
            raise ConflictError("customer", customer_id)
        # The escalation paths (and their levels) first: SQLite cascades in the order the
        # tables stand in the schema, and a level whose contact went before it would name
        # no one, which its table refuses.
        session.execute(delete(t.EscalationPath).where(t.EscalationPath.customer_id == customer_id))
        session.delete(row)


def list_staff(db: Database) -> list[StaffRow]:
    staff = t.StaffMember.__table__.c  # the table, as the customer list: no mapper configuration
    statement = select(staff.id, staff.name, staff.role, staff.email, staff.phone)
    with db.session() as session:
        return [StaffRow(*row) for row in session.execute(statement.order_by(staff.name))]
