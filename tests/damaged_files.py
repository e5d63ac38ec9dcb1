"""A database damaged where an integrity check finds it but opening does not look.

Two pages in the middle of the search index's data are overwritten: the header, the
schema and the service file's own tables stay readable, as after a bad sector.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def damage(path: Path, table: str = "search_index_data") -> None:
    """Overwrite two of `table`'s pages (the schema's own is `sqlite_schema`)."""
    with sqlite3.connect(path) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = [
            number
            for (number,) in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pageno > 1 ORDER BY pageno", (table,)
            )
        ]
    connection.close()
    assert len(pages) >= 2, f"{table} is too small to damage"
    middle = len(pages) // 2
    with path.open("r+b") as f:
        for number in pages[middle - 1 : middle + 1]:
            f.seek((number - 1) * page_size)
            f.write(b"\x5a" * page_size)
