"""The Reports tab as an account manager meets it: the period's verdicts and the same
monthly series as the PDF's charts, every miss listed with its improvement item (added in
a dialog, one step of undo), the report previewed and issued."""

from __future__ import annotations

import datetime as dt

import pytest

from accountdesk.domain.enums import DocumentKind, ExpectationStatus
from accountdesk.domain.monthly import SeriesMeasure
from accountdesk.services import service_files as sf
from accountdesk.services.incidents.importer import import_incidents
from accountdesk.services.incidents.mappings import GENERIC
from accountdesk.services.signing.versions import list_versions
from accountdesk.ui.reports.item_dialog import ImprovementDialog
from accountdesk.ui.reports.tab import ReportsTab, last_quarter
from accountdesk.ui.widgets.editors import to_qdate
from tests.ui.ui_helpers import customer_id, open_customer

HEADER = "ticket,customer,system,severity,opened,first_response,resolved,service_down,title\n"


def _promise(db) -> None:
    file = sf.load_file(db, customer_id(db, "Acme Logistics"))
    e = file.expectations[0]
    e.status = ExpectationStatus.AGREED
    e.response_critical_minutes = 30
    e.share_percent = 95
    sf.save_file(db, file)
    rows = [
        "T-1,Acme Logistics,,critical,2026-03-02T09:00:00+02:00,2026-03-02T09:20:00+02:00,"
        "2026-03-02T12:10:00+02:00,no,Mail",
        "T-2,Acme Logistics,,critical,2026-03-03T09:00:00+02:00,2026-03-03T09:50:00+02:00,"
        "2026-03-03T10:00:00+02:00,no,VPN",
    ]
    import_incidents(db, (HEADER + "\n".join(rows) + "\n").encode(), GENERIC)


@pytest.fixture
def window(tabbed_window):
    return tabbed_window


def _reports_tab(qtbot, window) -> ReportsTab:
    open_customer(qtbot, window, "Acme Logistics")
    lazy = window.file_view.show_tab("reports")
    qtbot.waitUntil(lambda: getattr(lazy, "real", None) is not None)
    tab = lazy.real
    tab.start.setDate(to_qdate(dt.date(2026, 2, 1)))
    tab.end.setDate(to_qdate(dt.date(2026, 3, 31)))
    return tab


def test_the_last_quarter_is_offered_first():
    assert last_quarter(dt.date(2026, 5, 17)) == last_quarter(dt.date(2026, 4, 1))
    period = last_quarter(dt.date(2026, 1, 3))
    assert (period.start, period.end) == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))


def test_verdicts_charts_and_a_flagged_miss(qtbot, window, db):
    _promise(db)
    tab = _reports_tab(qtbot, window)
    assert tab.figures.lines()[0].startswith("✖ missed")
    charts = {chart.series.measure: chart for chart in tab.chart_widgets()}
    chart = charts[SeriesMeasure.RESPONSE]
    assert chart.tip().splitlines() == ["1 Feb 2026: –", "1 Mar 2026: 50.00%"]
    [(bar, met)] = chart.bars()
    assert not met and bar.height() > 0
    assert tab.model.rowCount() == 1
    assert "No improvement item yet" in tab.model.index(0, 1).data()
    assert tab.status.text().startswith("1 missed promise without an improvement item")


def test_an_item_is_added_in_a_dialog_and_undone_in_one_step(qtbot, window, db):
    _promise(db)
    tab = _reports_tab(qtbot, window)
    tab.edit_item(0)
    dialog = tab.dialog
    assert isinstance(dialog, ImprovementDialog)
    dialog.accept()  # nothing typed: refused, naming the field
    assert dialog.isVisible() and dialog.problem.text() == "What will change is required"
    dialog.change.setPlainText("A second VPN gateway")
    dialog.owner.setCurrentText("Dana Levi")
    dialog.has_due.setChecked(True)
    dialog.due.setDate(to_qdate(dt.date(2026, 5, 1)))
    dialog.accept()
    row = [tab.model.index(0, c).data() for c in range(4)]
    assert row[1:] == [
        "\u2068A second VPN gateway\u2069",
        "\u2068Dana Levi\u2069",
        "\u20681 May 2026\u2069",
    ]
    [report] = tab.session.file.reports
    assert (report.period_start, report.period_end) == (dt.date(2026, 2, 1), dt.date(2026, 3, 31))
    assert report.results[0].met is False and report.results[0].achieved
    tab.session.undo_stack.undo()
    assert tab.session.file.reports == []
    assert "No improvement item yet" in tab.model.index(0, 1).data()


def test_preview_then_issue_the_saved_report(qtbot, window, db):
    _promise(db)
    tab = _reports_tab(qtbot, window)
    tab.preview()
    qtbot.waitUntil(lambda: tab.report is not None, timeout=30_000)
    assert tab.document.pageCount() >= 2
    assert tab.issue()
    [version] = list_versions(db, tab.session.file.id, DocumentKind.REPORT)
    assert version.number == 1 and version.period is not None
    assert "Issued report version 1" in tab.status.text()
