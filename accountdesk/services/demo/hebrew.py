"""Demo customers whose documents are in Hebrew: a hospital, a law firm, a logistics
company, a municipality and a bank's branch network. All names are invented."""

from __future__ import annotations

import datetime as dt

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
from accountdesk.domain.service_file import ServiceFile
from accountdesk.services.demo.build import (
    always,
    availability,
    contact,
    days,
    expectation,
    feedback,
    hours,
    level,
    meeting,
    path,
    report,
    risk,
    sun_to_thu,
    system,
    unrealistic,
)
from accountdesk.services.demo.staff import DANA, MICHAL, RONIT, URI, YOSSI

HE = Language.HEBREW
SUN_TO_FRI = 0b1011111  # Monday is bit 0: Sun..Fri, no Saturday


def hospital(today: dt.date) -> ServiceFile:
    window = always("Asia/Jerusalem")
    cio = contact(
        "ד״ר אסף גולן",
        "סמנכ״ל מערכות מידע (CIO)",
        ItilRelation.DECISION_MAKER,
        phone="04-854-1200",
        mobile="052-441-8820",
        email="asaf.golan@glc-med.org.il",
        channel=Channel.MOBILE,
        language=HE,
        reachable="א׳–ה׳ 08:00–18:00, בחירום בכל שעה",
    )
    infra = contact(
        "אבי רוזן",
        "מנהל תשתיות IT",
        ItilRelation.TECHNICAL,
        phone="04-854-1233",
        mobile="054-331-2876",
        email="avi.rosen@glc-med.org.il",
        language=HE,
        reachable="א׳–ה׳ 07:00–17:00",
    )
    nurse = contact(
        "שרית נחום",
        "אחות אחראית, פנימית ב׳ (נציגת המשתמשים)",
        ItilRelation.USER,
        phone="04-854-1560",
        email="sarit.nahum@glc-med.org.il",
        language=HE,
        notes="מדברת בשם הצוות הסיעודי; חשוב לה לדעת מי מטפל ומתי זה ייגמר.",
    )
    helpdesk = contact(
        "מוקד IT בית החולים",
        "מוקד תמיכה פנימי",
        ItilRelation.TECHNICAL,
        phone="04-854-1999",
        email="helpdesk@glc-med.org.il",
        channel=Channel.TICKET,
        reachable="24/7",
    )
    noc = contact(
        "מוקד אופק IT",
        "מוקד תמיכה ובקרה (NOC)",
        ItilRelation.TECHNICAL,
        side=Side.PROVIDER,
        phone="03-761-2299",
        email="noc@ofek-it.co.il",
        reachable="24/7",
    )
    pacs = availability(
        "שמערכת ה־PACS לא תיפול באמצע משמרת. אנחנו יכולים לחיות עם כשל בשירות לכל היותר 4 פעמים "
        "בשנה, בתנאי שכל תקלה נפתרת בתוך 4 שעות.",
        4,
        4,
        window,
        agreed="כשלים בשירות ה־PACS יקרו לכל היותר 4 פעמים בשנה, וכל תקלה תיפתר בתוך 4 שעות.",
        technical="זמינות {percent} בשנה, 24×7 (16 שעות השבתה בשנה לכל היותר)",
        language=HE,
        review=days(today, 60),
        risks=(
            risk(
                "תקלת חומרה במערך האחסון של ה־PACS",
                Likelihood.LOW,
                Likelihood.HIGH,
                mitigation="שכפול (replication) רציף לאתר המשני בחיפה; חוזה חומרה 4 שעות מול היצרן",
                recovery="מעבר לאתר המשני והפניית תחנות הרדיולוגיה לשרת החלופי",
                minutes=90,
                preparation="תרגול מעבר לאתר המשני פעם ברבעון ותיעוד זמני ההתאוששות בפועל",
                owner=URI,
            ),
            risk(
                "הפסקת חשמל ממושכת בחדר השרתים",
                Likelihood.LOW,
                Likelihood.HIGH,
                mitigation="אל־פסק (UPS) לשעה וגנרטור עם בדיקת עומס חודשית",
                recovery="כיבוי מסודר של מערכות לא קריטיות והעברת עומס לאתר המשני",
                minutes=30,
                preparation="רשימת כיבוי מודפסת בחדר השרתים ובקובץ התיק",
                owner=YOSSI,
            ),
        ),
    )
    answer = expectation(
        "כשמחלקה מתקשרת, שיענה מישהו שמכיר את המערכות שלנו ולא ישאל שאלות טריוויאליות.",
        Topic.RESPONSE,
        agreed="מענה אנושי בתוך 5 דקות, 24/7, מתומך שמכיר את תיק השירות; בתקלה קריטית – טכנאי "
        "מטפל בתוך 15 דקות.",
        technical="Response P1 ≤ 15 min, P2 ≤ 60 min",
        holder=ExpectationHolder.USERS,
    )
    instant = unrealistic(
        "שכל תקלה, בכל מערכת, תיפתר תוך 2 דקות.",
        Topic.RESOLUTION,
        "פתרון בתוך 2 דקות לכל תקלה מחייב צוות כוננים פיזי בבית החולים 24/7 ושכפול מלא של כל "
        "המערכות – עלות מוערכת של כ־1.2 מיליון ₪ בשנה. הוצע במקום: מעבר אוטומטי לאתר המשני "
        "עבור PACS והרשומה הרפואית בלבד (הקריטיות ביותר לטיפול בחולים), ופתרון בתוך 4 שעות לשאר.",
        review=days(today, 30),
    )
    monthly = expectation(
        "לקבל פעם בחודש עמוד אחד: מה עמד ביעד, מה לא, ומה אתם עושים כדי להשתפר.",
        Topic.REPORTING,
        agreed="דוח חודשי של עמוד אחד עד ה־5 בכל חודש, במונחים עסקיים ולא טכניים.",
    )
    return ServiceFile(
        name="המרכז הרפואי גליל כרמל",
        industry="בריאות – בית חולים כללי",
        business_needs="טיפול בחולים מסביב לשעון: גישה רציפה לרשומה הרפואית, להדמיות (PACS) "
        "ולמעבדות. כל השבתה פוגעת ישירות בטיפול ובתורים.",
        support_level=SupportLevel.DEDICATED,
        support_in_scope="שרתים, אחסון, גיבוי, Active Directory, דואר, רשת ליבה, PACS ברמת התשתית.",
        support_out_of_scope="ציוד רפואי (מכשירי CT ו־MRI) – באחריות היצרנים; תחנות קצה – באחריות מוקד "
        "ה־IT הפנימי.",
        window=window,
        knowledge_level=KnowledgeLevel.EXPERT,
        criticality=Criticality.CRITICAL,
        document_language=HE,
        country="IL",
        account_manager=DANA,
        supporter=URI,
        backup_supporter=MICHAL,
        next_review=days(today, 45),
        notes="קבלן משנה ל־PACS: נציג היצרן זמין דרך אבי רוזן בלבד.",
        contacts=[cio, infra, nurse, helpdesk, noc],
        systems=[
            system(
                "Active Directory – בקר תחום ראשי",
                SystemKind.SERVER,
                "הזדהות לכל עובדי בית החולים",
                version="Windows Server 2022",
                location="חדר שרתים ראשי, בניין A, קומת מרתף",
                host="srv-dc01.glc-med.local",
                address="10.20.1.10",
                serial="CZJ2310ABC",
                criticality=Criticality.CRITICAL,
                owner=infra,
            ),
            system(
                "Exchange 2019 (מקומי)",
                SystemKind.APPLICATION,
                "דואר אלקטרוני לצוות הרפואי והמנהלי",
                version="Exchange Server 2019 CU14",
                location="חדר שרתים ראשי",
                host="srv-exch01.glc-med.local",
                address="10.20.1.25",
                criticality=Criticality.HIGH,
                owner=infra,
            ),
            system(
                "PACS – ארכיון הדמיות",
                SystemKind.APPLICATION,
                "צפייה בהדמיות ופענוח רדיולוגי",
                version="Sectra PACS 25.1",
                location="חדר שרתים ראשי + אתר משני בחיפה",
                host="pacs-app01.glc-med.local",
                address="10.20.4.11",
                serial="SEC-25-118842",
                criticality=Criticality.CRITICAL,
                owner=cio,
            ),
            system(
                "מסד נתוני הרשומה הרפואית",
                SystemKind.DATABASE,
                "הרשומה הרפואית הממוחשבת (Chameleon)",
                version="SQL Server 2019 Enterprise",
                host="emr-sql01.glc-med.local",
                address="10.20.2.40",
                criticality=Criticality.CRITICAL,
                owner=infra,
            ),
            system(
                "גיבוי לאתר DR",
                SystemKind.STORAGE,
                "גיבוי יומי באמצעות Veeam Backup & Replication 12 לאתר ה־DR בחיפה",
                version="Veeam B&R 12.1",
                environment=Environment.DISASTER_RECOVERY,
                host="bkp-vbr01.glc-med.local",
                address="10.30.0.5",
                criticality=Criticality.HIGH,
            ),
        ],
        escalation_paths=[
            path(
                Severity.CRITICAL, level(0, URI), level(30, YOSSI), level(60, RONIT, Channel.MOBILE)
            ),
            path(
                Severity.CRITICAL,
                level(0, helpdesk, Channel.TICKET),
                level(15, infra),
                level(60, cio, Channel.MOBILE),
                side=Side.CUSTOMER,
            ),
            path(Severity.HIGH, level(0, URI), level(240, YOSSI)),
            path(Severity.MEDIUM, level(0, MICHAL, Channel.TICKET), level(480, URI)),
        ],
        expectations=[pacs, answer, instant, monthly],
        meetings=[
            meeting(
                days(today, -220),
                [
                    (cio.name, Side.CUSTOMER, cio.role),
                    (infra.name, Side.CUSTOMER, infra.role),
                    (nurse.name, Side.CUSTOMER, nurse.role),
                    (DANA, Side.PROVIDER, "מנהלת לקוח"),
                    (URI, Side.PROVIDER, "תומך צמוד"),
                ],
                notes="עברנו על הענף, הצרכים העסקיים, רמת התמיכה, גבולות התמיכה, ממשקי ההסלמה ואנשי הקשר. "
                "הצוות הסיעודי ביקש עדכוני סטטוס עם הערכת זמן ריאלית לסיום.",
                decisions="מערכת ה־PACS והרשומה הרפואית מוגדרות קריטיות; חלון שירות 24×7; תומך צמוד: אורי בן-דוד, "
                "גיבוי: מיכל אברהם. רק בית החולים סוגר תקלה.",
                actions=[
                    (
                        "להשלים מיפוי מערכות ומספרים סידוריים בתיק השירות",
                        URI,
                        days(today, -200),
                        True,
                    ),
                    ("להפיץ סיכום תיאום ציפיות לחתימת שני הצדדים", DANA, days(today, -210), True),
                    ("לתאם תרגול מעבר לאתר המשני", infra.name, days(today, 20), False),
                ],
            ),
        ],
        reports=[
            report(
                days(today, -120),
                days(today, -30),
                "שעון עצר אוטומטי להסלמה בתקלות PACS; הכשרת כונן לילה נוסף על המערכת.",
                [
                    (0, "כשל אחד ב־PACS, נפתר בתוך 3 שעות ו־10 דקות", True, ""),
                    (1, "זמן מענה ממוצע 3 דקות; תקלה קריטית אחת – טכנאי בתוך 12 דקות", True, ""),
                    (
                        3,
                        "הדוח החודשי נשלח באיחור של יומיים בחודש אחד",
                        False,
                        "נקבעה תזכורת אוטומטית",
                    ),
                ],
            ),
        ],
        feedback=[
            feedback(
                days(today, -25),
                FeedbackChannel.MEETING,
                8,
                "השירות טוב, אבל בלילה לוקח יותר זמן להגיע למישהו שמכיר את ה־PACS.",
                "להכשיר כונן לילה נוסף על PACS עד סוף הרבעון",
            ),
        ],
    )


def law_firm(today: dt.date) -> ServiceFile:
    window = sun_to_thu()
    partner = contact(
        "עו״ד מיכאל ברק",
        "שותף מנהל",
        ItilRelation.DECISION_MAKER,
        phone="03-691-4400",
        mobile="050-522-7781",
        email="michael@barak-stern.co.il",
        channel=Channel.EMAIL,
        language=HE,
    )
    office = contact(
        "לימור אוחיון",
        "מנהלת המשרד",
        ItilRelation.USER,
        phone="03-691-4401",
        mobile="052-880-1134",
        email="limor@barak-stern.co.il",
        language=HE,
        reachable="א׳–ה׳ 08:00–17:00",
        notes="היא זו שמתקשרת כשמשהו לא עובד; לא טכנית – להסביר בלי ראשי תיבות.",
    )
    freelancer = contact(
        "אלון דהן",
        "איש IT חיצוני (משרה חלקית)",
        ItilRelation.TECHNICAL,
        mobile="054-909-3321",
        email="alon.dahan.it@gmail.com",
        channel=Channel.MOBILE,
        reachable="ימי ב׳ ו־ד׳",
    )
    documents = availability(
        "שבבוקר של דיון בבית המשפט הכול יעבוד – אסור שהמסמכים לא ייפתחו.",
        2,
        2,
        window,
        agreed="תקלה שמונעת גישה למסמכים תקרה לכל היותר פעמיים בשנה, וכל אחת תיפתר בתוך שעתיים "
        "בשעות הפעילות.",
        technical="זמינות {percent} בחלון א׳–ה׳ 08:00–18:00",
        language=HE,
        review=days(today, -20),
        risks=(
            risk(
                "כופרה (Ransomware) שמצפינה את שרת הקבצים",
                Likelihood.MEDIUM,
                Likelihood.HIGH,
                mitigation="חומת אש FortiGate עם סינון תוכן, אימות דו־שלבי (MFA) לכל המשתמשים, גיבוי בלתי ניתן לשינוי (immutable) בענן",
                recovery="שחזור שרת הקבצים מגיבוי של הלילה הקודם; עבודה זמנית מ־iManage בענן",
                minutes=360,
                preparation="בדיקת שחזור חודשית של תיקייה אקראית ותיעוד הזמן",
                owner=MICHAL,
            ),
        ),
    )
    human = expectation(
        "לדבר עם בן אדם, לא עם מערכת כרטיסים. ושיגידו לנו מתי זה ייגמר.",
        Topic.COMMUNICATION,
        agreed="מענה טלפוני ישיר מהתומכת הצמודה בשעות הפעילות; עדכון סטטוס כל שעה עם הערכת זמן "
        "ריאלית לסיום.",
    )
    nights = unrealistic(
        "שהתמיכה תהיה זמינה גם בלילות ובשבתות, בלי תוספת תשלום.",
        Topic.RESPONSE,
        "כיסוי 24×7 מחייב תורנות כוננים – כ־4,500 ₪ לחודש. בשנה האחרונה היו רק 3 פניות מחוץ "
        "לשעות הפעילות. הוצע: כונן בתשלום לפי קריאה, וחלון מורחב בשבועות של דיונים גדולים, בתיאום מראש.",
        review=days(today, -20),
    )
    changes = expectation(
        "שיעדכנו אותנו לפני כל שינוי, ולא באמצע יום עבודה.",
        Topic.COMMUNICATION,
        agreed="שינויים מתוכננים רק אחרי 19:00 בימים א׳–ה׳, בהודעה מראש של 3 ימי עבודה.",
    )
    return ServiceFile(
        name="ברק, שטרן ושות׳ – עורכי דין",
        industry="משפטים – משרד עורכי דין (ליטיגציה ומסחרי)",
        business_needs="גישה מיידית לתיקי לקוחות ולמסמכים, במיוחד לפני דיונים; סודיות מלאה של מידע "
        "לקוחות.",
        support_level=SupportLevel.STANDARD,
        support_in_scope="שרת קבצים, חומת אש, Microsoft 365, iManage, 35 תחנות עבודה ומדפסות.",
        support_out_of_scope="מערכת הנהלת החשבונות (Priority) – מול ספק התוכנה; טלפוניה.",
        window=window,
        knowledge_level=KnowledgeLevel.NOVICE,
        criticality=Criticality.HIGH,
        document_language=HE,
        country="IL",
        account_manager=DANA,
        supporter=MICHAL,
        backup_supporter=URI,
        next_review=days(today, -20),
        notes="סקירה שנתית באיחור – לקבוע מועד עם לימור.",
        contacts=[partner, office, freelancer],
        systems=[
            system(
                "iManage Work – ניהול מסמכים",
                SystemKind.APPLICATION,
                "תיקי לקוחות, גרסאות מסמכים וחיפוש",
                version="iManage Work 10.4",
                host="dms01.barak-stern.local",
                address="192.168.10.20",
                criticality=Criticality.CRITICAL,
                owner=office,
            ),
            system(
                "Microsoft 365 (Exchange Online)",
                SystemKind.CLOUD_SERVICE,
                "דואר, יומנים ו־Teams",
                version="Microsoft 365 E3",
                location="ענן Microsoft, אזור אירופה",
                host="barak-stern.co.il",
                address="barakstern.onmicrosoft.com",
                criticality=Criticality.HIGH,
            ),
            system(
                "שרת קבצים",
                SystemKind.SERVER,
                "סריקות ותיקים ישנים",
                version="Windows Server 2019",
                location="ארון תקשורת, קומה 12",
                host="fs01.barak-stern.local",
                address="192.168.10.11",
                serial="SGH912XYZ1",
            ),
            system(
                "חומת אש FortiGate",
                SystemKind.SECURITY,
                "גישה מרחוק (VPN) וסינון תעבורה",
                version="FortiGate 100F, FortiOS 7.2",
                host="fw01.barak-stern.local",
                address="192.168.10.1",
                serial="FG100FTK22001234",
                criticality=Criticality.HIGH,
                owner=freelancer,
            ),
        ],
        escalation_paths=[
            path(Severity.CRITICAL, level(0, MICHAL), level(30, YOSSI), level(120, RONIT)),
            path(
                Severity.CRITICAL,
                level(0, office),
                level(60, partner, Channel.MOBILE),
                side=Side.CUSTOMER,
            ),
            path(Severity.HIGH, level(0, MICHAL), level(120, YOSSI)),
        ],
        expectations=[documents, human, nights, changes],
        meetings=[
            meeting(
                days(today, -400),
                [
                    (partner.name, Side.CUSTOMER, partner.role),
                    (office.name, Side.CUSTOMER, office.role),
                    (DANA, Side.PROVIDER, "מנהלת לקוח"),
                    (MICHAL, Side.PROVIDER, "תומכת צמודה"),
                ],
                notes="הלקוח לא טכני; ביקש שפה פשוטה בדוחות. אלון דהן לא השתתף – יש לתאם איתו בנפרד.",
                decisions="חלון שירות א׳–ה׳ 08:00–18:00. דרישת 24×7 נבחנת מול עלות.",
                actions=[
                    (
                        "פגישת היכרות עם אלון דהן והעברת סיסמאות לכספת",
                        MICHAL,
                        days(today, -380),
                        True,
                    ),
                    ("הצעת מחיר לכונן לפי קריאה", DANA, days(today, -370), False),
                ],
                all_covered=False,
            ),
        ],
        reports=[
            report(
                days(today, -200),
                days(today, -110),
                "בדיקת שחזור חודשית קבועה; הדרכת משתמשים על דיוג (phishing).",
                [
                    (0, "אפס תקלות גישה למסמכים ברבעון", True, ""),
                    (
                        1,
                        "עדכון סטטוס כל שעה ב־9 מתוך 11 פניות",
                        False,
                        "בשתי פניות העדכון הגיע אחרי שעתיים",
                    ),
                ],
            ),
        ],
        feedback=[
            feedback(
                days(today, -100),
                FeedbackChannel.SURVEY,
                6,
                "התקלה נפתרה, אבל לא ידעתי מה קורה במשך שעתיים.",
                "שיחה עם לימור; נקבעה תזכורת עדכון אוטומטית בכל פנייה",
                True,
            ),
        ],
    )


def logistics(today: dt.date) -> ServiceFile:
    window = hours(SUN_TO_FRI, "06:00", "23:00", "Asia/Jerusalem")
    ops = contact(
        "רונן אזולאי",
        "סמנכ״ל תפעול",
        ItilRelation.DECISION_MAKER,
        phone="08-852-3300",
        mobile="052-600-4410",
        email="ronen.a@yamtichon.co.il",
        language=HE,
    )
    it_manager = contact(
        "גלית פרץ",
        "מנהלת מערכות מידע",
        ItilRelation.TECHNICAL,
        phone="08-852-3320",
        mobile="054-700-1290",
        email="galit.p@yamtichon.co.il",
        channel=Channel.MOBILE,
        language=HE,
        reachable="א׳–ו׳ 07:00–19:00",
    )
    shift = contact(
        "ואסים חורי",
        "אחראי משמרת, מחסן 3",
        ItilRelation.USER,
        mobile="050-312-6654",
        language=HE,
        reachable="משמרות בוקר וערב",
        notes="מדווח על תקלות במסופי הליקוט; מעדיף WhatsApp בשעות עומס.",
    )
    wms = availability(
        "שהמלגזות לא יעמדו: אם ה־WMS נופל, המשאיות נתקעות בשער. נסתדר עם עד 6 תקלות בשנה, "
        "אבל כל אחת – שעה לכל היותר.",
        6,
        1,
        window,
        agreed="מערכת ה־WMS תיפול לכל היותר 6 פעמים בשנה בשעות הפעילות, וכל תקלה תיפתר בתוך שעה.",
        technical="זמינות {percent} בחלון א׳–ו׳ 06:00–23:00",
        language=HE,
        review=days(today, 90),
        risks=(
            risk(
                "ניתוק קו התקשורת לנמל אשדוד",
                Likelihood.MEDIUM,
                Likelihood.HIGH,
                mitigation="קו גיבוי סלולרי (5G) אוטומטי דרך ה־SD-WAN",
                recovery="מעבר לקו הגיבוי; פתיחת קריאה מול ספק התקשורת",
                minutes=10,
                preparation="בדיקת מעבר לקו הגיבוי בכל יום ראשון בבוקר",
                owner=URI,
            ),
        ),
    )
    scanners = expectation(
        "שהמסוף לא יתנתק כל פעם שעוברים בין המעברים במחסן.",
        Topic.OTHER,
        agreed="סקר אלחוטי במחסן 3 ותיקון הכיסוי; יעד: פחות מניתוק אחד למשמרת.",
        holder=ExpectationHolder.USERS,
        status=ExpectationStatus.IN_DISCUSSION,
        review=days(today, 14),
    )
    no_downtime = unrealistic(
        "שהשדרוג של SAP S/4HANA 2023 ייעשה בלי לעצור את העבודה אפילו לדקה.",
        Topic.AVAILABILITY,
        "שדרוג ללא השבתה כלל דורש סביבת מראה מלאה ורישוי כפול לתקופת המעבר – כ־380,000 ₪. "
        "הוצע: חלון השבתה של 6 שעות במוצאי שבת, עם תרגול מלא בסביבת הבדיקות שבוע קודם.",
        agreed="חלון השבתה מתוכנן של 6 שעות במוצאי שבת, בתיאום חודש מראש.",
        status=ExpectationStatus.AGREED,
    )
    return ServiceFile(
        name="שילוח ים תיכון בע״מ",
        industry="לוגיסטיקה – שילוח בינלאומי ומחסנים",
        business_needs="קליטת מכולות מהנמל, ליקוט ושילוח בזמן; כל עיכוב בשער עולה בדמי השהיה.",
        support_level=SupportLevel.PREMIUM,
        support_in_scope="תשתית SAP S/4HANA, מערכת WMS, רשת אלחוטית במחסנים, מסופי ליקוט, קווי תקשורת.",
        support_out_of_scope="פיתוח התאמות ב־SAP – מול שותף ההטמעה; מלגזות ומשקלים.",
        window=window,
        knowledge_level=KnowledgeLevel.INTERMEDIATE,
        criticality=Criticality.HIGH,
        document_language=HE,
        country="IL",
        account_manager=DANA,
        supporter=URI,
        backup_supporter=MICHAL,
        next_review=days(today, 75),
        contacts=[ops, it_manager, shift],
        systems=[
            system(
                "SAP S/4HANA 2023",
                SystemKind.APPLICATION,
                "הזמנות, חשבוניות ומלאי",
                version="SAP S/4HANA 2023 FPS01",
                location="חוות שרתים, פתח תקווה",
                host="s4prd.yamtichon.local",
                address="10.50.0.15",
                criticality=Criticality.CRITICAL,
                owner=it_manager,
            ),
            system(
                "WMS – ניהול מחסן",
                SystemKind.APPLICATION,
                "קליטה, ליקוט ושילוח במחסנים 1–3",
                version="Manhattan SCALE 2022",
                host="wms01.yamtichon.local",
                address="10.50.0.30",
                criticality=Criticality.CRITICAL,
                owner=it_manager,
            ),
            system(
                "מסופי ליקוט Zebra",
                SystemKind.WORKSTATION,
                "סריקת ברקודים בליקוט",
                version="Zebra MC9300, Android 11",
                location="מחסן 3",
                serial="ZB-MC93-004217",
                owner=shift,
            ),
            system(
                "קו תקשורת לנמל אשדוד",
                SystemKind.NETWORK,
                "ממשק EDI מול הנמל והמכס",
                version="Cisco Catalyst 8300 SD-WAN",
                host="rtr-port01.yamtichon.local",
                address="172.16.8.1",
                serial="FDO2612X0AB",
                criticality=Criticality.HIGH,
            ),
        ],
        escalation_paths=[
            path(Severity.CRITICAL, level(0, URI), level(20, YOSSI), level(60, RONIT)),
            path(Severity.HIGH, level(0, URI), level(120, YOSSI)),
        ],
        expectations=[wms, scanners, no_downtime],
        meetings=[
            meeting(
                days(today, -150),
                [
                    (ops.name, Side.CUSTOMER, ops.role),
                    (it_manager.name, Side.CUSTOMER, it_manager.role),
                    (DANA, Side.PROVIDER, "מנהלת לקוח"),
                    (URI, Side.PROVIDER, "תומך צמוד"),
                ],
                notes="הלקוח עובד גם בימי שישי עד 23:00; ביקש שהתומך יכיר את מחסן 3 פיזית.",
                decisions="חלון שירות א׳–ו׳ 06:00–23:00; סיור במחסנים לפני תחילת השירות.",
                actions=[
                    ("סיור במחסנים וצילום ארונות התקשורת", URI, days(today, -140), True),
                    ("סקר אלחוטי במחסן 3", URI, days(today, 10), False),
                ],
            ),
        ],
        reports=[
            report(
                days(today, -90),
                days(today, -1),
                "החלפת נקודות גישה במחסן 3; ניטור קו הנמל בזמן אמת.",
                [
                    (0, "2 תקלות WMS, 40 ו־55 דקות", True, ""),
                    (1, "ממוצע 3 ניתוקים למשמרת", False, "ממתין לסקר האלחוטי"),
                ],
            ),
        ],
        feedback=[
            feedback(
                days(today, -12),
                FeedbackChannel.CALL,
                7,
                "כשהקו לנמל נפל עברתם לגיבוי מהר, אבל אף אחד לא עדכן את המשמרת.",
                "להוסיף את אחראי המשמרת לרשימת העדכונים בתקלות קו",
            ),
        ],
    )


def municipality(today: dt.date) -> ServiceFile:
    window = sun_to_thu("07:30", "19:00")
    cio = contact(
        "משה ביטון",
        "מנהל אגף מערכות מידע",
        ItilRelation.DECISION_MAKER,
        phone="09-761-5500",
        email="moshe.b@neve-yam.muni.il",
        channel=Channel.EMAIL,
        language=HE,
    )
    sysadmin = contact(
        "נועה שלום",
        "מנהלת מערכות",
        ItilRelation.TECHNICAL,
        phone="09-761-5512",
        mobile="053-441-9987",
        email="noa.s@neve-yam.muni.il",
        language=HE,
    )
    hotline = contact(
        "מוקד 106",
        "מוקד עירוני",
        ItilRelation.USER,
        phone="09-761-5106",
        email="moked106@neve-yam.muni.il",
        reachable="24/7",
    )
    portal = availability(
        "שהתושבים יוכלו לשלם ארנונה באתר גם בסוף החודש, כשכולם משלמים.",
        3,
        3,
        window,
        agreed="אתר התשלומים ייפול לכל היותר 3 פעמים בשנה בשעות הפעילות, וכל תקלה תיפתר בתוך 3 "
        "שעות; בימים 25–1 בכל חודש – טכנאי בכוננות.",
        technical="זמינות {percent} בחלון א׳–ה׳ 07:30–19:00",
        language=HE,
    )
    legacy = expectation(
        "שהדואר ימשיך לעבוד כמו היום, על השרתים שלנו.",
        Topic.OTHER,
        agreed="שרת Exchange 2016 יוצא מתמיכת היצרן; הוסכם על תוכנית מעבר ל־Exchange Online עד סוף השנה.",
        status=ExpectationStatus.IN_DISCUSSION,
        review=days(today, 30),
        risks=(
            risk(
                "פרצת אבטחה בשרת Exchange 2016 שאינו מקבל עוד עדכונים",
                Likelihood.HIGH,
                Likelihood.HIGH,
                mitigation="חסימת OWA מבחוץ, גישה רק דרך VPN, ניטור יומני אירועים",
                recovery="ניתוק השרת, שחזור תיבות מגיבוי לשרת נקי",
                minutes=720,
                preparation="האצת המעבר לענן; גיבוי תיבות יומי",
                owner=YOSSI,
            ),
        ),
    )
    gis = unrealistic(
        "שכל שכבות ה־GIS יתעדכנו אצל המהנדסים מיד, בלי לחכות ללילה.",
        Topic.OTHER,
        "סנכרון מיידי של כל השכבות דורש שדרוג רישוי ArcGIS ושרת נוסף – כ־150,000 ₪. רוב השכבות "
        "משתנות פעם בשבוע. הוצע: סנכרון מיידי רק לשכבת ההיתרים, וסנכרון לילי לשאר.",
    )
    return ServiceFile(
        name="עיריית נווה ים",
        industry="רשות מקומית",
        business_needs="שירות לתושבים: תשלומים מקוונים, מוקד 106, היתרי בנייה ו־GIS.",
        support_level=SupportLevel.PREMIUM,
        support_in_scope="שרתים, דואר, אתר העירייה (תשתית), ArcGIS Enterprise, גיבוי.",
        support_out_of_scope="מערכת הגבייה – מול ספק התוכנה; מצלמות אבטחה עירוניות.",
        window=window,
        knowledge_level=KnowledgeLevel.INTERMEDIATE,
        criticality=Criticality.HIGH,
        document_language=HE,
        country="IL",
        account_manager=DANA,
        supporter=MICHAL,
        backup_supporter=URI,
        next_review=days(today, 10),
        contacts=[cio, sysadmin, hotline],
        systems=[
            system(
                "אתר העירייה ותשלומים מקוונים",
                SystemKind.CLOUD_SERVICE,
                "תשלום ארנונה, מים וקנסות",
                version="Azure App Service",
                host="pay.neve-yam.muni.il",
                criticality=Criticality.CRITICAL,
                owner=sysadmin,
            ),
            system(
                "Exchange 2016 (מקומי)",
                SystemKind.APPLICATION,
                "דואר לעובדי העירייה",
                version="Exchange Server 2016 CU23",
                host="mail01.neveyam.local",
                address="10.1.1.20",
                criticality=Criticality.HIGH,
                notes="יוצא מתמיכת היצרן – תוכנית מעבר בתיק.",
            ),
            system(
                "ArcGIS Enterprise",
                SystemKind.APPLICATION,
                "מפות, היתרי בנייה ותכנון",
                version="ArcGIS Enterprise 11.1",
                host="gis01.neveyam.local",
                address="10.1.2.15",
            ),
            system(
                "אשכול וירטואליזציה",
                SystemKind.SERVER,
                "מארח את שרתי העירייה",
                version="VMware vSphere 8.0 U2",
                host="esx01.neveyam.local",
                address="10.1.0.11",
                serial="CN7792P0QX",
                criticality=Criticality.CRITICAL,
            ),
        ],
        escalation_paths=[
            path(Severity.CRITICAL, level(0, MICHAL), level(30, YOSSI), level(90, RONIT)),
            path(Severity.HIGH, level(0, MICHAL), level(180, YOSSI)),
        ],
        expectations=[portal, legacy, gis],
        meetings=[
            meeting(
                days(today, -300),
                [
                    (cio.name, Side.CUSTOMER, cio.role),
                    (sysadmin.name, Side.CUSTOMER, sysadmin.role),
                    (DANA, Side.PROVIDER, "מנהלת לקוח"),
                    (MICHAL, Side.PROVIDER, "תומכת צמודה"),
                ],
                notes="עומס חודשי בימי תשלום הארנונה; מכרז הדואר בענן בתהליך.",
                decisions="כוננות טכנאי בימים 25–1 בכל חודש.",
                actions=[("תוכנית מעבר ל־Exchange Online", MICHAL, days(today, 60), False)],
            ),
        ],
        reports=[
            report(
                days(today, -180),
                days(today, -90),
                "מעבר ל־Exchange Online; בדיקות עומס לאתר התשלומים לפני סוף השנה.",
                [(0, "תקלה אחת באתר התשלומים, שעתיים ו־20 דקות", True, "")],
            ),
        ],
        feedback=[
            feedback(
                days(today, -60),
                FeedbackChannel.EMAIL,
                9,
                "בסוף החודש הכול עבד חלק, המוקד לא קיבל תלונות.",
            ),
        ],
    )


def bank_branches(today: dt.date) -> ServiceFile:
    window = always("Asia/Jerusalem")
    ciso = contact(
        "תמר הרשקוביץ",
        "מנהלת הגנת סייבר (CISO)",
        ItilRelation.DECISION_MAKER,
        phone="03-514-7700",
        email="tamar.h@galilbank.co.il",
        channel=Channel.EMAIL,
        language=HE,
    )
    netops = contact(
        "עידו קפלן",
        "ראש צוות תקשורת סניפים",
        ItilRelation.TECHNICAL,
        phone="03-514-7720",
        mobile="052-998-1450",
        email="ido.k@galilbank.co.il",
        channel=Channel.MOBILE,
        reachable="24/7 בכוננות",
    )
    branch = contact(
        "סיגל מור",
        "מנהלת סניף חיפה",
        ItilRelation.USER,
        phone="04-860-2210",
        email="sigal.mor@galilbank.co.il",
        reachable="א׳–ה׳ 08:30–14:00",
    )
    connectivity = availability(
        "שאף סניף לא יישאר בלי תקשורת יותר משעה. לכל היותר פעמיים בשנה.",
        2,
        1,
        window,
        agreed="ניתוק תקשורת של סניף יקרה לכל היותר פעמיים בשנה, וכל ניתוק ייפתר בתוך שעה.",
        technical="זמינות {percent} לכל סניף, 24×7 (כספומטים פעילים מסביב לשעון)",
        language=HE,
        risks=(
            risk(
                "תקלה אצל ספק התקשורת באזור שלם",
                Likelihood.MEDIUM,
                Likelihood.HIGH,
                mitigation="שני ספקי תקשורת שונים לכל סניף + גיבוי סלולרי",
                recovery="מעבר אוטומטי של ה־SD-WAN לספק השני",
                minutes=5,
                preparation="בדיקת מעבר חודשית בסניף אקראי",
                owner=URI,
            ),
        ),
    )
    regulator = expectation(
        "דוח רבעוני שאפשר להגיש כמו שהוא לפיקוח על הבנקים.",
        Topic.REPORTING,
        agreed="דוח רבעוני לפי הוראה 361 (ניהול הגנת הסייבר): אירועים, זמני תגובה ופערים, עד ה־10 "
        "בחודש שאחרי הרבעון.",
    )
    zero = unrealistic(
        "אפס תקלות. בנק לא יכול להרשות לעצמו תקלות.",
        Topic.AVAILABILITY,
        "אפס תקלות אינו יעד שאפשר להתחייב אליו; גם תשתית כפולה לחלוטין נכשלת לפעמים. עלות הכפלת "
        "כל רכיב בכל 42 הסניפים: כ־2.5 מיליון ₪. הוצע: יעד הניתוקים לעיל, עם זמן התאוששות קצר "
        "במיוחד, ודיווח שקוף על כל אירוע.",
        status=ExpectationStatus.DECLINED,
    )
    return ServiceFile(
        name="בנק הגליל – מערך הסניפים",
        industry="בנקאות – רשת סניפים",
        business_needs="42 סניפים וכספומטים פעילים; תקשורת מאובטחת למטה ולמרכז המחשוב; עמידה "
        "בדרישות הפיקוח על הבנקים.",
        support_level=SupportLevel.DEDICATED,
        support_in_scope="רשת SD-WAN, חומות אש בסניפים, שרתים מקומיים, תחנות טלרים.",
        support_out_of_scope="מערכות הליבה הבנקאיות – במרכז המחשוב של הבנק; כספומטים (חומרה) – "
        "מול היצרן.",
        window=window,
        knowledge_level=KnowledgeLevel.EXPERT,
        criticality=Criticality.CRITICAL,
        document_language=HE,
        country="IL",
        account_manager=RONIT,
        supporter=URI,
        backup_supporter=MICHAL,
        next_review=days(today, 120),
        contacts=[ciso, netops, branch],
        systems=[
            system(
                "רשת SD-WAN סניפים",
                SystemKind.NETWORK,
                "חיבור הסניפים למרכז המחשוב",
                version="Cisco Catalyst SD-WAN 20.9",
                host="vmanage.galilbank.local",
                address="10.200.0.10",
                criticality=Criticality.CRITICAL,
                owner=netops,
            ),
            system(
                "חומת אש – סניף חיפה",
                SystemKind.SECURITY,
                "הפרדה בין רשת הטלרים לרשת האורחים",
                version="Palo Alto PA-440, PAN-OS 11.0",
                host="fw-hfa01.galilbank.local",
                address="10.204.1.1",
                serial="0201010AB1234",
                criticality=Criticality.HIGH,
            ),
            system(
                "תחנות טלרים",
                SystemKind.WORKSTATION,
                "עבודת הטלרים בסניפים",
                version="Windows 11 Enterprise LTSC 2024",
                location="כל הסניפים",
            ),
        ],
        escalation_paths=[
            path(
                Severity.CRITICAL, level(0, URI), level(15, YOSSI), level(30, RONIT, Channel.MOBILE)
            ),
            path(
                Severity.CRITICAL,
                level(0, netops, Channel.MOBILE),
                level(30, ciso),
                side=Side.CUSTOMER,
            ),
            path(Severity.HIGH, level(0, URI), level(60, YOSSI)),
            path(Severity.LOW, level(0, MICHAL, Channel.TICKET)),
        ],
        expectations=[connectivity, regulator, zero],
        meetings=[
            meeting(
                days(today, -500),
                [
                    (ciso.name, Side.CUSTOMER, ciso.role),
                    (netops.name, Side.CUSTOMER, netops.role),
                    (RONIT, Side.PROVIDER, "מנהלת לקוח"),
                    (URI, Side.PROVIDER, "תומך צמוד"),
                ],
                notes="הבנק דורש אישור אבטחה לכל טכנאי; גישה מרחוק רק דרך ה־PAM של הבנק.",
                decisions="רק טכנאים עם אישור אבטחה בתוקף ייכנסו לסניפים.",
                actions=[("הגשת רשימת טכנאים לאישור אבטחה", RONIT, days(today, -490), True)],
            ),
            meeting(
                days(today, -40),
                [(ciso.name, Side.CUSTOMER, ciso.role), (RONIT, Side.PROVIDER, "מנהלת לקוח")],
                notes="סקירה שנתית: עמידה ביעד הניתוקים; בקשה להוסיף סניף דיגיטלי.",
                decisions="הסניף הדיגיטלי ייכנס לתיק ברבעון הבא.",
                actions=[("הצעת מחיר לסניף הדיגיטלי", RONIT, days(today, 10), False)],
                kind=MeetingKind.REVIEW,
            ),
        ],
        reports=[
            report(
                days(today, -100),
                days(today, -10),
                "החלפת נתבים ישנים בשלושה סניפים; תרגול התאוששות אזורי.",
                [
                    (0, "ניתוק אחד, סניף נהריה, 35 דקות", True, ""),
                    (1, "הדוח הוגש ב־8 לחודש", True, ""),
                ],
            ),
        ],
        feedback=[
            feedback(
                days(today, -40),
                FeedbackChannel.MEETING,
                9,
                "אתם מדווחים לנו על תקלה לפני שהסניף מתקשר. זה בדיוק מה שרצינו.",
            ),
        ],
    )


CUSTOMERS = [hospital, law_firm, logistics, municipality, bank_branches]
