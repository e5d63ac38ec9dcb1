"""Errors the services raise; each carries what a user needs to act on it.

Messages are kept as (template, params) so the user interface can translate them into
its own language; `str()` gives the English text for the command line and logs.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class AccountDeskError(Exception):
    """Base of every error the application reports to a person."""


@dataclass(frozen=True)
class FieldProblem:
    """One invalid field: which field, and why (an English template with parameters)."""

    field: str
    message: str
    params: dict[str, object] = field(default_factory=dict)
    # Where in the service file: a section such as "systems" and the row's index in it.
    section: str = ""
    index: int | None = None

    def text(self) -> str:
        return self.message.format(**self.params)

    def where(self) -> str:
        """'systems[2].host' — for the command line and import reports."""
        prefix = f"{self.section}[{self.index + 1}]." if self.section and self.index is not None else ""
        return f"{prefix}{self.field}"


class ValidationError(AccountDeskError):
    """One or more fields are invalid; nothing was saved."""

    def __init__(self, problems: list[FieldProblem], entity: str = "") -> None:
        self.problems = problems
        self.entity = entity
        super().__init__("; ".join(f"{p.where()}: {p.text()}" for p in problems))

    def for_field(self, name: str) -> list[FieldProblem]:
        return [p for p in self.problems if p.field == name]


class NotFoundError(AccountDeskError):
    """A customer or record the user named does not exist."""


class ConflictError(AccountDeskError):
    """Someone else saved the same record first (optimistic concurrency)."""

    def __init__(self, entity: str, entity_id: int) -> None:
        self.entity = entity
        self.entity_id = entity_id
        super().__init__(
            f"{entity} {entity_id} was changed by another window or user since you opened it"
        )


class DuplicateError(AccountDeskError):
    """A name that must be unique is taken."""

    def __init__(self, field_name: str, value: str) -> None:
        self.field = field_name
        self.value = value
        super().__init__(f"{field_name}: '{value}' already exists")


class DatabaseError(AccountDeskError):
    """The database file cannot be used: missing, not ours, corrupt, too new, read-only."""


class ImportFormatError(AccountDeskError):
    """An import file is malformed; `problems` lists each bad line or path."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))
