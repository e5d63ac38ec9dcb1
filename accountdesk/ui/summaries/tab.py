"""The Summaries tab: a draft of the expectation-alignment summary, previewed in the app.

Generate (off the UI thread) in a chosen language, then look at it here (Qt PDF), print
it, save it, or open it in the system's PDF viewer. The draft is made from the file as it
is on screen, unsaved edits included, and is marked out of date once the file changes.
"""

from __future__ import annotations

import copy
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accountdesk.domain.enums import Language
from accountdesk.ui.file.context import FileContext
from accountdesk.ui.file.session import FileSession
from accountdesk.ui.file.tab import FileTab
from accountdesk.ui.formatting import fmt, isolate_ltr
from accountdesk.ui.labels import error_reason, label
from accountdesk.ui.language import digits_sample, has_native_digits
from accountdesk.ui.operations import BackgroundOp
from accountdesk.ui.summaries.printing import print_pdf
from accountdesk.ui.widgets.forms import ERROR_STYLE
from accountdesk.ui.widgets.wrapped_label import WrappedLabel
from accountdesk.ui.window import choosers

if TYPE_CHECKING:
    from accountdesk.documents.summary import SummaryPdf

LANGUAGES = tuple(Language)  # every registered language (accountdesk.domain.languages)


class SummariesTab(FileTab):
    key = "summaries"

    def __init__(self, context: FileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.summary: SummaryPdf | None = None  # the last one shown
        self._shown_for: FileSession | None = None  # whose preview this is
        self._buffer: QBuffer | None = None
        self._temporary_dir: tempfile.TemporaryDirectory[str] | None = None
        self._busy = False
        self.dialog: QWidget | None = None
        self._build()
        self.retranslate()

    # ------------------------------------------------------------ widgets

    def _build(self) -> None:
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        for language in LANGUAGES:
            self.language.addItem("", language)
        self.language_label.setBuddy(self.language)
        self.native_digits = QCheckBox(self)
        self.native_digits.setChecked(True)
        self.generate_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.status = WrappedLabel(self)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        controls = QHBoxLayout()
        for widget in (
            self.language_label,
            self.language,
            self.native_digits,
            self.generate_button,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)
        for widget in (self.print_button, self.save_button, self.open_button):
            controls.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)

        self.language.currentIndexChanged.connect(self._language_changed)
        self.generate_button.clicked.connect(self.generate)
        self.print_button.clicked.connect(self.print_summary)
        self.save_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(self.open_in_viewer)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Summaries")

    def retranslate(self) -> None:
        self.language_label.setText(self.tr("&Language:"))
        for index, language in enumerate(LANGUAGES):
            self.language.setItemText(index, label(language))
        self._language_changed()
        self.generate_button.setText(self.tr("&Generate draft"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as…"))
        self.open_button.setText(self.tr("&Open in viewer"))
        self._show_state()

    # ------------------------------------------------------------ the open file

    def set_session(self, session: FileSession | None) -> None:
        super().set_session(session)
        # Another session is another customer (two new ones share a name and have no id).
        if session is not self._shown_for:
            self._shown_for = session
            self._clear_preview()
            if session is not None:
                self._choose_language(session.file.document_language)
        self._update_buttons()

    def refresh(self) -> None:
        """The file changed on screen: a draft shown now describes an older state."""
        if self.summary is not None:
            self._stale = True
            self._show_state()

    def _choose_language(self, language: Language) -> None:
        index = self.language.findData(Language(language))
        self.language.setCurrentIndex(max(index, 0))

    def _language_changed(self) -> None:
        language = self.language.currentData()
        self.native_digits.setEnabled(has_native_digits(language))
        self.native_digits.setText(
            self.tr("The language's digits ({digits})").format(digits=digits_sample(language))
        )
        self.native_digits.setToolTip(
            self.tr("Write numbers and dates with the document language's own digits")
        )

    # ------------------------------------------------------------ generating

    def generate(self) -> None:
        if self.session is None or self._busy:
            return
        from accountdesk.services.summaries import summary_of_file

        file = copy.deepcopy(self.session.file)  # the UI may change the file meanwhile
        session = self.session
        db, language = self.context.db, self.language.currentData()
        native_digits = self.native_digits.isChecked()
        self._busy = True
        self._error = ""
        self._update_buttons()
        self._show_state()
        (
            BackgroundOp(self, lambda: summary_of_file(db, file, language, native_digits))
            .success(lambda summary: self._show_summary(summary, session))
            .failure(lambda error: self._show_failure(error, session))
            .run()
        )

    def _show_summary(self, summary: SummaryPdf, session: FileSession | None = None) -> None:
        self._busy = False
        if session is not None and session is not self.session:
            self._update_buttons()  # made for the customer open before: never shown
            self._show_state()
            return
        buffer = QBuffer(self)
        buffer.setData(QByteArray(summary.data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.summary = summary
        self._stale = False
        self._update_buttons()
        self._show_state()
        self.context.show_status(self.tr("Summary draft ready"))

    def _show_failure(self, error: Exception, session: FileSession | None = None) -> None:
        self._busy = False
        if session is not None and session is not self.session:
            self._update_buttons()
            self._show_state()
            return
        self._error = self.tr("The summary could not be generated: {reason}").format(
            reason=error_reason(error)
        )
        self._update_buttons()
        self._show_state()

    def _clear_preview(self) -> None:
        self.document.close()
        if self._buffer is not None:  # the closed document's bytes: not kept for the day
            self._buffer.deleteLater()
            self._buffer = None
        self.summary = None
        self._stale = False
        self._error = ""
        self._show_state()

    # ------------------------------------------------------------ state on screen

    _stale = False
    _error = ""

    def _update_buttons(self) -> None:
        has_file = self.session is not None
        ready = self.summary is not None and not self._busy
        self.generate_button.setEnabled(has_file and not self._busy)
        self.language.setEnabled(has_file and not self._busy)
        for button in (self.print_button, self.save_button, self.open_button):
            button.setEnabled(ready)
        self._language_changed()

    def _show_state(self) -> None:
        self.status.setStyleSheet(ERROR_STYLE if self._error else "")
        if self._error:
            text = self._error
        elif self._busy:
            text = self.tr("Generating the summary…")
        elif self.summary is None:
            text = self.tr("Generate a draft to preview the expectation-alignment summary.")
        else:
            text = self.tr("Draft · pages: {pages} · content ID {id}").format(
                pages=fmt().integer(self.summary.page_count),
                id=isolate_ltr(self.summary.fingerprint),
            )
            if self._stale:
                text += " " + self.tr(
                    "The file has changed since; generate again to include the changes."
                )
        self.status.setText(text)

    # ------------------------------------------------------------ print, save, open

    def print_summary(self) -> None:
        if self.summary is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name())
        if not QPrinterInfo.availablePrinterNames():
            # Nothing to print on but a file: offer one in Documents, named for the
            # customer (Qt's own default is the home folder itself, which cannot be written).
            documents = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
            printer.setOutputFileName(str(folder / self.suggested_name()))
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        # QDialog's open(): PySide6 gives QPrintDialog only the open(receiver, member) form.
        QDialog.open(dialog)

    def print_to(self, printer: QPrinter) -> bool:
        ok = print_pdf(self.document, printer)
        if not ok:
            self._error = self.tr("The printer could not be started.")
            self._show_state()
        return ok

    def save_as(self) -> None:
        if self.summary is None:
            return
        dialog = QFileDialog(self, self.tr("Save the summary"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        choosers.prepare_save_dialog(dialog, self.suggested_name())
        dialog.fileSelected.connect(lambda path: self.save_to(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def save_to(self, path: Path) -> bool:
        if self.summary is None:
            return False
        try:
            path.write_bytes(self.summary.data)
        except OSError as exc:
            self._error = self.tr("Could not save {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
            self._show_state()
            return False
        self.context.show_status(self.tr("Saved {path}").format(path=path))
        return True

    def open_in_viewer(self) -> bool:
        if self.summary is None:
            return False
        if self._temporary_dir is None:
            self._temporary_dir = tempfile.TemporaryDirectory(prefix="accountdesk-")
        path = Path(self._temporary_dir.name) / self.suggested_name()
        if not self.save_to(path) or not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._error = self.tr("No application to open PDF files was found.")
            self._show_state()
            return False
        return True

    def suggested_name(self) -> str:
        """'Summary – Acme Ltd.pdf', without characters file systems refuse."""
        name = self.session.file.name if self.session is not None else ""
        safe = (
            re.sub(r'[\\/:*?"<>|\x00-\x1f\u2066-\u2069\u202a-\u202e]', "", name).strip()
            or "customer"
        )
        return self.tr("Summary – {customer}").format(customer=safe) + ".pdf"
