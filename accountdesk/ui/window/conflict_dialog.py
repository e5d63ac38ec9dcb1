"""Someone else saved this customer first: reload theirs, or keep a copy of mine.

Nothing is overwritten silently: the user chooses, and "keep a copy" saves their version
as a new customer or exports it to a JSON file.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from accountdesk.ui.formatting import isolate
from accountdesk.ui.icons import icon
from accountdesk.ui.widgets.retranslate import Retranslating
from accountdesk.ui.widgets.wrapped_label import WrappedLabel


class Choice(Enum):
    CANCEL = "cancel"
    RELOAD_THEIRS = "reload"
    COPY_AS_NEW = "copy"
    EXPORT_MINE = "export"


class ConflictDialog(Retranslating, QDialog):
    def __init__(
        self,
        name: str,
        deleted: bool = False,
        parent: QWidget | None = None,
        detail: Callable[[], str] | None = None,
        copy_refused: Callable[[], str] = lambda: "",
    ) -> None:
        """`copy_refused`: why the person may not add customers (the team's rights), in
        the UI language; '' when they may keep a copy as a new one."""
        super().__init__(parent)
        self._copy_refused = copy_refused
        self._name = name
        self._deleted = deleted
        self.choice = Choice.CANCEL
        self.message = WrappedLabel(self)
        # Who saved it and what they changed, when known (a colleague's save seen live).
        self._detail = detail
        self.detail = WrappedLabel(self)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setVisible(detail is not None)
        self.buttons = QDialogButtonBox(self)
        self.reload_button = self._button(Choice.RELOAD_THEIRS, "open")
        self.copy_button = self._button(Choice.COPY_AS_NEW, "new")
        self.export_button = self._button(Choice.EXPORT_MINE, "export")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self.reject)
        self.reload_button.setVisible(not deleted)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.detail)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _button(self, choice: Choice, icon_name: str) -> QPushButton:
        button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        button.setIcon(icon(icon_name))
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Saved elsewhere first"))
        if self._deleted:
            text = self.tr(
                "“{name}” was deleted in another window or by another user since you opened it. "
                "Your changes are not saved. Keep a copy of your version:"
            )
        else:
            text = self.tr(
                "“{name}” was changed and saved in another window or by another user since you "
                "opened it. Your changes are not saved yet, and nothing was overwritten. What now?"
            )
        self.message.setText(text.format(name=isolate(self._name)))
        if self._detail is not None:
            self.detail.setText(self._detail())
        texts = {
            self.reload_button: self.tr("&Reload theirs (discard mine)"),
            self.copy_button: self.tr("Keep a copy of mine as a &new customer"),
            self.export_button: self.tr("Keep a copy of mine in a &JSON file…"),
        }
        for button, text in texts.items():
            button.setText(text)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
        refused = self._copy_refused()
        self.copy_button.setEnabled(not refused)
        self.copy_button.setToolTip(refused)
        self.cancel_button.setAccessibleName(self.cancel_button.text().replace("&", ""))
        self.setAccessibleName(self.windowTitle())
