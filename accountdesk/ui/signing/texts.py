"""How signing things read on screen: statuses, methods, changes, problems, errors.

Source texts are marked with QT_TRANSLATE_NOOP (context "Signing") so lupdate collects
them; they are translated at the moment of display.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from accountdesk.domain.enums import ExpectationStatus, Side, SignatureMethod, SummaryStatus
from accountdesk.services.signing.changes import Change, ChangeKind
from accountdesk.services.signing.errors import SigningError
from accountdesk.services.signing.verification import Problem, ProblemKind
from accountdesk.ui.formatting import fmt, isolate
from accountdesk.ui.labels import error_reason, label
from accountdesk.ui.tr_noop import QT_TRANSLATE_NOOP

CONTEXT = "Signing"

STATUS = {
    SummaryStatus.DRAFT: QT_TRANSLATE_NOOP("Signing", "Draft"),
    SummaryStatus.ISSUED: QT_TRANSLATE_NOOP("Signing", "Issued"),
    SummaryStatus.SIGNED: QT_TRANSLATE_NOOP("Signing", "Signed"),
    SummaryStatus.SUPERSEDED: QT_TRANSLATE_NOOP("Signing", "Superseded"),
}
METHOD = {
    SignatureMethod.PAPER: QT_TRANSLATE_NOOP("Signing", "on paper"),
    SignatureMethod.DRAWN: QT_TRANSLATE_NOOP("Signing", "drawn"),
    SignatureMethod.DIGITAL: QT_TRANSLATE_NOOP("Signing", "digital"),
}
CHANGE = {
    ChangeKind.EXPECTATION_ADDED: QT_TRANSLATE_NOOP("Signing", "Expectation added: {subject}"),
    ChangeKind.EXPECTATION_REMOVED: QT_TRANSLATE_NOOP("Signing", "Expectation removed: {subject}"),
    ChangeKind.EXPECTATION_REWORDED: QT_TRANSLATE_NOOP(
        "Signing", "Expectation reworded: was {before}, now {after}"
    ),
    ChangeKind.EXPECTATION_TARGET_CHANGED: QT_TRANSLATE_NOOP(
        "Signing", "Agreed target of {subject} changed: was {before}, now {after}"
    ),
    ChangeKind.EXPECTATION_STATUS_CHANGED: QT_TRANSLATE_NOOP(
        "Signing", "Status of {subject} changed: was {before}, now {after}"
    ),
    ChangeKind.ESCALATION_LEVEL_ADDED: QT_TRANSLATE_NOOP(
        "Signing", "Escalation ({path}): level {level} added: {after}"
    ),
    ChangeKind.ESCALATION_LEVEL_REMOVED: QT_TRANSLATE_NOOP(
        "Signing", "Escalation ({path}): level {level} removed: {before}"
    ),
    ChangeKind.ESCALATION_LEVEL_MOVED: QT_TRANSLATE_NOOP(
        "Signing", "Escalation ({path}): level {level} moved: was {before}, now {after}"
    ),
    ChangeKind.SYSTEM_ADDED: QT_TRANSLATE_NOOP("Signing", "System added: {subject}"),
    ChangeKind.SYSTEM_REMOVED: QT_TRANSLATE_NOOP("Signing", "System removed: {subject}"),
}
LEVEL = QT_TRANSLATE_NOOP("Signing", "{who}, after {minutes} min")
# The service's English templates, written out so lupdate collects them (a test checks
# they stay the same words as PROBLEM_TEXTS).
PROBLEM = {
    ProblemKind.SNAPSHOT_CHANGED: QT_TRANSLATE_NOOP(
        "Signing", "the stored service-file snapshot no longer matches its hash"
    ),
    ProblemKind.PDF_CHANGED: QT_TRANSLATE_NOOP(
        "Signing", "the stored issued PDF no longer matches its hash"
    ),
    ProblemKind.SIGNED_PDF_CHANGED: QT_TRANSLATE_NOOP(
        "Signing", "the stored signed PDF no longer matches its hash"
    ),
    ProblemKind.SIGNED_PDF_NOT_FROM_ISSUED: QT_TRANSLATE_NOOP(
        "Signing", "the signed PDF does not begin with the issued PDF"
    ),
    ProblemKind.SIGNATURE_STATE_CHANGED: QT_TRANSLATE_NOOP(
        "Signing", "the document after {subject}'s signature no longer matches its hash"
    ),
    ProblemKind.SCAN_CHANGED: QT_TRANSLATE_NOOP(
        "Signing", "the scan of {subject}'s signature no longer matches its hash"
    ),
    ProblemKind.SIGNATURE_INVALID: QT_TRANSLATE_NOOP(
        "Signing", "the digital signature of {subject} is not valid: {detail}"
    ),
    ProblemKind.SIGNATURE_MISSING: QT_TRANSLATE_NOOP(
        "Signing",
        "the database records a digital signature by {subject}; the PDF does not carry it",
    ),
    ProblemKind.DRAWN_SIGNATURE_MISSING: QT_TRANSLATE_NOOP(
        "Signing", "the database records a signature drawn by {subject}; the PDF does not carry it"
    ),
    ProblemKind.PAPER_SIGNATURE_NOT_IN_PDF: QT_TRANSLATE_NOOP(
        "Signing",
        "the database records a signature by {subject} on paper; the PDF does not carry it",
    ),
    ProblemKind.SIGNATURE_NOT_RECORDED: QT_TRANSLATE_NOOP(
        "Signing",
        "the PDF carries a digital signature by {subject} that the database does not record",
    ),
    ProblemKind.UNREADABLE: QT_TRANSLATE_NOOP("Signing", "the PDF cannot be read: {detail}"),
}


def status_text(status: SummaryStatus) -> str:
    return QCoreApplication.translate(CONTEXT, STATUS[status])


def method_text(method: SignatureMethod) -> str:
    return QCoreApplication.translate(CONTEXT, METHOD[method])


def side_text(side: Side) -> str:
    return label(side)


def change_text(change: Change) -> str:
    before, after = change.before, change.after
    if change.kind.name.startswith("ESCALATION"):
        before, after = _level(before, change.minutes_before), _level(after, change.minutes_after)
    elif change.kind == ChangeKind.EXPECTATION_STATUS_CHANGED:
        before, after = _status(before), _status(after)
    else:
        before, after = _quoted(before), _quoted(after)
    path = ", ".join(label(v) for v in (change.severity, change.side) if v is not None)
    template = QCoreApplication.translate(CONTEXT, CHANGE[change.kind])
    return template.format(
        subject=_quoted(change.subject), before=before, after=after, path=path, level=change.level
    )


def _quoted(text: str) -> str:
    return f"“{isolate(text)}”" if text else ""


def _level(who: str, minutes: int | None) -> str:
    if minutes is None:
        return ""
    return QCoreApplication.translate(CONTEXT, LEVEL).format(
        who=isolate(who), minutes=fmt().integer(minutes)
    )


def _status(value: str) -> str:
    try:
        return label(ExpectationStatus(value))
    except ValueError:
        return value


def problem_text(problem: Problem) -> str:
    template = QCoreApplication.translate(CONTEXT, PROBLEM[ProblemKind(problem.kind)])
    return template.format(subject=isolate(problem.subject), detail=problem.detail)


def error_text(error: Exception) -> str:
    """A failure from the services, in the UI language where we know its words."""
    if isinstance(error, SigningError):
        try:
            return QCoreApplication.translate(CONTEXT, error.message).format(**error.params)
        except (KeyError, IndexError, ValueError):
            return str(error)
    return error_reason(error)


# Messages SigningError carries, for lupdate (translated through error_text).
_ERRORS = (
    QT_TRANSLATE_NOOP("Signing", "no signature to record"),
    QT_TRANSLATE_NOOP("Signing", "the name of the {side} signatory is missing"),
    QT_TRANSLATE_NOOP("Signing", "the scan {name} is larger than 25 MB"),
    QT_TRANSLATE_NOOP("Signing", "the scan {name} is not a PDF or an image (PNG, JPEG, TIFF, GIF)"),
    QT_TRANSLATE_NOOP("Signing", "the signature pad is empty: draw the signature first"),
    QT_TRANSLATE_NOOP(
        "Signing",
        "a drawn signature cannot be added after a digital one: it would break the digital signature",
    ),
    QT_TRANSLATE_NOOP(
        "Signing", "the certificate file cannot be opened: wrong passphrase, or not a PKCS#12 file"
    ),
    QT_TRANSLATE_NOOP(
        "Signing", "version {number} is {status}: only an issued version can be signed"
    ),
    QT_TRANSLATE_NOOP("Signing", "the {side} side has already signed version {number}"),
    QT_TRANSLATE_NOOP("Signing", "version {number} has no signature block for the {side} side"),
    QT_TRANSLATE_NOOP("Signing", "signing rewrote the document instead of adding to it"),
    QT_TRANSLATE_NOOP("Signing", "unknown document language '{language}': use he, fa or en"),
)
