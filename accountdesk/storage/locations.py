"""Where AccountDesk keeps its files on this computer (platform conventions)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "AccountDesk"
DATABASE_FILE = "accountdesk.sqlite3"
DEMO_DATABASE_FILE = "demo.sqlite3"


def default_database_path() -> Path:
    """The user's own database, in the user data directory."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_NAME)) / DATABASE_FILE


def demo_database_path() -> Path:
    """The demo's own database: in the cache, never the user's data."""
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_NAME)) / DEMO_DATABASE_FILE
