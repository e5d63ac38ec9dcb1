"""Alembic environment: migrations run on the engine the application already opened."""

from alembic import context
from alembic.runtime.environment import NameFilterType
from sqlalchemy.sql.schema import SchemaItem

from accountdesk.storage import tables  # noqa: F401 - registers every table
from accountdesk.storage.base import Base
from accountdesk.storage.team_rights import keep_team_rights

config = context.config


def include_object(
    _obj: SchemaItem,
    name: str | None,
    type_: NameFilterType,
    _reflected: bool,
    _compare_to: SchemaItem | None,
) -> bool:
    """The full-text index is made by raw SQL in its own migration: autogenerate skips it.

    Alembic passes all five arguments by position; only the name and kind matter here.
    """
    return not (type_ == "table" and name and name.startswith("search_index"))


engine = config.attributes["engine"]


def run_on_sqlite() -> None:
    with engine.connect() as connection:
        # SQLite changes a table by copying it and dropping the old one; with foreign keys
        # on, dropping `customers` would delete every row that refers to it. They are
        # turned off for the migration (outside any transaction, where SQLite honours the
        # pragma) and the references are checked before they are turned on again.
        driver = connection.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys = OFF")
        try:
            context.configure(
                connection=connection,
                target_metadata=Base.metadata,
                render_as_batch=True,  # SQLite changes tables by copying them
                include_object=include_object,
            )
            with context.begin_transaction():
                context.run_migrations()
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the upgrade left rows without their parent: {broken[:5]}")
            connection.commit()
        finally:
            driver.execute("PRAGMA foreign_keys = ON")


def run_on_server() -> None:
    """PostgreSQL alters tables in place, in one transaction with every revision; two
    clients opening an older database at once upgrade it one after the other. A team
    database's rights are applied again at the end (storage.team_rights)."""
    with engine.connect() as connection:
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            include_object=include_object,
            transaction_per_migration=False,
        )
        with context.begin_transaction():
            context.run_migrations()
            # A team database keeps its rights whole: over the tables as they now are,
            # in the upgrade's own transaction (no `team init` needed afterwards).
            keep_team_rights(connection)
        connection.commit()


MIGRATION_LOCK = 0x41444B31  # the application id: one upgrade of a database at a time

if engine.dialect.name == "sqlite":
    run_on_sqlite()
else:
    run_on_server()
