"""Undo and redo as the user sees them: fields, list rows, record dialogs, the dirty mark."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QMessageBox
from ui_helpers import answer, fill, modal, open_customer, press_ok

from accountdesk.domain.service_file import ServiceFile
from accountdesk.ui.file.record_dialog import RecordDialog
from accountdesk.ui.formatting import plain

Button = QMessageBox.StandardButton


def shown_column(tab, column: int = 0) -> list[str]:
    """The texts of one column of a tab's table, top to bottom, as on screen."""
    model = tab.table.view.model()
    return [plain(model.data(model.index(row, column))) for row in range(model.rowCount())]


def undo_text(window) -> str:
    return window.actions_.undo.text().replace("&", "")


def test_typing_then_undo_and_redo_show_each_state_in_the_field(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    industry = window.file_view.show_tab("overview").customer_form.editors["industry"]
    industry.setFocus()
    industry.end(False)
    qtbot.keyClicks(industry, " and freight")
    assert window.isWindowModified()
    assert undo_text(window) == "Undo Edit Industry"
    window.actions_.undo.trigger()
    assert industry.text() == "Logistics"
    assert window.context.session.file.industry == "Logistics"
    assert not window.isWindowModified()
    window.actions_.redo.trigger()
    assert industry.text() == "Logistics and freight"
    assert window.isWindowModified()


def test_typing_back_to_the_saved_text_leaves_nothing_to_undo(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    industry = window.file_view.show_tab("overview").customer_form.editors["industry"]
    industry.setFocus()
    industry.end(False)
    qtbot.keyClicks(industry, "x")
    qtbot.keyClick(industry, "\b")
    assert industry.text() == "Logistics"
    assert not window.isWindowModified()
    assert not window.actions_.undo.isEnabled()


def test_undo_of_a_field_does_not_touch_a_later_field(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    form = window.file_view.show_tab("overview").customer_form
    fill(form, industry="Freight")
    fill(form, notes="Call before noon")
    window.actions_.undo.trigger()
    assert form.editors["notes"].value() == ""
    assert form.editors["industry"].value() == "Freight"
    window.actions_.undo.trigger()
    assert form.editors["industry"].value() == "Logistics"


def test_a_row_added_deleted_and_moved_comes_and_goes_with_undo_and_redo(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    systems = window.file_view.show_tab("systems")
    systems.table.add_button.click()
    dialog = modal(qtbot, RecordDialog)
    fill(dialog.form, name="Backup", host="bk01.acme.example")
    press_ok(dialog)
    assert shown_column(systems) == ["Exchange", "ERP", "Backup"]

    systems.move_record(2, -1)  # what a table that may be reordered asks for
    assert shown_column(systems) == ["Exchange", "Backup", "ERP"]
    assert undo_text(window) == "Undo Reorder system"

    systems.table.select_row(0)
    systems.table.delete_button.click()
    answer(qtbot, Button.Yes)
    assert shown_column(systems) == ["Backup", "ERP"]

    window.actions_.undo.trigger()
    assert shown_column(systems) == ["Exchange", "Backup", "ERP"]
    window.actions_.undo.trigger()
    assert shown_column(systems) == ["Exchange", "ERP", "Backup"]
    window.actions_.undo.trigger()
    assert shown_column(systems) == ["Exchange", "ERP"]
    assert not window.isWindowModified()
    window.actions_.redo.trigger()
    window.actions_.redo.trigger()
    window.actions_.redo.trigger()
    assert shown_column(systems) == ["Backup", "ERP"]
    assert [s.name for s in window.context.session.file.systems] == ["Backup", "ERP"]


def test_an_edit_in_a_record_dialog_is_one_step_shown_in_the_table(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    systems = window.file_view.show_tab("systems")
    host = 2  # the Host column
    systems.edit(1)
    dialog = modal(qtbot, RecordDialog)
    fill(dialog.form, host="erp-new.acme.example", serial="SN-9")
    press_ok(dialog)
    assert shown_column(systems, host) == ["mail01.acme.example", "erp-new.acme.example"]
    assert undo_text(window) == "Undo Edit system"
    window.actions_.undo.trigger()
    assert shown_column(systems, host) == ["mail01.acme.example", "erp-prod.acme.example"]
    assert window.context.session.file.systems[1].serial == "SN-4411"
    window.actions_.redo.trigger()
    assert shown_column(systems, host) == ["mail01.acme.example", "erp-new.acme.example"]
    assert window.context.session.file.systems[1].serial == "SN-9"


def test_undo_past_a_save_marks_the_file_changed_again(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    form = window.file_view.show_tab("overview").customer_form
    fill(form, industry="Freight")
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: not window.isWindowModified())
    fill(form, notes="Call before noon")
    assert window.isWindowModified()
    window.actions_.undo.trigger()
    assert not window.isWindowModified()  # as saved
    assert form.editors["notes"].value() == ""
    assert form.editors["industry"].value() == "Freight"


def test_edits_undo_and_redo_never_copy_the_whole_file(qtbot, window, monkeypatch):
    open_customer(qtbot, window, "Acme Logistics")
    open_file = window.context.session.file
    plain_deepcopy = copy.deepcopy

    def refuse(self, memo):
        if self is open_file:
            raise AssertionError("the whole service file was copied")
        del ServiceFile.__deepcopy__  # a file made to check one list: copied as usual
        try:
            return plain_deepcopy(self, memo)
        finally:
            ServiceFile.__deepcopy__ = refuse

    monkeypatch.setattr(ServiceFile, "__deepcopy__", refuse, raising=False)
    industry = window.file_view.show_tab("overview").customer_form.editors["industry"]
    industry.setFocus()
    qtbot.keyClicks(industry, "abc")
    systems = window.file_view.show_tab("systems")
    systems.move_record(1, -1)
    systems.edit(0)
    dialog = modal(qtbot, RecordDialog)
    fill(dialog.form, name="")  # a problem shown, checked again as the user types
    press_ok(dialog)
    assert dialog.shown_problems()
    fill(dialog.form, name="ERP 2")
    press_ok(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    for _ in range(3):
        window.actions_.undo.trigger()
    assert shown_column(systems) == ["Exchange", "ERP"]
    assert industry.text() == "Logistics"
    for _ in range(3):
        window.actions_.redo.trigger()
    assert shown_column(systems) == ["ERP 2", "Exchange"]
