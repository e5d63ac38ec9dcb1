"""Backups a user can count on: whole copies made with SQLite's online backup API.

A rolling set is kept per database in its backup folder (by default `backups/` beside
the database; a synced or network folder works, as backups are plain single files in
rollback-journal mode). Each copy is checked once written; one that fails is removed and
reported, never counted as a backup. Names carry the moment in UTC:
`accountdesk.backup-20261206T024500Z.sqlite3`.

Before a schema upgrade one copy per schema version is written beside the database
(`accountdesk.before-schema-0003.sqlite3`); before a restore, a safety copy of the file
being replaced goes into the backup folder (`accountdesk.before-restore-….sqlite3`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from accountdesk.domain import messages as m
from accountdesk.domain.errors import DatabaseError
from accountdesk.storage.files import (
    check_is_ours,
    connect_for_reading,
    integrity_problem,
    read_only_reason,
    reading_uri,
)
from accountdesk.storage.locations import (
    DEFAULT_BACKUPS_KEPT,
    backup_folder_from_environment,
    backups_kept_from_environment,
    create_private_file,
    default_backup_folder,
    make_private_file,
    make_private_folder,
)

DAY = dt.timedelta(days=1)
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_BACKUP_NAME = re.compile(
    r"^(?P<stem>.+)\.backup-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<counter>\d+))?\.sqlite3$"
)


@dataclass(frozen=True)
class BackupPolicy:
    """Where a database's backups go, how many are kept, and whether they are made at
    close and daily without being asked."""

    folder: Path
    keep: int = DEFAULT_BACKUPS_KEPT
    automatic: bool = True

    @classmethod
    def for_database(
        cls, database: Path, folder: Path | None = None, keep: int | None = None
    ) -> BackupPolicy:
        """The folder given, else $ACCOUNTDESK_BACKUP_DIR, else `backups/` beside it."""
        return cls(
            folder=folder or backup_folder_from_environment() or default_backup_folder(database),
            keep=keep or backups_kept_from_environment() or DEFAULT_BACKUPS_KEPT,
        )


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: dt.datetime  # UTC


@dataclass(frozen=True)
class BackupContents:
    """What a good backup holds, for choosing one to restore."""

    schema: str
    customers: int


def backups_of(database: Path, folder: Path) -> list[Backup]:
    """The database's rolling backups in `folder`, newest first."""
    try:
        names = [entry.name for entry in os.scandir(folder) if entry.is_file()]
    except OSError:
        return []
    found = []
    for name in names:
        match = _BACKUP_NAME.match(name)
        if match is None or match["stem"] != database.stem:
            continue
        taken = dt.datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=dt.UTC)
        found.append((taken, int(match["counter"] or 0), Backup(folder / name, taken)))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [backup for _taken, _counter, backup in found]


def newest_backup(database: Path, folder: Path) -> Backup | None:
    backups = backups_of(database, folder)
    return backups[0] if backups else None


def backup_is_due(database: Path, policy: BackupPolicy, now: dt.datetime | None = None) -> bool:
    """No backup yet, or the newest is more than a day old."""
    newest = newest_backup(database, policy.folder)
    moment = now or dt.datetime.now(dt.UTC)
    return newest is None or moment - newest.taken_at >= DAY


def make_backup(database: Path, policy: BackupPolicy, now: dt.datetime | None = None) -> Path:
    """Copy the database into the backup folder, check the copy, drop the oldest beyond
    `policy.keep`; the path of the new backup. Raises DatabaseError when it cannot."""
    check_is_ours(database)
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    try:
        make_private_folder(policy.folder)
    except OSError as exc:
        raise DatabaseError(
            m.CANNOT_BACK_UP_IN,
            folder=str(policy.folder),
            reason=(exc.strerror or str(exc)).lower(),
        ) from exc
    target = _free_name(database, policy.folder, moment)
    write_checked_copy(database, target)
    for old in backups_of(database, policy.folder)[policy.keep :]:
        old.path.unlink(missing_ok=True)
    return target


def write_checked_copy(source: Path, target: Path) -> None:
    """A whole, private, checked copy of `source` at `target`, or nothing at `target`."""
    partial = target.with_name(f".{target.name}.partial")
    try:
        create_private_file(partial)
        with closing(_connect_source(source)) as src, closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
            # One self-contained file, fit for a synced or network folder.
            dst.execute("PRAGMA journal_mode = DELETE")
        problem = _problem_of(partial)
        if problem is not None:
            raise DatabaseError(m.COPY_FAILED_CHECK, path=str(source), detail=problem)
        os.replace(partial, target)
    except OSError as exc:
        raise DatabaseError(
            m.CANNOT_WRITE, path=str(target), reason=(exc.strerror or str(exc)).lower()
        ) from exc
    except sqlite3.Error as exc:
        raise DatabaseError(
            m.CANNOT_COPY, path=str(source), target=str(target), detail=str(exc)
        ) from exc
    finally:
        for leftover in (partial, Path(f"{partial}-journal")):
            leftover.unlink(missing_ok=True)


def read_backup(path: Path) -> BackupContents:
    """What a good AccountDesk backup holds; DatabaseError for any other file."""
    try:
        check_is_ours(path)
    except DatabaseError as exc:
        raise DatabaseError(m.NOT_A_BACKUP, path=str(path)) from exc
    try:
        with closing(sqlite3.connect(reading_uri(path), uri=True)) as connection:
            problem = integrity_problem(connection)
            if problem is not None:
                raise DatabaseError(m.NOT_A_GOOD_BACKUP, path=str(path), detail=problem)
            (schema,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            (customers,) = connection.execute("SELECT count(*) FROM customers").fetchone()
    except sqlite3.Error as exc:
        raise DatabaseError(m.NOT_A_GOOD_BACKUP, path=str(path), detail=str(exc)) from exc
    return BackupContents(schema=str(schema), customers=int(customers))


def customers_in(path: Path) -> int | None:
    """How many customers a backup holds, read quickly (no integrity check); None when it
    cannot be read."""
    try:
        with closing(sqlite3.connect(reading_uri(path), uri=True)) as connection:
            (customers,) = connection.execute("SELECT count(*) FROM customers").fetchone()
    except sqlite3.Error:
        return None
    return int(customers)


def restore(backup: Path, database: Path, policy: BackupPolicy) -> Path | None:
    """Put the backup's contents in place of the database; the safety copy made of the
    database first (None when there was no file to keep). Nothing changes when the
    backup is not a good AccountDesk backup of a schema this version reads.

    The caller closes its own connections to the database first.
    """
    from accountdesk.storage import migrations

    contents = read_backup(backup)
    if not migrations.is_known(contents.schema):
        raise DatabaseError(m.TOO_NEW_TO_RESTORE, path=str(backup))
    safety = None
    if database.exists():
        check_is_ours(database)
        safety = _safety_copy(database, policy)
    else:
        make_private_folder(database.parent)
        create_private_file(database)
    try:
        with (
            closing(sqlite3.connect(reading_uri(backup), uri=True)) as src,
            closing(sqlite3.connect(database, timeout=5.0)) as dst,
        ):
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = WAL")
    except sqlite3.DatabaseError:
        # The database is too damaged to be written through SQLite: replace the file.
        _replace_file(backup, database)
    make_private_file(database)
    return safety


def migration_copy(database: Path, next_schema: str) -> Path:
    """The copy written before upgrading to `next_schema`: one per schema version, so a
    second attempt replaces the first rather than piling up."""
    target = database.with_name(f"{database.stem}.before-schema-{next_schema}.sqlite3")
    write_checked_copy(database, target)
    return target


def _free_name(database: Path, folder: Path, moment: dt.datetime) -> Path:
    stamp = moment.strftime(STAMP_FORMAT)
    target = folder / f"{database.stem}.backup-{stamp}.sqlite3"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{database.stem}.backup-{stamp}-{counter}.sqlite3"
    return target


def _safety_copy(database: Path, policy: BackupPolicy) -> Path:
    make_private_folder(policy.folder)
    stamp = dt.datetime.now(dt.UTC).strftime(STAMP_FORMAT)
    target = policy.folder / f"{database.stem}.before-restore-{stamp}.sqlite3"
    try:
        write_checked_copy(database, target)
    except DatabaseError:
        # A damaged file is kept as it is: its bytes may still matter to someone.
        for suffix in ("", "-wal"):
            source = Path(f"{database}{suffix}")
            if source.exists():
                copy = Path(f"{target}{suffix}")
                shutil.copyfile(source, copy)
                make_private_file(copy)
    return target


def _replace_file(backup: Path, database: Path) -> None:
    fresh = database.with_name(f".{database.name}.restoring")
    write_checked_copy(backup, fresh)
    with closing(sqlite3.connect(fresh)) as connection:
        connection.execute("PRAGMA journal_mode = WAL")
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{database}{suffix}").unlink()
    os.replace(fresh, database)


def _connect_source(path: Path) -> sqlite3.Connection:
    # A read-only connection could not tidy away the -wal and -shm files it opens, so a
    # file that may be written is read through an ordinary one (which changes nothing).
    if read_only_reason(path) is None:
        return sqlite3.connect(path, timeout=5.0)
    return connect_for_reading(path)


def _problem_of(path: Path) -> str | None:
    try:
        with closing(sqlite3.connect(reading_uri(path), uri=True)) as connection:
            return integrity_problem(connection)
    except sqlite3.Error as exc:
        return str(exc)
