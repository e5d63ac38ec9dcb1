"""Use-case: the expectation-alignment summary of one customer, as a PDF.

Loads the service file, looks up how to reach the provider's people it names, and lays
the summary out in the customer's document language (or the one asked for). Nothing is
stored here: issuing a version and recording its signatures is `services.signing`.

The ORM (through `service_files` and `Database`) is imported only where it is used:
`summary_pdf_at`, for a command, usually reads without it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from accountdesk.documents.summary import SummaryOptions, SummaryPdf, build_summary
from accountdesk.domain.enums import Language, StaffRole
from accountdesk.domain.languages import CODES
from accountdesk.domain.service_file import ServiceFile, StaffRef
from accountdesk.storage import read_only
from accountdesk.storage.plain_reader import NotServed

if TYPE_CHECKING:
    from accountdesk.storage.database import Database


class _Staff(Protocol):
    """A staff member as the service layer or the read-only reader gives it (read-only)."""

    @property
    def name(self) -> str: ...
    @property
    def role(self) -> StaffRole: ...
    @property
    def email(self) -> str: ...
    @property
    def phone(self) -> str: ...


def summary_pdf(
    db: Database,
    customer_id: int,
    language: Language | str | None = None,
    native_digits: bool = True,
    version_label: str | None = None,
    issued_on: dt.date | None = None,
) -> SummaryPdf:
    """The summary's PDF, with its page count, fingerprint and signature places.
    `language` None: the customer's document language; `version_label` None: "Draft" in
    that language. Raises NotFoundError for an unknown customer, ValueError for a
    language the registry does not list."""
    from accountdesk.services.service_files import load_file

    if language is not None:
        language = _language(language)
    file = load_file(db, customer_id)
    return summary_of_file(db, file, language, native_digits, version_label, issued_on)


def summary_pdf_at(
    path: Path | str,
    customer: str,
    language: Language | str | None = None,
    native_digits: bool = True,
) -> SummaryPdf:
    """The summary of the customer with this id or exact name, in the database at `path`.

    For a command, which starts cold: the file is read straight from SQLite when it can be
    (see `storage.read_only`), else opened as `Database`, which migrates or explains. The
    same PDF, and the same errors, either way.
    """
    if language is not None:
        language = _language(language)
    try:
        stored = read_only.read_service_file(path, customer)
    except NotServed:
        return _summary_pdf_opening(Path(path), customer, language, native_digits)
    options = SummaryOptions(
        language=language,
        native_digits=native_digits,
        staff=_staff_refs(stored.staff, stored.file),
    )
    return build_summary(stored.file, options)


def _summary_pdf_opening(
    path: Path, customer: str, language: Language | None, native_digits: bool
) -> SummaryPdf:
    from accountdesk.services.service_files import find_customer_id
    from accountdesk.storage.database import Database

    db = Database(path, create=False)
    try:
        return summary_pdf(db, find_customer_id(db, customer), language, native_digits)
    finally:
        db.close()


def summary_of_file(
    db: Database,
    file: ServiceFile,
    language: Language | str | None = None,
    native_digits: bool = True,
    version_label: str | None = None,
    issued_on: dt.date | None = None,
) -> SummaryPdf:
    """The summary of a file as it is in memory (a draft of unsaved edits, in the app)."""
    options = SummaryOptions(
        language=_language(language) if language is not None else None,
        native_digits=native_digits,
        version_label=version_label,
        issued_on=issued_on,
        staff=staff_directory(db, file),
    )
    return build_summary(file, options)


def staff_directory(db: Database, file: ServiceFile) -> dict[str, StaffRef]:
    """How to reach the provider's people the file names (supporters, escalation levels)."""
    from accountdesk.services.service_files import list_staff

    return _staff_refs(list_staff(db), file)


def _staff_refs(staff: Iterable[_Staff], file: ServiceFile) -> dict[str, StaffRef]:
    named = {file.supporter, file.backup_supporter, file.account_manager}
    named.update(level.staff_name for path in file.escalation_paths for level in path.levels)
    return {
        row.name: StaffRef(row.name, row.role, row.email, row.phone)
        for row in staff
        if row.name in named
    }


def _language(value: Language | str) -> Language:
    try:
        return Language(value)
    except ValueError:
        choices = f"{', '.join(CODES[:-1])} or {CODES[-1]}"
        raise ValueError(f"unknown document language '{value}': use {choices}") from None
