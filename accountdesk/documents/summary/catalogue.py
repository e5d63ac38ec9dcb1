"""Every word the summary prints, read from the word catalogue of its language.

The words are the English texts below, marked `N_("Summary", ...)`; their Hebrew,
Persian (and any other language's) forms are in translations/words_<code>.po, the same
catalogues the screens read. Enum values are printed with their one name
(accountdesk.domain.labels), as the screens show them, and a label that names a field or a
section of the service file is the screens' word for it (a `Word` of the "Field" or
"Section" context), never a second translation of the same English. The terms follow the glossary
(translations/glossary.toml). Placeholders are `str.format` fields; the values put into
them are already formatted and isolated by the caller.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum

from accountdesk.domain.enums import ExpectationStatus, MeetingKind
from accountdesk.domain.labels import enum_context, enum_label, enum_numbers
from accountdesk.domain.messages import FIELD_LABELS, QUOTED
from accountdesk.domain.words import N_, NP_, Plural, Word
from accountdesk.i18n.words import Words, words

CONTEXT = "Summary"


def _field(name: str) -> Word:
    """A field's label, as the screens and the messages name it."""
    return Word("Field", FIELD_LABELS[name])


TEXTS: dict[str, str | Word] = {
    # -- title block and page furniture -----------------------------------
    "title": N_("Summary", "Expectation-alignment summary"),
    "version": _field("version"),
    "date": _field("held_on"),
    "draft": Word("Signature", N_("Signature", "Draft")),  # the version's status
    # The version as a phrase: Hebrew "גרסה 2" but "גרסת טיוטה", not "גרסה טיוטה".
    "version_number": N_("Summary", "Version {number}"),
    "draft_version": N_("Summary", "Draft version"),
    "quoted": Word("Quote", QUOTED),
    "page_of": N_("Summary", "Page {page} of {pages}"),
    "fingerprint": N_("Summary", "Content ID {value}"),
    "meeting_held": N_("Summary", "{meeting} held on {date}."),
    "no_meeting": N_("Summary", "No kickoff or alignment meeting is recorded yet."),
    "purpose": N_(
        "Summary",
        "This summary records what {customer} expects from the service and what both sides "
        "agreed, in the customer's own words, so that everyone involved works from the same "
        "understanding.",
    ),
    # -- section headings -------------------------------------------------
    "h_participants": Word("Field", N_("Field", "Participants")),
    "h_profile": N_("Summary", "Customer profile"),
    "h_team": N_("Summary", "Dedicated supporter and backup"),
    "h_systems": Word("Section", N_("Section", "Systems")),
    "h_contacts": Word("Section", N_("Section", "Contacts")),
    "h_escalation": Word("Section", N_("Section", "Escalation path")),
    "h_agreed": N_("Summary", "Agreed expectations"),
    "h_not_agreed": N_("Summary", "Expectations not agreed or judged unrealistic"),
    "h_risks": N_("Summary", "Risks to the agreed expectations"),
    "h_reporting": N_("Summary", "Reporting and feedback"),
    "h_signatures": Word("Field", N_("Field", "Signatures")),
    # -- participants -----------------------------------------------------
    "side_customer": N_("Summary", "Customer side"),
    "side_provider": N_("Summary", "Provider side"),
    "col_name": _field("name"),
    "col_role": _field("role"),
    # -- profile ----------------------------------------------------------
    "industry": _field("industry"),
    "business_needs": _field("business_needs"),
    "support_level": _field("support_level"),
    "knowledge_level": N_("Summary", "Customer's technical knowledge"),
    "criticality": N_("Summary", "Criticality to the business"),
    "service_window": Word("Section", N_("Section", "Service window")),
    "in_scope": N_("Summary", "Within support"),
    "out_of_scope": N_("Summary", "Outside support"),
    # -- team -------------------------------------------------------------
    "role_supporter": Word("Field", N_("Field", "Dedicated supporter")),
    "role_backup": Word("Field", N_("Field", "Backup supporter")),
    "role_account_manager": Word("Field", N_("Field", "Account manager")),
    "col_phone": _field("phone"),
    "col_email": _field("email"),
    "col_reach": N_("Summary", "How to reach"),
    "not_assigned": N_("Summary", "Not yet assigned"),
    # -- systems ----------------------------------------------------------
    "col_system": Word("Section", N_("Section", "System")),
    "col_kind": _field("kind"),
    "col_function": _field("business_function"),
    "col_where": N_("Summary", "Location and address"),
    "col_criticality": _field("criticality"),
    "col_owner": Word("Field", N_("Field", "Owner")),
    "no_systems": N_("Summary", "No systems are recorded."),
    "version_of": N_("Summary", "version {value}"),
    "serial_of": N_("Summary", "serial {value}"),
    # -- contacts ---------------------------------------------------------
    "col_relation": N_("Summary", "Relation"),
    "col_channel": _field("preferred_channel"),
    "col_hours": N_("Summary", "Reachable"),
    "mobile_of": N_("Summary", "mobile {value}"),
    "no_contacts": N_("Summary", "No contacts are recorded."),
    # -- escalation -------------------------------------------------------
    "escalation_intro": N_(
        "Summary",
        "Times count only inside the service window, from the moment a request is opened for "
        "as long as it is not resolved.",
    ),
    "severity_heading": N_("Summary", "Severity: {severity}"),
    "col_level": N_("Summary", "Level"),
    "col_after": Word("Field", N_("Field", "After")),
    "col_who": Word("Field", N_("Field", "Who")),
    "immediately": N_("Summary", "At once"),
    "no_escalation": N_("Summary", "No escalation path is recorded."),
    # -- expectations -----------------------------------------------------
    "agreed_intro": N_(
        "Summary",
        "Each expectation is quoted in the customer's own words, followed by what was agreed.",
    ),
    "col_number": N_("Summary", "#"),
    "col_words": _field("customer_words"),
    "col_agreed": N_("Summary", "What we agreed"),
    "col_topic": _field("topic"),
    "col_review": _field("review_date"),
    "holder_users": N_("Summary", "(the users' expectation)"),
    "technical_form": N_("Summary", "Technical form: {value}"),
    "percent_secondary": N_("Summary", "(equal to {percent} availability over the service window)"),
    "downtime_year": N_("Summary", "At most {duration} of downtime a year in all"),
    "no_agreed": N_("Summary", "No expectation has been agreed yet."),
    "not_agreed_intro": N_(
        "Summary",
        "These expectations were raised but not agreed. Each says why, and what meeting it "
        "would cost against what it would bring.",
    ),
    "col_reason": N_("Summary", "Why"),
    "col_cost": N_("Summary", "Cost against benefit"),
    "reason_unrealistic": N_("Summary", "Cannot realistically be met"),
    "reason_declined": Word("Enum", enum_label(ExpectationStatus.DECLINED)),
    "reason_in_discussion": N_("Summary", "Still under discussion"),
    "reason_raised": N_("Summary", "Raised, not yet discussed"),
    # -- risks ------------------------------------------------------------
    "risks_intro": N_(
        "Summary",
        "For each agreed expectation, by its number: what could prevent it from being met, "
        "how we make that less likely, and how quickly we recover if it happens.",
    ),
    "col_risk": Word("Section", N_("Section", "Risk")),
    "col_mitigation": N_("Summary", "How we make it less likely"),
    "col_recovery": Word("Field", N_("Field", "Recovery")),
    "likelihood_impact": N_("Summary", "Likelihood: {likelihood}; impact: {impact}"),
    "recovery_within": N_("Summary", "Back within {duration}"),
    "preparation": N_("Summary", "Already in place: {value}"),
    "no_risks": N_("Summary", "No risks are recorded for the agreed expectations."),
    # -- reporting --------------------------------------------------------
    "reporting_text": N_(
        "Summary",
        "The account manager reports regularly on each agreed expectation: what was achieved "
        "against what was agreed, in the terms of this summary, and what is being improved "
        "where results fall short. Feedback is collected in personal meetings and when each "
        "request is closed, and every review revisits the expectations themselves.",
    ),
    "reporting_agreed": N_("Summary", "Agreed for reporting:"),
    "expectation_ref": N_("Summary", "(expectation {number})"),
    "next_review": N_("Summary", "Next review: {date}"),
    "next_review_unset": N_("Summary", "The date of the next review is still to be set."),
    # -- signatures -------------------------------------------------------
    "signatures_intro": N_(
        "Summary",
        "By signing, both sides confirm that this summary ({version}, content ID "
        "{fingerprint}) reflects what was agreed.",
    ),
    "for_side": N_("Summary", "For {party}"),
    "for_provider": N_("Summary", "For the service provider"),
    "signature": N_("Summary", "Signature"),
    # -- empty values -----------------------------------------------------
    "none": N_("Summary", "—"),
    "not_recorded": N_("Summary", "Not recorded"),
}

# "At most one failure a year, fixed within 4 hours" / "At most 4 failures a year, ...".
FAILURES = NP_(
    "Summary",
    "At most one failure a year, fixed within {hours}",
    "At most {count} failures a year, each fixed within {hours}",
)

# A meeting as the subject of a sentence ("The kickoff meeting held on ...").
MEETINGS: dict[MeetingKind, str] = {
    MeetingKind.KICKOFF: N_("Summary", "The kickoff meeting"),
    MeetingKind.ALIGNMENT: N_("Summary", "The expectation-alignment meeting"),
    MeetingKind.REVIEW: N_("Summary", "The review meeting"),
}


class Catalogue:
    """The document's words in one language: `catalogue.text("page_of", page=1, pages=6)`."""

    def __init__(
        self, language: str, texts: Mapping[str, str | Word] = TEXTS, context: str = CONTEXT
    ) -> None:
        # `texts` and `context`: another table of words, for sections other packages add
        # to documents (signatures, changes). ValueError for a language not registered.
        self.language = language
        self.words: Words = words(language)
        self._texts = texts
        self._context = context

    def text(self, key: str, **params: object) -> str:
        entry = self._texts[key]
        if isinstance(entry, Word):
            return self.words.format(entry.context, entry.text, **params)
        return self.words.format(self._context, entry, **params)

    def plural(self, word: Plural, count: int, /, **params: object) -> str:
        return self.words.plural(word, count, **params)

    def enum(self, value: StrEnum, number: Callable[[int], str] = str) -> str:
        """An enumeration value's name; `number` writes the numbers some names hold (a
        scale's range) in the document's digits."""
        numbers = {key: number(n) for key, n in enum_numbers(value).items()}
        return self.words.format(enum_context(value), enum_label(value), **numbers)

    def meeting(self, kind: MeetingKind) -> str:
        return self.words.text(CONTEXT, MEETINGS[kind])
