"""A team database that cannot be opened: which of the three failures it is (the server
cannot be reached, it refused the login, the database is not there) and what to do; when
the server cannot be reached and a copy of the customers opened recently is kept, the
offer to open it, read-only, with its age."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from accountdesk.domain import messages as m
from accountdesk.domain.errors import AccountDeskError
from accountdesk.ui.formatting import fmt
from accountdesk.ui.labels import error_reason
from accountdesk.ui.widgets.retranslate import Retranslating
from accountdesk.ui.widgets.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from accountdesk.storage.offline_copy import OfflineCopy


class ServerChoice(Enum):
    CLOSE = "close"
    OFFLINE = "offline"
    LOCAL = "local"


def age_text(since: dt.datetime, now: dt.datetime | None = None) -> str:
    """'2 hours ago', in the UI language: how old the offline copy is."""
    seconds = max(0, int(((now or dt.datetime.now(dt.UTC)) - since).total_seconds()))
    minutes, hours, days = seconds // 60, seconds // 3600, seconds // 86400
    if minutes < 1:
        return QCoreApplication.translate("Offline", "just now")
    if hours < 1:
        text = QCoreApplication.translate("Offline", "{count} minute(s) ago", None, minutes)
        count = minutes
    elif days < 1:
        text = QCoreApplication.translate("Offline", "{count} hour(s) ago", None, hours)
        count = hours
    else:
        text = QCoreApplication.translate("Offline", "{count} day(s) ago", None, days)
        count = days
    return text.format(count=fmt().integer(count))


class ServerProblemDialog(Retranslating, QDialog):
    def __init__(
        self,
        error: AccountDeskError,
        offline: OfflineCopy | None = None,
        at_startup: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.error = error
        self.offline = offline if error.template == m.SERVER_UNREACHABLE else None
        self._at_startup = at_startup
        self.choice = ServerChoice.CLOSE
        self.reason = WrappedLabel(self)
        self.reason.setStyleSheet("font-weight: bold;")
        self.about_copy = WrappedLabel(self)
        self.about_copy.setVisible(self.offline is not None)
        self.buttons = QDialogButtonBox(self)
        self.offline_button = self._button(ServerChoice.OFFLINE)
        self.offline_button.setVisible(self.offline is not None)
        self.local_button = self._button(ServerChoice.LOCAL)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addWidget(self.about_copy)
        layout.addWidget(self.buttons)
        (self.offline_button if self.offline is not None else self.close_button).setDefault(True)
        self.retranslate()

    def _button(self, choice: ServerChoice) -> QPushButton:
        button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: ServerChoice) -> None:
        self.choice = choice
        self.accept()

    def title(self) -> str:
        titles = {
            m.SERVER_UNREACHABLE: self.tr("The database server cannot be reached"),
            m.SERVER_LOGIN_REFUSED: self.tr("The database server refused the login"),
            m.SERVER_NO_DATABASE: self.tr("The database does not exist"),
            m.SERVER_DATABASE_EMPTY: self.tr("No AccountDesk database there yet"),
        }
        return titles.get(self.error.template, self.tr("The team database cannot be opened"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.title())
        self.setAccessibleName(self.windowTitle())
        self.reason.setText(error_reason(self.error))
        if self.offline is not None:
            self.about_copy.setText(
                self.tr(
                    "A read-only copy of the {count} customer(s) you opened recently is kept "
                    "on this computer, from {age}.",
                    None,
                    len(self.offline.customers),
                ).format(
                    count=fmt().integer(len(self.offline.customers)),
                    age=age_text(self.offline.refreshed_at),
                )
            )
        texts = {
            self.offline_button: self.tr("Open the &copy (read-only)"),
            self.local_button: self.tr("Open the &local database"),
            self.close_button: self.tr("&Quit") if self._at_startup else self.tr("Close"),
        }
        for button, text in texts.items():
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))
