"""Every command meets a locked database with the same line (the one wording)."""

import json
import sqlite3
from contextlib import contextmanager

import pytest

from accountdesk.storage import sqlite_database as database

HOSPITAL = "המרכז הרפואי גליל כרמל"


@pytest.fixture(autouse=True)
def short_wait(monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)


@contextmanager
def held(path, how="IMMEDIATE"):
    other = sqlite3.connect(path, isolation_level=None)
    other.execute(f"BEGIN {how}")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def expected(path) -> list[str]:
    return [
        f"accountdesk: error: {path} is locked by another program; try again when it has finished"
    ]


def test_writing_commands_say_the_database_is_locked_in_one_line(
    cli, demo_path, tmp_path, fingerprint
):
    exported = tmp_path / "one.json"
    assert cli("export", HOSPITAL, "-o", exported, "--db", demo_path).code == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["customers"][0]["name"] = "Another hospital"
    exported.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    systems = tmp_path / "systems.csv"
    systems.write_text("name;host\nNAS02;nas02.local\n", encoding="utf-8")
    before = fingerprint(demo_path)
    with held(demo_path):
        for command in (
            ("import", exported),
            ("import", systems, "--csv", "systems", "--customer", HOSPITAL),
            ("summary", HOSPITAL, "--issue"),
        ):
            result = cli(*command, "--db", demo_path)
            assert (result.code, result.err.splitlines()) == (2, expected(demo_path)), command
    assert fingerprint(demo_path) == before


def test_reading_a_file_locked_outright_says_the_same(cli, demo_path):
    with sqlite3.connect(demo_path) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
    with held(demo_path, "EXCLUSIVE"):
        for command in (("list",), ("search", "nas"), ("export", HOSPITAL, "-o", "-")):
            result = cli(*command, "--db", demo_path)
            assert (result.code, result.err.splitlines()) == (2, expected(demo_path)), command
