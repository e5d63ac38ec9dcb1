"""The Expectations tab: what the customer expects, in their words, and how it was agreed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon

from accountdesk.domain.service_file import ExpectationData
from accountdesk.domain.words import N_, plural_count
from accountdesk.ui.file.record_dialog import Where
from accountdesk.ui.file.tab import SectionTab
from accountdesk.ui.formatting import fmt
from accountdesk.ui.icons import icon
from accountdesk.ui.labels import label, word
from accountdesk.ui.tr_noop import QT_TRANSLATE_NOOP
from accountdesk.ui.widgets.row_model import Column

if TYPE_CHECKING:
    from accountdesk.ui.file.expectation_dialog import ExpectationDialog


def plain_target(failures: float, hours: float) -> str:
    """'at most 4 failures a year, each fixed within 4 hours', in the UI's language and
    digits."""
    text = QCoreApplication.translate(
        "Expectations",
        "at most {count} failures a year, each fixed within {hours}",
        None,
        plural_count(failures),
    )
    return text.format(count=fmt().count(failures), hours=fmt().hours(hours))


# The plain target given as an example of how a customer says one.
EXAMPLE_FAILURES, EXAMPLE_HOURS = 4, 4


def _target(e: ExpectationData) -> str:
    if e.agreed_target:
        return e.agreed_target
    if e.failures_per_year is not None and e.hours_per_failure is not None:
        return plain_target(e.failures_per_year, e.hours_per_failure)
    if e.availability_percent is not None:
        return fmt().percent(e.availability_percent)
    return e.technical_target


def _realistic(e: ExpectationData) -> str:
    if e.realistic:
        return word("Value", "Yes")
    return QCoreApplication.translate("Expectations", "No — see cost and benefit")


def _warning(e: ExpectationData) -> QIcon | None:
    return None if e.realistic else icon("warning")


class ExpectationsTab(SectionTab):
    key = "expectations"
    section = "expectations"
    shows = frozenset({"expectations"})
    noun = QT_TRANSLATE_NOOP("Sections", "expectation")

    def title(self) -> str:
        return word("Section", "Expectations")

    def columns(self) -> list[Column]:
        return [
            Column(
                N_("Field", "In the customer's words"),
                lambda e: e.customer_words,
                free_text=True,
            ),
            Column(N_("Field", "Topic"), lambda e: label(e.topic)),
            Column(N_("Field", "Agreed target"), _target, free_text=True),
            Column(N_("Field", "Realistic"), _realistic, _warning),
            Column(N_("Field", "Status"), lambda e: label(e.status)),
            Column(N_("Field", "Risks"), lambda e: fmt().integer(len(e.risks))),
            Column(
                N_("Field", "Review date"),
                lambda e: fmt().date(e.review_date) if e.review_date else "",
            ),
        ]

    def describe(self, record: ExpectationData) -> str:
        return record.customer_words[:60]

    def new_record(self) -> ExpectationData:
        return ExpectationData()

    def make_dialog(self, record: ExpectationData, where: Where) -> ExpectationDialog:
        from accountdesk.ui.file.expectation_dialog import ExpectationDialog

        assert self.session is not None
        return ExpectationDialog(record, where, self.session.file, self.context.staff_names(), self)
