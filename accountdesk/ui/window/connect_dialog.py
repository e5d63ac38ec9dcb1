"""File → Connect to a team database…: a URL, or the server's address, database, user and
TLS mode; the password, when one is typed, is used for this connection only.

Credentials are libpq's: without a typed password the connection finds one where every
PostgreSQL tool does (~/.pgpass or PGPASSFILE, a service file named by PGSERVICE, PG*
variables, Kerberos/GSS). Nothing secret is remembered: the settings keep the URL without
its password (`Settings.set_server_url`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from accountdesk.domain.errors import DatabaseError
from accountdesk.storage.server_urls import (
    DEFAULT_PORT,
    SSL_MODES,
    compose,
    is_server_url,
    with_password,
    without_password,
)
from accountdesk.ui.widgets.retranslate import Retranslating
from accountdesk.ui.widgets.wrapped_label import WrappedLabel
from accountdesk.ui.window.server_problem import ServerChoice, ServerProblemDialog

if TYPE_CHECKING:
    from accountdesk.storage.database import Database

Opener = Callable[[str], "Database"]


def open_server(url: str) -> Database:
    from accountdesk.storage.database import Database

    return Database(url)


class ConnectDialog(Retranslating, QDialog):
    """Accepted with `database` open (or `offline` chosen, the server being out of reach);
    `url` is what was connected to, without a password."""

    def __init__(
        self, url: str = "", parent: QWidget | None = None, opener: Opener = open_server
    ) -> None:
        super().__init__(parent)
        self._opener = opener
        self.database: Database | None = None
        self.offline = False
        self.url = ""
        self.problem: ServerProblemDialog | None = None
        self.tabs = QTabWidget(self)
        self.url_field = QLineEdit(url, self)
        self.url_field.setPlaceholderText("postgresql://host/dbname?sslmode=verify-full")
        url_page = QWidget(self)
        self.url_form = QFormLayout(url_page)
        self.url_form.addRow("", self.url_field)
        self.host = QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database_name = QLineEdit(self)
        self.user = QLineEdit(self)
        self.sslmode = QComboBox(self)
        self.sslmode.addItem("", "")  # libpq's default (prefer)
        for mode in SSL_MODES:
            self.sslmode.addItem(mode, mode)
        self.sslrootcert = QLineEdit(self)
        fields_page = QWidget(self)
        self.fields_form = QFormLayout(fields_page)
        for widget in (
            self.host,
            self.port,
            self.database_name,
            self.user,
            self.sslmode,
            self.sslrootcert,
        ):
            self.fields_form.addRow("", widget)
        self.tabs.addTab(url_page, "")
        self.tabs.addTab(fields_page, "")
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        password_form = QFormLayout()
        password_form.addRow("", self.password)
        self.note = WrappedLabel(self)
        self.error = WrappedLabel(self)
        self.error.setStyleSheet("color: palette(highlight); font-weight: bold;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(password_form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._password_form = password_form
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connect to a team database"))
        self.setAccessibleName(self.windowTitle())
        self.tabs.setTabText(0, self.tr("URL"))
        self.tabs.setTabText(1, self.tr("Server details"))
        _label(self.url_form, self.url_field, self.tr("&URL:"))
        labels = (
            (self.host, self.tr("&Host:")),
            (self.port, self.tr("&Port:")),
            (self.database_name, self.tr("&Database:")),
            (self.user, self.tr("U&ser:")),
            (self.sslmode, self.tr("&TLS (sslmode):")),
            (self.sslrootcert, self.tr("&CA certificate (sslrootcert):")),
        )
        for widget, text in labels:
            _label(self.fields_form, widget, text)
        self.sslmode.setItemText(0, self.tr("libpq's default"))
        _label(self._password_form, self.password, self.tr("Pass&word:"))
        self.note.setText(
            self.tr(
                "A password typed here is used for this connection only and never stored. "
                "Leave it empty to use ~/.pgpass, PGPASSFILE, a PGSERVICE service file or "
                "Kerberos, as every PostgreSQL tool does."
            )
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Connect"))

    def target_url(self) -> str:
        """The URL the fields give, without the password; "" with a problem shown."""
        if self.tabs.currentIndex() == 0:
            url = self.url_field.text().strip()
            if not is_server_url(url):
                return self._refuse(
                    self.tr("URL: give a PostgreSQL URL, such as postgresql://host/dbname")
                )
            return url
        if not self.host.text().strip():
            return self._refuse(self.tr("Host: required (the server's name or address)"))
        if not self.database_name.text().strip():
            return self._refuse(self.tr("Database: required (its name on the server)"))
        return compose(
            self.host.text().strip(),
            self.port.value(),
            self.database_name.text().strip(),
            self.user.text().strip(),
            str(self.sslmode.currentData() or ""),
            self.sslrootcert.text().strip(),
        )

    def _refuse(self, text: str) -> str:
        self.error.setText(text)
        self.error.show()
        return ""

    def try_connect(self) -> None:
        url = self.target_url()
        if not url:
            return
        self.error.hide()
        try:
            self.database = self._opener(with_password(url, self.password.text()))
        except DatabaseError as error:
            self._failed(url, error)
            return
        self.url = without_password(url)
        self.password.clear()
        self.accept()

    def _failed(self, url: str, error: DatabaseError) -> None:
        from accountdesk.storage import offline_copy

        dialog = ServerProblemDialog(error, offline_copy.find(url), parent=self)
        self.problem = dialog

        def finished(_result: int) -> None:
            if dialog.choice == ServerChoice.OFFLINE:
                self.url, self.offline = without_password(url), True
                self.accept()

        dialog.finished.connect(finished)
        dialog.local_button.hide()  # this dialog's Cancel goes back to the database open
        dialog.open()


def _label(form: QFormLayout, widget: QWidget, text: str) -> None:
    label = form.labelForField(widget)
    if isinstance(label, QLabel):
        label.setText(text)
        label.setBuddy(widget)
