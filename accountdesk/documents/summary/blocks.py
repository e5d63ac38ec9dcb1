"""The summary as a list of blocks: every word already in the document's language.

`content.py` turns a service file into these blocks; `render.py` lays them out with
ReportLab. Keeping the two apart lets tests check what the document says without reading a
PDF, and keeps layout free of domain knowledge.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from accountdesk.domain.enums import Side

# Paragraph styles the renderer knows (see render.STYLES).
BODY, SMALL, MUTED, STRONG, QUOTE, CELL, CELL_STRONG, CELL_SMALL = (
    "body",
    "small",
    "muted",
    "strong",
    "quote",
    "cell",
    "cell_strong",
    "cell_small",
)


@dataclass(frozen=True)
class Text:
    text: str
    style: str = BODY


Cell = tuple[Text, ...]


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1: numbered section, 2: sub-heading inside a section


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = BODY


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Facts:
    """Label and value pairs, set as a two-column table without a header."""

    rows: tuple[tuple[str, Cell], ...]


@dataclass(frozen=True)
class Column:
    title: str
    weight: float  # share of the table's width
    # Texts each of which must fit one line of the column's cells (the widest date): the
    # column takes the width they need from the others.
    fit: tuple[str, ...] = ()


@dataclass(frozen=True)
class Group:
    """A full-width row inside a table, naming the rows that follow."""

    text: str


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...] | Group, ...]


@dataclass(frozen=True)
class SignatureBlock:
    side: Side
    heading: str  # "For Acme Ltd"
    name: str
    role: str
    labels: dict[str, str] = field(default_factory=dict)  # name, role, date, signature


@dataclass(frozen=True)
class Signatures:
    blocks: tuple[SignatureBlock, ...]


@dataclass(frozen=True)
class Chart:
    """Values by month against a target, every label already in the document's language.

    `values` are in the order of `labels` (the months, earliest first); the layout mirrors
    the order in a right-to-left document. None: nothing to show for that month."""

    title: str
    labels: tuple[str, ...]
    values: tuple[float | None, ...]
    target: float | None
    target_label: str  # "Target 99.5%"
    low: float  # the value axis, from low to high
    high: float
    ticks: tuple[tuple[float, str], ...]  # value and its label on the axis
    empty_label: str  # under a month with nothing to show
    met: tuple[bool, ...]  # per month: at or above the target (drawn in the kept colour)


Block = Heading | Paragraph | Bullets | Facts | Table | Signatures | Chart


@dataclass(frozen=True)
class Document:
    language: str
    rtl: bool
    title: str
    customer: str  # isolated, for the title block and page header
    meta: tuple[tuple[str, str], ...]  # version, date
    blocks: tuple[Block, ...]
    footer_start: str  # customer and version, at the start edge of every page
    footer_end: str  # "page {page} of {pages}" and the fingerprint, at the end edge
    header: str
    metadata_title: str  # plain text for the PDF's document information
    page_number: Callable[[int], str] = str  # page numbers in the document's digits
