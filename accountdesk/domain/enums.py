"""Enumerations of the service file.

Stored by value (short lowercase strings) so the database stays readable and CHECK
constraints can list them (all but the languages, which are data: see languages.py).
"""

from enum import StrEnum
from typing import TYPE_CHECKING

from accountdesk.domain.languages import BY_CODE, LANGUAGES

if TYPE_CHECKING:

    class Language(StrEnum):
        """The languages of the registry (accountdesk.domain.languages); the code names
        these three, and every language the registry lists is a member."""

        HEBREW = "he"
        PERSIAN = "fa"
        ENGLISH = "en"

        @property
        def is_rtl(self) -> bool: ...

else:

    class _LanguageBase(StrEnum):
        @property
        def is_rtl(self) -> bool:
            return BY_CODE[self.value].rtl

    # One member per registered language, named after it (HEBREW = "he"): a language
    # added to the registry is a member with no change here.
    Language = _LanguageBase("Language", [(info.member, info.code) for info in LANGUAGES])


class SupportLevel(StrEnum):
    BASIC = "basic"
    STANDARD = "standard"
    PREMIUM = "premium"
    DEDICATED = "dedicated"


class KnowledgeLevel(StrEnum):
    NOVICE = "novice"
    INTERMEDIATE = "intermediate"
    EXPERT = "expert"


class Criticality(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class StaffRole(StrEnum):
    ACCOUNT_MANAGER = "account_manager"
    SUPPORTER = "supporter"
    ESCALATION_MANAGER = "escalation_manager"
    MANAGEMENT = "management"


class SystemKind(StrEnum):
    SERVER = "server"
    APPLICATION = "application"
    DATABASE = "database"
    NETWORK = "network"
    STORAGE = "storage"
    CLOUD_SERVICE = "cloud_service"
    WORKSTATION = "workstation"
    SECURITY = "security"
    OTHER = "other"


class Environment(StrEnum):
    PRODUCTION = "production"
    STAGING = "staging"
    TEST = "test"
    DEVELOPMENT = "development"
    DISASTER_RECOVERY = "dr"


class Side(StrEnum):
    CUSTOMER = "customer"
    PROVIDER = "provider"


class ItilRelation(StrEnum):
    """ITIL separates who negotiates and pays (customer) from who uses the service."""

    DECISION_MAKER = "decision_maker"
    USER = "user"
    TECHNICAL = "technical"


class Channel(StrEnum):
    PHONE = "phone"
    MOBILE = "mobile"
    EMAIL = "email"
    CHAT = "chat"
    IN_PERSON = "in_person"
    TICKET = "ticket"


class Severity(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Topic(StrEnum):
    AVAILABILITY = "availability"
    RESPONSE = "response"
    RESOLUTION = "resolution"
    REPORTING = "reporting"
    COMMUNICATION = "communication"
    OTHER = "other"


class ExpectationHolder(StrEnum):
    CUSTOMER = "customer"
    USERS = "users"


class ExpectationStatus(StrEnum):
    RAISED = "raised"
    IN_DISCUSSION = "in_discussion"
    AGREED = "agreed"
    DECLINED = "declined"


class Likelihood(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class MeetingKind(StrEnum):
    KICKOFF = "kickoff"
    ALIGNMENT = "alignment"
    REVIEW = "review"


class SummaryStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    SIGNED = "signed"
    SUPERSEDED = "superseded"


class DocumentKind(StrEnum):
    """What an issued version is of: the signed summary, or a period's service report."""

    SUMMARY = "summary"
    REPORT = "report"


class SignatureMethod(StrEnum):
    PAPER = "paper"
    DRAWN = "drawn"
    DIGITAL = "digital"


class FeedbackChannel(StrEnum):
    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    SURVEY = "survey"
    COMPLAINT = "complaint"
    SOCIAL = "social"
    OTHER = "other"


class FeedbackScale(StrEnum):
    """The survey scale a score is given on; each has its own range (`SCALE_RANGES`)."""

    CSAT = "csat"  # satisfaction, 1-5
    NPS = "nps"  # likelihood to recommend, 0-10
    CES = "ces"  # customer effort, 1-7


# The lowest and highest score of each scale.
SCALE_RANGES: dict[FeedbackScale, tuple[int, int]] = {
    FeedbackScale.CSAT: (1, 5),
    FeedbackScale.NPS: (0, 10),
    FeedbackScale.CES: (1, 7),
}


class ChangeAction(StrEnum):
    """What a line of a customer's history records."""

    CREATED = "created"
    SAVED = "saved"
    ARCHIVED = "archived"
    UNARCHIVED = "unarchived"
