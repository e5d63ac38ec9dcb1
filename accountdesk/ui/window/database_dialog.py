"""A database that cannot be opened: say why, and offer another file, a new one, or quit."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from accountdesk.ui.icons import icon
from accountdesk.ui.widgets.retranslate import Retranslating
from accountdesk.ui.widgets.wrapped_label import WrappedLabel


class DbChoice(Enum):
    QUIT = "quit"
    OPEN_OTHER = "open"
    CREATE_NEW = "create"


class DatabaseProblemDialog(Retranslating, QDialog):
    def __init__(
        self, path: Path, reason: str, at_startup: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._at_startup = at_startup
        self.choice = DbChoice.QUIT
        self.message = WrappedLabel(self)
        self.reason = WrappedLabel(self)
        self.reason.setText(reason)
        self.reason.setStyleSheet("font-weight: bold;")
        self.buttons = QDialogButtonBox(self)
        self.open_button = self._button(DbChoice.OPEN_OTHER, "open")
        self.create_button = self._button(DbChoice.CREATE_NEW, "new")
        self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.setIcon(icon("quit"))
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _button(self, choice: DbChoice, icon_name: str) -> QPushButton:
        button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        button.setIcon(icon(icon_name))
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: DbChoice) -> None:
        self.choice = choice
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The database cannot be opened"))
        self.message.setText(
            self.tr("AccountDesk cannot use the database {path}:").format(path=self._path)
        )
        self.reason.setAccessibleName(self.tr("Reason"))
        texts = {
            self.open_button: self.tr("&Open another file…"),
            self.create_button: self.tr("&Create a new database…"),
            self.quit_button: self.tr("&Quit") if self._at_startup else self.tr("Cancel"),
        }
        for button, text in texts.items():
            button.setText(text)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
        self.setAccessibleName(self.windowTitle())
