"""Systems or contacts from a spreadsheet (CSV) into an existing customer's service file.

The first row names the columns with the field names (`name,kind,host,...`; any order,
unknown names refused). Files saved by Excel work as they are: UTF-8 with or without a
byte-order mark, comma, semicolon or tab between cells. Every row goes through the same
rules as a file edited by hand; every bad row is reported with its line number, and one
bad row means nothing is imported.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from accountdesk.domain import messages as m
from accountdesk.domain.errors import (
    FieldProblem,
    ImportFormatError,
    ImportProblem,
    ValidationError,
)
from accountdesk.domain.fields import Kind, declared_fields
from accountdesk.domain.rules import clean_service_file
from accountdesk.domain.service_file import ContactData, ServiceFile, SystemData
from accountdesk.services.csv_format import COLUMNS, Target
from accountdesk.services.service_files import load_file, save_file
from accountdesk.storage.database import Database

# Cells holding enum values: people type "Server" or "DR"; the stored values are lower case.
CHOICE_COLUMNS = {
    name
    for record in (SystemData, ContactData)
    for name, declared in declared_fields(record)
    if declared.kind is Kind.CHOICE
}


@dataclass(frozen=True)
class Row:
    line: int
    cells: dict[str, str]


def import_csv(
    db: Database,
    customer_id: int,
    data: bytes | str,
    target: Target | str,
    phone_region: str | None = None,
) -> int:
    """Append the file's rows to the customer's systems or contacts; how many were added.

    A contact's numbers are read in its `country` cell, else in `phone_region`, else in
    the customer's country.

    Raises ImportFormatError listing every bad row (`line 7: email: ...`) and saves
    nothing; ConflictError when the customer was saved elsewhere meanwhile.
    """
    target = Target(target)
    rows = read_rows(decode(data), COLUMNS[target])
    file = load_file(db, customer_id)
    if not rows:
        return 0
    first_new = len(getattr(file, target.value))
    problems = _append(file, target, rows)
    _fill_defaults(file, target, first_new)
    if target is Target.CONTACTS and phone_region:
        for contact in file.contacts[first_new:]:
            contact.country = contact.country or phone_region
    problems += _rule_problems(file, target, rows, first_new)
    if problems:
        raise ImportFormatError(problems)
    save_file(db, file)
    return len(rows)


def decode(data: bytes | str) -> str:
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problem = ImportProblem(
            "", m.NOT_UTF8, {"byte": exc.start + 1, "excel_format": '"CSV UTF-8"'}
        )
        raise ImportFormatError([problem]) from exc


def read_rows(
    text: str, columns: tuple[str, ...], required: tuple[str, ...] = ("name",)
) -> list[Row]:
    """The data rows, each with the line it starts on; header problems raise at once."""
    lines = csv_records(text)
    header = next(lines, None)
    if header is None or not any(cell.strip() for cell in header[1]):
        raise ImportFormatError(
            [ImportProblem("", m.NO_HEADER, {"columns": list(columns)}, line=1)]
        )
    names = _check_header(header[1], columns, required)
    rows: list[Row] = []
    problems: list[ImportProblem] = []
    for line, cells in lines:
        if not any(cell.strip() for cell in cells):
            continue  # blank lines, often at the end of a spreadsheet export
        if len(cells) > len(names):
            problems.append(
                ImportProblem(
                    "", m.TOO_MANY_CELLS, {"cells": len(cells), "expected": len(names)}, line=line
                )
            )
            continue
        rows.append(Row(line, dict(zip(names, cells, strict=False))))
    if problems:
        raise ImportFormatError(problems)
    return rows


def csv_records(text: str) -> Iterator[tuple[int, list[str]]]:
    """(first line number, cells) for each record; a quoted cell may span lines.

    Strict, as spreadsheets write CSV: a quote that is never closed would otherwise take
    every line after it into one cell, and the rows in them would be lost unseen.
    """
    reader = csv.reader(
        io.StringIO(text, newline=""), dialect=csv.excel, delimiter=_delimiter(text), strict=True
    )
    line = 1
    try:
        for cells in reader:
            yield line, cells
            line = reader.line_num + 1
    except csv.Error as exc:
        raise ImportFormatError([_csv_problem(str(exc), line, reader.line_num)]) from exc


def _csv_problem(detail: str, first_line: int, error_line: int) -> ImportProblem:
    """What a CSV reader error means, placed on the line a person must fix."""
    if detail == "unexpected end of data" or (
        "expected after" in detail and error_line > first_line
    ):
        # The record ran past its own line: its quoted cell was never closed there.
        return ImportProblem("", m.UNCLOSED_QUOTE, line=first_line)
    if "expected after" in detail:
        return ImportProblem("", m.STRAY_QUOTE, line=error_line)
    return ImportProblem("", m.NOT_CSV, {"detail": detail}, line=error_line)


def _delimiter(text: str) -> str:
    """Comma, semicolon (Excel in many locales) or tab, judged from the header row.

    Only the delimiter is taken from the sniffer; quoting stays Excel's, which the
    sniffer cannot guess from a header without quotes.
    """
    header = text.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(header, delimiters=",;\t").delimiter
    except csv.Error:
        return ","  # a single column: no delimiter to find


def _check_header(
    cells: list[str], columns: tuple[str, ...], required: tuple[str, ...]
) -> list[str]:
    names = [cell.strip().lower() for cell in cells]
    problems = []
    for index, name in enumerate(names, start=1):
        if name not in columns:
            problems.append(
                ImportProblem(
                    "",
                    m.UNKNOWN_COLUMN,
                    {"number": index, "name": name, "columns": list(columns)},
                    line=1,
                )
            )
        elif names.index(name) != index - 1:
            problems.append(ImportProblem("", m.COLUMN_TWICE, {"name": name}, line=1))
    problems += [
        ImportProblem("", m.HEADER_NEEDS, {"name": name}, line=1)
        for name in required
        if name not in names
    ]
    if problems:
        raise ImportFormatError(problems)
    return names


def _append(file: ServiceFile, target: Target, rows: list[Row]) -> list[ImportProblem]:
    """Add the rows to the file as they are (the rules clean them); owner problems found here."""
    problems: list[ImportProblem] = []
    for row in rows:
        # Text as read (None: empty); the rules turn it into each field's type.
        cells: dict[str, Any] = {k: _cell(k, v) for k, v in row.cells.items()}
        if target is Target.CONTACTS:
            file.contacts.append(ContactData(**cells))
        else:
            owner = cells.pop("owner", "") or ""
            system = SystemData(**cells)
            system.owner_key = _owner_key(file, owner, row.line, problems)
            file.systems.append(system)
    return problems


def _cell(column: str, value: str) -> str | None:
    value = value.strip()
    if column in CHOICE_COLUMNS:
        return value.lower() or None  # empty: the field's default (or none, for language)
    return value


def _owner_key(
    file: ServiceFile, owner: str | None, line: int, problems: list[ImportProblem]
) -> str | None:
    """A system's owner is one of the customer's contacts, named by name or e-mail."""
    if not owner:
        return None
    wanted = owner.casefold()
    matches = [c for c in file.contacts if wanted in (c.name.casefold(), c.email.casefold())]
    if len(matches) == 1:
        return matches[0].key
    template = m.OWNER_UNKNOWN if not matches else m.OWNER_AMBIGUOUS
    problems.append(ImportProblem("owner", template, {"value": owner}, line=line))
    return None


def _rule_problems(
    file: ServiceFile, target: Target, rows: list[Row], first_new: int
) -> list[ImportProblem]:
    """The rules the app applies on saving, with each problem placed on its line."""
    try:
        clean_service_file(file)
    except ValidationError as exc:
        return [_describe(p, target, rows, first_new) for p in exc.problems]
    return []


def _fill_defaults(file: ServiceFile, target: Target, first_new: int) -> None:
    """Empty choice cells take the field's default, as a new row in the app would."""
    blank = ContactData() if target is Target.CONTACTS else SystemData()
    for item in getattr(file, target.value)[first_new:]:
        for column in CHOICE_COLUMNS:
            if hasattr(item, column) and getattr(item, column) is None:
                setattr(item, column, getattr(blank, column))


def _describe(
    problem: FieldProblem, target: Target, rows: list[Row], first_new: int
) -> ImportProblem:
    params = dict(problem.params)
    if problem.section == target.value and problem.index is not None and problem.index >= first_new:
        line = rows[problem.index - first_new].line
        return ImportProblem(problem.field, problem.message, params, m.CTX, line=line)
    row = (
        f"{problem.section}[{problem.index}]."
        if problem.section and problem.index is not None
        else ""
    )
    return ImportProblem(f"{row}{problem.field}", problem.message, params, m.CTX, existing=True)
