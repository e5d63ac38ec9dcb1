"""Every validation message, in one place, marked for translation.

The domain knows nothing of Qt. `QT_TRANSLATE_NOOP` here is a plain function with the name
Qt's `lupdate` looks for, so the templates land in the `.ts` files under the context
"Validation" and the user interface translates them when it shows them.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


CTX = "Validation"

REQUIRED = QT_TRANSLATE_NOOP("Validation", "{field} is required")
TOO_LONG = QT_TRANSLATE_NOOP("Validation", "{field} must be at most {limit} characters")
BAD_EMAIL = QT_TRANSLATE_NOOP("Validation", "{field} is not a valid e-mail address: {reason}")
BAD_PHONE = QT_TRANSLATE_NOOP(
    "Validation", "{field} is not a valid phone number; write it with + and its country code"
)
# {country} is the country the number was read in (the user interface names it).
BAD_PHONE_IN_COUNTRY = QT_TRANSLATE_NOOP(
    "Validation",
    "{field} is not a valid phone number in {country}; write it as {national} "
    "or, with the country code, {international}",
)
BAD_COUNTRY = QT_TRANSLATE_NOOP(
    "Validation", "{field}: '{value}' is not a country code (ISO 3166, such as IL, IR or GB)"
)
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
FORBIDDEN_CHARACTER = QT_TRANSLATE_NOOP(
    "Validation",
    "{field} contains {character}, a control character or invalid code point that text may not hold",
)
UNPRINTABLE = QT_TRANSLATE_NOOP(
    "Validation",
    "{field} contains characters that documents cannot print: {characters}; remove or replace them",
)
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
    "country": QT_TRANSLATE_NOOP("Field", "Country"),
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

# ---------------------------------------------------------------- import problems
#
# What the JSON and CSV importers report (accountdesk.domain.errors.ImportProblem), in
# the context "ImportProblem". Parameters: {value}, {name} the person's own words as
# written in the file; {choices}, {columns} the values or column names the file may hold
# (shown as written: they are what goes in the file); {other} another place in the file
# (the user interface says it as it says places); {detail} an explanation in English from
# a library (the JSON or CSV reader, the database): a translation may leave it out.

# The whole document.
NOT_JSON_AT = QT_TRANSLATE_NOOP(
    "ImportProblem", "not valid JSON: {detail} at line {line} column {column}"
)
NOT_A_JSON_NUMBER = QT_TRANSLATE_NOOP(
    "ImportProblem", "not valid JSON: {value} is not a number JSON allows"
)
NOT_A_SERVICE_FILE = QT_TRANSLATE_NOOP(
    "ImportProblem", "not an AccountDesk service-file document; expected {expected}"
)
NOT_A_SERVICE_FILE_FORMAT = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "not an AccountDesk service-file document (its format is {found}); expected {expected}",
)
NEWER_VERSION = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "format version {version} is newer than this AccountDesk reads ({supported}); update AccountDesk",
)
UNSUPPORTED_VERSION = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "unsupported format version {version}; this AccountDesk reads version {supported}",
)
NOT_UTF8_TEXT = QT_TRANSLATE_NOOP("ImportProblem", "not UTF-8 text (byte {byte})")
TOO_DEEP = QT_TRANSLATE_NOOP("ImportProblem", "lists and objects are nested too deeply here")
DATABASE_REFUSED = QT_TRANSLATE_NOOP("ImportProblem", "the database refused the document: {detail}")

# A value in the JSON document.
MUST_BE_OBJECT = QT_TRANSLATE_NOOP("ImportProblem", "must be an object")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("ImportProblem", "unknown field")
MUST_BE_TEXT = QT_TRANSLATE_NOOP("ImportProblem", "must be text")
KEY_TWICE = QT_TRANSLATE_NOOP("ImportProblem", "is written more than once in the same object")
BAD_CHARACTER = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "contains {character}, a control character or invalid code point that text may not hold",
)
# A warning, not a problem: the value is imported without them.
BIDI_CONTROLS_REMOVED = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "invisible direction-control characters removed ({characters}); they could reverse how "
    "the text reads",
)
IS_REQUIRED = QT_TRANSLATE_NOOP("ImportProblem", "is required")
MUST_BE_LIST = QT_TRANSLATE_NOOP("ImportProblem", "must be a list")
MUST_BE_NUMBER = QT_TRANSLATE_NOOP("ImportProblem", "must be a number")
MUST_BE_WHOLE_NUMBER = QT_TRANSLATE_NOOP("ImportProblem", "must be a whole number")
MUST_BE_TRUE_OR_FALSE = QT_TRANSLATE_NOOP("ImportProblem", "must be true or false")
TOO_LARGE = QT_TRANSLATE_NOOP("ImportProblem", "is too large")
NOT_ONE_OF = QT_TRANSLATE_NOOP("ImportProblem", "{value} is not one of {choices}")
BETWEEN = QT_TRANSLATE_NOOP("ImportProblem", "must be between {low} and {high}")
AT_LEAST = QT_TRANSLATE_NOOP("ImportProblem", "must be at least {low}")
NOT_A_DATE = QT_TRANSLATE_NOOP("ImportProblem", "{value} is not a date (use YYYY-MM-DD)")
NOT_A_CONTACT_NUMBER = QT_TRANSLATE_NOOP(
    "ImportProblem", "must be the number of a contact (counted from 0)"
)
NOT_AN_EXPECTATION_NUMBER = QT_TRANSLATE_NOOP(
    "ImportProblem", "must be the number of an expectation (counted from 0)"
)
NO_SUCH_CONTACT = QT_TRANSLATE_NOOP(
    "ImportProblem", "there is no contact {value} (this customer has {total}, counted from 0)"
)
NO_SUCH_EXPECTATION = QT_TRANSLATE_NOOP(
    "ImportProblem", "there is no expectation {value} (this customer has {total}, counted from 0)"
)
STAFF_TWICE = QT_TRANSLATE_NOOP("ImportProblem", "staff member {name} appears twice (also {other})")
CUSTOMER_TWICE = QT_TRANSLATE_NOOP("ImportProblem", "customer {name} appears twice (also {other})")
CUSTOMER_EXISTS = QT_TRANSLATE_NOOP("ImportProblem", "a customer named {name} already exists")
WINDOW_WITHIN_A_DAY = QT_TRANSLATE_NOOP(
    "ImportProblem", "must be after start (a window lies within one day)"
)
DAYS_LIST = QT_TRANSLATE_NOOP("ImportProblem", "must be a non-empty list of days such as {example}")
DAY_TWICE = QT_TRANSLATE_NOOP("ImportProblem", "{value} is listed twice")
NOT_A_TIME = QT_TRANSLATE_NOOP("ImportProblem", "{value} is not a time of day (use HH:MM)")
NOT_A_TIME_UP_TO_24 = QT_TRANSLATE_NOOP(
    "ImportProblem", "{value} is not a time of day (use HH:MM, up to 24:00)"
)
LEVEL_NEEDS_SOMEONE = QT_TRANSLATE_NOOP(
    "ImportProblem", "each level needs a staff member, a contact or a name"
)
NOT_BEFORE = QT_TRANSLATE_NOOP("ImportProblem", "must not be before {other}")
TWO_RESULTS = QT_TRANSLATE_NOOP(
    "ImportProblem", "expectation {value} has two results in this report"
)

# A CSV file.
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "ImportProblem", "the file is not UTF-8 text (byte {byte}); save it as {excel_format}"
)
NOT_CSV = QT_TRANSLATE_NOOP("ImportProblem", "not valid CSV: {detail}")
UNCLOSED_QUOTE = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "a quoted cell starts on this line and is never closed; add the closing quote",
)
STRAY_QUOTE = QT_TRANSLATE_NOOP(
    "ImportProblem",
    'a quote is followed by more text in the same cell; write a quote inside a quoted cell as ""',
)
NO_HEADER = QT_TRANSLATE_NOOP(
    "ImportProblem", "the file has no header row; expected columns such as {columns}"
)
UNKNOWN_COLUMN = QT_TRANSLATE_NOOP(
    "ImportProblem", "column {number} '{name}' is not one of {columns}"
)
COLUMN_TWICE = QT_TRANSLATE_NOOP("ImportProblem", "column '{name}' appears twice")
HEADER_NEEDS = QT_TRANSLATE_NOOP("ImportProblem", "the header needs a '{name}' column")
TOO_MANY_CELLS = QT_TRANSLATE_NOOP(
    "ImportProblem", "{cells} cells, but the header names {expected} columns"
)
OWNER_UNKNOWN = QT_TRANSLATE_NOOP("ImportProblem", "'{value}' matches no contact of this customer")
OWNER_AMBIGUOUS = QT_TRANSLATE_NOOP("ImportProblem", "'{value}' matches more than one contact")

# The one wording for a database another program holds locked, wherever it is met
# (opening, saving, importing); the app translates it in the context "Database".
DATABASE_LOCKED = QT_TRANSLATE_NOOP(
    "Database", "{path} is locked by another program; try again when it has finished"
)
