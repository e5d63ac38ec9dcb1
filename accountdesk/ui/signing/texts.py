"""How signing things read on screen: statuses, methods, changes, problems, errors.

The words are marked `N_("Signature", ...)` (the changes since a signed version
`N_("Changes", ...)`, the words the PDF prints too) for the word catalogues and are
translated at the moment of display.
"""

from __future__ import annotations

from accountdesk.domain.enums import ExpectationStatus, Side, SignatureMethod, SummaryStatus
from accountdesk.domain.messages import QUOTED
from accountdesk.domain.words import N_
from accountdesk.services.signing.changes import Change, ChangeKind
from accountdesk.services.signing.verification import Problem, ProblemKind
from accountdesk.ui.formatting import fmt, isolate
from accountdesk.ui.labels import error_reason, label, ui_words, word

CONTEXT = "Signature"

STATUS = {
    SummaryStatus.DRAFT: N_("Signature", "Draft"),
    SummaryStatus.ISSUED: N_("Signature", "Issued"),
    SummaryStatus.SIGNED: N_("Signature", "Signed"),
    SummaryStatus.SUPERSEDED: N_("Signature", "Superseded"),
}
METHOD = {
    SignatureMethod.PAPER: N_("Signature", "on paper"),
    SignatureMethod.DRAWN: N_("Signature", "drawn"),
    SignatureMethod.DIGITAL: N_("Signature", "digital"),
}
CHANGE = {
    ChangeKind.EXPECTATION_ADDED: N_("Changes", "Expectation added: {subject}"),
    ChangeKind.EXPECTATION_REMOVED: N_("Changes", "Expectation removed: {subject}"),
    ChangeKind.EXPECTATION_REWORDED: N_(
        "Changes", "Expectation reworded: was {before}, now {after}"
    ),
    ChangeKind.EXPECTATION_TARGET_CHANGED: N_(
        "Changes", "Agreed target of {subject} changed: was {before}, now {after}"
    ),
    ChangeKind.EXPECTATION_STATUS_CHANGED: N_(
        "Changes", "Status of {subject} changed: was {before}, now {after}"
    ),
    ChangeKind.ESCALATION_LEVEL_ADDED: N_(
        "Changes", "Escalation ({path}): level {level} added: {after}"
    ),
    ChangeKind.ESCALATION_LEVEL_REMOVED: N_(
        "Changes", "Escalation ({path}): level {level} removed: {before}"
    ),
    ChangeKind.ESCALATION_LEVEL_MOVED: N_(
        "Changes", "Escalation ({path}): level {level} moved: was {before}, now {after}"
    ),
    ChangeKind.SYSTEM_ADDED: N_("Changes", "System added: {subject}"),
    ChangeKind.SYSTEM_REMOVED: N_("Changes", "System removed: {subject}"),
}
LEVEL = N_("Signature", "{who}, after {minutes} min")
# The service's English templates, written out so lupdate collects them (a test checks
# they stay the same words as PROBLEM_TEXTS).
PROBLEM = {
    ProblemKind.SNAPSHOT_CHANGED: N_(
        "Signature", "the stored service-file snapshot no longer matches its hash"
    ),
    ProblemKind.PDF_CHANGED: N_("Signature", "the stored issued PDF no longer matches its hash"),
    ProblemKind.SIGNED_PDF_CHANGED: N_(
        "Signature", "the stored signed PDF no longer matches its hash"
    ),
    ProblemKind.SIGNED_PDF_NOT_FROM_ISSUED: N_(
        "Signature", "the signed PDF does not begin with the issued PDF"
    ),
    ProblemKind.SIGNATURE_STATE_CHANGED: N_(
        "Signature", "the document after {subject}'s signature no longer matches its hash"
    ),
    ProblemKind.SCAN_CHANGED: N_(
        "Signature", "the scan of {subject}'s signature no longer matches its hash"
    ),
    ProblemKind.SIGNATURE_INVALID: N_(
        "Signature", "the digital signature of {subject} is not valid: {detail}"
    ),
    ProblemKind.SIGNATURE_MISSING: N_(
        "Signature",
        "the database records a digital signature by {subject}; the PDF does not carry it",
    ),
    ProblemKind.DRAWN_SIGNATURE_MISSING: N_(
        "Signature",
        "the database records a signature drawn by {subject}; the PDF does not carry it",
    ),
    ProblemKind.PAPER_SIGNATURE_NOT_IN_PDF: N_(
        "Signature",
        "the database records a signature by {subject} on paper; the PDF does not carry it",
    ),
    ProblemKind.SIGNATURE_NOT_RECORDED: N_(
        "Signature",
        "the PDF carries a digital signature by {subject} that the database does not record",
    ),
    ProblemKind.UNREADABLE: N_("Signature", "the PDF cannot be read: {detail}"),
}


def status_text(status: SummaryStatus) -> str:
    return word(CONTEXT, STATUS[status])


def method_text(method: SignatureMethod) -> str:
    return word(CONTEXT, METHOD[method])


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
    return ui_words().format(
        "Changes",
        CHANGE[change.kind],
        subject=_quoted(change.subject),
        before=before,
        after=after,
        path=path,
        level=change.level,
    )


def _quoted(text: str) -> str:
    return ui_words().format("Quote", QUOTED, text=isolate(text)) if text else ""


def _level(who: str, minutes: int | None) -> str:
    if minutes is None:
        return ""
    return ui_words().format(CONTEXT, LEVEL, who=isolate(who), minutes=fmt().integer(minutes))


def _status(value: str) -> str:
    try:
        return label(ExpectationStatus(value))
    except ValueError:
        return value


def problem_text(problem: Problem) -> str:
    return ui_words().format(
        CONTEXT,
        PROBLEM[ProblemKind(problem.kind)],
        subject=isolate(problem.subject),
        detail=problem.detail,
    )


def error_text(error: Exception) -> str:
    """A failure from the services, in the UI language."""
    return error_reason(error)
