"""The daily backup due when the app starts on a file is made in a worker thread, after
the first window is painted: the window answers while the file is copied and checked, a
backup that fails is said in the status bar as ever, and closing while it is made waits
for it (never a half-written backup)."""

from __future__ import annotations

import shutil
import threading

import pytest
from PySide6.QtCore import QThreadPool

from accountdesk.storage import sqlite_database
from accountdesk.storage.backups import backups_of
from accountdesk.storage.sqlite_database import SqliteDatabase
from accountdesk.ui.window import opening


@pytest.fixture
def path(tmp_path, template_db):
    copy = tmp_path / "daily.sqlite3"
    shutil.copyfile(template_db, copy)
    return copy


@pytest.fixture
def made_in(monkeypatch):
    """The threads each backup was made in (the real backup, watched)."""
    threads: list[threading.Thread] = []
    real = sqlite_database.make_backup

    def watched(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(sqlite_database, "make_backup", watched)
    return threads


def _quick_window(qtbot, path, settings, languages):
    from accountdesk.ui.window.main_window import MainWindow

    quick = opening.quick_start(path, settings)
    assert quick is not None
    window = MainWindow(quick, settings, languages)
    qtbot.addWidget(window)
    return window


def _close(window) -> None:
    window._may_close = True
    QThreadPool.globalInstance().waitForDone(5000)
    db = window.context.opened_db()
    if db is not None:
        db.close()


def test_the_backup_due_at_start_is_made_off_the_window_thread(
    qtbot, path, settings, languages, made_in
):
    window = _quick_window(qtbot, path, settings, languages)
    folder = path.parent / "backups"
    window.show()
    qtbot.waitUntil(lambda: not window.context.opening)
    qtbot.waitUntil(lambda: len(backups_of(path, folder)) == 1, timeout=10000)
    assert made_in and threading.main_thread() not in made_in
    assert len(made_in) == 1  # once: not again when the file is closed
    assert not window.context.opened_db().daily_backup_pending
    assert not window.statusBar().currentMessage().startswith("No backup was made")
    _close(window)
    assert len(backups_of(path, folder)) == 1
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []


def test_the_window_answers_while_the_backup_is_made(
    qtbot, path, settings, languages, made_in, monkeypatch
):
    """The copy takes its time (held here until the window has shown it answers): the
    window's own timers run and a customer opens meanwhile."""
    from PySide6.QtCore import QTimer

    go_on = threading.Event()
    real = sqlite_database.make_backup

    def slow(*args, **kwargs):
        made_in.append(threading.current_thread())
        go_on.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(sqlite_database, "make_backup", slow)
    window = _quick_window(qtbot, path, settings, languages)
    window.show()
    qtbot.waitUntil(lambda: bool(made_in), timeout=10000)  # under way
    ticks: list[int] = []
    QTimer.singleShot(10, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)
    customer = window.list_model.ids()[0]
    window.controller.open_customer(customer)
    assert window.context.session is not None and window.context.session.file.id == customer
    assert window.context.opened_db().daily_backup_pending is False  # taken by the worker
    assert backups_of(path, path.parent / "backups") == []  # not yet written
    go_on.set()
    qtbot.waitUntil(lambda: len(backups_of(path, path.parent / "backups")) == 1, timeout=10000)
    assert threading.main_thread() not in made_in
    _close(window)


def test_a_backup_that_fails_is_said_as_before(
    qtbot, path, settings, languages, made_in, monkeypatch, tmp_path
):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup folder should be", encoding="utf-8")
    monkeypatch.setenv("ACCOUNTDESK_BACKUP_DIR", str(blocker))
    # What opening the file the old way (the backup made at once) reports.
    twin = tmp_path / "twin" / path.name
    twin.parent.mkdir()
    shutil.copyfile(path, twin)
    before = SqliteDatabase(twin)
    expected = before.problems
    before.close()
    assert len(expected) == 1 and str(blocker) in expected[0]
    made_in.clear()

    window = _quick_window(qtbot, path, settings, languages)
    window.show()
    message = f"No backup was made: {expected[0]}"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == message, timeout=10000)
    assert made_in and threading.main_thread() not in made_in
    _close(window)


def test_closing_while_the_backup_is_made_waits_for_it_whole(path, made_in, monkeypatch):
    """The copy is under way in a worker when the file is closed: closing returns once
    it is written, checked and renamed into place."""
    started, go_on = threading.Event(), threading.Event()
    real = sqlite_database.make_backup

    def slow(*args, **kwargs):
        started.set()
        go_on.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(sqlite_database, "make_backup", slow)
    db = opening.open_database_file(path, None, check=False, backup_later=True)
    assert db.daily_backup_pending
    worker = threading.Thread(target=db.make_daily_backup)
    worker.start()
    assert started.wait(10)
    threading.Timer(0.3, go_on.set).start()
    db.close()  # waits for the backup under way
    folder = path.parent / "backups"
    assert go_on.is_set()
    assert len(backups_of(path, folder)) == 1
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []
    worker.join(10)
    assert len(backups_of(path, folder)) == 1  # made once


def test_closing_before_the_worker_started_makes_the_backup_then(path, made_in):
    db = opening.open_database_file(path, None, check=False, backup_later=True)
    assert db.daily_backup_pending and made_in == []
    db.close()
    assert len(made_in) == 1
    assert db.make_daily_backup() == []  # nothing left to make
    assert len(backups_of(path, path.parent / "backups")) == 1
