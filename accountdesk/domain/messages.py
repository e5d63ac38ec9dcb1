"""Every validation message, in one place, marked for translation.

The domain knows nothing of Qt. `QT_TRANSLATE_NOOP` here is a plain function with the name
Qt's `lupdate` looks for, so the templates land in the `.ts` files under the context
"Validation" and the user interface translates them when it shows them.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    return text


CTX = "Validation"

REQUIRED = QT_TRANSLATE_NOOP("Validation", "{field} is required")
TOO_LONG = QT_TRANSLATE_NOOP("Validation", "{field} must be at most {limit} characters")
BAD_EMAIL = QT_TRANSLATE_NOOP("Validation", "{field} is not a valid e-mail address: {reason}")
BAD_PHONE = QT_TRANSLATE_NOOP("Validation", "{field} is not a valid phone number")
BAD_CHOICE = QT_TRANSLATE_NOOP("Validation", "{field} must be one of: {choices}")
BAD_DATE = QT_TRANSLATE_NOOP("Validation", "{field} is not a valid date (use YYYY-MM-DD)")
BAD_TIME = QT_TRANSLATE_NOOP("Validation", "{field} is not a valid time (use HH:MM)")
NEGATIVE = QT_TRANSLATE_NOOP("Validation", "{field} cannot be negative")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Validation", "{field} must be a number")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Validation", "{field} must be between {low} and {high}")
BAD_TIMEZONE = QT_TRANSLATE_NOOP("Validation", "{field} is not a known time zone")
NO_DAYS = QT_TRANSLATE_NOOP("Validation", "{field} must include at least one day")
WINDOW_ORDER = QT_TRANSLATE_NOOP("Validation", "{field} must end after it starts")
COST_NOTE_NEEDED = QT_TRANSLATE_NOOP(
    "Validation", "{field} is required when an expectation is marked unrealistic"
)
LEVEL_TARGET = QT_TRANSLATE_NOOP(
    "Validation", "{field}: choose a staff member or a contact for this level"
)
PERIOD_ORDER = QT_TRANSLATE_NOOP("Validation", "{field} must not be before the period start")
DUPLICATE = QT_TRANSLATE_NOOP("Validation", "{field} '{value}' already exists")
BIDI_CONTROLS = QT_TRANSLATE_NOOP(
    "Validation",
    "{field} contains invisible direction-control characters; they are shown neutralised "
    "in documents",
)

# Field names as people see them (also translated by the user interface).
FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Field", "Name"),
    "industry": QT_TRANSLATE_NOOP("Field", "Industry"),
    "business_needs": QT_TRANSLATE_NOOP("Field", "Business needs"),
    "support_level": QT_TRANSLATE_NOOP("Field", "Support level"),
    "support_in_scope": QT_TRANSLATE_NOOP("Field", "In scope"),
    "support_out_of_scope": QT_TRANSLATE_NOOP("Field", "Out of scope"),
    "window_days": QT_TRANSLATE_NOOP("Field", "Service days"),
    "window_start": QT_TRANSLATE_NOOP("Field", "Cover starts"),
    "window_end": QT_TRANSLATE_NOOP("Field", "Cover ends"),
    "timezone": QT_TRANSLATE_NOOP("Field", "Time zone"),
    "knowledge_level": QT_TRANSLATE_NOOP("Field", "Knowledge level"),
    "criticality": QT_TRANSLATE_NOOP("Field", "Criticality"),
    "document_language": QT_TRANSLATE_NOOP("Field", "Document language"),
    "next_review": QT_TRANSLATE_NOOP("Field", "Next review"),
    "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    "kind": QT_TRANSLATE_NOOP("Field", "Kind"),
    "business_function": QT_TRANSLATE_NOOP("Field", "Business function"),
    "environment": QT_TRANSLATE_NOOP("Field", "Environment"),
    "version": QT_TRANSLATE_NOOP("Field", "Version"),
    "location": QT_TRANSLATE_NOOP("Field", "Location"),
    "host": QT_TRANSLATE_NOOP("Field", "Host name"),
    "address": QT_TRANSLATE_NOOP("Field", "Address"),
    "serial": QT_TRANSLATE_NOOP("Field", "Serial number"),
    "side": QT_TRANSLATE_NOOP("Field", "Side"),
    "role": QT_TRANSLATE_NOOP("Field", "Role"),
    "itil_relation": QT_TRANSLATE_NOOP("Field", "ITIL relation"),
    "phone": QT_TRANSLATE_NOOP("Field", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("Field", "Mobile"),
    "email": QT_TRANSLATE_NOOP("Field", "E-mail"),
    "preferred_channel": QT_TRANSLATE_NOOP("Field", "Preferred channel"),
    "language": QT_TRANSLATE_NOOP("Field", "Language"),
    "reachable_hours": QT_TRANSLATE_NOOP("Field", "Reachable hours"),
    "severity": QT_TRANSLATE_NOOP("Field", "Severity"),
    "after_minutes": QT_TRANSLATE_NOOP("Field", "After (minutes)"),
    "channel": QT_TRANSLATE_NOOP("Field", "Channel"),
    "level_target": QT_TRANSLATE_NOOP("Field", "Escalation level"),
    "topic": QT_TRANSLATE_NOOP("Field", "Topic"),
    "holder": QT_TRANSLATE_NOOP("Field", "Whose expectation"),
    "customer_words": QT_TRANSLATE_NOOP("Field", "In the customer's words"),
    "agreed_target": QT_TRANSLATE_NOOP("Field", "Agreed target"),
    "technical_target": QT_TRANSLATE_NOOP("Field", "Technical target"),
    "failures_per_year": QT_TRANSLATE_NOOP("Field", "Failures a year"),
    "hours_per_failure": QT_TRANSLATE_NOOP("Field", "Hours to fix each"),
    "availability_percent": QT_TRANSLATE_NOOP("Field", "Availability %"),
    "cost_benefit": QT_TRANSLATE_NOOP("Field", "Cost and benefit"),
    "status": QT_TRANSLATE_NOOP("Field", "Status"),
    "review_date": QT_TRANSLATE_NOOP("Field", "Review date"),
    "cause": QT_TRANSLATE_NOOP("Field", "Cause"),
    "likelihood": QT_TRANSLATE_NOOP("Field", "Likelihood"),
    "impact": QT_TRANSLATE_NOOP("Field", "Impact"),
    "mitigation": QT_TRANSLATE_NOOP("Field", "Mitigation"),
    "recovery_plan": QT_TRANSLATE_NOOP("Field", "Recovery plan"),
    "recovery_minutes": QT_TRANSLATE_NOOP("Field", "Recovery time (minutes)"),
    "preparation": QT_TRANSLATE_NOOP("Field", "What we do now to shorten recovery"),
    "held_on": QT_TRANSLATE_NOOP("Field", "Date"),
    "decisions": QT_TRANSLATE_NOOP("Field", "Decisions"),
    "text": QT_TRANSLATE_NOOP("Field", "Text"),
    "due": QT_TRANSLATE_NOOP("Field", "Due"),
    "period_start": QT_TRANSLATE_NOOP("Field", "Period start"),
    "period_end": QT_TRANSLATE_NOOP("Field", "Period end"),
    "score": QT_TRANSLATE_NOOP("Field", "Score"),
    "received_on": QT_TRANSLATE_NOOP("Field", "Received on"),
    "follow_up": QT_TRANSLATE_NOOP("Field", "Follow-up"),
    "signed_on": QT_TRANSLATE_NOOP("Field", "Signed on"),
    "achieved": QT_TRANSLATE_NOOP("Field", "Achieved"),
}
