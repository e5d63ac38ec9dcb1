"""Damaging a database file the way a failing disk does, for the tests that refuse it."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def damage(path: Path) -> None:
    """Pages of data in the middle overwritten; the header and the schema intact (so the
    file still opens, and reads answer where they can)."""
    with sqlite3.connect(path) as connection:
        schema = {
            row[0]
            for row in connection.execute("SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'")
        }
    size = path.stat().st_size
    page = (size // 2) // 4096 + 1  # numbered from 1
    while page in schema or page + 1 in schema:
        page += 2
    with path.open("r+b") as f:
        f.seek((page - 1) * 4096)
        f.write(b"\x5a" * 8192)
