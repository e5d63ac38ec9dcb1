"""Where AccountDesk keeps its files on this computer (platform conventions), and keeping
them private: the files hold names, phone numbers and signed documents."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

import platformdirs

APP_NAME = "AccountDesk"
DATABASE_FILE = "accountdesk.sqlite3"
DEMO_DATABASE_FILE = "demo.sqlite3"
BACKUP_FOLDER = "backups"

# The command line's way to send backups elsewhere (a synced or network folder); the app
# keeps its own choice per database in its settings.
BACKUP_DIR_ENV = "ACCOUNTDESK_BACKUP_DIR"
BACKUPS_KEPT_ENV = "ACCOUNTDESK_BACKUPS_KEPT"
DEFAULT_BACKUPS_KEPT = 10

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def default_database_path() -> Path:
    """The user's own database, in the user data directory."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_NAME)) / DATABASE_FILE


def demo_database_path() -> Path:
    """The demo's own database: in the cache, never the user's data."""
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_NAME)) / DEMO_DATABASE_FILE


def default_backup_folder(database: Path) -> Path:
    """Backups of `database` unless told otherwise: a `backups` folder beside it."""
    return database.parent / BACKUP_FOLDER


def backup_folder_from_environment() -> Path | None:
    value = os.environ.get(BACKUP_DIR_ENV, "").strip()
    return Path(value).expanduser() if value else None


def backups_kept_from_environment() -> int | None:
    value = os.environ.get(BACKUPS_KEPT_ENV, "").strip()
    if not value:
        return None
    try:
        kept = int(value)
    except ValueError:
        return None
    return kept if kept > 0 else None


def make_private_folder(folder: Path) -> None:
    """Create `folder` (and missing parents) readable by its owner only, whatever the umask.

    Folders that already exist are left as they are: they may be shared on purpose.
    """
    missing = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for each in reversed(missing):
        with contextlib.suppress(FileExistsError):
            each.mkdir(mode=PRIVATE_FOLDER)
        os.chmod(each, PRIVATE_FOLDER)
    if not folder.is_dir():  # a file where the folder should be: said as the OS says it
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))


def make_private_file(path: Path) -> None:
    """Readable and writable by its owner only (the umask may have allowed more)."""
    with contextlib.suppress(OSError):  # a file on a share that ignores modes stays usable
        os.chmod(path, PRIVATE_FILE)


def create_private_file(path: Path) -> None:
    """An empty file that is private from its first byte."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    os.close(descriptor)
    make_private_file(path)
