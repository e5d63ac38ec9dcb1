"""Use-case: the expectation-alignment summary of one customer, as a PDF.

Loads the service file, looks up how to reach the provider's people it names, and lays
the summary out in the customer's document language (or the one asked for). Nothing is
stored yet: issued and signed versions come with a later change.
"""

from __future__ import annotations

import datetime as dt

from accountdesk.documents.summary import SummaryOptions, SummaryPdf, build_summary
from accountdesk.domain.enums import Language
from accountdesk.domain.service_file import ServiceFile, StaffRef
from accountdesk.services.service_files import list_staff, load_file
from accountdesk.storage.database import Database


def render_summary(
    db: Database,
    customer_id: int,
    language: Language | str | None = None,
    persian_digits: bool = True,
    version_label: str | None = None,
    issued_on: dt.date | None = None,
) -> bytes:
    """The summary's PDF. `language` None: the customer's document language;
    `version_label` None: "Draft" in that language. Raises NotFoundError for an unknown
    customer, ValueError for a language other than he, fa or en."""
    return summary_pdf(db, customer_id, language, persian_digits, version_label, issued_on).data


def summary_pdf(
    db: Database,
    customer_id: int,
    language: Language | str | None = None,
    persian_digits: bool = True,
    version_label: str | None = None,
    issued_on: dt.date | None = None,
) -> SummaryPdf:
    """Like `render_summary`, with the page count, fingerprint and signature places."""
    if language is not None:
        language = _language(language)
    file = load_file(db, customer_id)
    return summary_of_file(db, file, language, persian_digits, version_label, issued_on)


def summary_of_file(
    db: Database,
    file: ServiceFile,
    language: Language | str | None = None,
    persian_digits: bool = True,
    version_label: str | None = None,
    issued_on: dt.date | None = None,
) -> SummaryPdf:
    """The summary of a file as it is in memory (a draft of unsaved edits, in the app)."""
    options = SummaryOptions(
        language=_language(language) if language is not None else None,
        persian_digits=persian_digits,
        version_label=version_label,
        issued_on=issued_on,
        staff=staff_directory(db, file),
    )
    return build_summary(file, options)


def staff_directory(db: Database, file: ServiceFile) -> dict[str, StaffRef]:
    """How to reach the provider's people the file names (supporters, escalation levels)."""
    named = {file.supporter, file.backup_supporter, file.account_manager}
    named.update(level.staff_name for path in file.escalation_paths for level in path.levels)
    return {
        row.name: StaffRef(row.name, row.role, row.email, row.phone)
        for row in list_staff(db)
        if row.name in named
    }


def _language(value: Language | str) -> Language:
    try:
        return Language(value)
    except ValueError:
        raise ValueError(f"unknown document language '{value}': use he, fa or en") from None
