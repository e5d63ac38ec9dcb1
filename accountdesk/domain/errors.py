"""Errors the services raise; each carries what a user needs to act on it.

Every error a user can meet is kept as a template (an English text of
accountdesk.domain.messages, a word of the catalogues in its context) and its values, so
the user interface says it in its own language; `str()` gives the English text for the
command line and logs.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from accountdesk.domain import messages as m


class AccountDeskError(Exception):
    """Base of every error the application reports to a person.

    `template` is an English template of accountdesk.domain.messages, translated in
    `context`, and `params` its values; `str()` is the English sentence.
    """

    context = "Error"

    def __init__(self, template: str = "", /, **params: object) -> None:
        self.template = template
        self.params: Mapping[str, object] = MappingProxyType(params)
        super().__init__(template.format(**params) if params else template)


@dataclass(frozen=True)
class FieldProblem:
    """One invalid field: which field, and why (an English template with parameters)."""

    field: str
    message: str
    # dataclasses.field: the name `field` is this class's first field.
    params: dict[str, object] = dataclasses.field(default_factory=dict)
    # Where in the service file: a section such as "systems" and the row's index in it.
    section: str = ""
    index: int | None = None

    def text(self) -> str:
        return self.message.format(**self.params)

    def where(self) -> str:
        """'systems[2].host' — for the command line and import reports."""
        prefix = (
            f"{self.section}[{self.index + 1}]." if self.section and self.index is not None else ""
        )
        return f"{prefix}{self.field}"


class ValidationError(AccountDeskError):
    """One or more fields are invalid; nothing was saved. Each problem has its template."""

    def __init__(self, problems: list[FieldProblem], entity: str = "") -> None:
        self.problems = problems
        self.entity = entity
        super().__init__()
        self.args = ("; ".join(f"{p.where()}: {p.text()}" for p in problems),)


class NotFoundError(AccountDeskError):
    """A customer or record the user named does not exist."""


class ConflictError(AccountDeskError):
    """Someone else saved the same customer first (optimistic concurrency)."""

    def __init__(self, entity: str, entity_id: int, template: str = m.CUSTOMER_CHANGED) -> None:
        self.entity = entity  # what was saved: "customer"
        self.entity_id = entity_id
        super().__init__(template, id=entity_id)


class MissingRevisionError(ConflictError):
    """A save of an existing record that does not say which revision it was read at.

    Saving it anyway could overwrite a newer save unseen, so it is refused as a conflict:
    whoever saves must read the record first and pass its revision along.
    """

    def __init__(self, entity: str, entity_id: int) -> None:
        super().__init__(entity, entity_id, m.CUSTOMER_NO_REVISION)


class DatabaseError(AccountDeskError):
    """The database file cannot be used: missing, not ours, corrupt, too new, read-only."""


class ServerDatabaseError(DatabaseError):
    """A team database on a server cannot be opened: out of reach, the login refused, the
    database missing or empty (its templates are words of the "Database" context)."""

    context = "Database"


class RefusedError(DatabaseError):
    """The database refused a change the user's role may not make (a team database's rights);
    nothing was saved. `what` is the word for what was refused (`domain.team.WHAT_WORDS`)."""

    context = "Rights"

    def __init__(self, template: str, what: str, role: str) -> None:
        self.what = what
        self.role = role  # the database role that was refused
        super().__init__(template, what=what)


class DamagedDatabaseError(DatabaseError):
    """The file failed its integrity check: nothing is written to it. `backup` is the
    newest good backup, the way back, when there is one."""

    def __init__(self, path: object, backup: object | None) -> None:
        self.path = path
        self.backup = backup
        if backup is None:
            super().__init__(m.DAMAGED_NO_BACKUP, path=str(path))
        else:
            super().__init__(m.DAMAGED, path=str(path), backup=str(backup))


class DatabaseLockedError(DatabaseError):
    """Another program (or another AccountDesk) holds the database's lock past our wait."""

    context = "Database"

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(m.DATABASE_LOCKED, path=path)


@dataclass(frozen=True)
class ImportProblem:
    """One problem of an import file, kept as a template and its values so the user
    interface can say it in its own language; `str()` is the English line.

    `place` is where in the file: a JSON path ("customers[0].systems[2].name", indices
    counted from 0 as in the document), a CSV column ("email"), or "" for the whole file.
    `line` is the CSV line it is on; `existing` marks a problem in the customer's file as
    it was before the import (its place is in the service file, not in the imported rows).
    `template` is an English text from accountdesk.domain.messages, translated in
    `context`: "ImportProblem", or "Validation" for the domain's FieldProblem templates
    (whose "field" parameter is the field's English label, translated in "Field").
    """

    place: str
    template: str
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)
    context: str = "ImportProblem"
    line: int | None = None
    existing: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))  # read-only, a copy

    def text(self) -> str:
        """The finding in English, without its place."""
        return self.template.format(
            **{key: english_value(value) for key, value in self.params.items()}
        )

    def where(self) -> str:
        """The place in English: "line 7: email", "customers[0].name"."""
        parts = []
        if self.existing:
            parts.append("the customer's file (not this import)")
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.place:
            parts.append(_one_based(self.place) if self.existing else self.place)
        return ": ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.text()}" if where else self.text()


def english_value(value: object) -> object:
    """A parameter as the English line shows it: a list of values as "a, b, c"."""
    if isinstance(value, Sequence) and not isinstance(value, str):
        return ", ".join(str(item) for item in value)
    return value


def _one_based(place: str) -> str:
    """The service file's rows numbered from 1, as FieldProblem.where() does."""
    return re.sub(r"\[(\d+)\]", lambda found: f"[{int(found[1]) + 1}]", place)


class ImportFormatError(AccountDeskError):
    """An import file is malformed; `problems` lists each bad line or path.

    Each problem is an ImportProblem (a plain string is accepted too); `lines` are their
    English texts, as the command line prints them.
    """

    def __init__(self, problems: Sequence[ImportProblem | str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.lines))

    @property
    def lines(self) -> list[str]:
        return [str(problem) for problem in self.problems]
