"""An import file's problems, in the UI language.

The importers report each problem as an ImportProblem: where (a JSON path such as
"customers[0].systems[2].name", or a CSV line and column) and what (an English template
from accountdesk.domain.messages with its values). Here the place becomes "Customer 1 ›
System 3 › Name" or "Line 7 › E-mail", the template is translated in its context and
filled with the values, numbers in the UI's digits. A plain string (nothing reports one
now) is shown as it came.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from accountdesk.domain.errors import ImportProblem
from accountdesk.domain.messages import FIELD_LABELS
from accountdesk.ui.formatting import fmt, isolate, isolate_ltr
from accountdesk.ui.labels import field_label, list_separator, shown_phone_params
from accountdesk.ui.tr_noop import QT_TRANSLATE_NOOP

CTX = "ImportProblem"
SEPARATOR = " › "
_STEP = re.compile(r"(?P<key>[^.\[\]]+)(?:\[(?P<index>\d+|…)\])?")

# A list in the document -> one of its items, numbered from 1.
_ITEMS = {
    "customers": QT_TRANSLATE_NOOP("ImportProblem", "Customer {number}"),
    "staff": QT_TRANSLATE_NOOP("ImportProblem", "Staff member {number}"),
    "systems": QT_TRANSLATE_NOOP("ImportProblem", "System {number}"),
    "contacts": QT_TRANSLATE_NOOP("ImportProblem", "Contact {number}"),
    "escalation_paths": QT_TRANSLATE_NOOP("ImportProblem", "Escalation path {number}"),
    "levels": QT_TRANSLATE_NOOP("ImportProblem", "Level {number}"),
    "expectations": QT_TRANSLATE_NOOP("ImportProblem", "Expectation {number}"),
    "risks": QT_TRANSLATE_NOOP("ImportProblem", "Risk {number}"),
    "meetings": QT_TRANSLATE_NOOP("ImportProblem", "Meeting {number}"),
    "participants": QT_TRANSLATE_NOOP("ImportProblem", "Participant {number}"),
    "action_items": QT_TRANSLATE_NOOP("ImportProblem", "Action item {number}"),
    "reports": QT_TRANSLATE_NOOP("ImportProblem", "Report {number}"),
    "results": QT_TRANSLATE_NOOP("ImportProblem", "Result {number}"),
    "feedback": QT_TRANSLATE_NOOP("ImportProblem", "Feedback {number}"),
    "days": QT_TRANSLATE_NOOP("ImportProblem", "Day {number}"),
}
# Keys of the document that are not fields of the service file.
_KEYS = {
    "window": QT_TRANSLATE_NOOP("ImportProblem", "Service window"),
    "start": QT_TRANSLATE_NOOP("ImportProblem", "Start"),
    "end": QT_TRANSLATE_NOOP("ImportProblem", "End"),
    "days": QT_TRANSLATE_NOOP("ImportProblem", "Days"),
    "staff": QT_TRANSLATE_NOOP("ImportProblem", "Staff member"),
    "staff_name": QT_TRANSLATE_NOOP("ImportProblem", "Staff member"),
    "supporter": QT_TRANSLATE_NOOP("ImportProblem", "Dedicated supporter"),
    "backup_supporter": QT_TRANSLATE_NOOP("ImportProblem", "Backup supporter"),
    "account_manager": QT_TRANSLATE_NOOP("ImportProblem", "Account manager"),
    "document": QT_TRANSLATE_NOOP("ImportProblem", "The document"),
    "owner": QT_TRANSLATE_NOOP("ImportProblem", "Owner"),
    "contact": QT_TRANSLATE_NOOP("ImportProblem", "Contact"),
    "expectation": QT_TRANSLATE_NOOP("ImportProblem", "Expectation"),
    "realistic": QT_TRANSLATE_NOOP("ImportProblem", "Realistic"),
    "improvement_plan": QT_TRANSLATE_NOOP("ImportProblem", "Improvement plan"),
    "met": QT_TRANSLATE_NOOP("ImportProblem", "Met"),
    "done": QT_TRANSLATE_NOOP("ImportProblem", "Done"),
    "follow_up_done": QT_TRANSLATE_NOOP("ImportProblem", "Follow-up done"),
    "checklist": QT_TRANSLATE_NOOP("ImportProblem", "Checklist"),
    "boundaries": QT_TRANSLATE_NOOP("ImportProblem", "Support boundaries"),
    "escalation": QT_TRANSLATE_NOOP("ImportProblem", "Escalation"),
    "contacts": QT_TRANSLATE_NOOP("ImportProblem", "Contacts"),
}
_LINE = QT_TRANSLATE_NOOP("ImportProblem", "Line {number}")
_EXISTING = QT_TRANSLATE_NOOP("ImportProblem", "The customer's file (not this import)")
# Parameters that name another place in the file.
_PLACE_PARAMS = {"other"}


def problem_line(problem: ImportProblem | str) -> str:
    """One reported problem in the UI language."""
    if not isinstance(problem, ImportProblem):
        return str(problem)
    finding = problem_text(problem)
    place = place_text(problem)
    if not place:
        return finding
    return f"{place}: {finding}"


def problem_text(problem: ImportProblem) -> str:
    """What is wrong, without the place, in the UI language."""
    template = problem.template
    params = _shown_params(problem.params)
    try:
        return QCoreApplication.translate(problem.context, template).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return template.format(**params)


def place_text(problem: ImportProblem) -> str:
    """Where the problem is, in the UI language ("" for the whole file)."""
    steps = []
    if problem.existing:
        steps.append(QCoreApplication.translate(CTX, _EXISTING))
    if problem.line is not None:
        steps.append(
            QCoreApplication.translate(CTX, _LINE).format(number=fmt().integer(problem.line))
        )
    if problem.place:
        steps.append(path_text(problem.place))
    return SEPARATOR.join(steps)


def path_text(path: str) -> str:
    """A path in the document ("customers[0].window.days[1]") as steps a person reads."""
    steps = []
    for step in path.split("."):
        found = _STEP.fullmatch(step)
        if found is None:
            steps.append(isolate_ltr(step))
            continue
        key, index = found["key"], found["index"]
        name = key_text(key)
        if index is not None:
            number = "" if index == "…" else fmt().integer(int(index) + 1)
            if key in _ITEMS:
                name = QCoreApplication.translate(CTX, _ITEMS[key]).format(number=number).strip()
            else:
                name = f"{name} {number}".strip()
        steps.append(name)
    return SEPARATOR.join(steps)


def key_text(key: str) -> str:
    """A field or key of the service file by its name on screen (also the History tab's)."""
    if key in _KEYS:
        return QCoreApplication.translate(CTX, _KEYS[key])
    if key in FIELD_LABELS:
        return field_label(key)
    return isolate_ltr(key)  # a key the document has and the format does not: as written


def _shown_params(params: Mapping[str, object]) -> dict[str, object]:
    shown: dict[str, object] = {}
    phone = shown_phone_params(dict(params))
    for key, value in params.items():
        if key in ("country", "national", "international") and isinstance(value, str):
            shown[key] = phone[key]
        elif key == "field" and isinstance(value, str):
            label = value  # the field's English label, marked for translation in "Field"
            shown[key] = QCoreApplication.translate("Field", label)
        elif key in _PLACE_PARAMS and isinstance(value, str):
            shown[key] = path_text(value)
        else:
            shown[key] = _shown_value(value)
    return shown


def _shown_value(value: object) -> str:
    if isinstance(value, bool):
        return isolate_ltr(str(value).lower())
    if isinstance(value, int):
        return fmt().integer(value)
    if isinstance(value, float):
        return fmt().number(value)
    if isinstance(value, Sequence) and not isinstance(value, str):
        # Values and column names the file may hold: written as the file needs them.
        return list_separator().join(isolate_ltr(str(item)) for item in value)
    return isolate(str(value))
