"""The rules a service file must satisfy before it is saved, applied all at once.

`clean_service_file` returns a cleaned copy (trimmed text, phones in E.164, normalised
e-mails, parsed numbers and dates) or raises one ValidationError listing every problem,
each with its field and row, so the user sees all of them next to their fields.
"""

from __future__ import annotations

import copy

from accountdesk.domain import messages as m
from accountdesk.domain.enums import (
    Channel,
    Criticality,
    Environment,
    ExpectationHolder,
    ExpectationStatus,
    FeedbackChannel,
    ItilRelation,
    KnowledgeLevel,
    Language,
    Likelihood,
    MeetingKind,
    Severity,
    Side,
    SupportLevel,
    SystemKind,
    Topic,
)
from accountdesk.domain.service_file import (
    ContactData,
    EscalationPathData,
    ExpectationData,
    FeedbackData,
    MeetingData,
    ServiceFile,
    ServiceReportData,
    SystemData,
)
from accountdesk.domain.service_window import ServiceWindow
from accountdesk.domain.validation import Checker

LONG_TEXT = 10_000


def clean_service_file(file: ServiceFile) -> ServiceFile:
    clean = copy.deepcopy(file)
    check = Checker("customer")
    _clean_customer(check, clean)
    for index, system in enumerate(clean.systems):
        clean_system(check.at("systems", index), system)
    for index, contact in enumerate(clean.contacts):
        _clean_contact(check.at("contacts", index), contact, clean.country)
    _clean_escalation(check, clean)
    for index, expectation in enumerate(clean.expectations):
        _clean_expectation(check.at("expectations", index), expectation)
    for index, meeting in enumerate(clean.meetings):
        _clean_meeting(check.at("meetings", index), meeting)
    for index, report in enumerate(clean.reports):
        _clean_report(check.at("reports", index), report, len(clean.expectations))
    for index, item in enumerate(clean.feedback):
        _clean_feedback(check.at("feedback", index), item)
    _check_unique_names(check, clean)
    check.raise_if_any()
    return clean


def _clean_customer(check: Checker, f: ServiceFile) -> None:
    f.name = check.text("name", f.name, required=True, limit=200)
    f.industry = check.text("industry", f.industry, limit=120)
    f.business_needs = check.text("business_needs", f.business_needs, limit=LONG_TEXT)
    f.support_level = (
        check.choice("support_level", f.support_level, SupportLevel) or f.support_level
    )
    f.support_in_scope = check.text("support_in_scope", f.support_in_scope, limit=LONG_TEXT)
    f.support_out_of_scope = check.text(
        "support_out_of_scope", f.support_out_of_scope, limit=LONG_TEXT
    )
    f.window = _clean_window(check, f.window)
    f.knowledge_level = (
        check.choice("knowledge_level", f.knowledge_level, KnowledgeLevel) or f.knowledge_level
    )
    f.criticality = check.choice("criticality", f.criticality, Criticality) or f.criticality
    f.document_language = (
        check.choice("document_language", f.document_language, Language) or f.document_language
    )
    f.country = check.country("country", f.country, required=True) or f.country
    f.account_manager = check.text("account_manager", f.account_manager, limit=120)
    f.supporter = check.text("supporter", f.supporter, limit=120)
    f.backup_supporter = check.text("backup_supporter", f.backup_supporter, limit=120)
    f.next_review = check.date("next_review", f.next_review)
    f.notes = check.text("notes", f.notes, limit=LONG_TEXT)


def _clean_window(check: Checker, window: ServiceWindow) -> ServiceWindow:
    if not 1 <= window.days_mask <= 127:
        check.fail("window_days", m.NO_DAYS)
    if not 0 <= window.start_minute < window.end_minute <= 1440:
        check.fail("window_end", m.WINDOW_ORDER)
    timezone = check.timezone("timezone", window.timezone)
    return (
        window
        if check.problems
        else ServiceWindow(window.days_mask, window.start_minute, window.end_minute, timezone)
    )


# The longest text each field of a system may hold.
SYSTEM_TEXT_LIMITS = {
    "name": 160,
    "business_function": 200,
    "version": 80,
    "location": 160,
    "host": 253,
    "address": 253,
    "serial": 120,
    "notes": LONG_TEXT,
}


def clean_system(check: Checker, s: SystemData) -> None:
    """One system's fields (the rules that need the whole file are checked with it)."""
    limit = SYSTEM_TEXT_LIMITS
    s.name = check.text("name", s.name, required=True, limit=limit["name"])
    s.kind = check.choice("kind", s.kind, SystemKind) or s.kind
    s.business_function = check.text(
        "business_function", s.business_function, limit=limit["business_function"]
    )
    s.environment = check.choice("environment", s.environment, Environment) or s.environment
    s.version = check.text("version", s.version, limit=limit["version"])
    s.location = check.text("location", s.location, limit=limit["location"])
    s.host = check.text("host", s.host, limit=limit["host"])
    s.address = check.text("address", s.address, limit=limit["address"])
    s.serial = check.text("serial", s.serial, limit=limit["serial"])
    s.criticality = check.choice("criticality", s.criticality, Criticality) or s.criticality
    s.notes = check.text("notes", s.notes, limit=limit["notes"])


def _clean_contact(check: Checker, c: ContactData, customer_country: str) -> None:
    c.name = check.text("name", c.name, required=True, limit=120)
    c.side = check.choice("side", c.side, Side) or c.side
    c.role = check.text("role", c.role, limit=120)
    c.itil_relation = (
        check.choice("itil_relation", c.itil_relation, ItilRelation) or c.itil_relation
    )
    country = check.country("country", c.country, required=False)
    # The customer's own country is not repeated: the contact follows it when it changes.
    c.country = None if country == customer_country else country
    region = country or customer_country
    c.phone = check.phone("phone", c.phone, region)
    c.mobile = check.phone("mobile", c.mobile, region)
    c.email = check.email("email", c.email)
    c.preferred_channel = (
        check.choice("preferred_channel", c.preferred_channel, Channel) or c.preferred_channel
    )
    c.language = check.choice("language", c.language, Language, required=False)
    c.reachable_hours = check.text("reachable_hours", c.reachable_hours, limit=120)
    c.notes = check.text("notes", c.notes, limit=LONG_TEXT)


def _clean_escalation(check: Checker, f: ServiceFile) -> None:
    seen: set[tuple[str, str]] = set()
    contact_keys = {c.key for c in f.contacts}
    for index, path in enumerate(f.escalation_paths):
        check.at("escalation_paths", index)
        path.severity = check.choice("severity", path.severity, Severity) or path.severity
        path.side = check.choice("side", path.side, Side) or path.side
        pair = (str(path.severity), str(path.side))
        if pair in seen:
            check.fail("severity", m.DUPLICATE, value=f"{path.severity} / {path.side}")
        seen.add(pair)
        _clean_levels(check, path, contact_keys)


def _clean_levels(check: Checker, path: EscalationPathData, contact_keys: set[str]) -> None:
    for level in path.levels:
        minutes = check.number("after_minutes", level.after_minutes, integer=True, required=True)
        level.after_minutes = int(minutes) if minutes is not None else 0
        level.channel = check.choice("channel", level.channel, Channel) or level.channel
        level.staff_name = check.text("staff_name", level.staff_name, limit=120)
        level.name = check.text("name", level.name, limit=120)
        if level.contact_key not in contact_keys:
            level.contact_key = None
        if not (level.staff_name or level.contact_key or level.name):
            check.fail("level_target", m.LEVEL_TARGET)


def _clean_expectation(check: Checker, e: ExpectationData) -> None:
    e.customer_words = check.text(
        "customer_words", e.customer_words, required=True, limit=LONG_TEXT
    )
    e.topic = check.choice("topic", e.topic, Topic) or e.topic
    e.holder = check.choice("holder", e.holder, ExpectationHolder) or e.holder
    e.agreed_target = check.text("agreed_target", e.agreed_target, limit=LONG_TEXT)
    e.technical_target = check.text("technical_target", e.technical_target, limit=LONG_TEXT)
    e.failures_per_year = check.number("failures_per_year", e.failures_per_year)
    e.hours_per_failure = check.number("hours_per_failure", e.hours_per_failure)
    e.availability_percent = check.number(
        "availability_percent", e.availability_percent, low=0, high=100
    )
    e.cost_benefit = check.text("cost_benefit", e.cost_benefit, limit=LONG_TEXT)
    if not e.realistic and not e.cost_benefit:
        check.fail("cost_benefit", m.COST_NOTE_NEEDED)
    e.status = check.choice("status", e.status, ExpectationStatus) or e.status
    e.review_date = check.date("review_date", e.review_date)
    for risk in e.risks:
        risk.cause = check.text("cause", risk.cause, required=True, limit=LONG_TEXT)
        risk.likelihood = check.choice("likelihood", risk.likelihood, Likelihood) or risk.likelihood
        risk.impact = check.choice("impact", risk.impact, Likelihood) or risk.impact
        risk.mitigation = check.text("mitigation", risk.mitigation, limit=LONG_TEXT)
        risk.recovery_plan = check.text("recovery_plan", risk.recovery_plan, limit=LONG_TEXT)
        minutes = check.number("recovery_minutes", risk.recovery_minutes, integer=True)
        risk.recovery_minutes = int(minutes) if minutes is not None else None
        risk.preparation = check.text("preparation", risk.preparation, limit=LONG_TEXT)
        risk.owner_name = check.text("owner_name", risk.owner_name, limit=120)


def _clean_meeting(check: Checker, meeting: MeetingData) -> None:
    meeting.held_on = check.date("held_on", meeting.held_on, required=True) or meeting.held_on
    meeting.kind = check.choice("kind", meeting.kind, MeetingKind) or meeting.kind
    meeting.notes = check.text("notes", meeting.notes, limit=LONG_TEXT)
    meeting.decisions = check.text("decisions", meeting.decisions, limit=LONG_TEXT)
    for person in meeting.participants:
        person.name = check.text("name", person.name, required=True, limit=120)
        person.side = check.choice("side", person.side, Side) or person.side
        person.role = check.text("role", person.role, limit=120)
    for item in meeting.action_items:
        item.text = check.text("text", item.text, required=True, limit=LONG_TEXT)
        item.owner = check.text("owner", item.owner, limit=120)
        item.due = check.date("due", item.due)


def _clean_report(check: Checker, report: ServiceReportData, expectations: int) -> None:
    start = check.date("period_start", report.period_start, required=True)
    end = check.date("period_end", report.period_end, required=True)
    if start and end and end < start:
        check.fail("period_end", m.PERIOD_ORDER)
    report.period_start = start or report.period_start
    report.period_end = end or report.period_end
    report.improvement_plan = check.text(
        "improvement_plan", report.improvement_plan, limit=LONG_TEXT
    )
    for result in report.results:
        if not 0 <= result.expectation_index < expectations:
            check.fail("achieved", m.OUT_OF_RANGE, low=1, high=expectations)
        result.achieved = check.text("achieved", result.achieved, required=True, limit=LONG_TEXT)
        result.notes = check.text("notes", result.notes, limit=LONG_TEXT)


def _clean_feedback(check: Checker, item: FeedbackData) -> None:
    item.received_on = (
        check.date("received_on", item.received_on, required=True) or item.received_on
    )
    item.channel = check.choice("channel", item.channel, FeedbackChannel) or item.channel
    score = check.number("score", item.score, integer=True, low=1, high=10)
    item.score = int(score) if score is not None else None
    item.customer_words = check.text("customer_words", item.customer_words, limit=LONG_TEXT)
    item.follow_up = check.text("follow_up", item.follow_up, limit=LONG_TEXT)


def _check_unique_names(check: Checker, f: ServiceFile) -> None:
    seen: set[str] = set()
    for index, system in enumerate(f.systems):
        key = system.name.casefold()
        if key and key in seen:
            check.at("systems", index).fail("name", m.DUPLICATE, value=system.name)
        seen.add(key)
