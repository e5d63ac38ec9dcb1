"""The Feedback tab: what the customer said over every channel, in their own words, its
score on a stated scale, and the follow-up that closes the loop."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from accountdesk.domain.enums import FeedbackChannel, FeedbackScale
from accountdesk.domain.service_file import FeedbackData
from accountdesk.domain.words import N_
from accountdesk.services.feedback_trends import (
    customer_period,
    customer_trend,
    last_year,
    months,
    portfolio_period,
    portfolio_trend,
)
from accountdesk.ui.file.context import FileContext
from accountdesk.ui.file.feedback_chart import ALL_CUSTOMERS, TrendChart, figures_line
from accountdesk.ui.file.record_dialog import RecordDialog, Validator, Where
from accountdesk.ui.file.tab import SectionTab
from accountdesk.ui.formatting import fmt
from accountdesk.ui.labels import label, word
from accountdesk.ui.tr_noop import QT_TRANSLATE_NOOP
from accountdesk.ui.widgets.editors import (
    Check,
    DateValue,
    EnumCombo,
    IntSpin,
    NameCombo,
    OptionalDate,
    TextArea,
    TextLine,
)
from accountdesk.ui.widgets.forms import FieldForm, FieldSpec
from accountdesk.ui.widgets.row_model import Column
from accountdesk.ui.widgets.wrapped_label import WrappedLabel


def feedback_specs() -> list[FieldSpec]:
    return [
        FieldSpec("received_on", DateValue),
        FieldSpec("channel", lambda: EnumCombo(FeedbackChannel)),
        FieldSpec("given_by", TextLine),
        FieldSpec("customer_words", lambda: TextArea(lines=3)),
        FieldSpec("scale", lambda: EnumCombo(FeedbackScale, optional=True)),
        FieldSpec("score", lambda: IntSpin(optional=True, maximum=10)),
        FieldSpec("follow_up", lambda: TextArea(lines=2)),
        FieldSpec("follow_up_owner", NameCombo),
        FieldSpec("follow_up_due", OptionalDate),
        FieldSpec("follow_up_done", Check),
        FieldSpec("follow_up_outcome", lambda: TextArea(lines=2)),
    ]


def score_text(item: FeedbackData) -> str:
    """ "9 (NPS)": a score means nothing without its scale."""
    if item.score is None:
        return ""
    scale = f" ({item.scale.name})" if item.scale is not None else ""
    return f"{fmt().integer(item.score)}{scale}"


def follow_up_state(item: FeedbackData) -> str:
    if not item.follow_up:
        return ""
    if item.follow_up_done:
        return word("Feedback", "Closed")
    return word("Feedback", "Open")


class FeedbackTab(SectionTab):
    key = "feedback"
    section = "feedback"
    noun = QT_TRANSLATE_NOOP("Sections", "feedback")

    def __init__(self, context: FileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.figures = WrappedLabel(self)
        self.chart = TrendChart(self)
        self.portfolio = WrappedLabel(self)
        self.layout_.addWidget(self.figures)
        self.layout_.addWidget(self.chart)
        self.portfolio_chart = TrendChart(self)
        self.layout_.addWidget(self.portfolio)
        self.layout_.addWidget(self.portfolio_chart)
        self.update_trend()
        self.update_portfolio()

    def _show_rows(self, read: Callable[[], None]) -> None:
        super()._show_rows(read)
        self.update_trend()

    def retranslate(self) -> None:
        super().retranslate()
        self.update_trend()
        if hasattr(self, "portfolio"):
            self.update_portfolio()

    def update_portfolio(self) -> None:
        """Every customer's figures together, as saved (one query over the feedback table)."""
        period = last_year(dt.date.today())
        whole = portfolio_period(self.context.db, *period)
        self.portfolio.setText(figures_line(whole, len(months(*period)), ALL_CUSTOMERS))
        self.portfolio_chart.show_months(portfolio_trend(self.context.db, *period))

    def update_trend(self) -> None:
        """The last twelve months' figures of the feedback as it is now, saved or not."""
        if not hasattr(self, "chart"):
            return  # the base class shows the rows before the chart is made
        feedback = self.session.file.feedback if self.session else []
        start, end = last_year(dt.date.today())
        self.figures.setText(
            figures_line(customer_period(feedback, start, end), len(months(start, end)))
        )
        self.chart.show_months(customer_trend(feedback, start, end))

    def title(self) -> str:
        return word("Section", "Feedback")

    def columns(self) -> list[Column]:
        return [
            Column(N_("Field", "Received on"), lambda f: fmt().date(f.received_on)),
            Column(N_("Field", "Channel"), lambda f: label(f.channel)),
            Column(N_("Field", "Score"), score_text),
            Column(N_("Field", "Given by"), lambda f: f.given_by, free_text=True),
            Column(
                N_("Field", "In the customer's words"),
                lambda f: f.customer_words,
                free_text=True,
            ),
            Column(N_("Field", "Follow-up owner"), lambda f: f.follow_up_owner, free_text=True),
            Column(
                N_("Field", "Follow-up due"),
                lambda f: fmt().date(f.follow_up_due) if f.follow_up_due else "",
            ),
            Column(N_("Field", "Follow-up"), follow_up_state),
        ]

    def describe(self, record: FeedbackData) -> str:
        return f"{label(record.channel)} {fmt().date(record.received_on)}"

    def new_record(self) -> FeedbackData:
        return FeedbackData()

    def make_dialog(self, record: FeedbackData, where: Where) -> RecordDialog:
        return feedback_dialog(record, self.validator(where), self.context.staff_names(), self)


def feedback_dialog(
    record: FeedbackData, validate: Validator, staff: list[str], parent: QWidget | None = None
) -> RecordDialog:
    def setup(form: FieldForm) -> None:
        form.editor("follow_up_owner", NameCombo).set_names(staff)

    dialog = RecordDialog(
        N_("Section", "Feedback"), feedback_specs(), record, validate, parent, setup
    )
    dialog.finish_layout()
    return dialog
