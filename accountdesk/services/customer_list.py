"""The customer list and the staff, as the main window shows them.

Importing this module does not import SQLAlchemy: the app's first window lists the
customers of a current file from a `storage.plain_reader.ListReader` (plain sqlite3) while
the file is opened with `Database` behind it, and every other database is read through
`services.service_files`, imported when first needed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accountdesk.domain.enums import Language, StaffRole
from accountdesk.storage.files import read_only_reason
from accountdesk.storage.plain_reader import ListReader, NotServed

if TYPE_CHECKING:
    from accountdesk.storage.database import Database


class SortKey(StrEnum):
    NAME = "name"
    INDUSTRY = "industry"
    SUPPORTER = "supporter"
    NEXT_REVIEW = "next_review"


class Archived(StrEnum):
    """Which customers a list shows, as to archiving."""

    HIDE = "hide"  # the customers in service (the default)
    INCLUDE = "include"  # everyone
    ONLY = "only"  # the archived ones


@dataclass(frozen=True)
class CustomerFilter:
    supporter: str = ""  # "my customers": the supporter's (or backup's) name
    review_overdue: bool = False
    no_signed_summary: bool = False
    today: dt.date | None = None
    archived: Archived = Archived.HIDE


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
    archived: bool = False


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    role: StaffRole
    email: str
    phone: str


def customer_row(values: Sequence[Any], today: dt.date) -> CustomerRow:
    """A line from its stored values: id, name, industry, document language, supporter's
    name, next review, whether a summary is signed, whether the customer is archived."""
    customer_id, name, industry, language, supporter, next_review, signed, archived = values
    return CustomerRow(
        id=customer_id,
        name=name,
        industry=industry,
        document_language=Language(language),
        supporter=supporter or "",
        next_review=next_review,
        review_overdue=next_review is not None and next_review < today,
        has_signed_summary=bool(signed),
        archived=archived,
    )


_ARCHIVED: dict[Archived, bool | None] = {
    Archived.HIDE: False,
    Archived.INCLUDE: None,
    Archived.ONLY: True,
}


def customer_ids(
    db: Database | ListReader,
    filters: CustomerFilter = CustomerFilter(),
    sort: SortKey = SortKey.NAME,
    descending: bool = False,
) -> list[int]:
    """The ids of the customers to list, filtered and sorted; rows are fetched lazily."""
    if isinstance(db, ListReader):
        try:
            return db.customer_ids(
                supporter=filters.supporter,
                review_before=(filters.today or dt.date.today())
                if filters.review_overdue
                else None,
                unsigned_only=filters.no_signed_summary,
                archived=_ARCHIVED[filters.archived],
                sort=sort.value,
                descending=descending,
            )
        except NotServed:  # changed meanwhile: the database opened the usual way says why
            return customer_ids(db.database(), filters, sort, descending)
    from accountdesk.services import service_files as sf

    return sf.customer_ids(db, filters, sort, descending)


def customer_rows(
    db: Database | ListReader, ids: list[int], today: dt.date | None = None
) -> list[CustomerRow]:
    """The list lines for these ids, in the same order."""
    if not ids:
        return []
    if isinstance(db, ListReader):
        try:
            day = today or dt.date.today()
            found = {
                row.id: customer_row(
                    (
                        row.id,
                        row.name,
                        row.industry,
                        row.document_language,
                        row.supporter,
                        row.next_review,
                        row.signed,
                        row.archived,
                    ),
                    day,
                )
                for row in db.customer_rows(ids)
            }
            return [found[i] for i in ids if i in found]
        except NotServed:
            return customer_rows(db.database(), ids, today)
    from accountdesk.services import service_files as sf

    return sf.customer_rows(db, ids, today)


def list_reader(path: Path) -> ListReader | None:
    """A reader of the list of `path` when it is our own file at the current schema that
    can be written and is readable now; None when it is for `Database` to open (and to
    migrate, explain or refuse)."""
    if not path.is_file() or read_only_reason(path) is not None:
        return None
    try:
        return ListReader(path)
    except NotServed:
        return None


def list_staff(db: Database | ListReader) -> list[StaffRow]:
    """Everyone on staff, by name."""
    if isinstance(db, ListReader):
        try:
            return [StaffRow(s.id, s.name, s.role, s.email, s.phone) for s in db.staff()]
        except NotServed:
            return list_staff(db.database())
    from accountdesk.services import service_files as sf

    return sf.list_staff(db)
