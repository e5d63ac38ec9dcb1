"""The main window: the customer list (with search) beside the open service file.

It only assembles and connects: the list, search, file view, card, file flows
(controller), import/export and menus each live in their own module.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent, QUndoGroup
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from accountdesk.domain.errors import DatabaseError, NotFoundError
from accountdesk.services import service_files as sf
from accountdesk.ui.customers.model import CustomerListModel
from accountdesk.ui.customers.panel import CustomerPanel
from accountdesk.ui.file.context import FileContext
from accountdesk.ui.file.session import FileSession
from accountdesk.ui.file.view import FileView
from accountdesk.ui.language import LanguageManager, is_rtl
from accountdesk.ui.search.box import SearchBox
from accountdesk.ui.settings import Settings
from accountdesk.ui.widgets.prompts import inform
from accountdesk.ui.widgets.retranslate import Retranslating
from accountdesk.ui.widgets.sizing import fit_to_screen
from accountdesk.ui.window import choosers
from accountdesk.ui.window.actions import Actions
from accountdesk.ui.window.controller import FileController
from accountdesk.ui.window.import_export import ImportExport

STATUS_MS = 8000


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, db: Any, settings: Settings, languages: LanguageManager) -> None:
        super().__init__()
        self.settings = settings
        choosers.use_settings(settings)
        self.languages = languages
        self.context = FileContext(db, self)
        self.controller = FileController(self.context, self)
        self.undo_group = QUndoGroup(self)
        self.actions_ = Actions(self, self.undo_group)
        self.list_model = CustomerListModel(lambda: self.context.db, self)
        self.customers = CustomerPanel(self.list_model)
        self.search = SearchBox(lambda: self.context.db)
        self.file_view = FileView(self.context)
        self.io = ImportExport(self, self.controller, self.list_model.ids)
        self.card: Any = None
        self._build()
        self._connect()
        self._load_list()
        self._restore()
        self.retranslate()

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
        self.splitter.addWidget(self.file_view)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.setTabOrder(self.search.field, self.search.card_button)
        self.setTabOrder(self.search.card_button, self.customers.supporter)
        self.setTabOrder(self.customers.unsigned, self.customers.view)
        self.setTabOrder(self.customers.view, self.file_view.tabs)
        self.statusBar()

    def _connect(self) -> None:
        a = self.actions_
        a["new_customer"].triggered.connect(self.controller.new_customer)
        a["save"].triggered.connect(lambda: self.controller.save())
        a["import_json"].triggered.connect(self.io.import_json)
        a["import_systems_csv"].triggered.connect(lambda: self.io.import_csv("systems"))
        a["import_contacts_csv"].triggered.connect(lambda: self.io.import_csv("contacts"))
        a["export_json"].triggered.connect(self.io.export_current)
        a["export_listed"].triggered.connect(self.io.export_listed)
        a["new_database"].triggered.connect(lambda: self.choose_database(create=True))
        a["open_database"].triggered.connect(lambda: self.choose_database(create=False))
        a["quit"].triggered.connect(self.close)
        a["find"].triggered.connect(self.search.focus)
        a["card"].triggered.connect(self.card_shortcut)
        a["about"].triggered.connect(self.about)
        a.language_chosen.connect(self.set_language)
        a.persian_option_changed.connect(self.set_persian_option)
        a.recent_chosen.connect(lambda path: self.switch_database(path))
        self.customers.customer_chosen.connect(self._customer_chosen)
        self.search.searching.connect(lambda on: self.left_stack.setCurrentIndex(1 if on else 0))
        self.search.open_requested.connect(self.open_result)
        self.search.card_requested.connect(self.card_for_result)
        self.search.failed.connect(self.show_status)
        c = self.controller
        c.opened.connect(self._session_opened)
        c.focus_requested.connect(self.file_view.focus_record)
        c.saved.connect(self.customers.select_customer)
        c.list_changed.connect(self._load_list)
        c.status.connect(self.show_status)
        c.on_problems = self.file_view.show_problems
        self.context.status.connect(self.show_status)
        self.io.imported.connect(self._load_list)
        self.io.status.connect(self.show_status)

    def _load_list(self) -> None:
        self.customers.set_staff(self.context.staff_names(), self.settings.supporter_filter())
        self.customers.model.set_filters(self.customers.filters())

    def _restore(self) -> None:
        geometry = self.settings.geometry(is_rtl(self.languages.language))
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, 1440, 860)
        sizes = self.settings.splitter_sizes()
        self.splitter.setSizes(sizes if len(sizes) == 2 and all(sizes) else [600, 900])
        self.actions_.set_recent(self.settings.recent_databases())
        self.actions_.check_language(self.languages.language)
        self.actions_.check_persian_options(self.languages.persian_digits, self.languages.jalali)

    # ------------------------------------------------------------ texts

    def retranslate(self) -> None:
        self.actions_.retranslate()
        self._update_title()

    def _update_title(self) -> None:
        session = self.context.session
        app = self.tr("AccountDesk")
        if session is None:
            self.setWindowTitle(app)
        else:
            name = session.file.name or self.tr("New customer")
            self.setWindowTitle(self.tr("{name}[*] — {app}").format(name=name, app=app))
            self.setWindowModified(session.dirty)
        self.setAccessibleName(self.windowTitle().replace("[*]", ""))

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)

    # ------------------------------------------------------------ the open file

    def _session_opened(self, session: FileSession | None) -> None:
        if session is not None:
            self.undo_group.addStack(session.undo_stack)
            self.undo_group.setActiveStack(session.undo_stack)
            session.dirty_changed.connect(self.setWindowModified)
            session.changed.connect(self._update_title)
        self.customers.select_customer(session.file.id if session else None)
        self._update_title()
        if self.card is not None and self.card.isVisible() and session is not None:
            self.card.show_file(session.file)

    def _customer_chosen(self, customer_id: int) -> None:
        current = self.context.session.file.id if self.context.session else None
        self.controller.open_customer(
            customer_id, cancelled=lambda: self.customers.select_customer(current)
        )

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

    def set_persian_option(self, option: str, on: bool) -> None:
        """Persian digits or the Solar Hijri calendar turned on or off, kept for next time."""
        if option == "jalali":
            self.languages.set_persian_options(jalali=on)
            self.settings.set_jalali(on)
        else:
            self.languages.set_persian_options(persian_digits=on)
            self.settings.set_persian_digits(on)

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
        from accountdesk.storage.database import Database

        if not create and not path.exists():
            self._database_problem(path, self.tr("the file does not exist"))
            return
        try:
            db = Database(path)
        except DatabaseError as error:
            self._database_problem(path, str(error))
            return
        old = self.context.db
        self.controller.close_file()
        self.context.set_database(db)
        old.close()
        self.settings.set_database_path(path)
        self.actions_.set_recent(self.settings.recent_databases())
        self._load_list()
        self.show_status(self.tr("Opened database {path}").format(path=path))

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

    # ------------------------------------------------------------ help

    def about(self) -> None:
        self.controller.prompt = inform(
            self,
            self.tr("About AccountDesk"),
            self.tr(
                "AccountDesk keeps one service file per customer — systems, contacts, escalation paths "
                "and the expectations agreed in the customer's own words — for account managers and "
                "dedicated supporters.\n\nDatabase: {path}"
            ).format(path=self.context.db.path),
            QMessageBox.Icon.Information,
        )

    # ------------------------------------------------------------ closing

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not getattr(self, "_shown_once", False):
            self._shown_once = True
            QTimer.singleShot(0, self.search.focus)

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
        self.settings.set_geometry(is_rtl(self.languages.language), self.saveGeometry())
        self.settings.set_splitter_sizes(self.splitter.sizes())
        self.settings.set_supporter_filter(self.customers.supporter_name())
        self.settings.sync()
        if self.card is not None:
            self.card.close()
