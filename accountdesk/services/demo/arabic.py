"""A demo customer whose documents are in Arabic: a hotel group with resorts on the Red
Sea and its head office in New Cairo. It speaks of its needs in everyday Egyptian Arabic;
what was agreed is written in standard Arabic. All names are invented; the numbers are
in Egypt's ranges (Cairo 02, Hurghada 065, Sharm El Sheikh 069, mobiles 010/011/012/015).
"""

from __future__ import annotations

import datetime as dt

from accountdesk.domain.enums import (
    Channel,
    Criticality,
    Environment,
    ExpectationHolder,
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
from accountdesk.domain.service_file import RiskData, ServiceFile
from accountdesk.services.demo.build import (
    always,
    availability,
    contact,
    days,
    expectation,
    feedback,
    level,
    meeting,
    path,
    report,
    risk,
    system,
    unrealistic,
)
from accountdesk.services.demo.staff import KARIM, MONA, REEM, TAREK

AR = Language("ar")


def hotel_group(today: dt.date) -> ServiceFile:
    window = always("Africa/Cairo")
    director = contact(
        "أ. سامح فؤاد",
        "المدير العام للمجموعة",
        ItilRelation.DECISION_MAKER,
        phone="+20 2 2736 1400",
        mobile="0111 657 2290",
        email="sameh.fouad@almorgan-hotels.com.eg",
        channel=Channel.EMAIL,
        language=AR,
    )
    it_head = contact(
        "م. هشام عبد الرحمن",
        "مدير تقنية المعلومات",
        ItilRelation.TECHNICAL,
        phone="02 2736 1455",
        mobile="٠١٢٢ ٣٤٥ ٦٧٨٩",
        email="hesham.abdelrahman@almorgan-hotels.com.eg",
        channel=Channel.MOBILE,
        language=AR,
        reachable="يوميًا من ٩ صباحًا إلى ٩ مساءً، وللحوادث الحرجة في أي وقت",
    )
    front_office = contact(
        "دينا مصطفى",
        "مديرة المكاتب الأمامية – منتجع الغردقة",
        ItilRelation.USER,
        phone="+20 65 344 2100",
        mobile="0155 320 4481",
        email="dina.mostafa@almorgan-hotels.com.eg",
        language=AR,
        reachable="يوميًا من ٧ صباحًا إلى ٣ عصرًا",
        notes="أول من يلاحظ توقف نظام الحجوزات؛ تتصل مباشرة بمسؤول الدعم المخصص.",
    )
    night_manager = contact(
        "وليد جمال",
        "مدير الوردية الليلية – منتجع شرم الشيخ",
        ItilRelation.USER,
        phone="+20 69 360 1200",
        mobile="+20 106 778 1203",
        language=AR,
        reachable="من ١١ مساءً إلى ٧ صباحًا",
    )
    # The customer has not yet decided on a second line for Sharm El Sheikh: the risk is
    # recorded without a mitigation, which the home view lists until there is one.
    single_line = RiskData(
        cause="انقطاع خط الإنترنت الوحيد لمنتجع شرم الشيخ (مزود خدمة واحد)",
        likelihood=Likelihood.MEDIUM,
        impact=Likelihood.HIGH,
        recovery_plan="العمل في وضع عدم الاتصال في المكتب الأمامي وتسجيل الوصول يدويًا حتى "
        "عودة الخط، ثم إدخال الحركات في Opera",
        recovery_minutes=120,
        preparation="نماذج تسجيل وصول ورقية وقائمة بالغرف المتاحة تُطبع كل مساء في كل مكتب استقبال",
        owner_name=MONA,
    )
    opera = availability(
        "سيستم الحجوزات ما يقفش أبدًا في الموسم، والنزيل ما يستناش عند الاستقبال. لو وقع "
        "مرتين في السنة وكل مرة اتصلح في ساعتين، نقدر نعيش بكده.",
        2,
        2,
        window,
        agreed="يتوقف نظام إدارة الفندق (Opera) مرتين في السنة على الأكثر، ويُصلح كل توقف خلال "
        "ساعتين.",
        technical="توافر {percent} على مدار الساعة طوال أيام الأسبوع",
        language=AR,
        review=days(today, 35),
        risks=(
            risk(
                "انقطاع الكهرباء عن مركز البيانات في المكتب الرئيسي بالقاهرة الجديدة",
                Likelihood.MEDIUM,
                Likelihood.HIGH,
                mitigation="مولد احتياطي ووحدتا UPS تكفيان ٤٠ دقيقة حتى يعمل المولد",
                recovery="تشغيل Opera من خادم التعافي في منتجع شرم الشيخ",
                minutes=60,
                preparation="اختبار التحويل إلى موقع التعافي كل ثلاثة أشهر وتسجيل مدته",
                owner=KARIM,
            ),
            single_line,
        ),
    )
    response = expectation(
        "لما النزيل يشتكي من النت أو الكارت بتاع الأوضة، عايزين حد يرد علينا في ربع ساعة، مش بكرة.",
        Topic.RESPONSE,
        agreed="الرد على بلاغات المكاتب الأمامية خلال ١٥ دقيقة على مدار الساعة، والرد على "
        "باقي الطلبات خلال ساعة في أوقات العمل.",
        technical="زمن الاستجابة ١٥ دقيقة للحوادث الحرجة والعالية",
        holder=ExpectationHolder.USERS,
    )
    locks = expectation(
        "أي عطل في الأقفال يتحل قبل ما النزيل يرجع أوضته.",
        Topic.RESOLUTION,
        agreed="إصلاح أعطال الأقفال الإلكترونية خلال ٤ ساعات، وفي أثناء ذلك يفتح الأمن الغرف "
        "بالبطاقة الرئيسية.",
        review=days(today, -12),
        holder=ExpectationHolder.USERS,
    )
    beach_wifi = unrealistic(
        "عايزين واي فاي سريع في كل أوضة وعلى الشط كمان، جيجا لكل نزيل، من غير ما ندفع زيادة.",
        Topic.OTHER,
        "تغطية الشاطئ تحتاج نقاط وصول خارجية وكابلات ألياف جديدة بتكلفة تقارب ٢٫٥ مليون جنيه، "
        "وخط الإنترنت الحالي (٥٠٠ ميجابت) لا يكفي لسرعة جيجابت لكل نزيل. اقترحنا: ١٠٠ ميجابت "
        "لكل غرفة وتغطية المطاعم وحمام السباحة أولًا، والشاطئ في مرحلة ثانية بعرض سعر منفصل.",
        agreed="تغطية الغرف والمطاعم وحمام السباحة بسرعة ١٠٠ ميجابت لكل غرفة.",
        review=days(today, 25),
    )
    return ServiceFile(
        name="مجموعة المرجان للفنادق والمنتجعات",
        industry="السياحة والضيافة – ثلاثة منتجعات على البحر الأحمر ومكتب رئيسي في القاهرة",
        business_needs="تسجيل وصول النزلاء ومغادرتهم دون انتظار، وحجوزات عبر الإنترنت لا "
        "تتوقف، وإنترنت لاسلكي مستقر للنزلاء؛ فأي توقف في موسم الذروة (من أكتوبر إلى أبريل) "
        "يعني شكاوى وتقييمات سيئة على مواقع الحجز.",
        support_level=SupportLevel.PREMIUM,
        support_in_scope="نظام إدارة الفندق (Opera) وخوادمه، وشبكة النزلاء اللاسلكية، ونقاط "
        "البيع في المطاعم، ونظام الأقفال الإلكترونية، والبريد الإلكتروني، والنسخ الاحتياطي، "
        "و٢٢٠ محطة عمل.",
        support_out_of_scope="أجهزة التلفزيون والقنوات الفضائية في الغرف (مورد مستقل)؛ "
        "كاميرات المراقبة؛ تطوير موقع الحجز الإلكتروني.",
        window=window,
        knowledge_level=KnowledgeLevel.INTERMEDIATE,
        criticality=Criticality.HIGH,
        document_language=AR,
        country="EG",
        account_manager=REEM,
        supporter=KARIM,
        backup_supporter=MONA,
        next_review=days(today, 35),
        notes="خط إنترنت ثانٍ لمنتجع شرم الشيخ بانتظار موافقة الإدارة على الميزانية. "
        "البلاغات إلى support@ofoq-it.com.eg، والحرجة منها بالهاتف فقط.",
        contacts=[director, it_head, front_office, night_manager],
        systems=[
            system(
                "Opera PMS",
                SystemKind.APPLICATION,
                "الحجوزات وتسجيل الوصول والمغادرة وفواتير النزلاء",
                version="Oracle OPERA 5.6",
                location="مركز البيانات – المكتب الرئيسي، القاهرة الجديدة",
                host="opera01.almorgan.local",
                address="10.20.0.15",
                criticality=Criticality.CRITICAL,
                owner=it_head,
            ),
            system(
                "شبكة النزلاء اللاسلكية",
                SystemKind.NETWORK,
                "إنترنت النزلاء في الغرف والمطاعم وحول حمام السباحة",
                version="Aruba CX 6300, Instant On AP25",
                location="منتجع الغردقة",
                host="wlc-hrg.almorgan.local",
                address="10.30.0.2",
                criticality=Criticality.HIGH,
            ),
            system(
                "نقاط البيع",
                SystemKind.APPLICATION,
                "المطاعم والبارات وخدمة الغرف",
                version="Oracle Simphony 19.2",
                host="pos01.almorgan.local",
                address="10.20.0.40",
                criticality=Criticality.HIGH,
            ),
            system(
                "نظام الأقفال الإلكترونية",
                SystemKind.SECURITY,
                "بطاقات أبواب الغرف في المنتجعات الثلاثة",
                version="ASSA ABLOY Vostio 1.9",
                host="locks01.almorgan.local",
                address="10.20.0.50",
                serial="VOS-2024-118842",
                criticality=Criticality.CRITICAL,
                owner=front_office,
            ),
            system(
                "خادم التعافي",
                SystemKind.SERVER,
                "نسخة احتياطية من Opera تعمل عند توقف مركز البيانات الرئيسي",
                version="Dell PowerEdge R650, Veeam Backup & Replication 12.1",
                location="منتجع شرم الشيخ",
                environment=Environment.DISASTER_RECOVERY,
                host="dr01.almorgan.local",
                address="10.40.0.10",
                serial="7XQ2M93",
            ),
        ],
        escalation_paths=[
            path(Severity.CRITICAL, level(0, KARIM), level(30, TAREK), level(90, REEM)),
            path(
                Severity.CRITICAL,
                level(0, it_head, Channel.MOBILE),
                level(60, director),
                side=Side.CUSTOMER,
            ),
            path(Severity.HIGH, level(0, KARIM, Channel.TICKET), level(120, TAREK)),
            path(Severity.MEDIUM, level(0, MONA, Channel.TICKET)),
        ],
        expectations=[opera, response, locks, beach_wifi],
        meetings=[
            meeting(
                days(today, -150),
                [
                    (director.name, Side.CUSTOMER, director.role),
                    (it_head.name, Side.CUSTOMER, it_head.role),
                    (front_office.name, Side.CUSTOMER, front_office.role),
                    (REEM, Side.PROVIDER, "مديرة حساب العميل"),
                    (KARIM, Side.PROVIDER, "مسؤول الدعم المخصص"),
                ],
                notes="روجعت طبيعة النشاط واحتياجات العمل ومستوى الدعم وحدوده ومسار التصعيد "
                "وجهات الاتصال. موسم الذروة من أكتوبر إلى أبريل، وليالي الجمعة هي الأكثر ضغطًا.",
                decisions="الدعم على مدار الساعة طوال أيام الأسبوع؛ أي تغيير في شبكة النزلاء "
                "خارج موسم الذروة وبموافقة مكتوبة من م. هشام.",
                actions=[
                    (
                        "حصر الأرقام التسلسلية لخوادم المنتجعات في ملف الخدمة",
                        KARIM,
                        days(today, -140),
                        True,
                    ),
                    ("إرسال محضر مواءمة التوقعات للتوقيع", REEM, days(today, -145), True),
                    (
                        "عرض سعر لخط إنترنت ثانٍ لمنتجع شرم الشيخ",
                        it_head.name,
                        days(today, 10),
                        False,
                    ),
                ],
            ),
            meeting(
                days(today, -40),
                [
                    (it_head.name, Side.CUSTOMER, it_head.role),
                    (REEM, Side.PROVIDER, "مديرة حساب العميل"),
                    (KARIM, Side.PROVIDER, "مسؤول الدعم المخصص"),
                    (TAREK, Side.PROVIDER, "مدير التصعيد"),
                ],
                kind=MeetingKind.REVIEW,
                all_covered=False,
                notes="مراجعة الربع: توقف واحد لنظام Opera، وتأخر الرد على بعض البلاغات ليلة الجمعة.",
                decisions="مناوب ثانٍ ليالي الجمعة في موسم الذروة.",
                actions=[
                    ("جدول مناوبات ليالي الجمعة حتى نهاية أبريل", TAREK, days(today, -30), True)
                ],
            ),
        ],
        reports=[
            report(
                days(today, -100),
                days(today, -10),
                "مناوب ثانٍ ليالي الجمعة؛ اختبار التحويل إلى خادم التعافي قبل بداية الموسم.",
                [
                    (0, "توقف واحد لمدة ساعة و٢٠ دقيقة", True, ""),
                    (
                        1,
                        "متوسط زمن الرد ١٢ دقيقة؛ ٣ بلاغات تجاوزت ١٥ دقيقة",
                        False,
                        "في ليالي الجمعة أثناء الحفلات",
                    ),
                ],
            ),
        ],
        feedback=[
            feedback(
                days(today, -6),
                FeedbackChannel.CALL,
                9,
                "مسؤول الدعم بتاعكم جه المنتجع الساعة ٢ بالليل وصلّح الأقفال قبل ما حد من النزلاء "
                "يحس. شكرًا.",
            ),
            feedback(
                days(today, -45),
                FeedbackChannel.COMPLAINT,
                None,
                "ليلة الجمعة اللي فاتت استنينا نص ساعة لحد ما حد رد على الاستقبال في الغردقة.",
                "مناوب ثانٍ ليالي الجمعة في موسم الذروة",
                True,
            ),
        ],
    )


CUSTOMERS = [hotel_group]
