"""The home view's agenda: each kind around its boundaries, "my customers", both backends."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, update

from accountdesk.domain.agenda import (
    AgendaKind,
    Due,
    falls_due,
)
from accountdesk.domain.enums import ExpectationStatus, Severity, SummaryStatus
from accountdesk.domain.incidents import IncidentData
from accountdesk.domain.service_file import (
    ActionItemData,
    ExpectationData,
    FeedbackData,
    MeetingData,
    RiskData,
    ServiceFile,
)
from accountdesk.services.home import AgendaQuery, agenda
from accountdesk.services.incidents.records import save_incident
from accountdesk.services.promises import quarter_of
from accountdesk.services.service_files import save_file, set_archived
from accountdesk.storage import tables as t

TODAY = dt.date(2026, 11, 18)  # a Wednesday in the year's last quarter
NOW = dt.datetime(2026, 11, 18, 10, 0, tzinfo=dt.UTC)


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def customer(db, name: str, **fields) -> ServiceFile:
    return save_file(db, ServiceFile(name=name, **fields))


def items(db, kind: AgendaKind, **query) -> list:
    found = agenda(db, AgendaQuery(today=TODAY, now=NOW, **query)).items
    return [i for i in found if i.kind == kind]


def test_reviews_overdue_today_and_within_a_week_but_not_later(db):
    for name, offset in (("Overdue", -3), ("Today", 0), ("Week", 7), ("Later", 8)):
        customer(db, name, next_review=day(offset))
    customer(db, "None")
    reviews = items(db, AgendaKind.REVIEW)
    assert [(i.customer, i.due_state(TODAY)) for i in reviews] == [
        ("Overdue", Due.OVERDUE),
        ("Today", Due.TODAY),
        ("Week", Due.SOON),
    ]
    assert all(i.tab == "overview" and i.record_id is None for i in reviews)


def test_an_archived_customer_has_no_agenda(db):
    saved = customer(db, "Gone", next_review=day(-1))
    set_archived(db, saved.id, True)
    assert items(db, AgendaKind.REVIEW) == []


def test_expectations_due_for_review_point_at_the_expectation(db):
    saved = customer(
        db,
        "Acme",
        expectations=[
            ExpectationData(customer_words="Mail never down", review_date=day(-1)),
            ExpectationData(customer_words="Answer in an hour", review_date=day(7)),
            ExpectationData(customer_words="Later", review_date=day(8)),
            ExpectationData(
                customer_words="Declined",
                review_date=day(-1),
                status=ExpectationStatus.DECLINED,
            ),
        ],
    )
    found = items(db, AgendaKind.EXPECTATION_REVIEW)
    assert [i.values["words"] for i in found] == ["Mail never down", "Answer in an hour"]
    assert [i.record_id for i in found] == [e.id for e in saved.expectations[:2]]
    assert found[0].tab == "expectations"


def test_open_action_items_due_within_a_week_or_undated(db):
    saved = customer(
        db,
        "Acme",
        meetings=[
            MeetingData(
                held_on=day(-30),
                action_items=[
                    ActionItemData(text="Overdue", owner="Dana", due=day(-1)),
                    ActionItemData(text="Today", due=day(0)),
                    ActionItemData(text="Week", due=day(7)),
                    ActionItemData(text="Later", due=day(8)),
                    ActionItemData(text="Done", due=day(-5), done=True),
                    ActionItemData(text="Undated"),
                ],
            )
        ],
    )
    found = items(db, AgendaKind.ACTION_ITEM)
    assert [i.values["text"] for i in found] == ["Overdue", "Today", "Week", "Undated"]
    assert found[0].values["owner"] == "Dana" and "owner" not in found[1].values
    meeting = saved.meetings[0]
    assert {i.record_id for i in found} == {meeting.id}
    assert len({i.key for i in found}) == 4  # each item its own notification
    assert [falls_due(i, TODAY) for i in found] == [True, True, False, False]


def test_feedback_follow_ups_open_and_due(db):
    customer(
        db,
        "Acme",
        feedback=[
            FeedbackData(received_on=day(-9), follow_up="Call back", follow_up_due=day(-2)),
            FeedbackData(received_on=day(-9), follow_up="Soon", follow_up_due=day(7)),
            FeedbackData(received_on=day(-9), follow_up="Later", follow_up_due=day(8)),
            FeedbackData(
                received_on=day(-9), follow_up="Closed", follow_up_due=day(-2), follow_up_done=True
            ),
            FeedbackData(received_on=day(-9), customer_words="Thanks"),  # nothing to follow
        ],
    )
    found = items(db, AgendaKind.FOLLOW_UP)
    assert [i.values["text"] for i in found] == ["Call back", "Soon"]
    assert found[0].dates == {"received": day(-9)} and found[0].tab == "feedback"


def test_risks_without_mitigation(db):
    saved = customer(
        db,
        "Acme",
        expectations=[
            ExpectationData(
                customer_words="Mail",
                risks=[
                    RiskData(cause="Disk fails", mitigation="  "),
                    RiskData(cause="Power", mitigation="UPS"),
                ],
            )
        ],
    )
    found = items(db, AgendaKind.RISK)
    assert [(i.values["cause"], i.record_id) for i in found] == [
        ("Disk fails", saved.expectations[0].id)
    ]


def test_summaries_missing_or_older_than_the_file(db):
    never = customer(db, "Never signed")
    current = customer(db, "Signed")
    stale = customer(db, "Changed since")
    moment = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    with db.transaction() as session:
        for saved, number in ((current, 1), (stale, 2)):
            session.execute(
                insert(t.SummaryVersion),
                {
                    "customer_id": saved.id,
                    "number": number,
                    "status": SummaryStatus.SIGNED,
                    "language": "en",
                    "snapshot_json": "{}",
                    "snapshot_sha256": "",
                    "pdf": b"",
                    "pdf_sha256": "",
                    "created_at": moment,
                    "signed_at": moment + dt.timedelta(days=1),
                },
            )
        session.execute(
            update(t.Customer).where(t.Customer.id == current.id).values(updated_at=moment)
        )
    found = {i.customer: i for i in items(db, AgendaKind.SUMMARY)}
    assert set(found) == {"Never signed", "Changed since"}
    assert found["Never signed"].values == {} and found["Never signed"].customer_id == never.id
    assert found["Changed since"].values == {"number": "2"}


def test_mine_is_the_customers_i_manage_support_or_back_up(db):
    customer(db, "Managed", account_manager="Dana", next_review=day(0))
    customer(db, "Supported", supporter="Dana", next_review=day(0))
    customer(db, "Backed up", backup_supporter="Dana", next_review=day(0))
    customer(db, "Others'", supporter="Omid", next_review=day(0))
    mine = items(db, AgendaKind.REVIEW, staff="Dana", mine=True)
    assert {i.customer for i in mine} == {"Managed", "Supported", "Backed up"}
    everyone = items(db, AgendaKind.REVIEW, staff="Dana")
    assert len(everyone) == 4
    assert items(db, AgendaKind.REVIEW, staff="Nobody", mine=True) == []


def _promised(db, name: str, **fields) -> ServiceFile:
    return customer(
        db,
        name,
        expectations=[
            ExpectationData(
                customer_words="Critical calls answered in 30 minutes",
                status=ExpectationStatus.AGREED,
                response_critical_minutes=30,
            )
        ],
        **fields,
    )


def _incident(db, saved: ServiceFile, ticket: str, opened: dt.datetime, minutes: int) -> None:
    answered = opened + dt.timedelta(minutes=minutes)
    save_incident(
        db,
        saved.id,
        IncidentData(
            ticket=ticket,
            severity=Severity.CRITICAL,
            opened=opened,
            first_response=answered,
            resolved=answered,
        ),
    )


def test_promises_missed_or_at_risk_this_quarter_point_at_the_expectation(db):
    down = customer(
        db,
        "Down too long",
        expectations=[
            ExpectationData(
                customer_words="At most one failure of an hour",
                status=ExpectationStatus.AGREED,
                failures_per_year=1,
                hours_per_failure=1,
            )
        ],
    )
    opened = dt.datetime(2026, 10, 5, 9, tzinfo=dt.UTC)
    save_incident(
        db,
        down.id,
        IncidentData(
            ticket="T-0",
            severity=Severity.CRITICAL,
            opened=opened,
            resolved=opened + dt.timedelta(hours=3),
            service_down=True,
        ),
    )
    late = _promised(db, "Late")
    _incident(db, late, "T-1", dt.datetime(2026, 11, 2, 9, tzinfo=dt.UTC), 90)
    on_time = _promised(db, "On time")
    _incident(db, on_time, "T-2", dt.datetime(2026, 11, 2, 9, tzinfo=dt.UTC), 10)
    last_quarter = _promised(db, "Last quarter")
    _incident(db, last_quarter, "T-3", dt.datetime(2026, 9, 2, 9, tzinfo=dt.UTC), 90)
    _promised(db, "No incidents")
    found = items(db, AgendaKind.PROMISE)
    # Broken beyond repair is missed at once; behind while the quarter runs, at risk.
    assert [(i.customer, i.template) for i in found] == [
        ("Down too long", "Missed: {words}"),
        ("Late", "At risk: {words}"),
    ]
    assert found[1].record_id == late.expectations[0].id and found[1].tab == "incidents"


def test_sections_come_in_order(db):
    saved = _promised(db, "Acme", next_review=day(-1))
    _incident(db, saved, "T-1", dt.datetime(2026, 11, 2, 9, tzinfo=dt.UTC), 90)
    kinds = [i.kind for i in agenda(db, AgendaQuery(today=TODAY, now=NOW)).items]
    assert kinds == [AgendaKind.REVIEW, AgendaKind.PROMISE, AgendaKind.SUMMARY]


@pytest.mark.parametrize(
    ("today", "start", "end"),
    [
        (dt.date(2026, 1, 1), dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
        (dt.date(2026, 6, 30), dt.date(2026, 4, 1), dt.date(2026, 6, 30)),
        (dt.date(2026, 12, 31), dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
    ],
)
def test_the_quarter_of_a_day(today, start, end):
    period = quarter_of(today)
    assert (period.start, period.end) == (start, end)


def test_a_limited_section_gives_the_most_urgent_and_counts_them_all(db):
    for offset in (5, -4, 0, 2):
        customer(db, f"Due {offset}", next_review=day(offset))
    found = agenda(db, AgendaQuery(today=TODAY, now=NOW, limit=2))
    assert [i.due for i in found.section(AgendaKind.REVIEW)] == [day(-4), day(0)]
    assert found.counts[AgendaKind.REVIEW] == 4
    assert found.counts[AgendaKind.SUMMARY] == 4 and len(found.section(AgendaKind.SUMMARY)) == 2


def test_an_incident_still_open_past_its_time_puts_the_promise_at_risk(db):
    saved = _promised(db, "Waiting")
    save_incident(
        db,
        saved.id,
        IncidentData(
            ticket="T-9",
            severity=Severity.CRITICAL,
            opened=NOW - dt.timedelta(hours=2),
        ),
    )
    found = items(db, AgendaKind.PROMISE)
    assert [(i.customer, i.template) for i in found] == [("Waiting", "At risk: {words}")]
