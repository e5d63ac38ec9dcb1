"""The Reports tab: a period's service report on screen, then previewed, issued, printed
and signed.

Above, each expectation's verdict and figures (as the Incidents tab says them) and a chart
per measure by month (the PDF's series, painted here). Below, the improvement plan: every
promise missed in the period with the item that answers it, added or edited in a dialog,
each one step of the file's undo, saved with the file. Preview lays the PDF out off the
UI thread; Issue freezes it as the customer's next report version (the saved file), and
the Signed versions page beside the preview lists the period's versions to sign and verify
as the Summaries tab does its own. Above, the period's feedback figures in the words the
report's feedback section opens with.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accountdesk.documents.report.content import Improvement, improvements
from accountdesk.documents.summary import SummaryPdf
from accountdesk.domain.achievement import Period
from accountdesk.domain.enums import DocumentKind, Language
from accountdesk.domain.service_file import ReportResultData, ServiceFile, ServiceReportData
from accountdesk.domain.words import N_
from accountdesk.i18n.figures import FigureSentences
from accountdesk.i18n.voice import voice_line
from accountdesk.ui.file.context import FileContext
from accountdesk.ui.file.tab import FileTab, read_only_reason
from accountdesk.ui.formatting import fmt, isolate, isolate_ltr
from accountdesk.ui.incidents.figures_view import FiguresView
from accountdesk.ui.labels import error_reason, field_label, label, word
from accountdesk.ui.language import current_language
from accountdesk.ui.operations import BackgroundOp
from accountdesk.ui.reports.chart import SeriesChart
from accountdesk.ui.reports.item_dialog import ImprovementDialog
from accountdesk.ui.signing.panel import SigningPanel
from accountdesk.ui.summaries.printing import print_pdf
from accountdesk.ui.widgets.editors import DateEdit, from_qdate, to_qdate
from accountdesk.ui.widgets.forms import ERROR_STYLE
from accountdesk.ui.widgets.row_model import Column, RowListModel
from accountdesk.ui.widgets.row_table import RowTable
from accountdesk.ui.widgets.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from accountdesk.documents.report import ReportSource

LANGUAGES = tuple(Language)


def last_quarter(today: dt.date) -> Period:
    """The calendar quarter before the one `today` is in: what a report usually covers."""
    first = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    end = first - dt.timedelta(days=1)
    return Period(dt.date(end.year, end.month - 2, 1), end)


def set_improvement(
    file: ServiceFile, period: Period, index: int, item: ReportResultData, achieved: str
) -> None:
    """Put the improvement item on the period's service report record (made when there is
    none yet, with the figures' words as what was achieved). The file's reports are
    replaced, not changed in place: the replacement is the step undo takes back."""
    reports = copy.deepcopy(file.reports)
    report = next(
        (r for r in reports if r.period_start == period.start and r.period_end == period.end),
        None,
    )
    if report is None:
        report = ServiceReportData(period_start=period.start, period_end=period.end)
        reports.append(report)
    result = next((x for x in report.results if x.expectation_index == index), None)
    if result is None:
        result = ReportResultData(expectation_index=index, achieved=achieved, met=False)
        report.results.append(result)
    result.improvement = item.improvement
    result.improvement_owner = item.improvement_owner
    result.improvement_due = item.improvement_due
    file.reports = reports


class ReportsTab(FileTab):
    key = "reports"
    shows: ClassVar[frozenset[str] | None] = frozenset(
        {"expectations", "systems", "window", "reports", "feedback"}
    )

    def __init__(self, context: FileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.source: ReportSource | None = None
        self.items: list[Improvement] = []
        self.report: SummaryPdf | None = None
        self.dialog: Any = None
        self._buffer: QBuffer | None = None
        self._busy = False
        self._build()
        self.retranslate()

    # ------------------------------------------------------------ widgets

    def _build(self) -> None:
        period = last_quarter(dt.date.today())
        self.period_label = QLabel(self)
        self.start, self.end = DateEdit(self), DateEdit(self)
        self.start.setDate(to_qdate(period.start))
        self.end.setDate(to_qdate(period.end))
        self.language = QComboBox(self)
        for language in LANGUAGES:
            self.language.addItem("", language)
        self.preview_button = QPushButton(self)
        self.issue_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.status = WrappedLabel(self)
        self.voice = WrappedLabel(self)  # the feedback figures, as the report's feedback section
        self.figures = FiguresView(self)
        self.charts = QWidget(self)
        self.charts_layout = QVBoxLayout(self.charts)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.charts)
        self.model = RowListModel(self._columns(), lambda: self.items, self)
        self.table = RowTable(self.model, False, self)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.signing = SigningPanel(self.context, self, DocumentKind.REPORT)
        self.pages = QTabWidget(self)
        self.pages.addTab(self.view, "")
        self.pages.addTab(self.signing, "")

        controls = QHBoxLayout()
        widgets: tuple[QWidget, ...] = (
            self.period_label,
            self.start,
            QLabel("–", self),
            self.end,
            self.language,
        )
        for widget in widgets:
            controls.addWidget(widget)
        controls.addStretch(1)
        for button in (self.preview_button, self.issue_button, self.print_button):
            controls.addWidget(button)
        upper = QSplitter(self)
        upper.addWidget(self.figures)
        upper.addWidget(scroll)
        upper.setSizes([3000, 2000])  # the verdicts beside a readable chart
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(self.table)
        splitter.addWidget(self.pages)
        splitter.setSizes([2000, 1000, 3000])  # room for a chart above the preview
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(self.voice)
        layout.addWidget(splitter, 1)

        self.start.dateChanged.connect(self.refresh_all)
        self.end.dateChanged.connect(self.refresh_all)
        self.figures.itemActivated.connect(lambda item, _column: self.open_promise(item))
        self.table.add_requested.connect(self.edit_current)
        self.table.edit_requested.connect(self.edit_item)
        self.table.delete_requested.connect(self.clear_item)
        self.preview_button.clicked.connect(self.preview)
        self.issue_button.clicked.connect(self.issue)
        self.print_button.clicked.connect(self.print_report)

    def title(self) -> str:
        return QCoreApplication.translate("FileView", "Service reports")

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("Period:"))
        self.start.setAccessibleName(field_label("period_start"))
        self.end.setAccessibleName(field_label("period_end"))
        for index, language in enumerate(LANGUAGES):
            self.language.setItemText(index, label(language))
        self.preview_button.setText(self.tr("&Preview"))
        self.issue_button.setText(self.tr("&Issue…"))
        self.print_button.setText(self.tr("P&rint…"))
        self.pages.setTabText(0, self.tr("Preview"))
        self.pages.setTabText(1, QCoreApplication.translate("FileView", "Signed versions"))
        self.signing.retranslate()
        self.table.set_name(word("ImportProblem", "Improvement plan"))
        self.model.retranslate()
        self.refresh_all()

    def _columns(self) -> list[Column]:
        return [
            Column(N_("Field", "In the customer's words"), self._words, free_text=True),
            Column(N_("Field", "What will change"), self._change, free_text=True),
            Column(N_("Field", "Owner of the change"), self._owner),
            Column(N_("Field", "Change due by"), self._due),
        ]

    def _words(self, found: Improvement) -> str:
        return isolate(found.figures.expectation.customer_words)

    def _change(self, found: Improvement) -> str:
        if found.item is None:
            return "⚠ " + self.tr("No improvement item yet")
        return isolate(found.item.improvement)

    def _owner(self, found: Improvement) -> str:
        return isolate(found.item.improvement_owner) if found.item else ""

    def _due(self, found: Improvement) -> str:
        due = found.item.improvement_due if found.item else None
        return fmt().date(due) if due else ""

    # ------------------------------------------------------------ the period's figures

    def period(self) -> Period | None:
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        return Period(start, end) if end >= start else None

    def set_session(self, session: Any) -> None:
        if session is not None:
            index = self.language.findData(Language(session.file.document_language))
            self.language.setCurrentIndex(max(index, 0))
        super().set_session(session)

    def refresh_all(self) -> None:
        self._clear_preview()
        self.refresh()
        self.signing.set_period(self.period())

    def refresh(self) -> None:
        from accountdesk.services.service_report import file_report_source

        period = self.period()
        if self.session is None or period is None:
            self.source, self.items = None, []
        else:
            # The charts on screen count the months of the screen's calendar.
            db, file = self.context.db, self.session.file
            self.source = file_report_source(db, file, period, calendar=fmt().calendar)
            self.items = improvements(self.source)
        self.figures.show_figures(self.source.figures if self.source else None)
        self._show_voice()
        self._show_charts()
        self.model.reload()
        self._update()

    def _show_voice(self) -> None:
        voice = self.source.voice if self.source else None
        text = ""
        if voice is not None:
            text = voice_line(current_language(), fmt(), voice.customer, voice.portfolio)
        self.voice.setText(text)

    def _show_charts(self) -> None:
        while self.charts_layout.count():
            item = self.charts_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # out of the page now, freed later
                widget.deleteLater()
        for series in self.source.series if self.source else ():
            chart = SeriesChart(self.charts)
            chart.show_series(series)
            self.charts_layout.addWidget(chart)
        self.charts_layout.addStretch(1)

    def open_promise(self, item: QTreeWidgetItem) -> None:
        """A verdict line (or one of its figures) chosen: the Incidents tab, with that
        expectation's verdict selected beside the incidents behind it."""
        expectation_id = self.figures.expectation_of(item)
        if expectation_id is not None:
            self.context.focus_requested.emit("incidents", expectation_id)

    def chart_widgets(self) -> list[SeriesChart]:
        """The charts shown now, in their order."""
        items = (self.charts_layout.itemAt(i) for i in range(self.charts_layout.count()))
        widgets = (item.widget() for item in items if item is not None)
        return [widget for widget in widgets if isinstance(widget, SeriesChart)]

    # ------------------------------------------------------------ improvement items

    def edit_current(self) -> None:
        row = self.table.current_row()
        self.edit_item(row if row >= 0 else 0)

    def edit_item(self, row: int) -> None:
        if self.session is None or not 0 <= row < len(self.items):
            return
        found = self.items[row]
        item = copy.deepcopy(found.item) if found.item else ReportResultData(achieved="")
        dialog = ImprovementDialog(item, self._staff_names(), self)
        dialog.accepted.connect(lambda: self.store_item(row, dialog.record()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def clear_item(self, row: int) -> None:
        if 0 <= row < len(self.items) and self.items[row].item is not None:
            self.store_item(row, ReportResultData(achieved=""))

    def store_item(self, row: int, item: ReportResultData) -> bool:
        """One step of undo: the item on the period's report record."""
        period = self.period()
        if self.session is None or period is None or not 0 <= row < len(self.items):
            return False
        found = self.items[row]
        say = FigureSentences(str(self.session.file.document_language))
        achieved = "; ".join(say.expectation(found.figures)) or say.verdict(found.figures.verdict)
        index = found.figures.index
        return self.session.edit(
            self.tr("Improvement item"),
            lambda file: set_improvement(file, period, index, item, achieved),
        )

    def _staff_names(self) -> list[str]:
        from accountdesk.services.service_files import list_staff

        return sorted(row.name for row in list_staff(self.context.db))

    # ------------------------------------------------------------ preview, issue, print

    def preview(self) -> None:
        period = self.period()
        if self.session is None or period is None or self._busy:
            return
        from accountdesk.documents.report import ReportOptions, build_report, report_calendar
        from accountdesk.services.service_report import file_report_source

        file, db = copy.deepcopy(self.session.file), self.context.db
        language = self.language.currentData()
        calendar = report_calendar(file, language)
        self._busy = True
        self._update()
        (
            BackgroundOp(
                self,
                lambda: build_report(
                    file_report_source(db, file, period, calendar=calendar),
                    ReportOptions(language=language),
                ),
            )
            .success(self._show_report)
            .failure(self._show_failure)
            .run()
        )

    def _show_report(self, report: SummaryPdf) -> None:
        self._busy = False
        buffer = QBuffer(self)
        buffer.setData(QByteArray(report.data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer, self.report, self._error, self._issued = buffer, report, "", ""
        self._update()

    def _show_failure(self, error: Exception) -> None:
        self._busy = False
        self._error = self.tr("The report could not be made: {reason}").format(
            reason=error_reason(error)
        )
        self._update()

    def issue(self) -> bool:
        """Freeze the saved file's report of the period as the next report version."""
        period = self.period()
        if self.session is None or period is None:
            return False
        if self.session.dirty or self.session.file.id is None:
            self._error = self.tr("Save the file first: an issued report is made from it.")
            self._update()
            return False
        from accountdesk.services.service_report import issue_report

        try:
            version = issue_report(
                self.context.db,
                self.session.file.id,
                period,
                language=self.language.currentData(),
            )
        except Exception as error:  # a message for the user, whatever failed
            self._show_failure(error)
            return False
        from accountdesk.services.signing import version_pdf

        pdf = version_pdf(self.context.db, version.id)
        self._show_report(SummaryPdf(pdf, 0, "", Language(version.language), ()))
        self._issued = self.tr("Issued report version {number} · SHA-256 {hash}").format(
            number=fmt().integer(version.number), hash=isolate_ltr(version.pdf_sha256[:16])
        )
        self._update()
        self.context.show_status(self._issued)
        self.signing.show_version(version.number)
        return True

    def print_report(self) -> None:
        if self.report is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: print_pdf(self.document, printer))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        QDialog.open(dialog)

    def _clear_preview(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.deleteLater()
            self._buffer = None
        self.report = None
        self._error = self._issued = ""

    # ------------------------------------------------------------ state on screen

    _error = ""
    _issued = ""

    def _update(self) -> None:
        ready = self.session is not None and self.period() is not None and not self._busy
        # Issuing and the improvement items change the customer's file: the team's rights.
        refused = read_only_reason(self.session, "reports")
        self.preview_button.setEnabled(ready)
        self.issue_button.setEnabled(ready and not refused)
        self.issue_button.setToolTip(refused)
        self.print_button.setEnabled(self.report is not None and not self._busy)
        self.table.setEnabled(ready)
        self.table.set_read_only(refused)
        self.status.setStyleSheet(ERROR_STYLE if self._error else "")
        if self._error:
            text = self._error
        elif self.period() is None:
            text = self.tr("The period ends before it starts.")
        elif self._busy:
            text = self.tr("Making the report…")
        else:
            parts = []
            missing = sum(1 for found in self.items if found.item is None)
            if missing:  # nothing to say when every miss has its item, or none was missed
                count = self.tr(
                    "{count} missed promise(s) without an improvement item", None, missing
                )
                parts.append(count.format(count=fmt().integer(missing)))
            if self._issued:
                parts.append(self._issued)
            elif self.report is not None:
                parts.append(
                    self.tr("pages: {pages} · content ID {id}").format(
                        pages=fmt().integer(self.report.page_count),
                        id=isolate_ltr(self.report.fingerprint),
                    )
                )
            text = fmt().separator.join(parts)
        self.status.setText(text)
