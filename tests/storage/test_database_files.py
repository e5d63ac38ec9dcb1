"""The database as a file: only creating callers create; damaged, read-only and foreign
files; privacy; durability; backups and restore."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from accountdesk.domain.errors import DamagedDatabaseError, DatabaseError
from accountdesk.domain.service_file import ServiceFile
from accountdesk.services import service_files as sf
from accountdesk.services.demo import CUSTOMERS, create_demo
from accountdesk.storage import backups as b
from accountdesk.storage.database import Database
from tests.damaged_files import damage

DEMO_CUSTOMERS = len(CUSTOMERS)

DEMO_DAY = dt.date(2025, 3, 16)


def mode(path: Path) -> str:
    return oct(stat.S_IMODE(path.stat().st_mode))


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("files") / "demo.sqlite3"
    database = Database(path, create=True, backups=b.BackupPolicy(path.parent, automatic=False))
    create_demo(database, DEMO_DAY)
    database.close()
    return path


@pytest.fixture
def demo(tmp_path, template) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copy(template, path)
    return path


# ---------------------------------------------------------------- only creators create


def empty_file(path: Path) -> None:
    path.write_bytes(b"")


def empty_sqlite_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 7")  # a header, no tables
    connection.commit()
    connection.close()


def another_programs_wal_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (empty_file, "is empty, not an AccountDesk database"),
        (empty_sqlite_database, "is not an AccountDesk database"),
        (another_programs_wal_database, "is not an AccountDesk database"),
    ],
)
def test_a_file_that_is_not_ours_is_refused_byte_for_byte(tmp_path, make, message):
    path = tmp_path / "x.db"
    make(path)
    before = path.read_bytes()
    listing = files_in(tmp_path)
    with pytest.raises(DatabaseError, match=message):
        Database(path)
    assert path.read_bytes() == before
    assert files_in(tmp_path) == listing


def test_another_programs_empty_database_is_refused_even_by_a_creating_caller(tmp_path):
    path = tmp_path / "x.db"
    empty_sqlite_database(path)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="is not an AccountDesk database"):
        Database(path, create=True)
    assert path.read_bytes() == before


def test_a_missing_file_is_not_created_by_a_reader(tmp_path):
    with pytest.raises(DatabaseError, match="does not exist"):
        Database(tmp_path / "new.sqlite3")
    assert files_in(tmp_path) == []


def test_a_creating_caller_makes_a_complete_database_even_over_an_empty_file(tmp_path):
    path = tmp_path / "new.sqlite3"
    path.write_bytes(b"")
    db = Database(path, create=True)
    assert sf.count_customers(db) == 0
    db.close()
    assert files_in(tmp_path) == ["new.sqlite3"]  # nothing half-made left beside it
    Database(path).close()  # and it is ours from now on


# ---------------------------------------------------------------- damaged files


def test_a_damaged_database_is_never_written_and_the_newest_backup_is_offered(tmp_path, demo):
    policy = b.BackupPolicy(tmp_path / "backups")
    older = b.make_backup(demo, policy, now=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    newest = b.make_backup(demo, policy)
    damage(demo)
    before = demo.read_bytes()
    db = Database(demo, backups=b.BackupPolicy(policy.folder, automatic=False))
    assert sf.list_customers(db)  # reads still answer where they can
    file = sf.load_file(db, sf.customer_ids(db)[0])
    file.notes = "written into a damaged file?"
    with pytest.raises(DamagedDatabaseError) as refused:
        sf.save_file(db, file)
    db.close()
    assert refused.value.backup == newest != older
    assert str(refused.value) == (
        f"{demo} is damaged, so nothing was written to it; the newest good backup is {newest}"
    )
    assert demo.read_bytes() == before


def test_a_file_damaged_where_opening_reads_is_refused_with_the_newest_backup(tmp_path, demo):
    policy = b.BackupPolicy(tmp_path / "backups")
    newest = b.make_backup(demo, policy)
    damage(demo, "sqlite_schema")
    before = demo.read_bytes()
    with pytest.raises(DamagedDatabaseError) as refused:
        Database(demo, backups=b.BackupPolicy(policy.folder, automatic=False))
    assert refused.value.backup == newest
    assert demo.read_bytes() == before


def test_the_check_can_run_in_the_background_before_the_first_save(demo):
    db = Database(demo)
    db.start_integrity_check()
    file = sf.load_file(db, sf.customer_ids(db)[0])
    file.notes = "checked first"
    assert sf.save_file(db, file).notes == "checked first"
    db.close()


def test_a_daily_backup_of_a_damaged_file_is_removed_and_reported(tmp_path, demo):
    damage(demo)
    db = Database(demo)  # no backup yet: one is due
    db.close()
    assert db.problems and "failed its check" in db.problems[0], db.problems
    assert files_in(tmp_path / "backups") == []


# ---------------------------------------------------------------- read-only folders


@pytest.fixture
def read_only_folder(demo, monkeypatch):
    """The demo's folder as the operating system would refuse it (root is never refused,
    so the check the code relies on answers as for anyone else)."""
    folder = demo.parent
    real_access = os.access

    def access(path, mode_, *args, **kwargs):
        if mode_ & os.W_OK and Path(path).resolve().is_relative_to(folder.resolve()):
            return False
        return real_access(path, mode_, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    return folder


def test_a_database_in_a_read_only_folder_is_read_but_not_written(demo, read_only_folder):
    before, listing = demo.read_bytes(), files_in(read_only_folder)
    db = Database(demo)
    assert db.read_only and db.read_only_reason == "its folder is read-only"
    assert len(sf.list_customers(db)) == DEMO_CUSTOMERS
    file = sf.load_file(db, sf.customer_ids(db)[0])
    file.notes = "changed"
    with pytest.raises(DatabaseError, match=r"can only be read \(its folder is read-only\)"):
        sf.save_file(db, file)
    db.close()
    assert demo.read_bytes() == before
    assert files_in(read_only_folder) == listing  # no -wal, -shm or backups made there


# ---------------------------------------------------------------- privacy and durability


def test_the_folder_and_every_file_are_private_whatever_the_umask(tmp_path):
    old = os.umask(0o000)
    try:
        folder = tmp_path / "data" / "AccountDesk"
        db = Database(folder / "accountdesk.sqlite3", create=True)
        sf.save_file(db, ServiceFile(name="Acme"))
        assert mode(folder) == mode(folder.parent) == "0o700"
        for name in ("accountdesk.sqlite3", "accountdesk.sqlite3-wal", "accountdesk.sqlite3-shm"):
            assert mode(folder / name) == "0o600", name
        db.close()
    finally:
        os.umask(old)
    [backup] = (folder / "backups").iterdir()
    assert mode(folder / "backups") == "0o700" and mode(backup) == "0o600"


def test_an_existing_database_made_readable_by_others_is_made_private(demo):
    demo.chmod(0o644)
    Database(demo).close()
    assert mode(demo) == "0o600"


def test_every_commit_is_on_disk_before_the_save_returns(demo):
    db = Database(demo)
    with db.session() as session:
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    db.close()


# ---------------------------------------------------------------- backups


def test_a_backup_at_close_after_a_change_and_none_after_reading(tmp_path, demo):
    folder = tmp_path / "elsewhere"
    policy = b.BackupPolicy(folder)
    b.make_backup(demo, policy)  # today's, so opening makes none
    db = Database(demo, backups=policy)
    sf.list_customers(db)
    db.close()
    assert len(b.backups_of(demo, folder)) == 1
    db = Database(demo, backups=policy)
    sf.save_file(db, ServiceFile(name="Acme"))
    db.close()
    backups = b.backups_of(demo, folder)
    assert len(backups) == 2
    assert b.read_backup(backups[0].path).customers == DEMO_CUSTOMERS + 1
    assert not (tmp_path / "backups").exists()


def test_a_daily_backup_when_the_newest_is_more_than_a_day_old(tmp_path, demo):
    policy = b.BackupPolicy(tmp_path / "backups")
    b.make_backup(demo, policy, now=dt.datetime.now(dt.UTC) - dt.timedelta(hours=25))
    Database(demo, backups=policy).close()
    assert len(b.backups_of(demo, policy.folder)) == 2
    Database(demo, backups=policy).close()
    assert len(b.backups_of(demo, policy.folder)) == 2


def test_only_the_newest_are_kept(tmp_path, demo):
    policy = b.BackupPolicy(tmp_path / "backups", keep=3)
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    made = [b.make_backup(demo, policy, now=start + dt.timedelta(days=n)) for n in range(5)]
    assert [x.path for x in b.backups_of(demo, policy.folder)] == made[:1:-1]


def test_the_backup_folder_comes_from_the_environment_unless_given(tmp_path, monkeypatch):
    database = tmp_path / "a.sqlite3"
    assert b.BackupPolicy.for_database(database).folder == tmp_path / "backups"
    monkeypatch.setenv("ACCOUNTDESK_BACKUP_DIR", str(tmp_path / "synced"))
    monkeypatch.setenv("ACCOUNTDESK_BACKUPS_KEPT", "4")
    assert b.BackupPolicy.for_database(database) == b.BackupPolicy(tmp_path / "synced", keep=4)
    given = b.BackupPolicy.for_database(database, folder=tmp_path / "given", keep=2)
    assert given == b.BackupPolicy(tmp_path / "given", keep=2)


def test_a_backup_is_one_self_contained_file(tmp_path, demo):
    path = b.make_backup(demo, b.BackupPolicy(tmp_path / "backups"))
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    connection.close()
    assert files_in(path.parent) == [path.name]


def test_restore_brings_the_backup_back_and_keeps_the_replaced_file(tmp_path, demo):
    policy = b.BackupPolicy(tmp_path / "backups")
    backup = b.make_backup(demo, policy)
    db = Database(demo, backups=policy)
    sf.save_file(db, ServiceFile(name="Added after the backup"))
    db.close()
    safety = b.restore(backup, demo, policy)
    assert safety is not None and safety.name.startswith("demo.before-restore-")
    assert b.read_backup(safety).customers == DEMO_CUSTOMERS + 1
    db = Database(demo)
    assert sf.count_customers(db) == DEMO_CUSTOMERS
    db.close()
    assert mode(demo) == "0o600"


def test_restore_over_a_damaged_database(tmp_path, demo):
    policy = b.BackupPolicy(tmp_path / "backups")
    backup = b.make_backup(demo, policy)
    damage(demo)
    b.restore(backup, demo, policy)
    db = Database(demo)
    sf.save_file(db, ServiceFile(name="Writable again"))
    assert sf.count_customers(db) == DEMO_CUSTOMERS + 1
    db.close()


@pytest.mark.parametrize("kind", ["json", "foreign", "damaged"])
def test_restore_refuses_a_file_that_is_not_a_good_backup(tmp_path, demo, kind):
    bad = tmp_path / "bad.sqlite3"
    if kind == "json":
        bad.write_text('{"customers": []}')
    elif kind == "foreign":
        another_programs_wal_database(bad)
    else:
        shutil.copy(demo, bad)
        damage(bad)
    before = demo.read_bytes()
    with pytest.raises(DatabaseError, match=r"not (a good|an) AccountDesk backup"):
        b.restore(bad, demo, b.BackupPolicy(tmp_path / "backups"))
    assert demo.read_bytes() == before
    assert not (tmp_path / "backups").exists()
