"""The home view's items in a language: the same words on screen, in a notification and
on the command line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from accountdesk.domain.agenda import (
    DUE_IN,
    DUE_TODAY,
    OVERDUE,
    QUOTED_VALUES,
    SECTION_TITLES,
    AgendaItem,
    AgendaKind,
    Due,
)
from accountdesk.domain.bidi import shown
from accountdesk.domain.messages import QUOTED
from accountdesk.i18n.formatting import Formatter
from accountdesk.i18n.words import Words


class AgendaWords:
    """Says agenda items in the language of `words`, with `formatter`'s dates and digits."""

    def __init__(
        self,
        words: Words,
        formatter: Formatter,
        isolate: Callable[[str], str] = shown,
        quotation: Callable[[str], str] = lambda quoted: quoted,
    ) -> None:
        """`isolate`: how a person's words are set in the sentence (on screen, one bidi
        isolate; on a terminal, invisible characters written out). `quotation`: how the
        quoted words, marks included, are set (on screen, isolated in the UI's direction,
        so the marks and a shortened excerpt's ellipsis stay where the reader expects)."""
        self.words = words
        self.fmt = formatter
        self.isolate = isolate
        self.quotation = quotation

    def section(self, kind: AgendaKind) -> str:
        title = SECTION_TITLES[kind]
        return self.words.text(title.context, title.text)

    def what(self, item: AgendaItem) -> str:
        """The item's sentence; people's words isolated, quoted where the template says."""
        params: dict[str, object] = {}
        for key, value in item.values.items():
            if key in QUOTED_VALUES:
                quoted = self.words.format("Quote", QUOTED, text=self.isolate(value))
                params[key] = self.quotation(quoted)
            elif key == "number":
                params[key] = self.fmt.integer(int(value))
            else:
                params[key] = self.isolate(value)
        for key, day in item.dates.items():
            params[key] = self.fmt.date(day)
        return self.words.format("Home", item.template, **params)

    def due(self, item: AgendaItem, today: dt.date) -> str:
        """ "overdue by 3 days", "due today", "due in 2 days"; "" when undated."""
        state = item.due_state(today)
        if item.due is None or state is Due.UNDATED:
            return ""
        if state is Due.TODAY:
            return self.words.text("Home", DUE_TODAY)
        days = abs((item.due - today).days)
        word = OVERDUE if state is Due.OVERDUE else DUE_IN
        return self.words.plural(word, days, count=self.fmt.integer(days))
