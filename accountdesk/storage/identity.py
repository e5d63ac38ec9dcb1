"""What makes a database file ours, and the schema it must have to be read as it is.

Plain values, so the read-only reader can check a file with `sqlite3` alone.
"""

from __future__ import annotations

from pathlib import Path

# Written into the SQLite header so a file made by another program is recognised as such.
APPLICATION_ID = 0x41444B31  # "ADK1"

# The newest revision in migrations/versions, whose files are named by their revisions
# (a test keeps it equal to Alembic's head): a new migration needs no change here.
SCHEMA_HEAD = max(
    path.name[:4]
    for path in (Path(__file__).parent / "migrations" / "versions").glob(
        "[0-9][0-9][0-9][0-9]_*.py"
    )
)
