"""A helpdesk export as a table: its header and rows, from CSV or an Excel workbook.

Workbooks are read row by row (openpyxl's read-only mode), so a large export does not
sit in memory twice. The header is the first row that names the mapping's ticket column:
some exports (Zammad's) put a title above it. A column named twice (Jira repeats
`Labels` once per label) gives its cells joined by commas.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from accountdesk.domain import messages as m
from accountdesk.domain.errors import ImportFormatError, ImportProblem
from accountdesk.services.csv_import import csv_records, decode
from accountdesk.services.incidents.mappings import fold

Cell = str | dt.datetime | float | int | None
HEADER_SEARCH = 20  # rows looked at for the header
_XLSX_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[tuple[int, dict[str, Cell]]]  # (line or row number, folded column -> cell)


def read_table(data: bytes, ticket_column: str) -> Table:
    """The export's rows under their header; ImportFormatError when it is neither."""
    records = _xlsx_records(data) if data.startswith(_XLSX_MAGIC) else _csv_records(data)
    wanted = fold(ticket_column)
    first: tuple[int, list[Cell]] | None = None
    for number, cells in records:
        if first is None and any(_text(c) for c in cells):
            first = (number, cells)
        if wanted in (fold(_text(c)) for c in cells):
            header = [_text(c).strip() for c in cells]
            return Table(header, list(_rows(header, records)))
        if number >= HEADER_SEARCH:
            break
    names = [_text(c).strip() for c in first[1] if _text(c).strip()] if first else []
    problem = ImportProblem(
        "", m.MISSING_COLUMN, {"column": ticket_column, "field": "ticket", "columns": names}
    )
    raise ImportFormatError([problem])


def _rows(
    header: list[str], records: Iterator[tuple[int, list[Cell]]]
) -> Iterator[tuple[int, dict[str, Cell]]]:
    keys = [fold(name) for name in header]
    for number, cells in records:
        if not any(_text(c).strip() for c in cells):
            continue  # blank lines, often at the end of an export
        row: dict[str, Cell] = {}
        for key, cell in zip(keys, cells, strict=False):
            if key in row and _text(cell).strip():
                before = _text(row[key]).strip()
                row[key] = f"{before}, {_text(cell).strip()}" if before else cell
            elif key not in row:
                row[key] = cell
        yield number, row


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def _csv_records(data: bytes) -> Iterator[tuple[int, list[Cell]]]:
    for line, cells in csv_records(decode(data)):
        yield line, list(cells)


def _xlsx_records(data: bytes) -> Iterator[tuple[int, list[Cell]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        problem = ImportProblem("", m.NOT_A_WORKBOOK, {"detail": str(exc)})
        raise ImportFormatError([problem]) from exc
    try:
        sheet = book.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [_xlsx_cell(v) for v in values]
    finally:
        book.close()


def _xlsx_cell(value: object) -> Cell:
    if value is None or isinstance(value, str | float | int | dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(0))
    return str(value)
