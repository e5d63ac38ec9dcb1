"""A fresh PostgreSQL database per test, on the server the tests are told of.

ACCOUNTDESK_TEST_PG_URL names a role that may create databases (default below: the role
`.ci/run` makes). Without a server the PostgreSQL tests skip and say why; with
ACCOUNTDESK_REQUIRE_PG=1 (CI) a missing server fails them instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

DEFAULT_URL = "postgresql://accountdesk_test:accountdesk_test@127.0.0.1:5432/postgres"
URL_ENV = "ACCOUNTDESK_TEST_PG_URL"
REQUIRE_ENV = "ACCOUNTDESK_REQUIRE_PG"


def admin_url() -> str:
    return os.environ.get(URL_ENV, DEFAULT_URL)


_unavailable: list[str] = []


def _server_problem() -> str | None:
    if not _unavailable:
        import psycopg

        try:
            psycopg.connect(admin_url(), connect_timeout=5).close()
            _unavailable.append("")
        except psycopg.Error as exc:
            _unavailable.append(str(exc).strip().splitlines()[0])
    return _unavailable[0] or None


def require_server() -> None:
    problem = _server_problem()
    if problem is None:
        return
    reason = f"no PostgreSQL server for the tests at {admin_url()} ({URL_ENV}): {problem}"
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def _url_for(name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(admin_url()).set(database=name).render_as_string(hide_password=False)


@contextmanager
def fresh_database() -> Iterator[str]:
    """The URL of a new, empty database, dropped afterwards."""
    import psycopg

    require_server()
    name = f"adk_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url(), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield _url_for(name)
    finally:
        _drop(name)


def _drop(name: str) -> None:
    """Drop a test's database, ending its sessions. A session the test role may not end
    (another role's, e.g. a maintenance connection) is waited for, a few seconds at most."""
    import time

    import psycopg

    for attempt in range(20):
        try:
            with psycopg.connect(admin_url(), autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except psycopg.errors.InsufficientPrivilege:
            if attempt == 19:
                raise
            time.sleep(0.25)
