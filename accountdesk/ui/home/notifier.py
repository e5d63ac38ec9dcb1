"""Desktop notifications of what falls due while the app runs: once per item and day.

What is said, and to whom, is decided here; how it reaches the desktop is a `Show`
callable (the tray's balloon, or a notice in the window when there is no tray), so tests
give their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from accountdesk.domain.agenda import AgendaItem, falls_due
from accountdesk.i18n.agenda import AgendaWords
from accountdesk.ui.formatting import fmt, isolate_in_line, ui_isolate, ui_paragraph
from accountdesk.ui.labels import ui_words
from accountdesk.ui.settings import Settings

Show = Callable[[str, str], None]  # title, message
# A notification names at most this many items; the home view lists the rest.
NAMED = 3


class Notifier:
    def __init__(
        self, settings: Settings, show: Show, in_view: Callable[[], bool] = lambda: False
    ) -> None:
        """`in_view()`: whether `show` puts the message above the home view's own list
        (no tray), where "on the home view" would send the reader where they are."""
        self.settings = settings
        self.show = show
        self.in_view = in_view

    def check(self, items: Sequence[AgendaItem], today: dt.date) -> list[AgendaItem]:
        """Notify the items due today or overdue not yet notified today; returns them."""
        if not self.settings.notifications():
            return []
        day = today.isoformat()
        told = self.settings.notified(day)
        new = [i for i in items if falls_due(i, today) and i.key not in told]
        if not new:
            return []
        self.show(*self.message(new, today, self.in_view()))
        self.settings.set_notified(day, told | {i.key for i in new})
        return new

    @staticmethod
    def message(
        items: Sequence[AgendaItem], today: dt.date, in_view: bool = False
    ) -> tuple[str, str]:
        """The title (how many items, said as what they are: due today or overdue, the
        count of the items the message is about) and the first items, one a line."""
        say = AgendaWords(ui_words(), fmt(), isolate_in_line, ui_isolate)
        lines = [
            ui_paragraph(f"{isolate_in_line(i.customer)}: {say.what(i)} ({say.due(i, today)})")
            for i in items[:NAMED]
        ]
        hidden = len(items) - NAMED
        if hidden > 0:
            if in_view:
                more = QCoreApplication.translate(
                    "Notifier", "and {count} more, listed below", None, hidden
                )
            else:
                more = QCoreApplication.translate(
                    "Notifier", "and {count} more on the home view", None, hidden
                )
            lines.append(ui_paragraph(more.format(count=fmt().integer(hidden))))
        count = len(items)
        title = QCoreApplication.translate(
            "Notifier", "{count} item(s) due today or overdue", None, count
        )
        return title.format(count=fmt().integer(count)), "\n".join(lines)
