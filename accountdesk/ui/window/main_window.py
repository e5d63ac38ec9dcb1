"""The main window: the customer list (with search) beside the open service file.

It only assembles and connects: the list, search, file view, card, file flows
(controller), import/export and menus each live in their own module.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QPaintEvent, QShowEvent, QUndoGroup
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from accountdesk.domain.errors import DatabaseError, NotFoundError
from accountdesk.ui import collection
from accountdesk.ui.customers.model import CustomerListModel
from accountdesk.ui.customers.panel import CustomerPanel
from accountdesk.ui.file.context import FileContext
from accountdesk.ui.file.session import FileSession
from accountdesk.ui.file.view import FileView
from accountdesk.ui.formatting import isolate
from accountdesk.ui.home.notifier import Notifier
from accountdesk.ui.home.view import HomeView
from accountdesk.ui.labels import error_reason
from accountdesk.ui.language import LanguageManager, is_rtl
from accountdesk.ui.operations import BackgroundOp
from accountdesk.ui.search.box import SearchBox
from accountdesk.ui.settings import Settings
from accountdesk.ui.widgets.prompts import inform
from accountdesk.ui.widgets.retranslate import Retranslating
from accountdesk.ui.widgets.sizing import fit_to_screen
from accountdesk.ui.window import choosers
from accountdesk.ui.window.actions import Actions
from accountdesk.ui.window.controller import FileController
from accountdesk.ui.window.import_export import ImportExport
from accountdesk.ui.window.lifecycle import CustomerLifecycle
from accountdesk.ui.window.live_refresh import LiveRefresh
from accountdesk.ui.window.opening import QuickStart
from accountdesk.ui.window.team import TeamDatabases

STATUS_MS = 8000
DUE_CHECK_MS = 10 * 60 * 1000  # how often the agenda is read again for notifications
OPEN_UNPAINTED_MS = 500


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, db: Any, settings: Settings, languages: LanguageManager) -> None:
        super().__init__()
        self.settings = settings
        choosers.use_settings(settings)
        self.languages = languages
        quick = db if isinstance(db, QuickStart) else None
        self.context = FileContext(None if quick is not None else db, self)
        if quick is not None:  # listed now, opened once the window is painted
            self.context.open_later(quick.reader, quick.open)
        self.controller = FileController(self.context, self)
        self.undo_group = QUndoGroup(self)
        self.actions_ = Actions(self, self.undo_group)
        self.list_model = CustomerListModel(self.context.list_source, self)
        self.customers = CustomerPanel(self.list_model)
        self.search = SearchBox(lambda: self.context.db)
        self.file_view = FileView(self.context)
        self.home = HomeView(
            lambda: self.context.db,
            self.customers.supporter_name,
            waiting=lambda: self.context.opening,  # its agenda is read once the file is open
            may_read=lambda: not self.team.without_role(),
        )
        self.notifier = Notifier(settings, self.notify, _without_tray)
        self.tray: Any = None
        self.io = ImportExport(self, self.controller, self.list_model.ids)
        self.lifecycle = CustomerLifecycle(self, self.controller, self.io.export_current)
        self.context.author = self.customers.supporter_name  # "me": my customers' supporter
        self.card: Any = None
        self.team = TeamDatabases(self)
        self.context.may_read = lambda: not self.team.without_role()
        self.live = LiveRefresh(self.controller, self._load_list, self)
        self._build()
        self._connect()
        self._load_list()
        self._restore()
        self._show_archived_state(False)
        self.retranslate()
        self._open_queued = False
        if quick is None:
            self.report_backup_problems()
            self.live.follow(db)
        self.context.database_opened.connect(self._database_opened)

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.left_stack = QStackedWidget()
        self.left_stack.addWidget(self.customers)
        self.left_stack.addWidget(self.search.results)
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(
            6, 6, 6, 0
        )  # both sides: the list meets the window edge in either direction
        layout.addWidget(self.search)
        layout.addWidget(self.left_stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        # The home view until a customer is opened; View → Home comes back to it.
        self.right_stack = QStackedWidget()
        self.right_stack.addWidget(self.home)
        self.right_stack.addWidget(self.file_view)
        self.splitter.addWidget(self.right_stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.team.banner)  # the offline copy says what it is, first
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.setTabOrder(self.search.field, self.search.card_button)
        self.setTabOrder(self.search.card_button, self.customers.supporter)
        self.setTabOrder(self.customers.unsigned, self.customers.archived)
        self.setTabOrder(self.customers.archived, self.customers.view)
        self.setTabOrder(self.customers.view, self.file_view.tabs)
        self.statusBar().addPermanentWidget(self.team.where)
        self.due_timer = QTimer(self)  # what falls due while the app runs
        self.due_timer.setInterval(DUE_CHECK_MS)

    def _connect(self) -> None:
        a = self.actions_
        a["new_customer"].triggered.connect(self.controller.new_customer)
        a["save"].triggered.connect(lambda: self.controller.save())
        a["import_json"].triggered.connect(self.io.import_json)
        a["import_systems_csv"].triggered.connect(lambda: self.io.import_csv("systems"))
        a["import_contacts_csv"].triggered.connect(lambda: self.io.import_csv("contacts"))
        a["import_incidents"].triggered.connect(self.import_incidents)
        a["export_json"].triggered.connect(self.io.export_current)
        a["export_listed"].triggered.connect(self.io.export_listed)
        a["archive_customer"].triggered.connect(self.lifecycle.archive)
        a["unarchive_customer"].triggered.connect(self.lifecycle.unarchive)
        a["delete_customer"].triggered.connect(self.lifecycle.delete)
        self.lifecycle.changed.connect(self._load_list)
        self.lifecycle.status.connect(self.show_status)
        self.lifecycle.archived_changed.connect(self._show_archived_state)
        self.context.save_requested.connect(lambda: self.controller.save())
        self.context.focus_requested.connect(self._focus_record)
        a["new_database"].triggered.connect(lambda: self.choose_database(create=True))
        a["open_database"].triggered.connect(lambda: self.choose_database(create=False))
        a["connect_database"].triggered.connect(lambda: self.team.connect_dialog())
        a["open_local"].triggered.connect(self.team.open_local)
        a.recent_server_chosen.connect(lambda url: self.team.connect_dialog(url).try_connect())
        a["restore_backup"].triggered.connect(lambda: self.restore_from_backup())
        a["backup_folder"].triggered.connect(self.choose_backup_folder)
        a["quit"].triggered.connect(self.close)
        a["find"].triggered.connect(self.search.focus)
        a["card"].triggered.connect(self.card_shortcut)
        a["about"].triggered.connect(self.about)
        a["home"].triggered.connect(self.show_home)
        a["notifications"].setChecked(self.settings.notifications())
        a["notifications"].toggled.connect(self.settings.set_notifications)
        self.home.open_requested.connect(self.open_agenda_item)
        self.home.loaded.connect(lambda found: self.notifier.check(found.items, self.home.today()))
        self.due_timer.timeout.connect(self.home.refresh)
        self.customers.supporter.currentIndexChanged.connect(self._staff_changed)
        self.customers.view.clicked.connect(lambda _index: self._show_file())
        a.language_chosen.connect(self.set_language)
        a.language_option_changed.connect(self.set_language_option)
        a.recent_chosen.connect(lambda path: self.switch_database(path))
        self.customers.customer_chosen.connect(self._customer_chosen)
        self.search.searching.connect(lambda on: self.left_stack.setCurrentIndex(1 if on else 0))
        self.search.open_requested.connect(self.open_result)
        self.search.card_requested.connect(self.card_for_result)
        self.search.failed.connect(self._search_failed)
        self.list_model.unreadable.connect(self.show_status)
        c = self.controller
        c.opened.connect(self._session_opened)
        c.focus_requested.connect(self._focus_record)
        c.saved.connect(self.customers.select_customer)
        c.saved.connect(self.team.keep_copy)
        self.file_view.tabs.currentChanged.connect(lambda _index: self.team.lock_editing())
        c.list_changed.connect(self._load_list)
        c.list_changed.connect(self.home.mark_stale)
        self.lifecycle.changed.connect(self.home.mark_stale)
        self.io.imported.connect(self.home.mark_stale)
        c.status.connect(self.show_status)
        c.unreadable.connect(self.team.offer_copy)
        c.damaged.connect(self._damaged)
        c.on_problems = self.file_view.show_problems
        self.context.status.connect(self.show_status)
        self.io.imported.connect(self._load_list)
        self.io.status.connect(self.show_status)
        self.live.status.connect(self.show_status)
        # Rights first: without a role, nothing of the staff list is read again.
        self.live.staff_changed.connect(self.team.rights_changed)
        self.live.staff_changed.connect(self.context.reload_staff)

    def _load_list(self) -> None:
        if self.team.without_role():
            self.customers.set_staff([], "")
            self.list_model.clear()
            return
        try:  # unreadable (the server lost): the box keeps its names, and the list says why
            names = [s.name for s in self.context.read_staff()]
        except DatabaseError:
            names = None
        if names is not None or not self.customers.supporter.count():
            self.customers.set_staff(names or [], self.settings.supporter_filter())
        self.customers.model.set_filters(self.customers.filters())

    def _restore(self) -> None:
        geometry = self.settings.geometry(is_rtl(self.languages.language))
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, 1440, 860)
        sizes = self.settings.splitter_sizes()
        self.splitter.setSizes(sizes if len(sizes) == 2 and all(sizes) else [600, 900])
        self.actions_.set_recent(self.settings.recent_databases())
        self.actions_.set_recent_servers(self.settings.recent_servers())
        self.actions_.check_language(self.languages.language)
        self.actions_.check_language_options(self.languages.native_digits, self.languages.jalali)

    # ------------------------------------------------------------ texts

    def retranslate(self) -> None:
        self.actions_.retranslate()
        self.team.retranslate()
        self._update_title()

    def _update_title(self) -> None:
        session = self.context.session
        app = self.tr("AccountDesk")
        where = self.team.title_suffix()
        if where:  # which team database, or that this is its offline copy
            app = self.tr("{app} ({where})").format(app=app, where=isolate(where))
        if session is None:
            self.setWindowTitle(app)
        else:
            name = isolate(session.file.name) or self.tr("New customer")
            self.setWindowTitle(self.tr("{name}[*] — {app}").format(name=name, app=app))
            self.setWindowModified(session.dirty)
        self.setAccessibleName(self.windowTitle().replace("[*]", ""))

    def import_incidents(self) -> None:
        """File → Import incidents…: a dialog of its own; the open file's Incidents tab
        reads them again when the dialog closes."""
        from accountdesk.services import team
        from accountdesk.services.service_files import list_customers
        from accountdesk.ui.incidents.import_dialog import ImportIncidentsDialog

        # A name is filed as another name of a customer whose file the person may change.
        try:
            allowed = team.changeable_customers(self.context.db, team.area_of(team.ALIASES))
            customers = [
                (row.id, row.name)
                for row in list_customers(self.context.db)
                if allowed is None or row.id in allowed
            ]
        except DatabaseError as error:  # the role taken away (the rights are read again), or
            self.show_status(error_reason(error))  # the server lost
            return
        self.incidents_dialog = ImportIncidentsDialog(
            self.context.db, self.settings, customers, self
        )
        self.incidents_dialog.finished.connect(lambda _r: self._incidents_imported())
        self.incidents_dialog.open()

    def _incidents_imported(self) -> None:
        tab = self.file_view.tab("incidents")
        real = getattr(tab, "real", tab)
        if real is not None:
            real.refresh_all()

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)

    # ------------------------------------------------------------ the open file

    # ------------------------------------------------------------ home

    def show_home(self) -> None:
        self.right_stack.setCurrentWidget(self.home)
        self.home.refresh()
        self.home.tree.setFocus()

    def _show_file(self) -> None:
        if self.context.session is not None:
            self.right_stack.setCurrentWidget(self.file_view)

    def _focus_record(self, kind: str, ref_id: int) -> None:
        self._show_file()
        self.file_view.focus_record(kind, ref_id)

    def open_agenda_item(self, customer_id: int, tab: str, record_id: int) -> None:
        """A row of the home view: its customer's file, at the tab and record it names."""
        self.controller.open_customer(customer_id, (tab, record_id))

    def _staff_changed(self) -> None:
        """Another staff member at the keyboard: their customers are "mine" now."""
        self.home.retranslate()
        self.home.mark_stale()

    def notify(self, title: str, message: str) -> None:
        """A desktop notification through the tray; a notice in the window without one."""
        from PySide6.QtWidgets import QSystemTrayIcon

        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QSystemTrayIcon(self.windowIcon(), self)
                self.tray.messageClicked.connect(self._from_notification)
                self.tray.show()
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information)
            return
        self.home.show_notice(f"{title}\n{message}")
        self.show_status(title)

    def _from_notification(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.show_home()

    def _session_opened(self, session: FileSession | None) -> None:
        self.right_stack.setCurrentWidget(self.file_view if session is not None else self.home)
        if session is not None:
            self.undo_group.addStack(session.undo_stack)
            self.undo_group.setActiveStack(session.undo_stack)
            session.dirty_changed.connect(self.setWindowModified)
            session.changed.connect(self._update_title)
        self.customers.select_customer(session.file.id if session else None)
        if session is not None:
            self.team.keep_copy(session.file.id)
            self.team.lock_editing()
        self._show_archived_state(self.lifecycle.open_is_archived())
        self._update_title()
        if self.card is not None and self.card.isVisible() and session is not None:
            self.card.show_file(session.file)

    def _show_archived_state(self, archived: bool) -> None:
        """Archive or bring back, whichever the open customer allows; delete when saved
        (and the person may: the team's rights)."""
        self.actions_["archive_customer"].setVisible(not archived)
        self.actions_["unarchive_customer"].setVisible(archived)
        self.team.show_rights()

    def _customer_chosen(self, customer_id: int) -> None:
        """A row of the list: its file, or the open file's row chosen again if not: at
        once, and again once the click that chose the row is over (the view selects the
        row it pressed after saying so)."""
        current = self.context.session.file.id if self.context.session else None

        def not_opened() -> None:
            self.customers.select_customer(current)
            QTimer.singleShot(0, self.customers, lambda: self.customers.select_customer(current))

        self.controller.open_customer(customer_id, not_opened=not_opened)

    def _search_failed(self, error: Exception) -> None:
        self.show_status(error_reason(error))
        self.team.offer_copy(error)

    def open_result(self, result: Any) -> None:
        focus = None if result.kind == "customer" else (result.kind, result.ref_id)
        self.controller.open_customer(result.customer_id, focus)

    # ------------------------------------------------------------ the supporter's card

    def card_shortcut(self) -> None:
        """On a call the supporter finds the caller, then asks for the card: the highlighted
        result's customer, not the one that happens to be open."""
        if not self.search.request_card():
            self.show_card()

    def card_for_result(self, result: Any) -> None:
        from accountdesk.services import service_files as sf

        focus = None if result.kind == "customer" else (result.kind, result.ref_id)
        session = self.context.session
        if session is not None and session.file.id == result.customer_id:
            self.show_card(session.file, focus)
            return
        try:
            self.show_card(sf.load_file(self.context.db, result.customer_id), focus)
        except NotFoundError:
            self.show_status(self.tr("That customer no longer exists."))

    def show_card(self, file: Any = None, focus: tuple[str, int] | None = None) -> None:
        if file is None:
            if self.context.session is None:
                self.show_status(
                    self.tr(
                        "Open a customer (or find one with Ctrl+F) to see the supporter's card."
                    )
                )
                return
            file = self.context.session.file
        if self.card is None:
            from accountdesk.ui.card.card import SupporterCard

            self.card = SupporterCard(self)
            self.card.copied.connect(self.show_status)
        self.card.show_file(file, focus)
        self.card.show()
        self.card.raise_()
        self.card.activateWindow()

    # ------------------------------------------------------------ language

    def set_language(self, language: str) -> None:
        self.languages.apply(language)
        self.settings.set_language(self.languages.language)
        self.actions_.check_language(self.languages.language)

    def set_language_option(self, option: str, on: bool) -> None:
        """Persian digits or the Solar Hijri calendar turned on or off, kept for next time."""
        if option == "jalali":
            self.languages.set_language_options(jalali=on)
            self.settings.set_jalali(on)
        else:
            self.languages.set_language_options(native_digits=on)
            self.settings.set_native_digits(on)

    # ------------------------------------------------------------ databases

    def choose_database(self, create: bool) -> None:

        filters = self.tr("AccountDesk databases (*.sqlite3 *.db);;All files (*)")
        if create:
            path = choosers.save_path(self, self.tr("New database"), filters, "accountdesk.sqlite3")
        else:
            path = choosers.open_path(self, self.tr("Open database"), filters)
        if path is not None:
            self.switch_database(path, create)

    def switch_database(self, path: Path, create: bool = False) -> None:
        self.controller.leave_file(lambda: self._switch_now(path, create))

    def _switch_now(self, path: Path, create: bool) -> None:
        from accountdesk.ui.window.opening import open_database_file

        if not create and not path.exists():
            self._database_problem(path, self.tr("the file does not exist"))
            return
        try:
            db = open_database_file(path, self.settings, create=create, backup_later=True)
        except DatabaseError as error:
            self._database_problem(path, error_reason(error))
            return
        self._use_database(db)
        self.team.local_opened()
        self.settings.set_database_path(path)
        self.actions_.set_recent(self.settings.recent_databases())
        self.show_status(self.tr("Opened database {path}").format(path=path))
        self.report_backup_problems()
        self.start_daily_backup()

    def _use_database(self, db: Any) -> None:
        from accountdesk.ui.window.opening import close_database

        old = self.context.opened_db()  # a file still being opened need not be
        self.controller.close_file()
        self.context.set_database(db)
        if old is not None and old is not db:
            close_database(old)
        self._load_list()
        self.home.mark_stale()
        self.live.follow(db)

    def report_backup_problems(self, problems: list[str] | None = None) -> None:
        """A backup made on opening that failed (its check, or the folder): said, not hidden."""
        for problem in self.context.db.problems if problems is None else problems:
            self.show_status(self.tr("No backup was made: {reason}").format(reason=problem))

    def start_daily_backup(self) -> BackgroundOp | None:
        """The daily backup due on opening the file, made in a worker thread: copying and
        checking a large file takes seconds the window would otherwise be frozen for.
        Closing the file waits for it (`SqliteDatabase.close`)."""
        from accountdesk.storage.sqlite_database import SqliteDatabase

        db = self.context.opened_db()
        if not isinstance(db, SqliteDatabase) or not db.daily_backup_pending:
            return None
        return (
            BackgroundOp(self, db.make_daily_backup)
            .success(self.report_backup_problems)
            .failure(lambda error: self.report_backup_problems([str(error)]))
            .run()
        )

    def _database_problem(self, path: Path, reason: str) -> None:
        from accountdesk.ui.window.database_dialog import DatabaseProblemDialog, DbChoice

        dialog = DatabaseProblemDialog(path, reason, at_startup=False, parent=self)
        self.controller.prompt = dialog

        def finished(_result: int) -> None:
            if dialog.choice != DbChoice.QUIT:
                self.choose_database(create=dialog.choice == DbChoice.CREATE_NEW)

        dialog.finished.connect(finished)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # ------------------------------------------------------------ backups

    def restore_from_backup(self, problem: str = "") -> None:
        self.controller.leave_file(lambda: self._choose_backup(problem))

    def _damaged(self) -> None:
        # Straight to the backups: the changes cannot be saved here, so asking to save them
        # first would only fail again.
        self._choose_backup(
            self.tr(
                "This database is damaged, so nothing was saved to it. Restore the newest "
                "good backup to go on working; changes that were not saved are then lost."
            )
        )

    def _choose_backup(self, problem: str) -> None:
        from accountdesk.services.backups import list_backups
        from accountdesk.ui.window.opening import database_file
        from accountdesk.ui.window.restore_dialog import RestoreDialog

        db = database_file(self.context.db)
        dialog = RestoreDialog(list_backups(db.path, db.backups), db.backups.folder, problem, self)
        dialog.chosen.connect(self._confirm_restore)
        dialog.finished.connect(dialog.deleteLater)
        self.controller.prompt = dialog
        dialog.open()

    def _confirm_restore(self, entry: Any) -> None:
        from accountdesk.ui.widgets.prompts import Button, ask
        from accountdesk.ui.window.restore_dialog import backup_date, customers_text

        customers = customers_text(entry)
        text = self.tr(
            "Replace the database {path} with the backup made on {date} ({customers})? "
            "The current file is kept as a copy first."
        ).format(path=self.context.db.location, date=backup_date(entry), customers=customers)
        self.controller.prompt = ask(
            self,
            self.tr("Restore from backup"),
            text,
            Button.Yes | Button.Cancel,
            Button.Cancel,
            lambda button: self._restore_now(entry) if button == Button.Yes else None,
        )

    def _restore_now(self, entry: Any) -> None:
        from PySide6.QtCore import QThreadPool

        from accountdesk.services.backups import restore_backup
        from accountdesk.ui.window.opening import close_database, database_file
        from accountdesk.ui.window.restore_dialog import backup_date

        db = database_file(self.context.db)
        path = db.path
        self.controller.close_file()
        QThreadPool.globalInstance().waitForDone()  # no search still reading the old file
        close_database(db)
        try:
            safety = restore_backup(entry.path, path, db.backups)
        except (DatabaseError, OSError) as error:
            self._reopen(path)
            self.controller.prompt = inform(
                self,
                self.tr("Not restored"),
                self.tr("Nothing was restored: {reason}").format(reason=error),
            )
            return
        if not self._reopen(path):
            return
        message = self.tr("Restored the backup made on {date}.").format(date=backup_date(entry))
        if safety is not None:
            message += " " + self.tr("The replaced file is kept as {path}.").format(path=safety)
        self.show_status(message)

    def _reopen(self, path: Path) -> bool:
        from accountdesk.ui.window.opening import open_database_file

        try:
            db = open_database_file(path, self.settings)
        except DatabaseError as error:
            self._database_problem(path, str(error))
            return False
        self._use_database(db)
        self.team.local_opened()
        self.report_backup_problems()
        return True

    def choose_backup_folder(self) -> None:
        from accountdesk.ui.window import choosers
        from accountdesk.ui.window.opening import backup_policy, database_file

        db = database_file(self.context.db)
        chosen = choosers.folder_path(
            self, self.tr("Folder for the backups of this database"), db.backups.folder
        )
        if chosen is None:
            return
        self.settings.set_backup_folder(db.path, chosen)
        db.backups = backup_policy(self.settings, db.path)
        self.show_status(
            self.tr("Backups of this database now go to {folder}").format(folder=chosen)
        )

    # ------------------------------------------------------------ help

    def about(self) -> None:
        self.controller.prompt = inform(
            self,
            self.tr("About AccountDesk"),
            self.tr(
                "AccountDesk keeps one service file per customer — systems, contacts, escalation paths "
                "and the expectations agreed in the customer's own words — for account managers and "
                "dedicated supporters.\n\nDatabase: {path}"
            ).format(path=self.context.location()),
            QMessageBox.Icon.Information,
        )

    # ------------------------------------------------------------ closing

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._open_soon()

    def _open_soon(self) -> None:
        """Once the window is painted, open the file it lists (see `QuickStart`)."""
        if self.context.opening and not self._open_queued:
            self._open_queued = True
            QTimer.singleShot(0, self._open_now)

    def _open_now(self) -> None:
        if not self.context.opening:
            return  # opened already: something needed it sooner
        try:
            self.context.finish_opening()
        except DatabaseError as error:
            collection.release()
            self._database_problem(Path(self.context.location()), error_reason(error))

    def _database_opened(self) -> None:
        """The file the window listed at once is open now."""
        if getattr(self, "_shown_once", False):
            collection.release()  # SQLAlchemy loaded and the tables mapped: the start is over
        self.report_backup_problems()
        self.start_daily_backup()
        self.live.follow(self.context.db)
        # The agenda next, not now: whatever made the file open (a customer chosen) first.
        QTimer.singleShot(0, self.home.mark_stale)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not getattr(self, "_shown_once", False):
            self._shown_once = True
            if not self.context.opening:  # else once the file is open
                collection.release()  # the start is over: collect as usual
            QTimer.singleShot(0, self.search.focus)
            self.due_timer.start()
            # Opened when painted; in case the window is not painted soon (minimised):
            QTimer.singleShot(OPEN_UNPAINTED_MS, self._open_soon)

    def closeEvent(self, event: QCloseEvent) -> None:
        if (
            getattr(self, "_may_close", False)
            or self.context.session is None
            or not self.context.session.dirty
        ):
            self._remember()
            event.accept()
            return
        event.ignore()
        self.controller.leave_file(self._close_now)

    def _close_now(self) -> None:
        self._may_close = True
        self.close()

    def _remember(self) -> None:
        self.live.stop()  # the window goes: no more notices for it
        self.settings.set_geometry(is_rtl(self.languages.language), self.saveGeometry())
        self.settings.set_splitter_sizes(self.splitter.sizes())
        self.settings.set_supporter_filter(self.customers.supporter_name())
        self.settings.sync()
        if self.card is not None:
            self.card.close()


def _without_tray() -> bool:
    """No system tray: a notification is a notice above the home view's own list."""
    from PySide6.QtWidgets import QSystemTrayIcon

    return not QSystemTrayIcon.isSystemTrayAvailable()
