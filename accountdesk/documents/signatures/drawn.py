"""A signature drawn on a pad, put into the signatory's block as vector paths.

The strokes arrive as point lists in the pad's own coordinates (y grows downwards, as on
screen). They are scaled into the block's signature area keeping their proportions, drawn
as smooth pen lines, and captioned with the signer's name and the time. The result is an
incremental update of the PDF it was given.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from reportlab.pdfgen.canvas import Canvas

from accountdesk.documents.signatures.drawing import Drawing, Point
from accountdesk.documents.signatures.overlay import INK_BLUE, caption, one_page, safe
from accountdesk.documents.summary.options import SignatureBox

CAPTION_ROOM = 9.0  # points kept free at the bottom of the area for the caption
MARGIN = 2.0


@dataclass(frozen=True)
class Fit:
    """Pad coordinates to page coordinates: uniform scale, y flipped."""

    scale: float
    x: float
    y: float
    pad_height: float

    def __call__(self, point: Point) -> Point:
        px, py = point
        return self.x + px * self.scale, self.y + (self.pad_height - py) * self.scale


def fit_into(drawing: Drawing, rect: tuple[float, float, float, float]) -> Fit:
    """Scale the whole pad into `rect` (PDF points), centred, keeping its proportions."""
    x0, y0, x1, y1 = rect
    width, height = x1 - x0 - 2 * MARGIN, y1 - y0 - 2 * MARGIN
    scale = min(width / max(drawing.width, 1.0), height / max(drawing.height, 1.0))
    left = x0 + MARGIN + (width - drawing.width * scale) / 2
    bottom = y0 + MARGIN + (height - drawing.height * scale) / 2
    return Fit(scale, left, bottom, drawing.height)


def ink_area(box: SignatureBox) -> tuple[float, float, float, float]:
    """Where the strokes go: the signature area less a strip for the caption."""
    x0, y0, x1, y1 = box.signature
    return x0, y0 + CAPTION_ROOM, x1, y1


def stamp_drawing(
    pdf: bytes,
    box: SignatureBox,
    drawing: Drawing,
    signer_name: str,
    when: dt.datetime,
    language: str,
) -> bytes:
    """`pdf` with the drawing in `box`, captioned with the signer's name and the time,
    added as an incremental update."""
    caption_text = (
        f"{safe(signer_name)} \u00b7 {safe(moment_text(when))}"
        if signer_name
        else safe(moment_text(when))
    )
    if drawing.is_empty():
        raise ValueError("the signature pad is empty")
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    # pyHanko leaves these writer methods and DictionaryObject without type hints.
    page_ref, _resources = writer.find_page_for_modification(box.page_index)  # type: ignore[no-untyped-call]
    width, height = _page_size(page_ref.get_object())
    overlay = one_page(
        width, height, lambda canvas: _draw(canvas, box, drawing, caption_text, language)
    )
    xobject = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(overlay)), 0)
    name = f"/AdDrawn{box.side.value.capitalize()}"
    stream = writer.add_object(generic.StreamObject(stream_data=f"q {name} Do Q".encode("ascii")))
    resources = generic.DictionaryObject(  # type: ignore[no-untyped-call]
        {
            pdf_name("/XObject"): generic.DictionaryObject({pdf_name(name): xobject}),  # type: ignore[no-untyped-call]
        }
    )
    writer.add_stream_to_page(box.page_index, stream, resources)  # type: ignore[no-untyped-call]
    output = io.BytesIO()
    writer.write(output)  # type: ignore[no-untyped-call]
    return output.getvalue()


def moment_text(when: dt.datetime) -> str:
    """'2026-11-23 11:05 UTC+02:00': the signer's local time, with its offset."""
    local = when.astimezone()
    offset = local.isoformat(timespec="minutes")[16:] or "+00:00"
    return f"{local:%Y-%m-%d %H:%M} UTC{offset}"


def _page_size(page: generic.DictionaryObject) -> tuple[float, float]:
    x0, y0, x1, y1 = (float(v) for v in page["/MediaBox"])
    return abs(x1 - x0), abs(y1 - y0)


def _draw(
    canvas: Canvas, box: SignatureBox, drawing: Drawing, caption_text: str, language: str
) -> None:
    fit = fit_into(drawing, ink_area(box))
    canvas.setStrokeColorRGB(*INK_BLUE)
    canvas.setFillColorRGB(*INK_BLUE)
    canvas.setLineWidth(max(0.8, drawing.pen_width * fit.scale))
    canvas.setLineCap(1)  # round caps and joins: how a pen's line ends
    canvas.setLineJoin(1)
    for stroke in drawing.strokes:
        _stroke(canvas, [fit(point) for point in stroke])
    x0, y0, x1, _y1 = box.signature
    caption(canvas, x0 + MARGIN, x1 - MARGIN, y0 + 2.5, caption_text, language)


def _stroke(canvas: Canvas, points: Sequence[Point]) -> None:
    if not points:
        return
    if len(points) == 1:  # a dot: a tap on the pad
        canvas.circle(points[0][0], points[0][1], canvas._lineWidth / 2, stroke=0, fill=1)
        return
    path = canvas.beginPath()
    path.moveTo(*points[0])
    current = points[0]
    # Through the midpoints, with the recorded points as control points: smooth, and
    # never further from the pen's path than the points themselves.
    for here, after in itertools.pairwise(points):
        end = ((here[0] + after[0]) / 2, (here[1] + after[1]) / 2)
        path.curveTo(*_cubic_controls(current, here, end), *end)
        current = end
    path.lineTo(*points[-1])
    canvas.drawPath(path, stroke=1, fill=0)


def _cubic_controls(start: Point, control: Point, end: Point) -> tuple[float, float, float, float]:
    """The quadratic Bézier (start, control, end) as PDF's cubic: its two control points."""
    c1 = (start[0] + 2 / 3 * (control[0] - start[0]), start[1] + 2 / 3 * (control[1] - start[1]))
    c2 = (end[0] + 2 / 3 * (control[0] - end[0]), end[1] + 2 / 3 * (control[1] - end[1]))
    return c1[0], c1[1], c2[0], c2[1]
