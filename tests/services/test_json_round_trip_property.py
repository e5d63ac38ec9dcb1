"""Any valid service file survives export -> import into an empty database -> export, byte for byte."""

from __future__ import annotations

import datetime as dt
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from accountdesk.domain._printable_data import RANGES
from accountdesk.domain.bidi import BIDI_CONTROLS, is_blank
from accountdesk.domain.enums import (
    Channel,
    Criticality,
    Environment,
    ExpectationHolder,
    ExpectationStatus,
    FeedbackChannel,
    FeedbackScale,
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
    ActionItemData,
    ContactData,
    EscalationLevelData,
    EscalationPathData,
    ExpectationData,
    FeedbackData,
    MeetingData,
    ParticipantData,
    ReportResultData,
    RiskData,
    ServiceFile,
    ServiceReportData,
    SystemData,
)
from accountdesk.domain.service_window import ServiceWindow
from accountdesk.services import json_format as jf
from accountdesk.services import service_files as sf
from accountdesk.storage import tables as t

# Any character text may hold: what the document fonts print (Hebrew, Persian, Latin,
# symbols, emoji), ZWNJ, tabs and line breaks. Other control characters, surrogates,
# noncharacters and characters no font has are refused by the rules; bidi controls are
# removed by an import (and said where: tests/cli).
PRINTABLE = (
    st.sampled_from(RANGES)
    .flatmap(lambda span: st.integers(span[0], span[1]))
    .map(chr)
    .filter(lambda ch: unicodedata.category(ch) not in ("Cs", "Cc", "Cn"))
    .filter(lambda ch: ch not in BIDI_CONTROLS)
)
TEXT = st.text(PRINTABLE | st.sampled_from("\t\n\r\u200c"), max_size=12)
NAME = TEXT.filter(lambda s: not is_blank(s))  # only invisible characters is no name
STAFF = st.sampled_from(["", "Dana Levi", "דנה לוי", "مریم احمدی"])
EMAIL = st.sampled_from(["", "yossi@acme.co.il", "Dana.Levi@Example.COM", "m.ahmadi@ofoghit.ir"])
PHONE = st.sampled_from(["", "03-555-1234", "+98 21 8877 6655", "۰۵۲-۵۵۵-۱۲۳۴", "+44 20 7946 0123"])
DATE = st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))
MINUTES = st.integers(0, 10**6)
AMOUNT = st.none() | st.floats(0, 10**6, allow_nan=False)


def enum(e):
    return st.sampled_from(list(e))


@st.composite
def windows(draw) -> ServiceWindow:
    start = draw(st.integers(0, 1439))
    end = draw(st.integers(start + 1, 1440))
    zone = draw(st.sampled_from(["Asia/Jerusalem", "Asia/Tehran", "Europe/London", "UTC"]))
    return ServiceWindow(draw(st.integers(1, 127)), start, end, zone)


@st.composite
def contacts(draw) -> ContactData:
    return ContactData(
        name=draw(NAME),
        side=draw(enum(Side)),
        role=draw(TEXT),
        itil_relation=draw(enum(ItilRelation)),
        phone=draw(PHONE),
        mobile=draw(PHONE),
        email=draw(EMAIL),
        preferred_channel=draw(enum(Channel)),
        language=draw(st.none() | enum(Language)),
        reachable_hours=draw(TEXT),
        notes=draw(TEXT),
    )


def key_of(draw, people: list[ContactData]) -> str | None:
    return draw(st.none() | st.sampled_from([c.key for c in people])) if people else None


@st.composite
def systems(draw, name: str, people: list[ContactData]) -> SystemData:
    return SystemData(
        name=name,
        kind=draw(enum(SystemKind)),
        business_function=draw(TEXT),
        environment=draw(enum(Environment)),
        version=draw(TEXT),
        location=draw(TEXT),
        host=draw(TEXT),
        address=draw(TEXT),
        serial=draw(TEXT),
        criticality=draw(enum(Criticality)),
        owner_key=key_of(draw, people),
        notes=draw(TEXT),
    )


@st.composite
def levels(draw, people: list[ContactData]) -> EscalationLevelData:
    level = EscalationLevelData(
        after_minutes=draw(MINUTES),
        channel=draw(enum(Channel)),
        staff_name=draw(STAFF),
        contact_key=key_of(draw, people),
        name=draw(TEXT),
    )
    if not (level.staff_name or level.contact_key or not is_blank(level.name)):
        level.name = "on call"
    return level


@st.composite
def risks(draw) -> RiskData:
    return RiskData(
        cause=draw(NAME),
        likelihood=draw(enum(Likelihood)),
        impact=draw(enum(Likelihood)),
        mitigation=draw(TEXT),
        recovery_plan=draw(TEXT),
        recovery_minutes=draw(st.none() | MINUTES),
        preparation=draw(TEXT),
        owner_name=draw(STAFF),
    )


@st.composite
def expectations(draw) -> ExpectationData:
    realistic = draw(st.booleans())
    return ExpectationData(
        customer_words=draw(NAME),
        topic=draw(enum(Topic)),
        holder=draw(enum(ExpectationHolder)),
        agreed_target=draw(TEXT),
        technical_target=draw(TEXT),
        failures_per_year=draw(AMOUNT),
        hours_per_failure=draw(AMOUNT),
        availability_percent=draw(st.none() | st.floats(0, 100)),
        realistic=realistic,
        cost_benefit=draw(TEXT if realistic else NAME),
        status=draw(enum(ExpectationStatus)),
        review_date=draw(st.none() | DATE),
        risks=draw(st.lists(risks(), max_size=2)),
    )


@st.composite
def meetings(draw) -> MeetingData:
    flags = draw(st.lists(st.booleans(), min_size=6, max_size=6))
    return MeetingData(
        held_on=draw(DATE),
        kind=draw(enum(MeetingKind)),
        notes=draw(TEXT),
        decisions=draw(TEXT),
        covered_industry=flags[0],
        covered_business_needs=flags[1],
        covered_support_level=flags[2],
        covered_boundaries=flags[3],
        covered_escalation=flags[4],
        covered_contacts=flags[5],
        participants=draw(
            st.lists(st.builds(ParticipantData, name=NAME, side=enum(Side), role=TEXT), max_size=2)
        ),
        action_items=draw(
            st.lists(
                st.builds(
                    ActionItemData, text=NAME, owner=TEXT, due=st.none() | DATE, done=st.booleans()
                ),
                max_size=2,
            )
        ),
    )


@st.composite
def reports(draw, expectation_count: int) -> ServiceReportData:
    start = draw(DATE)
    chosen = (
        draw(st.lists(st.integers(0, expectation_count - 1), unique=True, max_size=2))
        if expectation_count
        else []
    )
    return ServiceReportData(
        period_start=start,
        period_end=start + dt.timedelta(days=draw(st.integers(0, 400))),
        improvement_plan=draw(TEXT),
        results=[
            ReportResultData(
                expectation_index=i, achieved=draw(NAME), met=draw(st.booleans()), notes=draw(TEXT)
            )
            for i in chosen
        ],
    )


@st.composite
def service_files(draw) -> ServiceFile:
    people = draw(st.lists(contacts(), max_size=3))
    system_names = draw(st.lists(NAME, max_size=3, unique_by=lambda s: s.strip().casefold()))
    paths = draw(st.lists(st.tuples(enum(Severity), enum(Side)), unique=True, max_size=3))
    wishes = draw(st.lists(expectations(), max_size=3))
    return ServiceFile(
        name=draw(NAME),
        industry=draw(TEXT),
        business_needs=draw(TEXT),
        support_level=draw(enum(SupportLevel)),
        support_in_scope=draw(TEXT),
        support_out_of_scope=draw(TEXT),
        window=draw(windows()),
        knowledge_level=draw(enum(KnowledgeLevel)),
        criticality=draw(enum(Criticality)),
        document_language=draw(enum(Language)),
        account_manager=draw(STAFF),
        supporter=draw(STAFF),
        backup_supporter=draw(STAFF),
        next_review=draw(st.none() | DATE),
        notes=draw(TEXT),
        systems=[draw(systems(n, people)) for n in system_names],
        contacts=people,
        escalation_paths=[
            EscalationPathData(
                severity=sev, side=side, levels=draw(st.lists(levels(people), max_size=3))
            )
            for sev, side in paths
        ],
        expectations=wishes,
        meetings=draw(st.lists(meetings(), max_size=2)),
        reports=draw(st.lists(reports(len(wishes)), max_size=2)),
        feedback=draw(
            st.lists(
                st.builds(
                    FeedbackData,
                    received_on=DATE,
                    channel=enum(FeedbackChannel),
                    scale=st.just(FeedbackScale.NPS),
                    score=st.none() | st.integers(0, 10),
                    given_by=TEXT,
                    customer_words=TEXT,
                    follow_up=TEXT,
                    follow_up_due=st.none() | DATE,
                    follow_up_done=st.booleans(),
                    follow_up_outcome=TEXT,
                ),
                max_size=2,
            )
        ),
    )


def emptied(db):
    """Hypothesis runs many examples on one database: start each from nothing."""
    with db.transaction() as session:
        # Escalation paths first, as delete_customer does: a level whose contact the
        # cascade removed before it would name no one.
        session.execute(delete(t.EscalationPath))
        session.execute(delete(t.Customer))
        session.execute(delete(t.StaffMember))
    return db


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(files=st.lists(service_files(), min_size=1, max_size=2, unique_by=lambda f: f.name.strip()))
def test_any_service_file_round_trips_exactly(db, other_db, files):
    source, target = emptied(db), emptied(other_db)
    ids = [sf.save_file(source, f).id for f in files]
    first = jf.dumps(jf.export_customers(source, ids))
    new_ids = jf.import_document(target, first)
    assert jf.dumps(jf.export_customers(target, new_ids)) == first
    # What was read is what was stored, field for field, without touching a database.
    stored = [sf.load_file(source, i) for i in ids]
    parsed = jf.parse_document(first)
    assert jf.build_document(parsed, {})["customers"] == jf.build_document(stored, {})["customers"]
