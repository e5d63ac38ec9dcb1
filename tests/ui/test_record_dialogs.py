"""One dialog per record, and no silent overwrite of a record changed since its dialog opened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_helpers import fill, modal, open_customer, press_ok

from accountdesk.ui.file.escalation_dialog import EscalationDialog
from accountdesk.ui.file.record_dialog import RecordDialog

Button = QMessageBox.StandardButton


def record_dialogs_of(window) -> list[RecordDialog]:
    """The record dialogs on screen over this window (earlier tests' windows aside)."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, RecordDialog) and w.isVisible() and owned_by(window, w)
    ]


def owned_by(window, widget) -> bool:
    while widget is not None and widget is not window:
        widget = widget.parentWidget()
    return widget is window


def double_click_row(qtbot, view, row: int) -> None:
    """As a mouse does it: press, release, then the double click."""
    point = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_double_clicking_a_system_opens_one_dialog(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    systems = window.file_view.show_tab("systems")
    double_click_row(qtbot, systems.table.view, 0)
    modal(qtbot, RecordDialog)
    assert len(record_dialogs_of(window)) == 1


def test_editing_the_same_record_again_brings_the_open_dialog_forward(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    systems = window.file_view.show_tab("systems")
    systems.edit(0)
    first = modal(qtbot, RecordDialog)
    systems.edit(0)
    assert record_dialogs_of(window) == [first]
    systems.edit(1)  # another record: its own dialog
    assert len(record_dialogs_of(window)) == 2


def test_enter_on_a_row_opens_its_dialog(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    systems = window.file_view.show_tab("systems")
    systems.table.select_row(1)
    systems.table.view.setFocus()
    qtbot.keyClick(systems.table.view, Qt.Key.Key_Return)
    dialog = modal(qtbot, RecordDialog)
    assert dialog.form.editors["name"].value() == "ERP"
    assert len(record_dialogs_of(window)) == 1


def test_ok_on_a_record_changed_since_the_dialog_opened_asks_first(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    session = window.context.session
    systems = window.file_view.show_tab("systems")
    systems.edit(0)
    dialog = modal(qtbot, RecordDialog)
    fill(dialog.form, host="mail02.acme.example")
    # Meanwhile the record changes (another dialog, undo, a reload all end up here).
    changed = session.file.systems[0]
    session.replace_row("systems", 0, type(changed)(**{**vars(changed), "serial": "SN-1"}), "x")
    press_ok(dialog)
    box = modal(qtbot, QMessageBox)
    assert "was changed after this dialog opened" in box.text()
    assert dialog.isVisible()  # nothing stored yet
    assert session.file.systems[0].host == "mail01.acme.example"
    box.button(Button.Cancel).click()  # keep editing
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible() and session.file.systems[0].serial == "SN-1"

    press_ok(dialog)
    box = modal(qtbot, QMessageBox)
    box.button(Button.Save).click()  # my version over theirs, on purpose
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert session.file.systems[0].host == "mail02.acme.example"


def test_discard_keeps_the_other_change(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    session = window.context.session
    systems = window.file_view.show_tab("systems")
    systems.edit(1)
    dialog = modal(qtbot, RecordDialog)
    fill(dialog.form, serial="SN-0000")
    session.move_row("systems", 1, -1, "move")  # moved, not changed: no question
    window.undo_group.undo()  # and back
    erp = session.file.systems[1]
    session.replace_row("systems", 1, type(erp)(**{**vars(erp), "host": "erp2"}), "x")
    press_ok(dialog)
    box = modal(qtbot, QMessageBox)
    box.button(Button.Discard).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert session.file.systems[1].host == "erp2" and session.file.systems[1].serial == "SN-4411"


def test_a_record_only_moved_is_saved_where_it_now_is(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    session = window.context.session
    systems = window.file_view.show_tab("systems")
    systems.edit(1)  # ERP
    dialog = modal(qtbot, RecordDialog)
    fill(dialog.form, serial="SN-9")
    session.move_row("systems", 1, -1, "move")
    press_ok(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [(s.name, s.serial) for s in session.file.systems] == [
        ("ERP", "SN-9"),
        ("Exchange", ""),
    ]


def test_a_record_removed_meanwhile_can_be_added_back(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    session = window.context.session
    systems = window.file_view.show_tab("systems")
    systems.edit(1)
    dialog = modal(qtbot, RecordDialog)
    session.delete_row("systems", 1, "delete")
    press_ok(dialog)
    box = modal(qtbot, QMessageBox)
    assert "was removed after this dialog opened" in box.text()
    box.button(Button.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [s.name for s in session.file.systems] == ["Exchange", "ERP"]


def test_a_level_of_an_escalation_path_opens_once_too(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    escalation = window.file_view.show_tab("escalation")
    escalation.edit(0)
    path = modal(qtbot, EscalationDialog)
    view = path.levels.table.view
    double_click_row(qtbot, view, 1)
    qtbot.waitUntil(lambda: len(record_dialogs_of(window)) == 2)
    qtbot.wait(50)
    assert len(record_dialogs_of(window)) == 2  # the path and one level
