"""Opening, creating, saving and leaving service files, with the questions that guard them.

Every way of leaving a file with unsaved changes (another customer, a new one, another
database, closing the window) goes through `leave_file`, which asks Save / Discard /
Cancel. Saving goes to the service as one transaction; validation problems are shown next
to their fields, and a conflict opens the conflict dialog: nothing is overwritten silently.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimeZone, Signal
from PySide6.QtWidgets import QWidget

from accountdesk.domain.enums import Language
from accountdesk.domain.errors import (
    ConflictError,
    DamagedDatabaseError,
    DatabaseError,
    NotFoundError,
    ServerDatabaseError,
    ValidationError,
)
from accountdesk.domain.service_file import ServiceFile
from accountdesk.domain.service_window import ServiceWindow
from accountdesk.domain.team import Area
from accountdesk.i18n.locale_detection import language_of
from accountdesk.ui.file.context import FileContext
from accountdesk.ui.file.session import RECORD_LISTS, FileSession
from accountdesk.ui.file.tab import rights_word
from accountdesk.ui.formatting import fmt, isolate
from accountdesk.ui.labels import error_reason
from accountdesk.ui.language import locale_country
from accountdesk.ui.widgets.prompts import Button, ask_save_changes, inform
from accountdesk.ui.window import choosers
from accountdesk.ui.window.conflict_dialog import Choice, ConflictDialog

if TYPE_CHECKING:
    from accountdesk.storage.database import Database

MAX_COPY_NAMES = 50


UTC_ALIASES = {"Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "UCT", "Universal", "Zulu"}


def system_time_zone() -> str:
    """The computer's IANA time zone ('Asia/Tehran'), or UTC when it has none we know."""
    from zoneinfo import available_timezones

    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    if zone in UTC_ALIASES or zone not in available_timezones():
        return "UTC"
    return zone


def new_file(name: str) -> ServiceFile:
    """A new customer in the UI's language, its locale's country and the computer's time
    zone: nothing of the domain's defaults (Hebrew, Israel) or of the file open before."""
    language = language_of(QLocale().name()) or Language.ENGLISH
    return ServiceFile(
        name=name,
        document_language=language,
        country=locale_country(),
        window=ServiceWindow.always(system_time_zone()),
    )


def as_new_copy(file: ServiceFile, name: str) -> ServiceFile:
    """The same file as a customer not yet saved: no ids, no revision, another name."""
    clone = copy.deepcopy(file)
    clone.id, clone.revision, clone.name = None, None, name
    for section in RECORD_LISTS:
        for row in getattr(clone, section):
            _clear_ids(row)
    return clone


def _clear_ids(row: object) -> None:
    if hasattr(row, "id"):
        row.id = None
    for value in vars(row).values():
        if isinstance(value, list):
            for child in value:
                if hasattr(child, "__dataclass_fields__"):
                    _clear_ids(child)


class FileController(QObject):
    opened = Signal(object)  # FileSession | None
    saved = Signal(int)  # customer id
    list_changed = Signal()
    status = Signal(str)
    focus_requested = Signal(str, int)  # kind ('system' | 'contact'), record id
    unreadable = Signal(object)  # the DatabaseError that kept a file from opening
    damaged = Signal()  # a save was refused because the database file is damaged

    def __init__(self, context: FileContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.prompt: QWidget | None = None  # the question on screen, if any (tests answer it)
        self.on_problems: Callable[[list], None] = lambda problems: None

    @property
    def session(self) -> FileSession | None:
        return self.context.session

    @property
    def db(self) -> Database:
        return self.context.db

    # ------------------------------------------------------------ leaving a file

    def leave_file(
        self, proceed: Callable[[], None], cancelled: Callable[[], None] = lambda: None
    ) -> None:
        """Run `proceed` once the open file may be left: saved, discarded, or clean."""
        session = self.session
        if session is None or not session.dirty:
            proceed()
            return

        def answered(button: Button) -> None:
            self.prompt = None
            if button == Button.Save:
                self.save(then=proceed, failed=cancelled)
            elif button == Button.Discard:
                proceed()
            else:
                cancelled()

        self.prompt = ask_save_changes(
            self.window, session.file.name or self.tr("New customer"), answered
        )

    # ------------------------------------------------------------ opening

    def open_customer(
        self,
        customer_id: int,
        focus: tuple[str, int] | None = None,
        not_opened: Callable[[], None] = lambda: None,
    ) -> None:
        """Open the customer's file once the open one may be left; `not_opened` when it
        may not (cancelled) or the file cannot be read."""
        if self.session is not None and self.session.file.id == customer_id:
            self._focus(focus)
            return
        self.leave_file(lambda: self._open_now(customer_id, focus, not_opened), not_opened)

    def _open_now(
        self, customer_id: int, focus: tuple[str, int] | None, not_opened: Callable[[], None]
    ) -> None:
        from accountdesk.services import service_files as sf

        try:
            file = sf.load_file(self.db, customer_id)
        except NotFoundError:
            self.status.emit(self.tr("That customer no longer exists; the list is refreshed."))
            not_opened()
            self.list_changed.emit()
            return
        except DatabaseError as error:  # the role taken away (the window reads it again), or
            self.status.emit(error_reason(error))  # the server lost: said in one line
            not_opened()
            self.unreadable.emit(error)
            return
        self._set_session(FileSession(file, self))
        self._focus(focus)
        self.status.emit(self.tr("Opened {name}").format(name=isolate(file.name)))

    def _focus(self, focus: tuple[str, int] | None) -> None:
        if focus is not None:
            self.focus_requested.emit(*focus)  # the window shows that system or contact

    def new_customer(self) -> None:
        self.leave_file(self._new_now)

    def _new_now(self) -> None:
        file = new_file(self.tr("New customer"))
        session = FileSession(file, self)
        session.undo_stack.resetClean()  # never saved: dirty from the start
        self._set_session(session)
        self.status.emit(self.tr("New customer: fill in the overview, then save (Ctrl+S)."))

    def close_file(self) -> None:
        self._set_session(None)

    def _set_session(self, session: FileSession | None) -> None:
        from accountdesk.services import team

        old = self.session
        if session is not None:  # what the person signed in may change of it, asked once
            session.rights = team.customer_rights(self.db, session.file.id)
        self.context.set_session(session)
        self.opened.emit(session)
        if old is not None:
            old.deleteLater()

    # ------------------------------------------------------------ saving

    def save(
        self, then: Callable[[], None] = lambda: None, failed: Callable[[], None] = lambda: None
    ) -> bool:
        from accountdesk.services import service_files as sf

        session = self.session
        if session is None:
            return False
        try:
            saved = sf.save_file(self.db, session.file, author=self.context.author())
        except ValidationError as error:
            self._not_saved(error)
            failed()
            return False
        except (ConflictError, NotFoundError) as error:
            self._conflict(
                session, deleted=isinstance(error, NotFoundError), then=then, failed=failed
            )
            return False
        except DamagedDatabaseError:
            failed()
            self.damaged.emit()  # the window offers the backups
            return False
        except DatabaseError as error:
            reason = error_reason(error)  # the server lost says so itself: it refused nothing
            if not isinstance(error, ServerDatabaseError):
                reason = self.tr("The database refused the save: {reason}").format(reason=reason)
            self.prompt = inform(self.window, self.tr("Not saved"), reason)
            failed()
            return False
        self._saved(session, saved)
        then()
        return True

    def _saved(self, session: FileSession, saved: ServiceFile) -> None:
        session.mark_saved(saved)
        self.context.reload_staff()
        self.on_problems([])
        self.saved.emit(saved.id)
        self.list_changed.emit()
        self.status.emit(self.tr("Saved {name}").format(name=isolate(saved.name)))

    def _not_saved(self, error: ValidationError) -> None:
        self.on_problems(error.problems)
        count = len(error.problems)
        text = self.tr(
            "Not saved: {count} problem(s) to fix; each is shown next to its field.", None, count
        )
        self.status.emit(text.format(count=fmt().integer(count)))

    # ------------------------------------------------------------ conflicts

    def saved_elsewhere(self, detail: Callable[[], str], deleted: bool) -> None:
        """A colleague saved (or deleted) the open customer while it has unsaved edits:
        the same choices as a save that came second, with who changed what."""
        if self.session is not None:
            self._conflict(self.session, deleted, lambda: None, lambda: None, detail)

    def _conflict(
        self,
        session: FileSession,
        deleted: bool,
        then: Callable[[], None],
        failed: Callable[[], None],
        detail: Callable[[], str] | None = None,
    ) -> None:
        from accountdesk.services import team

        rights = team.role_rights(self.db)
        dialog = ConflictDialog(
            session.file.name,
            deleted,
            self.window,
            detail,
            lambda: rights_word(rights.reason(Area.FILE)),
        )
        self.prompt = dialog

        def finished(_result: int) -> None:
            self.prompt = None
            if self._resolve(session, dialog.choice):
                then()
            else:
                failed()

        dialog.finished.connect(finished)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _resolve(self, session: FileSession, choice: Choice) -> bool:
        if choice == Choice.RELOAD_THEIRS:
            return self._reload_theirs(session)
        if choice == Choice.COPY_AS_NEW:
            return self._save_copy(session)
        if choice == Choice.EXPORT_MINE:
            return self._export_mine(session)
        return False

    def _reload_theirs(self, session: FileSession) -> bool:
        from accountdesk.services import service_files as sf

        assert session.file.id is not None
        try:
            theirs = sf.load_file(self.db, session.file.id)
        except NotFoundError:
            self.close_file()
            self.list_changed.emit()
            return True
        except DatabaseError as error:  # the server lost: the edits stay, and so the conflict
            self.status.emit(error_reason(error))
            return False
        session.mark_saved(theirs)
        self.list_changed.emit()
        self.status.emit(
            self.tr("Reloaded {name} as saved elsewhere; your changes were discarded.").format(
                name=isolate(theirs.name)
            )
        )
        return True

    def _save_copy(self, session: FileSession) -> bool:
        from accountdesk.services import service_files as sf

        mine = session.file
        for attempt in range(1, MAX_COPY_NAMES + 1):
            name = self.copy_name(mine.name, attempt)
            try:
                saved = sf.save_file(self.db, as_new_copy(mine, name), author=self.context.author())
            except ValidationError as error:
                if any(p.field == "name" for p in error.problems) and attempt < MAX_COPY_NAMES:
                    continue  # that copy name is taken: try "(my copy 2)"
                self._not_saved(error)
                return False
            self._set_session(FileSession(saved, self))
            self.context.reload_staff()
            self.list_changed.emit()
            self.status.emit(
                self.tr("Your version is saved as a new customer: {name}").format(
                    name=isolate(saved.name)
                )
            )
            return True
        return False

    @staticmethod
    def copy_name(name: str, attempt: int) -> str:
        if attempt == 1:
            return QCoreApplication.translate("FileController", "{name} (my copy)").format(
                name=name
            )
        text = QCoreApplication.translate("FileController", "{name} (my copy {number})")
        return text.format(name=name, number=attempt)

    def _export_mine(self, session: FileSession) -> bool:
        from accountdesk.ui.window.import_export import write_json

        path = choosers.save_path(
            self.window,
            self.tr("Keep a copy of my version"),
            self.tr("JSON files (*.json)"),
            f"{session.file.name}.json",
        )
        if path is None:
            return False
        # The person's edits, kept whatever the server: the staff's details if they can be read.
        if not write_json(self.window, [session.file], self.context.staff, path):
            return False
        self.status.emit(
            self.tr("Your version is in {path}; showing the saved one.").format(path=path)
        )
        return self._reload_theirs(session) if session.file.id is not None else True

    # ------------------------------------------------------------ other

    def reload_if_open(self, customer_id: int) -> None:
        """After an import changed this customer in the database, show it as stored."""
        from accountdesk.services import service_files as sf

        if self.session is not None and self.session.file.id == customer_id:
            self.session.mark_saved(sf.load_file(self.db, customer_id))
