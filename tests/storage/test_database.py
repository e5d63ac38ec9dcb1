import os
import sqlite3
import stat

import pytest
from sqlalchemy import text

from accountdesk.domain.errors import DatabaseError
from accountdesk.storage import migrations
from accountdesk.storage.database import APPLICATION_ID, Database


def test_new_database_has_the_pragmas_we_rely_on(tmp_path):
    db = Database(tmp_path / "a.sqlite3", create=True)
    with db.session() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        assert session.execute(text("PRAGMA application_id")).scalar() == APPLICATION_ID
    assert migrations.current_revision(db.engine) == migrations.head_revision()
    db.close()


def test_a_file_of_another_program_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not an AccountDesk database"):
        Database(path)
    assert path.read_bytes() == before


def test_a_corrupt_file_is_refused(tmp_path):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DatabaseError, match="damaged or is not an AccountDesk database"):
        Database(path)


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(DatabaseError, match="is a folder"):
        Database(tmp_path)


def test_a_read_only_folder_is_reported(tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    if os.geteuid() == 0:  # root writes anywhere: let the folder say it is read-only
        monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK)
    with pytest.raises(DatabaseError, match="read-only"):
        Database(folder / "a.sqlite3", create=True)


def test_missing_file_without_create(tmp_path):
    with pytest.raises(DatabaseError, match="does not exist"):
        Database(tmp_path / "nope.sqlite3", create=False)


def test_a_database_from_a_newer_version_is_refused_and_not_damaged(tmp_path):
    path = tmp_path / "future.sqlite3"
    Database(path, create=True).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version of AccountDesk"):
        Database(path)
    assert path.read_bytes() == before
