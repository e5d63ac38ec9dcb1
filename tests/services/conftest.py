"""Fixtures for the import/export and demo tests: an empty database and the demo data."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from accountdesk.services.demo import create_demo
from accountdesk.storage.database import Database

# The demo's dates are relative to the day it is created; tests fix that day.
DEMO_DAY = dt.date(2025, 3, 16)


@pytest.fixture
def demo_day() -> dt.date:
    return DEMO_DAY


@pytest.fixture
def db(database_target):
    database = Database(database_target, create=True)
    yield database
    database.close()


@pytest.fixture
def other_db(tmp_path):
    database = Database(tmp_path / "other.sqlite3", create=True)
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo database, built once; tests get their own copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = Database(path, create=True)
    create_demo(database, DEMO_DAY)
    database.close()
    return path


@pytest.fixture
def demo_db(tmp_path, demo_template):
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, path)
    database = Database(path)
    yield database
    database.close()
