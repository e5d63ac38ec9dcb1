"""The expectation editor: the customer's words, the target in plain language and as a
percentage (converted live both ways over the service window), realism and risks."""

from __future__ import annotations

import copy
import dataclasses

from PySide6.QtCore import QSignalBlocker, QTimer
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from accountdesk.domain.availability import (
    PlainTarget,
    Typed,
    availability,
    failures_from_percent,
    hours_per_failure_from_percent,
    percent_from_plain,
)
from accountdesk.domain.enums import ExpectationHolder, ExpectationStatus, Likelihood, Topic
from accountdesk.domain.errors import FieldProblem
from accountdesk.domain.service_file import ExpectationData, RiskData, ServiceFile
from accountdesk.domain.service_window import ServiceWindow
from accountdesk.domain.words import N_
from accountdesk.ui.file.expectations import EXAMPLE_FAILURES, EXAMPLE_HOURS, plain_target
from accountdesk.ui.file.record_dialog import RecordDialog, Validator, Where
from accountdesk.ui.file.sub_list import SubList
from accountdesk.ui.file.validate import row_problems
from accountdesk.ui.formatting import fmt, ui_paragraph
from accountdesk.ui.labels import label
from accountdesk.ui.widgets.editors import (
    Check,
    EnumCombo,
    IntSpin,
    NameCombo,
    NumberSpin,
    OptionalDate,
    TextArea,
    TextLine,
)
from accountdesk.ui.widgets.forms import FieldForm, FieldSpec, align_labels, error_label
from accountdesk.ui.widgets.row_model import Column
from accountdesk.ui.widgets.sizing import fit_to_screen
from accountdesk.ui.widgets.wrapped_label import WrappedLabel

RISK_FIELDS = {
    "cause",
    "likelihood",
    "impact",
    "mitigation",
    "recovery_plan",
    "recovery_minutes",
    "preparation",
    "owner_name",
}
WARNING_STYLE = "color: #8a5a00;"


def words_specs() -> list[FieldSpec]:
    return [
        FieldSpec("customer_words", lambda: TextArea(lines=2)),
        FieldSpec("holder", lambda: EnumCombo(ExpectationHolder)),
        FieldSpec("topic", lambda: EnumCombo(Topic)),
        FieldSpec(
            "agreed_target",
            lambda: TextArea(lines=1),
            N_("Field", "Agreed target, in plain language"),
        ),
        FieldSpec("technical_target", TextLine, N_("Field", "Technical form (optional)")),
    ]


def plain_specs() -> list[FieldSpec]:
    return [
        FieldSpec("failures_per_year", lambda: NumberSpin(maximum=100_000, decimals=1, count=True)),
        FieldSpec("hours_per_failure", lambda: NumberSpin(maximum=10_000, decimals=2)),
    ]


def percent_specs() -> list[FieldSpec]:
    return [FieldSpec("availability_percent", lambda: NumberSpin(maximum=100, decimals=3))]


def target_specs() -> list[FieldSpec]:
    """The measurable side, which a period's incidents are held against."""
    minutes = [
        FieldSpec(f"{measure}_{severity}_minutes", lambda: IntSpin(optional=True))
        for measure in ("response", "resolution")
        for severity in ("critical", "high", "medium", "low")
    ]
    return [
        FieldSpec("covered_systems", lambda: TextArea(lines=2)),
        *minutes,
        FieldSpec("share_percent", lambda: NumberSpin(maximum=100, decimals=1)),
    ]


def agreement_specs() -> list[FieldSpec]:
    return [
        FieldSpec("realistic", Check, N_("Field", "Realistic")),
        FieldSpec("cost_benefit", lambda: TextArea(lines=1)),
        FieldSpec("status", lambda: EnumCombo(ExpectationStatus)),
        FieldSpec("review_date", OptionalDate),
    ]


def risk_specs() -> list[FieldSpec]:
    return [
        FieldSpec(
            "cause",
            lambda: TextArea(lines=2),
            N_("Field", "What could cause a failure"),
        ),
        FieldSpec("likelihood", lambda: EnumCombo(Likelihood)),
        FieldSpec("impact", lambda: EnumCombo(Likelihood)),
        FieldSpec(
            "mitigation",
            lambda: TextArea(lines=2),
            N_("Field", "How to make it less likely"),
        ),
        FieldSpec("recovery_plan", lambda: TextArea(lines=2), N_("Field", "How to recover")),
        FieldSpec("recovery_minutes", lambda: IntSpin(optional=True)),
        FieldSpec("preparation", lambda: TextArea(lines=2)),
        FieldSpec("owner_name", NameCombo, N_("Field", "Owner")),
    ]


def only_technical(e: ExpectationData) -> bool:
    """A target said only as a percentage or in technical terms, not in the customer's."""
    technical = bool(e.technical_target.strip()) or e.availability_percent is not None
    plain = bool(e.agreed_target.strip()) or (
        e.failures_per_year is not None and e.hours_per_failure is not None
    )
    return technical and not plain


class ExpectationDialog(RecordDialog):
    def __init__(
        self,
        record: ExpectationData,
        where: Where | None,
        file: ServiceFile,
        staff: list[str],
        parent: QWidget | None = None,
    ) -> None:
        self._file = file
        self._where: Where = where or (lambda: None)  # None: a new record
        self._staff = staff
        self._converting = False
        self._typed: Typed | None = None  # the side the user typed last, kept exactly
        super().__init__(N_("Section", "Expectation"), words_specs(), record, self._check, parent)
        self.plain_form = FieldForm(plain_specs(), self)
        self.percent_form = FieldForm(percent_specs(), self)
        self.targets_form = FieldForm(target_specs(), self)
        self.agreement_form = FieldForm(agreement_specs(), self)
        for form in self.forms()[1:]:
            form.load(record)
        self.risks = SubList(
            self,
            record.risks,
            _risk_columns(),
            self._risk_dialog,
            RiskData,
            self._problems_with_risks,
            RISK_FIELDS,
            lambda risk, _row: risk.cause[:40],
        )
        self._lay_out()
        self._connect()
        self.finish_layout()
        self._align_labels()
        self.risks.table.view.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        fit_to_screen(self, 780, 940)
        self.update_live()

    # ------------------------------------------------------------ layout

    def forms(self) -> list[FieldForm]:
        return [
            self.form,
            self.plain_form,
            self.percent_form,
            self.targets_form,
            self.agreement_form,
        ]

    def _lay_out(self) -> None:
        self.availability_box = QGroupBox(self)
        grid = QGridLayout(self.availability_box)
        self.plain_title = QLabel(self.availability_box)
        self.percent_title = QLabel(self.availability_box)
        self.equals = QLabel("⇄", self.availability_box)
        grid.addWidget(self.plain_title, 0, 0)
        grid.addWidget(self.percent_title, 0, 2)
        grid.addWidget(self.plain_form, 1, 0)
        grid.addWidget(self.equals, 1, 1)
        grid.addWidget(self.percent_form, 1, 2)
        self.conversion = WrappedLabel(self.availability_box)
        grid.addWidget(self.conversion, 2, 0, 1, 3)
        grid.addWidget(self.targets_form, 3, 0, 1, 3)
        self.technical_warning = WrappedLabel(self)
        self.technical_warning.setStyleSheet(WARNING_STYLE)
        self.cost_hint = error_label(self)
        self.risks_box = QGroupBox(self)
        QVBoxLayout(self.risks_box).addWidget(self.risks.table)
        for widget in (
            self.technical_warning,
            self.availability_box,
            self.agreement_form,
            self.cost_hint,
            self.risks_box,
        ):
            self.layout_.addWidget(widget)
        self.layout_.setStretchFactor(self.risks_box, 1)

    def _connect(self) -> None:
        for name in ("failures_per_year", "hours_per_failure"):
            self.plain_form.editor(name, NumberSpin).changed.connect(self._plain_changed)
        self.percent_form.editor("availability_percent", NumberSpin).changed.connect(
            self._percent_changed
        )
        for form in self.forms():
            for editor in form.field_editors().values():
                editor.changed.connect(self.update_live)

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "risks_box"):
            return
        self.availability_box.setTitle(
            self.tr("Availability, response and resolution over the service window")
        )
        self.plain_title.setText(self.tr("In plain language"))
        self.percent_title.setText(self.tr("As a percentage"))
        self.equals.setAccessibleName(self.tr("converts both ways"))
        self.risks_box.setTitle(self.tr("Risks to this expectation"))
        self.risks.table.set_name(self.risks_box.title())
        # The forms re-translate after this dialog: line their labels up once they have.
        QTimer.singleShot(0, self, self._align_labels)  # cancelled if the dialog is gone
        self.technical_warning.setAccessibleName(self.tr("Warning"))
        self.conversion.setAccessibleName(self.tr("Conversion"))
        self.update_live()

    def _align_labels(self) -> None:
        align_labels([self.form, self.targets_form, self.agreement_form])

    # ------------------------------------------------------------ the record

    def record(self) -> ExpectationData:
        record = self._original
        for form in self.forms():
            record = form.apply(record)
        risks = self.risks.rows if hasattr(self, "risks") else self._original.risks
        return dataclasses.replace(record, risks=copy.deepcopy(risks))

    def _check(self, record: ExpectationData) -> list[FieldProblem]:
        return row_problems(self._file, "expectations", self._where(), record)

    @property
    def service_window(self) -> ServiceWindow:
        return self._file.window

    # ------------------------------------------------------------ live conversion

    def _spin(self, name: str) -> NumberSpin:
        for form in (self.plain_form, self.percent_form):
            if name in form.editors:
                return form.editor(name, NumberSpin)
        raise KeyError(name)

    def _set_quietly(self, name: str, value: float) -> None:
        spin = self._spin(name)
        with QSignalBlocker(spin):
            spin.set_value(value)

    def _plain_changed(self) -> None:
        failures = self._spin("failures_per_year").value()
        hours = self._spin("hours_per_failure").value()
        if self._converting or failures is None or hours is None:
            return
        self._typed = Typed.PLAIN
        self._converting = True
        self._set_quietly(
            "availability_percent",
            percent_from_plain(PlainTarget(failures, hours), self.service_window),
        )
        self._converting = False

    def _percent_changed(self) -> None:
        percent = self._spin("availability_percent").value()
        if self._converting or percent is None:
            return
        self._typed = Typed.PERCENT
        failures = self._spin("failures_per_year").value()
        hours = self._spin("hours_per_failure").value()
        self._converting = True
        if failures:
            self._set_quietly(
                "hours_per_failure",
                hours_per_failure_from_percent(percent, failures, self.service_window),
            )
        elif hours:
            self._set_quietly(
                "failures_per_year", failures_from_percent(percent, hours, self.service_window)
            )
        self._converting = False

    def update_live(self) -> None:
        if not hasattr(self, "conversion"):
            return
        record = self.record()
        self.conversion.setText(ui_paragraph(self._conversion_text(record)))
        self.technical_warning.setText(
            self.tr(
                "This target is written only in technical terms. Say it in plain language too, as the "
                "customer would, e.g. “{example}”."
            ).format(example=plain_target(EXAMPLE_FAILURES, EXAMPLE_HOURS))
            if only_technical(record)
            else ""
        )
        self.technical_warning.setVisible(only_technical(record))
        self._update_cost_hint(record)

    def _conversion_text(self, e: ExpectationData) -> str:
        window = self.tr("Service window: {window}.").format(
            window=fmt().window(self.service_window)
        )
        hours = round(self.service_window.covered_hours_per_year)
        covered = fmt().integer(hours)
        figures = availability(
            e.failures_per_year,
            e.hours_per_failure,
            e.availability_percent,
            self.service_window,
            self._typed,
        )
        if figures is None:
            return (
                self.tr("{count} covered hours a year.", None, hours).format(count=covered)
                + " "
                + window
            )
        template = self.tr(
            "{down} down a year out of {count} covered hours = {percent} available.", None, hours
        )
        sentence = template.format(
            down=fmt().duration(figures.downtime_minutes),
            count=covered,
            percent=fmt().percent(figures.percent, 2),
        )
        return f"{sentence} {window}"

    def _update_cost_hint(self, e: ExpectationData) -> None:
        needed = not e.realistic and not e.cost_benefit.strip()
        self.cost_hint.setText(
            self.tr(
                "Marked unrealistic: say what meeting it would cost and what it would bring (required)."
            )
            if needed
            else ""
        )
        self.cost_hint.setVisible(needed)

    # ------------------------------------------------------------ risks

    def _problems_with_risks(self, risks: list[RiskData]) -> list[FieldProblem]:
        return self._check(dataclasses.replace(self.record(), risks=risks))

    def _risk_dialog(self, risk: RiskData, validate: Validator, parent: QWidget) -> RecordDialog:
        return risk_dialog(risk, validate, self._staff, parent)


def _risk_columns() -> list[Column]:
    return [
        Column(N_("Field", "Cause"), lambda r: r.cause, free_text=True),
        Column(N_("Field", "Likelihood"), lambda r: label(r.likelihood)),
        Column(N_("Field", "Impact"), lambda r: label(r.impact)),
        Column(
            N_("Field", "Recovery"),
            lambda r: fmt().duration(r.recovery_minutes) if r.recovery_minutes is not None else "",
        ),
        Column(N_("Field", "Owner"), lambda r: r.owner_name),
    ]


def risk_dialog(
    risk: RiskData, validate: Validator, staff: list[str], parent: QWidget
) -> RecordDialog:
    def setup(form: FieldForm) -> None:
        form.editor("owner_name", NameCombo).set_names(staff)

    dialog = RecordDialog(N_("Section", "Risk"), risk_specs(), risk, validate, parent, setup)
    dialog.finish_layout()
    return dialog
