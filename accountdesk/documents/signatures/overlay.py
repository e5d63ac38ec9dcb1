"""Small PDF pages drawn with ReportLab, brought into another PDF as form XObjects.

Drawn signatures and the visible part of a digital signature are made this way: the
project's right-to-left text engine draws names in any of our languages, and the page is
then imported whole (fonts included) into the document being signed.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable

from pyhanko.pdf_utils.content import PdfContent
from pyhanko.pdf_utils.layout import BoxConstraints
from pyhanko.pdf_utils.reader import PdfFileReader
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from accountdesk.documents.text.flowables import draw_line
from accountdesk.documents.text.isolate import isolate, neutralise_bidi_controls
from accountdesk.domain.languages import language_info

INK_BLUE = (0.04, 0.16, 0.44)  # the colour of a ballpoint pen
MUTED = (0.36, 0.39, 0.44)


def one_page(width: float, height: float, draw: Callable[[Canvas], None]) -> bytes:
    """A PDF of one page of this size, drawn by `draw`."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1, pageCompression=1)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def caption(
    canvas: Canvas, x0: float, x1: float, y: float, text: str, language: str, size: float = 6.5
) -> None:
    """One small line at the start edge of [x0, x1]: the right edge in a document
    written right to left."""
    rtl = language_info(language).rtl
    draw_line(
        canvas,
        x1 if rtl else x0,
        y,
        text,
        size=size,
        align="right" if rtl else "left",
        direction="rtl" if rtl else "ltr",
        language=language,
        color=Color(*MUTED),
    )


def safe(value: str) -> str:
    """A name or other user value, isolated so it cannot reorder the line around it."""
    clean = " ".join(neutralise_bidi_controls(value or "").split())
    return isolate(clean) if clean else ""


class PdfBytesPage(PdfContent):
    """pyHanko content showing the first page of a PDF given as bytes (pyHanko's own
    `ImportedPdfPage` reads from a file name)."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self.data = data

    def render(self) -> bytes:
        xobject = self._ensure_writer.import_page_as_xobject(
            PdfFileReader(io.BytesIO(self.data)), 0
        )
        name = f"/AdPage{uuid.uuid4().hex}"
        self.resources.xobject[name] = xobject
        x0, y0, x1, y1 = xobject.get_object()["/BBox"]
        self.box = BoxConstraints(width=abs(x1 - x0), height=abs(y1 - y0))
        return f"{name} Do".encode("ascii")
