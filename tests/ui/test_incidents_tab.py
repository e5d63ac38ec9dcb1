"""The Incidents tab as a user meets it: a period's figures against each promise, met or
missed at a glance, and incidents added, corrected and deleted by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from accountdesk.services import service_files as sf
from accountdesk.ui.incidents.dialog import IncidentDialog
from accountdesk.ui.incidents.tab import IncidentsTab
from accountdesk.ui.widgets.editors import to_qdate
from tests.ui.ui_helpers import (
    INCIDENTS_HEADER,
    answer,
    customer_id,
    modal,
    open_customer,
    press_ok,
    promise_critical_response,
)


def _promise(db) -> None:
    promise_critical_response(
        db,
        "Acme Logistics",
        [
            # Monday 09:00-12:10 Jerusalem, down; answered in 20 minutes.
            "T-1,Acme Logistics,Exchange,critical,2026-03-02T09:00:00+02:00,2026-03-02T09:20:00+02:00,"
            "2026-03-02T12:10:00+02:00,yes,Mail down",
            # Answered after 50 covered minutes: late.
            "T-2,Acme Logistics,,critical,2026-03-03T09:00:00+02:00,2026-03-03T09:50:00+02:00,"
            "2026-03-03T10:00:00+02:00,no,VPN",
        ],
    )


@pytest.fixture
def window(tabbed_window):
    return tabbed_window


def _incidents_tab(qtbot, window) -> IncidentsTab:
    open_customer(qtbot, window, "Acme Logistics")
    lazy = window.file_view.show_tab("incidents")
    qtbot.waitUntil(lambda: getattr(lazy, "real", None) is not None)
    tab = lazy.real
    tab.start.setDate(to_qdate(dt.date(2026, 3, 1)))
    tab.end.setDate(to_qdate(dt.date(2026, 3, 31)))
    return tab


def test_figures_beside_the_promise_at_a_glance(qtbot, window, db):
    _promise(db)
    tab = _incidents_tab(qtbot, window)
    assert tab.model.rowCount() == 2
    opened = {tab.model.index(row, 4).data() for row in range(2)}
    assert opened == {"\u206802/03/2026 09:00\u2069", "\u206803/03/2026 09:00\u2069"}  # dated
    lines = tab.figures.lines()
    assert lines[0] == "✖ missed — \u2068Mail must not go down\u2069"
    assert lines[1] == (
        "1 failure, lasting 3 hours 10 minutes — the promise was at most 4 a year, "
        "each within 4 hours: kept"
    )
    assert lines[2] == (
        "critical incidents answered within 30 minutes: 1 of 2 (50%) — promised 95%: missed by 1"
    )
    assert tab.summary.text() == "2 incidents opened in this period, 1 with the service down"


def test_an_incident_by_hand_bad_then_fixed_then_deleted(qtbot, window, db):
    _promise(db)
    tab = _incidents_tab(qtbot, window)
    tab.table.add_requested.emit()
    dialog = modal(qtbot, IncidentDialog)
    form = dialog.form
    form.editors["ticket"].set_value("T-3")
    opened = dt.datetime(2026, 3, 4, 8, 0, tzinfo=dt.UTC)
    form.editors["opened"].set_value(opened)
    form.editors["resolved"].set_value(opened - dt.timedelta(hours=1))
    press_ok(dialog)
    assert dialog.isVisible()
    assert form.visible_problems() == {
        "resolved": "Resolved must not be before the incident was opened"
    }
    form.editors["resolved"].set_value(opened + dt.timedelta(hours=1))
    press_ok(dialog)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    tab.table.delete_requested.emit(2)
    answer(qtbot, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)


def test_a_ticket_already_stored_is_refused_naming_the_field(qtbot, window, db):
    _promise(db)
    tab = _incidents_tab(qtbot, window)
    tab.table.add_requested.emit()
    dialog = modal(qtbot, IncidentDialog)
    dialog.form.editors["ticket"].set_value("T-1")
    press_ok(dialog)
    assert dialog.form.visible_problems() == {"ticket": "Ticket ID 'T-1' already exists"}
    dialog.reject()


def test_the_figures_in_hebrew(qtbot, window, db, languages):
    _promise(db)
    tab = _incidents_tab(qtbot, window)
    languages.apply("he")
    qtbot.waitUntil(lambda: tab.figures.lines()[0].startswith("✖ לא עמדנו בהבטחה"))
    assert tab.figures.lines()[2] == (
        "תקלות קריטיות שנענו תוך 30 דקות: 1 מתוך 2 (50%) — הובטח 95%: חסרה אחת"
    )


def test_import_dialog_lists_unmatched_rows_and_files_an_alias(
    qtbot, db, settings, languages, tmp_path
):
    from accountdesk.ui.incidents.import_dialog import ImportIncidentsDialog

    export = tmp_path / "export.csv"
    export.write_text(
        INCIDENTS_HEADER + "T-9,Acme Ltd (helpdesk),,high,2026-03-02T09:00:00+02:00,,,no,Printer\n",
        encoding="utf-8",
    )
    acme = customer_id(db, "Acme Logistics")
    dialog = ImportIncidentsDialog(db, settings, [(acme, "Acme Logistics")])
    qtbot.addWidget(dialog)
    dialog.mapping_combo.setCurrentIndex(dialog.mapping_combo.findData("generic"))
    assert dialog.columns["opened"].text() == "opened"
    dialog.set_path(export)
    dialog.run_import()
    assert dialog.outcome.text() == "0 added, 0 updated, 0 unchanged, 1 not matched to a customer"
    assert (
        dialog.unmatched.item(0).text()
        == "Line 2: \u2068T-9\u2069: \u2068Acme Ltd (helpdesk)\u2069"
    )
    dialog.unmatched.setCurrentRow(0)
    dialog.save_alias()
    assert dialog.outcome.text() == "1 added, 0 updated, 0 unchanged, 0 not matched to a customer"
    # The adjusted mapping is kept for next time.
    assert "opened" in settings.incident_mapping()


def test_import_dialog_bad_rows_import_nothing_and_say_why(
    qtbot, db, settings, languages, tmp_path
):
    from accountdesk.ui.incidents.import_dialog import ImportIncidentsDialog

    export = tmp_path / "export.csv"
    export.write_text(
        INCIDENTS_HEADER + "T-1,Acme Logistics,,urgent,2026-03-02T09:00:00+02:00,,,no,x\n",
        encoding="utf-8",
    )
    dialog = ImportIncidentsDialog(db, settings, [])
    qtbot.addWidget(dialog)
    dialog.mapping_combo.setCurrentIndex(dialog.mapping_combo.findData("generic"))
    dialog.set_path(export)
    dialog.run_import()
    assert dialog.problems.text().splitlines()[0] == "Nothing was imported:"
    assert "urgent" in dialog.problems.text()
    assert dialog.imported is None


def test_the_title_is_read_beside_the_ticket_without_scrolling(qtbot, window, db):
    _promise(db)
    window.resize(1400, 900)
    tab = _incidents_tab(qtbot, window)
    view = tab.table.view
    qtbot.waitUntil(lambda: view.viewport().width() > 600, timeout=5000)
    tab.table.fit_columns()
    header = view.horizontalHeader()
    assert tab.model.headerData(1, Qt.Orientation.Horizontal) == "Title"
    assert {tab.model.index(row, 1).data() for row in range(2)} == {
        "\u2068Mail down\u2069",
        "\u2068VPN\u2069",
    }
    right = header.sectionViewportPosition(1) + header.sectionSize(1)
    assert header.sectionViewportPosition(1) >= 0
    assert right <= view.viewport().width()


def test_a_promise_of_the_home_view_opens_with_its_expectation_selected(qtbot, window, db):
    _promise(db)
    cid = customer_id(db, "Acme Logistics")
    expectation = sf.load_file(db, cid).expectations[0]
    window.controller.open_customer(cid, ("incidents", expectation.id))  # as a home row does
    qtbot.waitUntil(lambda: window.file_view.current_key() == "incidents", timeout=5000)
    lazy = window.file_view.tab("incidents")
    qtbot.waitUntil(lambda: getattr(lazy, "real", None) is not None)
    figures = lazy.real.figures
    qtbot.waitUntil(lambda: figures.currentItem() is not None, timeout=5000)
    line = figures.currentItem().text(0)
    assert line.endswith("\u2068Mail must not go down\u2069")
    assert figures.currentItem().isSelected()


def test_a_verdict_line_cut_short_shows_whole_on_hover(qtbot, window, db):
    _promise(db)
    tab = _incidents_tab(qtbot, window)
    top = tab.figures.topLevelItem(0)
    assert top.toolTip(0) == top.text(0) == "✖ missed — \u2068Mail must not go down\u2069"
