"""Shared fixtures: every test gets its own database and its own standard paths."""

from __future__ import annotations

import os

import pytest

# Qt must never find a real screen or the user's settings in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_configure(config):
    # As the app does at start: whichever Qt tests run, in whatever order, a session of
    # many thousands of Qt calls must not wear out None's or True's references.
    from accountdesk.ui.pyside_fixes import protect_constants

    protect_constants()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    return home


BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def backend(request):
    """Parametrises a test over both backends (the `db` fixtures that use it)."""
    return request.param


@pytest.fixture
def database_target(backend, tmp_path):
    """Where a test's database goes: a file, or a fresh database on the test server."""
    if backend == "sqlite":
        yield tmp_path / "test.sqlite3"
        return
    from tests.postgres import fresh_database

    with fresh_database() as url:
        yield url
