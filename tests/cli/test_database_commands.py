"""Database files from the command line: who may create one, damaged and foreign files,
and the backup and restore commands."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_bad_input import assert_one_line_error, write

from accountdesk.services.demo import CUSTOMERS
from accountdesk.storage.backups import backups_of
from tests.damaged_files import damage

DEMO_CUSTOMERS = len(CUSTOMERS)

READERS_AND_WRITERS = [
    ["list"],
    ["search", "acme"],
    ["export", "--all"],
    ["import", "DOCUMENT"],
    ["summary", "1", "-o", "OUT.pdf"],
    ["backup"],
]
DOCUMENT = '{"format": "accountdesk.service-file", "version": 1, "customers": [{"name": "Zed"}]}'


def command_line(command: list[str], tmp_path: Path) -> list[object]:
    document = write(tmp_path / "one.json", DOCUMENT)
    swap = {"DOCUMENT": document, "OUT.pdf": tmp_path / "out.pdf"}
    return [swap.get(part, part) for part in command]


def empty_file(path: Path) -> None:
    path.write_bytes(b"")


def empty_sqlite_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 1")
    connection.commit()
    connection.close()


@pytest.mark.parametrize("command", READERS_AND_WRITERS)
@pytest.mark.parametrize(
    ("make", "message"),
    [
        (empty_file, "is empty, not an AccountDesk database"),
        (empty_sqlite_database, "is not an AccountDesk database"),
    ],
)
def test_an_empty_file_or_another_programs_empty_database_is_left_as_it_was(
    cli, tmp_path, fingerprint, command, make, message
):
    path = tmp_path / "x.db"
    make(path)
    before = fingerprint(path)
    result = cli(*command_line(command, tmp_path), "--db", path)
    assert_one_line_error(result, f"{path}")
    assert message in result.err
    assert fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.json", "x.db"]


@pytest.mark.parametrize("command", [c for c in READERS_AND_WRITERS if c[0] != "summary"])
def test_a_missing_database_is_not_created_and_the_way_to_create_one_is_named(
    cli, tmp_path, command
):
    path = tmp_path / "new.sqlite3"
    result = cli(*command_line(command, tmp_path), "--db", path)
    assert_one_line_error(result, f"{path} does not exist")
    assert f"accountdesk init --db {path}" in result.err
    assert not path.exists()


def test_init_creates_an_empty_database_once(cli, tmp_path, fingerprint):
    path = tmp_path / "new.sqlite3"
    assert cli("init", "--db", path).lines == [f"created an empty database in {path}"]
    assert cli("list", "--db", path).lines == []
    before = fingerprint(path)
    assert_one_line_error(cli("init", "--db", path), f"{path} already exists")
    assert fingerprint(path) == before


def test_import_into_a_damaged_database_is_refused_and_names_the_backup(
    cli, demo_path, tmp_path, fingerprint
):
    [backup] = [Path(line) for line in cli("backup", "--db", demo_path).lines]
    damage(demo_path)
    before = fingerprint(demo_path)
    result = cli("import", write(tmp_path / "one.json", DOCUMENT), "--db", demo_path)
    assert_one_line_error(result, f"{demo_path} is damaged, so nothing was written to it")
    assert f"(accountdesk restore {backup} --db {demo_path})" in result.err
    assert fingerprint(demo_path) == before


def test_backup_prints_the_new_file_and_restore_puts_it_back(cli, demo_path, tmp_path):
    folder = tmp_path / "synced"
    result = cli("backup", "--db", demo_path, "--to", folder)
    [backup] = backups_of(demo_path, folder)
    assert result.lines == [str(backup.path)]
    assert cli("import", write(tmp_path / "one.json", DOCUMENT), "--db", demo_path).code == 0
    assert len(cli("list", "--db", demo_path).lines) == DEMO_CUSTOMERS + 1
    result = cli("restore", backup.path, "--db", demo_path)
    assert result.code == 0, result.err
    assert (
        result.lines[0] == f"restored {demo_path} from {backup.path} ({DEMO_CUSTOMERS} customer(s))"
    )
    safety = Path(result.lines[1].removeprefix("the file it replaced is kept as "))
    assert safety.parent == tmp_path / "backups" and safety.exists()
    assert len(cli("list", "--db", demo_path).lines) == DEMO_CUSTOMERS


def test_the_backup_folder_can_be_set_in_the_environment(cli, demo_path, tmp_path, monkeypatch):
    monkeypatch.setenv("ACCOUNTDESK_BACKUP_DIR", str(tmp_path / "network"))
    [line] = cli("backup", "--db", demo_path).lines
    assert Path(line).parent == tmp_path / "network"


@pytest.mark.parametrize("kind", ["json", "damaged", "missing"])
def test_restore_refuses_what_is_not_a_good_backup(cli, demo_path, tmp_path, fingerprint, kind):
    bad = tmp_path / "bad.sqlite3"
    if kind == "json":
        write(bad, DOCUMENT)
    elif kind == "damaged":
        bad.write_bytes(demo_path.read_bytes())
        damage(bad)
    before = fingerprint(demo_path)
    result = cli("restore", bad, "--db", demo_path)
    assert_one_line_error(result, f"{bad}")
    assert fingerprint(demo_path) == before


def test_a_database_in_a_read_only_folder_is_read_and_writes_are_refused(
    cli, demo_path, tmp_path, fingerprint, monkeypatch
):
    import os

    real_access = os.access

    def access(path, mode, *args, **kwargs):  # root is never refused: answer as for anyone
        if mode & os.W_OK and Path(path).resolve().is_relative_to(tmp_path.resolve()):
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    before, listing = fingerprint(demo_path), sorted(tmp_path.iterdir())
    assert len(cli("list", "--db", demo_path).lines) == DEMO_CUSTOMERS
    assert cli("search", "srv-dc01", "--db", demo_path).lines
    document = tmp_path.parent / f"{tmp_path.name}-one.json"
    write(document, DOCUMENT)
    assert_one_line_error(
        cli("import", document, "--db", demo_path),
        f"{demo_path} can only be read (its folder is read-only); nothing was saved",
    )
    assert fingerprint(demo_path) == before
    assert sorted(tmp_path.iterdir()) == listing
