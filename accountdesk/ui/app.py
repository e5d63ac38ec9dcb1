"""Starting the desktop app: `run(db_path, demo, lang)` is what the command line calls.

Order matters for start-up time: Qt first, then fonts and language, then the database
(opened once), then the window, which fetches only the first page of the customer list;
the database's integrity check starts in the background once the window is up.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from accountdesk.storage.locations import default_database_path
from accountdesk.ui.fonts import load_fonts
from accountdesk.ui.language import LanguageManager, normalise, system_language
from accountdesk.ui.pyside_fixes import protect_constants
from accountdesk.ui.settings import APPLICATION, ORGANIZATION, Settings
from accountdesk.ui.tr_noop import QT_TRANSLATE_NOOP
from accountdesk.ui.window.server_problem import ServerChoice

if TYPE_CHECKING:
    from accountdesk.storage.database import Database
    from accountdesk.storage.offline_copy import OfflineCopy
    from accountdesk.storage.sqlite_database import SqliteDatabase
    from accountdesk.ui.window.opening import QuickStart

# Tabs other parts of the app add to the file view, imported when first shown (they pull
# in PDF and printing, which start-up does not need): (key, title, "module:factory").
EXTRA_TABS = [
    (
        "incidents",
        QT_TRANSLATE_NOOP("FileView", "Incidents"),
        "accountdesk.ui.incidents.tab:IncidentsTab",
    ),
    (
        "summaries",
        QT_TRANSLATE_NOOP("FileView", "Summaries"),
        "accountdesk.ui.summaries.tab:SummariesTab",
    ),
    (
        "reports",
        QT_TRANSLATE_NOOP("FileView", "Service reports"),
        "accountdesk.ui.reports.tab:ReportsTab",
    ),
    (
        "signing",
        QT_TRANSLATE_NOOP("FileView", "Signed versions"),
        "accountdesk.ui.signing.panel:SigningPanel",
    ),
    (
        "history",
        QT_TRANSLATE_NOOP("FileView", "History"),
        "accountdesk.ui.history.tab:HistoryTab",
    ),
]


def register_extra_tabs() -> None:
    from accountdesk.ui.file.view import FileView, LazyTabFactory, lazy_tab

    for key, title, target in EXTRA_TABS:
        registered = FileView._registered
        if not any(isinstance(f, LazyTabFactory) and f.key == key for f in registered):
            FileView.register_tab(lazy_tab(key, title, target))


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    protect_constants()  # before the thousands of calls a session makes
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName("AccountDesk")
    load_fonts(app)
    return app


def choose_language(lang: str | None, settings: Settings) -> str:
    return normalise(lang) or normalise(settings.language()) or system_language()


def open_database(
    path: Path, parent: QWidget | None = None, settings: Settings | None = None
) -> SqliteDatabase | None:
    """The database at `path`, or another the user picks; None when they choose to quit.

    Only the user's own default database is created without asking, on the first start;
    any other missing, empty or foreign file is explained, and the user may open another
    file or create a new database.
    """
    from accountdesk.domain.errors import DatabaseError
    from accountdesk.ui.labels import error_reason
    from accountdesk.ui.window import choosers
    from accountdesk.ui.window.database_dialog import DatabaseProblemDialog, DbChoice
    from accountdesk.ui.window.opening import open_database_file

    create = path == default_database_path() and not path.exists()
    while True:
        try:
            return open_database_file(path, settings, create=create, check=False)
        except DatabaseError as error:
            dialog = DatabaseProblemDialog(
                path, error_reason(error), at_startup=True, parent=parent
            )
            dialog.exec()
            if dialog.choice == DbChoice.QUIT:
                return None
            filters = QCoreApplication.translate(
                "Startup", "AccountDesk databases (*.sqlite3 *.db);;All files (*)"
            )
            if dialog.choice == DbChoice.CREATE_NEW:
                chosen = choosers.save_path(
                    parent,
                    QCoreApplication.translate("Startup", "New database"),
                    filters,
                    "accountdesk.sqlite3",
                )
            else:
                chosen = choosers.open_path(
                    parent, QCoreApplication.translate("Startup", "Open database"), filters
                )
            if chosen is not None:
                path, create = chosen, dialog.choice == DbChoice.CREATE_NEW


@dataclass
class Started:
    """The database the app starts on, and, for a team database, its URL and whether
    this is its offline copy; or a current file to list at once and open after the
    first paint (`quick`, with `db` None)."""

    db: Database | None
    url: str = ""
    offline: OfflineCopy | None = None
    quick: QuickStart | None = None


def open_server(url: str, parent: QWidget | None = None) -> Started | ServerChoice | None:
    """The team database at `url`; when it cannot be opened, the dialog says which of the
    failures it is and offers the offline copy (the server out of reach) or the local
    database; None when the user chooses to quit."""
    from accountdesk.domain.errors import DatabaseError
    from accountdesk.storage import offline_copy
    from accountdesk.storage.database import Database
    from accountdesk.storage.server_urls import without_password
    from accountdesk.ui.window.server_problem import ServerProblemDialog

    try:
        return Started(Database(url), without_password(url))
    except DatabaseError as error:
        dialog = ServerProblemDialog(error, offline_copy.find(url), at_startup=True, parent=parent)
        dialog.exec()
        if dialog.choice == ServerChoice.OFFLINE and dialog.offline is not None:
            copy = offline_copy.open_read_only(url)
            return Started(copy, without_password(url), dialog.offline)
        return ServerChoice.LOCAL if dialog.choice == ServerChoice.LOCAL else None


def _start(db_path: Path | str | None, demo: bool, settings: Settings) -> Started | None:
    """The database to start on: the one named, else the team database or the file open
    last; a team database that cannot be opened may give way to the local one."""
    url = db_path if isinstance(db_path, str) else ""
    if db_path is None and not demo:
        url = settings.server_url()
    if url:
        started = open_server(url)
        if not isinstance(started, ServerChoice):
            return started
    path = Path(
        (db_path if isinstance(db_path, Path) else None)
        or settings.database_path()
        or default_database_path()
    )
    if not demo:  # a demo database is filled first
        from accountdesk.ui.window.opening import quick_start

        quick = quick_start(path, settings)
        if quick is not None:
            return Started(None, quick=quick)
    db = open_database(path, settings=settings)
    return Started(db) if db is not None else None


def run(db_path: Path | str | None, demo: bool, lang: str | None) -> int:
    """Start the app on `db_path` (a file or a team database's URL), or on the database
    used last, or on the user's default.

    The CLI has already filled a demo database when `demo` is set.
    """
    app = make_application()
    settings = Settings()
    languages = LanguageManager(app)
    languages.native_digits, languages.jalali = settings.native_digits(), settings.jalali()
    languages.apply(choose_language(lang, settings))
    started = _start(db_path, demo, settings)
    if started is None:
        return 1
    db: Any = started.db  # a file (its path, its backups) unless `started.url`
    if started.quick is not None:
        settings.set_database_path(started.quick.path)
    elif demo:
        db.backups = replace(db.backups, automatic=False)  # a fresh demo each time: nothing to keep
        _fill_demo_if_empty(db)
    elif started.url:
        settings.set_server_url(started.url)
    else:
        settings.set_database_path(db.path)  # the demo database is never "yours"
    from accountdesk.ui.window.main_window import MainWindow
    from accountdesk.ui.window.uncaught import say_database_failures

    register_extra_tabs()
    window = MainWindow(started.quick or db, settings, languages)
    window.team.opened(started.url, started.offline)
    say_database_failures(window)
    window.show()
    if started.quick is None:
        QTimer.singleShot(0, db.start_integrity_check)  # in the background, once the window is up
    try:
        return app.exec()
    finally:
        from accountdesk.ui.window.opening import close_database

        last = window.context.opened_db()  # the database open at the end, maybe another
        if last is not None:  # (none when the app closed before its file was opened)
            close_database(last)


def _fill_demo_if_empty(db: Database) -> None:
    from accountdesk.services import service_files as sf

    if sf.count_customers(db) == 0:
        from accountdesk.services.demo import create_demo

        create_demo(db)
