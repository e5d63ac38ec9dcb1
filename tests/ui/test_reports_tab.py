"""The Reports tab as an account manager meets it: the period's verdicts and the same
monthly series as the PDF's charts, every miss listed with its improvement item (added in
a dialog, one step of undo), the report previewed and issued."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtTest import QTest

from accountdesk.domain.enums import (
    DocumentKind,
    FeedbackChannel,
    FeedbackScale,
    SummaryStatus,
)
from accountdesk.domain.monthly import SeriesMeasure
from accountdesk.domain.service_file import FeedbackData
from accountdesk.services import service_files as sf
from accountdesk.services.signing.versions import list_versions
from accountdesk.ui.reports.item_dialog import ImprovementDialog
from accountdesk.ui.reports.tab import ReportsTab, last_quarter
from accountdesk.ui.widgets.editors import to_qdate
from tests.ui.ui_helpers import customer_id, open_customer, promise_critical_response

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "signing"))  # the test certificates


def _promise(db) -> None:
    promise_critical_response(
        db,
        "Acme Logistics",
        [
            "T-1,Acme Logistics,,critical,2026-03-02T09:00:00+02:00,2026-03-02T09:20:00+02:00,"
            "2026-03-02T12:10:00+02:00,no,Mail",
            "T-2,Acme Logistics,,critical,2026-03-03T09:00:00+02:00,2026-03-03T09:50:00+02:00,"
            "2026-03-03T10:00:00+02:00,no,VPN",
        ],
    )


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
    assert chart.tip().splitlines() == ["Feb 2026: –", "Mar 2026: 50.00%"]
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
    assert "missed promise" not in tab.status.text()  # no "0 missed promises…"
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
    assert tab.status.text() == "1 missed promise without an improvement item"


def test_a_period_without_a_miss_says_nothing_of_missing_items(qtbot, window):
    tab = _reports_tab(qtbot, window)
    assert tab.model.rowCount() == 0
    assert tab.status.text() == ""
    tab.preview()
    qtbot.waitUntil(lambda: tab.report is not None, timeout=30_000)
    assert re.fullmatch(r"pages: \d+ · content ID \S+", tab.status.text())


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


def _idle(qtbot, panel) -> None:
    qtbot.waitUntil(
        lambda: not panel._busy and all(r.check is not None for r in panel.model.rows()),
        timeout=30_000,
    )
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.waitUntil(lambda: not panel._busy, timeout=30_000)


def _accept(qtbot, panel, button, fill) -> None:
    button.click()
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    fill(dialog)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    _idle(qtbot, panel)


def _said(db, name: str, *feedback: FeedbackData) -> None:
    file = sf.load_file(db, customer_id(db, name))
    file.feedback += feedback
    sf.save_file(db, file)


def test_the_voice_line_sets_the_customer_beside_every_customer(qtbot, window, db, languages):
    day = dt.date(2026, 3, 10)
    _said(
        db,
        "Acme Logistics",
        FeedbackData(received_on=day, scale=FeedbackScale.NPS, score=10),
        FeedbackData(received_on=day, scale=FeedbackScale.CSAT, score=5),
    )
    _said(
        db,
        "מרפאות השרון",
        FeedbackData(received_on=day, scale=FeedbackScale.NPS, score=2),
        FeedbackData(received_on=day, channel=FeedbackChannel.COMPLAINT),
    )
    tab = _reports_tab(qtbot, window)
    assert tab.voice.text() == (
        "In this period: NPS 100 (all customers 0); CSAT share satisfied 100% "
        "(all customers 100%); CES no answers (all customers no answers); "
        "complaints 0 (all customers 1)."
    )
    tab.start.setDate(to_qdate(dt.date(2026, 3, 11)))  # after it all
    assert tab.voice.text().startswith("In this period: NPS no answers (all customers no")
    tab.start.setDate(to_qdate(dt.date(2026, 2, 1)))
    languages.apply("fa")  # the same words as the Persian report, in Persian digits
    qtbot.waitUntil(lambda: tab.voice.text().startswith("در این دوره: NPS ۱۰۰ (همه مشتریان ۰)؛"))
    assert "شکایت‌ها ۰ (همه مشتریان ۱)." in tab.voice.text()
    assert tab.isRightToLeft()


def test_the_periods_report_versions_are_signed_drawn_and_digitally(
    qtbot, window, db, tmp_path, monkeypatch
):
    from signing_pki import make_pki

    (tmp_path / "pki").mkdir()
    pki = make_pki(tmp_path / "pki")
    _promise(db)
    tab = _reports_tab(qtbot, window)
    panel = tab.signing
    assert tab.pages.tabText(1) == "Signed versions"
    assert panel.issue_button.isHidden()  # the tab's own Issue… makes a report version
    _idle(qtbot, panel)
    assert panel.model.rowCount() == 0
    assert tab.issue()
    _idle(qtbot, panel)
    assert [panel.model.index(0, c).data() for c in (0, 1)] == ["1", "Issued"]
    tab.pages.setCurrentWidget(panel)

    def draw(dialog):
        pad = dialog.pad
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 60))
        for x in range(35, 300, 10):
            QTest.mouseMove(pad, QPoint(x, 60 + (x // 10 % 5) * 6))
        QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 70))

    _accept(qtbot, panel, panel.draw_button, draw)
    assert panel.status.text() == "The drawn signature was added to the document."

    def digital(dialog):
        dialog.certificate.setText(str(pki.provider.p12))
        dialog.passphrase.setText(pki.provider.passphrase)

    _accept(qtbot, panel, panel.digital_button, digital)
    assert panel.status.text() == "The document was signed digitally."
    assert panel.model.index(0, 1).data() == "Signed"
    assert panel.model.index(0, 5).data() == "Hashes match · signatures valid"
    details = re.sub("[\u2066-\u2069]", "", panel.details.toPlainText())  # isolates
    assert "Digital signature of Avi Mizrahi: valid; covers the whole document" in details
    assert not panel.warning.isVisible()
    [version] = list_versions(db, tab.session.file.id, DocumentKind.REPORT)
    assert version.status is SummaryStatus.SIGNED
    assert list_versions(db, tab.session.file.id) == []  # no summary version
    tab.start.setDate(to_qdate(dt.date(2026, 1, 1)))  # another period: none issued
    _idle(qtbot, panel)
    assert panel.model.rowCount() == 0 and not panel.draw_button.isEnabled()


def test_a_report_changed_in_the_database_raises_the_alarm(qtbot, window, db):
    from accountdesk.storage import tables as t

    _promise(db)
    tab = _reports_tab(qtbot, window)
    assert tab.issue()
    _idle(qtbot, tab.signing)
    [version] = list_versions(db, tab.session.file.id, DocumentKind.REPORT)
    with db.transaction() as session:
        session.get(t.SummaryVersion, version.id).snapshot_json += " "
    tab.signing.verify_button.click()
    _idle(qtbot, tab.signing)
    assert tab.signing.warning.text().startswith(
        "WARNING: a stored report was changed after it was issued or signed. Do not rely on it."
    )
    assert tab.signing.model.index(0, 5).data() == "CHANGED — DO NOT TRUST"


def test_in_persian_the_charts_count_solar_hijri_months(qtbot, window, db, languages):
    _promise(db)
    tab = _reports_tab(qtbot, window)
    languages.apply("fa")
    tab.refresh()
    charts = {chart.series.measure: chart for chart in tab.chart_widgets()}
    chart = charts[SeriesMeasure.RESPONSE]
    assert chart.series.calendar == "persian"
    # 1 February to 31 March 2026: 12 Bahman 1404 to 11 Farvardin 1405.
    months = [line.split(":")[0] for line in chart.tip().splitlines()]
    assert months == ["بهمن ۱۴۰۴", "اسفند ۱۴۰۴", "فروردین ۱۴۰۵"]
    # Labels that do not fit under their bars drop the year rather than overlap.
    assert chart.month_labels(10.0) == ["بهمن", "اسفند", "فروردین"]
    top = tab.figures.topLevelItem(0)
    assert top.toolTip(0) == top.text(0)  # the verdict line whole on hover


def test_a_verdict_line_opens_the_incidents_behind_that_promise(qtbot, window, db):
    _promise(db)
    tab = _reports_tab(qtbot, window)
    verdict = tab.figures.topLevelItem(0)
    tab.figures.itemActivated.emit(verdict.child(0), 0)  # Enter or a double click on a figure
    qtbot.waitUntil(lambda: window.file_view.current_key() == "incidents", timeout=5000)
    figures = window.file_view.tab("incidents").real.figures
    assert figures.currentItem() is not None and figures.currentItem().isSelected()
    # The same promise, judged there over the Incidents tab's own period.
    assert figures.currentItem().text(0).endswith("— \u2068Mail must not go down\u2069")
