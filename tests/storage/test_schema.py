"""The tables the code maps (their plain columns derived from the service file's
declarations) are exactly the tables the migrations make: a declaration changed without
a migration, or a migration without its declaration, fails here."""

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from accountdesk.storage import tables
from accountdesk.storage.base import Base
from accountdesk.storage.database import Database


def _migrated(tmp_path):
    path = tmp_path / "migrated.sqlite3"
    Database(path, create=True).close()
    return path


def test_the_mapped_tables_are_the_migrated_ones(tmp_path):
    engine = create_engine(f"sqlite:///{_migrated(tmp_path)}")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    # The full-text index is made by its migration and kept apart from the mapping.
    differences = [d for d in differences if not _is_search_index(d)]
    assert differences == []


def _is_search_index(difference):
    table = getattr(difference[1], "name", "") if isinstance(difference, tuple) else ""
    return table.startswith("search")


def test_each_column_has_the_migrated_type_length_and_nullability(tmp_path):
    """What compare_metadata leaves out on SQLite: lengths, and the CHECK constraints."""
    with sqlite3.connect(_migrated(tmp_path)) as connection:
        for table in Base.metadata.sorted_tables:
            stored = {
                name: (kind.upper(), not not_null)
                for _cid, name, kind, not_null, _default, _pk in connection.execute(
                    f"PRAGMA table_info({table.name})"
                )
            }
            mapped = {
                column.name: (
                    column.type.compile(dialect=connection_dialect()).upper(),
                    bool(column.nullable) and not column.primary_key,
                )
                for column in table.columns
            }
            assert mapped == {name: stored[name] for name in mapped}, table.name
            assert set(mapped) == set(stored), table.name
            sql = connection.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table.name,)
            ).fetchone()[0]
            for constraint in table.constraints:
                name = getattr(constraint, "name", None)
                if type(constraint).__name__ == "CheckConstraint":
                    assert f"CONSTRAINT {name} CHECK" in sql, (table.name, name)


def connection_dialect():
    from sqlalchemy.dialects import sqlite

    return sqlite.dialect()


def test_a_system_s_plain_columns_follow_its_declaration():
    columns = tables.System.__table__.c
    assert str(columns.serial.type) == "VARCHAR(120)"
    assert str(columns.notes.type) == "TEXT"
    assert not columns.name.nullable
