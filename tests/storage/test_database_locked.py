"""A database another program holds locked: one error, one wording, wherever it is met."""

import sqlite3
from contextlib import contextmanager

import pytest

from accountdesk.domain.errors import DatabaseLockedError
from accountdesk.storage import sqlite_database as database
from accountdesk.storage.database import Database

WORDS = "{path} is locked by another program; try again when it has finished"


@pytest.fixture(autouse=True)
def short_wait(monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)


@contextmanager
def held(path, how="IMMEDIATE"):
    """Another program's connection in the middle of a write."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute(f"BEGIN {how}")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_save_that_waits_too_long_says_the_database_is_locked(tmp_path):
    path = tmp_path / "a.sqlite3"
    db = Database(path, create=True)
    try:
        with held(path), pytest.raises(DatabaseLockedError) as raised, db.transaction():
            pass
        assert str(raised.value) == WORDS.format(path=path)
        assert raised.value.params == {"path": str(path)}
        with db.transaction():  # once the other program has finished, saving works
            pass
    finally:
        db.close()


def test_opening_a_locked_file_says_the_same(tmp_path):
    path = tmp_path / "a.sqlite3"
    Database(path, create=True).close()
    with sqlite3.connect(path) as connection:  # a rollback journal: readers wait too
        connection.execute("PRAGMA journal_mode = DELETE")
    with held(path, "EXCLUSIVE"), pytest.raises(DatabaseLockedError) as raised:
        Database(path)
    assert str(raised.value) == WORDS.format(path=path)


def test_the_wording_is_defined_once():
    from accountdesk.domain import messages

    assert messages.DATABASE_LOCKED == WORDS
    assert str(DatabaseLockedError("x.db")) == WORDS.format(path="x.db")
