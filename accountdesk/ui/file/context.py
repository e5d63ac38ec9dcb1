"""What every tab of the file view can reach: the database, the open file, staff, status.

Tabs get a `FileContext` instead of the main window, so a tab written later (the
Summaries tab) needs nothing else and the window stays small.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from accountdesk.domain.errors import DatabaseError
from accountdesk.services import customer_list as listing

if TYPE_CHECKING:
    from accountdesk.storage.database import Database
    from accountdesk.storage.plain_reader import ListReader
    from accountdesk.ui.file.session import FileSession


class FileContext(QObject):
    session_changed = Signal(object)  # FileSession | None
    staff_changed = Signal()
    status = Signal(str)  # a short message for the status bar
    save_requested = Signal()  # a tab changed the open file and wants it saved (Ctrl+S)
    database_opened = Signal()  # the file given to `open_later` is open now
    # A tab shows a record of another tab: (that tab's key, the record's database id).
    focus_requested = Signal(str, int)

    def __init__(self, db: Database | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db: Any = db
        self._reader: ListReader | None = None
        self._opening: Callable[[], Database] | None = None
        self.session: FileSession | None = None
        self._staff: list[listing.StaffRow] | None = None
        self.may_read: Callable[[], bool] | None = None  # whether customers may be read at all
        # Who is at the keyboard, for the history ("" lets the service use the OS user).
        self.author: Callable[[], str] = lambda: ""

    # ------------------------------------------------------------ the database

    @property
    def db(self) -> Database:
        """The open database. A file still being opened (`open_later`) is opened now:
        whoever reads, saves or searches waits for it."""
        if self._opening is not None:
            self.finish_opening()
        db: Database = self._db
        return db

    def open_later(self, reader: ListReader, opening: Callable[[], Database]) -> None:
        """Show the list and the staff from `reader` until `finish_opening()` (or the
        first use of `db`) opens the database with `opening`."""
        reader.database = lambda: self.db  # a list read that fails waits for the database
        self._reader, self._opening, self._db = reader, opening, None

    @property
    def opening(self) -> bool:
        return self._opening is not None

    def finish_opening(self) -> None:
        """Open the database given to `open_later`; raises DatabaseError as opening does
        (and the next use tries again)."""
        opening = self._opening
        if opening is None:
            return
        self._db = opening()
        self._opening = self._reader = None
        self.database_opened.emit()

    def list_source(self) -> Database | ListReader:
        """Where the customer list and the staff are read: the database, or while it
        opens, its reader."""
        return self._reader if self._reader is not None else self.db

    def location(self) -> str:
        """The database's path or URL, as the user knows it."""
        return self.list_source().location

    def opened_db(self) -> Database | None:
        """The database, if it was opened (not merely listed)."""
        return None if self._opening is not None else self._db

    def set_session(self, session: FileSession | None) -> None:
        self.session = session
        self.session_changed.emit(session)

    def set_database(self, db: Database) -> None:
        self._db = db
        self._reader = self._opening = None
        self._staff = None
        self.staff_changed.emit()

    def staff(self) -> list[listing.StaffRow]:
        """The staff to choose from: none while they cannot be read (the role taken away,
        and the rights are read again; or the server lost, and the window's reads say so)."""
        try:
            return self.read_staff()
        except DatabaseError:
            return []

    def read_staff(self) -> list[listing.StaffRow]:
        """The staff as stored, for what must not go without them (an export); raises
        DatabaseError when they cannot be read."""
        if self.may_read is not None and not self.may_read():
            return []  # no role in the team database: the staff list is not theirs to read
        if self._staff is None:
            self._staff = listing.list_staff(self.list_source())
        return self._staff

    def staff_names(self) -> list[str]:
        return [s.name for s in self.staff()]

    def reload_staff(self) -> None:
        self._staff = None
        self.staff_changed.emit()

    def show_status(self, message: str) -> None:
        self.status.emit(message)
