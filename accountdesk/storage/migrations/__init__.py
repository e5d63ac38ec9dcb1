"""Schema migrations (Alembic), run automatically when a database is opened.

An older database is copied beside itself, then upgraded; a database whose schema is newer
than this version of the application is refused untouched.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from accountdesk.domain.errors import DatabaseError

_HERE = Path(__file__).parent


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(_HERE))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, path: Path) -> Path | None:
    """Bring the database to the head revision; return the backup made, if any."""
    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(engine)
    head = script.get_current_head()
    if current == head:
        return None
    if current is not None and _is_unknown(script, current):
        raise DatabaseError(
            f"{path} was written by a newer version of AccountDesk; "
            "update the application to open it"
        )
    backup = None
    if current is not None:
        from accountdesk.storage.database import backup_copy

        backup = backup_copy(path)
    command.upgrade(alembic_config(engine), "head")
    return backup


def _is_unknown(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is None
    except Exception:  # alembic raises several kinds for an unknown id
        return True
