"""Survey results from a spreadsheet (CSV) into the feedback of the customers they name.

The header names the columns: `customer` (the customer's exact name, any case) and
`received_on` are required; the others are the feedback's fields as in the JSON format
(`channel`, `scale`, `score`, `given_by`, `customer_words`, `follow_up`,
`follow_up_owner`, `follow_up_due`, `follow_up_done`, `follow_up_outcome`), any order,
any subset. An empty `channel` is `survey`. The reading is the systems and contacts
import's (`csv_import`): Excel's files as they are, every problem with its line, and all
or nothing: every row is saved in one transaction, or none.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from accountdesk.domain import messages as m
from accountdesk.domain.enums import FeedbackChannel
from accountdesk.domain.errors import ImportFormatError, ImportProblem, ValidationError
from accountdesk.domain.fields import Kind, declared_fields, json_keys
from accountdesk.domain.rules import clean_service_file
from accountdesk.domain.service_file import FeedbackData, ServiceFile
from accountdesk.services.csv_import import Row, decode, read_rows
from accountdesk.services.service_files import load_file, save_files
from accountdesk.storage import tables as t
from accountdesk.storage.database import Database

COLUMNS = ("customer", *json_keys(FeedbackData))
REQUIRED = ("customer", "received_on")
_KINDS = {name: declared.kind for name, declared in declared_fields(FeedbackData)}
_TRUE = {"true", "yes", "1", "y"}
_FALSE = {"false", "no", "0", "n", ""}


def import_survey(db: Database, data: bytes | str, author: str = "") -> int:
    """Add each row as feedback of the customer it names; how many rows were added.

    Raises ImportFormatError listing every problem (`line 4: score: ...`) and saves nothing.
    """
    rows = read_rows(decode(data), COLUMNS, REQUIRED)
    ids = _customer_ids(db)
    files: dict[int, ServiceFile] = {}
    lines: dict[tuple[int, int], int] = {}  # (customer id, feedback index) -> line
    problems: list[ImportProblem] = []
    for row in rows:
        name = row.cells.get("customer", "").strip()
        customer_id = ids.get(name.casefold())
        if customer_id is None:
            problems.append(
                ImportProblem("customer", m.NO_CUSTOMER_NAMED, {"value": name}, line=row.line)
            )
            continue
        file = files.get(customer_id) or files.setdefault(customer_id, load_file(db, customer_id))
        lines[(customer_id, len(file.feedback))] = row.line
        file.feedback.append(_feedback(row, problems))
    for customer_id, file in files.items():
        problems += _rule_problems(file, customer_id, lines)
    if problems:
        ordered: list[ImportProblem] = sorted(problems, key=_line)
        raise ImportFormatError(list(ordered))
    save_files(db, list(files.values()), author)
    return len(rows)


def _line(problem: ImportProblem) -> int:
    return problem.line or 0


def _customer_ids(db: Database) -> dict[str, int]:
    with db.session() as session:
        found = session.execute(select(t.Customer.name, t.Customer.id)).all()
    return {name.casefold(): customer_id for name, customer_id in found}


def _feedback(row: Row, problems: list[ImportProblem]) -> FeedbackData:
    """The row as feedback, as typed (the rules clean it); a bad flag is found here."""
    cells: dict[str, Any] = {}
    for column, raw in row.cells.items():
        if column == "customer":
            continue
        value = raw.strip()
        kind = _KINDS.get(column)
        if kind is Kind.CHOICE:
            cells[column] = value.lower() or None
        elif kind is Kind.FLAG:
            cells[column] = value.lower() in _TRUE
            if value.lower() not in _TRUE | _FALSE:
                problems.append(ImportProblem(column, m.MUST_BE_TRUE_OR_FALSE, line=row.line))
        else:
            cells[column] = value or (None if kind in (Kind.INTEGER, Kind.DATE) else "")
    cells["channel"] = cells.get("channel") or FeedbackChannel.SURVEY
    return FeedbackData(**cells)


def _rule_problems(
    file: ServiceFile, customer_id: int, lines: dict[tuple[int, int], int]
) -> list[ImportProblem]:
    try:
        clean_service_file(file)
    except ValidationError as exc:
        return [
            ImportProblem(
                p.field,
                p.message,
                dict(p.params),
                m.CTX,
                line=lines.get((customer_id, p.index if p.index is not None else -1)),
                existing=(customer_id, p.index) not in lines,
            )
            for p in exc.problems
        ]
    return []
