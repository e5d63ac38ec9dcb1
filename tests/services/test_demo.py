"""The demo data: thirteen realistic customers in four languages, valid and complete."""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import unicodedata

import pytest

from accountdesk.domain.availability import PlainTarget, percent_from_plain
from accountdesk.domain.enums import Language, MeetingKind, Severity, Topic
from accountdesk.services import service_files as sf
from accountdesk.services.demo import CUSTOMERS, DemoRefusedError, create_demo, demo_files


@pytest.fixture
def files(demo_db):
    return [sf.load_file(demo_db, i) for i in sf.customer_ids(demo_db)]


def test_thirteen_customers_in_four_languages(files):
    languages = collections.Counter(f.document_language for f in files)
    assert len(files) == len(CUSTOMERS) >= 13
    assert (
        languages[Language.HEBREW] >= 5
        and languages[Language.PERSIAN] >= 4
        and languages["ar"] >= 1
        and languages[Language.ENGLISH] >= 3
    )


def test_every_customer_has_a_full_service_file(files):
    for f in files:
        assert f.industry and f.business_needs and f.support_in_scope and f.support_out_of_scope, (
            f.name
        )
        assert f.account_manager and f.supporter and f.backup_supporter, f.name
        assert len(f.systems) >= 2 and len(f.contacts) >= 2, f.name
        assert any(s.host and s.version for s in f.systems), f.name
        assert 2 <= len({p.severity for p in f.escalation_paths}) <= 4, f.name
        assert all(len(p.levels) >= 1 for p in f.escalation_paths), f.name
        assert len(f.expectations) >= 2, f.name
        kickoff = next(m for m in f.meetings if m.kind == MeetingKind.KICKOFF)
        assert kickoff.participants and kickoff.action_items and kickoff.covered_escalation, f.name
        assert f.reports and f.reports[0].results, f.name
        assert f.feedback, f.name


def test_escalation_levels_are_ordered_by_time(files):
    for f in files:
        for p in f.escalation_paths:
            minutes = [level.after_minutes for level in p.levels]
            assert minutes == sorted(minutes), (f.name, p.severity)
    assert any(
        p.severity == Severity.CRITICAL and len(p.levels) == 3
        for f in files
        for p in f.escalation_paths
    )


def test_expectations_are_in_the_customers_words_with_the_percentage_second(files):
    hospital = next(f for f in files if f.name == "המרכז הרפואי גליל כרמל")
    pacs = hospital.expectations[0]
    assert "4 פעמים בשנה" in pacs.customer_words and "4 שעות" in pacs.agreed_target
    assert pacs.availability_percent == 99.82
    assert "99.82%" in pacs.technical_target
    persian = [
        e.technical_target
        for f in files
        if f.document_language == Language.PERSIAN
        for e in f.expectations
        if e.topic == Topic.AVAILABILITY and e.failures_per_year is not None
    ]
    # Among Persian words and digits the percentage is written as the app writes it.
    assert persian and all("٪" in t and "%" not in t for t in persian)
    assert any("۹۹٫" in t for t in persian)
    for f in files:
        for e in f.expectations:
            if e.topic == Topic.AVAILABILITY and e.failures_per_year is not None:
                exact = percent_from_plain(
                    PlainTarget(e.failures_per_year, e.hours_per_failure), f.window
                )
                assert e.availability_percent == round(exact, 2), f.name


def test_some_expectations_are_unrealistic_with_cost_and_benefit(files):
    unrealistic = [e for f in files for e in f.expectations if not e.realistic]
    assert len(unrealistic) >= 5
    assert all(len(e.cost_benefit) > 80 for e in unrealistic)


def test_risks_say_how_to_recover_and_how_long_it_takes(files):
    risks = [r for f in files for e in f.expectations for r in e.risks]
    assert len(risks) >= 10
    assert all(
        r.recovery_plan and r.recovery_minutes and r.preparation and r.owner_name for r in risks
    )
    # One risk waits for the customer's decision on its mitigation, so the home view's
    # section of risks without one has something to show.
    unmitigated = [r.cause for r in risks if not r.mitigation.strip()]
    assert len(unmitigated) == 1 and "شرم الشيخ" in unmitigated[0]


def test_service_windows_vary(files):
    windows = {
        (f.window.days_mask, f.window.start_minute, f.window.end_minute, f.window.timezone)
        for f in files
    }
    assert (127, 0, 1440, "Asia/Jerusalem") in windows  # 24×7
    assert (0b1001111, 480, 1080, "Asia/Jerusalem") in windows  # Sun–Thu 08:00–18:00
    assert (0b1100111, 480, 960, "Asia/Tehran") in windows  # Sat–Wed 08:00–16:00
    assert (0b0011111, 540, 1050, "Europe/London") in windows  # Mon–Fri 09:00–17:30


def test_some_reviews_are_overdue_relative_to_the_day_of_creation(demo_db, demo_day):
    overdue = sf.list_customers(demo_db, sf.CustomerFilter(review_overdue=True, today=demo_day))
    assert 2 <= len(overdue) < len(CUSTOMERS)
    # Created on another day, the same customers are overdue on that day.
    later = demo_day + dt.timedelta(days=400)
    assert {f.name for f in demo_files(later) if f.next_review < later} == {r.name for r in overdue}


def test_contact_details_are_valid_and_normalised(files):
    phones = [p for f in files for c in f.contacts for p in (c.phone, c.mobile) if p]
    assert len(phones) > 40
    assert all(p.startswith(("+972", "+98", "+20", "+44")) for p in phones)
    assert {p[:3] for p in phones} >= {"+97", "+98", "+20", "+44"}
    assert all("@" in c.email for f in files for c in f.contacts if c.email)


def test_staff_have_roles_and_contact_details(demo_db):
    staff = sf.list_staff(demo_db)
    assert len(staff) >= 12
    assert all(s.email and s.phone.startswith("+") for s in staff)
    assert {s.role.value for s in staff} >= {"account_manager", "supporter", "escalation_manager"}


def test_mixed_direction_text_is_there(files):
    system_names = {s.name for f in files for s in f.systems}
    assert "Exchange 2019 (מקומי)" in system_names
    persian_notes = [f.notes for f in files if f.document_language == Language.PERSIAN]
    assert any("support@ofoghit.ir" in n for n in persian_notes)
    hosts = {s.host for f in files for s in f.systems}
    assert "srv-dc01.glc-med.local" in hosts


def test_the_demo_refuses_a_database_with_customers(demo_db):
    before = sf.customer_ids(demo_db)
    with pytest.raises(DemoRefusedError, match=f"already has {len(CUSTOMERS)} customer"):
        create_demo(demo_db)
    assert sf.customer_ids(demo_db) == before


def test_a_failed_demo_leaves_no_customers_behind(db, monkeypatch):
    from accountdesk.services import demo

    calls = []

    def failing_save(database, file):
        if len(calls) == 3:
            raise RuntimeError("disk full")
        calls.append(file.name)
        return sf.save_file(database, file)

    monkeypatch.setattr(demo, "save_file", failing_save)
    with pytest.raises(RuntimeError):
        create_demo(db)
    assert sf.customer_ids(db) == []


def _first_strong_direction(text: str) -> str | None:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return None


def _texts(value: object, path: str) -> list[tuple[str, str]]:
    if isinstance(value, str):
        return [(path, value)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [
            item
            for f in dataclasses.fields(value)
            for item in _texts(getattr(value, f.name), f"{path}.{f.name}")
        ]
    if isinstance(value, list | tuple):
        return [item for i, v in enumerate(value) for item in _texts(v, f"{path}[{i}]")]
    return []


def test_hebrew_and_persian_sentences_begin_with_a_word_of_their_language():
    # A value is laid out in the direction of its first strong letter: a Hebrew sentence
    # that opens with "Microsoft 365" is printed left to right, its full stop on the wrong
    # side. Names of systems and versions are what the vendor calls them, and stay as they are.
    left_to_right = [
        (path, text)
        for f in demo_files(dt.date(2026, 12, 6))
        if f.document_language != Language.ENGLISH
        for path, text in _texts(f, f.name)
        if not path.endswith((".name", ".version"))
        and any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)
        and _first_strong_direction(text) == "ltr"
    ]
    assert left_to_right == []


def test_each_demo_customer_has_a_year_of_feedback_in_its_language():
    import datetime as dt
    import unicodedata

    from accountdesk.services.demo import demo_files

    today = dt.date(2026, 12, 6)
    files = demo_files(today)
    scripts = {"he": "HEBREW", "fa": "ARABIC", "ar": "ARABIC", "en": "LATIN"}
    for file in files:
        year = [f for f in file.feedback if f.received_on >= today - dt.timedelta(days=366)]
        assert {f.scale for f in year if f.score is not None} >= {"csat", "nps", "ces"}, file.name
        surveys = [f for f in year if f.channel == "survey"]
        assert len(surveys) >= 12
        letter = next(c for c in surveys[0].customer_words if c.isalpha())
        assert scripts[file.document_language] in unicodedata.name(letter), file.name
    follow_ups = [f for file in files for f in file.feedback if f.follow_up]
    assert any(f.follow_up_done and f.follow_up_outcome for f in follow_ups)
    assert any(not f.follow_up_done and f.follow_up_owner and f.follow_up_due for f in follow_ups)
    assert sum(f.channel == "complaint" for file in files for f in file.feedback) >= 5
