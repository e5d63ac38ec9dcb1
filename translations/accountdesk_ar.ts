<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New customer</source>
        <translation>عميل &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Import customers from &amp;JSON…</source>
        <translation>استيراد العملاء من &amp;JSON…</translation>
    </message>
    <message>
        <source>Import &amp;systems from CSV…</source>
        <translation>استيراد ال&amp;أنظمة من CSV…</translation>
    </message>
    <message>
        <source>Import &amp;contacts from CSV…</source>
        <translation>استيراد &amp;جهات الاتصال من CSV…</translation>
    </message>
    <message>
        <source>Import &amp;incidents from a helpdesk…</source>
        <translation>استيراد ا&amp;لحوادث من نظام التذاكر…</translation>
    </message>
    <message>
        <source>&amp;Export this customer as JSON…</source>
        <translation>&amp;تصدير هذا العميل بصيغة JSON…</translation>
    </message>
    <message>
        <source>&amp;Archive this customer</source>
        <translation>&amp;أرشفة هذا العميل</translation>
    </message>
    <message>
        <source>&amp;Bring back from archive</source>
        <translation>&amp;إعادة من الأرشيف</translation>
    </message>
    <message>
        <source>&amp;Delete this customer…</source>
        <translation>&amp;حذف هذا العميل…</translation>
    </message>
    <message>
        <source>Export the &amp;listed customers as JSON…</source>
        <translation>تصدير العملاء ال&amp;معروضين بصيغة JSON…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>&amp;قاعدة بيانات جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>ا&amp;ستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Backup fol&amp;der…</source>
        <translation>&amp;مجلد النسخ الاحتياطية…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Supporter&apos;s &amp;card</source>
        <translation>&amp;بطاقة مسؤول الدعم</translation>
    </message>
    <message>
        <source>&amp;Home: this week</source>
        <translation>ال&amp;رئيسية: هذا الأسبوع</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications of what falls due</source>
        <translation>إ&amp;شعارات سطح المكتب بما حان موعده</translation>
    </message>
    <message>
        <source>&amp;About AccountDesk</source>
        <translation>&amp;حول AccountDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>قواعد البيانات ال&amp;أخيرة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>Native &amp;digits ({digits})</source>
        <translation>الأرقام ال&amp;مشرقية ({digits})</translation>
    </message>
    <message>
        <source>Solar &amp;Hijri calendar</source>
        <translation>التقويم ال&amp;هجري الشمسي</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;تراجع: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>إ&amp;عادة: {what}</translation>
    </message>
    <message>
        <source>Connect to a &amp;team database…</source>
        <translation>الاتصال بقاعدة بيانات ال&amp;فريق…</translation>
    </message>
    <message>
        <source>Open &amp;local database</source>
        <translation>فتح قاعدة البيانات الم&amp;حلية</translation>
    </message>
    <message>
        <source>Recent team data&amp;bases</source>
        <translation>قواعد بيانات الفريق الأ&amp;خيرة</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved elsewhere first</source>
        <translation>حُفظ في مكان آخر أولًا</translation>
    </message>
    <message>
        <source>“{name}” was deleted in another window or by another user since you opened it. Your changes are not saved. Keep a copy of your version:</source>
        <translation>حُذف «{name}» في نافذة أخرى أو على يد مستخدم آخر منذ فتحه. لم تُحفظ التغييرات. يمكن الاحتفاظ بنسخة منها:</translation>
    </message>
    <message>
        <source>“{name}” was changed and saved in another window or by another user since you opened it. Your changes are not saved yet, and nothing was overwritten. What now?</source>
        <translation>عُدّل «{name}» وحُفظ في نافذة أخرى أو على يد مستخدم آخر منذ فتحه. لم تُحفظ التغييرات بعد، ولم يُستبدل شيء. ما الإجراء المطلوب؟</translation>
    </message>
    <message>
        <source>&amp;Reload theirs (discard mine)</source>
        <translation>إعادة &amp;تحميل نسختهم (وتجاهل نسختي)</translation>
    </message>
    <message>
        <source>Keep a copy of mine as a &amp;new customer</source>
        <translation>الاحتفاظ بنسختي عميلًا &amp;جديدًا</translation>
    </message>
    <message>
        <source>Keep a copy of mine in a &amp;JSON file…</source>
        <translation>الاحتفاظ بنسختي في ملف &amp;JSON…</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team database</source>
        <translation>الاتصال بقاعدة بيانات الفريق</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>عنوان URL</translation>
    </message>
    <message>
        <source>Server details</source>
        <translation>تفاصيل الخادم</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>عنوان &amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>الم&amp;ضيف:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>الم&amp;نفذ:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>الم&amp;ستخدم:</translation>
    </message>
    <message>
        <source>&amp;TLS (sslmode):</source>
        <translation>&amp;TLS ‏(sslmode):</translation>
    </message>
    <message>
        <source>&amp;CA certificate (sslrootcert):</source>
        <translation>&amp;شهادة CA ‏(sslrootcert):</translation>
    </message>
    <message>
        <source>libpq&apos;s default</source>
        <translation>الإعداد الافتراضي لـ libpq</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>A password typed here is used for this connection only and never stored. Leave it empty to use ~/.pgpass, PGPASSFILE, a PGSERVICE service file or Kerberos, as every PostgreSQL tool does.</source>
        <translation>تُستخدم كلمة المرور المكتوبة هنا لهذا الاتصال فقط ولا تُحفظ أبدًا. اتركها فارغة لاستخدام ‎~/.pgpass‎ أو PGPASSFILE أو ملف خدمة PGSERVICE أو Kerberos، كما تفعل كل أدوات PostgreSQL.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>ا&amp;تصال</translation>
    </message>
    <message>
        <source>URL: give a PostgreSQL URL, such as postgresql://host/dbname</source>
        <translation>عنوان URL: أدخِل عنوان PostgreSQL، مثل ‎postgresql://host/dbname‎</translation>
    </message>
    <message>
        <source>Host: required (the server&apos;s name or address)</source>
        <translation>المضيف: مطلوب (اسم الخادم أو عنوانه)</translation>
    </message>
    <message>
        <source>Database: required (its name on the server)</source>
        <translation>قاعدة البيانات: مطلوبة (اسمها على الخادم)</translation>
    </message>
</context>
<context>
    <name>CustomerLifecycle</name>
    <message>
        <source>Open a saved customer first.</source>
        <translation>افتح عميلًا محفوظًا أولًا.</translation>
    </message>
    <message>
        <source>Archived {name}; “Bring back from archive” undoes it.</source>
        <translation>أُرشف {name}؛ والأمر «إعادة من الأرشيف» يتراجع عن ذلك.</translation>
    </message>
    <message>
        <source>{name} is back in the customer list.</source>
        <translation>عاد {name} إلى قائمة العملاء.</translation>
    </message>
    <message>
        <source>That customer no longer exists; the list is refreshed.</source>
        <translation>لم يعد هذا العميل موجودًا؛ حُدّثت القائمة.</translation>
    </message>
    <message numerus="yes">
        <source>{count} signed summary version(s)</source>
        <translation>
            <numerusform>لا نسخ موقَّعة من المحضر</numerusform>
            <numerusform>نسخة موقَّعة واحدة من المحضر</numerusform>
            <numerusform>نسختان موقَّعتان من المحضر</numerusform>
            <numerusform>{count} نسخ موقَّعة من المحضر</numerusform>
            <numerusform>{count} نسخة موقَّعة من المحضر</numerusform>
            <numerusform>{count} نسخة موقَّعة من المحضر</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{name}” for good? Its whole service file, {versions} and its history are deleted with it; this cannot be undone. Export the service file first to keep a copy.</source>
        <translation>هل تريد حذف «{name}» نهائيًا؟ يُحذف معه ملف الخدمة كاملًا و{versions} وسجلّه، ولا يمكن التراجع عن ذلك. صدِّر ملف الخدمة أولًا للاحتفاظ بنسخة منه.</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>حذف العميل</translation>
    </message>
    <message>
        <source>&amp;Export first…</source>
        <translation>&amp;التصدير أولًا…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>لم يُحذف</translation>
    </message>
    <message>
        <source>{name} was changed elsewhere meanwhile; open it again to see the change.</source>
        <translation>عُدّل {name} في مكان آخر في أثناء ذلك؛ افتحه من جديد لرؤية التغيير.</translation>
    </message>
    <message>
        <source>Deleted {name}</source>
        <translation>حُذف {name}</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <source>Review overdue</source>
        <translation>المراجعة متأخرة</translation>
    </message>
    <message>
        <source>No signed summary</source>
        <translation>لا محضر موقَّع</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (مؤرشف)</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>&amp;My customers:</source>
        <translation>&amp;عملائي:</translation>
    </message>
    <message>
        <source>My customers: supporter</source>
        <translation>عملائي: مسؤول الدعم</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Review &amp;overdue</source>
        <translation>المراجعة م&amp;تأخرة</translation>
    </message>
    <message>
        <source>Only customers whose review is overdue</source>
        <translation>العملاء الذين تأخرت مراجعتهم فقط</translation>
    </message>
    <message>
        <source>No &amp;signed summary</source>
        <translation>لا م&amp;حضر موقَّع</translation>
    </message>
    <message>
        <source>Only customers without a signed summary</source>
        <translation>العملاء الذين ليس لهم محضر موقَّع فقط</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>عرض الم&amp;ؤرشفين</translation>
    </message>
    <message>
        <source>Show archived customers too</source>
        <translation>عرض العملاء المؤرشفين أيضًا</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message numerus="yes">
        <source>{count} customers</source>
        <translation>
            <numerusform>لا عملاء</numerusform>
            <numerusform>عميل واحد</numerusform>
            <numerusform>عميلان</numerusform>
            <numerusform>{count} عملاء</numerusform>
            <numerusform>{count} عميلًا</numerusform>
            <numerusform>{count} عميل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>AccountDesk cannot use the database {path}:</source>
        <translation>يتعذّر على AccountDesk استخدام قاعدة البيانات {path}:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;فتح ملف آخر…</translation>
    </message>
    <message>
        <source>&amp;Create a new database…</source>
        <translation>&amp;إنشاء قاعدة بيانات جديدة…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>This record was changed after this dialog opened (in another dialog, by Undo or by a reload). Save your version over it, or discard your changes?</source>
        <translation>تغيّر هذا السجل بعد فتح مربع الحوار هذا (في مربع حوار آخر، أو بالتراجع، أو بإعادة التحميل). هل تريد حفظ نسختك مكانه، أم تجاهل تغييراتك؟</translation>
    </message>
    <message>
        <source>This record was removed after this dialog opened (in another dialog, by Undo or by a reload). Add your version back, or discard it?</source>
        <translation>حُذف هذا السجل بعد فتح مربع الحوار هذا (في مربع حوار آخر، أو بالتراجع، أو بإعادة التحميل). هل تريد إضافة نسختك من جديد، أم تجاهلها؟</translation>
    </message>
    <message>
        <source>The service file of this record is no longer open, so your changes cannot be kept. Discard them?</source>
        <translation>لم يعد ملف الخدمة الخاص بهذا السجل مفتوحًا، فلا يمكن الاحتفاظ بالتغييرات. هل تريد تجاهلها؟</translation>
    </message>
    <message>
        <source>Changed since opened</source>
        <translation>تغيّر منذ فتحه</translation>
    </message>
</context>
<context>
    <name>DigitalDialog</name>
    <message>
        <source>Sign digitally</source>
        <translation>التوقيع رقميًا</translation>
    </message>
    <message>
        <source>default: the name in the certificate</source>
        <translation>الافتراضي: الاسم الوارد في الشهادة</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>ال&amp;جهة:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;الدور:</translation>
    </message>
    <message>
        <source>&amp;Certificate (.p12):</source>
        <translation>ال&amp;شهادة (‎.p12):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>Your certificate</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx)</source>
        <translation>شهادات PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Choose the certificate file (.p12 or .pfx).</source>
        <translation>اختر ملف الشهادة (‎.p12 أو ‎.pfx).</translation>
    </message>
    <message>
        <source>The certificate file {path} cannot be found.</source>
        <translation>لم يُعثر على ملف الشهادة {path}.</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <source>Draw a signature</source>
        <translation>رسم توقيع</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>لوحة التوقيع</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;مسح</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>ال&amp;جهة:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;الدور:</translation>
    </message>
    <message>
        <source>Sign here:</source>
        <translation>التوقيع هنا:</translation>
    </message>
    <message>
        <source>Write the signatory&apos;s name.</source>
        <translation>اكتب اسم الموقِّع.</translation>
    </message>
    <message>
        <source>Draw the signature on the pad first.</source>
        <translation>ارسم التوقيع على اللوحة أولًا.</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <source>level {number}</source>
        <translation>المستوى {number}</translation>
    </message>
    <message>
        <source>Levels, in the order they are called</source>
        <translation>المستويات، بترتيب استدعائها</translation>
    </message>
    <message>
        <source>When each level is called</source>
        <translation>موعد استدعاء كل مستوى</translation>
    </message>
    <message>
        <source>Raised at ({zone}):</source>
        <translation>وقت الطرح ({zone}):</translation>
    </message>
    <message>
        <source>Raised on (day)</source>
        <translation>يوم الطرح</translation>
    </message>
    <message>
        <source>Raised at (time)</source>
        <translation>ساعة الطرح</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Raised now</source>
        <translation>مطروح الآن</translation>
    </message>
    <message>
        <source>Escalation timeline</source>
        <translation>الجدول الزمني للتصعيد</translation>
    </message>
    <message>
        <source>Write the time as HH:MM.</source>
        <translation>اكتب الوقت بالصيغة HH:MM.</translation>
    </message>
</context>
<context>
    <name>EscalationTab</name>
    <message>
        <source>Select a path to see when each level would be called.</source>
        <translation>اختر مسارًا لمعرفة موعد استدعاء كل مستوى.</translation>
    </message>
    <message>
        <source>Escalation timeline</source>
        <translation>الجدول الزمني للتصعيد</translation>
    </message>
</context>
<context>
    <name>ExpectationDialog</name>
    <message>
        <source>Availability, response and resolution over the service window</source>
        <translation>التوافر والاستجابة والحل خلال نافذة الخدمة</translation>
    </message>
    <message>
        <source>In plain language</source>
        <translation>بلغة واضحة</translation>
    </message>
    <message>
        <source>As a percentage</source>
        <translation>نسبةً مئوية</translation>
    </message>
    <message>
        <source>converts both ways</source>
        <translation>التحويل في الاتجاهين</translation>
    </message>
    <message>
        <source>Risks to this expectation</source>
        <translation>المخاطر على هذا التوقع</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>التحويل</translation>
    </message>
    <message>
        <source>This target is written only in technical terms. Say it in plain language too, as the customer would, e.g. “{example}”.</source>
        <translation>هذا الهدف مكتوب بمصطلحات تقنية فقط. صُغه أيضًا بلغة واضحة كما يقوله العميل، مثل: «{example}».</translation>
    </message>
    <message>
        <source>Service window: {window}.</source>
        <translation>نافذة الخدمة: {window}.</translation>
    </message>
    <message numerus="yes">
        <source>{count} covered hours a year.</source>
        <translation>
            <numerusform>لا ساعات تغطية في السنة.</numerusform>
            <numerusform>ساعة تغطية واحدة في السنة.</numerusform>
            <numerusform>ساعتا تغطية في السنة.</numerusform>
            <numerusform>{count} ساعات تغطية في السنة.</numerusform>
            <numerusform>{count} ساعة تغطية في السنة.</numerusform>
            <numerusform>{count} ساعة تغطية في السنة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{down} down a year out of {count} covered hours = {percent} available.</source>
        <translation>
            <numerusform>توقف لمدة {down} في السنة من أصل صفر ساعة تغطية = توافر بنسبة {percent}.</numerusform>
            <numerusform>توقف لمدة {down} في السنة من أصل ساعة تغطية واحدة = توافر بنسبة {percent}.</numerusform>
            <numerusform>توقف لمدة {down} في السنة من أصل ساعتي تغطية = توافر بنسبة {percent}.</numerusform>
            <numerusform>توقف لمدة {down} في السنة من أصل {count} ساعات تغطية = توافر بنسبة {percent}.</numerusform>
            <numerusform>توقف لمدة {down} في السنة من أصل {count} ساعة تغطية = توافر بنسبة {percent}.</numerusform>
            <numerusform>توقف لمدة {down} في السنة من أصل {count} ساعة تغطية = توافر بنسبة {percent}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked unrealistic: say what meeting it would cost and what it would bring (required).</source>
        <translation>موصوف بأنه غير واقعي: اذكر كلفة تحقيقه وما يعود به (مطلوب).</translation>
    </message>
</context>
<context>
    <name>Expectations</name>
    <message numerus="yes">
        <source>at most {count} failures a year, each fixed within {hours}</source>
        <translation>
            <numerusform>لا أعطال في السنة، ويُصلح أي عطل خلال {hours}</numerusform>
            <numerusform>عطل واحد في السنة على الأكثر، يُصلح خلال {hours}</numerusform>
            <numerusform>عطلان في السنة على الأكثر، يُصلح كل منهما خلال {hours}</numerusform>
            <numerusform>{count} أعطال في السنة على الأكثر، يُصلح كل منها خلال {hours}</numerusform>
            <numerusform>{count} عطلًا في السنة على الأكثر، يُصلح كل منها خلال {hours}</numerusform>
            <numerusform>{count} عطل في السنة على الأكثر، يُصلح كل منها خلال {hours}</numerusform>
        </translation>
    </message>
    <message>
        <source>No — see cost and benefit</source>
        <translation>لا — انظر الكلفة والفائدة</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source>That customer no longer exists; the list is refreshed.</source>
        <translation>لم يعد هذا العميل موجودًا؛ حُدّثت القائمة.</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>فُتح {name}</translation>
    </message>
    <message>
        <source>New customer: fill in the overview, then save (Ctrl+S).</source>
        <translation>عميل جديد: املأ النظرة العامة ثم احفظ (Ctrl+S).</translation>
    </message>
    <message>
        <source>The database refused the save: {reason}</source>
        <translation>رفضت قاعدة البيانات الحفظ: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>حُفظ {name}</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: {count} problem(s) to fix; each is shown next to its field.</source>
        <translation>
            <numerusform>لم يُحفظ: لا مشكلات للإصلاح.</numerusform>
            <numerusform>لم يُحفظ: مشكلة واحدة يلزم إصلاحها، وهي معروضة بجوار حقلها.</numerusform>
            <numerusform>لم يُحفظ: مشكلتان يلزم إصلاحهما، وكلٌّ منهما معروضة بجوار حقلها.</numerusform>
            <numerusform>لم يُحفظ: {count} مشكلات يلزم إصلاحها، وكلٌّ منها معروضة بجوار حقلها.</numerusform>
            <numerusform>لم يُحفظ: {count} مشكلةً يلزم إصلاحها، وكلٌّ منها معروضة بجوار حقلها.</numerusform>
            <numerusform>لم يُحفظ: {count} مشكلة يلزم إصلاحها، وكلٌّ منها معروضة بجوار حقلها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reloaded {name} as saved elsewhere; your changes were discarded.</source>
        <translation>أُعيد تحميل {name} كما حُفظ في مكان آخر، وأُلغيت تغييراتك.</translation>
    </message>
    <message>
        <source>Your version is saved as a new customer: {name}</source>
        <translation>حُفظت النسخة الحالية عميلًا جديدًا: {name}</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (نسختي)</translation>
    </message>
    <message>
        <source>{name} (my copy {number})</source>
        <translation>{name} (نسختي {number})</translation>
    </message>
    <message>
        <source>Keep a copy of my version</source>
        <translation>الاحتفاظ بنسخة من نسختي</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>Your version is in {path}; showing the saved one.</source>
        <translation>النسخة الحالية محفوظة في {path}؛ والمعروض هو النسخة المحفوظة.</translation>
    </message>
</context>
<context>
    <name>FileView</name>
    <message>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source>Service file of {name}</source>
        <translation>ملف خدمة {name}</translation>
    </message>
    <message>
        <source>Scroll the tabs left</source>
        <translation>تمرير علامات التبويب يسارًا</translation>
    </message>
    <message>
        <source>Scroll the tabs right</source>
        <translation>تمرير علامات التبويب يمينًا</translation>
    </message>
    <message>
        <source>Choose a customer on the list, find one with Ctrl+F, or create one with Ctrl+N.</source>
        <translation>اختر عميلًا من القائمة، أو ابحث عنه باستخدام Ctrl+F، أو أنشئ عميلًا باستخدام Ctrl+N.</translation>
    </message>
    <message>
        <source>{section}, row {row}: {problem}</source>
        <translation>{section}، الصف {row}: {problem}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>المحاضر</translation>
    </message>
    <message>
        <source>Signed versions</source>
        <translation>النسخ الموقَّعة</translation>
    </message>
    <message>
        <source>Service reports</source>
        <translation>تقارير الخدمة</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Same as the customer</source>
        <translation>مثل العميل</translation>
    </message>
    <message>
        <source>{field} contains invisible direction-control characters, which can show it reversed.</source>
        <translation>يحتوي {field} على أحرف غير مرئية للتحكم في الاتجاه، قد تعرضه معكوسًا.</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>حذفها</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Not put back</source>
        <translation>لم تُستعد القيمة</translation>
    </message>
    <message>
        <source>Save or undo your changes first; then put the earlier value back.</source>
        <translation>احفظ تغييراتك أو تراجع عنها أولًا، ثم استعد القيمة السابقة.</translation>
    </message>
    <message>
        <source>“{what}” is no longer in the service file, so its value has nowhere to go.</source>
        <translation>لم يعد «{what}» في ملف الخدمة، فلا مكان تعود إليه قيمته.</translation>
    </message>
    <message>
        <source>Put back {what}</source>
        <translation>استعادة {what}</translation>
    </message>
    <message>
        <source>&amp;Put back the earlier value</source>
        <translation>ا&amp;ستعادة القيمة السابقة</translation>
    </message>
    <message>
        <source>Nothing recorded yet: each save adds a line here.</source>
        <translation>لم يُسجَّل شيء بعد: كل حفظ يضيف سطرًا هنا.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>The agenda could not be read: {reason}</source>
        <translation>تعذّرت قراءة جدول الأعمال: {reason}</translation>
    </message>
    <message>
        <source>Nothing is due: no reviews, action items or follow-ups this week.</source>
        <translation>لا شيء مستحق هذا الأسبوع: لا مراجعات ولا بنود عمل ولا متابعات.</translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more: show only my customers, or use the customer list</source>
        <translation>
            <numerusform>… ولا مزيد</numerusform>
            <numerusform>… وعنصر آخر: اعرض عملائي فقط، أو استخدم قائمة العملاء</numerusform>
            <numerusform>… وعنصران آخران: اعرض عملائي فقط، أو استخدم قائمة العملاء</numerusform>
            <numerusform>… و{count} عناصر أخرى: اعرض عملائي فقط، أو استخدم قائمة العملاء</numerusform>
            <numerusform>… و{count} عنصرًا آخر: اعرض عملائي فقط، أو استخدم قائمة العملاء</numerusform>
            <numerusform>… و{count} عنصر آخر: اعرض عملائي فقط، أو استخدم قائمة العملاء</numerusform>
        </translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>This week: what falls due</source>
        <translation>هذا الأسبوع: ما حان موعده</translation>
    </message>
    <message>
        <source>Only &amp;my customers ({name})</source>
        <translation>&amp;عملائي فقط ({name})</translation>
    </message>
    <message>
        <source>Only &amp;my customers</source>
        <translation>&amp;عملائي فقط</translation>
    </message>
    <message>
        <source>Choose yourself under “My customers” above the customer list first.</source>
        <translation>اختر اسمك أولًا في «عملائي» فوق قائمة العملاء.</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>What falls due</source>
        <translation>ما حان موعده</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>لم يُصدَّر</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>تعذّرت الكتابة في {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more</source>
        <translation>
            <numerusform>… ولا شيء غيرها</numerusform>
            <numerusform>… وواحد آخر</numerusform>
            <numerusform>… واثنان آخران</numerusform>
            <numerusform>… و{count} أخرى</numerusform>
            <numerusform>… و{count} غيرها</numerusform>
            <numerusform>… و{count} غيرها</numerusform>
        </translation>
    </message>
    <message>
        <source>Import customers from JSON</source>
        <translation>استيراد العملاء من JSON</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>جارٍ استيراد {name}…</translation>
    </message>
    <message>
        <source>{imported}. Invisible direction-control characters were removed from these fields, so that no name reads reversed:</source>
        <translation>{imported}. حُذفت أحرف غير مرئية للتحكم في الاتجاه من هذه الحقول، كي لا يُقرأ أي اسم معكوسًا:</translation>
    </message>
    <message>
        <source>Direction-control characters removed</source>
        <translation>حُذفت أحرف التحكم في الاتجاه</translation>
    </message>
    <message numerus="yes">
        <source>Imported {count} customer(s) from {name}</source>
        <translation>
            <numerusform>لم يُستورد أي عميل من {name}</numerusform>
            <numerusform>استُورد عميل واحد من {name}</numerusform>
            <numerusform>استُورد عميلان من {name}</numerusform>
            <numerusform>استُورد {count} عملاء من {name}</numerusform>
            <numerusform>استُورد {count} عميلًا من {name}</numerusform>
            <numerusform>استُورد {count} عميل من {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no customer whose systems and contacts you can change.</source>
        <translation>لا يوجد عميل يمكنك تغيير أنظمته وجهات اتصاله.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>ملفات CSV (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Imported {count} row(s) from {name}</source>
        <translation>
            <numerusform>لم يُستورد أي صف من {name}</numerusform>
            <numerusform>استُورد صف واحد من {name}</numerusform>
            <numerusform>استُورد صفان من {name}</numerusform>
            <numerusform>استُوردت {count} صفوف من {name}</numerusform>
            <numerusform>استُورد {count} صفًا من {name}</numerusform>
            <numerusform>استُورد {count} صف من {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
    <message>
        <source>The file has problems; nothing was imported:</source>
        <translation>في الملف مشكلات؛ لم يُستورد شيء:</translation>
    </message>
    <message>
        <source>Export this customer as JSON</source>
        <translation>تصدير هذا العميل بصيغة JSON</translation>
    </message>
    <message>
        <source>Exported {name} to {path}</source>
        <translation>صُدّر {name} إلى {path}</translation>
    </message>
    <message>
        <source>Export the listed customers as JSON</source>
        <translation>تصدير العملاء المعروضين بصيغة JSON</translation>
    </message>
    <message numerus="yes">
        <source>Exported {count} customer(s) to {path}</source>
        <translation>
            <numerusform>لم يُصدَّر أي عميل إلى {path}</numerusform>
            <numerusform>صُدّر عميل واحد إلى {path}</numerusform>
            <numerusform>صُدّر عميلان إلى {path}</numerusform>
            <numerusform>صُدّر {count} عملاء إلى {path}</numerusform>
            <numerusform>صُدّر {count} عميلًا إلى {path}</numerusform>
            <numerusform>صُدّر {count} عميل إلى {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
</context>
<context>
    <name>ImportIncidentsDialog</name>
    <message>
        <source>Import incidents</source>
        <translation>استيراد الحوادث</translation>
    </message>
    <message>
        <source>Export file:</source>
        <translation>الملف المصدَّر:</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(لم يُختر شيء)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Column mapping:</source>
        <translation>ربط الأعمدة:</translation>
    </message>
    <message>
        <source>Load mapping…</source>
        <translation>تحميل الربط…</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>حفظ الربط…</translation>
    </message>
    <message>
        <source>Generic (README)</source>
        <translation>عام (README)</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>ربط محفوظ</translation>
    </message>
    <message>
        <source>Severities (value = severity):</source>
        <translation>الخطورة (القيمة = الخطورة):</translation>
    </message>
    <message>
        <source>Values meaning the service was down:</source>
        <translation>القيم التي تعني توقف الخدمة:</translation>
    </message>
    <message>
        <source>Time zone of times without one:</source>
        <translation>المنطقة الزمنية للأوقات التي بلا منطقة:</translation>
    </message>
    <message>
        <source>the customer&apos;s own</source>
        <translation>منطقة العميل</translation>
    </message>
    <message>
        <source>File the selected name under this customer</source>
        <translation>تسجيل الاسم المختار لهذا العميل</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Rows whose customer was not found</source>
        <translation>صفوف لم يُعثر على عميلها</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>تحميل الربط</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>ملفات الربط (*.json)</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>حفظ الربط</translation>
    </message>
    <message>
        <source>Ticket exports (*.csv *.xlsx *.txt)</source>
        <translation>ملفات التذاكر المصدَّرة (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>لم يُستورد شيء:</translation>
    </message>
    <message numerus="yes">
        <source>{added} added, {updated} updated, {unchanged} unchanged, {count} not matched to a customer</source>
        <translation>
            <numerusform>{added} مضافة، {updated} محدَّثة، {unchanged} دون تغيير، لا صفوف بلا عميل</numerusform>
            <numerusform>{added} مضافة، {updated} محدَّثة، {unchanged} دون تغيير، صف واحد بلا عميل</numerusform>
            <numerusform>{added} مضافة، {updated} محدَّثة، {unchanged} دون تغيير، صفان بلا عميل</numerusform>
            <numerusform>{added} مضافة، {updated} محدَّثة، {unchanged} دون تغيير، {count} صفوف بلا عميل</numerusform>
            <numerusform>{added} مضافة، {updated} محدَّثة، {unchanged} دون تغيير، {count} صفًا بلا عميل</numerusform>
            <numerusform>{added} مضافة، {updated} محدَّثة، {unchanged} دون تغيير، {count} صف بلا عميل</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: {ticket}: {customer}</source>
        <translation>السطر {line}: {ticket}: {customer}</translation>
    </message>
</context>
<context>
    <name>ImportTargetDialog</name>
    <message>
        <source>Only the customers you manage are listed: the systems and contacts of the others are changed by their own account manager and supporters.</source>
        <translation>لا يُعرض إلا العملاء الذين تدير حساباتهم: أما أنظمة العملاء الآخرين وجهات اتصالهم فيغيّرها مدير حساب العميل ومسؤولو الدعم الخاصون بكل منهم.</translation>
    </message>
    <message>
        <source>Only the customers you support are listed: the systems and contacts of the others are changed by their own account manager and supporters.</source>
        <translation>لا يُعرض إلا العملاء الذين تتولى دعمهم: أما أنظمة العملاء الآخرين وجهات اتصالهم فيغيّرها مدير حساب العميل ومسؤولو الدعم الخاصون بكل منهم.</translation>
    </message>
    <message>
        <source>Import systems from CSV</source>
        <translation>استيراد الأنظمة من CSV</translation>
    </message>
    <message>
        <source>Import contacts from CSV</source>
        <translation>استيراد جهات الاتصال من CSV</translation>
    </message>
    <message>
        <source>Into the &amp;customer:</source>
        <translation>إلى ال&amp;عميل:</translation>
    </message>
    <message>
        <source>Customer to import into</source>
        <translation>العميل الذي يُستورد إليه</translation>
    </message>
</context>
<context>
    <name>ImprovementDialog</name>
    <message>
        <source>Improvement item</source>
        <translation>بند تحسين</translation>
    </message>
    <message>
        <source>Set a date</source>
        <translation>تحديد تاريخ</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <source>Achieved against agreed</source>
        <translation>المتحقق مقابل المتفق عليه</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message numerus="yes">
        <source>{count} incident(s) opened in this period, {outages} with the service down</source>
        <translation>
            <numerusform>لم تُفتح حوادث في هذه الفترة (بتوقف الخدمة: {outages})</numerusform>
            <numerusform>فُتحت حادثة واحدة في هذه الفترة، {outages} منها بتوقف الخدمة</numerusform>
            <numerusform>فُتحت حادثتان في هذه الفترة، {outages} منهما بتوقف الخدمة</numerusform>
            <numerusform>فُتحت {count} حوادث في هذه الفترة، {outages} منها بتوقف الخدمة</numerusform>
            <numerusform>فُتحت {count} حادثة في هذه الفترة، {outages} منها بتوقف الخدمة</numerusform>
            <numerusform>فُتحت {count} حادثة في هذه الفترة، {outages} منها بتوقف الخدمة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue a new version</source>
        <translation>إصدار نسخة جديدة</translation>
    </message>
    <message>
        <source>List the changes since the signed version</source>
        <translation>سرد التغييرات منذ النسخة الموقَّعة</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>أ&amp;صدرها:</translation>
    </message>
    <message>
        <source>The version is made from the saved service file and never changes once issued.</source>
        <translation>تُنشأ النسخة من ملف الخدمة المحفوظ، ولا تتغير أبدًا بعد إصدارها.</translation>
    </message>
    <message>
        <source>The language&apos;s digits ({digits})</source>
        <translation>أرقام اللغة ({digits})</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>The team database answers again; the customers are read afresh.</source>
        <translation>قاعدة بيانات الفريق تستجيب مجددًا؛ قُرئ العملاء من جديد.</translation>
    </message>
    <message>
        <source>{who} deleted {name}; it is closed.</source>
        <translation>حذف {who} {name}؛ وقد أُغلق.</translation>
    </message>
    <message>
        <source>{who} saved {name}; it is shown as now saved.</source>
        <translation>حفظ {who} {name}؛ ويُعرض كما حُفظ الآن.</translation>
    </message>
    <message>
        <source>Deleted by {who}.</source>
        <translation>حذفه {who}.</translation>
    </message>
    <message>
        <source>Changed by {who}:</source>
        <translation>غيّره {who}:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AccountDesk</source>
        <translation>AccountDesk</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source>{name}[*] — {app}</source>
        <translation>{name}[*] — {app}</translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <translation>لم يعد هذا العميل موجودًا.</translation>
    </message>
    <message>
        <source>Open a customer (or find one with Ctrl+F) to see the supporter&apos;s card.</source>
        <translation>افتح عميلًا (أو ابحث عنه باستخدام Ctrl+F) لعرض بطاقة مسؤول الدعم.</translation>
    </message>
    <message>
        <source>AccountDesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>قواعد بيانات AccountDesk (*.sqlite3 *.db);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>Opened database {path}</source>
        <translation>فُتحت قاعدة البيانات {path}</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>لم تُنشأ نسخة احتياطية: {reason}</translation>
    </message>
    <message>
        <source>This database is damaged, so nothing was saved to it. Restore the newest good backup to go on working; changes that were not saved are then lost.</source>
        <translation>قاعدة البيانات هذه تالفة، لذا لم يُحفظ فيها شيء. استعد أحدث نسخة احتياطية سليمة لمواصلة العمل؛ وتضيع عندئذٍ التغييرات غير المحفوظة.</translation>
    </message>
    <message>
        <source>Replace the database {path} with the backup made on {date} ({customers})? The current file is kept as a copy first.</source>
        <translation>هل تريد أن تحل النسخة الاحتياطية المنشأة في {date} ({customers}) محل قاعدة البيانات {path}؟ يُحتفظ أولًا بنسخة من الملف الحالي.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>لم تتم الاستعادة</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>لم يُستعد شيء: {reason}</translation>
    </message>
    <message>
        <source>Restored the backup made on {date}.</source>
        <translation>استُعيدت النسخة الاحتياطية المنشأة في {date}.</translation>
    </message>
    <message>
        <source>The replaced file is kept as {path}.</source>
        <translation>حُفظ الملف المستبدَل باسم {path}.</translation>
    </message>
    <message>
        <source>Folder for the backups of this database</source>
        <translation>مجلد النسخ الاحتياطية لقاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>Backups of this database now go to {folder}</source>
        <translation>تُحفظ النسخ الاحتياطية لقاعدة البيانات هذه الآن في {folder}</translation>
    </message>
    <message>
        <source>About AccountDesk</source>
        <translation>حول AccountDesk</translation>
    </message>
    <message>
        <source>AccountDesk keeps one service file per customer — systems, contacts, escalation paths and the expectations agreed in the customer&apos;s own words — for account managers and dedicated supporters.

Database: {path}</source>
        <translation>يحفظ AccountDesk ملف خدمة واحدًا لكل عميل — الأنظمة وجهات الاتصال ومسارات التصعيد والتوقعات المتفق عليها بكلمات العميل نفسه — لمديري حسابات العملاء ومسؤولي الدعم المخصصين.

قاعدة البيانات: {path}</translation>
    </message>
    <message>
        <source>{app} ({where})</source>
        <translation>{app} ‏({where})</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Kickoff checklist: covered in this meeting</source>
        <translation>قائمة تحقق الانطلاق: ما غُطّي في هذا الاجتماع</translation>
    </message>
    <message>
        <source>Still missing from the service file:</source>
        <translation>ما زال ناقصًا في ملف الخدمة:</translation>
    </message>
    <message>
        <source>Still missing from the service file</source>
        <translation>ما زال ناقصًا في ملف الخدمة</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>بنود العمل</translation>
    </message>
    <message>
        <source>Nothing: the file has everything a kickoff needs.</source>
        <translation>لا شيء: في الملف كل ما يحتاجه اجتماع الانطلاق.</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Ready for a kickoff: the file has everything the checklist asks for.</source>
        <translation>جاهز لاجتماع الانطلاق: في الملف كل ما تطلبه قائمة التحقق.</translation>
    </message>
    <message>
        <source>Before a kickoff, the file still lacks:</source>
        <translation>قبل اجتماع الانطلاق، ما زال الملف يفتقر إلى:</translation>
    </message>
    <message>
        <source>Still missing before a kickoff</source>
        <translation>ما زال ناقصًا قبل الانطلاق</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>and {count} more, listed below</source>
        <translation>
            <numerusform>ولا شيء آخر</numerusform>
            <numerusform>وعنصر آخر في القائمة أدناه</numerusform>
            <numerusform>وعنصران آخران في القائمة أدناه</numerusform>
            <numerusform>و{count} عناصر أخرى في القائمة أدناه</numerusform>
            <numerusform>و{count} عنصرًا آخر في القائمة أدناه</numerusform>
            <numerusform>و{count} عنصر آخر في القائمة أدناه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and {count} more on the home view</source>
        <translation>
            <numerusform>ولا شيء آخر</numerusform>
            <numerusform>وعنصر آخر في الصفحة الرئيسية</numerusform>
            <numerusform>وعنصران آخران في الصفحة الرئيسية</numerusform>
            <numerusform>و{count} عناصر أخرى في الصفحة الرئيسية</numerusform>
            <numerusform>و{count} عنصرًا آخر في الصفحة الرئيسية</numerusform>
            <numerusform>و{count} عنصر آخر في الصفحة الرئيسية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} item(s) due today or overdue</source>
        <translation>
            <numerusform>لا عناصر مستحقة اليوم أو متأخرة</numerusform>
            <numerusform>عنصر واحد مستحق اليوم أو متأخر</numerusform>
            <numerusform>عنصران مستحقان اليوم أو متأخران</numerusform>
            <numerusform>{count} عناصر مستحقة اليوم أو متأخرة</numerusform>
            <numerusform>{count} عنصرًا مستحقًا اليوم أو متأخرًا</numerusform>
            <numerusform>{count} عنصر مستحق اليوم أو متأخر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <source>{count} minute(s) ago</source>
        <translation>
            <numerusform>قبل أقل من دقيقة</numerusform>
            <numerusform>قبل دقيقة</numerusform>
            <numerusform>قبل دقيقتين</numerusform>
            <numerusform>قبل {count} دقائق</numerusform>
            <numerusform>قبل {count} دقيقة</numerusform>
            <numerusform>قبل {count} دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} hour(s) ago</source>
        <translation>
            <numerusform>قبل أقل من ساعة</numerusform>
            <numerusform>قبل ساعة</numerusform>
            <numerusform>قبل ساعتين</numerusform>
            <numerusform>قبل {count} ساعات</numerusform>
            <numerusform>قبل {count} ساعة</numerusform>
            <numerusform>قبل {count} ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} day(s) ago</source>
        <translation>
            <numerusform>قبل أقل من يوم</numerusform>
            <numerusform>قبل يوم</numerusform>
            <numerusform>قبل يومين</numerusform>
            <numerusform>قبل {count} أيام</numerusform>
            <numerusform>قبل {count} يومًا</numerusform>
            <numerusform>قبل {count} يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>الدعم</translation>
    </message>
    <message>
        <source>People and review</source>
        <translation>الأشخاص والمراجعة</translation>
    </message>
    <message>
        <source>Times as HH:MM; cover ending at {midnight} (or {zero}) lasts until midnight.</source>
        <translation>اكتب الأوقات بالصيغة HH:MM؛ والتغطية المنتهية عند {midnight} (أو {zero}) تمتد حتى منتصف الليل.</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>تحرير {field}</translation>
    </message>
    <message>
        <source>service window</source>
        <translation>نافذة الخدمة</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Record signatures on paper</source>
        <translation>تسجيل التوقيعات الورقية</translation>
    </message>
    <message>
        <source>optional: a PDF or an image of the signed copy</source>
        <translation>اختياري: ملف PDF أو صورة للنسخة الموقَّعة</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>ال&amp;مسح الضوئي:</translation>
    </message>
    <message>
        <source>Signed for the {side} side</source>
        <translation>موقَّع عن جهة {side}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>تاريخ التوقيع:</translation>
    </message>
    <message>
        <source>The scan of the signed copy</source>
        <translation>المسح الضوئي للنسخة الموقَّعة</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)</source>
        <translation>المسوح الضوئية (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <source>Choose at least one side that signed.</source>
        <translation>اختر جهة موقِّعة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Write the name of each signatory.</source>
        <translation>اكتب اسم كل موقِّع.</translation>
    </message>
    <message>
        <source>The scan {path} cannot be found.</source>
        <translation>لم يُعثر على المسح الضوئي {path}.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>The service file of “{name}” has changes that are not saved.</source>
        <translation>في ملف خدمة «{name}» تغييرات غير محفوظة.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete “{what}”?</source>
        <translation>هل تريد حذف «{what}»؟</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;معاينة</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;إصدار…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>No improvement item yet</source>
        <translation>لم يُسجَّل بند تحسين بعد</translation>
    </message>
    <message>
        <source>Improvement item</source>
        <translation>بند تحسين</translation>
    </message>
    <message>
        <source>The report could not be made: {reason}</source>
        <translation>تعذّر إعداد التقرير: {reason}</translation>
    </message>
    <message>
        <source>Save the file first: an issued report is made from it.</source>
        <translation>احفظ الملف أولًا: التقرير الصادر يُعدّ منه.</translation>
    </message>
    <message>
        <source>Issued report version {number} · SHA-256 {hash}</source>
        <translation>صدرت النسخة {number} من التقرير – SHA-256 {hash}</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message numerus="yes">
        <source>{count} missed promise(s) without an improvement item</source>
        <translation>
            <numerusform>لا وعود غير موفى بها بلا بند تحسين</numerusform>
            <numerusform>وعد واحد غير موفى به بلا بند تحسين</numerusform>
            <numerusform>وعدان غير موفى بهما بلا بند تحسين</numerusform>
            <numerusform>{count} وعود غير موفى بها بلا بند تحسين</numerusform>
            <numerusform>{count} وعدًا غير موفى به بلا بند تحسين</numerusform>
            <numerusform>{count} وعد غير موفى به بلا بند تحسين</numerusform>
        </translation>
    </message>
    <message>
        <source>pages: {pages} · content ID {id}</source>
        <translation>الصفحات: {pages} – معرّف المحتوى {id}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>cannot be read</source>
        <translation>تتعذّر قراءته</translation>
    </message>
    <message numerus="yes">
        <source>{count} customer(s)</source>
        <translation>
            <numerusform>لا عملاء</numerusform>
            <numerusform>عميل واحد</numerusform>
            <numerusform>عميلان</numerusform>
            <numerusform>{count} عملاء</numerusform>
            <numerusform>{count} عميلًا</numerusform>
            <numerusform>{count} عميل</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backups in {folder}, newest first. Restoring replaces the whole database; the current file is kept as a copy first.</source>
        <translation>النسخ الاحتياطية في {folder}، الأحدث أولًا. الاستعادة تستبدل قاعدة البيانات كاملة؛ ويُحتفظ أولًا بنسخة من الملف الحالي.</translation>
    </message>
    <message>
        <source>There are no backups in {folder}.</source>
        <translation>لا نسخ احتياطية في {folder}.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل لأ&amp;على</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>نقل لأ&amp;سفل</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Customers ({count})</source>
        <translation>العملاء ({count})</translation>
    </message>
    <message>
        <source>Systems ({count})</source>
        <translation>الأنظمة ({count})</translation>
    </message>
    <message>
        <source>Contacts ({count})</source>
        <translation>جهات الاتصال ({count})</translation>
    </message>
    <message>
        <source>Enter opens the service file; Ctrl+Enter opens the supporter&apos;s card</source>
        <translation>Enter يفتح ملف الخدمة؛ أما Ctrl+Enter فيفتح بطاقة مسؤول الدعم</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Find a customer, system or contact (Ctrl+F)</source>
        <translation>البحث عن عميل أو نظام أو جهة اتصال (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>Supporter&apos;s card for the selected result (Ctrl+Enter)</source>
        <translation>بطاقة مسؤول الدعم للنتيجة المحددة (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Open the supporter&apos;s card</source>
        <translation>فتح بطاقة مسؤول الدعم</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
</context>
<context>
    <name>SectionTab</name>
    <message>
        <source>Add {what}</source>
        <translation>إضافة {what}</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>تحرير {what}</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>حذف {what}</translation>
    </message>
    <message>
        <source>Reorder {what}</source>
        <translation>إعادة ترتيب {what}</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <source>escalation path</source>
        <translation>مسار تصعيد</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <source>system</source>
        <translation>نظام</translation>
    </message>
    <message>
        <source>expectation</source>
        <translation>توقع</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>التغذية الراجعة</translation>
    </message>
</context>
<context>
    <name>ServerProblemDialog</name>
    <message>
        <source>The database server cannot be reached</source>
        <translation>تعذّر الوصول إلى خادم قاعدة البيانات</translation>
    </message>
    <message>
        <source>The database server refused the login</source>
        <translation>رفض خادم قاعدة البيانات الدخول</translation>
    </message>
    <message>
        <source>The database does not exist</source>
        <translation>قاعدة البيانات غير موجودة</translation>
    </message>
    <message>
        <source>No AccountDesk database there yet</source>
        <translation>لا توجد قاعدة بيانات AccountDesk هناك بعد</translation>
    </message>
    <message>
        <source>The team database cannot be opened</source>
        <translation>تعذّر فتح قاعدة بيانات الفريق</translation>
    </message>
    <message numerus="yes">
        <source>A read-only copy of the {count} customer(s) you opened recently is kept on this computer, from {age}.</source>
        <translation>
            <numerusform>توجد على هذا الحاسوب نسخة للقراءة فقط من العملاء الذين فتحتهم مؤخرًا، من {age}.</numerusform>
            <numerusform>توجد على هذا الحاسوب نسخة للقراءة فقط من العميل الذي فتحته مؤخرًا، من {age}.</numerusform>
            <numerusform>توجد على هذا الحاسوب نسخة للقراءة فقط من العميلَين اللذين فتحتهما مؤخرًا، من {age}.</numerusform>
            <numerusform>توجد على هذا الحاسوب نسخة للقراءة فقط من {count} عملاء فتحتهم مؤخرًا، من {age}.</numerusform>
            <numerusform>توجد على هذا الحاسوب نسخة للقراءة فقط من {count} عميلًا فتحتهم مؤخرًا، من {age}.</numerusform>
            <numerusform>توجد على هذا الحاسوب نسخة للقراءة فقط من {count} عميل فتحتهم مؤخرًا، من {age}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the &amp;copy (read-only)</source>
        <translation>فتح ال&amp;نسخة (للقراءة فقط)</translation>
    </message>
    <message>
        <source>Open the &amp;local database</source>
        <translation>فتح قاعدة البيانات الم&amp;حلية</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>CHANGED — DO NOT TRUST</source>
        <translation>تغيَّر — لا تعتمد عليه</translation>
    </message>
    <message>
        <source>Hashes match</source>
        <translation>البصمات متطابقة</translation>
    </message>
    <message>
        <source>signatures valid</source>
        <translation>التوقيعات صالحة</translation>
    </message>
</context>
<context>
    <name>SigningPanel</name>
    <message>
        <source>&amp;Issue version…</source>
        <translation>إ&amp;صدار نسخة…</translation>
    </message>
    <message>
        <source>Signed on &amp;paper…</source>
        <translation>موقَّع على ال&amp;ورق…</translation>
    </message>
    <message>
        <source>&amp;Draw signature…</source>
        <translation>&amp;رسم توقيع…</translation>
    </message>
    <message>
        <source>Sign di&amp;gitally…</source>
        <translation>التوقيع ر&amp;قميًا…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>حفظ &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>إعادة ال&amp;تحقق</translation>
    </message>
    <message>
        <source>WARNING: a stored summary was changed after it was issued or signed. Do not rely on it.</source>
        <translation>تحذير: تغيَّر محضر مخزَّن بعد إصداره أو توقيعه. لا تعتمد عليه.</translation>
    </message>
    <message>
        <source>WARNING: a stored report was changed after it was issued or signed. Do not rely on it.</source>
        <translation>تحذير: تغيَّر تقرير مخزَّن بعد إصداره أو توقيعه. لا تعتمد عليه.</translation>
    </message>
    <message>
        <source>Version {number}: {problem}</source>
        <translation>النسخة {number}: {problem}</translation>
    </message>
    <message>
        <source>Version {number}: {status}</source>
        <translation>النسخة {number}: {status}</translation>
    </message>
    <message>
        <source>SHA-256 of the issued PDF:</source>
        <translation>بصمة SHA-256 لملف PDF الصادر:</translation>
    </message>
    <message>
        <source>SHA-256 of the service-file snapshot:</source>
        <translation>بصمة SHA-256 للقطة ملف الخدمة:</translation>
    </message>
    <message>
        <source>SHA-256 of the signed PDF:</source>
        <translation>بصمة SHA-256 لملف PDF الموقَّع:</translation>
    </message>
    <message>
        <source>scan attached: {name}</source>
        <translation>مسح ضوئي مرفق: {name}</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>صالح</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>غير صالح</translation>
    </message>
    <message>
        <source>covers the whole document</source>
        <translation>يشمل المستند كله</translation>
    </message>
    <message>
        <source>covers the revision it signed; only signatures and form filling after it</source>
        <translation>يشمل المراجعة التي وقَّعها؛ وبعدها توقيعات وتعبئة نماذج فقط</translation>
    </message>
    <message>
        <source>certificate trusted</source>
        <translation>الشهادة موثوقة</translation>
    </message>
    <message>
        <source>certificate not trusted on this computer</source>
        <translation>الشهادة غير موثوقة على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Digital signature of {signer}</source>
        <translation>التوقيع الرقمي لـ{signer}</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>لم يُوقَّع بعد.</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>التوقيعات:</translation>
    </message>
    <message>
        <source>Changes since version {number}:</source>
        <translation>التغييرات منذ النسخة {number}:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Could not do that: {reason}</source>
        <translation>تعذّر ذلك: {reason}</translation>
    </message>
    <message>
        <source>Save the service file first: a version is made from the saved file.</source>
        <translation>احفظ ملف الخدمة أولًا: تُنشأ النسخة من الملف المحفوظ.</translation>
    </message>
    <message>
        <source>A new version was issued.</source>
        <translation>صدرت نسخة جديدة.</translation>
    </message>
    <message>
        <source>Could not read the scan: {reason}</source>
        <translation>تعذّرت قراءة المسح الضوئي: {reason}</translation>
    </message>
    <message>
        <source>The signatures on paper were recorded.</source>
        <translation>سُجّلت التوقيعات الورقية.</translation>
    </message>
    <message>
        <source>The drawn signature was added to the document.</source>
        <translation>أُضيف التوقيع المرسوم إلى المستند.</translation>
    </message>
    <message>
        <source>Could not read the certificate: {reason}</source>
        <translation>تعذّرت قراءة الشهادة: {reason}</translation>
    </message>
    <message>
        <source>The document was signed digitally.</source>
        <translation>وُقّع المستند رقميًا.</translation>
    </message>
    <message>
        <source>Save the summary version</source>
        <translation>حفظ نسخة المحضر</translation>
    </message>
    <message>
        <source>Save the report version</source>
        <translation>حفظ نسخة التقرير</translation>
    </message>
    <message>
        <source>Report version {number}</source>
        <translation>نسخة التقرير {number}</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Summary version {number}</source>
        <translation>نسخة المحضر {number}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>حُفظ {path}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>AccountDesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>قواعد بيانات AccountDesk (*.sqlite3 *.db);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
</context>
<context>
    <name>SummariesTab</name>
    <message>
        <source>Summaries</source>
        <translation>المحاضر</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Generate draft</source>
        <translation>إ&amp;نشاء مسودة</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;حفظ باسم…</translation>
    </message>
    <message>
        <source>&amp;Open in viewer</source>
        <translation>&amp;فتح في العارض</translation>
    </message>
    <message>
        <source>The language&apos;s digits ({digits})</source>
        <translation>أرقام اللغة ({digits})</translation>
    </message>
    <message>
        <source>Write numbers and dates with the document language&apos;s own digits</source>
        <translation>كتابة الأعداد والتواريخ بأرقام لغة المستند نفسها</translation>
    </message>
    <message>
        <source>Summary draft ready</source>
        <translation>مسودة المحضر جاهزة</translation>
    </message>
    <message>
        <source>The summary could not be generated: {reason}</source>
        <translation>تعذّر إنشاء المحضر: {reason}</translation>
    </message>
    <message>
        <source>Generating the summary…</source>
        <translation>جارٍ إنشاء المحضر…</translation>
    </message>
    <message>
        <source>Generate a draft to preview the expectation-alignment summary.</source>
        <translation>أنشئ مسودة لمعاينة محضر مواءمة التوقعات.</translation>
    </message>
    <message>
        <source>Draft · pages: {pages} · content ID {id}</source>
        <translation>مسودة – الصفحات: {pages} – معرّف المحتوى {id}</translation>
    </message>
    <message>
        <source>The file has changed since; generate again to include the changes.</source>
        <translation>تغيَّر الملف منذ ذلك الحين؛ أعد الإنشاء لتضمين التغييرات.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>تعذّر تشغيل الطابعة.</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>حفظ المحضر</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>تعذّر حفظ {path}: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>حُفظ {path}</translation>
    </message>
    <message>
        <source>No application to open PDF files was found.</source>
        <translation>لم يُعثر على تطبيق لفتح ملفات PDF.</translation>
    </message>
    <message>
        <source>Summary – {customer}</source>
        <translation>المحضر – {customer}</translation>
    </message>
</context>
<context>
    <name>SupporterCard</name>
    <message>
        <source>Supporter&apos;s card — {name}</source>
        <translation>بطاقة مسؤول الدعم — {name}</translation>
    </message>
    <message>
        <source>Supporter&apos;s card</source>
        <translation>بطاقة مسؤول الدعم</translation>
    </message>
    <message>
        <source>Dedicated supporter: {name}</source>
        <translation>مسؤول الدعم المخصص: {name}</translation>
    </message>
    <message>
        <source>Backup supporter: {name}</source>
        <translation>مسؤول الدعم البديل: {name}</translation>
    </message>
    <message>
        <source>Account manager: {name}</source>
        <translation>مدير حساب العميل: {name}</translation>
    </message>
    <message>
        <source>Service window: {window}</source>
        <translation>نافذة الخدمة: {window}</translation>
    </message>
    <message>
        <source>Support level: {level} · criticality to them: {criticality} · knowledge: {knowledge}</source>
        <translation>مستوى الدعم: {level} – درجة الحرجية لديهم: {criticality} – المعرفة: {knowledge}</translation>
    </message>
    <message>
        <source>No systems recorded.</source>
        <translation>لا أنظمة مسجَّلة.</translation>
    </message>
    <message>
        <source>{field} of {name}</source>
        <translation>{field} لـ{name}</translation>
    </message>
    <message>
        <source>host</source>
        <translation>المضيف</translation>
    </message>
    <message>
        <source>address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation>لا جهات اتصال مسجَّلة.</translation>
    </message>
    <message>
        <source>Prefers: {channel}</source>
        <translation>القناة المفضَّلة: {channel}</translation>
    </message>
    <message>
        <source>reachable: {hours}</source>
        <translation>أوقات التواصل: {hours}</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>phone of {name}</source>
        <translation>هاتف {name}</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>mobile of {name}</source>
        <translation>جوال {name}</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>e-mail of {name}</source>
        <translation>البريد الإلكتروني لـ{name}</translation>
    </message>
    <message>
        <source>Copied {what}: {value}</source>
        <translation>نُسخ {what}: {value}</translation>
    </message>
    <message>
        <source>Escalation if raised now ({moment})</source>
        <translation>التصعيد إن طُرح الآن ({moment})</translation>
    </message>
    <message>
        <source>No escalation path recorded.</source>
        <translation>لا مسار تصعيد مسجَّل.</translation>
    </message>
    <message>
        <source>{severity} — {side}&apos;s chain</source>
        <translation>{severity} — سلسلة {side}</translation>
    </message>
    <message>
        <source>In scope:</source>
        <translation>ضمن النطاق:</translation>
    </message>
    <message>
        <source>Out of scope:</source>
        <translation>خارج النطاق:</translation>
    </message>
</context>
<context>
    <name>TeamDatabases</name>
    <message>
        <source>Your role in this team database is now manager: you can change every customer&apos;s file and the staff list.</source>
        <translation>دورك في قاعدة بيانات الفريق الآن هو المدير: يمكنك تغيير ملف كل عميل وقائمة الموظفين.</translation>
    </message>
    <message>
        <source>Your role in this team database is now account manager: you can add customers and change the files of the customers you manage.</source>
        <translation>دورك في قاعدة بيانات الفريق الآن هو مدير حساب العميل: يمكنك إضافة عملاء وتغيير ملفات العملاء الذين تدير حساباتهم.</translation>
    </message>
    <message>
        <source>Your role in this team database is now supporter: you can change the systems, contacts and notes of the customers you support.</source>
        <translation>دورك في قاعدة بيانات الفريق الآن هو مسؤول دعم: يمكنك تغيير أنظمة العملاء الذين تتولى دعمهم وجهات اتصالهم وملاحظاتهم.</translation>
    </message>
    <message>
        <source>Your role in this team database is now auditor: you can read every customer&apos;s file but not change it.</source>
        <translation>دورك في قاعدة بيانات الفريق الآن هو المراجع: يمكنك قراءة ملف كل عميل دون تغييره.</translation>
    </message>
    <message>
        <source>You no longer have a role in this team database: ask its manager for one to read or change customers.</source>
        <translation>لم يعد لك دور في قاعدة بيانات الفريق: اطلب دورًا من مديرها لتقرأ العملاء أو تغيّرهم.</translation>
    </message>
    <message>
        <source>Connected to the team database {url}</source>
        <translation>تم الاتصال بقاعدة بيانات الفريق {url}</translation>
    </message>
    <message>
        <source>Offline copy of {url}, from {age} (read-only)</source>
        <translation>نسخة غير متصلة من {url}، من {age} (للقراءة فقط)</translation>
    </message>
    <message>
        <source>The team database {url} cannot be reached. This is the copy kept on this computer of the customers you opened recently, from {age}. Nothing can be changed in it: connect again (File → Connect to a team database…) to make changes.</source>
        <translation>تعذّر الوصول إلى قاعدة بيانات الفريق {url}. هذه هي النسخة المحفوظة على هذا الحاسوب من العملاء الذين فتحتهم مؤخرًا، من {age}. لا يمكن تغيير شيء فيها: اتصل مجددًا (ملف ← الاتصال بقاعدة بيانات الفريق…) لإجراء التغييرات.</translation>
    </message>
    <message>
        <source>Team database: {url}</source>
        <translation>قاعدة بيانات الفريق: {url}</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>قاعدة البيانات: {path}</translation>
    </message>
    <message>
        <source>offline copy from {age}</source>
        <translation>نسخة غير متصلة من {age}</translation>
    </message>
    <message>
        <source>The offline copy was not updated: {reason}</source>
        <translation>لم تُحدَّث النسخة غير المتصلة: {reason}</translation>
    </message>
</context>
</TS>
