"""Service files for the summary tests and benchmark: a Hebrew, a Persian and an English
customer, with the mixed content real files carry, and a generator of large files."""

from __future__ import annotations

import datetime as dt

from accountdesk.domain.enums import (
    Channel,
    Criticality,
    Environment,
    ExpectationHolder,
    ExpectationStatus,
    ItilRelation,
    KnowledgeLevel,
    Language,
    Likelihood,
    MeetingKind,
    Severity,
    Side,
    StaffRole,
    SupportLevel,
    SystemKind,
    Topic,
)
from accountdesk.domain.service_file import (
    ContactData,
    EscalationLevelData,
    EscalationPathData,
    ExpectationData,
    MeetingData,
    ParticipantData,
    RiskData,
    ServiceFile,
    StaffRef,
    SystemData,
)
from accountdesk.domain.service_window import MON_TO_FRI, SAT_TO_WED, SUN_TO_THU, ServiceWindow

TODAY = dt.date(2026, 11, 23)

STAFF = {
    "דנה לוי": StaffRef("דנה לוי", StaffRole.SUPPORTER, "dana.levi@itpro.co.il", "+97237778801"),
    "Omid Rahimi": StaffRef(
        "Omid Rahimi", StaffRole.SUPPORTER, "omid@itpro.co.il", "+972527778802"
    ),
    "אבי מזרחי": StaffRef(
        "אבי מזרחי", StaffRole.ACCOUNT_MANAGER, "avi@itpro.co.il", "+97237778800"
    ),
    "Sarah Cole": StaffRef(
        "Sarah Cole", StaffRole.ACCOUNT_MANAGER, "sarah.cole@itpro.co.uk", "+442079460958"
    ),
    "رضا کریمی": StaffRef(
        "رضا کریمی", StaffRole.SUPPORTER, "reza.karimi@itpro.ir", "+982122901234"
    ),
    "سارا محمدی": StaffRef(
        "سارا محمدی", StaffRole.ACCOUNT_MANAGER, "sara@itpro.ir", "+982122901200"
    ),
}


def hebrew_file() -> ServiceFile:
    yossi = ContactData(
        name="יוסי כהן",
        role="סמנכ״ל כספים",
        itil_relation=ItilRelation.DECISION_MAKER,
        phone="+97235551234",
        email="yossi@acme.co.il",
        reachable_hours="א׳–ה׳ 08:00–17:00",
    )
    merav = ContactData(
        name="מירב לוי",
        role="מנהלת מערכות מידע",
        itil_relation=ItilRelation.TECHNICAL,
        mobile="+972525556789",
        email="merav.levi@acme.co.il",
        preferred_channel=Channel.EMAIL,
        reachable_hours="24/7 בתקלות קריטיות",
    )
    desk = ContactData(
        name="מוקד התמיכה",
        side=Side.PROVIDER,
        role="מוקד 24/7",
        phone="+97237778888",
        email="support@itpro.co.il",
        preferred_channel=Channel.TICKET,
    )
    return ServiceFile(
        name="אקמה תעשיות בע״מ",
        industry="ייצור מזון",
        business_needs="קווי הייצור תלויים במערכת ה-ERP ובדוא״ל; השבתה של יותר מחצי יום עוצרת "
        "משלוחים ללקוחות. הפורטל https://portal.acme.co.il משמש את הסוכנים בשטח.",
        support_level=SupportLevel.PREMIUM,
        support_in_scope="שרתים, רשת משרדית, Microsoft 365, גיבויים ותחנות עבודה במשרדי החברה.",
        support_out_of_scope="ציוד קווי הייצור (PLC), מערכות המיזוג, טלפוניה סלולרית.",
        window=ServiceWindow(SUN_TO_THU, 8 * 60, 18 * 60, "Asia/Jerusalem"),
        knowledge_level=KnowledgeLevel.INTERMEDIATE,
        criticality=Criticality.HIGH,
        document_language=Language.HEBREW,
        account_manager="אבי מזרחי",
        supporter="דנה לוי",
        backup_supporter="Omid Rahimi",
        next_review=dt.date(2027, 2, 15),
        contacts=[yossi, merav, desk],
        systems=[
            SystemData(
                name="Exchange 2019 (מקומי)",
                kind=SystemKind.SERVER,
                business_function="דואר אלקטרוני לכל העובדים",
                version="2019 CU14",
                location="חדר שרתים, קומה 2",
                host="mail01.acme.local",
                address="10.0.0.12",
                criticality=Criticality.CRITICAL,
                owner_key=merav.key,
            ),
            SystemData(
                name="SAP Business One",
                kind=SystemKind.APPLICATION,
                business_function="הזמנות, מלאי והנהלת חשבונות",
                version="10.0 FP 2305",
                location="Azure West Europe",
                host="sap-b1.acme.co.il",
                criticality=Criticality.CRITICAL,
                owner_key=yossi.key,
            ),
            SystemData(
                name="קו אינטרנט ראשי",
                kind=SystemKind.NETWORK,
                business_function="גישה לאינטרנט ול-VPN של הסוכנים",
                location="בזק בינלאומי",
                address="212.150.33.10",
                serial="BZQ-2024-0117",
                criticality=Criticality.HIGH,
            ),
            SystemData(
                name="גיבוי Veeam",
                kind=SystemKind.STORAGE,
                environment=Environment.DISASTER_RECOVERY,
                business_function="גיבוי לילי של כל השרתים",
                version="12.1",
                location="אתר משני, חיפה",
                owner_key=merav.key,
            ),
        ],
        escalation_paths=[
            EscalationPathData(
                Severity.CRITICAL,
                Side.PROVIDER,
                [
                    EscalationLevelData(0, Channel.PHONE, staff_name="דנה לוי"),
                    EscalationLevelData(30, Channel.PHONE, staff_name="אבי מזרחי"),
                    EscalationLevelData(120, Channel.MOBILE, name="מנהל התפעול"),
                ],
            ),
            EscalationPathData(
                Severity.CRITICAL,
                Side.CUSTOMER,
                [
                    EscalationLevelData(0, Channel.PHONE, contact_key=merav.key),
                    EscalationLevelData(60, Channel.PHONE, contact_key=yossi.key),
                ],
            ),
            EscalationPathData(
                Severity.HIGH,
                Side.PROVIDER,
                [
                    EscalationLevelData(0, Channel.TICKET, contact_key=desk.key),
                    EscalationLevelData(240, Channel.EMAIL, staff_name="Omid Rahimi"),
                ],
            ),
        ],
        expectations=[
            ExpectationData(
                customer_words="שהמייל לא ייפול באמצע יום העבודה",
                topic=Topic.AVAILABILITY,
                failures_per_year=4,
                hours_per_failure=4,
                agreed_target="הדואר זמין בשעות העבודה; תקלה מטופלת מיד עם הדיווח",
                status=ExpectationStatus.AGREED,
                review_date=dt.date(2027, 2, 15),
                risks=[
                    RiskData(
                        cause="הפסקת חשמל בחדר השרתים",
                        likelihood=Likelihood.MEDIUM,
                        impact=Likelihood.HIGH,
                        mitigation="UPS ל-30 דקות וגנרטור של הבניין",
                        recovery_plan="הפעלה מחדש מסודרת של השרתים ובדיקת תור הדואר",
                        recovery_minutes=120,
                        preparation="תרגיל כיבוי והפעלה פעם ברבעון",
                        owner_name="דנה לוי",
                    )
                ],
            ),
            ExpectationData(
                customer_words="כשאני מתקשר, שמישהו יענה תוך רבע שעה",
                topic=Topic.RESPONSE,
                agreed_target="מענה אנושי תוך 15 דקות בשעות חלון השירות; בפנייה במייל support@itpro.co.il "
                "אישור קבלה תוך שעה",
                status=ExpectationStatus.AGREED,
            ),
            ExpectationData(
                customer_words="זמינות של 99.9% ל-SAP",
                topic=Topic.AVAILABILITY,
                availability_percent=99.9,
                holder=ExpectationHolder.USERS,
                technical_target="SLA 99.9% (Azure)",
                status=ExpectationStatus.AGREED,
                risks=[
                    RiskData(
                        cause="תקלה באזור Azure West Europe",
                        likelihood=Likelihood.LOW,
                        impact=Likelihood.HIGH,
                        mitigation="גיבוי גאוגרפי לאזור North Europe",
                        recovery_plan="מעבר לאזור המשני",
                        recovery_minutes=240,
                        owner_name="Omid Rahimi",
                    )
                ],
            ),
            ExpectationData(
                customer_words="דו״ח חודשי קצר, בלי סטטיסטיקות שאף אחד לא קורא",
                topic=Topic.REPORTING,
                agreed_target="דו״ח בעמוד אחד בראשון לכל חודש, בדוא״ל ל-it@acme.co.il",
                status=ExpectationStatus.AGREED,
            ),
            ExpectationData(
                customer_words="שהמערכת תעבוד 100% מהזמן",
                topic=Topic.AVAILABILITY,
                realistic=False,
                cost_benefit="זמינות מלאה דורשת אתר גיבוי פעיל (כ-40,000 ₪ בשנה); התועלת מול 4 תקלות "
                "בשנה קטנה.",
                status=ExpectationStatus.DECLINED,
            ),
            ExpectationData(
                customer_words="שנתקין גרסאות חדשות ביום שהן יוצאות",
                topic=Topic.OTHER,
                cost_benefit="התקנה מיידית מעלה את הסיכון לתקלות; מוצע חלון עדכונים חודשי.",
                status=ExpectationStatus.IN_DISCUSSION,
            ),
        ],
        meetings=[
            MeetingData(
                held_on=dt.date(2026, 3, 1),
                kind=MeetingKind.REVIEW,
                participants=[ParticipantData("מישהו אחר", Side.CUSTOMER)],
            ),
            MeetingData(
                held_on=dt.date(2026, 11, 10),
                kind=MeetingKind.KICKOFF,
                participants=[
                    ParticipantData("יוסי כהן", Side.CUSTOMER, "סמנכ״ל כספים"),
                    ParticipantData("מירב לוי", Side.CUSTOMER, "מנהלת מערכות מידע"),
                    ParticipantData("אבי מזרחי", Side.PROVIDER, "מנהל לקוח"),
                    ParticipantData("דנה לוי", Side.PROVIDER, "תומכת צמודה"),
                ],
            ),
        ],
    )


def persian_file() -> ServiceFile:
    ali = ContactData(
        name="علی رضایی",
        role="مدیر عامل",
        itil_relation=ItilRelation.DECISION_MAKER,
        phone="+982188776655",
        email="ali.rezaei@pars-insurance.ir",
        language=Language.PERSIAN,
        reachable_hours="شنبه تا چهارشنبه ۰۹:۰۰–۱۶:۰۰",
    )
    maryam = ContactData(
        name="مریم احمدی",
        role="مسئول فناوری اطلاعات",
        itil_relation=ItilRelation.TECHNICAL,
        mobile="+989123456789",
        email="m.ahmadi@pars-insurance.ir",
        preferred_channel=Channel.MOBILE,
    )
    return ServiceFile(
        name="شرکت داده‌پردازان پارس",
        industry="بیمه",
        business_needs="صدور بیمه‌نامه آنلاین باید در ساعات کاری بدون وقفه انجام شود؛ هر ساعت قطعی "
        "یعنی از دست رفتن مشتری. اطلاعات مشتریان روی SQL Server 2022 نگهداری می‌شود.",
        support_level=SupportLevel.DEDICATED,
        support_in_scope="سرورها، شبکه داخلی، ایمیل و پشتیبان‌گیری",
        support_out_of_scope="نرم‌افزار اختصاصی صدور بیمه‌نامه (پشتیبانی توسط سازنده)",
        window=ServiceWindow(SAT_TO_WED, 8 * 60, 17 * 60, "Asia/Tehran"),
        knowledge_level=KnowledgeLevel.NOVICE,
        criticality=Criticality.CRITICAL,
        document_language=Language.PERSIAN,
        country="IR",
        account_manager="سارا محمدی",
        supporter="رضا کریمی",
        backup_supporter="Omid Rahimi",
        next_review=dt.date(2027, 1, 20),
        contacts=[ali, maryam],
        systems=[
            SystemData(
                name="Exchange 2019 (محلی)",
                kind=SystemKind.SERVER,
                business_function="ایمیل کارکنان",
                version="2019 CU14",
                location="اتاق سرور، طبقه سوم",
                host="mail.pars.local",
                address="192.168.10.4",
                criticality=Criticality.HIGH,
                owner_key=maryam.key,
            ),
            SystemData(
                name="پایگاه داده مشتریان",
                kind=SystemKind.DATABASE,
                business_function="اطلاعات بیمه‌گذاران و بیمه‌نامه‌ها",
                version="SQL Server 2022",
                host="db01.pars.local",
                address="192.168.10.5",
                criticality=Criticality.CRITICAL,
                owner_key=maryam.key,
            ),
            SystemData(
                name="سامانه صدور بیمه‌نامه",
                kind=SystemKind.APPLICATION,
                business_function="فروش آنلاین بیمه‌نامه",
                location="https://portal.pars-insurance.ir",
                criticality=Criticality.CRITICAL,
                owner_key=ali.key,
            ),
        ],
        escalation_paths=[
            EscalationPathData(
                Severity.CRITICAL,
                Side.PROVIDER,
                [
                    EscalationLevelData(0, Channel.PHONE, staff_name="رضا کریمی"),
                    EscalationLevelData(45, Channel.PHONE, staff_name="سارا محمدی"),
                ],
            ),
            EscalationPathData(
                Severity.CRITICAL,
                Side.CUSTOMER,
                [
                    EscalationLevelData(0, Channel.MOBILE, contact_key=maryam.key),
                    EscalationLevelData(90, Channel.PHONE, contact_key=ali.key),
                ],
            ),
        ],
        expectations=[
            ExpectationData(
                customer_words="می‌خواهیم ایمیل در ساعات کاری هیچ‌وقت قطع نشود",
                topic=Topic.AVAILABILITY,
                failures_per_year=2,
                hours_per_failure=8,
                status=ExpectationStatus.AGREED,
                agreed_target="ایمیل در ساعات کاری در دسترس باشد و خرابی بلافاصله پیگیری شود",
                review_date=dt.date(2027, 1, 20),
                risks=[
                    RiskData(
                        cause="خرابی دیسک سرور ایمیل",
                        likelihood=Likelihood.LOW,
                        impact=Likelihood.HIGH,
                        mitigation="دیسک‌های RAID 10 و پایش روزانه",
                        recovery_plan="بازگردانی از نسخه پشتیبان شبانه",
                        recovery_minutes=180,
                        preparation="آزمون بازگردانی در هر ماه",
                        owner_name="رضا کریمی",
                    )
                ],
            ),
            ExpectationData(
                customer_words="وقتی تماس می‌گیریم، ظرف نیم ساعت کسی پاسخ بدهد",
                topic=Topic.RESPONSE,
                agreed_target="پاسخ کارشناس ظرف ۳۰ دقیقه در ساعات کاری؛ تلفن پشتیبانی 021-88776655",
                status=ExpectationStatus.AGREED,
            ),
            ExpectationData(
                customer_words="گزارش ماهانه ساده و کوتاه",
                topic=Topic.REPORTING,
                agreed_target="گزارش یک‌صفحه‌ای در هفته اول هر ماه",
                status=ExpectationStatus.AGREED,
            ),
            ExpectationData(
                customer_words="رفع هر مشکلی ظرف یک ساعت",
                topic=Topic.RESOLUTION,
                realistic=False,
                cost_benefit="نیازمند حضور دائم یک کارشناس در محل است؛ حدود ۳ برابر هزینه فعلی (۱۲۰ میلیون "
                "ریال در ماه) در برابر فایده‌ای اندک.",
                status=ExpectationStatus.DECLINED,
            ),
        ],
        meetings=[
            MeetingData(
                held_on=dt.date(2026, 11, 15),
                kind=MeetingKind.ALIGNMENT,
                participants=[
                    ParticipantData("علی رضایی", Side.CUSTOMER, "مدیر عامل"),
                    ParticipantData("مریم احمدی", Side.CUSTOMER, "مسئول فناوری اطلاعات"),
                    ParticipantData("سارا محمدی", Side.PROVIDER, "مدیر حساب مشتری"),
                    ParticipantData("رضا کریمی", Side.PROVIDER, "پشتیبان اختصاصی"),
                ],
            )
        ],
    )


def english_file() -> ServiceFile:
    jane = ContactData(
        name="Jane Porter",
        role="Operations Director",
        itil_relation=ItilRelation.DECISION_MAKER,
        phone="+442079460001",
        email="jane.porter@northwind.example",
        reachable_hours="Mon–Fri 09:00–17:30",
    )
    dana = ContactData(
        name="Dana Levi (דנה לוי)",
        role="IT coordinator",
        itil_relation=ItilRelation.TECHNICAL,
        mobile="+447400123456",
        email="dana@northwind.example",
        preferred_channel=Channel.CHAT,
    )
    return ServiceFile(
        name="Northwind Traders Ltd",
        industry="Wholesale distribution",
        business_needs="Orders are taken by phone and on https://shop.northwind.example until 18:00; "
        "the warehouse ships from 06:00.",
        support_level=SupportLevel.STANDARD,
        support_in_scope="Servers, office network, Microsoft 365, backups.",
        support_out_of_scope="Warehouse scanners (vendor contract), the phone system.",
        window=ServiceWindow(MON_TO_FRI, 7 * 60, 19 * 60, "Europe/London"),
        document_language=Language.ENGLISH,
        country="GB",
        account_manager="Sarah Cole",
        supporter="Omid Rahimi",
        next_review=dt.date(2027, 3, 1),
        contacts=[jane, dana],
        systems=[
            SystemData(
                name="Exchange Online",
                kind=SystemKind.CLOUD_SERVICE,
                business_function="E-mail",
                owner_key=dana.key,
            ),
            SystemData(
                name="Sage 200",
                kind=SystemKind.APPLICATION,
                business_function="Accounts and stock",
                version="2024 R1",
                host="sage01.northwind.local",
                address="10.1.0.20",
                criticality=Criticality.CRITICAL,
                owner_key=jane.key,
            ),
        ],
        escalation_paths=[
            EscalationPathData(
                Severity.CRITICAL,
                Side.PROVIDER,
                [
                    EscalationLevelData(0, Channel.PHONE, staff_name="Omid Rahimi"),
                    EscalationLevelData(60, Channel.PHONE, staff_name="Sarah Cole"),
                ],
            )
        ],
        expectations=[
            ExpectationData(
                customer_words="The shop must not go down while we take orders",
                topic=Topic.AVAILABILITY,
                failures_per_year=1,
                hours_per_failure=2,
                status=ExpectationStatus.AGREED,
                risks=[
                    RiskData(
                        cause="Hosting provider outage",
                        mitigation="Second region on standby",
                        recovery_minutes=90,
                        owner_name="Omid Rahimi",
                    )
                ],
            ),
            ExpectationData(
                customer_words="Someone picks up within ten minutes",
                topic=Topic.RESPONSE,
                agreed_target="A person answers within 10 minutes during the service window",
                status=ExpectationStatus.AGREED,
            ),
            ExpectationData(
                customer_words="Fix anything in an hour",
                topic=Topic.RESOLUTION,
                realistic=False,
                cost_benefit="Would need an engineer on site all day: about £6,000 a month more.",
                status=ExpectationStatus.DECLINED,
            ),
        ],
        meetings=[
            MeetingData(
                held_on=dt.date(2026, 11, 12),
                kind=MeetingKind.KICKOFF,
                participants=[
                    ParticipantData("Jane Porter", Side.CUSTOMER, "Operations Director"),
                    ParticipantData("Sarah Cole", Side.PROVIDER, "Account manager"),
                ],
            )
        ],
    )


_SYSTEMS = (
    ("Exchange 2019 (מקומי)", SystemKind.SERVER, "דואר אלקטרוני לכל העובדים", "2019 CU14"),
    ("SAP Business One", SystemKind.APPLICATION, "הזמנות, מלאי והנהלת חשבונות", "10.0 FP 2305"),
    ("שרת קבצים ראשי", SystemKind.SERVER, "תיקיות מחלקתיות ומסמכי לקוחות", "Windows Server 2022"),
    ("Active Directory", SystemKind.SERVER, "הזדהות והרשאות לכל המשתמשים", "2019"),
    ("חומת אש FortiGate", SystemKind.SECURITY, "הגנה היקפית ו-VPN לעובדים מהבית", "7.2.8"),
    ("גיבוי Veeam", SystemKind.STORAGE, "גיבוי לילי של השרתים", "12.1"),
    ("SQL Server – ייצור", SystemKind.DATABASE, "מסד הנתונים של ה-ERP", "2019 CU25"),
    ("מתג ליבה Cisco", SystemKind.NETWORK, "חיבור כל קומות המשרד", "IOS-XE 17.9"),
    ("Microsoft 365", SystemKind.CLOUD_SERVICE, "Teams, SharePoint ו-OneDrive", ""),
    (
        "תחנות הנהלת חשבונות",
        SystemKind.WORKSTATION,
        "עבודה שוטפת של מחלקת הכספים",
        "Windows 11 23H2",
    ),
    ("מערכת נוכחות", SystemKind.APPLICATION, "דיווח שעות ושכר", "5.4"),
    ("מדפסות רשת", SystemKind.OTHER, "הדפסת תעודות משלוח", ""),
    (
        "אתר החברה",
        SystemKind.CLOUD_SERVICE,
        "https://www.acme.co.il – קטלוג והזמנות",
        "WordPress 6.5",
    ),
    ("שרת מסופים", SystemKind.SERVER, "גישה מרחוק לסוכנים בשטח", "RDS 2022"),
    ("WMS מחסן", SystemKind.APPLICATION, "ניהול מחסן ולקט", "3.2.1"),
)
_PLACES = (
    "חדר שרתים, קומה 2",
    "Azure West Europe",
    "אתר משני, חיפה",
    "ארון תקשורת, קומה 1",
    "מחסן לוד",
)
_PEOPLE = (
    "רונית שפירא",
    "אלון ברק",
    "נועה פרידמן",
    "Michael Stern",
    "עדי כץ",
    "יעל אורן",
    "David Cohen",
    "שירה גולן",
    "תומר אלון",
    "ליאת מור",
    "אורי דהן",
    "מאיה לוין",
    "איתי רוזן",
    "Sarah Katz",
    "רועי שמש",
    "הילה ברגר",
    "גיל עמר",
    "טל נחום",
    "עומר זיו",
    "דנה שגיא",
    "ניר אשכנזי",
    "רחל בן-עמי",
)
_ROLES = ("מנהלת משמרת", "רכז מערכות", "מנהל כספים", "אחראית רכש", "מנהל מחסן", "ראש צוות מכירות")


def typical_file(
    systems: int = 40, contacts: int = 25, expectations: int = 15, risks: int = 10
) -> ServiceFile:
    """The benchmark's 'typical summary': a Hebrew file with many, varied rows."""
    base = hebrew_file()
    people = []
    for n in range(contacts - len(base.contacts)):
        name = _PEOPLE[n % len(_PEOPLE)] + (
            f" {n // len(_PEOPLE) + 1}" if n >= len(_PEOPLE) else ""
        )
        people.append(
            ContactData(
                name=name,
                role=_ROLES[n % len(_ROLES)],
                itil_relation=list(ItilRelation)[n % 3],
                phone=f"+9723555{1000 + n * 37:04d}",
                mobile=f"+97254{3000000 + n * 7919:07d}" if n % 2 else "",
                email=f"user{n}@acme.co.il",
                preferred_channel=list(Channel)[n % 4],
                reachable_hours="א׳–ה׳ 08:00–17:00" if n % 3 else "24/7",
            )
        )
    base.contacts += people
    made = []
    for n in range(systems):
        name, kind, function, version = _SYSTEMS[n % len(_SYSTEMS)]
        site = n // len(_SYSTEMS)
        made.append(
            SystemData(
                name=f"{name} {site + 1}" if site else name,
                kind=kind,
                business_function=function,
                version=version,
                environment=list(Environment)[n % 3 if n % 4 else 0],
                location=_PLACES[n % len(_PLACES)],
                host=f"srv{n:02d}.acme.local",
                address=f"10.0.{n // 10}.{n + 10}",
                serial=f"SN-{n * 7331:06d}" if n % 5 == 0 else "",
                criticality=list(Criticality)[n % 4],
                owner_key=base.contacts[n % len(base.contacts)].key,
            )
        )
    base.systems = made
    staff = ["דנה לוי", "Omid Rahimi", "אבי מזרחי", "מנהל התפעול"]
    base.escalation_paths = [
        EscalationPathData(
            severity,
            Side.PROVIDER,
            [
                EscalationLevelData(
                    minutes,
                    Channel.PHONE if step < 2 else Channel.MOBILE,
                    staff_name=staff[step] if step < 3 else "",
                    name=staff[step] if step == 3 else "",
                )
                for step, minutes in enumerate((0, 30 * factor, 120 * factor, 240 * factor))
            ],
        )
        for severity, factor in ((Severity.CRITICAL, 1), (Severity.HIGH, 2), (Severity.MEDIUM, 4))
    ]
    template = hebrew_file().expectations
    base.expectations = []
    for n in range(expectations):
        source = template[n % len(template)]
        agreed = n < expectations - 3
        base.expectations.append(
            ExpectationData(
                customer_words=f"{source.customer_words} (מערכת {n + 1})",
                topic=source.topic,
                agreed_target=source.agreed_target,
                failures_per_year=source.failures_per_year,
                hours_per_failure=source.hours_per_failure,
                availability_percent=source.availability_percent,
                technical_target=source.technical_target,
                holder=source.holder,
                status=ExpectationStatus.AGREED if agreed else ExpectationStatus.DECLINED,
                realistic=agreed,
                cost_benefit=source.cost_benefit or "עלות גבוהה מול תועלת קטנה",
                review_date=dt.date(2027, 1 + n % 12, 1),
                risks=[],
            )
        )
    risk = hebrew_file().expectations[0].risks[0]
    for n in range(risks):
        base.expectations[n % (expectations - 3)].risks.append(
            RiskData(
                cause=f"{risk.cause} (אתר {n + 1})",
                likelihood=list(Likelihood)[n % 3],
                impact=risk.impact,
                mitigation=risk.mitigation,
                recovery_plan=risk.recovery_plan,
                recovery_minutes=60 * (n + 1),
                preparation=risk.preparation,
                owner_name=risk.owner_name,
            )
        )
    return base
