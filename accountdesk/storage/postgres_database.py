"""A team database on a PostgreSQL server (what `Database("postgresql://…")` gives).

The connection is libpq's (psycopg 3): the password and other credentials come from where
every PostgreSQL tool finds them (~/.pgpass, a service file, PG* variables, Kerberos/GSS),
never from AccountDesk's settings, and TLS is the URL's (`?sslmode=verify-full`).

The server keeps its own durability, integrity and backups: there are no pragmas, file
checks or backup copies here. The database itself must exist (its administrator makes it
and its owner); `create=True` (`accountdesk init`) makes the tables in an empty one, and
every other caller is refused a database without them, which is left as it was.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry

from accountdesk.domain import messages as m
from accountdesk.domain.errors import ServerDatabaseError
from accountdesk.storage import (
    migrations,
    search_index,  # noqa: F401 - keeps the index in step with saves
)
from accountdesk.storage.database import CHANGING, Database
from accountdesk.storage.notifications import STAFF_CHANGED, ChangeListener, CustomerChange
from accountdesk.storage.refusals import read_refusal
from accountdesk.storage.server_urls import (
    database_of,
    server_of,
    silence_limits,
    without_password,
)
from accountdesk.storage.write_locks import lock_for_writing

__all__ = ["PostgresDatabase", "connection_error"]

# A refusal tells the listeners at most this often (seconds).
RETELL_S = 5.0
# A statement that only reads: a refusal of any other is the administrator's to word.
_QUERY = re.compile(r"\s*(?:SELECT|WITH)\b", re.IGNORECASE)
# As long as SQLite's busy timeout: a save waits this long for another's lock, then says so.
LOCK_TIMEOUT_MS = 5000
CONNECT_TIMEOUT_S = 10


class PostgresDatabase(Database):
    def __init__(self, url: str, *, create: bool = False, migrate: bool = True, **_: Any) -> None:
        self.url = url
        self._start(_make_engine(url), without_password(url))
        self._listeners: list[ChangeListener] = []
        self._retold_at = -RETELL_S
        self._retelling = threading.Lock()
        event.listen(self.engine, "handle_error", self._in_one_line)
        try:
            with self.engine.connect() as connection:
                tables = set(inspect(connection).get_table_names())
                # A team member whose role was taken away may read nothing, not even the
                # schema's version: the window says so (their rights), this opens.
                without_role = "alembic_version" in tables and not connection.scalar(
                    text("SELECT has_table_privilege('alembic_version', 'SELECT')")
                )
            if "alembic_version" not in tables and not create:
                raise ServerDatabaseError(
                    m.SERVER_DATABASE_EMPTY if not tables else m.FOREIGN, path=self.location
                )
            if migrate and not without_role:
                migrations.upgrade(self.engine, self.location, before=self._before_write)
        except DBAPIError as exc:
            self.engine.dispose()
            raise connection_error(url, exc) from exc
        except BaseException:
            self.engine.dispose()
            raise

    def _begin_writing(self, session: Session, customers: Iterable[int] | None) -> None:
        # Saves of different customers do not wait for each other (storage.write_locks).
        lock_for_writing(session, customers)

    def listen(self, on_change: Callable[[CustomerChange], None]) -> ChangeListener:
        # The URL as given: libpq reads it (and its credentials) as for every connection.
        listener = ChangeListener(self.url, on_change).start()
        self._listeners = [*(kept for kept in self._listeners if kept.running), listener]
        return listener

    def close(self) -> None:
        self._listeners = []
        super().close()

    def _in_one_line(self, context: ExceptionContext) -> BaseException | None:
        """What the app can say in one line: the server lost (stopped, or the network gone)
        since the database was opened, and a refused query."""
        if not _server_lost(context):
            return self._refused_read(context)
        if context.is_disconnect and context.connection is not None:
            # An open connection broke, whatever libpq's words ("SSL SYSCALL error: EOF
            # detected"): out of reach, not a refusal of the login or the database.
            return unreachable(self.url, context.original_exception)
        return connection_error(self.url, context.original_exception)

    def _refused_read(self, context: ExceptionContext) -> BaseException | None:
        """A query refused outside a change of this database (whose refusal `transaction`
        words): said in one line, and the app told to read the person's rights again."""
        if CHANGING.get() is self or not _QUERY.match(context.statement or ""):
            return None  # a change's, or the schema's (a migration, `team init`)
        refused = read_refusal(context.original_exception)
        if refused is not None:
            self._refused()
        return refused

    def _refused(self) -> None:
        """The person's role was taken away (a REVOKE in psql announces nothing), or is
        not what the app last read: every listener hands over STAFF_CHANGED, for the app
        to read their rights again; at most once in RETELL_S, as what it reads then may
        be refused again."""
        with self._retelling:
            now = time.monotonic()
            retell = now - self._retold_at >= RETELL_S
            if retell:
                self._retold_at = now
        if retell:
            for listener in self._listeners:
                if listener.running:
                    listener.hand_over(STAFF_CHANGED)


def _server_lost(context: ExceptionContext) -> bool:
    """The connection broke, or no new one could be made; not the check of a pooled
    connection before use (a server restarted since: the pool reconnects quietly)."""
    if getattr(context, "is_pre_ping", False) or not isinstance(
        context.original_exception, Exception
    ):
        return False  # (also: Ctrl+C in a statement, which SQLAlchemy counts as a disconnect)
    return context.is_disconnect or (
        context.connection is None and isinstance(context.sqlalchemy_exception, OperationalError)
    )


def _make_engine(url: str) -> Engine:
    parsed = make_url(url)
    driver_url: URL = parsed.set(drivername="postgresql+psycopg")
    engine = create_engine(
        driver_url,
        pool_pre_ping=True,  # a server restarted since the last action: reconnect quietly
        connect_args={
            **silence_limits(url),
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "AccountDesk",
            # A statement run twice is prepared: a search's are planned once, not for
            # every query (storage.search_postgres._settle).
            "prepare_threshold": 1,
        },
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f"SET lock_timeout = {LOCK_TIMEOUT_MS}")
            cursor.execute("SET TIME ZONE 'UTC'")
            # The app's statements read a few rows by their keys or indexes; the planner's
            # cost of the branches a search never runs (a common word's every row) puts
            # some above jit_above_cost, and compiling them takes 30-40 ms, far longer
            # than running them.
            cursor.execute("SET jit = off")
        dbapi_connection.commit()

    return engine


_FOR_USER = re.compile(r'for user "([^"]*)"')


def connection_error(url: str, exc: BaseException) -> ServerDatabaseError:
    """What a failure to connect means, in one line: the server cannot be reached, it
    refused the login, or the database is not there."""
    detail = str(getattr(exc, "orig", exc))
    server = server_of(url)
    lowered = detail.lower()
    if (
        "authentication failed" in lowered
        or "no password supplied" in lowered
        or ("role" in lowered and "does not exist" in lowered)
        or "gssapi" in lowered
        or "pg_hba.conf" in lowered
    ):
        user = _FOR_USER.search(detail)
        name = user.group(1) if user else (make_url(url).username or "")
        return ServerDatabaseError(m.SERVER_LOGIN_REFUSED, server=server, user=name)
    if "database" in lowered and "does not exist" in lowered:
        return ServerDatabaseError(m.SERVER_NO_DATABASE, server=server, database=database_of(url))
    if "connection" in lowered or "resolve host" in lowered or "timeout" in lowered:
        return unreachable(url, exc)
    return ServerDatabaseError(m.CANNOT_USE, path=without_password(url), detail=detail)


def unreachable(url: str, exc: BaseException) -> ServerDatabaseError:
    """The server cannot be reached, with libpq's reason."""
    detail = str(getattr(exc, "orig", exc))
    return ServerDatabaseError(m.SERVER_UNREACHABLE, server=server_of(url), reason=_reason(detail))


def _reason(detail: str) -> str:
    """libpq's own words, without its preamble: 'Connection refused'."""
    first = detail.strip().splitlines()[0] if detail.strip() else detail
    return first.rsplit("failed: ", 1)[-1].strip()
