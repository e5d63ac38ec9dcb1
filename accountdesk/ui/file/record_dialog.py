"""A dialog that edits one record (a system, a contact, a risk…) of the open file.

OK checks the record with the service layer's rules first: problems appear in red under
their fields and the dialog stays open; only a clean record is handed back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from accountdesk.domain.errors import FieldProblem
from accountdesk.ui.widgets.forms import FieldForm, FieldSpec, dispatch_problems, error_label
from accountdesk.ui.widgets.retranslate import Retranslating

Validator = Callable[[Any], list[FieldProblem]]


class RecordDialog(Retranslating, QDialog):
    def __init__(
        self,
        title: str,
        specs: Iterable[FieldSpec],
        record: Any,
        validate: Validator,
        parent: QWidget | None = None,
        setup: Callable[[FieldForm], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._title = title  # source text, "Dialogs" context
        self._original = record
        self._validate = validate
        self.form = FieldForm(specs, self)
        self.general_error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.general_error)
        self.layout_.addWidget(self.form)
        if setup is not None:
            setup(self.form)  # e.g. fill a combo's choices before the record is loaded
        self.form.load(record)

    def finish_layout(self) -> None:
        """Subclasses add their own widgets, then call this to put the buttons last."""
        self.layout_.addWidget(self.buttons)
        self.retranslate()

    def forms(self) -> list[FieldForm]:
        return [self.form]

    def record(self) -> Any:
        return self.form.apply(self._original)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Dialogs", self._title))
        self.setAccessibleName(self.windowTitle())
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))

    def accept(self) -> None:
        problems = self._validate(self.record())
        dispatch_problems(self.forms(), problems, self.general_error)
        if problems:
            self._focus_first_problem(problems)
            return
        super().accept()

    def _focus_first_problem(self, problems: list[FieldProblem]) -> None:
        for form in self.forms():
            for problem in problems:
                if form.has_field(problem.field):
                    form.editors[form.field_for(problem.field)].setFocus()
                    return

    def shown_problems(self) -> dict[str, str]:
        """Field -> problem text under it, over all forms (what the user sees)."""
        shown: dict[str, str] = {}
        for form in self.forms():
            shown.update(form.visible_problems())
        return shown
