"""Use-cases on service files: list, open, save (with conflict detection), delete."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from accountdesk.domain import messages as m
from accountdesk.domain.enums import Language, StaffRole, SummaryStatus
from accountdesk.domain.errors import (
    ConflictError,
    DatabaseError,
    FieldProblem,
    NotFoundError,
    ValidationError,
)
from accountdesk.domain.rules import clean_service_file
from accountdesk.domain.service_file import ServiceFile
from accountdesk.storage import tables as t
from accountdesk.storage.base import utcnow
from accountdesk.storage.database import Database
from accountdesk.storage.file_mapping import apply_service_file, load_customer
from accountdesk.storage.file_rows import to_service_file


class SortKey(StrEnum):
    NAME = "name"
    INDUSTRY = "industry"
    SUPPORTER = "supporter"
    NEXT_REVIEW = "next_review"


@dataclass(frozen=True)
class CustomerFilter:
    supporter: str = ""  # "my customers": the supporter's (or backup's) name
    review_overdue: bool = False
    no_signed_summary: bool = False
    today: dt.date | None = None


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customer list."""

    id: int
    name: str
    industry: str
    document_language: Language
    supporter: str
    next_review: dt.date | None
    review_overdue: bool
    has_signed_summary: bool


_SIGNED = (SummaryStatus.SIGNED.value, SummaryStatus.SUPERSEDED.value)


def customer_ids(
    db: Database,
    filters: CustomerFilter = CustomerFilter(),
    sort: SortKey = SortKey.NAME,
    descending: bool = False,
) -> list[int]:
    """The ids of the customers to list, filtered and sorted; rows are fetched lazily."""
    supporter = aliased(t.StaffMember)
    order = {
        SortKey.NAME: t.Customer.name,
        SortKey.INDUSTRY: t.Customer.industry,
        SortKey.SUPPORTER: supporter.name,
        SortKey.NEXT_REVIEW: t.Customer.next_review,
    }[sort]
    statement = select(t.Customer.id).outerjoin(supporter, t.Customer.supporter)
    statement = _filtered(statement, filters)
    order_by = order.desc() if descending else order.asc()
    statement = statement.order_by(order_by.nulls_last(), t.Customer.name, t.Customer.id)
    with db.session() as session:
        return list(session.scalars(statement))


def _filtered(statement, filters: CustomerFilter):
    if filters.supporter:
        backup = aliased(t.StaffMember)
        mine = select(t.StaffMember.id).where(t.StaffMember.name == filters.supporter)
        statement = statement.where(
            t.Customer.supporter_id.in_(mine) | t.Customer.backup_supporter_id.in_(mine)
        )
        del backup
    if filters.review_overdue:
        today = filters.today or dt.date.today()
        statement = statement.where(t.Customer.next_review < today)
    if filters.no_signed_summary:
        statement = statement.where(~_has_signed())
    return statement


def _has_signed():
    return exists().where(
        t.SummaryVersion.customer_id == t.Customer.id, t.SummaryVersion.status.in_(_SIGNED)
    )


def customer_rows(db: Database, ids: list[int], today: dt.date | None = None) -> list[CustomerRow]:
    """The list lines for these ids, in the same order."""
    if not ids:
        return []
    today = today or dt.date.today()
    supporter = aliased(t.StaffMember)
    statement = (
        select(
            t.Customer.id,
            t.Customer.name,
            t.Customer.industry,
            t.Customer.document_language,
            supporter.name,
            t.Customer.next_review,
            _has_signed().label("signed"),
        )
        .outerjoin(supporter, t.Customer.supporter)
        .where(t.Customer.id.in_(ids))
    )
    with db.session() as session:
        found = {
            row[0]: CustomerRow(
                id=row[0],
                name=row[1],
                industry=row[2],
                document_language=Language(row[3]),
                supporter=row[4] or "",
                next_review=row[5],
                review_overdue=row[5] is not None and row[5] < today,
                has_signed_summary=bool(row[6]),
            )
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
        raise NotFoundError(f"no customer with id or name '{id_or_name}'")
    return by_name


def load_file(db: Database, customer_id: int) -> ServiceFile:
    with db.session() as session:
        row = load_customer(session, customer_id)
        if row is None:
            raise NotFoundError(f"customer {customer_id} does not exist")
        return to_service_file(row)


def save_file(db: Database, file: ServiceFile) -> ServiceFile:
    """Validate and save the whole file in one transaction; return it as now stored.

    Raises ValidationError (nothing saved), ConflictError when someone else saved the
    customer since `file.revision` was read, NotFoundError when it was deleted meanwhile.
    """
    clean = clean_service_file(file)
    try:
        with db.transaction() as session:
            _check_name_free(session, clean)
            row = _row_for_saving(session, clean)
            apply_service_file(session, row, clean)
            row.updated_at = utcnow()  # bumps the revision even when only children changed
            session.flush()
            saved_id = row.id
    except IntegrityError as exc:
        raise _integrity_problem(exc, clean) from exc
    return load_file(db, saved_id)


def _row_for_saving(session: Session, f: ServiceFile) -> t.Customer:
    if f.id is None:
        row = t.Customer(name=f.name)
        session.add(row)
        return row
    row = load_customer(session, f.id)
    if row is None:
        raise NotFoundError(f"customer {f.id} was deleted by another window or user")
    if f.revision is not None and row.revision != f.revision:
        raise ConflictError("customer", f.id)
    return row


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
    if "UNIQUE constraint failed: customers.name" in detail:
        problem = FieldProblem(
            "name", m.DUPLICATE, {"field": m.FIELD_LABELS["name"], "value": f.name}
        )
        return ValidationError([problem], "customer")
    return DatabaseError(f"the service file could not be saved: {detail}")


def delete_customer(db: Database, customer_id: int, revision: int | None = None) -> None:
    with db.transaction() as session:
        row = session.get(t.Customer, customer_id)
        if row is None:
            raise NotFoundError(f"customer {customer_id} does not exist")
        if revision is not None and row.revision != revision:
            raise ConflictError("customer", customer_id)
        session.delete(row)


def current_revision(db: Database, customer_id: int) -> int | None:
    with db.session() as session:
        return session.scalar(select(t.Customer.revision).where(t.Customer.id == customer_id))


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    role: StaffRole
    email: str
    phone: str


def list_staff(db: Database) -> list[StaffRow]:
    with db.session() as session:
        rows = session.scalars(select(t.StaffMember).order_by(t.StaffMember.name))
        return [StaffRow(s.id, s.name, s.role, s.email, s.phone) for s in rows]
