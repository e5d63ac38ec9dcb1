"""What every tab of the file view can reach: the database, the open file, staff, status.

Tabs get a `FileContext` instead of the main window, so a tab written later (the
Summaries tab) needs nothing else and the window stays small.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from accountdesk.services import service_files as sf

if TYPE_CHECKING:
    from accountdesk.storage.database import Database
    from accountdesk.ui.file.session import FileSession


class FileContext(QObject):
    session_changed = Signal(object)  # FileSession | None
    staff_changed = Signal()
    status = Signal(str)  # a short message for the status bar
    save_requested = Signal()  # a tab changed the open file and wants it saved (Ctrl+S)
    # A tab shows a record of another tab: (that tab's key, the record's database id).
    focus_requested = Signal(str, int)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.session: FileSession | None = None
        self._staff: list[sf.StaffRow] | None = None
        # Who is at the keyboard, for the history ("" lets the service use the OS user).
        self.author: Callable[[], str] = lambda: ""

    def set_session(self, session: FileSession | None) -> None:
        self.session = session
        self.session_changed.emit(session)

    def set_database(self, db: Database) -> None:
        self.db = db
        self._staff = None
        self.staff_changed.emit()

    def staff(self) -> list[sf.StaffRow]:
        if self._staff is None:
            self._staff = sf.list_staff(self.db)
        return self._staff

    def staff_names(self) -> list[str]:
        return [s.name for s in self.staff()]

    def reload_staff(self) -> None:
        self._staff = None
        self.staff_changed.emit()

    def show_status(self, message: str) -> None:
        self.status.emit(message)
