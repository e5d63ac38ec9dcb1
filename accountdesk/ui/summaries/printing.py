"""Printing a PDF held by QPdfDocument: each page rendered to an image, fitted to paper."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300  # enough for text on paper; a 1200 dpi A4 page would be a 500 MB image


def print_pdf(document: QPdfDocument, printer: QPrinter) -> bool:
    """Print every page of `document`; False when the printer cannot be started."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            _print_page(document, page, painter, printer)
    finally:
        painter.end()
    return True


def _print_page(document: QPdfDocument, page: int, painter: QPainter, printer: QPrinter) -> None:
    area = painter.viewport()  # the printable area in device pixels
    points = document.pagePointSize(page)
    scale = min(area.width() / points.width(), area.height() / points.height())
    target = QRect(0, 0, round(points.width() * scale), round(points.height() * scale))
    target.moveCenter(area.center())
    dpi = min(printer.resolution(), MAX_DPI) * scale * 72 / printer.resolution()
    pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    painter.drawImage(target, document.render(page, pixels))
