"""File → Restore from backup…: what the user sees, and the database afterwards."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing

from PySide6.QtWidgets import QMessageBox
from ui_helpers import answer, modal

from accountdesk.domain.service_file import ServiceFile
from accountdesk.services import service_files as sf
from accountdesk.services.backups import backup_now
from accountdesk.services.demo import create_demo
from accountdesk.storage.backups import BackupPolicy, backups_of
from accountdesk.storage.database import Database
from accountdesk.ui.window.restore_dialog import RestoreDialog


def test_restore_shows_each_backup_and_brings_the_chosen_one_back(qtbot, window, tmp_path):
    db = window.context.db
    made = backup_now(db.path, db.backups)
    sf.save_file(db, ServiceFile(name="Added after the backup"))
    window._load_list()
    assert window.list_model.total() == 4

    window.actions_["restore_backup"].trigger()
    dialog = modal(qtbot, RestoreDialog)
    assert dialog.windowTitle() == "Restore from backup"
    when = backups_of(db.path, db.backups.folder)[0].taken_at.astimezone()
    assert dialog.table.rowCount() == len(backups_of(db.path, db.backups.folder))
    assert dialog.table.item(0, 0).text() == f"{when.day} {when:%b %Y %H:%M}"
    assert dialog.table.item(0, 1).text() == "3 customers"
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()

    question = modal(qtbot, QMessageBox)
    assert "3 customers" in question.text() and str(db.path) in question.text()
    answer(qtbot, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: window.list_model.total() == 3)
    assert window.context.db.path == db.path and window.context.db is not db
    assert window.statusBar().currentMessage().startswith("Restored the backup made on ")
    [safety] = tmp_path.glob("backups/ui.before-restore-*.sqlite3")
    assert "The replaced file is kept as" in window.statusBar().currentMessage()
    assert str(safety) in window.statusBar().currentMessage()
    assert made.exists()


def test_cancelling_the_question_restores_nothing(qtbot, window):
    db = window.context.db
    backup_now(db.path, db.backups)
    sf.save_file(db, ServiceFile(name="Kept"))
    window.actions_["restore_backup"].trigger()
    modal(qtbot, RestoreDialog).restore_button.click()
    answer(qtbot, QMessageBox.StandardButton.Cancel)
    assert window.context.db is db
    assert sf.count_customers(db) == 4


def test_in_persian_the_dates_are_solar_hijri_with_persian_digits(qtbot, window):
    db = window.context.db
    backup_now(db.path, db.backups)
    window.set_language("fa")
    window.actions_["restore_backup"].trigger()
    dialog = modal(qtbot, RestoreDialog)
    text = dialog.table.item(0, 0).text()
    jalali_year = str(dt.date.today().year - 621)[:2]  # ۱۴..
    assert text.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")).find(jalali_year) >= 0
    assert not any(c in "0123456789" for c in text), text
    assert dialog.table.item(0, 1).text() == "۳ مشتری"
    dialog.reject()


def test_with_no_backups_the_dialog_says_so(qtbot, window, tmp_path):
    window.context.db.backups = BackupPolicy(tmp_path / "empty")
    window.actions_["restore_backup"].trigger()
    dialog = modal(qtbot, RestoreDialog)
    assert dialog.intro.text().startswith("There are no backups in ")
    assert not dialog.restore_button.isEnabled()
    dialog.reject()


def test_a_save_into_a_damaged_database_offers_the_backups(qtbot, window):
    db = window.context.db
    backup_now(db.path, db.backups)
    size = db.path.stat().st_size
    with db.path.open("r+b") as f:
        f.seek((size // 2) // 4096 * 4096)
        f.write(b"\x5a" * 8192)
    db._sound = False  # as if just opened
    window.controller.new_customer()
    window.context.session.file.name = "Nowhere to go"
    window.controller.save()
    dialog = modal(qtbot, RestoreDialog)
    assert dialog.problem.isVisible()
    assert dialog.problem.text().startswith("This database is damaged, so nothing was saved")
    assert dialog.table.rowCount() == len(backups_of(db.path, db.backups.folder))
    dialog.reject()


def test_a_backup_that_fails_its_check_on_opening_is_reported(qtbot, window, tmp_path):
    damaged = tmp_path / "other" / "damaged.sqlite3"
    made = Database(damaged, create=True, backups=BackupPolicy(tmp_path, automatic=False))
    create_demo(made)
    made.close()
    with closing(sqlite3.connect(damaged)) as connection:
        (page,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'systems'"
        ).fetchone()
    with damaged.open("r+b") as f:  # the systems table's page: opening does not read it
        f.seek((page - 1) * 4096)
        f.write(b"\x5a" * 4096)
    window.switch_database(damaged)
    qtbot.waitUntil(lambda: window.context.db.path == damaged)
    said = f"No backup was made: the copy of {damaged} failed its check"
    # The daily backup is made in a worker thread; what it met is said when it is done.
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith(said))
    assert list((tmp_path / "other" / "backups").iterdir()) == []
