"""The names of the service file's enumeration values and the days of the week.

One name for each value, on screen and on paper: marked `N_("Enum", ...)` for the word
catalogues and translated where shown (accountdesk.i18n.words). A value named by a
field's own word (the channel "Phone", the staff role "Account manager") is that word, in
the "Field" context, so that it is translated once.
"""

from __future__ import annotations

from enum import StrEnum

from accountdesk.domain import enums
from accountdesk.domain.languages import LANGUAGES
from accountdesk.domain.words import N_

_ROWS: list[tuple[StrEnum, str]] = [
    *((enums.Language(info.code), info.name) for info in LANGUAGES),
    (enums.SupportLevel.BASIC, N_("Enum", "Basic")),
    (enums.SupportLevel.STANDARD, N_("Enum", "Standard")),
    (enums.SupportLevel.PREMIUM, N_("Enum", "Premium")),
    (enums.SupportLevel.DEDICATED, N_("Enum", "Dedicated")),
    (enums.KnowledgeLevel.NOVICE, N_("Enum", "Novice")),
    (enums.KnowledgeLevel.INTERMEDIATE, N_("Enum", "Intermediate")),
    (enums.KnowledgeLevel.EXPERT, N_("Enum", "Expert")),
    (enums.Criticality.LOW, N_("Enum", "Low")),
    (enums.Criticality.MEDIUM, N_("Enum", "Medium")),
    (enums.Criticality.HIGH, N_("Enum", "High")),
    (enums.Criticality.CRITICAL, N_("Enum", "Critical")),
    (enums.StaffRole.ACCOUNT_MANAGER, N_("Field", "Account manager")),
    (enums.StaffRole.SUPPORTER, N_("Enum", "Supporter")),
    (enums.StaffRole.ESCALATION_MANAGER, N_("Enum", "Escalation manager")),
    (enums.StaffRole.MANAGEMENT, N_("Enum", "Management")),
    (enums.SystemKind.SERVER, N_("Enum", "Server")),
    (enums.SystemKind.APPLICATION, N_("Enum", "Application")),
    (enums.SystemKind.DATABASE, N_("Enum", "Database")),
    (enums.SystemKind.NETWORK, N_("Enum", "Network")),
    (enums.SystemKind.STORAGE, N_("Enum", "Storage")),
    (enums.SystemKind.CLOUD_SERVICE, N_("Enum", "Cloud service")),
    (enums.SystemKind.WORKSTATION, N_("Enum", "Workstation")),
    (enums.SystemKind.SECURITY, N_("Enum", "Security")),
    (enums.SystemKind.OTHER, N_("Enum", "Other")),
    (enums.Environment.PRODUCTION, N_("Enum", "Production")),
    (enums.Environment.STAGING, N_("Enum", "Staging")),
    (enums.Environment.TEST, N_("Enum", "Test")),
    (enums.Environment.DEVELOPMENT, N_("Enum", "Development")),
    (enums.Environment.DISASTER_RECOVERY, N_("Enum", "Disaster recovery")),
    (enums.Side.CUSTOMER, N_("Field", "Customer")),
    (enums.Side.PROVIDER, N_("Enum", "Provider")),
    (enums.ItilRelation.DECISION_MAKER, N_("Enum", "Decision maker / payer")),
    (enums.ItilRelation.USER, N_("Enum", "User")),
    (enums.ItilRelation.TECHNICAL, N_("Enum", "Technical")),
    (enums.Channel.PHONE, N_("Field", "Phone")),
    (enums.Channel.MOBILE, N_("Field", "Mobile")),
    (enums.Channel.EMAIL, N_("Field", "E-mail")),
    (enums.Channel.CHAT, N_("Enum", "Chat")),
    (enums.Channel.IN_PERSON, N_("Enum", "In person")),
    (enums.Channel.TICKET, N_("Enum", "Ticket")),
    (enums.Severity.CRITICAL, N_("Severity", "Critical")),
    (enums.Severity.HIGH, N_("Severity", "High")),
    (enums.Severity.MEDIUM, N_("Severity", "Medium")),
    (enums.Severity.LOW, N_("Severity", "Low")),
    (enums.Topic.AVAILABILITY, N_("Enum", "Availability")),
    (enums.Topic.RESPONSE, N_("Enum", "Response time")),
    (enums.Topic.RESOLUTION, N_("Enum", "Resolution time")),
    (enums.Topic.REPORTING, N_("Enum", "Reporting")),
    (enums.Topic.COMMUNICATION, N_("Enum", "Communication")),
    (enums.Topic.OTHER, N_("Enum", "Other")),
    (enums.ExpectationHolder.CUSTOMER, N_("Enum", "The customer")),
    (enums.ExpectationHolder.USERS, N_("Enum", "The users")),
    (enums.ExpectationStatus.RAISED, N_("Enum", "Raised")),
    (enums.ExpectationStatus.IN_DISCUSSION, N_("Enum", "In discussion")),
    (enums.ExpectationStatus.AGREED, N_("Enum", "Agreed")),
    (enums.ExpectationStatus.DECLINED, N_("Enum", "Declined")),
    (enums.Likelihood.LOW, N_("Enum", "Low")),
    (enums.Likelihood.MEDIUM, N_("Enum", "Medium")),
    (enums.Likelihood.HIGH, N_("Enum", "High")),
    (enums.MeetingKind.KICKOFF, N_("Enum", "Kickoff")),
    (enums.MeetingKind.ALIGNMENT, N_("Enum", "Expectation alignment")),
    (enums.MeetingKind.REVIEW, N_("Enum", "Review")),
    (enums.FeedbackChannel.MEETING, N_("Section", "Meeting")),
    (enums.FeedbackChannel.CALL, N_("Enum", "Call")),
    (enums.FeedbackChannel.EMAIL, N_("Field", "E-mail")),
    (enums.FeedbackChannel.SURVEY, N_("Enum", "Survey")),
    (enums.FeedbackChannel.COMPLAINT, N_("Enum", "Complaint")),
    (enums.FeedbackChannel.SOCIAL, N_("Enum", "Social media")),
    (enums.FeedbackChannel.OTHER, N_("Enum", "Other")),
    # Each scale names its range, filled in where shown, in the reader's digits.
    (enums.FeedbackScale.CSAT, N_("Enum", "CSAT (satisfaction, {low}–{high})")),
    (enums.FeedbackScale.NPS, N_("Enum", "NPS (would recommend, {low}–{high})")),
    (enums.FeedbackScale.CES, N_("Enum", "CES (effort, {low}–{high})")),
]

# The days of the week, Monday first as in datetimenums.weekday().
DAYS = (
    N_("Enum", "Mon"),
    N_("Enum", "Tue"),
    N_("Enum", "Wed"),
    N_("Enum", "Thu"),
    N_("Enum", "Fri"),
    N_("Enum", "Sat"),
    N_("Enum", "Sun"),
)


# Keyed by (enumeration, value): StrEnum members of different enumerations with the same
# value ("customer" is a Side and an ExpectationHolder) are equal as strings.
ENUM_LABELS: dict[tuple[type, str], str] = {
    (type(member), member.value): text for member, text in _ROWS
}


# Severities have words of their own where a language names the severity of an incident
# otherwise than the criticality of a system ("بحرانی" / "حیاتی").
_CONTEXTS: dict[type, str] = {enums.Severity: "Severity"}
_FIELD_WORDS: set[tuple[type, str]] = {
    (type(member), member.value)
    for member in (
        enums.StaffRole.ACCOUNT_MANAGER,
        enums.Side.CUSTOMER,
        enums.Channel.PHONE,
        enums.Channel.MOBILE,
        enums.Channel.EMAIL,
    )
}


def enum_label(value: StrEnum) -> str:
    """The English name of an enumeration value (its value itself when it has none)."""
    return ENUM_LABELS.get((type(value), value.value), str(value))


def enum_numbers(value: StrEnum) -> dict[str, int]:
    """The numbers an enumeration value's name is filled with (a scale's range)."""
    if isinstance(value, enums.FeedbackScale):
        low, high = enums.SCALE_RANGES[value]
        return {"low": low, "high": high}
    return {}


def enum_context(value: StrEnum) -> str:
    """The catalogue context of an enumeration value's name."""
    if (type(value), value.value) in _FIELD_WORDS:
        return "Field"
    return _CONTEXTS.get(type(value), "Enum")
