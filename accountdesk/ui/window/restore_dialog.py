"""File → Restore from backup…: the database's backups, newest first, each with its date
(in the UI's language and calendar) and how many customers it holds. Choosing one emits
`chosen`; the window asks for confirmation and restores."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accountdesk.services.backups import BackupEntry
from accountdesk.ui.formatting import fmt, isolate_ltr
from accountdesk.ui.widgets.retranslate import Retranslating
from accountdesk.ui.widgets.wrapped_label import WrappedLabel


def backup_date(entry: BackupEntry) -> str:
    """When the backup was made, in this computer's time zone and the UI's calendar."""
    local = entry.taken_at.astimezone()
    return f"{fmt().date(local.date())} {fmt().time(local)}"


def customers_text(entry: BackupEntry) -> str:
    if entry.customers is None:
        return QCoreApplication.translate("RestoreDialog", "cannot be read")
    count = entry.customers
    text = QCoreApplication.translate("RestoreDialog", "{count} customer(s)", None, count)
    return text.format(count=fmt().integer(count))


class RestoreDialog(Retranslating, QDialog):
    chosen = Signal(object)  # the BackupEntry to restore

    def __init__(
        self,
        entries: list[BackupEntry],
        folder: Path,
        problem: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.entries = entries
        self._folder = folder
        self._problem = problem
        self.problem = WrappedLabel(self)
        self.problem.setStyleSheet("font-weight: bold;")
        self.problem.setVisible(bool(problem))
        self.intro = WrappedLabel(self)
        self.table = QTableWidget(len(entries), 2, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self._restore())
        self.table.setVisible(bool(entries))
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 380)
        self.retranslate()
        if entries:
            self.table.selectRow(0)

    def selected(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def _restore(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.accept()
            self.chosen.emit(entry)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setAccessibleName(self.windowTitle())
        self.problem.setText(self._problem)
        folder = isolate_ltr(str(self._folder))
        if self.entries:
            self.intro.setText(
                self.tr(
                    "Backups in {folder}, newest first. Restoring replaces the whole "
                    "database; the current file is kept as a copy first."
                ).format(folder=folder)
            )
        else:
            self.intro.setText(self.tr("There are no backups in {folder}.").format(folder=folder))
        self.table.setHorizontalHeaderLabels([self.tr("Made on"), self.tr("Customers")])
        for row, entry in enumerate(self.entries):
            date = QTableWidgetItem(backup_date(entry))
            date.setData(Qt.ItemDataRole.UserRole, dt.datetime.isoformat(entry.taken_at))
            self.table.setItem(row, 0, date)
            self.table.setItem(row, 1, QTableWidgetItem(customers_text(entry)))
        self.table.resizeColumnToContents(0)
        self.restore_button.setText(self.tr("&Restore…"))
        self.cancel_button.setText(self.tr("Cancel"))
