"""Service-report samples in each language: one customer, a quarter, two agreed promises
both missed (one with its improvement item, one without), a risk that materialised and
feedback. Built without a database, from the domain's own computation."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from accountdesk.documents.report import PeriodVoice, ReportSource, report_calendar
from accountdesk.domain.achievement import Period, compute
from accountdesk.domain.enums import (
    ExpectationStatus,
    FeedbackChannel,
    FeedbackScale,
    Language,
    Severity,
)
from accountdesk.domain.incidents import IncidentData
from accountdesk.domain.monthly import monthly_series
from accountdesk.domain.service_file import (
    ExpectationData,
    FeedbackData,
    ReportResultData,
    RiskData,
    ServiceFile,
    ServiceReportData,
    SystemData,
)
from accountdesk.domain.service_window import ServiceWindow
from accountdesk.domain.voice import MonthFigures, Voice, customer_period, figures

QUARTER = Period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
LATER = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
TODAY = dt.date(2026, 4, 5)
EMAIL = "reza@parsnet.ir"

WORDS = {
    "en": {
        "name": "Harbour Retail",
        "tills": "The tills must work whenever the shop is open.",
        "calls": "When a till stops, someone answers at once.",
        "risk": "Till server disk fails",
        "change": "A second till server in the shop",
        "owner": "Dana Levi",
        "said": "Tills back quickly, thanks",
    },
    "he": {
        "name": "רשת חנויות הנמל",
        "tills": "הקופות חייבות לעבוד כל עוד החנות פתוחה.",
        "calls": "כשקופה נעצרת, מישהו עונה מיד.",
        "risk": "כשל דיסק בשרת הקופות",
        "change": "שרת קופות שני בחנות",
        "owner": "דנה לוי",
        "said": "הקופות חזרו מהר, תודה",
    },
    "fa": {
        "name": "فروشگاه‌های زنجیره‌ای بندر",
        "tills": "صندوق‌ها باید تا وقتی فروشگاه باز است کار کنند.",
        "calls": "وقتی صندوقی از کار می‌افتد، کسی فوراً جواب بدهد.",
        "risk": "دیسک سرور صندوق‌ها از کار بیفتد",
        "change": "سرور دوم صندوق در فروشگاه",
        "owner": "سارا محمدی",
        "said": "صندوق‌ها زود برگشتند، ممنون",
    },
}
ZONES = {"en": "Europe/London", "he": "Asia/Jerusalem", "fa": "Asia/Tehran"}


def service_file(language: str) -> ServiceFile:
    w = WORDS[language]
    return ServiceFile(
        name=w["name"],
        document_language=Language(language),
        window=ServiceWindow.always(ZONES[language]),
        systems=[SystemData(name="Tills", host="pos.harbour.example")],
        expectations=[
            ExpectationData(
                customer_words=w["tills"],
                status=ExpectationStatus.AGREED,
                availability_percent=99.5,
                covered_systems="Tills",
                risks=[RiskData(cause=w["risk"], recovery_minutes=240)],
            ),
            ExpectationData(
                customer_words=w["calls"],
                status=ExpectationStatus.AGREED,
                response_critical_minutes=30,
                share_percent=90,
            ),
        ],
        reports=[
            ServiceReportData(
                period_start=QUARTER.start,
                period_end=QUARTER.end,
                results=[
                    ReportResultData(
                        expectation_index=0,
                        achieved="99.3%",
                        met=False,
                        improvement=w["change"],
                        improvement_owner=w["owner"],
                        improvement_due=dt.date(2026, 5, 1),
                    )
                ],
            )
        ],
        feedback=[
            FeedbackData(
                received_on=dt.date(2026, 2, 10),
                channel=FeedbackChannel.SURVEY,
                scale=FeedbackScale.CSAT,
                score=4,
                given_by=EMAIL,
                customer_words=w["said"],
            ),
            FeedbackData(received_on=dt.date(2026, 4, 2), customer_words="after the quarter"),
        ],
    )


def incidents(language: str) -> list[IncidentData]:
    zone = ZoneInfo(ZONES[language])

    def at(month: int, day: int, hour: int) -> dt.datetime:
        return dt.datetime(2026, month, day, hour, tzinfo=zone)

    def minutes(n: int) -> dt.timedelta:
        return dt.timedelta(minutes=n)

    return [
        # 15 hours down in February: more than the quarter's 0.5 % allows.
        IncidentData(
            ticket="T-1",
            system="Tills",
            severity=Severity.HIGH,
            opened=at(2, 3, 9),
            resolved=at(2, 3, 9) + minutes(900),
            service_down=True,
        ),
        IncidentData(
            ticket="T-2",
            severity=Severity.CRITICAL,
            opened=at(1, 5, 10),
            first_response=at(1, 5, 10) + minutes(10),
            resolved=at(1, 5, 12),
        ),
        IncidentData(
            ticket="T-3",
            severity=Severity.CRITICAL,
            opened=at(1, 6, 10),
            first_response=at(1, 6, 10) + minutes(45),
            resolved=at(1, 6, 12),
        ),
        IncidentData(
            ticket="T-4",
            severity=Severity.CRITICAL,
            opened=at(3, 6, 10),
            first_response=at(3, 6, 10) + minutes(5),
            resolved=at(3, 6, 12),
        ),
    ]


def portfolio() -> MonthFigures:
    """Every customer's quarter: NPS 10, 9 and 3 (+33), CSAT 4 and 2 (50% satisfied),
    CES 3, two complaints."""
    day = dt.date(2026, 2, 1)
    said = [Voice(day, FeedbackChannel.SURVEY, FeedbackScale.NPS, score) for score in (10, 9, 3)]
    said += [Voice(day, FeedbackChannel.SURVEY, FeedbackScale.CSAT, s) for s in (4, 2)]
    said += [Voice(day, FeedbackChannel.CALL, FeedbackScale.CES, 3)]
    said += [Voice(day, FeedbackChannel.COMPLAINT, None, None)] * 2
    return figures(QUARTER.start, said)


def source(language: str) -> ReportSource:
    file, found = service_file(language), incidents(language)
    voice = PeriodVoice(customer_period(file.feedback, QUARTER.start, QUARTER.end), portfolio())
    return ReportSource(
        file,
        compute(file, found, QUARTER, LATER),
        monthly_series(file, found, QUARTER, LATER, calendar=report_calendar(file)),
        voice,
    )
