"""Every string the summary prints, in English, Hebrew and Persian.

The document is rendered headless (command line, tests), so its words live here as plain
Python rather than in Qt's translation files. The terms follow the glossary in the
project's DOMAIN.md (סיכום תיאום ציפיות / صورتجلسه همسوسازی انتظارات, תומך צמוד /
پشتیبان اختصاصی, ...). Placeholders are `str.format` fields; the values put into them are
already formatted and isolated by the caller.
"""

from __future__ import annotations

from enum import StrEnum

from accountdesk.domain.enums import (
    Channel,
    Criticality,
    Environment,
    ExpectationHolder,
    ExpectationStatus,
    ItilRelation,
    KnowledgeLevel,
    Likelihood,
    MeetingKind,
    Severity,
    Side,
    StaffRole,
    SupportLevel,
    SystemKind,
    Topic,
)

LANGUAGES = ("en", "he", "fa")

# key: (English, Hebrew, Persian)
TEXTS: dict[str, tuple[str, str, str]] = {
    # -- title block and page furniture -----------------------------------
    "title": ("Expectation-alignment summary", "סיכום תיאום ציפיות", "صورتجلسه همسوسازی انتظارات"),
    "version": ("Version", "גרסה", "نسخه"),
    "date": ("Date", "תאריך", "تاریخ"),
    "draft": ("Draft", "טיוטה", "پیش‌نویس"),
    "page_of": ("Page {page} of {pages}", "עמוד {page} מתוך {pages}", "صفحه {page} از {pages}"),
    "fingerprint": ("Content ID {value}", "מזהה תוכן {value}", "شناسه محتوا {value}"),
    "meeting_held": (
        "{meeting} held on {date}.",
        "{meeting} התקיימה בתאריך {date}.",
        "{meeting} در تاریخ {date} برگزار شد.",
    ),
    "no_meeting": (
        "No kickoff or alignment meeting is recorded yet.",
        "טרם נרשמה ישיבת פתיחה או ישיבת תיאום ציפיות.",
        "هنوز جلسه آغاز همکاری یا همسوسازی انتظارات ثبت نشده است.",
    ),
    "purpose": (
        "This summary records what {customer} expects from the service and what both sides "
        "agreed, in the customer's own words, so that everyone involved works from the same "
        "understanding.",
        "סיכום זה מתעד מה {customer} מצפה לקבל מהשירות ועל מה הסכימו שני הצדדים, במילותיו "
        "של הלקוח, כדי שכל המעורבים יפעלו מתוך הבנה משותפת.",
        "این صورتجلسه ثبت می‌کند که {customer} از خدمت چه انتظاری دارد و دو طرف بر سر چه "
        "چیزی توافق کردند، به بیان خود مشتری، تا همه دست‌اندرکاران با درکی مشترک کار کنند.",
    ),
    # -- section headings -------------------------------------------------
    "h_participants": ("Participants", "משתתפים", "شرکت‌کنندگان"),
    "h_profile": ("Customer profile", "פרופיל השירות של הלקוח", "مشخصات خدمت مشتری"),
    "h_team": (
        "Dedicated supporter and backup",
        "התומך הצמוד והמחליף",
        "پشتیبان اختصاصی و جانشین",
    ),
    "h_systems": ("Systems", "מערכות", "سامانه‌ها"),
    "h_contacts": ("Contacts", "אנשי קשר", "افراد رابط"),
    "h_escalation": ("Escalation path", "מסלול הסלמה", "مسیر تشدید (ارجاع به سطح بالاتر)"),
    "h_agreed": ("Agreed expectations", "הציפיות שסוכמו", "انتظارات توافق‌شده"),
    "h_not_agreed": (
        "Expectations not agreed or judged unrealistic",
        "ציפיות שלא סוכמו או שאינן ריאליות",
        "انتظاراتی که توافق نشد یا واقع‌بینانه نیست",
    ),
    "h_risks": (
        "Risks to the agreed expectations",
        "סיכונים לעמידה בציפיות",
        "ریسک‌های تحقق انتظارات توافق‌شده",
    ),
    "h_reporting": ("Reporting and feedback", "דיווח ומשוב", "گزارش‌دهی و بازخورد"),
    "h_signatures": ("Signatures", "חתימות", "امضاها"),
    # -- participants -----------------------------------------------------
    "side_customer": ("Customer side", "מטעם הלקוח", "از طرف مشتری"),
    "side_provider": ("Provider side", "מטעם ספק השירות", "از طرف ارائه‌دهنده خدمت"),
    "col_name": ("Name", "שם", "نام"),
    "col_role": ("Role", "תפקיד", "سمت"),
    # -- profile ----------------------------------------------------------
    "industry": ("Industry", "ענף", "حوزه فعالیت"),
    "business_needs": ("Business needs", "צרכים עסקיים", "نیازهای کسب‌وکار"),
    "support_level": ("Support level", "רמת התמיכה הנדרשת", "سطح پشتیبانی"),
    "knowledge_level": (
        "Customer's technical knowledge",
        "רמת הידע הטכני אצל הלקוח",
        "سطح دانش فنی مشتری",
    ),
    "criticality": (
        "Criticality to the business",
        "קריטיות השירותים לעסק",
        "اهمیت خدمات برای کسب‌وکار",
    ),
    "service_window": ("Service window", "חלון שירות", "پنجره خدمت"),
    "in_scope": ("Within support", "כלול בתמיכה", "در محدوده پشتیبانی"),
    "out_of_scope": ("Outside support", "אינו כלול בתמיכה", "خارج از محدوده پشتیبانی"),
    # -- team -------------------------------------------------------------
    "role_supporter": ("Dedicated supporter", "תומך צמוד", "پشتیبان اختصاصی"),
    "role_backup": ("Backup supporter", "תומך מחליף", "پشتیبان جانشین"),
    "role_account_manager": ("Account manager", "מנהל לקוח", "مدیر حساب مشتری"),
    "col_phone": ("Phone", "טלפון", "تلفن"),
    "col_email": ("E-mail", "דוא״ל", "ایمیل"),
    "col_reach": ("How to reach", "דרכי התקשרות", "راه‌های تماس"),
    "not_assigned": ("Not yet assigned", "טרם נקבע", "هنوز تعیین نشده"),
    # -- systems ----------------------------------------------------------
    "col_system": ("System", "מערכת", "سامانه"),
    "col_kind": ("Kind", "סוג", "نوع"),
    "col_function": ("Business function", "תפקיד עסקי", "کاربرد در کسب‌وکار"),
    "col_where": ("Location and address", "מיקום וכתובת", "محل و نشانی"),
    "col_criticality": ("Criticality", "קריטיות", "اهمیت"),
    "col_owner": ("Owner", "אחראי", "مسئول"),
    "no_systems": ("No systems are recorded.", "לא נרשמו מערכות.", "سامانه‌ای ثبت نشده است."),
    "version_of": ("version {value}", "גרסה {value}", "نسخه {value}"),
    "serial_of": ("serial {value}", "מס׳ סידורי {value}", "شماره سریال {value}"),
    # -- contacts ---------------------------------------------------------
    "col_relation": ("Relation", "זיקה לשירות", "نقش در خدمت"),
    "col_channel": ("Preferred channel", "ערוץ מועדף", "کانال ترجیحی"),
    "col_hours": ("Reachable", "זמינות", "ساعات در دسترس"),
    "mobile_of": ("mobile {value}", "נייד {value}", "همراه {value}"),
    "no_contacts": ("No contacts are recorded.", "לא נרשמו אנשי קשר.", "فرد رابطی ثبت نشده است."),
    # -- escalation -------------------------------------------------------
    "escalation_intro": (
        "Times count only inside the service window, from the moment a request is opened "
        "for as long as it is not resolved.",
        "הזמנים נספרים רק בתוך חלון השירות, מרגע פתיחת הפנייה וכל עוד לא נפתרה.",
        "زمان‌ها فقط در پنجره خدمت شمرده می‌شوند، از لحظه ثبت درخواست و تا وقتی رفع نشده است.",
    ),
    "severity_heading": ("Severity: {severity}", "חומרה: {severity}", "شدت: {severity}"),
    "col_level": ("Level", "דרג", "سطح"),
    "col_after": ("After", "לאחר", "پس از"),
    "col_who": ("Who", "גורם", "چه کسی"),
    "immediately": ("At once", "מיד", "بی‌درنگ"),
    "no_escalation": (
        "No escalation path is recorded.",
        "לא נרשם מסלול הסלמה.",
        "مسیر تشدیدی ثبت نشده است.",
    ),
    # -- expectations -----------------------------------------------------
    "agreed_intro": (
        "Each expectation is quoted in the customer's own words, followed by what was agreed.",
        "כל ציפייה מובאת במילותיו של הלקוח, ולצידה מה שסוכם.",
        "هر انتظار به بیان خود مشتری آمده و در کنار آن، آنچه توافق شد.",
    ),
    "col_number": ("#", "#", "#"),
    "col_words": ("In the customer's words", "במילות הלקוח", "به بیان مشتری"),
    "col_agreed": ("What we agreed", "מה סוכם", "آنچه توافق شد"),
    "col_topic": ("Topic", "נושא", "موضوع"),
    "col_review": ("Review", "מועד בדיקה", "بازبینی"),
    "holder_users": ("(the users' expectation)", "(ציפיית המשתמשים)", "(انتظار کاربران)"),
    "technical_form": ("Technical form: {value}", "ניסוח טכני: {value}", "بیان فنی: {value}"),
    "failures_one": (
        "At most one failure a year, fixed within {hours}",
        "לכל היותר תקלה אחת בשנה, שתתוקן תוך {hours}",
        "حداکثر یک خرابی در سال، که ظرف {hours} رفع شود",
    ),
    "failures_many": (
        "At most {count} failures a year, each fixed within {hours}",
        "לכל היותר {count} תקלות בשנה, וכל אחת תתוקן תוך {hours}",
        "حداکثر {count} خرابی در سال، و رفع هر کدام ظرف {hours}",
    ),
    "percent_secondary": (
        "(equal to {percent} availability over the service window)",
        "(שקול לזמינות של {percent} בחלון השירות)",
        "(معادل دسترس‌پذیری {percent} در پنجره خدمت)",
    ),
    "downtime_year": (
        "At most {duration} of downtime a year in all",
        "לכל היותר {duration} של השבתה בשנה בסך הכול",
        "حداکثر {duration} قطعی در سال، روی هم رفته",
    ),
    "no_agreed": (
        "No expectation has been agreed yet.",
        "טרם סוכמו ציפיות.",
        "هنوز انتظاری توافق نشده است.",
    ),
    "not_agreed_intro": (
        "These expectations were raised but not agreed. Each says why, and what meeting it "
        "would cost against what it would bring.",
        "ציפיות אלה הועלו אך לא סוכמו. לצד כל אחת מופיעה הסיבה, ומה תעלה העמידה בה לעומת "
        "התועלת שתביא.",
        "این انتظارات مطرح شد اما توافق نشد. برای هر کدام دلیل آن آمده و اینکه تحقق آن در "
        "برابر فایده‌اش چه هزینه‌ای دارد.",
    ),
    "col_reason": ("Why", "הסיבה", "دلیل"),
    "col_cost": ("Cost against benefit", "עלות מול תועלת", "هزینه در برابر فایده"),
    "reason_unrealistic": (
        "Cannot realistically be met",
        "לא ניתן לעמוד בה באופן מציאותי",
        "در عمل قابل تحقق نیست",
    ),
    "reason_declined": ("Declined", "נדחתה", "پذیرفته نشد"),
    "reason_in_discussion": ("Still under discussion", "עדיין בדיון", "هنوز در حال گفتگو"),
    "reason_raised": (
        "Raised, not yet discussed",
        "הועלתה, טרם נדונה",
        "مطرح شده، هنوز بررسی نشده",
    ),
    # -- risks ------------------------------------------------------------
    "risks_intro": (
        "For each agreed expectation, by its number: what could prevent it from being met, "
        "how we make that less likely, and how quickly we recover if it happens.",
        "לכל ציפייה שסוכמה, לפי מספרה: מה עלול למנוע את העמידה בה, כיצד נקטין את הסיכוי "
        "לכך, ותוך כמה זמן נתאושש אם זה יקרה.",
        "برای هر انتظار توافق‌شده، با شماره آن: چه چیزی ممکن است مانع تحقق آن شود، چگونه "
        "احتمال آن را کم می‌کنیم، و اگر رخ دهد با چه سرعتی بازیابی می‌کنیم.",
    ),
    "col_risk": ("Risk", "סיכון", "ریسک"),
    "col_mitigation": (
        "How we make it less likely",
        "כיצד נקטין את הסיכון",
        "اقدام برای کاهش احتمال",
    ),
    "col_recovery": ("Recovery", "התאוששות", "بازیابی"),
    "likelihood_impact": (
        "Likelihood: {likelihood}; impact: {impact}",
        "סבירות: {likelihood}; השפעה: {impact}",
        "احتمال: {likelihood}؛ اثر: {impact}",
    ),
    "recovery_within": (
        "Back within {duration}",
        "חזרה לפעילות תוך {duration}",
        "بازگشت به کار ظرف {duration}",
    ),
    "preparation": ("Already in place: {value}", "כבר עכשיו: {value}", "از هم‌اکنون: {value}"),
    "no_risks": (
        "No risks are recorded for the agreed expectations.",
        "לא נרשמו סיכונים לציפיות שסוכמו.",
        "ریسکی برای انتظارات توافق‌شده ثبت نشده است.",
    ),
    # -- reporting --------------------------------------------------------
    "reporting_text": (
        "The account manager reports regularly on each agreed expectation: what was achieved "
        "against what was agreed, in the terms of this summary, and what is being improved "
        "where results fall short. Feedback is collected in personal meetings and when each "
        "request is closed, and every review revisits the expectations themselves.",
        "מנהל הלקוח ידווח באופן שוטף על כל ציפייה שסוכמה: מה הושג לעומת מה שסוכם, במונחים "
        "של סיכום זה, ומה משופר כאשר התוצאות אינן עומדות ביעד. המשוב ייאסף בפגישות אישיות "
        "ובסגירת כל פנייה, ובכל סקירה ייבחנו גם הציפיות עצמן.",
        "مدیر حساب مشتری به‌طور منظم درباره هر انتظار توافق‌شده گزارش می‌دهد: آنچه در برابر "
        "توافق به دست آمد، با همان زبان این صورتجلسه، و آنچه در جایی که نتیجه کمتر از هدف "
        "است بهبود داده می‌شود. بازخورد در جلسات حضوری و هنگام بستن هر درخواست گرفته می‌شود "
        "و در هر بازبینی خود انتظارات نیز بررسی می‌شوند.",
    ),
    "reporting_agreed": ("Agreed for reporting:", "סוכם לגבי הדיווח:", "توافق درباره گزارش‌دهی:"),
    "expectation_ref": ("(expectation {number})", "(ציפייה {number})", "(انتظار {number})"),
    "next_review": ("Next review: {date}", "הסקירה הבאה: {date}", "بازبینی بعدی: {date}"),
    "next_review_unset": (
        "The date of the next review is still to be set.",
        "מועד הסקירה הבאה טרם נקבע.",
        "تاریخ بازبینی بعدی هنوز تعیین نشده است.",
    ),
    # -- signatures -------------------------------------------------------
    "signatures_intro": (
        "By signing, both sides confirm that this summary (version {version}, content ID "
        "{fingerprint}) reflects what was agreed.",
        "בחתימתם מאשרים שני הצדדים כי סיכום זה (גרסה {version}, מזהה תוכן {fingerprint}) משקף "
        "את מה שסוכם.",
        "دو طرف با امضای این صورتجلسه (نسخه {version}، شناسه محتوا {fingerprint}) تأیید "
        "می‌کنند که آنچه توافق شد در آن آمده است.",
    ),
    "for_side": ("For {party}", "בשם {party}", "از طرف {party}"),
    "for_provider": ("For the service provider", "בשם ספק השירות", "از طرف ارائه‌دهنده خدمت"),
    "signature": ("Signature", "חתימה", "امضا"),
    # -- empty values -----------------------------------------------------
    "none": ("—", "—", "—"),
    "not_recorded": ("Not recorded", "לא צוין", "ثبت نشده"),
}

# Enum members in the document's words. Members of different enums share values
# ("critical", "low", "other") and StrEnum members hash as their value, so the lookup
# table is keyed by (enum class, value), never by the member alone.
_ENUM_ROWS: tuple[tuple[StrEnum, tuple[str, str, str]], ...] = (
    (SupportLevel.BASIC, ("Basic", "בסיסית", "پایه")),
    (SupportLevel.STANDARD, ("Standard", "רגילה", "استاندارد")),
    (SupportLevel.PREMIUM, ("Premium", "מורחבת", "ویژه")),
    (SupportLevel.DEDICATED, ("Dedicated", "צמודה", "اختصاصی")),
    (KnowledgeLevel.NOVICE, ("Novice", "מתחיל", "مبتدی")),
    (KnowledgeLevel.INTERMEDIATE, ("Intermediate", "בינוני", "متوسط")),
    (KnowledgeLevel.EXPERT, ("Expert", "מומחה", "متخصص")),
    (Criticality.LOW, ("Low", "נמוכה", "کم")),
    (Criticality.MEDIUM, ("Medium", "בינונית", "متوسط")),
    (Criticality.HIGH, ("High", "גבוהה", "زیاد")),
    (Criticality.CRITICAL, ("Critical", "קריטית", "حیاتی")),
    (SystemKind.SERVER, ("Server", "שרת", "سرور")),
    (SystemKind.APPLICATION, ("Application", "יישום", "نرم‌افزار کاربردی")),
    (SystemKind.DATABASE, ("Database", "מסד נתונים", "پایگاه داده")),
    (SystemKind.NETWORK, ("Network", "רשת", "شبکه")),
    (SystemKind.STORAGE, ("Storage", "אחסון", "ذخیره‌سازی")),
    (SystemKind.CLOUD_SERVICE, ("Cloud service", "שירות ענן", "سرویس ابری")),
    (SystemKind.WORKSTATION, ("Workstation", "תחנת עבודה", "ایستگاه کاری")),
    (SystemKind.SECURITY, ("Security", "אבטחה", "امنیت")),
    (SystemKind.OTHER, ("Other", "אחר", "سایر")),
    (Environment.PRODUCTION, ("Production", "ייצור", "عملیاتی")),
    (Environment.STAGING, ("Staging", "טרום ייצור", "پیش‌عملیاتی")),
    (Environment.TEST, ("Test", "בדיקות", "آزمایشی")),
    (Environment.DEVELOPMENT, ("Development", "פיתוח", "توسعه")),
    (Environment.DISASTER_RECOVERY, ("Disaster recovery", "התאוששות מאסון", "بازیابی از حادثه")),
    (Side.CUSTOMER, ("Customer", "לקוח", "مشتری")),
    (Side.PROVIDER, ("Provider", "ספק", "ارائه‌دهنده")),
    (ItilRelation.DECISION_MAKER, ("Decision maker", "מקבל החלטות", "تصمیم‌گیرنده")),
    (ItilRelation.USER, ("User", "משתמש", "کاربر")),
    (ItilRelation.TECHNICAL, ("Technical", "גורם טכני", "رابط فنی")),
    (Channel.PHONE, ("Phone", "טלפון", "تلفن")),
    (Channel.MOBILE, ("Mobile", "נייד", "تلفن همراه")),
    (Channel.EMAIL, ("E-mail", "דוא״ל", "ایمیل")),
    (Channel.CHAT, ("Chat", "צ׳אט", "گفتگوی برخط")),
    (Channel.IN_PERSON, ("In person", "פגישה אישית", "حضوری")),
    (Channel.TICKET, ("Service ticket", "קריאת שירות", "ثبت درخواست")),
    (Severity.CRITICAL, ("Critical", "קריטית", "بحرانی")),
    (Severity.HIGH, ("High", "גבוהה", "بالا")),
    (Severity.MEDIUM, ("Medium", "בינונית", "متوسط")),
    (Severity.LOW, ("Low", "נמוכה", "پایین")),
    (Topic.AVAILABILITY, ("Availability", "זמינות", "دسترس‌پذیری")),
    (Topic.RESPONSE, ("Response time", "זמן תגובה", "زمان پاسخ")),
    (Topic.RESOLUTION, ("Resolution time", "זמן פתרון", "زمان رفع")),
    (Topic.REPORTING, ("Reporting", "דיווח", "گزارش‌دهی")),
    (Topic.COMMUNICATION, ("Communication", "תקשורת", "ارتباطات")),
    (Topic.OTHER, ("Other", "אחר", "سایر")),
    (ExpectationHolder.CUSTOMER, ("Customer", "הלקוח", "مشتری")),
    (ExpectationHolder.USERS, ("Users", "המשתמשים", "کاربران")),
    (ExpectationStatus.RAISED, ("Raised", "הועלתה", "مطرح شده")),
    (ExpectationStatus.IN_DISCUSSION, ("In discussion", "בדיון", "در حال گفتگو")),
    (ExpectationStatus.AGREED, ("Agreed", "סוכמה", "توافق شد")),
    (ExpectationStatus.DECLINED, ("Declined", "נדחתה", "پذیرفته نشد")),
    (Likelihood.LOW, ("low", "נמוכה", "کم")),
    (Likelihood.MEDIUM, ("medium", "בינונית", "متوسط")),
    (Likelihood.HIGH, ("high", "גבוהה", "زیاد")),
    (StaffRole.ACCOUNT_MANAGER, ("Account manager", "מנהל לקוח", "مدیر حساب مشتری")),
    (StaffRole.SUPPORTER, ("Supporter", "תומך", "پشتیبان")),
    (StaffRole.ESCALATION_MANAGER, ("Escalation manager", "מנהל הסלמה", "مدیر تشدید")),
    (StaffRole.MANAGEMENT, ("Management", "הנהלה", "مدیریت")),
    (MeetingKind.KICKOFF, ("The kickoff meeting", "ישיבת הפתיחה", "جلسه آغاز همکاری")),
    (
        MeetingKind.ALIGNMENT,
        (
            "The expectation-alignment meeting",
            "ישיבת תיאום הציפיות",
            "جلسه همسوسازی انتظارات",
        ),
    ),
    (MeetingKind.REVIEW, ("The review meeting", "ישיבת הסקירה", "جلسه بازبینی")),
)

ENUM_TEXTS: dict[tuple[type, str], tuple[str, str, str]] = {
    (type(member), member.value): texts for member, texts in _ENUM_ROWS
}


class Catalogue:
    """The strings of one language: `catalogue.text("page_of", page=1, pages=6)`."""

    def __init__(self, language: str, texts: dict[str, tuple[str, str, str]] = TEXTS) -> None:
        # `texts`: another table in the same (English, Hebrew, Persian) form, for
        # sections other packages add to documents (signatures, changes).
        if language not in LANGUAGES:
            raise ValueError(f"unknown document language {language!r}; use one of {LANGUAGES}")
        self.language = language
        self._column = LANGUAGES.index(language)
        self._texts = texts

    def text(self, key: str, **params: object) -> str:
        template = self._texts[key][self._column]
        return template.format(**params) if params else template

    def enum(self, value: StrEnum) -> str:
        return ENUM_TEXTS[(type(value), value.value)][self._column]
