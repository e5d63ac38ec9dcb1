"""An import file's problems, in the UI language.

The importers report each problem as one English line, "customers[0].name: Name is
required". Here the place becomes "Customer 1 › Name" and the finding, when it is one of
the domain's validation messages or the JSON reader's usual ones, is translated; a line of
any other form is shown as it came.
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from accountdesk.domain import messages
from accountdesk.domain.messages import FIELD_LABELS
from accountdesk.ui.labels import field_label

CTX = "ImportProblem"
_LINE = re.compile(r"(?P<path>[a-z_]+(?:\[\d+\])?(?:\.[a-z_]+(?:\[(?:\d+|…)\])?)*): (?P<finding>.+)", re.DOTALL)
_STEP = re.compile(r"(?P<key>[a-z_]+)(?:\[(?P<index>\d+|…)\])?")

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
}
# Keys of the document that are not fields of the service file.
_KEYS = {
    "window": QT_TRANSLATE_NOOP("ImportProblem", "Service window"),
    "start": QT_TRANSLATE_NOOP("ImportProblem", "Start"),
    "end": QT_TRANSLATE_NOOP("ImportProblem", "End"),
    "days": QT_TRANSLATE_NOOP("ImportProblem", "Days"),
    "staff_name": QT_TRANSLATE_NOOP("ImportProblem", "Staff member"),
    "supporter": QT_TRANSLATE_NOOP("ImportProblem", "Dedicated supporter"),
    "backup_supporter": QT_TRANSLATE_NOOP("ImportProblem", "Backup supporter"),
    "account_manager": QT_TRANSLATE_NOOP("ImportProblem", "Account manager"),
    "document": QT_TRANSLATE_NOOP("ImportProblem", "The document"),
}
# What the JSON reader says of a value, word for word.
_FINDINGS = {
    "is required": QT_TRANSLATE_NOOP("ImportProblem", "is required"),
    "unknown field": QT_TRANSLATE_NOOP("ImportProblem", "unknown field"),
    "must be text": QT_TRANSLATE_NOOP("ImportProblem", "must be text"),
    "must be a list": QT_TRANSLATE_NOOP("ImportProblem", "must be a list"),
    "must be an object": QT_TRANSLATE_NOOP("ImportProblem", "must be an object"),
    "must be a number": QT_TRANSLATE_NOOP("ImportProblem", "must be a number"),
    "must be a whole number": QT_TRANSLATE_NOOP("ImportProblem", "must be a whole number"),
    "must be true or false": QT_TRANSLATE_NOOP("ImportProblem", "must be true or false"),
    "is too large": QT_TRANSLATE_NOOP("ImportProblem", "is too large"),
}


def problem_line(line: str) -> str:
    """One reported problem in the UI language, as far as its form is known."""
    match = _LINE.fullmatch(str(line))
    if match is None:
        return str(line)
    place = _place(match["path"])
    finding = _finding(match["finding"])
    if place is None or finding is None:
        return str(line)
    return QCoreApplication.translate(CTX, "{place}: {problem}").format(place=place, problem=finding)


def _place(path: str) -> str | None:
    steps = []
    for step in path.split("."):
        found = _STEP.fullmatch(step)
        key, index = found["key"], found["index"]
        if index is not None:
            if key not in _ITEMS:
                return None
            number = "" if index == "…" else str(int(index) + 1)
            steps.append(QCoreApplication.translate(CTX, _ITEMS[key]).format(number=number).strip())
        elif key in _KEYS:
            steps.append(QCoreApplication.translate(CTX, _KEYS[key]))
        elif key in FIELD_LABELS:
            steps.append(field_label(key))
        else:
            return None
    return " › ".join(steps)


def _finding(text: str) -> str | None:
    if text in _FINDINGS:
        return QCoreApplication.translate(CTX, _FINDINGS[text])
    for template, pattern in _templates():
        found = pattern.fullmatch(text)
        if found is not None:
            params = found.groupdict()
            params["field"] = field_label(_FIELD_BY_LABEL[params["field"]])
            translated = QCoreApplication.translate(messages.CTX, template)
            try:
                return translated.format(**params)
            except (KeyError, IndexError, ValueError):
                return None
    return None


_FIELD_BY_LABEL = {text: key for key, text in FIELD_LABELS.items()}


@functools.cache
def _templates() -> list[tuple[str, re.Pattern[str]]]:
    """Each validation template with a pattern that reads its English text back."""
    fields = "|".join(re.escape(label) for label in sorted(_FIELD_BY_LABEL, key=len, reverse=True))
    found = []
    for value in vars(messages).values():
        if not isinstance(value, str) or "{field}" not in value:
            continue
        pattern = ""
        for literal, name, _spec, _conv in _formatter().parse(value):
            pattern += re.escape(literal)
            if name == "field":
                pattern += f"(?P<field>{fields})"
            elif name:
                pattern += f"(?P<{name}>.+?)"
        found.append((value, re.compile(pattern, re.DOTALL)))
    return sorted(found, key=lambda item: len(item[0]), reverse=True)  # the longest first


def _formatter():
    import string

    return string.Formatter()
