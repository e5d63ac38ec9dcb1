"""A Hebrew and an English service file for the signing tests."""

from __future__ import annotations

import datetime as dt

from accountdesk.domain.enums import (
    Channel,
    ExpectationStatus,
    ItilRelation,
    Language,
    MeetingKind,
    Severity,
    Side,
    StaffRole,
    Topic,
)
from accountdesk.domain.service_file import (
    ContactData,
    EscalationLevelData,
    EscalationPathData,
    ExpectationData,
    MeetingData,
    ParticipantData,
    ServiceFile,
    StaffRef,
    SystemData,
)

STAFF = [
    StaffRef("אבי מזרחי", StaffRole.ACCOUNT_MANAGER, "avi@itpro.co.il", "+97237778800"),
    StaffRef("דנה לוי", StaffRole.SUPPORTER, "dana@itpro.co.il", "+97237778801"),
    StaffRef("Sarah Cole", StaffRole.ACCOUNT_MANAGER, "sarah@itpro.co.uk", "+442079460958"),
]


def hebrew_file() -> ServiceFile:
    yossi = ContactData(
        name="יוסי כהן",
        role="סמנכ״ל כספים",
        itil_relation=ItilRelation.DECISION_MAKER,
        phone="+97235551234",
        email="yossi@acme.co.il",
    )
    merav = ContactData(
        name="מירב לוי",
        role="מנהלת מערכות מידע",
        itil_relation=ItilRelation.TECHNICAL,
        mobile="+972525556789",
    )
    return ServiceFile(
        name="אקמה תעשיות בע״מ",
        industry="ייצור מזון",
        document_language=Language.HEBREW,
        account_manager="אבי מזרחי",
        supporter="דנה לוי",
        contacts=[yossi, merav],
        systems=[
            SystemData(name="Exchange 2019", host="mail01.acme.local", owner_key=merav.key),
            SystemData(name="SAP Business One", host="sap-b1.acme.co.il"),
        ],
        escalation_paths=[
            EscalationPathData(
                severity=Severity.CRITICAL,
                side=Side.PROVIDER,
                levels=[
                    EscalationLevelData(after_minutes=0, staff_name="דנה לוי"),
                    EscalationLevelData(
                        after_minutes=30, staff_name="אבי מזרחי", channel=Channel.MOBILE
                    ),
                ],
            )
        ],
        expectations=[
            ExpectationData(
                customer_words="שהמייל לא ייפול באמצע יום העבודה",
                topic=Topic.AVAILABILITY,
                agreed_target="הדואר זמין בשעות העבודה",
                failures_per_year=4,
                hours_per_failure=4,
                status=ExpectationStatus.AGREED,
            ),
            ExpectationData(
                customer_words="כשאני מתקשר, שמישהו יענה תוך רבע שעה",
                topic=Topic.RESPONSE,
                agreed_target="מענה אנושי תוך 15 דקות",
                status=ExpectationStatus.AGREED,
            ),
        ],
        meetings=[
            MeetingData(
                held_on=dt.date(2026, 11, 10),
                kind=MeetingKind.KICKOFF,
                participants=[
                    ParticipantData("יוסי כהן", Side.CUSTOMER, "סמנכ״ל כספים"),
                    ParticipantData("אבי מזרחי", Side.PROVIDER, "מנהל לקוח"),
                ],
            )
        ],
    )


def english_file() -> ServiceFile:
    ann = ContactData(
        name="Ann Smith",
        role="CFO",
        itil_relation=ItilRelation.DECISION_MAKER,
        email="ann@northwind.example",
    )
    return ServiceFile(
        name="Northwind Traders",
        industry="Retail",
        document_language=Language.ENGLISH,
        account_manager="Sarah Cole",
        supporter="דנה לוי",
        contacts=[ann],
        expectations=[
            ExpectationData(
                customer_words="Tills must work on Saturdays",
                topic=Topic.AVAILABILITY,
                agreed_target="Saturday cover 08:00-20:00",
                status=ExpectationStatus.AGREED,
            )
        ],
    )
