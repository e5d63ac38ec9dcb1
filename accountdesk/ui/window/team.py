"""The window's side of a team database: connecting (File → Connect to a team
database…, the recent ones), going back to the local file, saying which database is open,
and the read-only offline copy for when the server cannot be reached.

While a team database is open, each customer opened or saved is copied into the offline
copy (`storage.offline_copy`); while the copy is open, every way of changing something is
off and a bar above the list says why and how old the copy is.

On a team database each action that changes something is on only as far as the person's
role allows (services.team, from the same rights the server's policies are made of), and
says why in its tooltip and status tip when it is off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from accountdesk.domain.errors import DatabaseError
from accountdesk.domain.team import EVERYTHING, Area, RoleRights, TeamRole
from accountdesk.storage.locations import default_database_path
from accountdesk.ui.file.tab import read_only_reason, rights_word
from accountdesk.ui.formatting import isolate
from accountdesk.ui.tr_noop import QT_TRANSLATE_NOOP
from accountdesk.ui.widgets.wrapped_label import WrappedLabel
from accountdesk.ui.window.server_problem import age_text

if TYPE_CHECKING:
    from accountdesk.storage.database import Database
    from accountdesk.storage.offline_copy import OfflineCopy
    from accountdesk.ui.file.session import FileSession
    from accountdesk.ui.window.connect_dialog import ConnectDialog
    from accountdesk.ui.window.main_window import MainWindow

NO_RIGHTS = RoleRights(file=False, support=False)  # no role in the team database
# What cannot be done in the offline copy (the window's actions).
CHANGING = (
    "new_customer",
    "save",
    "import_json",
    "import_systems_csv",
    "import_contacts_csv",
    "import_incidents",
    "archive_customer",
    "unarchive_customer",
    "delete_customer",
    "restore_backup",
    "backup_folder",
)
# What reads or changes customers: off, with NO_ROLE, while the person has no role (the
# backups are of a local file).
CUSTOMER_ACTIONS = (
    *(name for name in CHANGING if name not in ("restore_backup", "backup_folder")),
    "export_json",
    "export_listed",
    "find",
    "card",
    "home",
)
# The actions that change customers without naming one: what each needs of some customer.
NEEDS = {
    "new_customer": Area.FILE,
    "import_json": Area.FILE,
    "import_incidents": Area.FILE,
    "import_systems_csv": Area.SUPPORT,
    "import_contacts_csv": Area.SUPPORT,
}
# The open customer's actions: each changes its whole file (its row, or all of it).
OPEN_FILE_ACTIONS = ("archive_customer", "unarchive_customer", "delete_customer")
# What the status bar says when the person's role changed while the app was open.
NEW_ROLE = {
    TeamRole.MANAGER: QT_TRANSLATE_NOOP(
        "TeamDatabases",
        "Your role in this team database is now manager: you can change every customer's "
        "file and the staff list.",
    ),
    TeamRole.ACCOUNT_MANAGER: QT_TRANSLATE_NOOP(
        "TeamDatabases",
        "Your role in this team database is now account manager: you can add customers and "
        "change the files of the customers you manage.",
    ),
    TeamRole.SUPPORTER: QT_TRANSLATE_NOOP(
        "TeamDatabases",
        "Your role in this team database is now supporter: you can change the systems, "
        "contacts and notes of the customers you support.",
    ),
    TeamRole.AUDITOR: QT_TRANSLATE_NOOP(
        "TeamDatabases",
        "Your role in this team database is now auditor: you can read every customer's "
        "file but not change it.",
    ),
}
NO_ROLE = QT_TRANSLATE_NOOP(
    "TeamDatabases",
    "You no longer have a role in this team database: ask its manager for one to read "
    "or change customers.",
)


class TeamDatabases(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.url = ""  # the team database open (or whose copy is), without its password
        self.offline: OfflineCopy | None = None
        self.where = QLabel(window)  # in the status bar: which database this is
        self.banner = WrappedLabel(window)  # above the list while the offline copy is open
        self.banner.setStyleSheet(
            "background: palette(tool-tip-base); color: palette(tool-tip-text); padding: 6px;"
        )
        self.banner.hide()
        self._rights: tuple[object, RoleRights] | None = None  # (database, its rights)
        self._said_no_role: object = None  # the database whose "no role" the status bar said
        self._copy_offered = False  # since the server last answered

    # ------------------------------------------------------------ connecting

    def connect_dialog(self, url: str = "") -> ConnectDialog:
        from accountdesk.ui.window.connect_dialog import ConnectDialog

        w = self.window
        dialog = ConnectDialog(url or w.settings.server_url() or self.url, w)
        w.controller.prompt = dialog

        def finished(result: int) -> None:
            if result:
                w.controller.leave_file(lambda: self._use(dialog))
            elif dialog.database is not None:
                dialog.database.close()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def _use(self, dialog: ConnectDialog) -> None:
        if dialog.offline:
            self.open_offline(dialog.url)
        elif dialog.database is not None:
            self.use_server(dialog.database, dialog.url)

    def use_server(self, db: Database, url: str) -> None:
        w = self.window
        w._use_database(db)
        self.opened(url, None)
        w.settings.set_server_url(url)
        w.actions_.set_recent_servers(w.settings.recent_servers())
        w.show_status(self.tr("Connected to the team database {url}").format(url=isolate(url)))

    def open_offline(self, url: str) -> None:
        from accountdesk.storage import offline_copy

        copy = offline_copy.find(url)
        if copy is None:
            return
        self.window._use_database(offline_copy.open_read_only(url))
        self.opened(url, copy)

    def offer_copy(self, error: Exception) -> None:
        """The team database out of reach in the middle of a session (a customer or a
        search that could not be read): the copy of the customers opened recently is
        offered, as at start-up, once until the server answers again."""
        from accountdesk.domain import messages as m
        from accountdesk.storage import offline_copy
        from accountdesk.ui.window.server_problem import ServerChoice, ServerProblemDialog

        if (
            not self.url
            or self.offline is not None
            or self._copy_offered
            or getattr(error, "template", None) != m.SERVER_UNREACHABLE
        ):
            return
        w, url = self.window, self.url
        if w.controller.prompt is not None:
            return  # a question on screen first (the next failure offers it)
        copy = offline_copy.find(url)
        if copy is None:
            return
        assert isinstance(error, DatabaseError)
        self._copy_offered = True
        dialog = ServerProblemDialog(error, copy, parent=w)
        w.controller.prompt = dialog

        def finished(_result: int) -> None:
            if w.controller.prompt is dialog:
                w.controller.prompt = None
            if dialog.choice == ServerChoice.OFFLINE:
                w.controller.leave_file(lambda: self.open_offline(url))
            elif dialog.choice == ServerChoice.LOCAL:
                w.controller.leave_file(self.open_local)

        dialog.finished.connect(finished)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_local(self) -> None:
        w = self.window
        path = w.settings.database_path() or default_database_path()
        w.switch_database(path, create=path == default_database_path() and not path.exists())

    # ------------------------------------------------------------ what is open

    def opened(self, url: str, offline: OfflineCopy | None) -> None:
        """The window now shows this team database (or its copy; "" a local file)."""
        self.url, self.offline = url, offline
        self._copy_offered = False
        self.banner.setVisible(offline is not None)
        self.lock_editing()
        self.retranslate()
        self.window._update_title()

    def local_opened(self) -> None:
        self.opened("", None)

    def retranslate(self) -> None:
        if self.offline is not None:
            age = age_text(self.offline.refreshed_at)
            self.where.setText(
                self.tr("Offline copy of {url}, from {age} (read-only)").format(
                    url=isolate(self.url), age=age
                )
            )
            self.banner.setText(
                self.tr(
                    "The team database {url} cannot be reached. This is the copy kept on this "
                    "computer of the customers you opened recently, from {age}. Nothing can be "
                    "changed in it: connect again (File → Connect to a team database…) to make "
                    "changes."
                ).format(url=isolate(self.url), age=age)
            )
        elif self.url:
            self.where.setText(self.tr("Team database: {url}").format(url=isolate(self.url)))
        else:
            self.where.setText(
                self.tr("Database: {path}").format(path=isolate(self.window.context.location()))
            )
        if self.offline is None and self.without_role():
            self.banner.setText(QCoreApplication.translate("TeamDatabases", NO_ROLE))
        self.where.setAccessibleName(self.where.text())
        self.show_rights()

    # ------------------------------------------------------------ rights

    def rights(self) -> RoleRights:
        """What the person signed in may change at all, asked once per database."""
        if self.window.context.opening:
            # Only a local file of ours opens after the first window, and its owner may
            # change everything: asking would open it before the window is painted.
            return EVERYTHING
        db = self.window.context.db
        if self._rights is None or self._rights[0] is not db:
            from accountdesk.services import team

            self._rights = (db, team.role_rights(db))
        return self._rights[1]

    def without_role(self) -> bool:
        """Signed in to a team database with no role in it: no customer, nor the staff
        list, may be read (the server refuses), so nothing of them is asked for."""
        if self.offline is not None:
            return False
        try:
            rights = self.rights()
        except DatabaseError:
            return False  # unreachable: said where the reading fails
        return rights == NO_RIGHTS

    def rights_changed(self) -> None:
        """The staff list or someone's role changed on the server (a notice): the person's
        rights read again and shown — the actions, and the open file's read-only parts —
        and, when their role is another now, the status bar says what they may do."""
        self._copy_offered = False  # the server answers again (or its notice came late)
        if self.offline is not None or self._rights is None:
            return  # the copy changes nothing; rights never asked are asked when needed
        from accountdesk.services import team

        w = self.window
        before = self._rights[1]
        self._rights = None
        try:
            after = self.rights()
        except DatabaseError:
            return  # unreachable: the listener says when it is back, and asks again
        if NO_RIGHTS in (after, before):
            if after != before:
                if after == NO_RIGHTS:
                    w.controller.close_file()  # it may no longer be read, nor saved
                self.retranslate()  # the message, the actions
                w._load_list()
                w.home.mark_stale()
            if after == NO_RIGHTS:
                return
        session = w.context.session
        try:
            file_rights = (
                team.customer_rights(w.context.db, session.file.id) if session is not None else None
            )
        except DatabaseError:
            return
        if session is not None and file_rights is not None and file_rights != session.rights:
            session.rights = file_rights
            w.context.set_session(session)  # each tab shows what may be changed now
            self.lock_editing()
        self.show_rights()
        said = role_text(after)
        if said and after != before:
            w.show_status(said)

    def show_rights(self) -> None:
        """Each action that changes something is on where it may be done: never in the
        offline copy; on a team database as far as the person's role allows, and the open
        customer's as far as their rights to it go; an action that is off says why."""
        w = self.window
        session = w.context.session
        try:
            rights = self.rights() if self.offline is None else None
        except DatabaseError:
            return  # unreachable: the actions stay as they are, and the reading says why
        saved = session is not None and session.file.id is not None
        for name in CHANGING:
            reason = "" if rights is None else _reason(name, rights, session)
            may = self.offline is None and not reason
            if name in OPEN_FILE_ACTIONS:
                may = may and saved
            self._allow(w.actions_[name], may, reason)
        shut = self.without_role()
        no_role = QCoreApplication.translate("TeamDatabases", NO_ROLE)
        for name in CUSTOMER_ACTIONS:
            if shut:
                self._allow(w.actions_[name], False, no_role)
            elif name not in CHANGING:
                self._allow(w.actions_[name], True, "")
        # No role: the message above the list, in the status bar once, nothing to search.
        self.banner.setVisible(self.offline is not None or shut)
        w.customers.setEnabled(not shut)
        w.search.setEnabled(not shut)
        if shut and self._said_no_role is not w.context.db:
            self._said_no_role = w.context.db
            w.show_status(no_role)
        elif not shut:
            self._said_no_role = None

    @staticmethod
    def _allow(action: QAction, may: bool, reason: str) -> None:
        action.setEnabled(may)
        action.setToolTip(reason or action.text().replace("&", "").rstrip("…"))
        action.setStatusTip(reason)

    def title_suffix(self) -> str:
        """What the window title adds: which team database, or that this is its copy."""
        if self.offline is not None:
            return self.tr("offline copy from {age}").format(
                age=age_text(self.offline.refreshed_at)
            )
        return self.url

    # ------------------------------------------------------------ the offline copy

    def keep_copy(self, customer_id: int | None) -> None:
        """Copy the customer just opened or saved into the offline copy."""
        if customer_id is None or self.offline is not None or not self.url:
            return
        from accountdesk.storage import offline_copy

        db: Any = self.window.context.db
        try:
            offline_copy.refresh(db, getattr(db, "url", self.url), customer_id)
        except Exception as exc:
            self.window.show_status(
                self.tr("The offline copy was not updated: {reason}").format(reason=str(exc))
            )

    def lock_editing(self) -> None:
        """In the offline copy, every field of the open file reads, and none edits."""
        if self.offline is None:
            return
        view: QWidget = self.window.file_view
        for widget in view.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
                widget.setReadOnly(True)
            elif isinstance(widget, QAbstractItemView):
                widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            elif isinstance(widget, QComboBox) or (
                isinstance(widget, QAbstractButton) and not isinstance(widget.parent(), QTabBar)
            ):
                widget.setEnabled(False)


def role_text(rights: RoleRights) -> str:
    """What the person may do now their role changed (in the UI language); '' for the
    database's owner, who is no team member."""
    if rights.role is not None:
        return QCoreApplication.translate("TeamDatabases", NEW_ROLE[rights.role])
    return "" if rights.file else QCoreApplication.translate("TeamDatabases", NO_ROLE)


def _reason(name: str, rights: RoleRights, session: FileSession | None) -> str:
    """Why the person may not do the action `name` (in the UI language), '' if they may."""
    if name in NEEDS:
        return rights_word(rights.reason(NEEDS[name]))
    if name in OPEN_FILE_ACTIONS:
        return read_only_reason(session, "customer")
    if name == "save" and session is not None and not session.rights.may_change_any:
        return read_only_reason(session, "customer")
    return ""
