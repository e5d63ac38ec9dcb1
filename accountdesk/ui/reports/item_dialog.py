"""An improvement item for a missed promise: what will change, who owns it (a staff
member), by when. The change is required; a due date is optional."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from accountdesk.domain import messages as m
from accountdesk.domain.errors import FieldProblem
from accountdesk.domain.service_file import ReportResultData
from accountdesk.ui.labels import field_label, problem_text
from accountdesk.ui.widgets.editors import DateEdit, from_qdate, to_qdate
from accountdesk.ui.widgets.forms import error_label


class ImprovementDialog(QDialog):
    def __init__(self, item: ReportResultData, staff: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Improvement item"))
        self.item = item
        self.change = QPlainTextEdit(item.improvement, self)
        self.owner = QComboBox(self)
        self.owner.setEditable(True)
        self.owner.addItems(["", *staff])
        self.owner.setCurrentText(item.improvement_owner)
        self.has_due = QCheckBox(self.tr("Set a date"), self)
        self.due = DateEdit(self)
        self.has_due.setChecked(item.improvement_due is not None)
        self.due.setDate(to_qdate(item.improvement_due or dt.date.today()))
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        self.problem = error_label(self)
        form = QFormLayout()
        form.addRow(field_label("improvement"), self.change)
        form.addRow(field_label("improvement_owner"), self.owner)
        form.addRow(field_label("improvement_due"), self.has_due)
        form.addRow("", self.due)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def record(self) -> ReportResultData:
        """The item as typed."""
        return ReportResultData(
            achieved="",
            improvement=self.change.toPlainText().strip(),
            improvement_owner=self.owner.currentText().strip(),
            improvement_due=from_qdate(self.due.date()) if self.has_due.isChecked() else None,
        )

    def accept(self) -> None:
        if not self.record().improvement:
            self.problem.setText(problem_text(FieldProblem("improvement", m.REQUIRED)))
            self.problem.show()
            return
        super().accept()
