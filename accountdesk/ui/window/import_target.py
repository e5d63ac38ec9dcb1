"""File → Import systems (or contacts) from CSV…: which customer the rows go to.

Only the customers the person signed in may change that part of are offered (on a team
database, as the server's own rights say: services.team.changeable_customers), the open
one chosen when it is among them; a line under the choice says why the list is shorter
than the customer list, when it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from accountdesk.domain.team import Scope
from accountdesk.ui.formatting import isolate
from accountdesk.ui.tr_noop import QT_TRANSLATE_NOOP
from accountdesk.ui.widgets.retranslate import Retranslating
from accountdesk.ui.widgets.wrapped_label import WrappedLabel, keep_wrapped_text_whole

NOTE_MIN_CHARS = 40

# Why only some customers are listed, by which customers the person's role may change.
LIMITED = {
    Scope.MANAGED: QT_TRANSLATE_NOOP(
        "ImportTargetDialog",
        "Only the customers you manage are listed: the systems and contacts of the others "
        "are changed by their own account manager and supporters.",
    ),
    Scope.SUPPORTED: QT_TRANSLATE_NOOP(
        "ImportTargetDialog",
        "Only the customers you support are listed: the systems and contacts of the others "
        "are changed by their own account manager and supporters.",
    ),
}


def limited_text(scope: Scope | None) -> str:
    """Why the list is shorter than the customer list (in the UI language), '' if it is not."""
    if scope not in LIMITED:
        return ""
    return QCoreApplication.translate("ImportTargetDialog", LIMITED[scope])


def csv_title(target: str) -> str:
    """The title of the CSV import of `target` ('systems' or 'contacts'), in every step."""
    if target == "systems":
        return QCoreApplication.translate("ImportTargetDialog", "Import systems from CSV")
    return QCoreApplication.translate("ImportTargetDialog", "Import contacts from CSV")


class ImportTargetDialog(Retranslating, QDialog):
    def __init__(
        self,
        target: str,
        customers: list[tuple[int, str]],
        chosen: int | None,
        scope: Scope | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.target = target
        self.scope = scope
        self.customer_combo = QComboBox(self)
        for customer_id, name in customers:
            self.customer_combo.addItem(isolate(name), customer_id)
        index = self.customer_combo.findData(chosen) if chosen is not None else -1
        self.customer_combo.setCurrentIndex(max(index, 0))
        self.customer_title = QLabel(self)
        self.customer_title.setBuddy(self.customer_combo)
        self.note = WrappedLabel(self)
        # Lines of a readable length however short the customers' names are.
        self.note.setMinimumWidth(NOTE_MIN_CHARS * self.fontMetrics().averageCharWidth())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.customer_title, self.customer_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        keep_wrapped_text_whole(self)
        self.retranslate()

    def customer_id(self) -> int | None:
        found = self.customer_combo.currentData()
        return None if found is None else int(found)

    def retranslate(self) -> None:
        self.setWindowTitle(csv_title(self.target))
        self.customer_title.setText(self.tr("Into the &customer:"))
        self.customer_combo.setAccessibleName(self.tr("Customer to import into"))
        note = limited_text(self.scope)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setAccessibleName(self.windowTitle())
