"""The dialogs of the signing panel: issue, record paper signatures, draw, sign digitally.

Each is opened with `open()` and read by the panel when accepted; none touches the
database itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accountdesk.domain.enums import Language, Side
from accountdesk.services.signing.signatures import PaperSignature
from accountdesk.ui.labels import label
from accountdesk.ui.language import digits_sample, has_native_digits
from accountdesk.ui.signing.pad import SignaturePad
from accountdesk.ui.widgets.direction import follow_content_direction
from accountdesk.ui.widgets.editors import DateValue
from accountdesk.ui.widgets.forms import error_label
from accountdesk.ui.widgets.wrapped_label import WrappedLabel


class _Dialog(QDialog):
    """A form over OK / Cancel, with a red line for what is wrong."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def problem(self) -> str:
        """What stops OK, in the UI language; '' when the form can be accepted."""
        return ""

    def _try_accept(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if not problem:
            self.accept()


def _text_line(text: str, parent: QWidget) -> QLineEdit:
    """A person's name or role: its direction follows what is typed."""
    edit = QLineEdit(text, parent)
    follow_content_direction(edit)
    return edit


def _side_combo(sides: list[Side], parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for side in sides:
        combo.addItem(label(side), side)
    return combo


class IssueDialog(_Dialog):
    def __init__(
        self, language: Language, issued_by: str, has_signed: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Issue a new version"), parent)
        self.language = QComboBox(self)
        for item in Language:
            self.language.addItem(label(item), item)
        self.native_digits = QCheckBox(self)
        self.native_digits.setChecked(True)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self._language_changed()
        self.include_changes = QCheckBox(self.tr("List the changes since the signed version"), self)
        self.include_changes.setChecked(has_signed)
        self.include_changes.setEnabled(has_signed)
        self.issued_by = _text_line(issued_by, self)
        self.form.addRow(self.tr("&Language:"), self.language)
        self.form.addRow("", self.native_digits)
        self.form.addRow("", self.include_changes)
        self.form.addRow(self.tr("Issued &by:"), self.issued_by)
        note = WrappedLabel(
            self,
            self.tr(
                "The version is made from the saved service file and never changes once issued."
            ),
        )
        self.body.insertWidget(1, note)

    def _language_changed(self) -> None:
        language = self.language.currentData()
        self.native_digits.setEnabled(has_native_digits(language))
        self.native_digits.setText(
            self.tr("The language's digits ({digits})").format(digits=digits_sample(language))
        )


class PaperDialog(_Dialog):
    """Who signed the printed copy, for each side, and the scan if there is one."""

    def __init__(
        self,
        free_sides: list[Side],
        defaults: dict[Side, tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Record signatures on paper"), parent)
        self.sides: dict[Side, tuple[QGroupBox, QLineEdit, QLineEdit, DateValue]] = {}
        for side in free_sides:
            self._add_side(side, *defaults.get(side, ("", "")))
        self.scan_path = QLineEdit(self)
        self.scan_path.setPlaceholderText(self.tr("optional: a PDF or an image of the signed copy"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.scan_path, 1)
        row.addWidget(browse)
        self.form.addRow(self.tr("&Scan:"), row)

    def _add_side(self, side: Side, name: str, role: str) -> None:
        group = QGroupBox(self.tr("Signed for the {side} side").format(side=label(side)), self)
        group.setCheckable(True)
        group.setChecked(True)
        form = QFormLayout(group)
        name_edit, role_edit = _text_line(name, group), _text_line(role, group)
        date = DateValue(group)
        form.addRow(self.tr("Name:"), name_edit)
        form.addRow(self.tr("Role:"), role_edit)
        form.addRow(self.tr("Signed on:"), date)
        self.form.addRow(group)
        self.sides[side] = (group, name_edit, role_edit, date)

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("The scan of the signed copy"))
        dialog.setNameFilter(self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)"))
        dialog.fileSelected.connect(self.scan_path.setText)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def problem(self) -> str:
        chosen = [(side, widgets) for side, widgets in self.sides.items() if widgets[0].isChecked()]
        if not chosen:
            return self.tr("Choose at least one side that signed.")
        if any(not widgets[1].text().strip() for _side, widgets in chosen):
            return self.tr("Write the name of each signatory.")
        path = self.scan_path.text().strip()
        if path and not Path(path).is_file():
            return self.tr("The scan {path} cannot be found.").format(path=path)
        return ""

    def signatures(self) -> list[PaperSignature]:
        """Read once the dialog is accepted (the scan is read from disk here)."""
        path = self.scan_path.text().strip()
        scan = Path(path).read_bytes() if path else None
        return [
            PaperSignature(
                side,
                name.text().strip(),
                role.text().strip(),
                date.value(),
                scan,
                Path(path).name if path else "",
            )
            for side, (group, name, role, date) in self.sides.items()
            if group.isChecked()
        ]


class DrawDialog(_Dialog):
    def __init__(
        self,
        free_sides: list[Side],
        defaults: dict[Side, tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Draw a signature"), parent)
        self.defaults = defaults
        self.side = _side_combo(free_sides, self)
        self.name, self.role = _text_line("", self), _text_line("", self)
        self.pad = SignaturePad(self)
        self.pad.setAccessibleName(self.tr("Signature pad"))
        clear = QPushButton(self.tr("&Clear"), self)
        clear.clicked.connect(self.pad.clear)
        self.form.addRow(self.tr("&Side:"), self.side)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Role:"), self.role)
        self.form.addRow(self.tr("Sign here:"), self.pad)
        self.form.addRow("", clear)
        self.side.currentIndexChanged.connect(self._fill_defaults)
        self._fill_defaults()

    def _fill_defaults(self) -> None:
        name, role = self.defaults.get(self.side.currentData(), ("", ""))
        self.name.setText(name)
        self.role.setText(role)

    def problem(self) -> str:
        if not self.name.text().strip():
            return self.tr("Write the signatory's name.")
        if self.pad.is_empty():
            return self.tr("Draw the signature on the pad first.")
        return ""


class DigitalDialog(_Dialog):
    """The certificate file and its passphrase; the passphrase is not kept anywhere."""

    def __init__(
        self,
        free_sides: list[Side],
        defaults: dict[Side, tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Sign digitally"), parent)
        self.defaults = defaults
        self.side = _side_combo(free_sides, self)
        self.name, self.role = _text_line("", self), _text_line("", self)
        self.name.setPlaceholderText(self.tr("default: the name in the certificate"))
        self.certificate = QLineEdit(self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.certificate, 1)
        row.addWidget(browse)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.form.addRow(self.tr("&Side:"), self.side)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Role:"), self.role)
        self.form.addRow(self.tr("&Certificate (.p12):"), row)
        self.form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.side.currentIndexChanged.connect(self._fill_defaults)
        self._fill_defaults()
        self.rejected.connect(self.passphrase.clear)

    def _fill_defaults(self) -> None:
        name, role = self.defaults.get(self.side.currentData(), ("", ""))
        self.name.setText(name)
        self.role.setText(role)

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Your certificate"))
        dialog.setNameFilter(self.tr("PKCS#12 certificates (*.p12 *.pfx)"))
        dialog.fileSelected.connect(self.certificate.setText)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def problem(self) -> str:
        path = self.certificate.text().strip()
        if not path:
            return self.tr("Choose the certificate file (.p12 or .pfx).")
        if not Path(path).is_file():
            return self.tr("The certificate file {path} cannot be found.").format(path=path)
        return ""

    def take_passphrase(self) -> str:
        """The passphrase, once; the field is emptied at the same moment."""
        secret = self.passphrase.text()
        self.passphrase.clear()
        return secret
