"""How the service file's words read on screen, in the UI language.

The words (enum and field labels, validation and error messages) come from the word
catalogue of the UI language (accountdesk.i18n.words), the same the PDF reads; each is
looked up at the moment of display, so a language switch shows at once.
"""

from __future__ import annotations

from enum import StrEnum

from accountdesk.domain.errors import (
    AccountDeskError,
    FieldProblem,
    RefusedError,
    ValidationError,
)
from accountdesk.domain.labels import DAYS, enum_context, enum_label, enum_numbers
from accountdesk.domain.messages import FIELD_LABELS
from accountdesk.i18n.words import Words, words


def ui_words() -> Words:
    """The word catalogue of the UI language."""
    from accountdesk.ui.language import current_language

    return words(current_language())


def word(context: str, english: str) -> str:
    """A word of the catalogue in the UI language."""
    return ui_words().text(context, english)


def label(value: StrEnum | None) -> str:
    """The translated name of an enumeration value ('' for None)."""
    if value is None:
        return ""
    from accountdesk.ui.formatting import fmt

    numbers = {key: fmt().integer(n) for key, n in enum_numbers(value).items()}
    return ui_words().format(enum_context(value), enum_label(value), **numbers)


def day_label(weekday: int) -> str:
    """A day of the week (Monday is 0, as in datetime.weekday())."""
    return word("Enum", DAYS[weekday])


def field_label(field: str) -> str:
    """A field's name as the validation messages use it, translated."""
    text = FIELD_LABELS.get(field)
    return word("Field", text) if text else field


def shown_phone_params(params: dict[str, object]) -> dict[str, object]:
    """A phone problem's country named in the UI language, its example numbers each one
    left-to-right unit (they sit inside a right-to-left sentence in Hebrew and Persian)."""
    from accountdesk.i18n.countries import country_name
    from accountdesk.ui.formatting import isolate_ltr
    from accountdesk.ui.language import current_language

    shown = dict(params)
    if isinstance(shown.get("country"), str):
        shown["country"] = country_name(str(shown["country"]), current_language())
    for key in ("national", "international"):
        if isinstance(shown.get(key), str):
            shown[key] = isolate_ltr(str(shown[key]))
    return shown


def problem_text(problem: FieldProblem) -> str:
    """A validation problem in the UI language."""
    params = shown_phone_params(dict(problem.params))
    params["field"] = field_label(problem.field)
    return ui_words().format("Validation", problem.message, **params)


def error_reason(error: BaseException) -> str:
    """Why something failed, for a message: a validation error's problems, and any error
    that carries a template (accountdesk.domain.errors.AccountDeskError), in the UI
    language; any other error's own words."""
    if isinstance(error, ValidationError):
        return "; ".join(problem_text(problem) for problem in error.problems)
    if isinstance(error, AccountDeskError) and error.template:
        params = {key: _shown_value(key, value) for key, value in error.params.items()}
        if isinstance(error, RefusedError):  # what was refused is a word, in the UI's language
            params["what"] = word("Rights", error.what)
        return ui_words().format(error.context, error.template, **params)
    return str(error)


# Values of error templates that are file names or codes: one left-to-right unit.
_LEFT_TO_RIGHT = frozenset({"path", "backup", "folder", "target", "language", "choices"})


def _shown_value(key: str, value: object) -> str:
    """A value of an error template as the sentence shows it: a number in the UI's digits,
    a file name left to right, a name in its own direction; each one unit."""
    from accountdesk.ui.formatting import fmt, isolate, isolate_ltr

    if isinstance(value, int) and not isinstance(value, bool):
        return fmt().integer(value)
    if key in _LEFT_TO_RIGHT:
        return isolate_ltr(str(value))
    return isolate(str(value))


def list_separator() -> str:
    """The language's list comma (", " / "، "); one word, kept with the timeline's."""
    return word("Timeline", ", ")
