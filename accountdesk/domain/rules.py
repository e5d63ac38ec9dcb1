"""The rules a service file must satisfy before it is saved, applied all at once.

`clean_service_file` returns a cleaned copy (trimmed text, phones in E.164, normalised
e-mails, parsed numbers and dates) or raises one ValidationError listing every problem,
each with its field and row, so the user sees all of them next to their fields.
"""

from __future__ import annotations

import copy
import datetime as dt

from accountdesk.domain import messages as m
from accountdesk.domain.enums import SCALE_RANGES
from accountdesk.domain.fields import Kind, declared_fields
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
    f.country = check.country("country", f.country, required=True) or f.country
    clean_declared(check, f)
    f.window = _clean_window(check, f.window)


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


def clean_declared(check: Checker, record: object, *, region: str | None = None) -> None:
    """Each declared field of `record` (`domain.fields`), checked and cleaned in place:
    text trimmed and within its length, choices, numbers in range, dates, phone numbers
    read in `region`, e-mail addresses. A refused value the record cannot do without
    (a choice, a required date) stays as it was; the save is refused anyway."""
    for name, declared in declared_fields(type(record)):
        value = getattr(record, name)
        kind = declared.kind
        if kind in (Kind.TEXT, Kind.STAFF):
            value = check.text(name, value, required=declared.required, limit=declared.length)
        elif kind is Kind.PHONE:
            value = check.phone(name, value, region)
        elif kind is Kind.EMAIL:
            value = check.email(name, value)
        elif kind is Kind.CHOICE:
            assert declared.enum is not None
            cleaned = check.choice(name, value, declared.enum, required=not declared.nullable)
            value = cleaned if cleaned is not None or declared.nullable else value
        elif kind in (Kind.INTEGER, Kind.NUMBER):
            integer = kind is Kind.INTEGER
            number = check.number(
                name,
                value,
                required=declared.required,
                integer=integer,
                low=declared.low,
                high=declared.high,
            )
            if number is None:
                value = 0 if declared.required else None
            else:
                value = int(number) if integer else number
        elif kind is Kind.DATE:
            cleaned_date = check.date(name, value, required=declared.required)
            value = (cleaned_date or value) if declared.required else cleaned_date
        setattr(record, name, value)


def clean_system(check: Checker, s: SystemData) -> None:
    """One system's fields (the rules that need the whole file are checked with it)."""
    clean_declared(check, s)


def _clean_contact(check: Checker, c: ContactData, customer_country: str) -> None:
    country = check.country("country", c.country, required=False)
    # The customer's own country is not repeated: the contact follows it when it changes.
    c.country = None if country == customer_country else country
    clean_declared(check, c, region=country or customer_country)


def _clean_escalation(check: Checker, f: ServiceFile) -> None:
    seen: set[tuple[str, str]] = set()
    contact_keys = {c.key for c in f.contacts}
    for index, path in enumerate(f.escalation_paths):
        check.at("escalation_paths", index)
        clean_declared(check, path)
        pair = (str(path.severity), str(path.side))
        if pair in seen:
            check.fail("severity", m.DUPLICATE, value=f"{path.severity} / {path.side}")
        seen.add(pair)
        _clean_levels(check, path, contact_keys)


def _clean_levels(check: Checker, path: EscalationPathData, contact_keys: set[str]) -> None:
    for level in path.levels:
        clean_declared(check, level)
        if level.contact_key not in contact_keys:
            level.contact_key = None
        if not (level.staff_name or level.contact_key or level.name):
            check.fail("level_target", m.LEVEL_TARGET)


def _clean_expectation(check: Checker, e: ExpectationData) -> None:
    clean_declared(check, e)
    if not e.realistic and not e.cost_benefit:
        check.fail("cost_benefit", m.COST_NOTE_NEEDED)
    for risk in e.risks:
        clean_declared(check, risk)


def _clean_meeting(check: Checker, meeting: MeetingData) -> None:
    clean_declared(check, meeting)
    for person in meeting.participants:
        clean_declared(check, person)
    for item in meeting.action_items:
        clean_declared(check, item)


def _clean_report(check: Checker, report: ServiceReportData, expectations: int) -> None:
    clean_declared(check, report)
    start, end = report.period_start, report.period_end
    if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
        check.fail("period_end", m.PERIOD_ORDER)
    for result in report.results:
        if not 0 <= result.expectation_index < expectations:
            check.fail("achieved", m.OUT_OF_RANGE, low=1, high=expectations)
        clean_declared(check, result)


def _clean_feedback(check: Checker, item: FeedbackData) -> None:
    clean_declared(check, item)
    if item.score is None:  # none given, or refused already (not a whole number 0-10)
        return
    if item.scale is None:
        check.fail("scale", m.SCALE_NEEDED)
        return
    low, high = SCALE_RANGES[item.scale]
    if not low <= item.score <= high:
        check.fail("score", m.SCORE_ON_SCALE, low=low, high=high, scale=item.scale.name)


def _check_unique_names(check: Checker, f: ServiceFile) -> None:
    seen: set[str] = set()
    for index, system in enumerate(f.systems):
        key = system.name.casefold()
        if key and key in seen:
            check.at("systems", index).fail("name", m.DUPLICATE, value=system.name)
        seen.add(key)
