"""Names that only frameworks, the build or the tests use, for vulture (see [tool.vulture]
in pyproject.toml). Regenerate with `vulture --make-whitelist` after removing dead code.

- Qt calls its virtual methods by name (paintEvent, eventFilter, columnCount, closeEvent…)
  and the file view imports lazy tabs by a "module:factory" string (HistoryTab, SystemsTab…);
- ReportLab reads flowable and canvas attributes (keepWithNext, spaceBefore, minWidth,
  _make_preamble, addObjects…), fontTools its subsetter options, HarfBuzz buffer settings;
- SQLAlchemy calls TypeDecorator hooks and event listeners, reads mapped columns and
  relationships; Alembic reads revision, down_revision, branch_labels, depends_on and
  downgrade;
- setuptools runs BuildPy; enum members are read by value; fields of the service file
  that only their declarations name are read and written by name (storage, JSON);
- tests answer dialogs through `prompt` and read what the user sees through small
  accessors (highlighted_title, shown_problems, current_key…); the text-level import and
  export functions (parse_document, import_document) and the CSV writer (write_csv, for
  every CSV the app will write) are used by tests and are the services' documented API.
"""

BuildPy  # unused class
accountdesk  # unused import
_.useA85  # unused attribute
_.keepWithNext  # unused attribute
_._make_preamble  # unused method
_._preamble  # unused attribute
_._fontname  # unused attribute
_._fontsize  # unused attribute
_._leading  # unused attribute
_.layout_features  # unused attribute
_.layout_scripts  # unused attribute
_.name_IDs  # unused attribute
_.name_languages  # unused attribute
_.glyph_names  # unused attribute
_.legacy_kern  # unused attribute
_.notdef_outline  # unused attribute
_.drop_tables  # unused attribute
_.minWidth  # unused method
_.addObjects  # unused method
_.cluster_level  # unused attribute
SOCIAL  # unused variable
_.frac_prec  # unused attribute
write_csv  # unused function
parse_document  # unused function
import_document  # unused function
_.updated_at  # unused attribute
impl  # unused variable
cache_ok  # unused variable
_.process_bind_param  # unused method
_.process_result_value  # unused method
updated_at  # unused variable
_.backup_path  # unused attribute
_on_connect  # unused function
_.isolation_level  # unused attribute
_on_begin  # unused function
head_revision  # unused function
down_revision  # unused variable
branch_labels  # unused variable
depends_on  # unused variable
downgrade  # unused function
unread  # unused variable
reindex_all  # unused function
active  # unused variable
summaries  # unused variable
__mapper_args__  # unused function
path_id  # unused variable
staff_id  # unused variable
owner_id  # unused variable
meeting_id  # unused variable
strokes_json  # unused variable
report_id  # unused variable
_.highlighted_title  # unused method
_.current_id  # unused method
_.missing_items  # unused method
_.shown_problems  # unused method
_.question  # unused attribute
_.mergeWith  # unused method
_.is_new  # unused property
_.current_key  # unused method
HistoryTab  # unused class
_.eventFilter  # unused method
_.mousePressEvent  # unused method
_.mouseMoveEvent  # unused method
_.mouseReleaseEvent  # unused method
_.tabletEvent  # unused method
_.paintEvent  # unused method
_.prompt  # unused attribute
_.closeEvent  # unused method
covered_industry  # unused variable
covered_business_needs  # unused variable
covered_support_level  # unused variable
covered_boundaries  # unused variable
covered_escalation  # unused variable
covered_contacts  # unused variable
achieved  # unused variable
met  # unused variable
improvement_plan  # unused variable
follow_up_done  # unused variable
IncidentsTab  # unused class: a lazy tab, imported by its "module:factory" string
SystemsTab  # unused class: a file tab, imported by its "module:factory" string
ContactsTab  # unused class: a file tab, imported by its "module:factory" string
EscalationTab  # unused class: a file tab, imported by its "module:factory" string
ExpectationsTab  # unused class: a file tab, imported by its "module:factory" string
MeetingsTab  # unused class: a file tab, imported by its "module:factory" string
FeedbackTab  # unused class: a file tab, imported by its "module:factory" string
ReportsTab  # unused class: a lazy tab, imported by its "module:factory" string
_.chart_widgets  # unused method (what the Reports tab shows, for tests)
# Targets read by name (domain.achievement.target_minutes: f"{measure}_{severity}_minutes").
_.response_critical_minutes  # unused variable
_.response_high_minutes  # unused variable
_.response_medium_minutes  # unused variable
_.response_low_minutes  # unused variable
_.resolution_critical_minutes  # unused variable
_.resolution_high_minutes  # unused variable
_.resolution_medium_minutes  # unused variable
_.resolution_low_minutes  # unused variable
follow_up_outcome  # unused variable (shown and edited through its declaration)
csat_answers  # unused variable (a trend's figure, for the service report)
ces_answers  # unused variable
follow_up_owner_id  # unused variable (a foreign key, named in queries by the ORM)
_.inherit_cache  # unused variable (SQLAlchemy's cache key of a SQL function)
_minutes_sqlite  # unused function (SQLAlchemy's compiler calls it)
_minutes_postgresql  # unused function (SQLAlchemy's compiler calls it)
improvement_owner_id  # unused variable (a foreign key, named in queries by the ORM)
wait_listening  # unused method (tests wait for the listener before saving)
