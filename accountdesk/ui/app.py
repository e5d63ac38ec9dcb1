"""Starting the desktop app: `run(db_path, demo, lang)` is what the command line calls.

Order matters for start-up time: Qt first, then fonts and language, then the database
(opened once), then the window, which fetches only the first page of the customer list.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication

from accountdesk.storage.locations import default_database_path
from accountdesk.ui.fonts import load_fonts
from accountdesk.ui.language import LanguageManager, normalise, system_language
from accountdesk.ui.pyside_fixes import protect_constants
from accountdesk.ui.settings import APPLICATION, ORGANIZATION, Settings

# Tabs other parts of the app add to the file view, imported when first shown (they pull
# in PDF and printing, which start-up does not need): (key, title, "module:factory").
EXTRA_TABS = [
    (
        "summaries",
        QT_TRANSLATE_NOOP("FileView", "Summaries"),
        "accountdesk.ui.summaries.tab:SummariesTab",
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
    from accountdesk.ui.file.view import FileView, lazy_tab

    for key, title, target in EXTRA_TABS:
        if not any(getattr(f, "lazy_key", None) == key for f in FileView._registered):
            factory = lazy_tab(key, title, target)
            factory.lazy_key = key  # type: ignore[attr-defined]
            FileView.register_tab(factory)


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


def open_database(path: Path, parent=None):
    """The database at `path`, or another the user picks; None when they choose to quit."""
    from accountdesk.domain.errors import DatabaseError
    from accountdesk.storage.database import Database
    from accountdesk.ui.window import choosers
    from accountdesk.ui.window.database_dialog import DatabaseProblemDialog, DbChoice

    while True:
        try:
            return Database(path)
        except DatabaseError as error:
            dialog = DatabaseProblemDialog(path, str(error), at_startup=True, parent=parent)
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
            path = chosen or path


def run(db_path: Path | None, demo: bool, lang: str | None) -> int:
    """Start the app on `db_path`, or on the database used last, or on the user's default.

    The CLI has already filled a demo database when `demo` is set.
    """
    app = make_application()
    settings = Settings()
    languages = LanguageManager(app)
    languages.persian_digits, languages.jalali = settings.persian_digits(), settings.jalali()
    languages.apply(choose_language(lang, settings))
    db = open_database(Path(db_path or settings.database_path() or default_database_path()))
    if db is None:
        return 1
    if demo:
        _fill_demo_if_empty(db)
    else:
        settings.set_database_path(db.path)  # the demo database is never "yours"
    from accountdesk.ui.window.main_window import MainWindow

    register_extra_tabs()
    window = MainWindow(db, settings, languages)
    window.show()
    try:
        return app.exec()
    finally:
        db.close()


def _fill_demo_if_empty(db) -> None:
    from accountdesk.services import service_files as sf

    if sf.count_customers(db) == 0:
        from accountdesk.services.demo import create_demo

        create_demo(db)
