"""Every word the service report prints, read from the word catalogue of its language.

Words the summary already has (page furniture, signatures, the columns that name a field)
are the summary's or the field's own, never a second translation of the same English.
"""

from __future__ import annotations

from accountdesk.documents.summary.catalogue import TEXTS as SUMMARY
from accountdesk.domain.messages import FIELD_LABELS
from accountdesk.domain.words import N_, NP_, Word

CONTEXT = "Report"


def _field(name: str) -> Word:
    return Word("Field", FIELD_LABELS[name])


def _summary(key: str) -> str | Word:
    """The summary's word for the same thing (its own `Word`, or its Summary text)."""
    entry = SUMMARY[key]
    return entry if isinstance(entry, Word) else Word("Summary", entry)


TEXTS: dict[str, str | Word] = {
    # -- title block and page furniture -----------------------------------
    "title": N_("Report", "Service report"),
    "period": N_("Report", "Period"),
    "period_range": N_("Report", "{start} to {end}"),
    **{
        key: _summary(key)
        for key in (
            "version",
            "date",
            "draft",
            "version_number",
            "draft_version",
            "quoted",
            "page_of",
            "fingerprint",
            "col_number",
            "col_words",
            "col_name",
            "col_role",
            "col_risk",
            "col_owner",
            "h_signatures",
            "for_side",
            "for_provider",
            "signature",
            "none",
        )
    },
    "purpose": N_(
        "Report",
        "This report sets the service {customer} received from {start} to {end} beside what "
        "both sides agreed. For each expectation, in the customer's own words, it says "
        "plainly and in figures what was achieved; then which risks materialised, what will "
        "change where a promise was missed, and what the customer told us.",
    ),
    # -- achieved against agreed ------------------------------------------
    "h_achieved": N_("Report", "What was achieved against what was agreed"),
    "col_result": N_("Report", "Result"),
    "no_targets": N_("Report", "No agreed expectation has measurable targets yet."),
    "ongoing": N_("Report", "The period has not ended: the figures are those so far."),
    "chart_availability": N_("Report", "Availability by month"),
    "chart_response": N_("Report", "Share of incidents answered in time, by month"),
    "chart_resolution": N_("Report", "Share of incidents resolved in time, by month"),
    "target": N_("Report", "Target {percent}"),
    "no_incidents": N_("Report", "no figures"),
    # -- risks ------------------------------------------------------------
    "h_risks": N_("Report", "Risks that materialised"),
    "risks_intro": N_(
        "Report",
        "A risk counts as having materialised when the systems of its expectation failed in "
        "the period; the longest recovery is held against the recovery time planned for it.",
    ),
    "col_failures": N_("Report", "Failures"),
    "col_longest": N_("Report", "Longest recovery"),
    "col_planned": N_("Report", "Planned recovery"),
    "col_against_plan": N_("Report", "Against the plan"),
    "within_plan": N_("Report", "Within the plan"),
    "over_plan": N_("Report", "Over the plan by {duration}"),
    "no_plan": N_("Report", "No recovery time was planned"),
    # Said of what the section checks, failures of the systems of expectations with a
    # recorded risk, so it never seems to deny a missed response or resolution time.
    "no_risks": N_(
        "Report",
        "No recorded risk materialised: the systems of the expectations with a recorded "
        "risk did not fail in this period.",
    ),
    # -- improvement plan -------------------------------------------------
    "h_improvement": Word("ImportProblem", N_("ImportProblem", "Improvement plan")),
    "improvement_intro": N_(
        "Report", "For every promise missed in the period: what will change, who owns it, by when."
    ),
    "col_change": _field("improvement"),
    "col_due": _field("improvement_due"),
    "no_item": N_("Report", "The plan has no improvement item for this miss yet."),
    "no_item_see_feedback": N_(
        "Report",
        "The plan has no improvement item for this miss yet; the follow-ups promised "
        "on the customer's feedback are listed with the feedback.",
    ),
    "no_misses": N_("Report", "No promise was missed in this period."),
    # -- feedback ---------------------------------------------------------
    "h_feedback": N_("Report", "Feedback received"),
    "col_received": _field("received_on"),
    "col_channel": _field("channel"),
    "col_given_by": _field("given_by"),
    "col_score": _field("score"),
    "col_follow_up": _field("follow_up"),
    "score_on_scale": N_("Report", "{score} ({scale})"),
    "no_feedback": N_("Report", "No feedback was received in this period."),
    # -- signatures -------------------------------------------------------
    "signatures_intro": N_(
        "Report",
        "By signing, both sides confirm that this report ({version}, content ID "
        "{fingerprint}) was presented and discussed.",
    ),
}

# "12 incidents opened in the period, 2 of them with the service down." (no colon beside
# a number: in a right-to-left line it reads as a ratio or a time)
INCIDENTS = NP_(
    "Report",
    "{count} incident opened in the period, {outages} of them with the service down.",
    "{count} incidents opened in the period, {outages} of them with the service down.",
)
# Failures of an expectation's systems with no risk recorded for it, which the risks
# table cannot list: "The systems of expectations 1 and 3 failed …".
UNRECORDED = NP_(
    "Report",
    "The systems of expectation {numbers} failed in this period; no risk is recorded for it.",
    "The systems of expectations {numbers} failed in this period; no risk is recorded for them.",
)
