"""The app's Open and start-up create nothing: an empty or foreign file is explained and
left as it was; only the first start creates the user's default database."""

from __future__ import annotations

import sqlite3

from ui_helpers import modal

from accountdesk.ui import app as ui_app
from accountdesk.ui.formatting import plain
from accountdesk.ui.window.database_dialog import DatabaseProblemDialog, DbChoice


def test_open_refuses_an_empty_file_and_leaves_it_empty(qtbot, window, tmp_path):
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    window.switch_database(empty)
    dialog = modal(qtbot, DatabaseProblemDialog)
    assert plain(dialog.reason.text()) == f"{empty} is empty, not an AccountDesk database"
    dialog.quit_button.click()
    assert empty.read_bytes() == b""
    assert window.context.db.path.name == "ui.sqlite3"


def test_open_refuses_another_programs_empty_database_byte_for_byte(qtbot, window, tmp_path):
    other = tmp_path / "other.db"
    connection = sqlite3.connect(other)
    connection.execute("PRAGMA user_version = 3")
    connection.commit()
    connection.close()
    before = other.read_bytes()
    window.switch_database(other)
    dialog = modal(qtbot, DatabaseProblemDialog)
    assert plain(dialog.reason.text()) == f"{other} is not an AccountDesk database"
    dialog.quit_button.click()
    assert other.read_bytes() == before


def test_a_missing_database_other_than_the_default_is_not_created_at_start(
    qtbot, tmp_path, monkeypatch, languages
):
    seen = []

    def answer(dialog):
        seen.append(plain(dialog.reason.text()))
        dialog.choice = DbChoice.QUIT
        return 1

    monkeypatch.setattr(DatabaseProblemDialog, "exec", answer)
    missing = tmp_path / "gone.sqlite3"
    assert ui_app.open_database(missing) is None
    assert seen == [f"{missing} does not exist"]
    assert not missing.exists()


def test_the_first_start_creates_the_default_database_privately(tmp_path, monkeypatch, languages):
    default = tmp_path / "data" / "AccountDesk" / "accountdesk.sqlite3"
    monkeypatch.setattr(ui_app, "default_database_path", lambda: default)
    db = ui_app.open_database(default)
    assert db is not None and db.path == default
    db.close()
    assert oct(default.parent.stat().st_mode & 0o777) == "0o700"
    assert oct(default.stat().st_mode & 0o777) == "0o600"
