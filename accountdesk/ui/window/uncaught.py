"""A database failure that no read of the window foresaw (the team server lost in the
middle of a session, met by a tab's refresh): said in one line in the status bar, where
it would otherwise be a traceback on stderr and nothing on screen."""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from accountdesk.domain.errors import DatabaseError
from accountdesk.ui.labels import error_reason

if TYPE_CHECKING:
    from accountdesk.ui.window.main_window import MainWindow

_log = logging.getLogger(__name__)


def say_database_failures(window: MainWindow) -> None:
    """From now on, an uncaught DatabaseError is shown in the window's status bar; any
    other exception goes on to the hook there was."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if isinstance(error, DatabaseError):
            _log.debug("said in the status bar", exc_info=(kind, error, trace))
            window.show_status(error_reason(error))
            return
        previous(kind, error, trace)

    sys.excepthook = hook
