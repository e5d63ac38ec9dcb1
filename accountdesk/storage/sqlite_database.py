"""A local SQLite file: pragmas, migrations, backups, and refusal of foreign files.

One `SqliteDatabase` per file (what `Database(path)` gives; see `storage.database`).

Only a creating caller (`create=True`: `accountdesk demo`, New database in the app) makes
a file; every other caller gets a DatabaseError for a missing, empty or foreign file,
which is left byte for byte as it was. The first write after opening is preceded by an
integrity check; a damaged file is never written to. A file that cannot be written (or
sits in a folder that cannot: write-ahead logging needs files beside it) is opened for
reading only.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError as SqlDatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry

from accountdesk.domain import messages as m
from accountdesk.domain.errors import DamagedDatabaseError, DatabaseError, DatabaseLockedError
from accountdesk.storage import (
    migrations,
    search_index,  # noqa: F401 - keeps the index in step with saves
)
from accountdesk.storage.backups import (
    BackupPolicy,
    backup_is_due,
    make_backup,
    migration_copy,
    newest_backup,
)
from accountdesk.storage.database import Database, is_locked
from accountdesk.storage.files import (
    check_is_ours,
    connect_for_reading,
    integrity_problem,
    read_only_reason,
    reading_uri,
)
from accountdesk.storage.identity import APPLICATION_ID, SCHEMA_HEAD
from accountdesk.storage.locations import (
    create_private_file,
    default_database_path,
    make_private_file,
    make_private_folder,
)

__all__ = ["BackupPolicy", "SqliteDatabase"]

BUSY_TIMEOUT_MS = 5000


class SqliteDatabase(Database):
    def __init__(
        self,
        path: Path | str,
        *,
        create: bool = False,
        migrate: bool = True,
        backups: BackupPolicy | None = None,
        daily_backup_later: bool = False,
    ) -> None:
        """`daily_backup_later`: the backup due on opening is left to `make_daily_backup`
        (the app makes it in a worker thread, so its window does not wait for the copy)."""
        self.path = Path(path)
        self.backups = backups or BackupPolicy.for_database(self.path)
        # Held while a backup is written: closing waits for the daily one under way.
        self._backing_up = threading.Lock()
        self._daily_pending = False
        self._sound = False
        self._in_wal = False
        self._check: _IntegrityCheck | None = None
        created = create and _create_if_missing(self.path)
        check_is_ours(self.path)
        self.read_only_reason = read_only_reason(self.path)
        engine = _make_engine(self.path, read_only=self.read_only_reason is not None)
        self._start(engine, str(self.path))
        try:
            if migrate:
                self.backup_path = migrations.upgrade(
                    self.engine,
                    self.location,
                    before=self._before_write,
                    keep_copy=lambda: migration_copy(self.path, SCHEMA_HEAD),
                )
        except (SqlDatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
            self.engine.dispose()
            if _is_damage(exc):  # the header is ours (checked above): its pages are damaged
                newest = newest_backup(self.path, self.backups.folder)
                raise DamagedDatabaseError(self.path, newest.path if newest else None) from exc
            raise database_error(str(self.path), exc) from exc
        except Exception:
            self.engine.dispose()
            raise
        if self.read_only_reason is None:
            _keep_private(self.path)
            if not created and daily_backup_later:
                self._daily_pending = self._daily_due()
            elif not created:
                self._daily_backup()

    def _begin_writing(self, session: Session, customers: Iterable[int] | None) -> None:
        # One writer at a time whatever it changes. BEGIN IMMEDIATE: the write lock at the start (busy timeout while another writes).
        session.connection(execution_options={"immediate": True})

    def start_integrity_check(self) -> None:
        """Check the file in the background now, so the first save need not wait for it
        (the app calls this once its window is up)."""
        if self._check is None and not self._sound and not self.read_only:
            self._check = _IntegrityCheck(self.path)

    def backup_now(self) -> Path:
        """A backup in the backup folder, checked; its path."""
        return make_backup(self.path, self.backups)

    @property
    def daily_backup_pending(self) -> bool:
        """Is the backup due on opening left to `make_daily_backup`, and not made yet?"""
        return self._daily_pending

    def make_daily_backup(self) -> list[str]:
        """The backup due on opening, made now, in whichever thread calls: the problems
        it met (also kept in `problems`); nothing when it was made already, or by close."""
        with self._backing_up:
            if not self._daily_pending:
                return []
            self._daily_pending = False
            before = len(self.problems)
            self._backup_quietly()
            return self.problems[before:]

    def close(self) -> None:
        """Close; a database changed since it was opened, or whose daily backup is still
        due, is backed up (a daily backup under way is waited for). Closing twice is
        closing once."""
        if self._check is not None:
            self._check.cancel()
        with self._backing_up:
            self.engine.dispose()
            if (self._written or self._daily_pending) and self.backups.automatic:
                self._backup_quietly()
            self._written = self._daily_pending = False

    # ------------------------------------------------------------ before writing

    def _before_write(self) -> None:
        super()._before_write()
        if not self._sound:
            check, self._check = self._check or _IntegrityCheck(self.path), None
            if check.problem() is not None:
                newest = newest_backup(self.path, self.backups.folder)
                raise DamagedDatabaseError(self.path, newest.path if newest else None)
            self._sound = True
        if not self._in_wal:
            _use_write_ahead_log(self.engine)
            self._in_wal = True

    # ------------------------------------------------------------ backups

    def _daily_due(self) -> bool:
        return self.backups.automatic and backup_is_due(self.path, self.backups)

    def _daily_backup(self) -> None:
        if self._daily_due():
            self._backup_quietly()

    def _backup_quietly(self) -> None:
        try:
            make_backup(self.path, self.backups)
        except DatabaseError as exc:
            self.problems.append(str(exc))


class _IntegrityCheck:
    """SQLite's quick check on a connection of its own, in a thread of its own."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._connection: sqlite3.Connection | None = None
        self._result: str | None = None
        self._failure: sqlite3.OperationalError | None = None
        self._thread = threading.Thread(target=self._run, name="integrity check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            with closing(connect_for_reading(self._path)) as connection:
                self._connection = connection
                self._result = integrity_problem(connection)
        except sqlite3.OperationalError as exc:
            self._failure = exc
        except sqlite3.Error as exc:
            self._result = str(exc)
        finally:
            self._connection = None

    def problem(self) -> str | None:
        """The file's first fault, or None when it is sound; DatabaseError when it could
        not be checked (locked by another program, say)."""
        self._thread.join()
        if self._failure is not None:
            raise database_error(str(self._path), self._failure)
        return self._result

    def cancel(self) -> None:
        connection = self._connection
        if connection is not None:
            with contextlib.suppress(sqlite3.Error):
                connection.interrupt()
        self._thread.join()


def _create_if_missing(path: Path) -> bool:
    """Make a new database at `path` when there is none (or only an empty file there).

    The file is built under another name and moved into place whole, so a file at
    `path` is always a complete AccountDesk database.
    """
    if path.is_dir():
        raise DatabaseError(m.A_FOLDER, path=str(path))
    if path.exists() and path.stat().st_size > 0:
        return False
    folder = path.parent
    try:
        make_private_folder(folder)
    except OSError as exc:
        raise DatabaseError(
            m.CANNOT_CREATE_IN, folder=str(folder), reason=(exc.strerror or str(exc)).lower()
        ) from exc
    if not os.access(folder, os.W_OK):
        raise DatabaseError(m.FOLDER_READ_ONLY, folder=str(folder))
    partial = path.with_name(f".{path.name}.creating")
    try:
        create_private_file(partial)
        engine = _make_engine(partial, read_only=False)
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                connection.commit()
            _use_write_ahead_log(engine)
            migrations.upgrade(engine, str(partial))
        finally:
            engine.dispose()
        os.replace(partial, path)
    except OSError as exc:
        raise DatabaseError(
            m.CANNOT_CREATE_IN, folder=str(folder), reason=(exc.strerror or str(exc)).lower()
        ) from exc
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
    return True


def _keep_private(path: Path) -> None:
    """The database and the files SQLite keeps beside it: owner only. The user's default
    data folder too, which older versions made readable by everyone."""
    for suffix in ("", "-wal", "-shm"):
        file = Path(f"{path}{suffix}")
        if file.exists():
            make_private_file(file)
    if path.parent == default_database_path().parent:
        with contextlib.suppress(OSError):
            os.chmod(path.parent, 0o700)


def _make_engine(path: Path, *, read_only: bool) -> Engine:
    if read_only:
        url = URL.create(
            "sqlite",
            database=reading_uri(path, immutable_if_possible=True),
            query={"uri": "true"},
        )
    else:
        url = URL.create("sqlite", database=str(path))
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # FULL: a commit is on disk before the save is reported, so a power cut loses at
        # most the edit in progress (NORMAL in WAL mode can lose the last commits).
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get("immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _use_write_ahead_log(engine: Engine) -> None:
    """WAL lets readers go on while a save is written; the mode is kept in the file."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()  # outside any transaction: the driver's own, not SQLAlchemy's
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()
    finally:
        raw.close()


def _is_damage(exc: BaseException) -> bool:
    detail = str(getattr(exc, "orig", exc))
    return "malformed" in detail or "file is not a database" in detail


def database_error(path: str, exc: Exception) -> DatabaseError:
    """What an SQLite failure means for the user, as the error to raise."""
    detail = str(getattr(exc, "orig", exc))
    if is_locked(exc):
        return DatabaseLockedError(path)
    if "file is not a database" in detail or "malformed" in detail:
        return DatabaseError(m.DAMAGED_OR_FOREIGN, path=path)
    if "readonly" in detail or "read-only" in detail:
        return DatabaseError(m.READ_ONLY, path=path)
    if "unable to open" in detail:
        return DatabaseError(m.CANNOT_OPEN, path=path)
    return DatabaseError(m.CANNOT_USE, path=path, detail=detail)
