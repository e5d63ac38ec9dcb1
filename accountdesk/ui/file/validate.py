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
from accountdesk.ui.file.session import RECORD_LISTS

# What the rules of a list read from the other lists: an escalation level may name a
# contact, a report's results name expectations by position.
_NEEDS = {"escalation_paths": ("contacts",), "reports": ("expectations",)}


def file_problems(file: ServiceFile) -> list[FieldProblem]:
    try:
        clean_service_file(file)
    except ValidationError as error:
        return list(error.problems)
    return []


def row_problems(
    file: ServiceFile, section: str, index: int | None, record: Any
) -> list[FieldProblem]:
    """The problems of `record` placed at `index` of `section` (None: appended).

    Checked in a file holding the customer's own values and that one list (and what its
    rules read), so a keystroke in a dialog does not check, or copy, the whole file."""
    rows = list(getattr(file, section))
    if index is None or index >= len(rows):
        index = len(rows)
        rows.append(record)
    else:
        rows[index] = record
    kept = {section, *_NEEDS.get(section, ())}
    candidate = copy.copy(file)  # the customer's own values are shared, not copied
    for name in RECORD_LISTS:
        if name not in kept:
            setattr(candidate, name, [])
    setattr(candidate, section, rows)
    return [p for p in file_problems(candidate) if p.section == section and p.index == index]
