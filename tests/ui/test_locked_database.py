"""A database another program holds locked: the app says so in its own language."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox
from ui_helpers import customer_id, fill, modal, open_customer

from accountdesk.domain.errors import DatabaseLockedError
from accountdesk.storage import sqlite_database as database
from accountdesk.ui.formatting import plain
from accountdesk.ui.labels import error_reason

HEBREW = "הקובץ {path} נעול בידי תוכנה אחרת; יש לנסות שוב כשהיא תסיים"
PERSIAN = "فایل {path} در اختیار برنامه دیگری قفل شده است؛ وقتی کار آن تمام شد دوباره تلاش کنید"


@pytest.fixture
def short_wait(monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)


@pytest.mark.parametrize(
    "language, words",
    [
        ("en", "{path} is locked by another program; try again when it has finished"),
        ("he", HEBREW),
        ("fa", PERSIAN),
    ],
)
def test_the_one_wording_in_each_language(languages, language, words):
    languages.apply(language)
    shown = error_reason(DatabaseLockedError("/data/accountdesk.sqlite3"))
    assert plain(shown) == words.format(path="/data/accountdesk.sqlite3")
    assert "\u2066/data/accountdesk.sqlite3\u2069" in shown  # the path reads left to right


def test_a_save_while_another_program_holds_the_lock(short_wait, qtbot, window, db, languages):
    import accountdesk.services.service_files as sf

    languages.apply("he")
    open_customer(qtbot, window, "Acme Logistics")
    before = sf.load_file(db, customer_id(db, "Acme Logistics"))
    fill(window.file_view.tab("overview").customer_form, industry="Freight")
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        window.actions_["save"].trigger()
        box = modal(qtbot, QMessageBox)
        assert plain(box.text()) == "מסד הנתונים דחה את השמירה: " + HEBREW.format(path=db.path)
        box.button(QMessageBox.StandardButton.Ok).click()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert sf.load_file(db, before.id) == before
    assert window.isWindowModified()  # the edit is kept, to save once the lock is gone
