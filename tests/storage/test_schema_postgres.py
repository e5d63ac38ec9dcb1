"""On PostgreSQL too, the migrations make exactly the mapped tables: each column's type
(lengths, booleans, dates, timestamps with time zone), nullability and CHECK constraints;
and a database whose schema is newer than this application is refused untouched."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.dialects import postgresql

from accountdesk.domain.errors import DatabaseError
from accountdesk.storage import tables
from accountdesk.storage.base import Base
from accountdesk.storage.database import Database
from tests.postgres import fresh_database

# PostgreSQL's own name for what SQLAlchemy declares.
_SAME = {"FLOAT": "DOUBLE PRECISION"}


@pytest.fixture
def migrated_url():
    with fresh_database() as url:
        Database(url, create=True).close()
        yield url


@contextmanager
def _engine(url):
    """An engine disposed of whatever the test finds, so no session outlives it."""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        yield engine
    finally:
        engine.dispose()


def test_the_mapped_tables_are_the_migrated_ones(migrated_url):
    with _engine(migrated_url) as engine, engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    differences = [d for d in differences if "search_index" not in repr(d)]
    assert differences == []


def test_each_column_has_the_declared_type_and_each_check_its_constraint(migrated_url):
    with _engine(migrated_url) as engine:
        dialect = postgresql.dialect()
        with engine.connect() as connection:
            found = inspect(connection)
            for table in Base.metadata.sorted_tables:
                stored = {c["name"]: c for c in found.get_columns(table.name)}
                assert set(stored) == {c.name for c in table.columns}, table.name
                for column in table.columns:
                    reflected = stored[column.name]
                    declared = column.type.compile(dialect=dialect)
                    assert reflected["type"].compile(dialect=dialect) == _SAME.get(
                        declared, declared
                    ), (table.name, column.name)
                    assert reflected["nullable"] == (
                        bool(column.nullable) and not column.primary_key
                    )
                checks = {c["name"] for c in found.get_check_constraints(table.name)}
                declared = {
                    c.name for c in table.constraints if type(c).__name__ == "CheckConstraint"
                }
                assert declared <= checks, table.name
    assert tables.Customer.__table__.c.archived_at.type.compile(dialect=dialect) == (
        "TIMESTAMP WITH TIME ZONE"
    )


def test_a_newer_schema_is_refused_and_left_as_it_was(migrated_url):
    with _engine(migrated_url) as engine:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        with pytest.raises(DatabaseError, match="newer"):
            Database(migrated_url)
        with engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                "9999"
            )


def test_a_database_without_the_tables_is_refused_unless_created():
    with fresh_database() as url:
        with pytest.raises(DatabaseError, match="holds no AccountDesk database yet"):
            Database(url)
        Database(url, create=True).close()
        Database(url).close()
