"""Bad input: one line on standard error, exit status 2, no traceback, database untouched."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest

LINUX = sys.platform.startswith("linux")
ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def assert_one_line_error(result, starts: str) -> None:
    assert result.code == 2
    assert result.out == ""
    assert "Traceback" not in result.err
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith(f"accountdesk: error: {starts}"), lines[0]


def another_programs_database(tmp_path: Path) -> Path:
    path = tmp_path / "notes.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
    connection.close()
    return path


def garbage_file(tmp_path: Path) -> Path:
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"this is not sqlite at all\n" * 200)
    return path


def damaged_database(demo_path: Path) -> Path:
    """Ours, but pages in the middle overwritten: opens, then fails when read."""
    with demo_path.open("r+b") as f:
        f.seek(4096 * 3)
        f.write(b"\xde\xad\xbe\xef" * 2048)
    return demo_path


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


CASES = {
    "missing file": lambda d, tmp: (
        ["import", tmp / "missing.json", "--db", d],
        f"{tmp / 'missing.json'}: no such file",
    ),
    "bad JSON": lambda d, tmp: (
        ["import", write(tmp / "bad.json", '{"format": '), "--db", d],
        f"{tmp / 'bad.json'}: not valid JSON: Expecting value at line 1 column 12; nothing was imported",
    ),
    "not our JSON": lambda d, tmp: (
        ["import", write(tmp / "other.json", '{"format": "x"}'), "--db", d],
        f"{tmp / 'other.json'}: not an AccountDesk service-file document",
    ),
    "not UTF-8": lambda d, tmp: (
        ["import", tmp / "latin1.json", "--db", d],
        f"{tmp / 'latin1.json'}: not UTF-8 text",
    ),
    "a folder as the file to import": lambda d, tmp: (
        ["import", tmp, "--db", d],
        f"{tmp} is a folder, not a file",
    ),
    "a folder as the file to write": lambda d, tmp: (
        ["export", "--all", "-o", tmp, "--db", d],
        f"{tmp} is a folder",
    ),
    "a folder that does not exist": lambda d, tmp: (
        ["export", "--all", "-o", tmp / "no" / "x.json", "--db", d],
        f"cannot write {tmp / 'no' / 'x.json'}: the folder",
    ),
    "a folder as the database": lambda d, tmp: (
        ["list", "--db", tmp],
        f"{tmp} is a folder, not a database file",
    ),
    "unknown customer": lambda d, tmp: (
        ["export", "Nobody Ltd", "--db", d],
        "no customer with id or name 'Nobody Ltd'",
    ),
    "unknown customer for CSV": lambda d, tmp: (
        [
            "import",
            write(tmp / "s.csv", "name\nx\n"),
            "--csv",
            "systems",
            "--customer",
            "999",
            "--db",
            d,
        ],
        "no customer with id or name '999'",
    ),
    "CSV without a customer": lambda d, tmp: (
        ["import", write(tmp / "s.csv", "name\nx\n"), "--csv", "systems", "--db", d],
        "--csv needs --customer",
    ),
    "nothing to export": lambda d, tmp: (["export", "--db", d], "name the customers to export"),
    "empty search": lambda d, tmp: (["search", " ", "--db", d], "give something to search for"),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_input_is_one_line_and_leaves_the_database_as_it_was(
    cli, demo_path, tmp_path, fingerprint, case
):
    (tmp_path / "latin1.json").write_bytes('{"name": "Café"}'.encode("latin-1"))
    args, message = CASES[case](demo_path, tmp_path)
    before = fingerprint(demo_path)
    assert_one_line_error(cli(*args), message)
    assert fingerprint(demo_path) == before


DATABASES = {
    "another program's database": (another_programs_database, "is not an AccountDesk database"),
    "a file that is no database": (garbage_file, "is damaged or is not an AccountDesk database"),
}


@pytest.mark.parametrize("case", DATABASES)
@pytest.mark.parametrize("command", [["list"], ["search", "x"], ["export", "--all"], ["demo"]])
def test_a_database_that_is_not_ours_is_refused_untouched(
    cli, tmp_path, fingerprint, case, command
):
    make, message = DATABASES[case]
    path = make(tmp_path)
    before = fingerprint(path)
    assert_one_line_error(cli(*command, "--db", path), str(path))
    assert message in cli(*command, "--db", path).err
    assert fingerprint(path) == before


@pytest.mark.parametrize("command", [["list"], ["export", "--all"]])
def test_a_damaged_database_is_one_line_too(cli, demo_path, command):
    path = damaged_database(demo_path)
    assert_one_line_error(cli(*command, "--db", path), f"{path}: database disk image is malformed")


@pytest.mark.parametrize("command", [["list"], ["search", "x"], ["export", "--all"]])
def test_reading_a_database_that_does_not_exist_does_not_create_it(cli, db_path, command):
    assert_one_line_error(cli(*command, "--db", db_path), f"{db_path} does not exist")
    assert not db_path.exists()


def test_an_import_never_creates_the_database(cli, db_path, tmp_path):
    bad = write(
        tmp_path / "bad.json",
        '{"format": "accountdesk.service-file", "version": 1, "customers": [{}]}',
    )
    assert_one_line_error(
        cli("import", bad, "--db", db_path), f"{db_path} does not exist; create it first"
    )
    assert not db_path.exists()


@pytest.mark.skipif(not LINUX, reason="/proc is Linux's")
def test_a_location_no_one_can_write_to(cli, demo_path):
    assert_one_line_error(cli("demo", "--db", "/proc/accountdesk/demo.sqlite3"), "cannot")
    assert_one_line_error(
        cli("export", "--all", "-o", "/proc/accountdesk.json", "--db", demo_path), "cannot write"
    )


@pytest.mark.skipif(ROOT or not hasattr(os, "geteuid"), reason="permissions do not bind root")
def test_a_read_only_folder(cli, demo_path, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        assert_one_line_error(
            cli("demo", "--db", locked / "new.sqlite3"), "cannot create a database in"
        )
        assert_one_line_error(
            cli("export", "--all", "-o", locked / "x.json", "--db", demo_path), "cannot write"
        )
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)
