"""How the values of the service file's enumerations read on screen, translated.

The strings are marked with QT_TRANSLATE_NOOP (context "Enum") so lupdate collects them;
`label(value)` translates at the moment of display, so a language switch shows at once.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from accountdesk.domain import enums as e
from accountdesk.domain.errors import DatabaseLockedError, FieldProblem, ValidationError
from accountdesk.domain.messages import FIELD_LABELS
from accountdesk.ui.tr_noop import QT_TRANSLATE_NOOP

_LABELS_LIST: list[tuple[StrEnum, str]] = [
    (e.Language.HEBREW, QT_TRANSLATE_NOOP("Enum", "Hebrew")),
    (e.Language.PERSIAN, QT_TRANSLATE_NOOP("Enum", "Persian")),
    (e.Language.ENGLISH, QT_TRANSLATE_NOOP("Enum", "English")),
    (e.SupportLevel.BASIC, QT_TRANSLATE_NOOP("Enum", "Basic")),
    (e.SupportLevel.STANDARD, QT_TRANSLATE_NOOP("Enum", "Standard")),
    (e.SupportLevel.PREMIUM, QT_TRANSLATE_NOOP("Enum", "Premium")),
    (e.SupportLevel.DEDICATED, QT_TRANSLATE_NOOP("Enum", "Dedicated")),
    (e.KnowledgeLevel.NOVICE, QT_TRANSLATE_NOOP("Enum", "Novice")),
    (e.KnowledgeLevel.INTERMEDIATE, QT_TRANSLATE_NOOP("Enum", "Intermediate")),
    (e.KnowledgeLevel.EXPERT, QT_TRANSLATE_NOOP("Enum", "Expert")),
    (e.Criticality.LOW, QT_TRANSLATE_NOOP("Enum", "Low")),
    (e.Criticality.MEDIUM, QT_TRANSLATE_NOOP("Enum", "Medium")),
    (e.Criticality.HIGH, QT_TRANSLATE_NOOP("Enum", "High")),
    (e.Criticality.CRITICAL, QT_TRANSLATE_NOOP("Enum", "Critical")),
    (e.StaffRole.ACCOUNT_MANAGER, QT_TRANSLATE_NOOP("Enum", "Account manager")),
    (e.StaffRole.SUPPORTER, QT_TRANSLATE_NOOP("Enum", "Supporter")),
    (e.StaffRole.ESCALATION_MANAGER, QT_TRANSLATE_NOOP("Enum", "Escalation manager")),
    (e.StaffRole.MANAGEMENT, QT_TRANSLATE_NOOP("Enum", "Management")),
    (e.SystemKind.SERVER, QT_TRANSLATE_NOOP("Enum", "Server")),
    (e.SystemKind.APPLICATION, QT_TRANSLATE_NOOP("Enum", "Application")),
    (e.SystemKind.DATABASE, QT_TRANSLATE_NOOP("Enum", "Database")),
    (e.SystemKind.NETWORK, QT_TRANSLATE_NOOP("Enum", "Network")),
    (e.SystemKind.STORAGE, QT_TRANSLATE_NOOP("Enum", "Storage")),
    (e.SystemKind.CLOUD_SERVICE, QT_TRANSLATE_NOOP("Enum", "Cloud service")),
    (e.SystemKind.WORKSTATION, QT_TRANSLATE_NOOP("Enum", "Workstation")),
    (e.SystemKind.SECURITY, QT_TRANSLATE_NOOP("Enum", "Security")),
    (e.SystemKind.OTHER, QT_TRANSLATE_NOOP("Enum", "Other")),
    (e.Environment.PRODUCTION, QT_TRANSLATE_NOOP("Enum", "Production")),
    (e.Environment.STAGING, QT_TRANSLATE_NOOP("Enum", "Staging")),
    (e.Environment.TEST, QT_TRANSLATE_NOOP("Enum", "Test")),
    (e.Environment.DEVELOPMENT, QT_TRANSLATE_NOOP("Enum", "Development")),
    (e.Environment.DISASTER_RECOVERY, QT_TRANSLATE_NOOP("Enum", "Disaster recovery")),
    (e.Side.CUSTOMER, QT_TRANSLATE_NOOP("Enum", "Customer")),
    (e.Side.PROVIDER, QT_TRANSLATE_NOOP("Enum", "Provider")),
    (e.ItilRelation.DECISION_MAKER, QT_TRANSLATE_NOOP("Enum", "Decision maker / payer")),
    (e.ItilRelation.USER, QT_TRANSLATE_NOOP("Enum", "User")),
    (e.ItilRelation.TECHNICAL, QT_TRANSLATE_NOOP("Enum", "Technical")),
    (e.Channel.PHONE, QT_TRANSLATE_NOOP("Enum", "Phone")),
    (e.Channel.MOBILE, QT_TRANSLATE_NOOP("Enum", "Mobile")),
    (e.Channel.EMAIL, QT_TRANSLATE_NOOP("Enum", "E-mail")),
    (e.Channel.CHAT, QT_TRANSLATE_NOOP("Enum", "Chat")),
    (e.Channel.IN_PERSON, QT_TRANSLATE_NOOP("Enum", "In person")),
    (e.Channel.TICKET, QT_TRANSLATE_NOOP("Enum", "Ticket")),
    (e.Severity.CRITICAL, QT_TRANSLATE_NOOP("Enum", "Critical")),
    (e.Severity.HIGH, QT_TRANSLATE_NOOP("Enum", "High")),
    (e.Severity.MEDIUM, QT_TRANSLATE_NOOP("Enum", "Medium")),
    (e.Severity.LOW, QT_TRANSLATE_NOOP("Enum", "Low")),
    (e.Topic.AVAILABILITY, QT_TRANSLATE_NOOP("Enum", "Availability")),
    (e.Topic.RESPONSE, QT_TRANSLATE_NOOP("Enum", "Response time")),
    (e.Topic.RESOLUTION, QT_TRANSLATE_NOOP("Enum", "Resolution time")),
    (e.Topic.REPORTING, QT_TRANSLATE_NOOP("Enum", "Reporting")),
    (e.Topic.COMMUNICATION, QT_TRANSLATE_NOOP("Enum", "Communication")),
    (e.Topic.OTHER, QT_TRANSLATE_NOOP("Enum", "Other")),
    (e.ExpectationHolder.CUSTOMER, QT_TRANSLATE_NOOP("Enum", "The customer")),
    (e.ExpectationHolder.USERS, QT_TRANSLATE_NOOP("Enum", "The users")),
    (e.ExpectationStatus.RAISED, QT_TRANSLATE_NOOP("Enum", "Raised")),
    (e.ExpectationStatus.IN_DISCUSSION, QT_TRANSLATE_NOOP("Enum", "In discussion")),
    (e.ExpectationStatus.AGREED, QT_TRANSLATE_NOOP("Enum", "Agreed")),
    (e.ExpectationStatus.DECLINED, QT_TRANSLATE_NOOP("Enum", "Declined")),
    (e.Likelihood.LOW, QT_TRANSLATE_NOOP("Enum", "Low")),
    (e.Likelihood.MEDIUM, QT_TRANSLATE_NOOP("Enum", "Medium")),
    (e.Likelihood.HIGH, QT_TRANSLATE_NOOP("Enum", "High")),
    (e.MeetingKind.KICKOFF, QT_TRANSLATE_NOOP("Enum", "Kickoff")),
    (e.MeetingKind.ALIGNMENT, QT_TRANSLATE_NOOP("Enum", "Expectation alignment")),
    (e.MeetingKind.REVIEW, QT_TRANSLATE_NOOP("Enum", "Review")),
]

# The days of the week, Monday first as in datetime.weekday().
_DAYS = (
    QT_TRANSLATE_NOOP("Enum", "Mon"),
    QT_TRANSLATE_NOOP("Enum", "Tue"),
    QT_TRANSLATE_NOOP("Enum", "Wed"),
    QT_TRANSLATE_NOOP("Enum", "Thu"),
    QT_TRANSLATE_NOOP("Enum", "Fri"),
    QT_TRANSLATE_NOOP("Enum", "Sat"),
    QT_TRANSLATE_NOOP("Enum", "Sun"),
)


# Keyed by (enumeration, value): StrEnum members of different enumerations with the same
# value ("customer" is a Side and an ExpectationHolder) are equal as strings.
_BY_TYPE = {(type(member), member.value): text for member, text in _LABELS_LIST}


def label(value: StrEnum | None) -> str:
    """The translated name of an enumeration value ('' for None)."""
    if value is None:
        return ""
    text = _BY_TYPE.get((type(value), value.value))
    return QCoreApplication.translate("Enum", text) if text else str(value)


def day_label(weekday: int) -> str:
    return QCoreApplication.translate("Enum", _DAYS[weekday])


def field_label(field: str) -> str:
    """A field's name as the validation messages use it, translated."""
    text = FIELD_LABELS.get(field)
    return QCoreApplication.translate("Field", text) if text else field


def shown_phone_params(params: dict[str, object]) -> dict[str, object]:
    """A phone problem's country named in the UI language, its example numbers each one
    left-to-right unit (they sit inside a right-to-left sentence in Hebrew and Persian)."""
    from accountdesk.i18n.countries import country_name
    from accountdesk.ui.formatting import isolate_ltr
    from accountdesk.ui.language import current_language

    shown = dict(params)
    if isinstance(shown.get("country"), str):
        shown["country"] = country_name(str(shown["country"]), current_language())
    for key in ("national", "international"):
        if isinstance(shown.get(key), str):
            shown[key] = isolate_ltr(str(shown[key]))
    return shown


def problem_text(problem: FieldProblem) -> str:
    """A validation problem in the UI language."""
    params = shown_phone_params(dict(problem.params))
    params["field"] = field_label(problem.field)
    template = QCoreApplication.translate("Validation", problem.message)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return problem.message.format(**params)


def error_reason(error: BaseException) -> str:
    """Why something failed, for a message: a validation error's problems and a locked
    database translated, any other error's own words."""
    if isinstance(error, ValidationError):
        return "; ".join(problem_text(problem) for problem in error.problems)
    if isinstance(error, DatabaseLockedError):
        from accountdesk.ui.formatting import isolate_ltr

        template = QCoreApplication.translate("Database", error.message)
        try:
            return template.format(path=isolate_ltr(error.path))
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
            return str(error)
    return str(error)


def list_separator() -> str:
    """The language's list comma (", " / "، "); one translation, kept with the timeline's."""
    return QCoreApplication.translate("Timeline", ", ")
