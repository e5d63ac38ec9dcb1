"""Archiving, deleting and the History tab, driven through the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from ui_helpers import click_row, customer_id, fill, modal, open_customer, press_ok

from accountdesk.services import history
from accountdesk.services import service_files as sf
from accountdesk.ui.customers.model import FLAGS, NAME
from accountdesk.ui.file.record_dialog import RecordDialog
from accountdesk.ui.file.view import FileView
from accountdesk.ui.formatting import plain
from accountdesk.ui.history.tab import AFTER, BEFORE, WHAT, WHO
from accountdesk.ui.window import choosers

Button = QMessageBox.StandardButton


@pytest.fixture
def full_window(qtbot, db, settings, languages, monkeypatch):
    """The window with the tabs the app adds at start-up (Summaries, Signed versions, History)."""
    from accountdesk.ui.app import register_extra_tabs
    from accountdesk.ui.window.main_window import MainWindow

    monkeypatch.setattr(FileView, "_registered", [])
    register_extra_tabs()
    main = MainWindow(db, settings, languages)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main._may_close = True


def listed_names(window) -> list[str]:
    """The names as read: without the isolates that keep each in its own direction."""
    model = window.list_model
    return [plain(model.data(model.index(row, NAME))) for row in range(model.rowCount())]


def table_texts(table, row: int) -> dict[int, str]:
    return {column: table.item(row, column).text() for column in range(table.columnCount())}


def test_archive_hides_a_customer_and_show_archived_brings_it_back_marked(qtbot, window, db):
    open_customer(qtbot, window, "Acme Logistics")
    assert window.actions_["archive_customer"].isVisible()
    window.actions_["archive_customer"].trigger()
    assert "Acme Logistics" not in listed_names(window)
    assert sf.is_archived(db, customer_id(db, "Acme Logistics"))
    assert "Archived Acme Logistics" in plain(window.statusBar().currentMessage())
    assert window.actions_["unarchive_customer"].isVisible()
    assert not window.actions_["archive_customer"].isVisible()

    window.customers.archived.click()  # Show archived
    assert "Acme Logistics (archived)" in listed_names(window)
    row = listed_names(window).index("Acme Logistics (archived)")
    flags = window.list_model.index(row, FLAGS).data(Qt.ItemDataRole.ToolTipRole)
    assert "Archived" in flags

    window.actions_["unarchive_customer"].trigger()  # undo: back in the list
    assert "Acme Logistics" in listed_names(window)
    window.customers.archived.click()
    assert "Acme Logistics" in listed_names(window)
    assert not sf.is_archived(db, customer_id(db, "Acme Logistics"))


def test_delete_names_the_customer_offers_an_export_and_deletes(
    qtbot, window, db, tmp_path, monkeypatch
):
    open_customer(qtbot, window, "Acme Logistics")
    acme = customer_id(db, "Acme Logistics")
    target = tmp_path / "acme.json"
    monkeypatch.setattr(choosers, "save_path", lambda *args: target)
    window.actions_["delete_customer"].trigger()
    box = modal(qtbot, QMessageBox)
    assert "Acme Logistics" in box.text() and "0 signed summary versions" in box.text()
    box.button(Button.Save).click()  # Export first…
    assert target.exists() and "Acme Logistics" in target.read_text(encoding="utf-8")
    box = modal(qtbot, QMessageBox)  # asked again after the export
    assert box.button(Button.Save).text() == "&Export first…"
    box.button(Button.Yes).click()
    qtbot.waitUntil(lambda: window.context.session is None)
    assert "Acme Logistics" not in listed_names(window)
    assert acme not in sf.customer_ids(db, sf.CustomerFilter(archived=sf.Archived.INCLUDE))
    assert history.customer_history(db, acme) == []


def test_cancel_deletes_nothing(qtbot, window, db):
    open_customer(qtbot, window, "Acme Logistics")
    window.actions_["delete_customer"].trigger()
    modal(qtbot, QMessageBox).button(Button.Cancel).click()
    assert "Acme Logistics" in listed_names(window)
    assert window.context.session is not None


def test_a_customer_deleted_elsewhere_is_not_left_chosen_in_the_list(qtbot, window, db):
    open_customer(qtbot, window, "Acme Logistics")
    acme = customer_id(db, "Acme Logistics")
    gone = next(i for i in window.list_model.ids() if i != acme)
    sf.delete_customer(db, gone)  # by a colleague, or another window
    view = window.customers.view
    pressed = view.visualRect(window.list_model.index(window.list_model.row_of(gone), NAME))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pressed.center())
    qtbot.waitUntil(lambda: gone not in window.list_model.ids())
    assert "no longer exists" in window.statusBar().currentMessage()
    assert window.context.session.file.id == acme
    qtbot.waitUntil(  # highlighted, once the click is over
        lambda: (
            [i.row() for i in view.selectionModel().selectedRows()]
            == [window.list_model.row_of(acme)]
        )
    )
    assert view.currentIndex().row() == window.list_model.row_of(acme)


def test_history_shows_who_changed_a_phone_and_puts_the_old_one_back(qtbot, full_window, db):
    window = full_window
    supporter = window.customers.supporter
    supporter.setCurrentIndex(supporter.findData("Dana Levi"))  # "my customers": I am Dana
    open_customer(qtbot, window, "Acme Logistics")
    acme = customer_id(db, "Acme Logistics")

    contacts = window.file_view.show_tab("contacts")
    contacts.edit(0)
    dialog = modal(qtbot, RecordDialog)
    fill(dialog.form, phone="03-555-9999")
    press_ok(dialog)
    window.actions_["save"].trigger()
    assert sf.load_file(db, acme).contacts[0].phone == "+97235559999"

    tab = window.file_view.show_tab("history").real
    table = tab.table
    first = table_texts(table, 0)
    assert "Dana Levi" in first[WHO]
    assert [part.strip("\u2068\u2069") for part in first[WHAT].split(" › ")] == [
        "Contacts",
        "Yossi Cohen",
        "Phone",
    ]
    assert "+972 3-555-1234" in first[BEFORE] and "+972 3-555-9999" in first[AFTER]
    assert "Created the service file" in table_texts(table, table.rowCount() - 1)[WHAT]

    click_row(table, 0)
    assert tab.put_back_button.isEnabled()
    tab.put_back_button.click()
    qtbot.waitUntil(lambda: not window.isWindowModified())
    assert sf.load_file(db, acme).contacts[0].phone == "+97235551234"
    assert window.context.session.file.contacts[0].phone == "+97235551234"
    newest = table_texts(table, 0)  # the putting back is itself a line of the history
    assert "+972 3-555-9999" in newest[BEFORE] and "+972 3-555-1234" in newest[AFTER]
    assert "Dana Levi" in newest[WHO]
    assert table.rowCount() == 3


def test_putting_back_refuses_while_there_are_unsaved_changes(qtbot, full_window, db):
    window = full_window
    open_customer(qtbot, window, "Acme Logistics")
    window.context.session.set_field("industry", "Freight", "Edit industry")
    window.actions_["save"].trigger()
    window.context.session.set_field("notes", "not saved yet", "Edit notes")
    tab = window.file_view.show_tab("history").real
    click_row(tab.table, 0)
    tab.put_back_button.click()
    box = modal(qtbot, QMessageBox)
    assert "Save or undo your changes first" in box.text()
    box.button(Button.Ok).click()
    assert sf.load_file(db, customer_id(db, "Acme Logistics")).industry == "Freight"
