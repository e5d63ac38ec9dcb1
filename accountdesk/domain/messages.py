"""Every validation, import and database message, and the field labels, in one place.

Each is an English template marked with `N_(context, text)` for the word catalogues
(translations/words_*.po); the user interface and the PDF translate it when they show it,
the command line prints the English.
"""

from accountdesk.domain.words import N_

CTX = "Validation"

REQUIRED = N_("Validation", "{field} is required")
TOO_LONG = N_("Validation", "{field} must be at most {limit} characters")
BAD_EMAIL = N_("Validation", "{field} is not a valid e-mail address: {reason}")
BAD_PHONE = N_(
    "Validation", "{field} is not a valid phone number; write it with + and its country code"
)
# {country} is the country the number was read in (the user interface names it).
BAD_PHONE_IN_COUNTRY = N_(
    "Validation",
    "{field} is not a valid phone number in {country}; write it as {national} "
    "or, with the country code, {international}",
)
BAD_COUNTRY = N_(
    "Validation", "{field}: '{value}' is not a country code (ISO 3166, such as IL, IR or GB)"
)
BAD_CHOICE = N_("Validation", "{field} must be one of: {choices}")
BAD_DATE = N_("Validation", "{field} is not a valid date (use YYYY-MM-DD)")
BAD_TIME = N_("Validation", "{field} is not a valid time (use HH:MM)")
NEGATIVE = N_("Validation", "{field} cannot be negative")
NOT_A_NUMBER = N_("Validation", "{field} must be a number")
OUT_OF_RANGE = N_("Validation", "{field} must be between {low} and {high}")
BAD_TIMEZONE = N_("Validation", "{field} is not a known time zone")
NO_DAYS = N_("Validation", "{field} must include at least one day")
WINDOW_ORDER = N_("Validation", "{field} must end after it starts")
COST_NOTE_NEEDED = N_("Validation", "{field} is required when an expectation is marked unrealistic")
LEVEL_TARGET = N_("Validation", "{field}: choose a staff member or a contact for this level")
PERIOD_ORDER = N_("Validation", "{field} must not be before the period start")
SCALE_NEEDED = N_("Validation", "{field}: choose the scale the score is on")
SCORE_ON_SCALE = N_("Validation", "{field} must be between {low} and {high} on the {scale} scale")
DUPLICATE = N_("Validation", "{field} '{value}' already exists")
BAD_MOMENT = N_("Validation", "{field} needs a date and time with its time zone")
BEFORE_OPENED = N_("Validation", "{field} must not be before the incident was opened")
FORBIDDEN_CHARACTER = N_(
    "Validation",
    "{field} contains {character}, a control character or invalid code point that text may not hold",
)
UNPRINTABLE = N_(
    "Validation",
    "{field} contains characters that documents cannot print: {characters}; remove or replace them",
)
BIDI_CONTROLS = N_(
    "Validation",
    "{field} contains invisible direction-control characters; they are shown neutralised "
    "in documents",
)

# A person's own words quoted in a sentence, with the quotation marks of the language
# ("“…”", Hebrew "“…”", Persian "«…»"); {text} is already isolated.
QUOTED = N_("Quote", "“{text}”")

# Field names as people see them (also translated by the user interface).
FIELD_LABELS: dict[str, str] = {
    "name": N_("Field", "Name"),
    "industry": N_("Field", "Industry"),
    "business_needs": N_("Field", "Business needs"),
    "support_level": N_("Field", "Support level"),
    "support_in_scope": N_("Field", "In scope"),
    "support_out_of_scope": N_("Field", "Out of scope"),
    "window_days": N_("Field", "Service days"),
    "window_start": N_("Field", "Cover starts"),
    "window_end": N_("Field", "Cover ends"),
    "timezone": N_("Field", "Time zone"),
    "knowledge_level": N_("Field", "Knowledge level"),
    "criticality": N_("Field", "Criticality"),
    "document_language": N_("Field", "Document language"),
    "next_review": N_("Field", "Next review"),
    "notes": N_("Field", "Notes"),
    "kind": N_("Field", "Kind"),
    "business_function": N_("Field", "Business function"),
    "environment": N_("Field", "Environment"),
    "version": N_("Field", "Version"),
    "location": N_("Field", "Location"),
    "host": N_("Field", "Host name"),
    "address": N_("Field", "Address"),
    "serial": N_("Field", "Serial number"),
    "side": N_("Field", "Side"),
    "role": N_("Field", "Role"),
    "itil_relation": N_("Field", "ITIL relation"),
    "phone": N_("Field", "Phone"),
    "mobile": N_("Field", "Mobile"),
    "country": N_("Field", "Country"),
    "email": N_("Field", "E-mail"),
    "preferred_channel": N_("Field", "Preferred channel"),
    "language": N_("Field", "Language"),
    "reachable_hours": N_("Field", "Reachable hours"),
    "severity": N_("Field", "Severity"),
    "after_minutes": N_("Field", "After (minutes)"),
    "channel": N_("Field", "Channel"),
    "level_target": N_("Field", "Escalation level"),
    "topic": N_("Field", "Topic"),
    "holder": N_("Field", "Whose expectation"),
    "customer_words": N_("Field", "In the customer's words"),
    "agreed_target": N_("Field", "Agreed target"),
    "technical_target": N_("Field", "Technical target"),
    "failures_per_year": N_("Field", "Failures a year"),
    "hours_per_failure": N_("Field", "Hours to fix each"),
    "availability_percent": N_("Field", "Availability %"),
    "cost_benefit": N_("Field", "Cost and benefit"),
    "status": N_("Field", "Status"),
    "review_date": N_("Field", "Review date"),
    "cause": N_("Field", "Cause"),
    "likelihood": N_("Field", "Likelihood"),
    "impact": N_("Field", "Impact"),
    "mitigation": N_("Field", "Mitigation"),
    "recovery_plan": N_("Field", "Recovery plan"),
    "recovery_minutes": N_("Field", "Recovery time (minutes)"),
    "preparation": N_("Field", "What we do now to shorten recovery"),
    "held_on": N_("Field", "Date"),
    "decisions": N_("Field", "Decisions"),
    "text": N_("Field", "Text"),
    "due": N_("Field", "Due"),
    "period_start": N_("Field", "Period start"),
    "period_end": N_("Field", "Period end"),
    "score": N_("Field", "Score"),
    "received_on": N_("Field", "Received on"),
    "follow_up": N_("Field", "Follow-up"),
    "scale": N_("Field", "Scale"),
    "given_by": N_("Field", "Given by"),
    "follow_up_owner": N_("Field", "Follow-up owner"),
    "follow_up_due": N_("Field", "Follow-up due"),
    "follow_up_done": N_("Field", "Follow-up done"),
    "follow_up_outcome": N_("Field", "Outcome"),
    "signed_on": N_("Field", "Signed on"),
    "achieved": N_("Field", "Achieved"),
    "improvement": N_("Field", "What will change"),
    "improvement_owner": N_("Field", "Owner of the change"),
    "improvement_due": N_("Field", "Change due by"),
    "covered_systems": N_("Field", "Systems covered"),
    "response_critical_minutes": N_("Field", "Response, critical (minutes)"),
    "response_high_minutes": N_("Field", "Response, high (minutes)"),
    "response_medium_minutes": N_("Field", "Response, medium (minutes)"),
    "response_low_minutes": N_("Field", "Response, low (minutes)"),
    "resolution_critical_minutes": N_("Field", "Resolution, critical (minutes)"),
    "resolution_high_minutes": N_("Field", "Resolution, high (minutes)"),
    "resolution_medium_minutes": N_("Field", "Resolution, medium (minutes)"),
    "resolution_low_minutes": N_("Field", "Resolution, low (minutes)"),
    "share_percent": N_("Field", "Share that must meet them %"),
    "ticket": N_("Field", "Ticket ID"),
    "customer": N_("Field", "Customer"),
    "system": N_("Field", "Affected system"),
    "opened": N_("Field", "Opened"),
    "first_response": N_("Field", "First response"),
    "resolved": N_("Field", "Resolved"),
    "service_down": N_("Field", "Service down"),
    "title": N_("Field", "Title"),
}

# ---------------------------------------------------------------- import problems
#
# What the JSON and CSV importers report (accountdesk.domain.errors.ImportProblem), in
# the context "ImportProblem". Parameters: {value}, {name} the person's own words as
# written in the file; {choices}, {columns} the values or column names the file may hold
# (shown as written: they are what goes in the file); {other} another place in the file
# (the user interface says it as it says places); {detail} an explanation in English from
# a library (the JSON or CSV reader, the database), which every translation keeps.

# The whole document.
NOT_JSON_AT = N_("ImportProblem", "not valid JSON: {detail} at line {line} column {column}")
NOT_A_JSON_NUMBER = N_("ImportProblem", "not valid JSON: {value} is not a number JSON allows")
NOT_A_SERVICE_FILE = N_(
    "ImportProblem", "not an AccountDesk service-file document; expected {expected}"
)
NOT_A_SERVICE_FILE_FORMAT = N_(
    "ImportProblem",
    "not an AccountDesk service-file document (its format is {found}); expected {expected}",
)
NEWER_VERSION = N_(
    "ImportProblem",
    "format version {version} is newer than this AccountDesk reads ({supported}); update AccountDesk",
)
UNSUPPORTED_VERSION = N_(
    "ImportProblem",
    "unsupported format version {version}; this AccountDesk reads version {supported}",
)
NOT_UTF8_TEXT = N_("ImportProblem", "not UTF-8 text (byte {byte})")
TOO_DEEP = N_("ImportProblem", "lists and objects are nested too deeply here")
DATABASE_REFUSED = N_("ImportProblem", "the database refused the document: {detail}")

# A value in the JSON document.
MUST_BE_OBJECT = N_("ImportProblem", "must be an object")
UNKNOWN_FIELD = N_("ImportProblem", "unknown field")
MUST_BE_TEXT = N_("ImportProblem", "must be text")
KEY_TWICE = N_("ImportProblem", "is written more than once in the same object")
BAD_CHARACTER = N_(
    "ImportProblem",
    "contains {character}, a control character or invalid code point that text may not hold",
)
# A warning, not a problem: the value is imported without them.
BIDI_CONTROLS_REMOVED = N_(
    "ImportProblem",
    "invisible direction-control characters removed ({characters}); they could reverse how "
    "the text reads",
)
IS_REQUIRED = N_("ImportProblem", "is required")
MUST_BE_LIST = N_("ImportProblem", "must be a list")
MUST_BE_NUMBER = N_("ImportProblem", "must be a number")
MUST_BE_WHOLE_NUMBER = N_("ImportProblem", "must be a whole number")
MUST_BE_TRUE_OR_FALSE = N_("ImportProblem", "must be true or false")
TOO_LARGE = N_("ImportProblem", "is too large")
NOT_ONE_OF = N_("ImportProblem", "{value} is not one of {choices}")
BETWEEN = N_("ImportProblem", "must be between {low} and {high}")
AT_LEAST = N_("ImportProblem", "must be at least {low}")
NOT_A_DATE = N_("ImportProblem", "{value} is not a date (use YYYY-MM-DD)")
NOT_A_CONTACT_NUMBER = N_("ImportProblem", "must be the number of a contact (counted from {first})")
NOT_AN_EXPECTATION_NUMBER = N_(
    "ImportProblem", "must be the number of an expectation (counted from {first})"
)
NO_SUCH_CONTACT = N_(
    "ImportProblem", "there is no contact {value} (this customer has {total}, counted from {first})"
)
NO_SUCH_EXPECTATION = N_(
    "ImportProblem",
    "there is no expectation {value} (this customer has {total}, counted from {first})",
)
STAFF_TWICE = N_("ImportProblem", "staff member {name} appears twice (also {other})")
CUSTOMER_TWICE = N_("ImportProblem", "customer {name} appears twice (also {other})")
CUSTOMER_EXISTS = N_("ImportProblem", "a customer named {name} already exists")
WINDOW_WITHIN_A_DAY = N_("ImportProblem", "must be after start (a window lies within one day)")
DAYS_LIST = N_("ImportProblem", "must be a non-empty list of days such as {example}")
DAY_TWICE = N_("ImportProblem", "{value} is listed twice")
NOT_A_TIME = N_("ImportProblem", "{value} is not a time of day (use HH:MM)")
NOT_A_TIME_UP_TO_24 = N_(
    "ImportProblem", "{value} is not a time of day (use HH:MM, up to {latest})"
)
LEVEL_NEEDS_SOMEONE = N_("ImportProblem", "each level needs a staff member, a contact or a name")
NOT_BEFORE = N_("ImportProblem", "must not be before {other}")
TWO_RESULTS = N_("ImportProblem", "expectation {value} has two results in this report")

# A CSV file.
NOT_UTF8 = N_(
    "ImportProblem", "the file is not UTF-8 text (byte {byte}); save it as {excel_format}"
)
NOT_CSV = N_("ImportProblem", "not valid CSV: {detail}")
UNCLOSED_QUOTE = N_(
    "ImportProblem",
    "a quoted cell starts on this line and is never closed; add the closing quote",
)
STRAY_QUOTE = N_(
    "ImportProblem",
    'a quote is followed by more text in the same cell; write a quote inside a quoted cell as ""',
)
NO_HEADER = N_("ImportProblem", "the file has no header row; expected columns such as {columns}")
UNKNOWN_COLUMN = N_("ImportProblem", "column {number} '{name}' is not one of {columns}")
COLUMN_TWICE = N_("ImportProblem", "column '{name}' appears twice")
HEADER_NEEDS = N_("ImportProblem", "the header needs a '{name}' column")
TOO_MANY_CELLS = N_("ImportProblem", "{cells} cells, but the header names {expected} columns")
OWNER_UNKNOWN = N_("ImportProblem", "'{value}' matches no contact of this customer")
NO_CUSTOMER_NAMED = N_("ImportProblem", "'{value}' is the name of no customer")
OWNER_AMBIGUOUS = N_("ImportProblem", "'{value}' matches more than one contact")

# A helpdesk export of incidents ({column} is the export's own column name).
NOT_A_WORKBOOK = N_("ImportProblem", "not an Excel workbook (.xlsx) that can be read: {detail}")
MISSING_COLUMN = N_(
    "ImportProblem", "the export has no column '{column}' (for {field}); its columns are {columns}"
)
NOT_A_MOMENT = N_(
    "ImportProblem",
    "'{value}' is not a date and time (expected such as {example})",
)
UNKNOWN_SEVERITY = N_(
    "ImportProblem", "severity '{value}' is not in the mapping; it knows {choices}"
)
NOT_YES_OR_NO = N_("ImportProblem", "'{value}' is not yes or no")
TICKET_TWICE = N_("ImportProblem", "ticket {value} appears twice (also line {other})")
BAD_MAPPING = N_("ImportProblem", "the column mapping is not valid: {detail}")

# The one wording for a database another program holds locked, wherever it is met
# (opening, saving, importing), in the context "Database".
DATABASE_LOCKED = N_(
    "Database", "{path} is locked by another program; try again when it has finished"
)

# ---------------------------------------------------------------- errors
#
# Every other error a user can meet (accountdesk.domain.errors), in the context "Error",
# or "Database" for a database file that cannot be used. {path}, {backup}, {folder} are
# file names; {reason} and {detail} are explanations in English from the operating
# system or SQLite (every translation keeps them); {id} is a customer's number.

CUSTOMER_CHANGED = N_(
    "Error", "customer {id} was changed by another window or user since you opened it"
)
CUSTOMER_NO_REVISION = N_(
    "Error",
    "customer {id} cannot be saved without the revision it was read at; nothing was saved",
)
NO_SUCH_CUSTOMER = N_("Error", "no customer with id or name '{name}'")
CUSTOMER_MISSING = N_("Error", "customer {id} does not exist")
CUSTOMER_DELETED = N_("Error", "customer {id} was deleted by another window or user")
INCIDENT_MISSING = N_("Error", "incident {id} does not exist")
VERSION_MISSING = N_("Error", "summary version {id} does not exist")
SCAN_MISSING = N_("Error", "signature {id} has no scan attached")
NOT_SAVED = N_("Error", "the service file could not be saved: {detail}")
DEMO_NOT_EMPTY = N_(
    "Error",
    "{path} already has {count} customer(s); demo data goes only into an empty database",
)

DAMAGED = N_(
    "Database",
    "{path} is damaged, so nothing was written to it; the newest good backup is {backup}",
)
DAMAGED_NO_BACKUP = N_(
    "Database", "{path} is damaged, so nothing was written to it; no backup of it was found"
)
A_FOLDER = N_("Database", "{path} is a folder, not a database file")
DOES_NOT_EXIST = N_("Database", "{path} does not exist")
CANNOT_OPEN_BECAUSE = N_("Database", "cannot open {path}: {reason}")
CANNOT_OPEN = N_("Database", "cannot open {path}")
EMPTY_FILE = N_("Database", "{path} is empty, not an AccountDesk database")
DAMAGED_OR_FOREIGN = N_("Database", "{path} is damaged or is not an AccountDesk database")
FOREIGN = N_("Database", "{path} is not an AccountDesk database")
READ_ONLY = N_("Database", "{path} is read-only")
CANNOT_USE = N_("Database", "cannot use {path}: {detail}")
ONLY_READ = N_("Database", "{path} can only be read ({reason}); nothing was saved")
TOO_NEW_TO_OPEN = N_(
    "Database",
    "{path} was written by a newer version of AccountDesk; update the application to open it",
)
TOO_NEW_TO_RESTORE = N_(
    "Database",
    "{path} was written by a newer version of AccountDesk; update the application to restore it",
)
CANNOT_CREATE_IN = N_("Database", "cannot create a database in {folder}: {reason}")
FOLDER_READ_ONLY = N_("Database", "cannot create a database in {folder}: it is read-only")
CANNOT_BACK_UP_IN = N_("Database", "cannot make backups in {folder}: {reason}")
COPY_FAILED_CHECK = N_(
    "Database", "the copy of {path} failed its check ({detail}), so it was removed"
)
CANNOT_WRITE = N_("Database", "cannot write {path}: {reason}")
CANNOT_COPY = N_("Database", "cannot copy {path} to {target}: {detail}")
NOT_A_BACKUP = N_("Database", "{path} is not an AccountDesk backup")
NOT_A_GOOD_BACKUP = N_("Database", "{path} is not a good AccountDesk backup: {detail}")

# A team database on a PostgreSQL server: why it could not be opened, and what to do.
# {server} is host:port as the user gave it, {database} the database's name, {user} the
# role connected as, {reason} the server's or libpq's own English explanation.
SERVER_UNREACHABLE = N_(
    "Database",
    "cannot reach the database server {server} ({reason}); check that it is running and "
    "that the address and port are right",
)
SERVER_LOGIN_REFUSED = N_(
    "Database",
    "the database server {server} refused the login of {user}; check the user name and "
    "the password (~/.pgpass or PGPASSWORD)",
)
SERVER_NO_DATABASE = N_(
    "Database",
    "there is no database {database} on {server}; create it first (createdb {database}) "
    "or correct its name",
)
SERVER_DATABASE_EMPTY = N_(
    "Database",
    "{path} holds no AccountDesk database yet; create one there with "
    "'accountdesk init --db {path}'",
)

# A team database refused a change (domain.team): what the person may not change, and who
# can. {what} is one of `team.WHAT_WORDS`, translated where shown.
REFUSED_FILE = N_(
    "Rights",
    "only the account manager of this customer can change its {what}; nothing was saved",
)
REFUSED_SUPPORT = N_(
    "Rights",
    "only the account manager and the supporters of this customer can change its {what}; "
    "nothing was saved",
)
REFUSED_TEAM = N_("Rights", "only a manager can change the {what}; nothing was saved")
# A team database refused to show something: the person has no role (any more) that may
# read it; the app reads their rights again (storage.postgres_database).
REFUSED_READ = N_(
    "Rights",
    "you have no role in this team database that may read the {what}; ask its manager for one",
)
BAD_ROLE_NAME = N_(
    "Rights",
    "'{name}' cannot be a database role name here: use lower-case Latin letters, digits "
    "and _ (such as dana_levi)",
)
TEAM_SETUP_FAILED = N_("Rights", "{path}: the team's roles and rights were not set up: {detail}")
NOT_A_TEAM_DATABASE = N_(
    "Rights",
    "{path} has no team roles yet; set them up first with 'accountdesk team init {path}'",
)
