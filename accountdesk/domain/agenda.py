"""The account manager's week: what falls due, as plain data with its words.

An agenda item names its customer, the record it points to (the tab of the service file
and the record's id there, so a screen opens the file at it), its due date when it has
one, and its words: a template of the word catalogue (context "Home") and the values
that fill it, so the screen, the notification and the command line say it alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from accountdesk.domain.words import N_, NP_, Word

# Items due up to this many days ahead are "due soon"; later ones wait.
HORIZON_DAYS = 7


class AgendaKind(StrEnum):
    """The sections of the home view, in the order they are shown."""

    REVIEW = "review"  # the customer's next review
    EXPECTATION_REVIEW = "expectation_review"
    PROMISE = "promise"  # an agreed target missed or at risk this quarter
    ACTION_ITEM = "action_item"
    FOLLOW_UP = "follow_up"  # feedback's follow-up
    RISK = "risk"  # without mitigation
    SUMMARY = "summary"  # no signed summary, or one older than the file


# The kinds that fall due on a day: notifications are about these.
DATED_KINDS = frozenset(
    {
        AgendaKind.REVIEW,
        AgendaKind.EXPECTATION_REVIEW,
        AgendaKind.ACTION_ITEM,
        AgendaKind.FOLLOW_UP,
    }
)

SECTION_TITLES = {
    AgendaKind.REVIEW: Word("Home", N_("Home", "Reviews overdue or due soon")),
    AgendaKind.EXPECTATION_REVIEW: Word("Home", N_("Home", "Expectations due for review")),
    AgendaKind.PROMISE: Word("Home", N_("Home", "Promises missed or at risk this quarter")),
    # The meetings list's column says the same.
    AgendaKind.ACTION_ITEM: Word("Field", "Open action items"),
    AgendaKind.FOLLOW_UP: Word("Home", N_("Home", "Feedback follow-ups")),
    AgendaKind.RISK: Word("Home", N_("Home", "Risks without mitigation")),
    AgendaKind.SUMMARY: Word("Home", N_("Home", "No signed summary, or one older than the file")),
}

REVIEW = N_("Home", "Review the service file")
EXPECTATION_REVIEW = N_("Home", "Review the expectation {words}")
PROMISE_MISSED = N_("Home", "Missed: {words}")
PROMISE_AT_RISK = N_("Home", "At risk: {words}")
ACTION_ITEM = N_("Home", "Action item: {text}")
ACTION_ITEM_OF = N_("Home", "Action item for {owner}: {text}")
FOLLOW_UP = N_("Home", "Follow up on feedback of {received}: {text}")
RISK = N_("Home", "No mitigation for the risk {cause}")
NO_SUMMARY = N_("Home", "No signed summary yet")
OLD_SUMMARY = N_("Home", "The file was saved after signed summary version {number}")

OVERDUE = NP_("Home", "overdue by {count} day", "overdue by {count} days")
DUE_TODAY = N_("Home", "due today")
DUE_IN = NP_("Home", "due in {count} day", "due in {count} days")

# The values shown in quotation marks (the language's, `messages.QUOTED`); long ones
# are cut, so an item stays one line.
QUOTED_VALUES = frozenset({"words", "cause"})
QUOTE_LENGTH = 80


class Due(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    SOON = "soon"  # within the horizon
    UNDATED = "undated"


@dataclass(frozen=True, slots=True)
class AgendaItem:
    kind: AgendaKind
    customer_id: int
    customer: str
    tab: str  # the service file's tab that holds the record
    record_id: int | None  # the record in that tab; None: the tab itself
    due: dt.date | None
    template: str  # a "Home" word
    values: Mapping[str, str] = field(default_factory=dict)  # raw: the screen formats
    dates: Mapping[str, dt.date] = field(default_factory=dict)  # dates the template names
    source_id: int | None = None  # the item itself when the tab shows its parent

    @property
    def key(self) -> str:
        """Stable across runs: what a notification remembers it said."""
        own = self.source_id or self.record_id or 0
        return f"{self.kind.value}:{self.customer_id}:{own}"

    def due_state(self, today: dt.date) -> Due:
        if self.due is None:
            return Due.UNDATED
        if self.due < today:
            return Due.OVERDUE
        return Due.TODAY if self.due == today else Due.SOON


def falls_due(item: AgendaItem, today: dt.date) -> bool:
    """Due today or overdue, on a day: what a notification is about."""
    return (
        item.kind in DATED_KINDS
        and item.due is not None
        and item.due_state(today) in (Due.OVERDUE, Due.TODAY)
    )


def shorten(text: str, length: int = QUOTE_LENGTH) -> str:
    """One line of at most `length` characters, cut at a word with an ellipsis."""
    line = " ".join(text.split())
    if len(line) <= length:
        return line
    cut = line[: length - 1].rsplit(" ", 1)[0] or line[: length - 1]
    return cut + "…"
