"""A chart of values by month against a target, drawn as vectors in the PDF.

The bars, grid and target line are ReportLab graphics shapes; every label goes through
the project's text engine (`draw_line`), so Persian month names are joined and digits
read as the document's. In a right-to-left document the months run from the right and
the value axis stands on the right edge, as the reader's eye starts there.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors
from reportlab.platypus import Flowable

from accountdesk.documents.summary import blocks as b
from accountdesk.documents.summary.render import ACCENT, MUTED_INK, RULE
from accountdesk.documents.text.flowables import draw_line

KEPT = colors.HexColor("#3E7C59")
SHORT = colors.HexColor("#B5473A")
TARGET = ACCENT  # the document's own colours for the target, grid and labels
GRID = RULE
LABEL = MUTED_INK


@dataclass(frozen=True)
class Geometry:
    """Where a chart's parts go, in points from the flowable's bottom-left corner."""

    width: float
    rtl: bool
    TITLE = 24.0
    BAR = 36.0  # the widest a bar gets (a short period has few, wide slots)
    PLOT = 110.0
    MONTHS = 22.0  # below the plot, for the month labels
    AXIS = 40.0  # beside the plot, for the value labels

    @property
    def height(self) -> float:
        return self.TITLE + self.PLOT + self.MONTHS

    @property
    def plot_left(self) -> float:
        return 0.0 if self.rtl else self.AXIS

    @property
    def plot_width(self) -> float:
        return self.width - self.AXIS

    @property
    def plot_bottom(self) -> float:
        return self.MONTHS

    def slot(self, index: int, count: int) -> tuple[float, float]:
        """The left edge and width of month `index` (earliest first) of `count`."""
        width = self.plot_width / max(count, 1)
        position = count - 1 - index if self.rtl else index
        return self.plot_left + position * width, width

    def y(self, value: float, low: float, high: float) -> float:
        share = (min(max(value, low), high) - low) / (high - low) if high > low else 0.0
        return self.plot_bottom + share * self.PLOT


def drawing(chart: b.Chart, g: Geometry) -> Drawing:
    """The chart's shapes: grid, bars (kept or short of the target) and the target line."""
    shapes = Drawing(g.width, g.height)
    right = g.plot_left + g.plot_width
    for tick, _label in chart.ticks:
        y = g.y(tick, chart.low, chart.high)
        shapes.add(Line(g.plot_left, y, right, y, strokeColor=GRID, strokeWidth=0.4))
    count = len(chart.values)
    for index, value in enumerate(chart.values):
        if value is None:
            continue
        left, width = g.slot(index, count)
        top = g.y(value, chart.low, chart.high)
        fill = KEPT if chart.met[index] else SHORT
        bar = min(width * 0.6, g.BAR)
        shapes.add(
            Rect(
                left + (width - bar) / 2,
                g.plot_bottom,
                bar,
                top - g.plot_bottom,
                fillColor=fill,
                strokeColor=None,
            )
        )
    shapes.add(
        Line(g.plot_left, g.plot_bottom, right, g.plot_bottom, strokeColor=LABEL, strokeWidth=0.6)
    )
    if chart.target is not None:
        y = g.y(chart.target, chart.low, chart.high)
        shapes.add(
            Line(
                g.plot_left,
                y,
                right,
                y,
                strokeColor=TARGET,
                strokeWidth=1.2,
                strokeDashArray=[4, 2],
            )
        )
    return shapes


class ChartFlowable(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A `blocks.Chart` on the page: its title, the drawing, then its labels."""

    def __init__(self, chart: b.Chart, rtl: bool, language: str) -> None:
        super().__init__()
        self.chart, self.rtl, self.language = chart, rtl, language
        self.spaceBefore, self.spaceAfter = 4, 10
        self.geometry = Geometry(0, rtl)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.geometry = Geometry(availWidth, self.rtl)
        return availWidth, self.geometry.height

    def draw(self) -> None:
        g, chart = self.geometry, self.chart
        renderPDF.draw(drawing(chart, g), self.canv, 0, 0)
        start = g.width if self.rtl else 0.0
        self.label(chart.title, start, g.height - 10, "right" if self.rtl else "left", 8.5, True)
        if chart.target is not None:
            self.legend(chart.target_label, g)
        axis = g.width - g.AXIS + 4 if self.rtl else g.AXIS - 4
        for value, text in chart.ticks:
            y = g.y(value, chart.low, chart.high) - 2.5
            self.label(text, axis, y, "left" if self.rtl else "right", 7)
        count = len(chart.labels)
        for index, text in enumerate(chart.labels):
            left, width = g.slot(index, count)
            middle = left + width / 2
            self.label(text, middle, g.plot_bottom - 10, "center", 6.5)
            if chart.values[index] is None:
                self.label(chart.empty_label, middle, g.plot_bottom + 3, "center", 6.5)

    def legend(self, text: str, g: Geometry) -> None:
        """The target's key at the end edge of the title line: a dashed stroke, then
        its words (in reading order either way)."""
        y, stroke = g.height - 10, 16.0
        end = 0.0 if self.rtl else g.width
        words = self.label(text, end, y, "left" if self.rtl else "right", 7, True)
        x = end + words + 4 if self.rtl else end - words - 4 - stroke
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(TARGET)
        canvas.setLineWidth(1.2)
        canvas.setDash(4, 2)
        canvas.line(x, y + 2.5, x + stroke, y + 2.5)
        canvas.restoreState()

    def label(
        self, text: str, x: float, y: float, align: str, size: float, bold: bool = False
    ) -> float:
        return draw_line(
            self.canv,
            x,
            y,
            text,
            size=size,
            bold=bold,
            direction="rtl" if self.rtl else "ltr",
            align=align,
            color=TARGET if bold else LABEL,
            language=self.language,
        )
