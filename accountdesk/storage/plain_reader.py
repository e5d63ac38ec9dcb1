"""Reading our own file at the current schema with plain sqlite3, without the ORM: the
checks that decide it (`NotServed` otherwise), and the customer list of the app's first
window (`ListReader`). `storage.read_only` reads a whole service file the same way.
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
from typing import Any, TypeVar

from accountdesk.domain.enums import DocumentKind, StaffRole, SummaryStatus
from accountdesk.storage.identity import APPLICATION_ID, SCHEMA_HEAD

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

STAFF = Table(
    "staff_members",
    {"id": int, "name": str, "role": StaffRole, "email": str, "phone": str},
    where="",
    order="name",
    unread=("active", "db_role", *TIMESTAMPS),  # the login: the team database's business
)


@contextmanager
def reading(path: Path) -> Iterator[sqlite3.Connection]:
    # mode=rw never creates the file. Not mode=ro, though only SELECTs run: a read-only
    # connection to a WAL database cannot remove the -wal and -shm files it makes when it
    # closes, and would leave them behind. as_uri() escapes '?', '#' and '%'.
    uri = f"{path.absolute().as_uri()}?mode=rw"
    # No busy wait: a locked file goes to `Database`, which waits and explains.
    connection = sqlite3.connect(uri, uri=True, timeout=0, isolation_level=None)
    try:
        connection.execute("BEGIN")  # one snapshot for every read
        check_served(connection)
        yield connection
    finally:
        connection.close()


def check_served(connection: sqlite3.Connection) -> None:
    (application_id,) = connection.execute("PRAGMA application_id").fetchone()
    if application_id != APPLICATION_ID:
        raise NotServed("not an AccountDesk database")
    revisions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    if revisions != [(SCHEMA_HEAD,)]:
        raise NotServed(f"schema {revisions}, not {SCHEMA_HEAD}")


def select_rows(
    connection: sqlite3.Connection, table: Table, customer_id: int | None = None
) -> list[SimpleNamespace]:
    names = list(table.columns)
    convert = [converter(kind) for kind in table.columns.values()]
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


def converter(kind: type) -> Callable[[Any], object] | None:
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
    f"AND v.kind = '{DocumentKind.SUMMARY.value}' "
    f"AND v.status IN ('{SummaryStatus.SIGNED.value}', '{SummaryStatus.SUPERSEDED.value}'))"
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
        return self._run(lambda connection: select_rows(connection, STAFF))

    def _run(self, read: Callable[[sqlite3.Connection], _T]) -> _T:
        try:
            with reading(self.path) as connection:
                return read(connection)
        except (sqlite3.Error, ValueError, OverflowError) as exc:
            raise NotServed(f"{self.path}: {exc}") from exc
