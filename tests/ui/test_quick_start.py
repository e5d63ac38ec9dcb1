"""Starting on a current file: the first window lists it from plain SQLite and opens it
with the ORM once painted, behind the list; the user sees no change, and what they do
before it is open waits for it. Any other file is opened before the window, as ever."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from PySide6.QtCore import QThreadPool
from ui_helpers import click_row, customer_id, modal

from accountdesk.services import service_files as sf
from accountdesk.storage.database import Database
from accountdesk.storage.identity import SCHEMA_HEAD
from accountdesk.ui import app as ui_app
from accountdesk.ui.formatting import plain
from accountdesk.ui.window import opening


@pytest.fixture
def path(tmp_path, template_db):
    copy = tmp_path / "quick.sqlite3"
    shutil.copyfile(template_db, copy)
    return copy


@pytest.fixture
def quick_window(qtbot, path, settings, languages):
    from accountdesk.ui.window.main_window import MainWindow

    quick = opening.quick_start(path, settings)
    assert quick is not None
    main = MainWindow(quick, settings, languages)
    qtbot.addWidget(main)
    yield main
    main._may_close = True
    QThreadPool.globalInstance().waitForDone(5000)
    opened = main.context.opened_db()
    if opened is not None:
        opened.close()


def _names(window) -> list[str]:
    model = window.list_model
    return [plain(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_the_list_shown_at_once_stays_as_it_is_when_the_file_opens(qtbot, quick_window, path):
    window = quick_window
    resets: list[int] = []
    window.list_model.modelReset.connect(lambda: resets.append(1))
    before = _names(window)
    assert window.context.opening  # listed, not yet opened
    assert before == ["Acme Logistics", "מרפאות השרון", "داده‌پردازان پارس"]
    assert window.customers.count.text() == "3 customers"
    assert plain(window.team.where.text()) == f"Database: {path}"

    window.show()
    qtbot.waitUntil(lambda: not window.context.opening)  # once painted
    assert resets == []  # no flicker: the rows were not read again
    assert _names(window) == before
    assert window.context.opened_db().path == path
    qtbot.waitUntil(lambda: window.home.agenda is not None)  # the home view reads it then


def test_a_customer_chosen_before_the_file_is_open_opens_and_saves_through_the_orm(
    qtbot, quick_window, path
):
    window = quick_window
    window.show()
    assert window.context.opening
    row = _names(window).index("Acme Logistics")
    click_row(window.customers.view, row)  # waits for the file, then opens the customer
    assert not window.context.opening
    qtbot.waitUntil(lambda: window.context.session is not None)
    assert window.context.session.file.name == "Acme Logistics"
    assert window.customers.view.currentIndex().row() == row  # still chosen

    industry = window.file_view.show_tab("overview").customer_form.editors["industry"]
    industry.setText("Shipping")
    industry.editingFinished.emit()
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: not window.isWindowModified())
    assert plain(window.list_model.index(row, 1).data()) == "Shipping"
    check = Database(path)
    try:
        assert sf.load_file(check, customer_id(check, "Acme Logistics")).industry == "Shipping"
    finally:
        check.close()


def test_the_app_starts_quickly_on_a_current_file_only(path, settings, tmp_path):
    started = ui_app._start(path, False, settings)
    assert started is not None and started.db is None and started.quick is not None
    assert started.quick.path == path

    demo = ui_app._start(path, True, settings)  # a demo is filled before the window
    assert demo is not None and demo.quick is None and demo.db is not None
    demo.db.close()


def _stamped(path, revision):
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()


@pytest.mark.parametrize("revision", ["0002", "9999"])
def test_an_older_or_newer_schema_is_opened_before_the_window(path, settings, revision):
    _stamped(path, revision)
    assert opening.quick_start(path, settings) is None


def test_a_missing_empty_or_foreign_file_is_opened_before_the_window(tmp_path, settings):
    assert opening.quick_start(tmp_path / "none.sqlite3", settings) is None
    assert opening.quick_start(tmp_path, settings) is None
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    assert opening.quick_start(empty, settings) is None
    foreign = tmp_path / "foreign.sqlite3"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()
    assert opening.quick_start(foreign, settings) is None


def test_a_locked_or_read_only_file_is_opened_before_the_window(path, settings, monkeypatch):
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("BEGIN EXCLUSIVE")
    try:
        assert opening.quick_start(path, settings) is None
    finally:
        connection.execute("ROLLBACK")
        connection.close()
    assert opening.quick_start(path, settings) is not None
    from accountdesk.services import customer_list

    monkeypatch.setattr(customer_list, "read_only_reason", lambda _path: "the file is read-only")
    assert opening.quick_start(path, settings) is None


def test_the_current_schema_is_the_one_this_version_writes(path):
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
        (SCHEMA_HEAD,)
    ]
    connection.close()


def test_a_file_that_cannot_be_opened_after_the_first_paint_says_why(
    qtbot, path, settings, languages, monkeypatch
):
    """Taken by another program between the list and the opening: the dialog every
    opening shows, and the next use tries again."""
    from accountdesk.domain.errors import DatabaseLockedError
    from accountdesk.ui.window.database_dialog import DatabaseProblemDialog
    from accountdesk.ui.window.main_window import MainWindow

    quick = opening.quick_start(path, settings)
    tries: list[int] = []

    def locked():
        tries.append(1)
        raise DatabaseLockedError(str(path))

    monkeypatch.setattr(opening.QuickStart, "open", lambda _self: locked())
    window = MainWindow(quick, settings, languages)
    qtbot.addWidget(window)
    window.show()
    dialog = modal(qtbot, DatabaseProblemDialog)
    assert plain(dialog.reason.text()) == (
        f"{path} is locked by another program; try again when it has finished"
    )
    assert window.context.opening and len(_names(window)) == 3  # the list is still there
    dialog.reject()
    with pytest.raises(DatabaseLockedError):
        window.context.finish_opening()
    assert len(tries) == 2
    window._may_close = True
