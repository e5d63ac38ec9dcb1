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
from accountdesk.ui.formatting import fmt, isolate_in_line
from accountdesk.ui.labels import ui_words
from accountdesk.ui.settings import Settings

Show = Callable[[str, str], None]  # title, message
# A notification names at most this many items; the home view lists the rest.
NAMED = 3


class Notifier:
    def __init__(self, settings: Settings, show: Show) -> None:
        self.settings = settings
        self.show = show

    def check(self, items: Sequence[AgendaItem], today: dt.date) -> list[AgendaItem]:
        """Notify the items due today or overdue not yet notified today; returns them."""
        if not self.settings.notifications():
            return []
        day = today.isoformat()
        told = self.settings.notified(day)
        new = [i for i in items if falls_due(i, today) and i.key not in told]
        if not new:
            return []
        self.show(*self.message(new, today))
        self.settings.set_notified(day, told | {i.key for i in new})
        return new

    @staticmethod
    def message(items: Sequence[AgendaItem], today: dt.date) -> tuple[str, str]:
        say = AgendaWords(ui_words(), fmt(), isolate_in_line)
        lines = [
            f"{isolate_in_line(i.customer)}: {say.what(i)} ({say.due(i, today)})"
            for i in items[:NAMED]
        ]
        if len(items) > NAMED:
            more = QCoreApplication.translate(
                "Notifier", "and {count} more on the home view", None, len(items) - NAMED
            )
            lines.append(more.format(count=fmt().integer(len(items) - NAMED)))
        count = len(items)
        title = QCoreApplication.translate("Notifier", "{count} item(s) fall due", None, count)
        return title.format(count=fmt().integer(count)), "\n".join(lines)
