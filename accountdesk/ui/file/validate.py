"""Checking one edited row against the same rules the service applies when saving.

An editor dialog asks before it closes, so the user fixes a problem next to its field while
the dialog is still open; Save checks the whole file again in the service.
"""

from __future__ import annotations

import copy
from typing import Any

from accountdesk.domain.errors import FieldProblem, ValidationError
from accountdesk.domain.rules import clean_service_file
from accountdesk.domain.service_file import ServiceFile


def file_problems(file: ServiceFile) -> list[FieldProblem]:
    try:
        clean_service_file(file)
    except ValidationError as error:
        return list(error.problems)
    return []


def row_problems(
    file: ServiceFile, section: str, index: int | None, record: Any
) -> list[FieldProblem]:
    """The problems of `record` placed at `index` of `section` (None: appended)."""
    candidate = copy.deepcopy(file)
    rows = getattr(candidate, section)
    if index is None or index >= len(rows):
        index = len(rows)
        rows.append(record)
    else:
        rows[index] = record
    return [p for p in file_problems(candidate) if p.section == section and p.index == index]
