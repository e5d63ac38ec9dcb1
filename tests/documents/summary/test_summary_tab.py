"""The Summaries tab, driven as a user would: generate, preview, print, save."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pymupdf
import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtPrintSupport import QPrinter

from accountdesk.domain.enums import Language
from accountdesk.services.service_files import find_customer_id, load_file


@pytest.fixture
def tab(qtbot, database):
    from accountdesk.ui.file.context import FileContext
    from accountdesk.ui.file.session import FileSession
    from accountdesk.ui.summaries import SummariesTab

    context = FileContext(database)
    widget = SummariesTab(context)
    qtbot.addWidget(widget)
    file = load_file(database, find_customer_id(database, "شرکت داده‌پردازان پارس"))
    session = FileSession(file, context)
    context.set_session(session)
    widget.set_session(session)
    widget.show()
    yield widget
    QThreadPool.globalInstance().waitForDone(10000)
    # Clear the undo history while the session is alive: a QUndoStack that is not clean
    # announces cleanChanged from its destructor, after the session's signals are gone.
    session.undo_stack.clear()


def generate(qtbot, tab) -> None:
    tab.generate_button.click()
    qtbot.waitUntil(lambda: tab.summary is not None and not tab._busy, timeout=20000)


def test_the_customers_language_is_chosen_and_persian_digits_are_offered(tab):
    assert tab.language.currentData() == Language.PERSIAN
    assert tab.native_digits.isEnabled() and tab.native_digits.isChecked()
    assert not tab.print_button.isEnabled(), "nothing to print before a draft exists"
    assert tab.native_digits.text() == "The language's digits (۱۲۳)"
    tab.language.setCurrentIndex(tab.language.findData(Language("ar")))
    assert tab.native_digits.isEnabled() and tab.native_digits.text().endswith("(١٢٣)")
    tab.language.setCurrentIndex(tab.language.findData(Language.ENGLISH))
    assert not tab.native_digits.isEnabled()


def test_generate_shows_every_page_in_the_preview(qtbot, tab):
    generate(qtbot, tab)
    assert tab.summary.page_count >= 2
    assert tab.document.pageCount() == tab.summary.page_count
    assert tab.summary.fingerprint in tab.status.text()
    assert tab.save_button.isEnabled() and tab.print_button.isEnabled()


def test_save_writes_the_same_pdf(qtbot, tab, tmp_path):
    generate(qtbot, tab)
    target = tmp_path / "summary.pdf"
    assert tab.save_to(target)
    assert target.read_bytes() == tab.summary.data
    assert pymupdf.open(target).page_count == tab.summary.page_count


def test_a_failed_save_says_why(qtbot, tab, tmp_path):
    generate(qtbot, tab)
    assert not tab.save_to(tmp_path / "missing-folder" / "summary.pdf")
    assert "summary.pdf" in tab.status.text()


def test_print_renders_every_page(qtbot, tab, tmp_path):
    generate(qtbot, tab)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert tab.print_to(printer)
    assert pymupdf.open(tmp_path / "printed.pdf").page_count == tab.summary.page_count


def test_without_a_printer_print_offers_a_pdf_named_for_the_customer(qtbot, tab, monkeypatch):
    from pathlib import Path

    from PySide6.QtPrintSupport import QPrintDialog

    monkeypatch.setattr("accountdesk.ui.summaries.tab.QPrinterInfo.availablePrinterNames", list)
    generate(qtbot, tab)
    tab.print_button.click()
    qtbot.waitUntil(lambda: isinstance(tab.dialog, QPrintDialog) and tab.dialog.isVisible())
    assert tab.dialog.printer().docName() == tab.suggested_name()
    tab.dialog.accept()  # the user's "Print", here to a PDF file (no printer in a test)
    printed = Path(tab.dialog.printer().outputFileName())
    assert printed.name == tab.suggested_name() and printed.is_file(), printed
    assert pymupdf.open(printed).page_count == tab.summary.page_count
    assert "could not" not in tab.status.text()


def test_an_edit_after_generating_marks_the_draft_out_of_date(qtbot, tab):
    generate(qtbot, tab)
    before = tab.status.text()
    tab.session.edit("rename", lambda f: setattr(f, "industry", "بیمه عمر"))
    assert tab.status.text() != before


def test_english_draft_with_latin_digits(qtbot, tab):
    tab.language.setCurrentIndex(tab.language.findData(Language.ENGLISH))
    generate(qtbot, tab)
    assert tab.summary.language == Language.ENGLISH
    text = pymupdf.open(stream=tab.summary.data, filetype="pdf")[0].get_text()
    assert "Expectation-alignment summary" in text


def test_another_customer_lets_go_of_the_previous_preview(qtbot, tab, database):
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    from accountdesk.ui.file.session import FileSession

    generate(qtbot, tab)
    buffer = tab._buffer
    other = load_file(database, find_customer_id(database, "אקמה תעשיות בע״מ"))
    session = FileSession(other, tab.context)
    tab.context.set_session(session)
    tab.set_session(session)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert tab.summary is None and tab.document.pageCount() == 0
    assert not shiboken6.isValid(buffer)  # the old draft's bytes are not kept
    session.undo_stack.clear()
