"""The Incidents tab: a period's figures against each promise, and the period's incidents,
added, corrected or deleted by hand (each one transaction; imports come from File)."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from accountdesk.domain.achievement import Period
from accountdesk.domain.incidents import IncidentData
from accountdesk.domain.words import N_
from accountdesk.services.figures import file_figures
from accountdesk.services.incidents import records
from accountdesk.ui.file.context import FileContext
from accountdesk.ui.file.tab import FileTab, read_only_reason
from accountdesk.ui.formatting import fmt, isolate
from accountdesk.ui.incidents.dialog import IncidentDialog
from accountdesk.ui.incidents.figures_view import FiguresView
from accountdesk.ui.labels import field_label, label
from accountdesk.ui.widgets.editors import DateEdit, from_qdate, to_qdate
from accountdesk.ui.widgets.prompts import confirm_delete
from accountdesk.ui.widgets.row_model import Column, RowListModel
from accountdesk.ui.widgets.row_table import RowTable


def year_to_date(today: dt.date) -> Period:
    return Period(dt.date(today.year, 1, 1), dt.date(today.year, 12, 31))


class IncidentsTab(FileTab):
    key = "incidents"
    # Targets and the window change the figures; the incidents themselves are read anew.
    shows: ClassVar[frozenset[str] | None] = frozenset({"expectations", "systems", "window"})

    def __init__(self, context: FileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.incidents: list[IncidentData] = []
        self.dialog: Any = None
        period = year_to_date(dt.date.today())
        self.period_label = QLabel(self)
        self.start = DateEdit(self)
        self.end = DateEdit(self)
        self.start.setDate(to_qdate(period.start))
        self.end.setDate(to_qdate(period.end))
        self.dash = QLabel("–", self)
        self.period_problem = QLabel(self)
        self.period_problem.setStyleSheet("color: #b00020;")
        self.summary = QLabel(self)
        self.figures = FiguresView(self)
        self.model = RowListModel(self._columns(), lambda: self.incidents, self)
        self.table = RowTable(self.model, False, self)
        self._lay_out()
        self.start.dateChanged.connect(self.refresh_all)
        self.end.dateChanged.connect(self.refresh_all)
        self.table.add_requested.connect(self.add)
        self.table.edit_requested.connect(self.edit)
        self.table.delete_requested.connect(self.delete)
        self.retranslate()

    def _lay_out(self) -> None:
        period = QHBoxLayout()
        for widget in (self.period_label, self.start, self.dash, self.end, self.period_problem):
            period.addWidget(widget)
        period.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.figures)
        splitter.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Incidents")

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("Period:"))
        self.start.setAccessibleName(field_label("period_start"))
        self.end.setAccessibleName(field_label("period_end"))
        self.figures.setAccessibleName(self.tr("Achieved against agreed"))
        self.table.set_name(self.tr("Incidents"))
        self.model.retranslate()
        self.refresh_all()

    def _columns(self) -> list[Column]:
        # The title beside the ticket, where the eye starts: readable without scrolling
        # past the moments, which read as well at the far end.
        return [
            Column(N_("Field", "Ticket ID"), lambda i: i.ticket),
            Column(N_("Field", "Title"), lambda i: isolate(i.title), free_text=True),
            Column(N_("Field", "Severity"), lambda i: label(i.severity)),
            Column(N_("Field", "Affected system"), lambda i: isolate(i.system)),
            Column(N_("Field", "Opened"), lambda i: self._moment(i.opened)),
            Column(N_("Field", "First response"), lambda i: self._moment(i.first_response)),
            Column(N_("Field", "Resolved"), lambda i: self._moment(i.resolved)),
            Column(N_("Field", "Service down"), lambda i: "✔" if i.service_down else ""),
        ]

    # ------------------------------------------------------------ reading

    def _zone(self) -> str:
        return self.session.file.window.timezone if self.session else "UTC"

    def _moment(self, moment: dt.datetime | None) -> str:
        return fmt().date_time(moment, self._zone()) if moment is not None else ""

    def period(self) -> Period | None:
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        return Period(start, end) if end >= start else None

    def customer_id(self) -> int | None:
        return self.session.file.id if self.session is not None else None

    def refresh(self) -> None:
        """The file's targets changed: the same incidents, figured again."""
        self._show_figures()

    def refresh_all(self) -> None:
        period = self.period()
        self.period_problem.setText("" if period else self.tr("The period ends before it starts."))
        customer = self.customer_id()
        if period is None or customer is None:
            self.incidents = []
        else:
            self.incidents = records.period_incidents(self.context.db, customer, period)
        self.model.reload()
        self.table.setEnabled(customer is not None)
        self.table.set_read_only(read_only_reason(self.session, "incidents"))
        self._show_figures()

    def _show_figures(self) -> None:
        period = self.period()
        if self.session is None or period is None:
            self.figures.show_figures(None)
            self.summary.setText("")
            return
        found = file_figures(self.context.db, self.session.file, period)
        self.figures.show_figures(found.figures)
        count = found.figures.incidents
        self.summary.setText(
            self.tr(
                "{count} incident(s) opened in this period, {outages} with the service down",
                None,
                count,
            ).format(count=fmt().integer(count), outages=fmt().integer(found.figures.outages))
        )

    def focus_record(self, record_id: int) -> bool:
        """An expectation (a promise of the home view): its verdict and figures selected."""
        return self.figures.select_expectation(record_id)

    # ------------------------------------------------------------ by hand

    def add(self) -> None:
        opened = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
        self._open(IncidentData(opened=opened))

    def edit(self, row: int) -> None:
        if 0 <= row < len(self.incidents):
            self._open(self.incidents[row])

    def _open(self, incident: IncidentData) -> None:
        customer = self.customer_id()
        if customer is None:
            return

        def save(record: IncidentData) -> object:
            return records.save_incident(self.context.db, customer, record)

        self.dialog = IncidentDialog(incident, self._zone(), save, self)
        self.dialog.accepted.connect(self.refresh_all)
        self.dialog.open()

    def delete(self, row: int) -> None:
        if not 0 <= row < len(self.incidents):
            return
        incident = self.incidents[row]

        def confirmed() -> None:
            assert incident.id is not None
            records.delete_incident(self.context.db, incident.id)
            self.refresh_all()

        self.dialog = confirm_delete(self, incident.ticket, confirmed)
