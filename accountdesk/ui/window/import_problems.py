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

from accountdesk.domain.errors import ImportProblem
from accountdesk.domain.messages import FIELD_LABELS
from accountdesk.domain.words import N_, Word
from accountdesk.ui.formatting import fmt, isolate, isolate_ltr
from accountdesk.ui.labels import field_label, list_separator, shown_phone_params, ui_words, word

CTX = "ImportProblem"
SEPARATOR = " › "
_STEP = re.compile(r"(?P<key>[^.\[\]]+)(?:\[(?P<index>\d+|…)\])?")

# A list in the document -> one of its items, numbered from 1.
_ITEMS = {
    "customers": N_("ImportProblem", "Customer {number}"),
    "staff": N_("ImportProblem", "Staff member {number}"),
    "systems": N_("ImportProblem", "System {number}"),
    "contacts": N_("ImportProblem", "Contact {number}"),
    "escalation_paths": N_("ImportProblem", "Escalation path {number}"),
    "levels": N_("ImportProblem", "Level {number}"),
    "expectations": N_("ImportProblem", "Expectation {number}"),
    "risks": N_("ImportProblem", "Risk {number}"),
    "meetings": N_("ImportProblem", "Meeting {number}"),
    "participants": N_("ImportProblem", "Participant {number}"),
    "action_items": N_("ImportProblem", "Action item {number}"),
    "reports": N_("ImportProblem", "Report {number}"),
    "results": N_("ImportProblem", "Result {number}"),
    "feedback": N_("ImportProblem", "Feedback {number}"),
    "days": N_("ImportProblem", "Day {number}"),
}
# Keys of the document that are not fields of the service file, by the word the screens
# name them with (a field's or a section's: translated once).
_KEYS: dict[str, Word] = {
    "window": Word("Section", N_("Section", "Service window")),
    "start": Word(CTX, N_("ImportProblem", "Start")),
    "end": Word(CTX, N_("ImportProblem", "End")),
    "days": Word(CTX, N_("ImportProblem", "Days")),
    "staff": Word("Field", N_("Field", "Staff member")),
    "staff_name": Word("Field", N_("Field", "Staff member")),
    "supporter": Word("Field", N_("Field", "Dedicated supporter")),
    "backup_supporter": Word("Field", N_("Field", "Backup supporter")),
    "account_manager": Word("Field", N_("Field", "Account manager")),
    "document": Word(CTX, N_("ImportProblem", "The document")),
    "owner": Word("Field", N_("Field", "Owner")),
    "contact": Word("Section", N_("Section", "Contact")),
    "expectation": Word("Section", N_("Section", "Expectation")),
    "realistic": Word("Field", N_("Field", "Realistic")),
    "improvement_plan": Word(CTX, N_("ImportProblem", "Improvement plan")),
    "met": Word(CTX, N_("ImportProblem", "Met")),
    "done": Word("Field", N_("Field", "Done")),
    "checklist": Word(CTX, N_("ImportProblem", "Checklist")),
    "boundaries": Word("Field", N_("Field", "Support boundaries")),
    "escalation": Word("Section", N_("Section", "Escalation")),
    "contacts": Word("Section", N_("Section", "Contacts")),
}
_LINE = N_("ImportProblem", "Line {number}")
_EXISTING = N_("ImportProblem", "The customer's file (not this import)")
# Parameters that name another place in the file.
_PLACE_PARAMS = {"other"}
# Parameters that are a time of day, written in the screen's digits.
_CLOCK_PARAMS = {"latest"}


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
    return ui_words().format(problem.context, template, **params)


def place_text(problem: ImportProblem) -> str:
    """Where the problem is, in the UI language ("" for the whole file)."""
    steps = []
    if problem.existing:
        steps.append(word(CTX, _EXISTING))
    if problem.line is not None:
        steps.append(word(CTX, _LINE).format(number=fmt().integer(problem.line)))
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
                name = word(CTX, _ITEMS[key]).format(number=number).strip()
            else:
                name = f"{name} {number}".strip()
        steps.append(name)
    return SEPARATOR.join(steps)


def key_text(key: str) -> str:
    """A field or key of the service file by its name on screen (also the History tab's)."""
    if key in _KEYS:
        return word(*_KEYS[key])
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
            shown[key] = word("Field", label)
        elif key in _PLACE_PARAMS and isinstance(value, str):
            shown[key] = path_text(value)
        elif key in _CLOCK_PARAMS and isinstance(value, str):
            shown[key] = isolate_ltr(fmt().digits(value))  # a time of day: "۲۴:۰۰"
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
