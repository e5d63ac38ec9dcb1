"""Opening the SQLite database: pragmas, migrations, backups, and refusal of foreign files.

One `Database` per file. Sessions come from `database.session()`; a use-case wraps its work
in `with database.transaction() as session:` so one user action is one transaction.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError as SqlDatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from accountdesk.domain.errors import DatabaseError, DatabaseLockedError
from accountdesk.storage import (
    migrations,
    search_index,  # noqa: F401 - keeps the index in step with saves
)
from accountdesk.storage.identity import APPLICATION_ID

BUSY_TIMEOUT_MS = 5000


class Database:
    def __init__(self, path: Path | str, *, create: bool = True, migrate: bool = True) -> None:
        self.path = Path(path)
        self.backup_path: Path | None = None
        _check_location(self.path, create)
        self.engine = _make_engine(self.path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        try:
            _check_is_ours(self.engine)
            _use_write_ahead_log(self.engine)
            if migrate:
                self.backup_path = migrations.upgrade(self.engine, self.path)
        except (SqlDatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
            self.engine.dispose()
            raise database_error(str(self.path), exc) from exc
        except Exception:
            self.engine.dispose()
            raise

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: everything in the block is saved together, or nothing is."""
        with self._sessions() as session:
            # Take the write lock at the start, so a concurrent writer makes us wait
            # (busy timeout) instead of failing half-way through the action.
            try:
                session.connection(execution_options={"immediate": True})
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                if is_locked(exc):  # waited the busy timeout: say so in the one wording
                    raise DatabaseLockedError(str(self.path)) from exc
                raise
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


def _check_location(path: Path, create: bool) -> None:
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file")
    if not path.exists():
        if not create:
            raise DatabaseError(f"{path} does not exist")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(
                f"cannot create a database in {path.parent}: {exc.strerror}"
            ) from exc
        if not _writable_dir(path.parent):
            raise DatabaseError(f"cannot create a database in {path.parent}: it is read-only")


def _writable_dir(folder: Path) -> bool:
    import os

    return os.access(folder, os.W_OK)


def _make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        immediate = connection.get_execution_options().get("immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _check_is_ours(engine: Engine) -> None:
    """Refuse a file another program made, or one that is damaged."""
    try:
        with engine.connect() as connection:
            app_id = connection.exec_driver_sql("PRAGMA application_id").scalar()
            tables = connection.execute(
                text("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
            ).scalar()
            if app_id == 0 and tables == 0:
                connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                connection.commit()
            elif app_id != APPLICATION_ID:
                raise DatabaseError(f"{engine.url.database} is not an AccountDesk database")
            connection.rollback()
    except (SqlDatabaseError, OperationalError) as exc:
        raise database_error(str(engine.url.database), exc) from exc


def _use_write_ahead_log(engine: Engine) -> None:
    """WAL lets readers go on while a save is written; the mode is kept in the file.

    Set only once the file is known to be ours, so a foreign file is left byte for byte.
    """
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA journal_mode = WAL")  # outside any transaction
    finally:
        raw.close()


def database_error(path: str, exc: Exception) -> DatabaseError:
    """What an SQLite failure means for the user, as the error to raise."""
    detail = str(getattr(exc, "orig", exc))
    if is_locked(exc):
        return DatabaseLockedError(path)
    if "file is not a database" in detail or "malformed" in detail:
        return DatabaseError(f"{path} is damaged or is not an AccountDesk database")
    if "readonly" in detail or "read-only" in detail:
        return DatabaseError(f"{path} is read-only")
    if "unable to open" in detail:
        return DatabaseError(f"cannot open {path}")
    return DatabaseError(f"cannot use {path}: {detail}")


def is_locked(exc: BaseException) -> bool:
    """SQLite gave up waiting for another connection's lock ("database is locked",
    "database table is locked")."""
    original = getattr(exc, "orig", exc)
    return isinstance(original, sqlite3.OperationalError) and "locked" in str(original)


def backup_copy(source: Path) -> Path:
    """Copy the database (and its WAL) beside itself before a migration touches it."""
    target = source.with_name(f"{source.name}.bak")
    counter = 1
    while target.exists():
        counter += 1
        target = source.with_name(f"{source.name}.bak{counter}")
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def copy_file(source: Path, target: Path) -> None:
    shutil.copy2(source, target)
