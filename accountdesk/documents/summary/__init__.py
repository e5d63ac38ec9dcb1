"""The written expectation-alignment summary, as a PDF in the customer's language.

    from accountdesk.documents.summary import SummaryOptions, build_summary
    summary = build_summary(service_file, SummaryOptions(language="fa", native_digits=True))
    summary.data                            # the PDF
    summary.signature_boxes                 # where each side signs (page, rectangles)

Hebrew and Persian summaries are set right to left; the layout is in `render`, the words
in `catalogue`, what the document says in `content`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from accountdesk.documents.summary.options import (
    Signatory,
    SignatureBox,
    SummaryOptions,
    SummaryPdf,
)
from accountdesk.domain.enums import Language
from accountdesk.domain.languages import CODES
from accountdesk.domain.service_file import ServiceFile

if TYPE_CHECKING:
    from accountdesk.documents.summary.content import SummaryContent

__all__ = [
    "Signatory",
    "SignatureBox",
    "SummaryOptions",
    "SummaryPdf",
    "build_summary",
    "document_language",
    "render_content",
    "summary_choices",
    "summary_fingerprint",
]


def document_language(file: ServiceFile, options: SummaryOptions) -> Language:
    """The language chosen in the options, else the customer's document language."""
    if options.language is None:
        return Language(file.document_language)
    try:
        return Language(options.language)
    except ValueError:
        raise ValueError(
            f"unknown document language {options.language!r}; use one of {', '.join(CODES)}"
        ) from None


def summary_fingerprint(
    file: ServiceFile, options: SummaryOptions, today: dt.date | None = None
) -> str:
    """The content ID printed on every page (the same in every language)."""
    from accountdesk.documents.summary.content import SummaryContent
    from accountdesk.documents.summary.fingerprint import fingerprint

    content = SummaryContent(file, options, Language.ENGLISH, "", today or dt.date.today())
    return fingerprint(file, summary_choices(content))


def build_summary(
    file: ServiceFile, options: SummaryOptions = SummaryOptions(), today: dt.date | None = None
) -> SummaryPdf:
    """Lay out the summary of `file` and return the PDF with where each side signs."""
    from accountdesk.documents.summary.content import SummaryContent

    language = document_language(file, options)
    return render_content(SummaryContent(file, options, language, "", today or dt.date.today()))


def render_content(
    content: SummaryContent, extra_choices: dict[str, object] | None = None
) -> SummaryPdf:
    """Fingerprint and lay out a prepared `content.SummaryContent` (or a subclass that adds
    sections); `extra_choices` is what such a subclass adds to the fingerprinted content."""
    from accountdesk.documents.summary.fingerprint import fingerprint
    from accountdesk.documents.summary.render import fewer_collections, render

    with fewer_collections():
        choices = {**summary_choices(content), **(extra_choices or {})}
        content.fingerprint = fingerprint(content.file, choices)
        data, pages, boxes = render(content.document())
    return SummaryPdf(data, pages, content.fingerprint, content.language, tuple(boxes))


def summary_choices(content: SummaryContent) -> dict[str, object]:
    """What the summary adds to the file: version, date, participants, signatories."""
    options = content.options
    return {
        "version": options.version_label or "",
        "issued_on": content.issued_on,
        "participants": content.participants,
        "signatories": list(content.signatories),
        "provider": options.provider_name,
        "staff": {
            name: options.staff[name]
            for name in sorted(_staff_shown(content.file))
            if name in options.staff
        },
        "reporting": options.reporting_note,
    }


_summary_choices = summary_choices  # the name documents.signatures first used


def _staff_shown(file: ServiceFile) -> set[str]:
    names = {file.supporter, file.backup_supporter, file.account_manager}
    names.update(level.staff_name for path in file.escalation_paths for level in path.levels)
    return {name for name in names if name}
