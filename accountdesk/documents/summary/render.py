"""Laying the summary's blocks out as an A4 PDF with ReportLab.

Text goes through the project's right-to-left engine (`documents.text`): `BidiParagraph`
for paragraphs and table cells, `draw_line` for the running header and footer. For a
right-to-left document every table's columns are mirrored (the first column on the
right), paragraphs are right-aligned and the signature blocks run from the right.

"Page X of Y" needs the page count before the footers are drawn: the canvas keeps each
finished page and draws all footers when the document is saved.
"""

from __future__ import annotations

import gc
import io
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Table,
    TableStyle,
)

from accountdesk.documents.summary import blocks as b
from accountdesk.documents.summary.options import SignatureBox
from accountdesk.documents.text.flowables import BidiParagraph, draw_line
from accountdesk.domain.languages import language_info

if TYPE_CHECKING:
    from reportlab.lib.colors import Color

# Whatever a table row or a width list holds: mirrored as a whole in right-to-left documents.
_Item = TypeVar("_Item")
_Row = tuple[b.Cell, ...] | b.Group
# Paragraph layouts kept for reuse (repeated words: severities, channels, dashes).
PARAGRAPH_CACHE = 512

# Page streams stay binary (Flate only): ASCII85 makes them a quarter larger and is
# encoded in pure Python, a noticeable part of writing a summary.
rl_config.useA85 = 0

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_SIDE = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_PADDING = 0  # our frame has no padding: text edges line up with header and footer
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE

INK = colors.HexColor("#1B1F24")
ACCENT = colors.HexColor("#1F3A5F")
MUTED_INK = colors.HexColor("#5B6470")
RULE = colors.HexColor("#C5CED9")
HEADER_FILL = colors.HexColor("#E6ECF3")
GROUP_FILL = colors.HexColor("#F1F4F8")
ZEBRA_FILL = colors.HexColor("#FAFBFC")


@dataclass(frozen=True)
class Style:
    size: float
    bold: bool = False
    color: colors.Color = INK
    space_before: float = 0
    space_after: float = 0


STYLES = {
    "title": Style(20, True, ACCENT),
    "customer": Style(14, True, INK, space_before=4),
    "meta": Style(9, False, MUTED_INK, space_before=6),
    "h1": Style(12.5, True, ACCENT, space_before=16, space_after=6),
    "h2": Style(10, True, INK, space_before=8, space_after=4),
    b.BODY: Style(9.5, space_after=5),
    b.STRONG: Style(9.5, True, space_after=4),
    b.SMALL: Style(8, space_after=3),
    b.MUTED: Style(9, False, MUTED_INK, space_after=5),
    b.QUOTE: Style(9.5, space_after=4),
    b.CELL: Style(8.5),
    b.CELL_STRONG: Style(8.5, True),
    b.CELL_SMALL: Style(7.5, False, MUTED_INK),
    "head": Style(8, True, ACCENT),
    "group": Style(8.5, True, ACCENT),
    "label": Style(8.5, True, MUTED_INK),
    "furniture": Style(7.5, False, MUTED_INK),
}

CELL_PADDING = 4
FIT_SLACK = 0.5  # points: a `fit` text's width is summed from rounded glyph advances
TOP_PADDING, BOTTOM_PADDING = 3, 4  # of a table row
ROW_PADDING = TOP_PADDING + BOTTOM_PADDING


class SummaryLayout:
    """Turns a `blocks.Document` into PDF bytes; one instance per rendering."""

    def __init__(self, document: b.Document) -> None:
        self.doc = document
        self.direction = "rtl" if document.rtl else "ltr"
        self.signature_boxes: list[SignatureBox] = []
        self.page_count = 0
        # Bounded: a long table's unique values (host names, addresses) must not keep
        # every layout of the document alive; repeated words stay in it.
        self._paragraphs: OrderedDict[
            tuple[str, str, tuple[tuple[str, float], ...]], BidiParagraph
        ] = OrderedDict()

    # -- paragraphs -------------------------------------------------------

    def para(self, text: str, style_name: str, **overrides: float) -> BidiParagraph:
        """A paragraph; the same text in the same style shares one layout (a summary
        repeats channel names, severities, durations and dashes many times over)."""
        key = (text, style_name, tuple(sorted(overrides.items())))
        first = self._paragraphs.get(key)
        if first is not None and hasattr(first, "_part"):
            self._paragraphs.move_to_end(key)
            return first._part(0, None)
        paragraph = self._new_para(text, style_name, **overrides)
        self._paragraphs[key] = paragraph
        if len(self._paragraphs) > PARAGRAPH_CACHE:
            self._paragraphs.popitem(last=False)
        return paragraph

    def _new_para(self, text: str, style_name: str, **overrides: float) -> BidiParagraph:
        style = STYLES[style_name]
        return BidiParagraph(
            text,
            size=style.size,
            bold=style.bold,
            direction=self.direction,
            color=style.color,
            language=self.doc.language,
            space_before=overrides.get("space_before", style.space_before),
            space_after=overrides.get("space_after", style.space_after),
        )

    def cell(self, cell: b.Cell) -> list[Flowable]:
        """A paragraph per run of pieces in one style (lines joined: fewer layouts)."""
        runs: list[tuple[str, list[str]]] = []
        for piece in cell:
            if not piece.text:
                continue
            if runs and runs[-1][0] == piece.style:
                runs[-1][1].append(piece.text)
            else:
                runs.append((piece.style, [piece.text]))
        return [self.para("\n".join(texts), style) for style, texts in runs]

    # -- the story --------------------------------------------------------

    def story(self) -> list[Flowable]:
        flowables: list[Flowable] = self.title_block()
        blocks = self.doc.blocks
        for index, block in enumerate(blocks):
            made = self.flowables_for(block)
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if isinstance(block, b.Paragraph) and isinstance(following, b.Bullets | b.Signatures):
                made[-1].keepWithNext = True  # a lead-in line never ends a page alone
            flowables += made
        return _with_room_before_headings(flowables)

    def title_block(self) -> list[Flowable]:
        separator = f"   {language_info(self.doc.language).separator.strip()}   "
        meta = separator.join(f"{label}: {text}" for label, text in self.doc.meta)
        return [
            self.para(self.doc.title, "title"),
            self.para(self.doc.customer, "customer"),
            self.para(meta, "meta"),
            Rule(CONTENT_WIDTH, ACCENT, 1.2, space_before=8, space_after=10),
        ]

    def flowables_for(self, block: b.Block) -> list[Flowable]:
        if isinstance(block, b.Heading):
            heading = _Heading(self.para(block.text, "h1" if block.level == 1 else "h2"))
            if block.level == 1:
                return [heading, _keep_with_next(Rule(CONTENT_WIDTH, RULE, 0.6, space_after=6))]
            return [heading]
        if isinstance(block, b.Paragraph):
            return [self.para(block.text, block.style)]
        if isinstance(block, b.Bullets):
            return [self.bullets(block)]
        if isinstance(block, b.Facts):
            return [self.facts(block)]
        if isinstance(block, b.Table):
            return [self.table(block)]
        if isinstance(block, b.Signatures):
            return [SignatureRow(self, block)]
        raise TypeError(f"unknown block {block!r}")

    # -- tables -----------------------------------------------------------

    def mirrored(self, row: list[_Item]) -> list[_Item]:
        return row[::-1] if self.doc.rtl else row

    def widths(self, weights: list[float], total: float = CONTENT_WIDTH) -> list[float]:
        whole = sum(weights)
        return self.mirrored([total * w / whole for w in weights])

    def table(self, block: b.Table) -> RowsTable:
        header = self.mirrored([self.para(c.title, "head") for c in block.columns])
        return RowsTable(self, header, block.rows, self.column_widths(block.columns))

    def column_widths(self, columns: Sequence[b.Column]) -> list[float]:
        """Widths by weight, except that a column is wide enough for each of its `fit`
        texts on one line. What it takes comes from the wider columns (by weight, at least
        the average), whose long texts wrap anyway: names, e-mail addresses and scores in
        the narrow ones keep the width they had."""
        weights = [c.weight for c in columns]
        widths = [CONTENT_WIDTH * w / sum(weights) for w in weights]
        needs = [
            max((self.para(text, b.CELL).minWidth() for text in c.fit), default=0.0)
            + 2 * CELL_PADDING
            + FIT_SLACK
            for c in columns
        ]
        short = {i for i, c in enumerate(columns) if c.fit and widths[i] < needs[i]}
        extra = sum(needs[i] - widths[i] for i in short)
        others = [i for i in range(len(columns)) if i not in short]
        average = sum(weights[i] for i in others) / len(others) if others else 0.0
        donors = [i for i in others if weights[i] >= average]
        if extra <= 0 or not donors:
            return self.mirrored(widths)
        given = sum(widths[i] for i in donors)
        for i in short:
            widths[i] = needs[i]
        for i in donors:
            widths[i] -= extra * widths[i] / given
        return self.mirrored(widths)

    def table_row(self, row: _Row) -> tuple[list[Flowable | list[Flowable] | str], bool]:
        """A row's cells (a group heading spans the row), and whether it is a group."""
        if isinstance(row, b.Group):
            return [self.para(row.text, "group")], True
        return self.mirrored([self.cell(cell) for cell in row]), False

    def facts(self, block: b.Facts) -> Table:
        data = [
            self.mirrored([self.para(label, "label"), self.cell(cell)])
            for label, cell in block.rows
        ]
        table = Table(data, colWidths=self.widths([0.3, 0.7]), hAlign="CENTER", spaceAfter=6)
        table.setStyle(TableStyle(_FACTS))
        return table

    def bullets(self, block: b.Bullets) -> Table:
        data = [
            self.mirrored(
                [self.para("\u2022", b.BODY, space_after=0), self.para(item, b.BODY, space_after=2)]
            )
            for item in block.items
        ]
        widths = self.mirrored([12.0, CONTENT_WIDTH - 12.0])
        table = Table(data, colWidths=widths, hAlign="CENTER", spaceAfter=6)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    # -- pages ------------------------------------------------------------

    def draw_header(self, canvas: Canvas, page: int) -> None:
        if page == 1:
            return
        style = STYLES["furniture"]
        y = PAGE_HEIGHT - MARGIN_TOP + 8 * mm
        self.draw_text(canvas, self.doc.header, y, style, start=True)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_SIDE, y - 2.5 * mm, PAGE_WIDTH - MARGIN_SIDE, y - 2.5 * mm)

    def draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        style = STYLES["furniture"]
        y = MARGIN_BOTTOM - 10 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_SIDE, y + 4 * mm, PAGE_WIDTH - MARGIN_SIDE, y + 4 * mm)
        number = self.doc.page_number
        self.draw_text(canvas, self.doc.footer_start, y, style, start=True)
        end = self.doc.footer_end.format(page=number(page), pages=number(pages))
        self.draw_text(canvas, end, y, style, start=False)

    def draw_text(self, canvas: Canvas, text: str, y: float, style: Style, start: bool) -> None:
        """One line at the start (right in RTL) or end edge of the text column."""
        at_right = start == self.doc.rtl
        x = PAGE_WIDTH - MARGIN_SIDE if at_right else MARGIN_SIDE
        draw_line(
            canvas,
            x,
            y,
            text,
            size=style.size,
            bold=style.bold,
            direction=self.direction,
            align="right" if at_right else "left",
            color=style.color,
            language=self.doc.language,
        )

    # -- building ---------------------------------------------------------

    def render(self) -> bytes:
        buffer = io.BytesIO()
        template = _DocTemplate(self, buffer)
        template.build(self.story(), canvasmaker=_numbered_canvas(self))
        return buffer.getvalue()


_FACTS = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ("TOPPADDING", (0, 0), (-1, -1), TOP_PADDING),
    ("BOTTOMPADDING", (0, 0), (-1, -1), BOTTOM_PADDING),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
]


def _Heading(paragraph: BidiParagraph) -> BidiParagraph:
    paragraph.is_heading = True
    paragraph.keepWithNext = True
    return paragraph


def _with_room_before_headings(flowables: list[Flowable]) -> list[Flowable]:
    """Put a `NeedRoom` before every heading, measuring the heading, its lead-in lines
    and the start of the first table (or block) that follows: a section never starts at
    the foot of a page with its heading and no content.

    Before a table that may break across pages the `NeedRoom` alone keeps them together:
    kept with its next flowable by ReportLab (`keepWithNext`), a heading takes a table that
    does not fit below it whole to the next page, and leaves the section's heading and
    lead-in line above it alone at the foot of this one."""
    result: list[Flowable] = []
    for index, flowable in enumerate(flowables):
        if getattr(flowable, "is_heading", False):
            end = index + 1
            while end < len(flowables) and isinstance(flowables[end], BidiParagraph | Rule):
                end += 1
            if end < len(flowables) and isinstance(flowables[end], RowsTable):
                for kept in flowables[index:end]:
                    kept.keepWithNext = False
            result.append(NeedRoom(flowables[index : end + 1]))
        result.append(flowable)
    return result


class NeedRoom(CondPageBreak):  # type: ignore[misc]  # ReportLab has no type hints
    """A conditional page break sized, when laid out, by what it keeps together: the
    flowables before the last in full, and of a table its header and first two rows."""

    FIRST_ROWS = 3  # header row + two body rows

    def __init__(self, flowables: list[Flowable]) -> None:
        super().__init__(0)
        self.flowables = flowables

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.height = sum(self._height(f, availWidth) for f in self.flowables)
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        return size

    def _height(self, flowable: Flowable, width: float) -> float:
        spaces: float = flowable.getSpaceBefore() + flowable.getSpaceAfter()
        if isinstance(flowable, RowsTable):
            return spaces + flowable.first_rows_height(width, self.FIRST_ROWS)
        height: float = flowable.wrap(width, PAGE_HEIGHT)[1]
        return spaces + height


def _cell_height(cell: Flowable | list[Flowable] | str, width: float) -> float:
    """A cell's height as a ReportLab table measures it: its flowables stacked with the
    space between them, padding included."""
    items = cell if isinstance(cell, list | tuple) else [cell]
    flowables = [f for f in items if isinstance(f, Flowable)]
    if not flowables:
        return ROW_PADDING
    inner = width - 2 * CELL_PADDING
    total: float = sum(
        f.wrap(inner, PAGE_HEIGHT)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables
    )
    first: float = flowables[0].getSpaceBefore()
    last: float = flowables[-1].getSpaceAfter()
    return total - first - last + ROW_PADDING


class RowsTable(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A summary table laid out a page at a time.

    ReportLab's Table re-styles and re-measures all its remaining rows at every page
    break, so a table of thousands of rows costs the square of its length, and all its
    cells live until the document is written. Here each row's cells are made and
    measured once, when the page they land on is laid out; each page draws its own rows
    under the repeated header (`_TablePage`), and the cells go with it.
    """

    def __init__(
        self,
        layout: SummaryLayout,
        header: list[BidiParagraph],
        rows: Sequence[_Row],
        widths: list[float],
        start: int = 0,
        measured: list[_MeasuredRow] | None = None,
        body_rows: int = 0,
    ) -> None:
        super().__init__()
        self.layout, self.header, self.rows, self.widths = layout, header, rows, widths
        self.start = start
        self.measured = measured or []  # rows from `start` already made and measured
        self.body_rows = body_rows  # rows before `start` since the last group heading
        self.width = sum(widths)
        self.header_height = max(
            _cell_height(cell, w) for cell, w in zip(header, widths, strict=True)
        )
        self.spaceBefore = 2 if start == 0 else 0
        self.spaceAfter = 8

    # -- rows ---------------------------------------------------------------

    def _measure(self, height: float) -> float:
        """Make and measure rows until they fill ``height`` (or the table ends); the
        height of the rows measured."""
        total = self.header_height + sum(row.height for row in self.measured)
        while total <= height and self.start + len(self.measured) < len(self.rows):
            row = self._make(self.rows[self.start + len(self.measured)])
            self.measured.append(row)
            total += row.height
        return total

    def _make(self, row: _Row) -> _MeasuredRow:
        cells, group = self.layout.table_row(row)
        if group:
            height = _cell_height(cells[0], self.width)
            cells += [""] * (len(self.widths) - 1)
        else:
            height = max(_cell_height(cell, w) for cell, w in zip(cells, self.widths, strict=True))
        return _MeasuredRow(cells, height, group)

    def first_rows_height(self, width: float, count: int) -> float:
        """The header and the first ``count - 1`` rows (to keep with a heading)."""
        while len(self.measured) < count - 1 and self.start + len(self.measured) < len(self.rows):
            self.measured.append(self._make(self.rows[self.start + len(self.measured)]))
        return self.header_height + sum(row.height for row in self.measured[: count - 1])

    # -- flowable -----------------------------------------------------------

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # Keeping a heading with its table probes with an unbounded height: a page's
        # rows are enough to say that the table is taller than that.
        total = self._measure(min(availHeight, PAGE_HEIGHT))
        complete = self.start + len(self.measured) == len(self.rows)
        self.height = total if complete or total > availHeight else availHeight + 1
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._measure(availHeight)
        total, fitting = self.header_height, 0
        for row in self.measured:
            if total + row.height > availHeight + 1e-6:
                break
            total += row.height
            fitting += 1
        if fitting == 0:
            return []
        if fitting == len(self.measured) and self.start + fitting == len(self.rows):
            return [self]
        page = _TablePage(self, self.measured[:fitting], last=False)
        rest = RowsTable(
            self.layout,
            self.header,
            self.rows,
            self.widths,
            self.start + fitting,
            self.measured[fitting:],
            page.body_rows_after,
        )
        return [page, rest]

    def draw(self) -> None:
        _TablePage(self, self.measured, last=True).draw_on(self.canv)


class _TablePage(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """One page of a summary table: the header and the rows that fit, drawn straight onto
    the canvas as ReportLab's Table would draw them (backgrounds, cells with their
    padding, top-aligned, then the rules), without styling and measuring them again."""

    def __init__(self, table: RowsTable, rows: list[_MeasuredRow], last: bool) -> None:
        super().__init__()
        self.table, self.rows = table, rows
        self.width = table.width
        self.height = table.header_height + sum(row.height for row in rows)
        self.spaceBefore = table.spaceBefore
        self.spaceAfter = table.spaceAfter if last else 0
        # Row fills: group headings, and every other body row after a group heading.
        self.fills: list[tuple[int, Color]] = []
        body_row = table.body_rows
        for index, row in enumerate(rows, start=1):
            if row.group:
                self.fills.append((index, GROUP_FILL))
                body_row = 0
                continue
            if body_row % 2:
                self.fills.append((index, ZEBRA_FILL))
            body_row += 1
        self.body_rows_after = body_row

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.draw_on(self.canv)

    def draw_on(self, canvas: Canvas) -> None:
        table = self.table
        heights = [table.header_height, *(row.height for row in self.rows)]
        tops = [self.height]
        for height in heights:
            tops.append(tops[-1] - height)
        canvas.saveState()
        for index, color in [(0, HEADER_FILL), *self.fills]:
            canvas.setFillColor(color)
            canvas.rect(0, tops[index], self.width, -heights[index], stroke=0, fill=1)
        lefts = [0.0]
        for width in table.widths:
            lefts.append(lefts[-1] + width)
        _draw_cells(canvas, table.header, lefts, table.widths, tops[0])
        for row, top in zip(self.rows, tops[1:], strict=False):
            if row.group:  # one cell across the row
                _draw_cell(canvas, row.cells[0], 0.0, self.width, top)
            else:
                _draw_cells(canvas, row.cells, lefts, table.widths, top)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        for y in tops[2:]:
            canvas.line(0, y, self.width, y)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(0, tops[1], self.width, tops[1])
        canvas.restoreState()


def _draw_cells(
    canvas: Canvas,
    cells: Sequence[Flowable | list[Flowable] | str],
    lefts: list[float],
    widths: list[float],
    top: float,
) -> None:
    for cell, left, width in zip(cells, lefts, widths, strict=False):
        _draw_cell(canvas, cell, left, width, top)


def _draw_cell(
    canvas: Canvas, cell: Flowable | list[Flowable] | str, left: float, width: float, top: float
) -> None:
    """A cell's flowables stacked from its top, inside the padding, as ReportLab's Table
    stacks a cell of flowables aligned to the top."""
    items = cell if isinstance(cell, list | tuple) else [cell]
    flowables = [f for f in items if isinstance(f, Flowable)]
    if not flowables:
        return
    inner, x = width - 2 * CELL_PADDING, left + CELL_PADDING
    y = top - TOP_PADDING + flowables[0].getSpaceBefore()
    for flowable in flowables:
        height = flowable.wrapOn(canvas, inner, PAGE_HEIGHT)[1]
        y -= flowable.getSpaceBefore() + height
        if isinstance(flowable, BidiParagraph):
            flowable.draw_at(canvas, x, y)
        else:
            flowable.drawOn(canvas, x, y)
        y -= flowable.getSpaceAfter()


@dataclass(frozen=True, slots=True)
class _MeasuredRow:
    cells: list[Flowable | list[Flowable] | str]
    height: float
    group: bool


def _keep_with_next(flowable: Flowable) -> Flowable:
    flowable.keepWithNext = True
    return flowable


class Rule(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A horizontal line across the text column."""

    def __init__(
        self,
        width: float,
        color: Color,
        thickness: float,
        space_before: float = 0,
        space_after: float = 0,
    ) -> None:
        super().__init__()
        self.width, self.color, self.thickness = width, color, thickness
        self.spaceBefore, self.spaceAfter = space_before, space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.thickness

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.thickness / 2, self.width, self.thickness / 2)


class SignatureRow(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """The signature blocks side by side, each a framed form; records where each one, and
    the space to sign in it, lands on the page."""

    GAP = 10 * mm
    PADDING = 9.0
    LINE_GAP = 16.0
    SIGN_HEIGHT = 17 * mm
    LABEL_GAP = 4.0

    def __init__(self, layout: SummaryLayout, block: b.Signatures) -> None:
        super().__init__()
        self.layout = layout
        self.blocks = block.blocks
        self.spaceBefore = 6
        self.height = 2 * self.PADDING + 14 + 3 * self.LINE_GAP + self.SIGN_HEIGHT + 12

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return self.width, self.height

    def draw(self) -> None:
        count = max(len(self.blocks), 1)
        column = (self.width - self.GAP * (count - 1)) / count
        for index, block in enumerate(self.blocks):
            slot = count - 1 - index if self.layout.doc.rtl else index
            self.draw_block(block, slot * (column + self.GAP), column)

    def draw_block(self, block: b.SignatureBlock, x: float, width: float) -> None:
        canvas, _rtl, pad = self.canv, self.layout.doc.rtl, self.PADDING
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setFillColor(ZEBRA_FILL)
        canvas.setLineWidth(0.6)
        canvas.roundRect(x, 0, width, self.height, 3, stroke=1, fill=1)
        canvas.restoreState()
        inner_x, inner_width = x + pad, width - 2 * pad
        y = self.height - pad - 10
        self.text(block.heading, inner_x, inner_width, y, "group")
        labels = block.labels
        for label, text in (
            (labels["name"], block.name),
            (labels["role"], block.role),
            (labels["date"], ""),
        ):
            y -= self.LINE_GAP
            drawn = self.text(
                f"{label}: {text}" if text else f"{label}:", inner_x, inner_width, y, b.CELL
            )
            if not text:
                self.blank(inner_x, inner_width, y, drawn + self.LABEL_GAP)
        sign_line = pad + 12
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        canvas.line(inner_x, sign_line, inner_x + inner_width, sign_line)
        self.text(labels["signature"], inner_x, inner_width, sign_line - 9, b.CELL_SMALL)
        self.record(block, x, width, (inner_x, sign_line + 1, inner_x + inner_width, y - 8))

    def text(self, text: str, x: float, width: float, y: float, style_name: str) -> float:
        """One line from the start edge (right in RTL); returns its width."""
        style, layout = STYLES[style_name], self.layout
        rtl = layout.doc.rtl
        return draw_line(
            self.canv,
            x + width if rtl else x,
            y,
            text,
            size=style.size,
            bold=style.bold,
            direction=layout.direction,
            align="right" if rtl else "left",
            color=style.color,
            language=layout.doc.language,
        )

    def blank(self, x: float, width: float, y: float, label_width: float) -> None:
        """A dotted line to write on, after the label."""
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(MUTED_INK)
        canvas.setLineWidth(0.5)
        canvas.setDash(1, 2)
        if self.layout.doc.rtl:
            canvas.line(x, y - 1.5, x + width - label_width, y - 1.5)
        else:
            canvas.line(x + label_width, y - 1.5, x + width, y - 1.5)
        canvas.restoreState()

    def record(
        self,
        block: b.SignatureBlock,
        x: float,
        width: float,
        signature: tuple[float, float, float, float],
    ) -> None:
        canvas = self.canv
        x0, y0 = canvas.absolutePosition(x, 0)
        x1, y1 = canvas.absolutePosition(x + width, self.height)
        sx0, sy0 = canvas.absolutePosition(signature[0], signature[1])
        sx1, sy1 = canvas.absolutePosition(signature[2], signature[3])
        self.layout.signature_boxes.append(
            SignatureBox(
                side=block.side,
                name=block.name,
                page_index=canvas.getPageNumber() - 1,
                block=_rounded((x0, y0, x1, y1)),
                signature=_rounded((sx0, sy0, sx1, sy1)),
            )
        )


def _rounded(rect: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    return tuple(round(v, 2) for v in rect)  # type: ignore[return-value]


class _DocTemplate(BaseDocTemplate):  # type: ignore[misc]  # ReportLab has no type hints
    def __init__(self, layout: SummaryLayout, buffer: io.BytesIO) -> None:
        doc = layout.doc
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_SIDE,
            rightMargin=MARGIN_SIDE,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=doc.metadata_title,
            subject=doc.title,
            creator="AccountDesk",
            author="AccountDesk",
            lang=doc.language,
            direction="R2L" if doc.rtl else None,
            invariant=1,
        )
        frame = Frame(
            MARGIN_SIDE,
            MARGIN_BOTTOM,
            CONTENT_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=FRAME_PADDING,
            rightPadding=FRAME_PADDING,
            topPadding=FRAME_PADDING,
            bottomPadding=FRAME_PADDING,
            id="body",
        )
        self.addPageTemplates([PageTemplate("page", [frame])])


def _numbered_canvas(layout: SummaryLayout) -> type[Canvas]:
    """A canvas class that holds pages back until it knows how many there are."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:  # ReportLab's many options
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def _make_preamble(self) -> None:
            """ReportLab's page preamble without its initial 'Helvetica 12' font: all our
            text is drawn in embedded fonts, so no unembedded font is named in the file."""
            code = self._code
            start = len(code)
            if self._fillColorObj != (0, 0, 0):
                self.setFillColor(self._fillColorObj)
            if self._strokeColorObj != (0, 0, 0):
                self.setStrokeColor(self._strokeColorObj)
            self._preamble = " ".join(["1 0 0 1 0 0 cm", *code[start:]])
            del code[start:]

        def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
            """Tables select a font for every cell even when the cell holds our
            paragraphs; remember it without naming an unembedded font in the file.
            (Nothing here draws text with ReportLab's own fonts.)"""
            self._fontname, self._fontsize = psfontname, size
            self._leading = size * 1.2 if leading is None else leading

        def showPage(self) -> None:
            state = dict(self.__dict__)
            # one string per held page: a list of thousands of small operator strings
            # costs several times its text, and hundreds of pages are held
            state["_code"] = ["\n".join(self._code)]
            self._pages.append(state)
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            layout.page_count = total
            self._pages.reverse()
            for number in range(1, total + 1):
                # each page's operators are let go once it is written
                self.__dict__.update(self._pages.pop())
                layout.draw_header(self, number)
                layout.draw_footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def render(
    document: b.Document, layout_class: type[SummaryLayout] | None = None
) -> tuple[bytes, int, list[SignatureBox]]:
    """The PDF, its page count and where each side signs. `layout_class`: a layout that
    knows blocks of its own (the service report's charts)."""
    layout = (layout_class or SummaryLayout)(document)
    with fewer_collections():
        data = layout.render()
    return data, layout.page_count, layout.signature_boxes


# Objects made between two passes of the cyclic collector's youngest generation while a
# summary is made. Laying out makes hundreds of thousands of short-lived objects (glyphs,
# runs, lines) and keeps the rows of a page until it is drawn; at Python's default (700) the
# collector walks the survivors again and again, a seventh of the time of a long table.
# Freed cycles wait a little longer for it: a few megabytes at most.
GC_YOUNG_THRESHOLD = 50_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the collector's youngest threshold for a while (nested uses keep the
    highest)."""
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], GC_YOUNG_THRESHOLD), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
