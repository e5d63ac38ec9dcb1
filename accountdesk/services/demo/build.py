"""Small constructors that keep the demo customers readable as data.

Each takes the few facts that vary between customers and fills in the rest; dates are
given relative to the day the demo is created, so overdue reviews stay overdue.
"""

from __future__ import annotations

import datetime as dt

from accountdesk.domain.availability import PlainTarget, percent_from_plain
from accountdesk.domain.bidi import neutralise_bidi_controls
from accountdesk.domain.enums import (
    Channel,
    Criticality,
    Environment,
    ExpectationHolder,
    ExpectationStatus,
    FeedbackChannel,
    FeedbackScale,
    ItilRelation,
    Language,
    Likelihood,
    MeetingKind,
    Severity,
    Side,
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
    ServiceReportData,
    SystemData,
)
from accountdesk.domain.service_window import (
    MON_TO_FRI,
    SAT_TO_WED,
    SUN_TO_THU,
    ServiceWindow,
    minute_of,
)
from accountdesk.i18n.formatting import Formatter


def days(today: dt.date, offset: int) -> dt.date:
    """`offset` days after today (negative: before)."""
    return today + dt.timedelta(days=offset)


def always(timezone: str) -> ServiceWindow:
    return ServiceWindow.always(timezone)


def hours(day_mask: int, start: str, end: str, timezone: str) -> ServiceWindow:
    return ServiceWindow(day_mask, minute_of(start), minute_of(end), timezone)


def sun_to_thu(start: str = "08:00", end: str = "18:00") -> ServiceWindow:
    return hours(SUN_TO_THU, start, end, "Asia/Jerusalem")


def sat_to_wed(start: str = "08:00", end: str = "16:00") -> ServiceWindow:
    return hours(SAT_TO_WED, start, end, "Asia/Tehran")


def mon_to_fri(start: str = "09:00", end: str = "17:30") -> ServiceWindow:
    return hours(MON_TO_FRI, start, end, "Europe/London")


def contact(
    name: str,
    role: str,
    relation: ItilRelation,
    *,
    phone: str = "",
    mobile: str = "",
    email: str = "",
    side: Side = Side.CUSTOMER,
    channel: Channel = Channel.PHONE,
    language: Language | None = None,
    reachable: str = "",
    notes: str = "",
) -> ContactData:
    return ContactData(
        name=name,
        side=side,
        role=role,
        itil_relation=relation,
        phone=phone,
        mobile=mobile,
        email=email,
        preferred_channel=channel,
        language=language,
        reachable_hours=reachable,
        notes=notes,
    )


def system(
    name: str,
    kind: SystemKind,
    function: str,
    *,
    version: str = "",
    location: str = "",
    host: str = "",
    address: str = "",
    serial: str = "",
    criticality: Criticality = Criticality.MEDIUM,
    environment: Environment = Environment.PRODUCTION,
    owner: ContactData | None = None,
    notes: str = "",
) -> SystemData:
    return SystemData(
        name=name,
        kind=kind,
        business_function=function,
        environment=environment,
        version=version,
        location=location,
        host=host,
        address=address,
        serial=serial,
        criticality=criticality,
        owner_key=owner.key if owner else None,
        notes=notes,
    )


def level(
    after_minutes: int, who: str | ContactData, channel: Channel = Channel.PHONE
) -> EscalationLevelData:
    """A staff member is named by a string; a customer's person by their contact."""
    if isinstance(who, ContactData):
        return EscalationLevelData(
            after_minutes=after_minutes, channel=channel, contact_key=who.key
        )
    return EscalationLevelData(after_minutes=after_minutes, channel=channel, staff_name=who)


def path(
    severity: Severity, *levels: EscalationLevelData, side: Side = Side.PROVIDER
) -> EscalationPathData:
    return EscalationPathData(severity=severity, side=side, levels=list(levels))


def availability(
    words: str,
    failures: float,
    hours_each: float,
    window: ServiceWindow,
    *,
    agreed: str,
    technical: str,
    language: Language,
    status: ExpectationStatus = ExpectationStatus.AGREED,
    review: dt.date | None = None,
    risks: tuple[RiskData, ...] = (),
    holder: ExpectationHolder = ExpectationHolder.CUSTOMER,
) -> ExpectationData:
    """An availability target in plain words; the percentage is the secondary figure.

    `technical` may use `{percent}`, filled with the availability over the customer's
    own service window (4 failures x 4 h over 24x7 -> 99.82) written as the app writes a
    percentage in `language`: '99.82%', or '۹۹٫۸۲٪' among Persian words and digits.
    """
    percent = round(percent_from_plain(PlainTarget(failures, hours_each), window), 2)
    return ExpectationData(
        customer_words=words,
        topic=Topic.AVAILABILITY,
        holder=holder,
        agreed_target=agreed,
        # As typed by a person: without the direction mark Arabic's percent sign carries,
        # which a field drops when saved (see domain.bidi).
        technical_target=technical.format(
            percent=neutralise_bidi_controls(Formatter(language).percent(percent))
        ),
        failures_per_year=failures,
        hours_per_failure=hours_each,
        availability_percent=percent,
        status=status,
        review_date=review,
        risks=list(risks),
    )


def expectation(
    words: str,
    topic: Topic,
    *,
    agreed: str = "",
    technical: str = "",
    status: ExpectationStatus = ExpectationStatus.AGREED,
    review: dt.date | None = None,
    holder: ExpectationHolder = ExpectationHolder.CUSTOMER,
    risks: tuple[RiskData, ...] = (),
) -> ExpectationData:
    return ExpectationData(
        customer_words=words,
        topic=topic,
        holder=holder,
        agreed_target=agreed,
        technical_target=technical,
        status=status,
        review_date=review,
        risks=list(risks),
    )


def unrealistic(
    words: str,
    topic: Topic,
    cost_benefit: str,
    *,
    agreed: str = "",
    status: ExpectationStatus = ExpectationStatus.IN_DISCUSSION,
    review: dt.date | None = None,
    holder: ExpectationHolder = ExpectationHolder.CUSTOMER,
) -> ExpectationData:
    """An expectation we told the customer we cannot meet as asked, with what it would cost."""
    return ExpectationData(
        customer_words=words,
        topic=topic,
        holder=holder,
        agreed_target=agreed,
        realistic=False,
        cost_benefit=cost_benefit,
        status=status,
        review_date=review,
    )


def risk(
    cause: str,
    likelihood: Likelihood,
    impact: Likelihood,
    *,
    mitigation: str,
    recovery: str,
    minutes: int,
    preparation: str,
    owner: str,
) -> RiskData:
    return RiskData(
        cause=cause,
        likelihood=likelihood,
        impact=impact,
        mitigation=mitigation,
        recovery_plan=recovery,
        recovery_minutes=minutes,
        preparation=preparation,
        owner_name=owner,
    )


def meeting(
    held_on: dt.date,
    people: list[tuple[str, Side, str]],
    *,
    notes: str,
    decisions: str,
    actions: list[tuple[str, str, dt.date | None, bool]],
    kind: MeetingKind = MeetingKind.KICKOFF,
    all_covered: bool = True,
) -> MeetingData:
    """A kickoff (expectation-alignment) meeting unless `kind` says otherwise, with the
    checklist ticked; `all_covered=False` leaves "contacts" unticked, as when the
    customer's technical person did not come."""
    return MeetingData(
        held_on=held_on,
        kind=kind,
        notes=notes,
        decisions=decisions,
        covered_industry=True,
        covered_business_needs=True,
        covered_support_level=True,
        covered_boundaries=True,
        covered_escalation=True,
        covered_contacts=all_covered,
        participants=[ParticipantData(name=n, side=s, role=r) for n, s, r in people],
        action_items=[
            ActionItemData(text=t, owner=o, due=d, done=done) for t, o, d, done in actions
        ],
    )


def report(
    start: dt.date,
    end: dt.date,
    plan: str,
    results: list[tuple[int, str, bool, str]],
) -> ServiceReportData:
    """Achieved against agreed, per expectation (by its position in the file)."""
    return ServiceReportData(
        period_start=start,
        period_end=end,
        improvement_plan=plan,
        results=[
            ReportResultData(expectation_index=i, achieved=a, met=m, notes=n)
            for i, a, m, n in results
        ],
    )


def feedback(
    received_on: dt.date,
    channel: FeedbackChannel,
    score: int | None,
    words: str,
    follow_up: str = "",
    done: bool = False,
    scale: FeedbackScale = FeedbackScale.NPS,
) -> FeedbackData:
    return FeedbackData(
        received_on=received_on,
        channel=channel,
        scale=scale if score is not None else None,
        score=score,
        customer_words=words,
        follow_up=follow_up,
        follow_up_done=done,
    )
