"""A database file as a file: is it ours, may it be written, how to open it for reading.

Plain `sqlite3` and the file's header, so a check never changes a byte of a file that
turns out not to be ours.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from accountdesk.domain import messages as m
from accountdesk.domain.errors import DatabaseError
from accountdesk.storage.identity import APPLICATION_ID

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
APPLICATION_ID_OFFSET = 68


def check_is_ours(path: Path) -> None:
    """Refuse a missing, empty or foreign file, reading its header only."""
    if path.is_dir():
        raise DatabaseError(m.A_FOLDER, path=str(path))
    try:
        with open(path, "rb") as file:
            header = file.read(HEADER_SIZE)
    except FileNotFoundError as exc:
        raise DatabaseError(m.DOES_NOT_EXIST, path=str(path)) from exc
    except OSError as exc:
        raise DatabaseError(
            m.CANNOT_OPEN_BECAUSE, path=str(path), reason=(exc.strerror or str(exc)).lower()
        ) from exc
    if not header:
        raise DatabaseError(m.EMPTY_FILE, path=str(path))
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise DatabaseError(m.DAMAGED_OR_FOREIGN, path=str(path))
    offset = APPLICATION_ID_OFFSET
    if int.from_bytes(header[offset : offset + 4], "big") != APPLICATION_ID:
        raise DatabaseError(m.FOREIGN, path=str(path))


def read_only_reason(path: Path) -> str | None:
    """Why changes to `path` cannot be saved, or None when they can.

    The folder counts too: a database in write-ahead-log mode writes files beside itself.
    """
    if not os.access(path.parent, os.W_OK):
        return "its folder is read-only"
    if path.exists() and not os.access(path, os.W_OK):
        return "the file is read-only"
    return None


def reading_uri(path: Path, *, immutable_if_possible: bool = False) -> str:
    """An SQLite URI that opens `path` for reading only.

    With `immutable_if_possible` (a file in a folder we may not write to) and no
    write-ahead log waiting beside it, the file is opened as immutable: SQLite then needs
    no -shm file, which it could not create there.
    """
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    if immutable_if_possible and not _has_pending_log(path):
        uri += "&immutable=1"
    return uri


def connect_for_reading(path: Path, *, timeout: float = 5.0) -> sqlite3.Connection:
    immutable = read_only_reason(path) is not None
    return sqlite3.connect(
        reading_uri(path, immutable_if_possible=immutable), uri=True, timeout=timeout
    )


def integrity_problem(connection: sqlite3.Connection) -> str | None:
    """SQLite's quick check: None when the file is sound, else its first complaint.

    A file that cannot be read right now (locked, interrupted) raises OperationalError:
    that says nothing about damage.
    """
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows == [("ok",)]:
        return None
    return str(rows[0][0]) if rows else "no answer from the integrity check"


def _has_pending_log(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False
