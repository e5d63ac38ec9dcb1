"""Opening a database file from the app, with the backup folder and number of backups the
user chose for it, and its integrity checked in the background while they read."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from accountdesk.services.backups import BackupPolicy
from accountdesk.ui.settings import Settings

if TYPE_CHECKING:
    from accountdesk.storage.database import Database
    from accountdesk.storage.plain_reader import ListReader
    from accountdesk.storage.sqlite_database import SqliteDatabase


def backup_policy(settings: Settings | None, path: Path) -> BackupPolicy:
    if settings is None:
        return BackupPolicy.for_database(path)
    return BackupPolicy.for_database(
        path, folder=settings.backup_folder(path), keep=settings.backups_kept()
    )


def open_database_file(
    path: Path,
    settings: Settings | None,
    *,
    create: bool = False,
    check: bool = True,
    backup_later: bool = False,
) -> SqliteDatabase:
    """Raises DatabaseError, for the caller to explain. Only New database passes `create`;
    the app's start passes `check=False` and starts the integrity check once its window
    is up, so that the check does not compete with the first paint. A window already
    shown passes `backup_later` and makes the daily backup due in a worker thread
    (`MainWindow.start_daily_backup`), so that it does not freeze while the file is copied."""
    from accountdesk.storage.sqlite_database import SqliteDatabase

    db = SqliteDatabase(
        path,
        create=create,
        backups=backup_policy(settings, path),
        daily_backup_later=backup_later,
    )
    if check:
        db.start_integrity_check()
    return db


@dataclass(frozen=True)
class QuickStart:
    """A current file of ours the first window lists from `reader` (plain sqlite3),
    opened with `Database` once the window is painted (`open`): importing SQLAlchemy and
    mapping the tables would otherwise come before the first paint."""

    path: Path
    reader: ListReader
    settings: Settings | None

    def open(self) -> SqliteDatabase:
        return open_database_file(self.path, self.settings, backup_later=True)


def quick_start(path: Path, settings: Settings | None) -> QuickStart | None:
    """How to start on `path` at once, or None when it is not certain that opening it
    will simply open it (a missing, foreign, older or newer, read-only, damaged or
    locked file): then it is opened before the window, as any other."""
    from accountdesk.services.customer_list import list_reader

    reader = list_reader(path)
    return QuickStart(path, reader, settings) if reader is not None else None


def close_database(db: Database) -> None:
    """Close, making the backup due at close; a backup that could not be made is said on
    standard error, the one place left once the window is gone."""
    db.close()
    for problem in db.problems:
        print(f"accountdesk: warning: no backup was made: {problem}", file=sys.stderr)


def database_file(db: Database) -> SqliteDatabase:
    """The open database as the file it is: backups and restoring are a file's."""
    from accountdesk.storage.sqlite_database import SqliteDatabase

    assert isinstance(db, SqliteDatabase), "a team database has no file backups"
    return db
