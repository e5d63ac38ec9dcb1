"""Questions to the user that never block: shown with `open()`, answered by a callback.

Non-blocking prompts keep the event loop running (tests drive them like a user would)
and keep one code path for every answer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from accountdesk.ui.formatting import isolate

Button = QMessageBox.StandardButton


def ask(
    parent: QWidget,
    title: str,
    text: str,
    buttons: Button,
    default: Button,
    answered: Callable[[Button], None],
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setDefaultButton(default)
    box.setAccessibleName(title)
    box.finished.connect(lambda _result: answered(_answer(box)))
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def _answer(box: QMessageBox) -> Button:
    clicked = box.clickedButton()
    return box.standardButton(clicked) if clicked is not None else Button.Cancel


def ask_save_changes(parent: QWidget, name: str, answered: Callable[[Button], None]) -> QMessageBox:
    """Save / Discard / Cancel for a file with unsaved changes."""
    text = QCoreApplication.translate(
        "Prompts", "The service file of “{name}” has changes that are not saved."
    )
    return ask(
        parent,
        QCoreApplication.translate("Prompts", "Unsaved changes"),
        text.format(name=isolate(name)),
        Button.Save | Button.Discard | Button.Cancel,
        Button.Save,
        answered,
        QMessageBox.Icon.Warning,
    )


def confirm_delete(parent: QWidget, what: str, confirmed: Callable[[], None]) -> QMessageBox:
    def answered(button: Button) -> None:
        if button == Button.Yes:
            confirmed()

    return ask(
        parent,
        QCoreApplication.translate("Prompts", "Delete"),
        QCoreApplication.translate("Prompts", "Delete “{what}”?").format(what=what),
        Button.Yes | Button.No,
        Button.No,
        answered,
    )


def inform(
    parent: QWidget, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning
) -> QMessageBox:
    return ask(parent, title, text, Button.Ok, Button.Ok, lambda _b: None, icon)
