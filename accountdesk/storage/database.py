"""The database the application works in, whatever holds it.

`Database(target)` opens a local SQLite file (a path: `storage.sqlite_database`) or a
team database on a PostgreSQL server (a `postgresql://` URL: `storage.postgres_database`).
Both give the same things: sessions, one transaction per user action, the schema brought
up to date on opening (and a newer one refused), and the same errors for the same
failures. What differs (pragmas and file backups; connection errors and lock timeouts)
lives in the backend's module only.

Sessions come from `database.session()`; a use-case wraps its work in
`with database.transaction() as session:` so one user action is one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from accountdesk.domain import messages as m
from accountdesk.domain.errors import DatabaseError
from accountdesk.storage.identity import APPLICATION_ID
from accountdesk.storage.server_urls import is_server_url

if TYPE_CHECKING:
    from accountdesk.storage.notifications import ChangeListener, CustomerChange

__all__ = ["APPLICATION_ID", "CHANGING", "Database", "is_locked", "unique_violation"]

# The database whose `transaction()` this thread is in (another's may be read meanwhile,
# as a copy does): its backend words a refusal met there as a change refused.
CHANGING: ContextVar[Database | None] = ContextVar("changing", default=None)


class Database:
    """An open database. `Database(path)` and `Database(url)` give the backend's own class
    (as `pathlib.Path` gives a platform's path)."""

    engine: Engine
    # What the user calls this database: its path, or its URL without the password.
    location: str
    # Why it can only be read (None: it can be written).
    read_only_reason: str | None = None
    # The copy made before a schema upgrade, if one was made.
    backup_path: Path | None = None

    def __new__(cls, target: Path | str, *_args: Any, **_kwargs: Any) -> Database:
        chosen: type[Database] = cls
        if cls is Database:
            if is_server_url(target):
                from accountdesk.storage.postgres_database import PostgresDatabase

                chosen = PostgresDatabase
            else:
                from accountdesk.storage.sqlite_database import SqliteDatabase

                chosen = SqliteDatabase
        return super().__new__(chosen)

    def __init__(self, target: Path | str, **_options: Any) -> None:
        raise NotImplementedError  # each backend opens its own way

    def _start(self, engine: Engine, location: str) -> None:
        self.engine = engine
        self.location = location
        # Why automatic backups could not be made, for the caller to tell the user.
        self.problems: list[str] = []
        self._written = False
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self, customers: Iterable[int] | None = None) -> Iterator[Session]:
        """One user action: everything in the block is saved together, or nothing is.

        `customers`: the saved customers (ids) the action changes, when it changes nothing
        else that another action reads (a new customer needs no id); actions of different
        customers then need not wait for each other. None: it may change anything."""
        self._before_write()
        with self._sessions() as session:
            changing = CHANGING.set(self)
            try:
                # Writers take their lock at the start, so a concurrent writer makes us wait
                # (up to the backend's timeout) instead of failing half-way through.
                self._begin_writing(session, customers)
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                if is_locked(exc):  # waited the timeout: say so in the one wording
                    from accountdesk.domain.errors import DatabaseLockedError

                    raise DatabaseLockedError(self.location) from exc
                raise
            except DBAPIError as exc:
                session.rollback()
                refused = _refusal(exc)
                if refused is not None:  # a team database's rights: say what, in one line
                    self._refused()
                    raise refused from exc
                raise
            except BaseException:
                session.rollback()
                raise
            finally:
                CHANGING.reset(changing)
        self._written = True

    def listen(self, on_change: Callable[[CustomerChange], None]) -> ChangeListener | None:
        """Hear of every customer saved, archived or deleted by anyone, in a thread of
        its own (`on_change` runs there, or, for a refusal met by this database, in the
        thread that met it); None where the backend tells of no changes (a local file has
        one user)."""
        return None

    def start_integrity_check(self) -> None:
        """Check the database in the background now, where the backend has such a check."""

    def close(self) -> None:
        """Close; closing twice is closing once."""
        self.engine.dispose()
        self._written = False

    # The backend's parts.

    def _before_write(self) -> None:
        if self.read_only_reason is not None:
            raise DatabaseError(m.ONLY_READ, path=self.location, reason=self.read_only_reason)

    def _begin_writing(self, session: Session, customers: Iterable[int] | None) -> None:
        session.connection()

    def _refused(self) -> None:
        """The server refused something the person's role may not do."""


def _refusal(exc: DBAPIError) -> Exception | None:
    if getattr(exc.orig, "sqlstate", None) is None:
        return None  # SQLite: no roles, no refusals
    from accountdesk.storage.refusals import refusal

    return refusal(exc)


def is_locked(exc: BaseException) -> bool:
    """Another connection held a lock for longer than we wait: SQLite's "database is
    locked", PostgreSQL's lock timeout (55P03)."""
    original = getattr(exc, "orig", exc)
    if getattr(original, "sqlstate", None) == "55P03":
        return True
    import sqlite3

    return isinstance(original, sqlite3.OperationalError) and "locked" in str(original)


def unique_violation(exc: IntegrityError) -> str:
    """'table.column' of the unique constraint a write broke ('' for another constraint),
    in the same words on both backends."""
    original = exc.orig
    diag = getattr(original, "diag", None)
    if diag is not None:  # PostgreSQL names the constraint: uq_<table>_<column> (NAMING)
        if getattr(original, "sqlstate", None) != "23505":
            return ""
        constraint = diag.constraint_name or ""
        table = diag.table_name or ""
        prefix = f"uq_{table}_"
        return f"{table}.{constraint[len(prefix) :]}" if constraint.startswith(prefix) else ""
    detail = str(original)
    marker = "UNIQUE constraint failed: "
    return detail.split(marker, 1)[1].split(",", maxsplit=1)[0].strip() if marker in detail else ""
