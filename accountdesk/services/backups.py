"""Backups as the app offers them: which there are (when, how many customers), and
putting one back. The copying and checking is storage's (`accountdesk.storage.backups`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from accountdesk.storage.backups import (
    BackupPolicy,
    backups_of,
    customers_in,
    make_backup,
    read_backup,
    restore,
)

__all__ = ["BackupEntry", "BackupPolicy", "backup_now", "list_backups", "restore_backup"]


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    taken_at: dt.datetime  # UTC
    customers: int | None  # None: the file cannot be read


def list_backups(database: Path, policy: BackupPolicy) -> list[BackupEntry]:
    """The database's backups in its backup folder, newest first."""
    return [
        BackupEntry(backup.path, backup.taken_at, customers_in(backup.path))
        for backup in backups_of(database, policy.folder)
    ]


def backup_now(database: Path, policy: BackupPolicy) -> Path:
    return make_backup(database, policy)


def restore_backup(backup: Path, database: Path, policy: BackupPolicy) -> Path | None:
    """Check the backup fully, then put it in place of the database (whose connections
    the caller has closed); the safety copy of the replaced file."""
    read_backup(backup)
    return restore(backup, database, policy)
