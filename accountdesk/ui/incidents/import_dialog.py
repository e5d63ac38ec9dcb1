"""File → Import incidents…: a helpdesk's ticket export, with its column mapping chosen
(a ready one, or the one saved last), adjusted and saved, and the rows whose customer
was not found listed, each of which can be filed as an alias of a customer."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accountdesk.domain.enums import Severity
from accountdesk.domain.errors import ImportFormatError
from accountdesk.services.incidents import records
from accountdesk.services.incidents.importer import ImportResult, import_incidents
from accountdesk.services.incidents.mappings import (
    FIELDS,
    READY,
    ColumnMapping,
    fold,
    mapping_from_json,
)
from accountdesk.storage.database import Database
from accountdesk.ui.formatting import fmt, isolate
from accountdesk.ui.labels import field_label
from accountdesk.ui.settings import Settings
from accountdesk.ui.widgets.forms import error_label
from accountdesk.ui.widgets.retranslate import Retranslating
from accountdesk.ui.window import choosers
from accountdesk.ui.window.import_problems import problem_line

SAVED = "saved"


class ImportIncidentsDialog(Retranslating, QDialog):
    def __init__(
        self,
        db: Database,
        settings: Settings,
        customers: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.path: Path | None = None
        self.imported: ImportResult | None = None
        self.file_label = QLabel(self)
        self.choose_button = QPushButton(self)
        self.mapping_combo = QComboBox(self)
        self.load_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.columns = {name: QLineEdit(self) for name in FIELDS}
        self.severities = QPlainTextEdit(self)
        self.down_values = QLineEdit(self)
        self.timezone = QLineEdit(self)
        self.problems = error_label(self)
        self.outcome = QLabel(self)
        self.unmatched = QListWidget(self)
        self.customer_combo = QComboBox(self)
        for customer_id, name in customers:
            self.customer_combo.addItem(isolate(name), customer_id)
        self.alias_button = QPushButton(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self._lay_out()
        self._fill_mappings()
        self._connect()
        self.retranslate()

    def _lay_out(self) -> None:
        self.form = QFormLayout()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        mapping_row = QHBoxLayout()
        mapping_row.addWidget(self.mapping_combo, 1)
        mapping_row.addWidget(self.load_button)
        mapping_row.addWidget(self.save_button)
        self.file_title = QLabel(self)
        self.mapping_title = QLabel(self)
        self.form.addRow(self.file_title, file_row)
        self.form.addRow(self.mapping_title, mapping_row)
        self.column_titles = {name: QLabel(self) for name in FIELDS}
        for name in FIELDS:
            self.form.addRow(self.column_titles[name], self.columns[name])
        self.severities_title = QLabel(self)
        self.down_title = QLabel(self)
        self.timezone_title = QLabel(self)
        self.severities.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.form.addRow(self.severities_title, self.severities)
        self.form.addRow(self.down_title, self.down_values)
        self.form.addRow(self.timezone_title, self.timezone)
        alias_row = QHBoxLayout()
        alias_row.addWidget(self.customer_combo, 1)
        alias_row.addWidget(self.alias_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(self.outcome)
        layout.addWidget(self.unmatched, 1)
        layout.addLayout(alias_row)
        layout.addWidget(self.buttons)

    def _fill_mappings(self) -> None:
        for name in READY:
            self.mapping_combo.addItem("", name)
        saved = self.settings.incident_mapping()
        if saved:
            self.mapping_combo.addItem("", SAVED)
            self.mapping_combo.setCurrentIndex(self.mapping_combo.count() - 1)
        self._show_mapping(self._chosen())

    def _connect(self) -> None:
        self.mapping_combo.currentIndexChanged.connect(
            lambda _i: self._show_mapping(self._chosen())
        )
        self.choose_button.clicked.connect(self._choose_file)
        self.load_button.clicked.connect(self._load_file)
        self.save_button.clicked.connect(self._save_file)
        self.import_button.clicked.connect(self.run_import)
        self.alias_button.clicked.connect(self.save_alias)
        self.buttons.rejected.connect(self.reject)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import incidents"))
        self.file_title.setText(self.tr("Export file:"))
        self.file_label.setText(isolate(str(self.path)) if self.path else self.tr("(none chosen)"))
        self.choose_button.setText(self.tr("Choose…"))
        self.mapping_title.setText(self.tr("Column mapping:"))
        self.load_button.setText(self.tr("Load mapping…"))
        self.save_button.setText(self.tr("Save mapping…"))
        names = {
            "zammad": "Zammad",
            "glpi": "GLPI",
            "jira": "Jira Service Management",
            "odoo": "Odoo Helpdesk",
            "generic": self.tr("Generic (README)"),
            SAVED: self.tr("Saved mapping"),
        }
        for index in range(self.mapping_combo.count()):
            self.mapping_combo.setItemText(index, names[self.mapping_combo.itemData(index)])
        for name in FIELDS:
            self.column_titles[name].setText(field_label(name))
            self.columns[name].setAccessibleName(field_label(name))
        self.severities_title.setText(self.tr("Severities (value = severity):"))
        self.down_title.setText(self.tr("Values meaning the service was down:"))
        self.timezone_title.setText(self.tr("Time zone of times without one:"))
        self.timezone.setPlaceholderText(self.tr("the customer's own"))
        self.alias_button.setText(self.tr("File the selected name under this customer"))
        self.import_button.setText(self.tr("&Import"))
        self.unmatched.setAccessibleName(self.tr("Rows whose customer was not found"))

    # ------------------------------------------------------------ the mapping

    def _chosen(self) -> ColumnMapping:
        key = self.mapping_combo.currentData()
        if key == SAVED:
            return mapping_from_json(self.settings.incident_mapping())
        return READY[str(key)]

    def _show_mapping(self, mapping: ColumnMapping) -> None:
        self._base = mapping
        for name in FIELDS:
            self.columns[name].setText(mapping.column(name))
        lines = [f"{value} = {severity.value}" for value, severity in mapping.severities.items()]
        self.severities.setPlainText("\n".join(lines))
        self.down_values.setText(", ".join(mapping.down_values))
        self.timezone.setText(mapping.timezone)

    def mapping(self) -> ColumnMapping:
        """The mapping as adjusted on screen; ValueError naming a bad severity line."""
        severities: dict[str, Severity] = {}
        for line in self.severities.toPlainText().splitlines():
            if not line.strip():
                continue
            value, _, severity = line.rpartition("=")
            severities[fold(value)] = Severity(severity.strip().lower())
        down = tuple(fold(v) for v in self.down_values.text().split(",") if v.strip())
        return dataclasses.replace(
            self._base,
            name=self._base.name,
            columns={name: self.columns[name].text().strip() for name in FIELDS},
            severities=severities,
            down_values=down,
            timezone=self.timezone.text().strip(),
            ready=False,
        )

    def _load_file(self) -> None:
        path = choosers.open_path(self, self.tr("Load mapping"), self.tr("Mappings (*.json)"))
        if path is not None:
            try:
                self._show_mapping(mapping_from_json(path.read_text(encoding="utf-8"), str(path)))
            except (OSError, ImportFormatError) as exc:
                self._show_problems(exc)

    def _save_file(self) -> None:
        try:
            document = self.mapping().to_json()
        except ValueError as exc:
            self._show_problems(exc)
            return
        self.settings.set_incident_mapping(document)
        path = choosers.save_path(
            self, self.tr("Save mapping"), self.tr("Mappings (*.json)"), "MAPPING.json"
        )
        if path is not None:
            path.write_text(document, encoding="utf-8")

    # ------------------------------------------------------------ importing

    def _choose_file(self) -> None:
        filters = self.tr("Ticket exports (*.csv *.xlsx *.txt)")
        path = choosers.open_path(self, self.tr("Import incidents"), filters)
        if path is not None:
            self.set_path(path)

    def set_path(self, path: Path) -> None:
        self.path = path
        self.retranslate()

    def run_import(self) -> None:
        self.problems.setVisible(False)
        if self.path is None:
            self._choose_file()
            if self.path is None:
                return
        try:
            mapping = self.mapping()
            self.imported = import_incidents(self.db, self.path.read_bytes(), mapping)
        except (ValueError, OSError, ImportFormatError) as exc:
            self._show_problems(exc)
            return
        self.settings.set_incident_mapping(mapping.to_json())
        self._show_result(self.imported)

    def _show_problems(self, exc: Exception) -> None:
        if isinstance(exc, ImportFormatError):
            text = "\n".join(problem_line(p) for p in exc.problems)
        else:
            text = str(exc)
        self.problems.setText(self.tr("Nothing was imported:") + "\n" + text)
        self.problems.setVisible(True)

    def _show_result(self, result: ImportResult) -> None:
        count = len(result.unmatched)
        self.outcome.setText(
            self.tr(
                "{added} added, {updated} updated, {unchanged} unchanged, {count} not matched to a customer",
                None,
                count,
            ).format(
                added=fmt().integer(result.added),
                updated=fmt().integer(result.updated),
                unchanged=fmt().integer(result.unchanged),
                count=fmt().integer(count),
            )
        )
        self.unmatched.clear()
        for row in result.unmatched:
            text = self.tr("Line {line}: {ticket}: {customer}").format(
                line=fmt().integer(row.line),
                ticket=isolate(row.ticket),
                customer=isolate(row.customer),
            )
            self.unmatched.addItem(text)
            item = self.unmatched.item(self.unmatched.count() - 1)
            if item is not None:
                item.setData(256, row.customer)  # Qt.UserRole: the name as the export wrote it

    def save_alias(self) -> None:
        item = self.unmatched.currentItem()
        customer = self.customer_combo.currentData()
        if item is None or customer is None:
            return
        records.add_alias(self.db, int(customer), str(item.data(256)))
        self.run_import()
