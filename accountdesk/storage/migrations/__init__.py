"""Schema migrations (Alembic), run automatically when a database is opened.

An older SQLite file is copied beside itself (one copy per schema version, named for the
version it was about to become), then upgraded; on PostgreSQL the whole upgrade is one
transaction (its DDL is transactional), so a failed upgrade leaves the schema as it was. A
database whose schema is newer than this version of the application is refused untouched.

Alembic is imported only when a database actually needs upgrading: checking the version
is one small query, and keeps the start of the app and of every command quick.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from accountdesk.domain import messages as m
from accountdesk.domain.errors import DatabaseError
from accountdesk.storage.identity import SCHEMA_HEAD as HEAD

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

_HERE = Path(__file__).parent
_log = logging.getLogger(__name__)


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_HERE))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        # The dialect's own check: no reflection inspector for one question.
        if not connection.dialect.has_table(connection, "alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(
    engine: Engine,
    location: str,
    before: Callable[[], None] = lambda: None,
    keep_copy: Callable[[], Path] | None = None,
) -> Path | None:
    """Bring the database to the head revision; return the copy kept, if any.

    `before` runs once an upgrade is known to be needed and possible, and may refuse it
    (a read-only or damaged file); `keep_copy` copies an existing database before it is
    upgraded (a file), and says where.
    """
    current = current_revision(engine)
    if current == HEAD:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    if current is not None and _is_unknown(script, current):
        raise DatabaseError(m.TOO_NEW_TO_OPEN, path=location)
    before()
    backup = keep_copy() if current is not None and keep_copy is not None else None
    config = alembic_config(engine)
    command.upgrade(config, "head")
    _vacuum(engine, config.attributes.get(VACUUM_AFTER, ()))
    return backup


# Where a migration that writes a table anew (PostgreSQL) names it, to be vacuumed once the
# upgrade is committed: until then no page of it is known visible to every transaction,
# and a count from an index alone reads every row as well.
VACUUM_AFTER = "vacuum_after"


def ask_vacuum_after(table: str) -> None:
    """For a migration: vacuum this table once the upgrade is committed (by `upgrade`;
    Alembic run by hand leaves it to autovacuum)."""
    from alembic import op

    config = op.get_context().config
    if config is not None:
        config.attributes.setdefault(VACUUM_AFTER, set()).add(table)


def _vacuum(engine: Engine, tables: Iterable[str]) -> None:
    """VACUUM runs outside a transaction, and only helps: a lock it cannot take at once
    (another client's ANALYZE) or any other failure leaves it to autovacuum; for a role
    that does not own the table it only warns."""
    for table in sorted(tables):
        try:
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.exec_driver_sql(f"VACUUM (SKIP_LOCKED) {table}")
        except DBAPIError:
            _log.warning("%s was not vacuumed after the upgrade", table, exc_info=True)


def is_known(revision: str) -> bool:
    """A schema revision this version of AccountDesk can read (and upgrade)."""
    from alembic.script import ScriptDirectory

    return not _is_unknown(ScriptDirectory.from_config(alembic_config()), revision)


def _is_unknown(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is None
    except Exception:  # alembic raises several kinds for an unknown id
        return True
