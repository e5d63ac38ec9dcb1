"""ReportLab integration: a bidi-aware paragraph flowable and a one-line
drawing helper for headers and footers."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.platypus.flowables import Flowable

from .layout import Line, ParagraphLayout
from .pdf_glyphs import draw_runs

if TYPE_CHECKING:
    from reportlab.lib.colors import Color
    from reportlab.pdfgen.canvas import Canvas

EPSILON = 1e-6


LEADING_RATIO = 1.4  # room for Persian marks and descenders; one ratio for
# every script so that table cells share baselines


def baseline_drop(size: float, leading: float) -> float:
    """Distance from the top of a line box to its baseline: the em box
    (0.8 above the baseline, 0.2 below) centred in the line."""
    return (leading - size) / 2 + 0.8 * size


class BidiParagraph(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A paragraph of Hebrew, Persian, English or mixed text.

    Lines are right-aligned for right-to-left paragraphs and left-aligned
    otherwise; '\\n' starts a new paragraph, U+2028 a new line. Works in
    frames and table cells, and splits across pages between lines.
    """

    def __init__(
        self,
        text: str,
        size: float = 10,
        bold: bool = False,
        direction: str = "auto",
        leading: float | None = None,
        color: Color = colors.black,
        language: str | None = None,
        space_before: float = 0,
        space_after: float = 0,
    ) -> None:
        super().__init__()
        self.layout = ParagraphLayout(text, direction, size, bold, language)
        self.leading = leading or LEADING_RATIO * size
        self.color = color
        self.space_before = space_before
        self.space_after = space_after
        self._start: int = 0
        self._stop: int | None = None
        self._ranges: list[tuple[int, int]] = []
        self._ranges_width = 0.0

    @property
    def text(self) -> str:
        return self.layout.text

    def _part(self, start: int, stop: int | None) -> BidiParagraph:
        """A piece of this paragraph sharing its layout (for splits)."""
        part = self.__class__.__new__(self.__class__)
        Flowable.__init__(part)
        part.layout, part.leading, part.color = self.layout, self.leading, self.color
        part.space_before, part.space_after = self.space_before, self.space_after
        part._start, part._stop, part._ranges, part._ranges_width = start, stop, [], 0.0
        return part

    def _line_ranges(self, width: float) -> list[tuple[int, int]]:
        if self._ranges and width == self._ranges_width:
            return self._ranges  # a table measures a cell, then wraps it again to draw it
        ranges = self.layout.line_ranges(width, self._start)
        if self._stop is not None:
            ranges = [line for line in ranges if line[0] < self._stop]
        return ranges

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._ranges = self._line_ranges(availWidth)
        self._ranges_width = availWidth
        self.width = availWidth
        self.height = len(self._ranges) * self.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[BidiParagraph]:
        ranges = self._line_ranges(availWidth)
        fitting = int((availHeight + EPSILON) // self.leading)
        if fitting <= 0:
            return []
        if fitting >= len(ranges):
            return [self]
        cut = ranges[fitting][0]
        first, rest = self._part(self._start, cut), self._part(cut, self._stop)
        first.space_after, rest.space_before = 0, 0
        return [first, rest]

    def getSpaceBefore(self) -> float:
        return self.space_before

    def getSpaceAfter(self) -> float:
        return self.space_after

    def minWidth(self) -> float:
        """Like ReportLab's Paragraph: the widest unbreakable piece."""
        return self.layout.min_width()

    def lines(self) -> list[Line]:
        """The lines of the last wrap, shaped (for drawing and tests)."""
        return [self.layout.line(start, end) for start, end in self._ranges]

    def draw(self) -> None:
        self.draw_at(self.canv, 0.0, 0.0)

    def draw_at(self, canvas: Canvas, x: float, y: float) -> None:
        """Draw the last wrap with its bottom-left corner at (x, y) of the canvas as it
        stands: a table draws its cells so, without moving the canvas for each."""
        top_to_baseline = baseline_drop(self.layout.size, self.leading)
        top = y + self.height - top_to_baseline
        for number, line in enumerate(self.lines()):
            draw_runs(
                canvas,
                x + line.x_offset(self.width),
                top - number * self.leading,
                line.runs,
                self.color,
            )


def draw_line(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float = 9,
    bold: bool = False,
    direction: str = "auto",
    align: str | None = None,
    color: Color | None = None,
    language: str | None = None,
) -> float:
    """Draw one line of text with its baseline at y, for headers and footers.

    ``align``: 'left' (x is the left edge), 'right' (x is the right edge) or
    'center'; by default right for right-to-left text, left otherwise.
    Returns the width drawn.
    """
    line = single_line(text, direction, size, bold, language)
    align = align or ("right" if line.rtl else "left")
    offsets = {"left": 0.0, "right": -line.width, "center": -line.width / 2}
    if align not in offsets:
        raise ValueError(f"align must be one of {sorted(offsets)}")
    draw_runs(canvas, x + offsets[align], y, line.runs, color)
    return line.width


@functools.lru_cache(maxsize=256)
def single_line(text: str, direction: str, size: float, bold: bool, language: str | None) -> Line:
    """One shaped line of text; kept, as the running header and footer repeat on every
    page."""
    return ParagraphLayout(text, direction, size, bold, language).single_line()
