"""A year of the customer's voice for each demo customer, in its language: a monthly
survey (CSAT, NPS or CES in turn), calls and e-mails, and now and then a complaint with
its follow-up, closed with an outcome when old, open with an owner and a due date when
recent. Made from the customer's name, so every demo database holds the same."""

from __future__ import annotations

import datetime as dt
import random
from typing import NamedTuple

from accountdesk.domain.enums import SCALE_RANGES, FeedbackChannel, FeedbackScale, Side
from accountdesk.domain.service_file import FeedbackData, ServiceFile


class Phrases(NamedTuple):
    good: tuple[str, ...]
    mixed: tuple[str, ...]
    complaints: tuple[tuple[str, str, str], ...]  # (the customer's words, follow-up, outcome)


HEBREW = Phrases(
    good=(
        "התומך הצמוד מכיר את המערכות שלנו ופותר מהר, בלי שאלות מיותרות.",
        "קיבלנו עדכון סטטוס עם זמן משוער, ובדיוק בזמן הזה זה טופל.",
        "השירות השתפר מאוד מאז פגישת תיאום הציפיות.",
        "הדוח החודשי ברור ומדבר בשפה שלנו.",
    ),
    mixed=(
        "בסך הכול בסדר, אבל לפעמים לוקח זמן עד שמישהו חוזר אלינו.",
        "הפתרון עבד, אבל נאלצנו להסביר שוב את הסביבה שלנו.",
        "היינו רוצים לשמוע מכם לפני שינוי ולא אחריו.",
    ),
    complaints=(
        (
            "התקלה בשרת הדואר נמשכה חצי יום ואף אחד לא עדכן אותנו.",
            "לקבוע שיחת תחקיר עם מנהל ה-IT ולהוסיף עדכון יזום כל שעה בתקלה קריטית.",
            "נקבע נוהל עדכון שעתי; הלקוח אישר שהעדכונים מגיעים.",
        ),
        (
            "פתחנו קריאה דחופה בערב ולא הייתה תגובה עד הבוקר.",
            "לבדוק את מסלול ההסלמה מחוץ לשעות הפעילות ולעדכן את הלקוח.",
            "נוסף כונן לילה למסלול ההסלמה; נבדק בתרגיל.",
        ),
        (
            "שאלו אותנו שוב שאלות שכבר ענינו עליהן בפגישת הפתיחה.",
            "לעדכן את תיק השירות ולעבור עליו עם התומך המחליף.",
            "תיק השירות עודכן והתומך המחליף עבר עליו עם הלקוח.",
        ),
    ),
)

PERSIAN = Phrases(
    good=(
        "پشتیبان اختصاصی سیستم‌های ما را می‌شناسد و بدون سؤال اضافه مشکل را حل می‌کند.",
        "وضعیت درخواست را با زمان تقریبی اعلام کردید و همان موقع رفع شد.",
        "از جلسه همسوسازی انتظارات به بعد، خدمات خیلی بهتر شده است.",
        "گزارش ماهانه روشن است و به زبان کسب‌وکار ما نوشته شده.",
    ),
    mixed=(
        "در کل خوب است، ولی گاهی پاسخ‌گویی دیر انجام می‌شود.",
        "مشکل حل شد، اما مجبور شدیم محیط‌مان را دوباره توضیح دهیم.",
        "ترجیح می‌دهیم پیش از تغییرات خبردار شویم، نه بعد از آن.",
    ),
    complaints=(
        (
            "قطعی سامانه حسابداری نصف روز طول کشید و کسی به ما خبر نداد.",
            "جلسه بررسی با مدیر فناوری اطلاعات و اطلاع‌رسانی ساعتی در حوادث بحرانی.",
            "اطلاع‌رسانی ساعتی برقرار شد و مشتری دریافت آن را تأیید کرد.",
        ),
        (
            "درخواست فوری را عصر ثبت کردیم و تا صبح پاسخی نگرفتیم.",
            "مسیر تشدید خارج از ساعت کاری بررسی و به مشتری اعلام شود.",
            "پشتیبان کشیک شب به مسیر تشدید اضافه و در یک تمرین آزموده شد.",
        ),
        (
            "دوباره سؤال‌هایی پرسیدند که در جلسه آغاز کار پاسخ داده بودیم.",
            "پرونده خدمت به‌روز و با پشتیبان جایگزین مرور شود.",
            "پرونده خدمت به‌روز شد و پشتیبان جایگزین آن را با مشتری مرور کرد.",
        ),
    ),
)

# An Egyptian customer says it as people in Cairo do: everyday Egyptian Arabic.
ARABIC = Phrases(
    good=(
        "مسؤول الدعم عارف السيستم بتاعنا كويس وبيحل المشكلة من غير أسئلة كتير.",
        "قلتوا لنا المشكلة هتتحل إمتى، واتحلت فعلًا في الميعاد.",
        "الخدمة اتحسنت جدًا من بعد اجتماع مواءمة التوقعات.",
        "التقرير الشهري واضح وبيتكلم عن شغلنا، مش بس عن التذاكر.",
    ),
    mixed=(
        "كويس عمومًا، بس ساعات الرد بيتأخر شوية.",
        "المشكلة اتحلت، بس اضطرينا نشرح الشبكة بتاعتنا من الأول.",
        "نفضّل تبلغونا قبل أي تغيير، مش بعده.",
    ),
    complaints=(
        (
            "السيستم وقع نص يوم في الموسم وما حدش كلّمنا يقول فيه إيه.",
            "اجتماع مراجعة مع مدير تقنية المعلومات، وتحديث كل ساعة أثناء أي حادثة حرجة.",
            "اتُّفق على تحديث كل ساعة، وأكد العميل وصول التحديثات.",
        ),
        (
            "فتحنا تذكرة عاجلة بالليل وما حدش رد لحد الصبح.",
            "مراجعة مسار التصعيد خارج ساعات العمل وإبلاغ العميل بالتغيير.",
            "أُضيف مناوب ليلي إلى مسار التصعيد وجُرّب في تمرين.",
        ),
        (
            "سألونا تاني أسئلة جاوبنا عليها في أول اجتماع.",
            "تحديث ملف الخدمة ومراجعته مع مسؤول الدعم البديل.",
            "حُدّث ملف الخدمة وراجعه مسؤول الدعم البديل مع العميل.",
        ),
    ),
)

ENGLISH = Phrases(
    good=(
        "Our supporter knows our systems and fixes things without the trivial questions.",
        "You gave us a realistic time for the fix and met it.",
        "Service has been much better since the expectation-alignment meeting.",
        "The monthly report is clear and talks about our business, not just tickets.",
    ),
    mixed=(
        "Fine overall, but call-backs sometimes take a while.",
        "It was fixed, but we had to explain our set-up again.",
        "We would rather hear about changes before they happen.",
    ),
    complaints=(
        (
            "The mail outage lasted half a day and nobody told us what was going on.",
            "Review call with their IT manager; hourly updates during critical incidents.",
            "Hourly updates agreed; the customer confirmed they now arrive.",
        ),
        (
            "We raised an urgent ticket in the evening and heard nothing until morning.",
            "Check the out-of-hours escalation path and tell the customer what changes.",
            "Night on-call added to the escalation path and tested in a drill.",
        ),
    ),
)

PHRASES = {"he": HEBREW, "fa": PERSIAN, "ar": ARABIC, "en": ENGLISH}
SCALES = (FeedbackScale.CSAT, FeedbackScale.NPS, FeedbackScale.CES)


def year_of_feedback(file: ServiceFile, today: dt.date) -> list[FeedbackData]:
    """Twelve months of feedback for a demo customer, oldest first."""
    chance = random.Random(file.name)
    words = PHRASES.get(file.document_language.value, ENGLISH)
    people = [c.name for c in file.contacts if c.side is Side.CUSTOMER] or [""]
    mood = chance.uniform(0.45, 0.9)  # how happy this customer is, on the whole
    found = []
    for month in range(12, 0, -1):
        day = today - dt.timedelta(days=30 * month - chance.randint(0, 20))
        scale = SCALES[month % 3]
        found.append(_survey(chance, words, scale, day, chance.choice(people), mood))
        if chance.random() > mood + 0.05:
            found.append(_complaint(chance, words, file, day, today, chance.choice(people)))
    return found


def _survey(
    chance: random.Random,
    words: Phrases,
    scale: FeedbackScale,
    day: dt.date,
    person: str,
    mood: float,
) -> FeedbackData:
    low, high = SCALE_RANGES[scale]
    happy = chance.random() < mood
    # CES: lower is better (less effort).
    if scale is FeedbackScale.CES:
        score = chance.randint(low, low + 2) if happy else chance.randint(high - 3, high)
    else:
        score = chance.randint(high - 1, high) if happy else chance.randint(low + 2, high - 2)
    return FeedbackData(
        received_on=day,
        channel=FeedbackChannel.SURVEY,
        scale=scale,
        score=score,
        given_by=person,
        customer_words=chance.choice(words.good if happy else words.mixed),
    )


def _complaint(
    chance: random.Random,
    words: Phrases,
    file: ServiceFile,
    day: dt.date,
    today: dt.date,
    person: str,
) -> FeedbackData:
    said, follow_up, outcome = chance.choice(words.complaints)
    received = day + dt.timedelta(days=chance.randint(1, 9))
    due = received + dt.timedelta(days=14)
    closed = due < today - dt.timedelta(days=10)
    return FeedbackData(
        received_on=min(received, today),
        channel=chance.choice(
            (FeedbackChannel.COMPLAINT, FeedbackChannel.COMPLAINT, FeedbackChannel.CALL)
        ),
        given_by=person,
        customer_words=said,
        follow_up=follow_up,
        follow_up_owner=file.account_manager,
        follow_up_due=due,
        follow_up_done=closed,
        follow_up_outcome=outcome if closed else "",
    )
