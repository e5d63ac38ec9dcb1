"""What makes a database file ours, and the schema it must have to be read as it is.

Plain constants, so the read-only reader can check a file with `sqlite3` alone.
"""

from __future__ import annotations

# Written into the SQLite header so a file made by another program is recognised as such.
APPLICATION_ID = 0x41444B31  # "ADK1"

# The newest revision in migrations/versions (a test keeps it equal to Alembic's head).
SCHEMA_HEAD = "0007"
