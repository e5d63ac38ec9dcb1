"""Demo customers whose documents are in Persian: an engineering firm in Tehran, a
pharmacy chain in Isfahan, a food factory in Qazvin and an insurance brokerage in
Shiraz. All names are invented."""

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
    sat_to_wed,
    system,
    unrealistic,
)
from accountdesk.services.demo.staff import ALI, HOSSEIN, MARYAM, SARA

FA = Language.PERSIAN
SAT_TO_THU = 0b1101111  # Monday is bit 0: every day but Friday


def engineering_firm(today: dt.date) -> ServiceFile:
    window = sat_to_wed()
    ceo = contact(
        "مهندس رضا تهرانی",
        "مدیرعامل",
        ItilRelation.DECISION_MAKER,
        phone="+98 21 8855 1200",
        mobile="۰۹۱۲ ۱۱۰ ۲۲۳۳",
        email="r.tehrani@parssazeh.ir",
        channel=Channel.EMAIL,
        language=FA,
    )
    it_lead = contact(
        "نگار حسینی",
        "مسئول فناوری اطلاعات",
        ItilRelation.TECHNICAL,
        phone="۰۲۱-۸۸۵۵۱۲۴۰",
        mobile="0935 440 1187",
        email="n.hosseini@parssazeh.ir",
        channel=Channel.MOBILE,
        language=FA,
        reachable="شنبه تا چهارشنبه ۸ تا ۱۶",
    )
    designer = contact(
        "امیر جعفری",
        "سرپرست تیم طراحی سازه",
        ItilRelation.USER,
        phone="+98 21 8855 1261",
        email="a.jafari@parssazeh.ir",
        language=FA,
        notes="روزهای تحویل نقشه به کارفرما، هر اختلالی را فوری گزارش می‌دهد.",
    )
    files = availability(
        "فایل‌های پروژه همیشه در دسترس باشد، مخصوصاً روزهای تحویل نقشه. اگر سالی ۳ بار قطع شود و "
        "هر بار تا ۴ ساعت درست شود، قابل قبول است.",
        3,
        4,
        window,
        agreed="قطعی سرور فایل حداکثر ۳ بار در سال در ساعات کاری رخ می‌دهد و هر بار ظرف ۴ ساعت رفع می‌شود.",
        technical="دسترس‌پذیری {percent} در پنجره شنبه تا چهارشنبه ۰۸:۰۰ تا ۱۶:۰۰",
        language=FA,
        review=days(today, 40),
        risks=(
            risk(
                "خرابی هم‌زمان دو دیسک در NAS پروژه‌ها",
                Likelihood.LOW,
                Likelihood.HIGH,
                mitigation="آرایه RAID 6 و دیسک یدک آماده؛ پایش سلامت دیسک‌ها",
                recovery="بازگردانی از نسخه پشتیبان شبانه روی NAS دوم",
                minutes=240,
                preparation="آزمون بازگردانی ماهانه یک پروژه کامل و ثبت زمان آن",
                owner=ALI,
            ),
        ),
    )
    response = expectation(
        "وقتی درخواست می‌دهیم، بدانیم کسی آن را دیده و کی حل می‌شود.",
        Topic.RESPONSE,
        agreed="زمان پاسخ به درخواست حداکثر ۳۰ دقیقه در ساعات کاری؛ مشتری از میزان پیشرفت درخواست "
        "در سامانه درخواست‌ها مطلع می‌شود.",
        technical="زمان پاسخ حداکثر ۳۰ دقیقه؛ اطلاع‌رسانی وضعیت با ایمیل در هر تغییر",
    )
    hourly = unrealistic(
        "همه‌ی نقشه‌ها هر یک ساعت روی فضای ابری پشتیبان‌گیری شود.",
        Topic.OTHER,
        "پشتیبان‌گیری ساعتی از ۸ ترابایت نقشه روی ابر، با پهنای باند فعلی ممکن نیست و هزینه خط "
        "اختصاصی حدود ۶۰ میلیون تومان در ماه است. پیشنهاد شد: نسخه‌برداری ساعتی (snapshot) روی NAS "
        "و پشتیبان ابری شبانه.",
        agreed="نسخه‌برداری لحظه‌ای (Snapshot) هر ساعت روی NAS و پشتیبان‌گیری ابری هر شب.",
        status=ExpectationStatus.AGREED,
    )
    return ServiceFile(
        name="شرکت مهندسی مشاور پارس‌سازه",
        industry="مهندسی مشاور – طراحی سازه و معماری",
        business_needs="تحویل به‌موقع نقشه‌ها به کارفرما؛ دسترسی مطمئن به فایل‌های پروژه و لایسنس‌های "
        "نرم‌افزارهای طراحی.",
        support_level=SupportLevel.STANDARD,
        support_in_scope="سرور فایل و NAS، سرور لایسنس Autodesk، شبکه داخلی، فایروال، ۴۵ ایستگاه کاری.",
        support_out_of_scope="آموزش نرم‌افزارهای طراحی؛ پلاترها (قرارداد جداگانه با فروشنده).",
        window=window,
        knowledge_level=KnowledgeLevel.INTERMEDIATE,
        criticality=Criticality.HIGH,
        document_language=FA,
        country="IR",
        account_manager=MARYAM,
        supporter=ALI,
        backup_supporter=SARA,
        next_review=days(today, 40),
        notes="درخواست‌ها را به support@ofoghit.ir بفرستید؛ موارد فوری فقط تلفنی.",
        contacts=[ceo, it_lead, designer],
        systems=[
            system(
                "سرور لایسنس Autodesk",
                SystemKind.SERVER,
                "لایسنس شبکه‌ای AutoCAD و Revit",
                version="Autodesk Network License Manager 11.19",
                location="اتاق سرور، طبقه دوم",
                host="lic01.parssazeh.local",
                address="192.168.1.20",
                criticality=Criticality.HIGH,
                owner=it_lead,
            ),
            system(
                "NAS پروژه‌ها",
                SystemKind.STORAGE,
                "فایل‌های پروژه و آرشیو نقشه‌ها",
                version="Synology RS3621xs+, DSM 7.2",
                host="nas01.parssazeh.local",
                address="192.168.1.30",
                serial="2260RSN123456",
                criticality=Criticality.CRITICAL,
                owner=it_lead,
            ),
            system(
                "Revit Server 2024",
                SystemKind.APPLICATION,
                "کار هم‌زمان روی مدل‌های BIM",
                version="Revit Server 2024",
                host="revit01.parssazeh.local",
                address="192.168.1.35",
            ),
            system(
                "فایروال",
                SystemKind.SECURITY,
                "اتصال VPN کارگاه‌ها به دفتر مرکزی",
                version="Sophos XGS 2300, SFOS 20",
                host="fw01.parssazeh.local",
                address="192.168.1.1",
                serial="X23001ABCD5678",
            ),
        ],
        escalation_paths=[
            path(Severity.CRITICAL, level(0, ALI), level(60, HOSSEIN), level(120, MARYAM)),
            path(Severity.HIGH, level(0, ALI), level(240, HOSSEIN)),
        ],
        expectations=[files, response, hourly],
        meetings=[
            meeting(
                days(today, -180),
                [
                    (ceo.name, Side.CUSTOMER, ceo.role),
                    (it_lead.name, Side.CUSTOMER, it_lead.role),
                    (MARYAM, Side.PROVIDER, "مدیر حساب مشتری"),
                    (ALI, Side.PROVIDER, "پشتیبان اختصاصی"),
                ],
                notes="حوزه فعالیت، نیازهای کسب‌وکار، سطح پشتیبانی، محدوده پشتیبانی، مسیر ارجاع و "
                "مخاطبان مرور شد. روزهای تحویل نقشه حساس‌ترین روزها هستند.",
                decisions="پنجره خدمت شنبه تا چهارشنبه ۸ تا ۱۶؛ در هفته تحویل، پشتیبان در محل حاضر است.",
                actions=[
                    ("ثبت شماره سریال همه سرورها در پرونده خدمت", ALI, days(today, -170), True),
                    ("ارسال صورتجلسه همسوسازی انتظارات برای امضا", MARYAM, days(today, -175), True),
                    (
                        "تهیه تقویم تحویل نقشه‌ها و ارسال به پشتیبانی",
                        it_lead.name,
                        days(today, 15),
                        False,
                    ),
                ],
            ),
        ],
        reports=[
            report(
                days(today, -95),
                days(today, -5),
                "جایگزینی دیسک‌های قدیمی NAS؛ آزمون بازگردانی ماهانه.",
                [
                    (0, "یک قطعی ۲ ساعته سرور فایل", True, ""),
                    (1, "میانگین زمان پاسخ ۱۸ دقیقه", True, ""),
                ],
            ),
        ],
        feedback=[
            feedback(
                days(today, -4),
                FeedbackChannel.CALL,
                9,
                "روز تحویل پروژه مترو، پشتیبان از صبح اینجا بود. ممنون.",
            ),
        ],
    )


def pharmacy_chain(today: dt.date) -> ServiceFile:
    window = hours(SAT_TO_THU, "08:00", "23:00", "Asia/Tehran")
    owner = contact(
        "دکتر فاطمه نوری",
        "مؤسس و مسئول فنی",
        ItilRelation.DECISION_MAKER,
        phone="+98 31 3622 4500",
        mobile="۰۹۱۳ ۲۲۵ ۴۴۱۰",
        email="f.nouri@naghshejahan-pharma.ir",
        channel=Channel.MOBILE,
        language=FA,
    )
    it_staff = contact(
        "محمد صادقی",
        "کارشناس فناوری اطلاعات",
        ItilRelation.TECHNICAL,
        phone="031-36224520",
        mobile="0913 880 1299",
        email="m.sadeghi@naghshejahan-pharma.ir",
        language=FA,
        reachable="شنبه تا پنجشنبه ۸ تا ۲۰",
    )
    branch = contact(
        "زهرا کاظمی",
        "مسئول فنی شعبه چهارباغ",
        ItilRelation.USER,
        phone="+98 31 3220 7788",
        language=FA,
        reachable="شیفت عصر",
        notes="در صورت قطعی سامانه نسخه الکترونیک، مستقیم با پشتیبان اختصاصی تماس می‌گیرد.",
    )
    prescriptions = availability(
        "سامانه نسخه الکترونیک در ساعات کاری قطع نشود؛ حداکثر ۵ بار در سال، هر بار حداکثر ۲ ساعت.",
        5,
        2,
        window,
        agreed="قطعی سامانه نسخه الکترونیک حداکثر ۵ بار در سال رخ می‌دهد و هر بار ظرف ۲ ساعت رفع می‌شود "
        "(قطعی سامانه بیمه‌گر خارج از این تعهد است).",
        technical="دسترس‌پذیری {percent} در پنجره شنبه تا پنجشنبه ۰۸:۰۰ تا ۲۳:۰۰",
        language=FA,
        review=days(today, -45),
        risks=(
            risk(
                "قطعی اینترنت شعبه",
                Likelihood.HIGH,
                Likelihood.MEDIUM,
                mitigation="مودم 4G پشتیبان در هر شعبه",
                recovery="جابه‌جایی دستی به مودم 4G و ثبت نسخه‌ها در حالت آفلاین",
                minutes=15,
                preparation="دستورالعمل یک‌صفحه‌ای کنار صندوق هر شعبه",
                owner=SARA,
            ),
            risk(
                "خرابی سرور پایگاه داده مرکزی",
                Likelihood.LOW,
                Likelihood.HIGH,
                mitigation="همگام‌سازی Always On با سرور دوم در شعبه مرکزی",
                recovery="انتقال به سرور ثانویه",
                minutes=30,
                preparation="آزمون جابه‌جایی هر سه ماه",
                owner=ALI,
            ),
        ),
    )
    branches = expectation(
        "تماس شعبه‌ها بی‌جواب نماند؛ داروساز پشت پیشخوان منتظر است.",
        Topic.RESPONSE,
        agreed="پاسخ به تماس شعبه‌ها حداکثر ظرف ۱۵ دقیقه در ساعات کاری.",
        holder=ExpectationHolder.USERS,
    )
    never_down = unrealistic(
        "هیچ شعبه‌ای حتی یک دقیقه قطعی اینترنت نداشته باشد.",
        Topic.AVAILABILITY,
        "دو خط مستقل از دو ارائه‌دهنده برای ۱۴ شعبه حدود ۹۰ میلیون تومان در ماه هزینه دارد و باز هم "
        "قطعی صفر را تضمین نمی‌کند. پیشنهاد شد: مودم 4G پشتیبان و حالت آفلاین نرم‌افزار.",
        review=days(today, -45),
    )
    return ServiceFile(
        name="داروخانه‌های زنجیره‌ای نقش جهان",
        industry="داروخانه – زنجیره ۱۴ شعبه در اصفهان",
        business_needs="فروش و ثبت نسخه الکترونیک بدون وقفه؛ موجودی دقیق دارو بین شعبه‌ها.",
        support_level=SupportLevel.PREMIUM,
        support_in_scope="سرورهای مرکزی، شبکه VPN شعب، صندوق‌های فروش، پایگاه داده.",
        support_out_of_scope="نرم‌افزار داروخانه (پشتیبانی توسط تولیدکننده)؛ کارت‌خوان‌ها (بانک عامل).",
        window=window,
        knowledge_level=KnowledgeLevel.NOVICE,
        criticality=Criticality.HIGH,
        document_language=FA,
        country="IR",
        account_manager=MARYAM,
        supporter=SARA,
        backup_supporter=ALI,
        next_review=days(today, -45),
        notes="بازبینی فصلی عقب افتاده است؛ با دکتر نوری هماهنگ شود.",
        contacts=[owner, it_staff, branch],
        systems=[
            system(
                "پایگاه داده مرکزی",
                SystemKind.DATABASE,
                "موجودی و فروش همه شعبه‌ها",
                version="SQL Server 2019 Standard",
                location="شعبه مرکزی، خیابان چهارباغ",
                host="sql01.nj-pharma.local",
                address="10.10.0.5",
                serial="CZ20420XYZ",
                criticality=Criticality.CRITICAL,
                owner=it_staff,
            ),
            system(
                "سرور ثانویه پایگاه داده",
                SystemKind.DATABASE,
                "جایگزین سرور اصلی (Always On)",
                version="SQL Server 2019 Standard",
                environment=Environment.DISASTER_RECOVERY,
                host="sql02.nj-pharma.local",
                address="10.10.0.6",
            ),
            system(
                "شبکه VPN شعب",
                SystemKind.NETWORK,
                "اتصال ۱۴ شعبه به سرور مرکزی",
                version="MikroTik CCR2004, RouterOS 7.14",
                host="vpn-hub.nj-pharma.local",
                address="10.10.0.1",
                criticality=Criticality.HIGH,
            ),
        ],
        escalation_paths=[
            path(Severity.CRITICAL, level(0, SARA), level(30, HOSSEIN), level(90, MARYAM)),
            path(
                Severity.CRITICAL,
                level(0, it_staff, Channel.MOBILE),
                level(60, owner),
                side=Side.CUSTOMER,
            ),
            path(Severity.MEDIUM, level(0, SARA, Channel.TICKET), level(480, ALI)),
        ],
        expectations=[prescriptions, branches, never_down],
        meetings=[
            meeting(
                days(today, -260),
                [
                    (owner.name, Side.CUSTOMER, owner.role),
                    (it_staff.name, Side.CUSTOMER, it_staff.role),
                    (MARYAM, Side.PROVIDER, "مدیر حساب مشتری"),
                    (SARA, Side.PROVIDER, "پشتیبان اختصاصی"),
                ],
                notes="شعبه‌ها تا ساعت ۲۳ باز هستند؛ جمعه‌ها فقط شعبه شبانه‌روزی فعال است.",
                decisions="پنجره خدمت شنبه تا پنجشنبه ۸ تا ۲۳.",
                actions=[
                    ("نصب مودم 4G پشتیبان در همه شعبه‌ها", SARA, days(today, -200), True),
                    ("آزمون جابه‌جایی پایگاه داده", ALI, days(today, -30), False),
                ],
            ),
        ],
        reports=[
            report(
                days(today, -150),
                days(today, -60),
                "تکمیل آزمون جابه‌جایی؛ آموزش حالت آفلاین به شعبه‌های جدید.",
                [
                    (0, "۳ قطعی، طولانی‌ترین ۱ ساعت و ۴۰ دقیقه", True, ""),
                    (1, "میانگین ۱۱ دقیقه؛ ۴ تماس بیش از ۱۵ دقیقه", False, "در ساعات شلوغ عصر"),
                ],
            ),
        ],
        feedback=[
            feedback(
                days(today, -70),
                FeedbackChannel.COMPLAINT,
                4,
                "شب عید نیم ساعت کسی جواب شعبه چهارباغ را نداد.",
                "اضافه کردن پشتیبان دوم در شیفت عصر ماه‌های شلوغ",
            ),
        ],
    )


def food_factory(today: dt.date) -> ServiceFile:
    window = always("Asia/Tehran")
    plant = contact(
        "مهندس بهروز قاسمی",
        "مدیر کارخانه",
        ItilRelation.DECISION_MAKER,
        phone="+98 28 3356 1100",
        mobile="0912 334 7788",
        email="b.ghasemi@zarrindasht.ir",
        channel=Channel.MOBILE,
        language=FA,
    )
    automation = contact(
        "پیمان مرادی",
        "سرپرست اتوماسیون و ابزار دقیق",
        ItilRelation.TECHNICAL,
        phone="+98 28 3356 1150",
        mobile="۰۹۱۹ ۵۵۰ ۱۲۳۴",
        email="p.moradi@zarrindasht.ir",
        language=FA,
        reachable="شبانه‌روزی (شیفت چرخشی)",
    )
    line = contact(
        "لیلا رحمانی",
        "سرپرست شیفت خط بسته‌بندی",
        ItilRelation.USER,
        phone="+98 28 3356 1170",
        language=FA,
    )
    scada = availability(
        "خط تولید به‌خاطر سیستم متوقف نشود؛ حداکثر ۲ بار در سال و هر بار کمتر از ۲ ساعت.",
        2,
        2,
        window,
        agreed="توقف خط به علت سامانه‌های فناوری اطلاعات حداکثر ۲ بار در سال، هر بار حداکثر ۲ ساعت.",
        technical="دسترس‌پذیری {percent} شبانه‌روزی",
        language=FA,
        risks=(
            risk(
                "باج‌افزار در شبکه تولید (OT)",
                Likelihood.MEDIUM,
                Likelihood.HIGH,
                mitigation="جداسازی شبکه OT از اداری با فایروال؛ بدون دسترسی اینترنت برای سیستم‌های SCADA",
                recovery="بازگردانی ایمیج ایستگاه‌های HMI از نسخه آفلاین",
                minutes=180,
                preparation="نگهداری ایمیج به‌روز هر HMI روی دیسک آفلاین در گاوصندوق",
                owner=HOSSEIN,
            ),
        ),
    )
    erp = expectation(
        "گزارش تولید روزانه ساعت ۷ صبح روی میز مدیر باشد.",
        Topic.REPORTING,
        agreed="انتقال شبانه داده تولید از MES به راهکاران تا ساعت ۶ صبح کامل می‌شود.",
        status=ExpectationStatus.AGREED,
    )
    return ServiceFile(
        name="صنایع غذایی زرین‌دشت",
        industry="تولید مواد غذایی – کارخانه سه‌شیفته",
        business_needs="کار بی‌وقفه خطوط تولید و بسته‌بندی؛ ردیابی بچ‌ها برای استاندارد و سازمان غذا و دارو.",
        support_level=SupportLevel.DEDICATED,
        support_in_scope="شبکه اداری و OT، سرورهای مجازی، SCADA (زیرساخت)، MES، پشتیبان‌گیری.",
        support_out_of_scope="برنامه PLCها (پیمانکار اتوماسیون)؛ ماشین‌آلات.",
        window=window,
        knowledge_level=KnowledgeLevel.EXPERT,
        criticality=Criticality.CRITICAL,
        document_language=FA,
        country="IR",
        account_manager=MARYAM,
        supporter=ALI,
        backup_supporter=SARA,
        next_review=days(today, 100),
        contacts=[plant, automation, line],
        systems=[
            system(
                "SCADA خط تولید",
                SystemKind.APPLICATION,
                "پایش و کنترل خطوط تولید",
                version="Siemens WinCC 8.0",
                location="اتاق کنترل، سالن تولید ۱",
                host="scada01.zarrindasht.local",
                address="172.20.1.10",
                criticality=Criticality.CRITICAL,
                owner=automation,
            ),
            system(
                "MES",
                SystemKind.APPLICATION,
                "ثبت بچ‌ها و ردیابی محصول",
                version="MES نسخه ۴٫۲",
                host="mes01.zarrindasht.local",
                address="172.20.2.20",
                criticality=Criticality.HIGH,
                owner=automation,
            ),
            system(
                "ERP راهکاران",
                SystemKind.APPLICATION,
                "مالی، انبار و فروش",
                version="راهکاران ۱۴۰۲",
                host="erp01.zarrindasht.local",
                address="10.0.0.40",
            ),
            system(
                "میزبان مجازی‌سازی",
                SystemKind.SERVER,
                "میزبان سرورهای مجازی کارخانه",
                version="Windows Server 2022 Hyper-V",
                host="hv01.zarrindasht.local",
                address="10.0.0.10",
                serial="MXQ3210ABC",
                criticality=Criticality.CRITICAL,
            ),
        ],
        escalation_paths=[
            path(
                Severity.CRITICAL,
                level(0, ALI, Channel.MOBILE),
                level(20, HOSSEIN),
                level(60, MARYAM),
            ),
            path(Severity.HIGH, level(0, ALI), level(120, HOSSEIN)),
            path(Severity.MEDIUM, level(0, SARA, Channel.TICKET)),
        ],
        expectations=[scada, erp],
        meetings=[
            meeting(
                days(today, -330),
                [
                    (plant.name, Side.CUSTOMER, plant.role),
                    (automation.name, Side.CUSTOMER, automation.role),
                    (MARYAM, Side.PROVIDER, "مدیر حساب مشتری"),
                    (ALI, Side.PROVIDER, "پشتیبان اختصاصی"),
                    (HOSSEIN, Side.PROVIDER, "مدیر ارجاع"),
                ],
                notes="کارخانه سه‌شیفته است؛ هر توقف خط هزینه مستقیم دارد. مسیر ارجاع شبانه مرور شد.",
                decisions="پشتیبانی شبانه‌روزی؛ هر تغییر در شبکه OT فقط با تأیید کتبی آقای مرادی.",
                actions=[
                    ("نقشه شبکه OT و اداری", ALI, days(today, -300), True),
                    ("تهیه ایمیج آفلاین ایستگاه‌های HMI", HOSSEIN, days(today, -290), True),
                ],
            ),
        ],
        reports=[
            report(
                days(today, -120),
                days(today, -30),
                "به‌روزرسانی فایروال بین OT و اداری؛ مانیتورینگ انتقال شبانه MES.",
                [
                    (0, "بدون توقف خط به علت سامانه‌ها", True, ""),
                    (
                        1,
                        "۲ روز تأخیر در گزارش صبح",
                        False,
                        "خطای انتقال شبانه؛ هشدار خودکار اضافه شد",
                    ),
                ],
            ),
        ],
        feedback=[
            feedback(
                days(today, -20),
                FeedbackChannel.MEETING,
                8,
                "پشتیبانی شبانه خوب است؛ ولی گزارش صبح باید هر روز سر وقت باشد.",
                "هشدار پیامکی برای شکست انتقال شبانه",
                True,
            ),
        ],
    )


def insurance_broker(today: dt.date) -> ServiceFile:
    window = sat_to_wed()
    manager = contact(
        "سیمین اکبری",
        "مدیر کارگزاری",
        ItilRelation.DECISION_MAKER,
        phone="+98 71 3623 4400",
        email="s.akbari@arman-broker.ir",
        channel=Channel.EMAIL,
        language=FA,
    )
    clerk = contact(
        "حمید نیک‌نام",
        "کارشناس صدور",
        ItilRelation.USER,
        phone="+98 71 3623 4410",
        mobile="0917 112 9087",
        email="h.niknam@arman-broker.ir",
        language=FA,
    )
    portal = availability(
        "سامانه صدور بیمه‌نامه وسط روز قطع نشود؛ مشتری پشت خط منتظر است.",
        4,
        3,
        window,
        agreed="قطعی سامانه صدور حداکثر ۴ بار در سال در ساعات کاری، هر بار حداکثر ۳ ساعت.",
        technical="دسترس‌پذیری {percent} در پنجره شنبه تا چهارشنبه ۰۸:۰۰ تا ۱۶:۰۰",
        language=FA,
    )
    calls = expectation(
        "تماس‌های مشتریان از دست نرود؛ تلفن‌ها از ایمیل مهم‌ترند.",
        Topic.COMMUNICATION,
        agreed="سانترال VoIP در اولویت بالاست و هر قطعی تلفن رخداد بحرانی به شمار می‌آید.",
    )
    mobile_app = unrealistic(
        "یک اپلیکیشن موبایل برای مشتریان، تا آخر ماه.",
        Topic.OTHER,
        "توسعه اپلیکیشن خارج از محدوده پشتیبانی است و در یک ماه شدنی نیست. پیشنهاد شد: معرفی به "
        "شرکت توسعه‌دهنده و برآورد جداگانه.",
        status=ExpectationStatus.DECLINED,
    )
    return ServiceFile(
        name="کارگزاری بیمه آرمان",
        industry="بیمه – کارگزاری",
        business_needs="صدور و تمدید بیمه‌نامه، پاسخ‌گویی تلفنی به مشتریان.",
        support_level=SupportLevel.BASIC,
        support_in_scope="شبکه، سانترال VoIP، ۱۲ ایستگاه کاری، پشتیبان‌گیری.",
        support_out_of_scope="سامانه صدور شرکت بیمه (پشتیبانی شرکت بیمه)؛ توسعه نرم‌افزار.",
        window=window,
        knowledge_level=KnowledgeLevel.NOVICE,
        criticality=Criticality.MEDIUM,
        document_language=FA,
        country="IR",
        account_manager=MARYAM,
        supporter=SARA,
        backup_supporter=ALI,
        next_review=days(today, 20),
        contacts=[manager, clerk],
        systems=[
            system(
                "سانترال VoIP",
                SystemKind.APPLICATION,
                "تلفن‌های داخلی و خطوط شهری",
                version="Issabel 4",
                host="pbx01.arman.local",
                address="192.168.5.10",
                criticality=Criticality.HIGH,
                owner=clerk,
            ),
            system(
                "NAS پشتیبان",
                SystemKind.STORAGE,
                "پشتیبان شبانه اسناد و بیمه‌نامه‌ها",
                version="QNAP TS-464",
                host="nas01.arman.local",
                address="192.168.5.20",
                serial="Q23AB01234",
            ),
        ],
        escalation_paths=[
            path(Severity.CRITICAL, level(0, SARA), level(60, HOSSEIN)),
            path(Severity.HIGH, level(0, SARA, Channel.TICKET), level(240, ALI)),
        ],
        expectations=[portal, calls, mobile_app],
        meetings=[
            meeting(
                days(today, -90),
                [
                    (manager.name, Side.CUSTOMER, manager.role),
                    (clerk.name, Side.CUSTOMER, clerk.role),
                    (MARYAM, Side.PROVIDER, "مدیر حساب مشتری"),
                    (SARA, Side.PROVIDER, "پشتیبان اختصاصی"),
                ],
                notes="مشتری دانش فنی کمی دارد؛ گزارش‌ها ساده و کوتاه باشد.",
                decisions="پنجره خدمت شنبه تا چهارشنبه ۸ تا ۱۶.",
                actions=[("مستندسازی شماره‌های داخلی سانترال", SARA, days(today, -60), True)],
            ),
        ],
        reports=[
            report(
                days(today, -60),
                days(today, -1),
                "تعویض سوئیچ قدیمی طبقه همکف.",
                [(1, "یک قطعی ۲۰ دقیقه‌ای تلفن", True, "")],
            ),
        ],
        feedback=[
            feedback(
                days(today, -3), FeedbackChannel.CALL, 7, "خوب بود، ولی کاش زودتر خبر می‌دادید."
            ),
        ],
    )


CUSTOMERS = [engineering_firm, pharmacy_chain, food_factory, insurance_broker]
