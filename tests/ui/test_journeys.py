"""The main journeys through the real window, checked as a user would see them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select
from ui_helpers import answer, click_row, customer_id, fill, modal, open_customer, press_ok

from accountdesk.domain.enums import Severity, Topic
from accountdesk.services import service_files as sf
from accountdesk.storage import tables as t
from accountdesk.ui.file.escalation_dialog import EscalationDialog
from accountdesk.ui.file.expectation_dialog import ExpectationDialog
from accountdesk.ui.file.record_dialog import RecordDialog
from accountdesk.ui.formatting import plain
from accountdesk.ui.window.conflict_dialog import ConflictDialog

Button = QMessageBox.StandardButton


def add_row(qtbot, tab, kind=RecordDialog):
    tab.table.add_button.click()
    return modal(qtbot, kind)


def test_create_a_customer_with_systems_contacts_escalation_and_expectations(qtbot, window, db):
    window.actions_["new_customer"].trigger()
    assert window.isWindowModified()
    overview = window.file_view.show_tab("overview")
    fill(overview.customer_form, name="Globex Health", industry="Health care", country="IL")
    fill(overview.people_form, supporter="Dana Levi")

    contacts = window.file_view.show_tab("contacts")
    dialog = add_row(qtbot, contacts)
    fill(dialog.form, name="Noa Bar", role="CIO", phone="052-555-7777", email="noa@globex.example")
    press_ok(dialog)
    assert contacts.model.rowCount() == 1

    systems = window.file_view.show_tab("systems")
    dialog = add_row(qtbot, systems)
    fill(dialog.form, name="PACS", host="pacs01.globex.example", serial="PX-9")
    dialog.form.editors["owner_key"].setCurrentIndex(1)  # Noa Bar
    press_ok(dialog)

    escalation = window.file_view.show_tab("escalation")
    dialog = add_row(qtbot, escalation, EscalationDialog)
    assert dialog.form.editors["severity"].value() == Severity.CRITICAL
    dialog.levels.add()
    level = modal(qtbot, RecordDialog)
    fill(level.form, staff_name="Dana Levi", after_minutes=0)
    press_ok(level)
    qtbot.waitUntil(lambda: len(dialog.levels.rows) == 1)
    press_ok(dialog)

    expectations = window.file_view.show_tab("expectations")
    dialog = add_row(qtbot, expectations, ExpectationDialog)
    fill(dialog.form, customer_words="Images must always open", topic=Topic.AVAILABILITY)
    fill(dialog.plain_form, failures_per_year=2, hours_per_failure=8)
    press_ok(dialog)

    window.actions_["save"].trigger()
    assert not window.isWindowModified()
    saved = sf.load_file(db, customer_id(db, "Globex Health"))
    assert saved.industry == "Health care"
    assert saved.contacts[0].phone == "+972525557777"
    assert saved.systems[0].host == "pacs01.globex.example"
    assert saved.systems[0].owner_key == saved.contacts[0].key
    assert saved.escalation_paths[0].levels[0].staff_name == "Dana Levi"
    assert saved.expectations[0].failures_per_year == 2
    assert "Globex Health" in window.statusBar().currentMessage()
    assert window.customers.current_id() == saved.id


def test_find_a_system_by_a_fragment_of_its_host_name_and_land_on_it(qtbot, window, db):
    with qtbot.waitSignal(window.search.results_shown, timeout=5000):
        qtbot.keyClicks(window.search.field, "erp-pro")
    assert window.left_stack.currentWidget() is window.search.results
    shown = window.search.model.results()
    assert shown and shown[0].kind == "system" and shown[0].title == "ERP"
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.session is not None)
    assert window.context.session.file.name == "Acme Logistics"
    assert window.file_view.current_key() == "systems"
    systems = window.file_view.tab("systems")
    row = systems.table.current_row()
    assert systems.model.record(row).host == "erp-prod.acme.example"
    assert window.customers.current_id() == customer_id(db, "Acme Logistics")


def test_search_ctrl_enter_opens_the_supporters_card_at_the_contact(qtbot, window):
    with qtbot.waitSignal(window.search.results_shown, timeout=5000):
        qtbot.keyClicks(window.search.field, "Yossi")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.card is not None and window.card.isVisible())
    assert window.card.file.name == "Acme Logistics"
    assert window.card.highlighted_title().startswith("Yossi Cohen")


def test_a_validation_problem_shows_under_its_field_and_nothing_is_saved(qtbot, window, db):
    open_customer(qtbot, window, "Acme Logistics")
    before = sf.load_file(db, customer_id(db, "Acme Logistics"))
    overview = window.file_view.tab("overview")
    fill(overview.customer_form, industry="Freight")  # a good change, must not be saved alone
    fill(overview.window_form, timezone="Mars/Olympus")
    window.actions_["save"].trigger()
    shown = overview.shown_problems()
    assert shown == {"timezone": "Time zone is not a known time zone"}
    assert overview.window_form.errors["timezone"].isVisible()
    assert window.isWindowModified()
    assert sf.load_file(db, before.id) == before
    assert "Not saved" in window.statusBar().currentMessage()


def test_a_dialog_keeps_its_problem_under_the_field_until_fixed(qtbot, window, db):
    open_customer(qtbot, window, "Acme Logistics")
    contacts = window.file_view.show_tab("contacts")
    dialog = add_row(qtbot, contacts)
    fill(dialog.form, name="", email="not-an-address")
    press_ok(dialog)
    assert dialog.isVisible()
    shown = dialog.shown_problems()
    assert shown["name"] == "Name is required"
    assert shown["email"].startswith("E-mail is not a valid e-mail address")
    fill(dialog.form, name="Avi", email="avi@acme.example")
    press_ok(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert contacts.model.rowCount() == 2
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(t.Contact)) == 3  # not saved before Save


def test_the_conflict_dialog_offers_reload_when_another_session_saved_first(qtbot, window, db):
    open_customer(qtbot, window, "Acme Logistics")
    theirs = sf.load_file(db, window.context.session.file.id)
    theirs.industry = "Theirs"
    sf.save_file(db, theirs)  # behind the window's back
    fill(window.file_view.tab("overview").customer_form, industry="Mine")
    window.actions_["save"].trigger()
    dialog = modal(qtbot, ConflictDialog)
    assert sf.load_file(db, theirs.id).industry == "Theirs"  # nothing overwritten
    dialog.reload_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.context.session.file.industry == "Theirs"
    assert not window.isWindowModified()


def test_keep_a_copy_of_mine_saves_it_as_a_new_customer(qtbot, window, db):
    open_customer(qtbot, window, "Acme Logistics")
    theirs = sf.load_file(db, window.context.session.file.id)
    theirs.industry = "Theirs"
    sf.save_file(db, theirs)
    fill(window.file_view.tab("overview").customer_form, industry="Mine")
    window.actions_["save"].trigger()
    modal(qtbot, ConflictDialog).copy_button.click()
    qtbot.waitUntil(lambda: window.context.session.file.name == "Acme Logistics (my copy)")
    copy = sf.load_file(db, customer_id(db, "Acme Logistics (my copy)"))
    assert copy.industry == "Mine" and len(copy.systems) == 2
    assert sf.load_file(db, theirs.id).industry == "Theirs"


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(qtbot, window, db):
    open_customer(qtbot, window, "Acme Logistics")
    fill(window.file_view.tab("overview").customer_form, industry="Changed")
    window.close()
    answer(qtbot, Button.Cancel)
    assert window.isVisible()
    window.close()
    answer(qtbot, Button.Save)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert sf.load_file(db, customer_id(db, "Acme Logistics")).industry == "Changed"


def test_switching_customer_with_unsaved_changes_asks_save_discard_cancel(qtbot, window, db):
    open_customer(qtbot, window, "Acme Logistics")
    acme_id = window.context.session.file.id
    fill(window.file_view.tab("overview").customer_form, industry="Changed")
    other = window.list_model.row_of(customer_id(db, "מרפאות השרון"))
    click_row(window.customers.view, other)
    answer(qtbot, Button.Cancel)
    assert window.context.session.file.id == acme_id
    assert window.customers.current_id() == acme_id
    click_row(window.customers.view, other)
    answer(qtbot, Button.Discard)
    qtbot.waitUntil(lambda: window.context.session.file.name == "מרפאות השרון")
    assert sf.load_file(db, acme_id).industry == "Logistics"


def test_undo_and_redo_follow_the_edits_and_the_dirty_mark(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    systems = window.file_view.show_tab("systems")
    systems.table.select_row(0)
    systems.table.delete_button.click()
    answer(qtbot, Button.Yes)
    assert [s.name for s in window.context.session.file.systems] == ["ERP"]
    assert window.isWindowModified()
    assert window.actions_.undo.text().replace("&", "") == "Undo Delete system"
    window.actions_.undo.trigger()
    assert [s.name for s in window.context.session.file.systems] == ["Exchange", "ERP"]
    assert systems.model.rowCount() == 2
    assert not window.isWindowModified()
    window.actions_.redo.trigger()
    assert systems.model.rowCount() == 1
    assert window.isWindowModified()


def test_typing_into_a_field_is_one_undo_step(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    industry = window.file_view.tab("overview").customer_form.editors["industry"]
    industry.clear()
    qtbot.keyClicks(industry, "Freight")
    assert window.context.session.file.industry == "Freight"
    assert window.context.session.undo_stack.count() == 1
    window.actions_.undo.trigger()
    assert industry.text() == "Logistics"


def test_keep_a_copy_of_mine_in_a_json_file_then_show_theirs(
    qtbot, window, db, tmp_path, monkeypatch
):
    from accountdesk.services import json_format
    from accountdesk.ui.window import choosers

    target = tmp_path / "mine.json"
    monkeypatch.setattr(choosers, "save_path", lambda *args: target)
    open_customer(qtbot, window, "Acme Logistics")
    theirs = sf.load_file(db, window.context.session.file.id)
    theirs.industry = "Theirs"
    sf.save_file(db, theirs)
    fill(window.file_view.tab("overview").customer_form, industry="Mine")
    window.actions_["save"].trigger()
    modal(qtbot, ConflictDialog).export_button.click()
    qtbot.waitUntil(lambda: window.context.session.file.industry == "Theirs")
    mine = json_format.parse_document(target.read_text(encoding="utf-8"))
    assert mine[0].industry == "Mine" and mine[0].name == "Acme Logistics"


def test_a_customer_deleted_elsewhere_can_still_be_kept_as_a_copy(qtbot, window, db):
    open_customer(qtbot, window, "Acme Logistics")
    session = window.context.session
    sf.delete_customer(db, session.file.id)
    fill(window.file_view.tab("overview").customer_form, industry="Mine")
    window.actions_["save"].trigger()
    dialog = modal(qtbot, ConflictDialog)
    assert not dialog.reload_button.isVisible()
    dialog.copy_button.click()
    qtbot.waitUntil(lambda: window.context.session.file.name == "Acme Logistics (my copy)")


def test_new_customer_with_unsaved_changes_asks_first(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    fill(window.file_view.tab("overview").customer_form, industry="Changed")
    window.actions_["new_customer"].trigger()
    answer(qtbot, Button.Discard)
    assert window.context.session.is_new
    assert plain(window.windowTitle()).startswith("New customer")
