<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New customer</source>
        <translation>مشتری &amp;جدید</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>Import customers from &amp;JSON…</source>
        <translation>وارد کردن مشتریان از &amp;JSON…</translation>
    </message>
    <message>
        <source>Import &amp;systems from CSV…</source>
        <translation>وارد کردن &amp;سامانه‌ها از CSV…</translation>
    </message>
    <message>
        <source>Import &amp;contacts from CSV…</source>
        <translation>وارد کردن &amp;مخاطبان از CSV…</translation>
    </message>
    <message>
        <source>Import &amp;incidents from a helpdesk…</source>
        <translation>وارد کردن &amp;حادثه‌ها از سامانه تیکت…</translation>
    </message>
    <message>
        <source>&amp;Export this customer as JSON…</source>
        <translation>&amp;صدور این مشتری به‌صورت JSON…</translation>
    </message>
    <message>
        <source>&amp;Archive this customer</source>
        <translation>&amp;بایگانی این مشتری</translation>
    </message>
    <message>
        <source>&amp;Bring back from archive</source>
        <translation>&amp;بازگرداندن از بایگانی</translation>
    </message>
    <message>
        <source>&amp;Delete this customer…</source>
        <translation>&amp;حذف این مشتری…</translation>
    </message>
    <message>
        <source>Export the &amp;listed customers as JSON…</source>
        <translation>صدور مشتریان &amp;فهرست‌شده به‌صورت JSON…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>پایگاه &amp;داده جدید…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;باز کردن پایگاه داده…</translation>
    </message>
    <message>
        <source>Connect to a &amp;team database…</source>
        <translation>اتصال به پایگاه داده &amp;تیمی…</translation>
    </message>
    <message>
        <source>Open &amp;local database</source>
        <translation>باز کردن پایگاه داده &amp;محلی</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>&amp;بازگردانی از نسخه پشتیبان…</translation>
    </message>
    <message>
        <source>Backup fol&amp;der…</source>
        <translation>&amp;پوشه نسخه‌های پشتیبان…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;جست‌وجو…</translation>
    </message>
    <message>
        <source>Supporter&apos;s &amp;card</source>
        <translation>&amp;کارت پشتیبان</translation>
    </message>
    <message>
        <source>&amp;Home: this week</source>
        <translation>&amp;خانه: این هفته</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications of what falls due</source>
        <translation>&amp;اعلان‌های دسکتاپ برای کارهای سررسیده</translation>
    </message>
    <message>
        <source>&amp;About AccountDesk</source>
        <translation>&amp;درباره AccountDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>پایگاه‌های داده &amp;اخیر</translation>
    </message>
    <message>
        <source>Recent team data&amp;bases</source>
        <translation>پایگاه‌های داده تیمی ا&amp;خیر</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>Native &amp;digits ({digits})</source>
        <translation>ارقام &amp;فارسی ({digits})</translation>
    </message>
    <message>
        <source>Solar &amp;Hijri calendar</source>
        <translation>تقویم &amp;هجری شمسی</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;واگرد: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;ازنو: {what}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved elsewhere first</source>
        <translation>پیش‌تر در جای دیگری ذخیره شده</translation>
    </message>
    <message>
        <source>“{name}” was deleted in another window or by another user since you opened it. Your changes are not saved. Keep a copy of your version:</source>
        <translation>«{name}» از زمانی که آن را باز کردید، در پنجره‌ای دیگر یا به دست کاربری دیگر حذف شده است. تغییرات شما ذخیره نشده‌اند. یک نسخه از تغییرات خود نگه دارید:</translation>
    </message>
    <message>
        <source>“{name}” was changed and saved in another window or by another user since you opened it. Your changes are not saved yet, and nothing was overwritten. What now?</source>
        <translation>«{name}» از زمانی که آن را باز کردید، در پنجره‌ای دیگر یا به دست کاربری دیگر تغییر کرده و ذخیره شده است. تغییرات شما هنوز ذخیره نشده‌اند و چیزی بازنویسی نشده است. اکنون چه کنیم؟</translation>
    </message>
    <message>
        <source>&amp;Reload theirs (discard mine)</source>
        <translation>&amp;بارگذاری نسخه آن‌ها (کنار گذاشتن نسخه من)</translation>
    </message>
    <message>
        <source>Keep a copy of mine as a &amp;new customer</source>
        <translation>نگه‌داشتن نسخه من به‌عنوان مشتری &amp;جدید</translation>
    </message>
    <message>
        <source>Keep a copy of mine in a &amp;JSON file…</source>
        <translation>نگه‌داشتن نسخه من در یک فایل &amp;JSON…</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team database</source>
        <translation>اتصال به پایگاه داده تیمی</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>نشانی URL</translation>
    </message>
    <message>
        <source>Server details</source>
        <translation>مشخصات سرور</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>نشانی &amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;میزبان:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;درگاه:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;پایگاه داده:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;کاربر:</translation>
    </message>
    <message>
        <source>&amp;TLS (sslmode):</source>
        <translation>&amp;TLS ‏(sslmode):</translation>
    </message>
    <message>
        <source>&amp;CA certificate (sslrootcert):</source>
        <translation>&amp;گواهی CA ‏(sslrootcert):</translation>
    </message>
    <message>
        <source>libpq&apos;s default</source>
        <translation>پیش‌فرض libpq</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <source>A password typed here is used for this connection only and never stored. Leave it empty to use ~/.pgpass, PGPASSFILE, a PGSERVICE service file or Kerberos, as every PostgreSQL tool does.</source>
        <translation>گذرواژه‌ای که اینجا وارد می‌شود فقط برای همین اتصال به کار می‌رود و هرگز ذخیره نمی‌شود. اگر خالی بماند، مانند همه ابزارهای PostgreSQL از ‎~/.pgpass‎، PGPASSFILE، فایل سرویس PGSERVICE یا Kerberos استفاده می‌شود.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;اتصال</translation>
    </message>
    <message>
        <source>URL: give a PostgreSQL URL, such as postgresql://host/dbname</source>
        <translation>نشانی URL: یک نشانی PostgreSQL وارد کنید، مانند ‎postgresql://host/dbname‎</translation>
    </message>
    <message>
        <source>Host: required (the server&apos;s name or address)</source>
        <translation>میزبان: الزامی است (نام یا نشانی سرور)</translation>
    </message>
    <message>
        <source>Database: required (its name on the server)</source>
        <translation>پایگاه داده: الزامی است (نام آن روی سرور)</translation>
    </message>
</context>
<context>
    <name>CustomerLifecycle</name>
    <message>
        <source>Open a saved customer first.</source>
        <translation>ابتدا یک مشتری ذخیره‌شده را باز کنید.</translation>
    </message>
    <message>
        <source>Archived {name}; “Bring back from archive” undoes it.</source>
        <translation>{name} بایگانی شد؛ «بازگرداندن از بایگانی» آن را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>{name} is back in the customer list.</source>
        <translation>{name} به فهرست مشتریان برگشت.</translation>
    </message>
    <message>
        <source>That customer no longer exists; the list is refreshed.</source>
        <translation>این مشتری دیگر وجود ندارد؛ فهرست به‌روز شد.</translation>
    </message>
    <message numerus="yes">
        <source>{count} signed summary version(s)</source>
        <translation>
            <numerusform>{count} نسخه امضاشده صورتجلسه</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{name}” for good? Its whole service file, {versions} and its history are deleted with it; this cannot be undone. Export the service file first to keep a copy.</source>
        <translation>«{name}» برای همیشه حذف شود؟ کل پرونده خدمت، {versions} و تاریخچه آن همراهش حذف می‌شوند و این کار برگشت‌پذیر نیست. برای نگه داشتن یک نسخه، ابتدا پرونده خدمت را صادر کنید.</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>حذف مشتری</translation>
    </message>
    <message>
        <source>&amp;Export first…</source>
        <translation>ابتدا &amp;صادر کنید…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>حذف نشد</translation>
    </message>
    <message>
        <source>{name} was changed elsewhere meanwhile; open it again to see the change.</source>
        <translation>{name} در این فاصله جای دیگری تغییر کرده است؛ برای دیدن تغییر، آن را دوباره باز کنید.</translation>
    </message>
    <message>
        <source>Deleted {name}</source>
        <translation>{name} حذف شد</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <source>Review overdue</source>
        <translation>بازبینی عقب افتاده</translation>
    </message>
    <message>
        <source>No signed summary</source>
        <translation>بدون صورتجلسه امضاشده</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (بایگانی‌شده)</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>&amp;My customers:</source>
        <translation>&amp;مشتریان من:</translation>
    </message>
    <message>
        <source>My customers: supporter</source>
        <translation>مشتریان من: پشتیبان</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Review &amp;overdue</source>
        <translation>بازبینی &amp;عقب‌افتاده</translation>
    </message>
    <message>
        <source>Only customers whose review is overdue</source>
        <translation>فقط مشتریانی که بازبینی‌شان عقب افتاده است</translation>
    </message>
    <message>
        <source>No &amp;signed summary</source>
        <translation>بدون صورتجلسه &amp;امضاشده</translation>
    </message>
    <message>
        <source>Only customers without a signed summary</source>
        <translation>فقط مشتریانی که صورتجلسه امضاشده ندارند</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>نمایش &amp;بایگانی‌شده‌ها</translation>
    </message>
    <message>
        <source>Show archived customers too</source>
        <translation>مشتریان بایگانی‌شده هم نشان داده شوند</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message numerus="yes">
        <source>{count} customers</source>
        <translation>
            <numerusform>{count} مشتری</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>پایگاه داده باز نمی‌شود</translation>
    </message>
    <message>
        <source>AccountDesk cannot use the database {path}:</source>
        <translation>AccountDesk نمی‌تواند از پایگاه داده {path} استفاده کند:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>علت</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;باز کردن فایلی دیگر…</translation>
    </message>
    <message>
        <source>&amp;Create a new database…</source>
        <translation>&amp;ایجاد پایگاه داده جدید…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>This record was changed after this dialog opened (in another dialog, by Undo or by a reload). Save your version over it, or discard your changes?</source>
        <translation>این رکورد پس از باز شدن این پنجره تغییر کرده است (در پنجره‌ای دیگر، با واگرد یا با بارگذاری دوباره). نسخه خودتان را جایگزین آن می‌کنید یا تغییراتتان را کنار می‌گذارید؟</translation>
    </message>
    <message>
        <source>This record was removed after this dialog opened (in another dialog, by Undo or by a reload). Add your version back, or discard it?</source>
        <translation>این رکورد پس از باز شدن این پنجره حذف شده است (در پنجره‌ای دیگر، با واگرد یا با بارگذاری دوباره). نسخه خودتان را دوباره اضافه می‌کنید یا آن را کنار می‌گذارید؟</translation>
    </message>
    <message>
        <source>The service file of this record is no longer open, so your changes cannot be kept. Discard them?</source>
        <translation>پرونده خدمت این رکورد دیگر باز نیست و تغییرات شما نگه داشته نمی‌شود. آن‌ها را کنار می‌گذارید؟</translation>
    </message>
    <message>
        <source>Changed since opened</source>
        <translation>پس از باز شدن تغییر کرده است</translation>
    </message>
</context>
<context>
    <name>DigitalDialog</name>
    <message>
        <source>Sign digitally</source>
        <translation>امضای دیجیتال</translation>
    </message>
    <message>
        <source>default: the name in the certificate</source>
        <translation>پیش‌فرض: نام درج‌شده در گواهی</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>مرور…</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;طرف:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;سمت:</translation>
    </message>
    <message>
        <source>&amp;Certificate (.p12):</source>
        <translation>&amp;گواهی (‎.p12):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <source>Your certificate</source>
        <translation>گواهی شما</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx)</source>
        <translation>گواهی‌های PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Choose the certificate file (.p12 or .pfx).</source>
        <translation>فایل گواهی (‎.p12 یا ‎.pfx) را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The certificate file {path} cannot be found.</source>
        <translation>فایل گواهی {path} پیدا نشد.</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <source>Draw a signature</source>
        <translation>کشیدن امضا</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>صفحه امضا</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;پاک کردن</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;طرف:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;سمت:</translation>
    </message>
    <message>
        <source>Sign here:</source>
        <translation>اینجا امضا کنید:</translation>
    </message>
    <message>
        <source>Write the signatory&apos;s name.</source>
        <translation>نام امضاکننده را بنویسید.</translation>
    </message>
    <message>
        <source>Draw the signature on the pad first.</source>
        <translation>ابتدا امضا را روی صفحه بکشید.</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <source>level {number}</source>
        <translation>سطح {number}</translation>
    </message>
    <message>
        <source>Levels, in the order they are called</source>
        <translation>سطوح، به ترتیب فراخوانی</translation>
    </message>
    <message>
        <source>When each level is called</source>
        <translation>زمان فراخوانی هر سطح</translation>
    </message>
    <message>
        <source>Raised at ({zone}):</source>
        <translation>زمان ثبت ({zone}):</translation>
    </message>
    <message>
        <source>Raised on (day)</source>
        <translation>روز ثبت</translation>
    </message>
    <message>
        <source>Raised at (time)</source>
        <translation>ساعت ثبت</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>اکنون</translation>
    </message>
    <message>
        <source>Raised now</source>
        <translation>ثبت در همین لحظه</translation>
    </message>
    <message>
        <source>Escalation timeline</source>
        <translation>خط زمانی ارجاع</translation>
    </message>
    <message>
        <source>Write the time as HH:MM.</source>
        <translation>ساعت را به‌صورت HH:MM بنویسید.</translation>
    </message>
</context>
<context>
    <name>EscalationTab</name>
    <message>
        <source>Select a path to see when each level would be called.</source>
        <translation>یک مسیر را انتخاب کنید تا ببینید هر سطح چه زمانی فراخوانی می‌شود.</translation>
    </message>
    <message>
        <source>Escalation timeline</source>
        <translation>خط زمانی ارجاع</translation>
    </message>
</context>
<context>
    <name>ExpectationDialog</name>
    <message>
        <source>Availability, response and resolution over the service window</source>
        <translation>دسترس‌پذیری، زمان پاسخ و زمان رفع در پنجره خدمت</translation>
    </message>
    <message>
        <source>In plain language</source>
        <translation>به زبان ساده</translation>
    </message>
    <message>
        <source>As a percentage</source>
        <translation>به‌صورت درصد</translation>
    </message>
    <message>
        <source>converts both ways</source>
        <translation>تبدیل در هر دو جهت</translation>
    </message>
    <message>
        <source>Risks to this expectation</source>
        <translation>ریسک‌های این انتظار</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>هشدار</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>تبدیل</translation>
    </message>
    <message>
        <source>This target is written only in technical terms. Say it in plain language too, as the customer would, e.g. “{example}”.</source>
        <translation>این هدف فقط با اصطلاحات فنی نوشته شده است. آن را به زبان ساده هم بیان کنید، همان‌طور که مشتری می‌گوید؛ مثلاً «{example}».</translation>
    </message>
    <message>
        <source>Service window: {window}.</source>
        <translation>پنجره خدمت: {window}.</translation>
    </message>
    <message numerus="yes">
        <source>{count} covered hours a year.</source>
        <translation>
            <numerusform>{count} ساعت پوشش در سال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{down} down a year out of {count} covered hours = {percent} available.</source>
        <translation>
            <numerusform>{down} قطعی در سال از {count} ساعت پوشش = {percent} دسترس‌پذیری.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked unrealistic: say what meeting it would cost and what it would bring (required).</source>
        <translation>غیرواقع‌بینانه علامت خورده است: بگویید تحقق آن چه هزینه‌ای دارد و چه فایده‌ای می‌آورد (الزامی).</translation>
    </message>
</context>
<context>
    <name>Expectations</name>
    <message numerus="yes">
        <source>at most {count} failures a year, each fixed within {hours}</source>
        <translation>
            <numerusform>حداکثر {count} قطعی در سال، که هر کدام ظرف {hours} رفع شود</numerusform>
        </translation>
    </message>
    <message>
        <source>No — see cost and benefit</source>
        <translation>خیر — هزینه و فایده را ببینید</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>فایل‌های JSON (*.json)</translation>
    </message>
    <message>
        <source>Keep a copy of my version</source>
        <translation>نگه‌داشتن یک نسخه از نسخه من</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <source>New customer: fill in the overview, then save (Ctrl+S).</source>
        <translation>مشتری جدید: نمای کلی را پر کنید و سپس ذخیره کنید (Ctrl+S).</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: {count} problem(s) to fix; each is shown next to its field.</source>
        <translation>
            <numerusform>ذخیره نشد: {count} مورد باید اصلاح شود؛ هر کدام کنار فیلد خودش نشان داده شده است.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} باز شد</translation>
    </message>
    <message>
        <source>Reloaded {name} as saved elsewhere; your changes were discarded.</source>
        <translation>{name} همان‌طور که در جای دیگری ذخیره شده بود دوباره بارگذاری شد؛ تغییرات شما کنار گذاشته شد.</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} ذخیره شد</translation>
    </message>
    <message>
        <source>That customer no longer exists; the list is refreshed.</source>
        <translation>این مشتری دیگر وجود ندارد؛ فهرست به‌روز شد.</translation>
    </message>
    <message>
        <source>The database refused the save: {reason}</source>
        <translation>پایگاه داده ذخیره را نپذیرفت: {reason}</translation>
    </message>
    <message>
        <source>Your version is in {path}; showing the saved one.</source>
        <translation>نسخه شما در {path} است؛ نسخه ذخیره‌شده نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Your version is saved as a new customer: {name}</source>
        <translation>نسخه شما به‌عنوان مشتری جدید ذخیره شد: {name}</translation>
    </message>
    <message>
        <source>{name} (my copy {number})</source>
        <translation>{name} (نسخه من {number})</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (نسخه من)</translation>
    </message>
</context>
<context>
    <name>FileView</name>
    <message>
        <source>Incidents</source>
        <translation>حادثه‌ها</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>صورتجلسه‌ها</translation>
    </message>
    <message>
        <source>Signed versions</source>
        <translation>نسخه‌های امضاشده</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <source>Service file of {name}</source>
        <translation>پرونده خدمت {name}</translation>
    </message>
    <message>
        <source>Scroll the tabs left</source>
        <translation>پیمایش زبانه‌ها به چپ</translation>
    </message>
    <message>
        <source>Scroll the tabs right</source>
        <translation>پیمایش زبانه‌ها به راست</translation>
    </message>
    <message>
        <source>Choose a customer on the list, find one with Ctrl+F, or create one with Ctrl+N.</source>
        <translation>یک مشتری را از فهرست انتخاب کنید، با Ctrl+F جست‌وجو کنید یا با Ctrl+N مشتری جدیدی بسازید.</translation>
    </message>
    <message>
        <source>{section}, row {row}: {problem}</source>
        <translation>{section}، ردیف {row}: {problem}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Service reports</source>
        <translation>گزارش‌های خدمت</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Same as the customer</source>
        <translation>همان کشور مشتری</translation>
    </message>
    <message>
        <source>{field} contains invisible direction-control characters, which can show it reversed.</source>
        <translation>فیلد {field} نویسه‌های نامرئی کنترل جهت دارد که ممکن است آن را وارونه نشان دهند.</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>حذف این نویسه‌ها</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Not put back</source>
        <translation>مقدار برگردانده نشد</translation>
    </message>
    <message>
        <source>Save or undo your changes first; then put the earlier value back.</source>
        <translation>ابتدا تغییرات خود را ذخیره یا لغو کنید؛ سپس مقدار قبلی را برگردانید.</translation>
    </message>
    <message>
        <source>“{what}” is no longer in the service file, so its value has nowhere to go.</source>
        <translation>«{what}» دیگر در پرونده خدمت نیست، پس مقدارش جایی برای برگشتن ندارد.</translation>
    </message>
    <message>
        <source>Put back {what}</source>
        <translation>برگرداندن {what}</translation>
    </message>
    <message>
        <source>&amp;Put back the earlier value</source>
        <translation>&amp;برگرداندن مقدار قبلی</translation>
    </message>
    <message>
        <source>Nothing recorded yet: each save adds a line here.</source>
        <translation>هنوز چیزی ثبت نشده است: هر ذخیره یک سطر به اینجا می‌افزاید.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>The agenda could not be read: {reason}</source>
        <translation>برنامه کار خوانده نشد: {reason}</translation>
    </message>
    <message>
        <source>Nothing is due: no reviews, action items or follow-ups this week.</source>
        <translation>این هفته کاری سررسید نشده است: نه بازبینی، نه اقدام و نه پیگیری.</translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more: show only my customers, or use the customer list</source>
        <translation>
            <numerusform>… و {count} مورد دیگر: فقط مشتریان من را نشان دهید یا از فهرست مشتریان استفاده کنید</numerusform>
        </translation>
    </message>
    <message>
        <source>This week</source>
        <translation>این هفته</translation>
    </message>
    <message>
        <source>This week: what falls due</source>
        <translation>این هفته: کارهای سررسیده</translation>
    </message>
    <message>
        <source>Only &amp;my customers ({name})</source>
        <translation>فقط &amp;مشتریان من ({name})</translation>
    </message>
    <message>
        <source>Only &amp;my customers</source>
        <translation>فقط &amp;مشتریان من</translation>
    </message>
    <message>
        <source>Choose yourself under “My customers” above the customer list first.</source>
        <translation>نخست نام خود را در «مشتریان من» بالای فهرست مشتریان انتخاب کنید.</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>What falls due</source>
        <translation>کارهای سررسیده</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>فایل‌های CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>نوشتن {path} ممکن نیست: {reason}</translation>
    </message>
    <message>
        <source>Export the listed customers as JSON</source>
        <translation>صدور مشتریان فهرست‌شده به‌صورت JSON</translation>
    </message>
    <message>
        <source>Export this customer as JSON</source>
        <translation>صدور این مشتری به‌صورت JSON</translation>
    </message>
    <message numerus="yes">
        <source>Exported {count} customer(s) to {path}</source>
        <translation>
            <numerusform>{count} مشتری در {path} صادر شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {name} to {path}</source>
        <translation>{name} در {path} صادر شد</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>در حال صدور…</translation>
    </message>
    <message>
        <source>Import customers from JSON</source>
        <translation>وارد کردن مشتریان از JSON</translation>
    </message>
    <message>
        <source>{imported}. Invisible direction-control characters were removed from these fields, so that no name reads reversed:</source>
        <translation>{imported}. نویسه‌های نامرئی کنترل جهت از این فیلدها حذف شد تا هیچ نامی وارونه خوانده نشود:</translation>
    </message>
    <message>
        <source>Direction-control characters removed</source>
        <translation>نویسه‌های کنترل جهت حذف شد</translation>
    </message>
    <message numerus="yes">
        <source>Imported {count} customer(s) from {name}</source>
        <translation>
            <numerusform>{count} مشتری از {name} وارد شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {count} row(s) from {name}</source>
        <translation>
            <numerusform>{count} ردیف از {name} وارد شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>در حال وارد کردن {name}…</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>فایل‌های JSON (*.json)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>صادر نشد</translation>
    </message>
    <message>
        <source>There is no customer whose systems and contacts you can change.</source>
        <translation>مشتری‌ای نیست که بتوانید سامانه‌ها و مخاطبانش را تغییر دهید.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>چیزی وارد نشد</translation>
    </message>
    <message>
        <source>The file has problems; nothing was imported:</source>
        <translation>فایل ایراد دارد؛ چیزی وارد نشد:</translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more</source>
        <translation>
            <numerusform>… و {count} مورد دیگر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportIncidentsDialog</name>
    <message>
        <source>Import incidents</source>
        <translation>وارد کردن حادثه‌ها</translation>
    </message>
    <message>
        <source>Export file:</source>
        <translation>فایل خروجی:</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(انتخاب نشده)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Column mapping:</source>
        <translation>نگاشت ستون‌ها:</translation>
    </message>
    <message>
        <source>Load mapping…</source>
        <translation>بارگذاری نگاشت…</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>ذخیره نگاشت…</translation>
    </message>
    <message>
        <source>Generic (README)</source>
        <translation>عمومی (README)</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>نگاشت ذخیره‌شده</translation>
    </message>
    <message>
        <source>Severities (value = severity):</source>
        <translation>شدت‌ها (مقدار = شدت):</translation>
    </message>
    <message>
        <source>Values meaning the service was down:</source>
        <translation>مقدارهایی که یعنی خدمت قطع بود:</translation>
    </message>
    <message>
        <source>Time zone of times without one:</source>
        <translation>منطقه زمانیِ زمان‌های بدون منطقه:</translation>
    </message>
    <message>
        <source>the customer&apos;s own</source>
        <translation>منطقه زمانی مشتری</translation>
    </message>
    <message>
        <source>File the selected name under this customer</source>
        <translation>ثبت نام انتخاب‌شده برای این مشتری</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;وارد کردن</translation>
    </message>
    <message>
        <source>Rows whose customer was not found</source>
        <translation>سطرهایی که مشتری‌شان پیدا نشد</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>بارگذاری نگاشت</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>نگاشت‌ها (*.json)</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>ذخیره نگاشت</translation>
    </message>
    <message>
        <source>Ticket exports (*.csv *.xlsx *.txt)</source>
        <translation>خروجی‌های تیکت (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>هیچ چیز وارد نشد:</translation>
    </message>
    <message numerus="yes">
        <source>{added} added, {updated} updated, {unchanged} unchanged, {count} not matched to a customer</source>
        <translation>
            <numerusform>{added} افزوده، {updated} به‌روز، {unchanged} بی‌تغییر، {count} بدون مشتری</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: {ticket}: {customer}</source>
        <translation>سطر {line}: {ticket}: {customer}</translation>
    </message>
</context>
<context>
    <name>ImportTargetDialog</name>
    <message>
        <source>Only the customers you manage are listed: the systems and contacts of the others are changed by their own account manager and supporters.</source>
        <translation>فقط مشتریانی فهرست شده‌اند که مدیر حسابشان هستید: سامانه‌ها و مخاطبان دیگر مشتریان را مدیر حساب مشتری و پشتیبانان خود آن‌ها تغییر می‌دهند.</translation>
    </message>
    <message>
        <source>Only the customers you support are listed: the systems and contacts of the others are changed by their own account manager and supporters.</source>
        <translation>فقط مشتریانی فهرست شده‌اند که پشتیبانشان هستید: سامانه‌ها و مخاطبان دیگر مشتریان را مدیر حساب مشتری و پشتیبانان خود آن‌ها تغییر می‌دهند.</translation>
    </message>
    <message>
        <source>Import systems from CSV</source>
        <translation>وارد کردن سامانه‌ها از CSV</translation>
    </message>
    <message>
        <source>Import contacts from CSV</source>
        <translation>وارد کردن مخاطبان از CSV</translation>
    </message>
    <message>
        <source>Into the &amp;customer:</source>
        <translation>به &amp;مشتری:</translation>
    </message>
    <message>
        <source>Customer to import into</source>
        <translation>مشتری مقصد</translation>
    </message>
</context>
<context>
    <name>ImprovementDialog</name>
    <message>
        <source>Improvement item</source>
        <translation>مورد بهبود</translation>
    </message>
    <message>
        <source>Set a date</source>
        <translation>تعیین تاریخ</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <source>Incidents</source>
        <translation>حادثه‌ها</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>دوره:</translation>
    </message>
    <message>
        <source>Achieved against agreed</source>
        <translation>آنچه به دست آمد در برابر آنچه توافق شد</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>دوره پیش از آغازش تمام می‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>{count} incident(s) opened in this period, {outages} with the service down</source>
        <translation>
            <numerusform>{count} حادثه در این دوره ثبت شد، {outages} مورد با قطعی خدمت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue a new version</source>
        <translation>صدور نسخه جدید</translation>
    </message>
    <message>
        <source>List the changes since the signed version</source>
        <translation>فهرست تغییرات از زمان نسخه امضاشده</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>&amp;صادرکننده:</translation>
    </message>
    <message>
        <source>The version is made from the saved service file and never changes once issued.</source>
        <translation>نسخه از پرونده خدمت ذخیره‌شده ساخته می‌شود و پس از صدور هرگز تغییر نمی‌کند.</translation>
    </message>
    <message>
        <source>The language&apos;s digits ({digits})</source>
        <translation>ارقام خود زبان ({digits})</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>The team database answers again; the customers are read afresh.</source>
        <translation>پایگاه داده تیم دوباره پاسخ می‌دهد؛ مشتریان از نو خوانده شدند.</translation>
    </message>
    <message>
        <source>{who} deleted {name}; it is closed.</source>
        <translation>{name} را {who} حذف کرد؛ بسته شد.</translation>
    </message>
    <message>
        <source>{who} saved {name}; it is shown as now saved.</source>
        <translation>{name} را {who} ذخیره کرد؛ همان‌طور که اکنون ذخیره شده نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Deleted by {who}.</source>
        <translation>حذف‌شده توسط {who}.</translation>
    </message>
    <message>
        <source>Changed by {who}:</source>
        <translation>تغییرات {who}:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AccountDesk</source>
        <translation>AccountDesk</translation>
    </message>
    <message>
        <source>{app} ({where})</source>
        <translation>{app} ‏({where})</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <source>{name}[*] — {app}</source>
        <translation>{name}[*] — {app}</translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <translation>این مشتری دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>Open a customer (or find one with Ctrl+F) to see the supporter&apos;s card.</source>
        <translation>برای دیدن کارت پشتیبان، یک مشتری را باز کنید (یا با Ctrl+F پیدا کنید).</translation>
    </message>
    <message>
        <source>AccountDesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>پایگاه‌های داده AccountDesk (*.sqlite3 *.db);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>پایگاه داده جدید</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>باز کردن پایگاه داده</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>فایل وجود ندارد</translation>
    </message>
    <message>
        <source>Opened database {path}</source>
        <translation>پایگاه داده {path} باز شد</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>نسخه پشتیبان تهیه نشد: {reason}</translation>
    </message>
    <message>
        <source>This database is damaged, so nothing was saved to it. Restore the newest good backup to go on working; changes that were not saved are then lost.</source>
        <translation>پایگاه داده آسیب دیده است، بنابراین چیزی در آن ذخیره نشد. برای ادامه کار، آخرین نسخه پشتیبان سالم را بازگردانید؛ تغییرهایی که ذخیره نشده‌اند از دست می‌روند.</translation>
    </message>
    <message>
        <source>Replace the database {path} with the backup made on {date} ({customers})? The current file is kept as a copy first.</source>
        <translation>پایگاه داده {path} با نسخه پشتیبان {date} ({customers}) جایگزین شود؟ پیش از آن یک رونوشت از فایل کنونی نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>بازگردانی از نسخه پشتیبان</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>بازگردانی نشد</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>چیزی بازگردانی نشد: {reason}</translation>
    </message>
    <message>
        <source>Restored the backup made on {date}.</source>
        <translation>نسخه پشتیبان {date} بازگردانی شد.</translation>
    </message>
    <message>
        <source>The replaced file is kept as {path}.</source>
        <translation>فایل جایگزین‌شده با نام {path} نگه داشته شد.</translation>
    </message>
    <message>
        <source>Folder for the backups of this database</source>
        <translation>پوشه نسخه‌های پشتیبان این پایگاه داده</translation>
    </message>
    <message>
        <source>Backups of this database now go to {folder}</source>
        <translation>نسخه‌های پشتیبان این پایگاه داده از این پس در {folder} ذخیره می‌شوند</translation>
    </message>
    <message>
        <source>About AccountDesk</source>
        <translation>درباره AccountDesk</translation>
    </message>
    <message>
        <source>AccountDesk keeps one service file per customer — systems, contacts, escalation paths and the expectations agreed in the customer&apos;s own words — for account managers and dedicated supporters.

Database: {path}</source>
        <translation>AccountDesk برای هر مشتری یک پرونده خدمت نگه می‌دارد — سامانه‌ها، مخاطبان، مسیرهای ارجاع و انتظاراتی که به بیان خود مشتری توافق شده‌اند — برای مدیران حساب مشتری و پشتیبانان اختصاصی.

پایگاه داده: {path}</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Kickoff checklist: covered in this meeting</source>
        <translation>فهرست وارسی جلسه آغاز همکاری: موارد پوشش‌داده‌شده در این جلسه</translation>
    </message>
    <message>
        <source>Still missing from the service file:</source>
        <translation>هنوز در پرونده خدمت نیامده است:</translation>
    </message>
    <message>
        <source>Still missing from the service file</source>
        <translation>هنوز در پرونده خدمت نیامده است</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>اقدام‌ها</translation>
    </message>
    <message>
        <source>Nothing: the file has everything a kickoff needs.</source>
        <translation>چیزی کم نیست: پرونده هر آنچه جلسه آغاز همکاری لازم دارد را دارد.</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Ready for a kickoff: the file has everything the checklist asks for.</source>
        <translation>آماده جلسه آغاز همکاری: پرونده همه موارد فهرست وارسی را دارد.</translation>
    </message>
    <message>
        <source>Before a kickoff, the file still lacks:</source>
        <translation>پیش از جلسه آغاز همکاری، این موارد هنوز در پرونده نیست:</translation>
    </message>
    <message>
        <source>Still missing before a kickoff</source>
        <translation>کمبودهای پیش از جلسه آغاز همکاری</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>and {count} more, listed below</source>
        <translation>
            <numerusform>و {count} مورد دیگر در فهرست زیر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and {count} more on the home view</source>
        <translation>
            <numerusform>و {count} مورد دیگر در نمای خانه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} item(s) due today or overdue</source>
        <translation>
            <numerusform>{count} مورد که موعدش امروز است یا گذشته است</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>just now</source>
        <translation>همین حالا</translation>
    </message>
    <message numerus="yes">
        <source>{count} minute(s) ago</source>
        <translation>
            <numerusform>{count} دقیقه پیش</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} hour(s) ago</source>
        <translation>
            <numerusform>{count} ساعت پیش</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} day(s) ago</source>
        <translation>
            <numerusform>{count} روز پیش</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>پشتیبانی</translation>
    </message>
    <message>
        <source>People and review</source>
        <translation>افراد و بازبینی</translation>
    </message>
    <message>
        <source>Times as HH:MM; cover ending at {midnight} (or {zero}) lasts until midnight.</source>
        <translation>ساعت‌ها به‌صورت HH:MM؛ پوششی که در {midnight} (یا {zero}) پایان می‌یابد تا نیمه‌شب ادامه دارد.</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>ویرایش {field}</translation>
    </message>
    <message>
        <source>service window</source>
        <translation>پنجره خدمت</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Record signatures on paper</source>
        <translation>ثبت امضاهای کاغذی</translation>
    </message>
    <message>
        <source>optional: a PDF or an image of the signed copy</source>
        <translation>اختیاری: یک PDF یا تصویر از نسخه امضاشده</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>مرور…</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>&amp;اسکن:</translation>
    </message>
    <message>
        <source>Signed for the {side} side</source>
        <translation>امضاشده از طرف: {side}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>سمت:</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>تاریخ امضا:</translation>
    </message>
    <message>
        <source>The scan of the signed copy</source>
        <translation>اسکن نسخه امضاشده</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)</source>
        <translation>اسکن‌ها (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <source>Choose at least one side that signed.</source>
        <translation>دست‌کم یک طرفِ امضاکننده را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Write the name of each signatory.</source>
        <translation>نام هر امضاکننده را بنویسید.</translation>
    </message>
    <message>
        <source>The scan {path} cannot be found.</source>
        <translation>اسکن {path} پیدا نشد.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete “{what}”?</source>
        <translation>«{what}» حذف شود؟</translation>
    </message>
    <message>
        <source>The service file of “{name}” has changes that are not saved.</source>
        <translation>پرونده خدمت «{name}» تغییراتی دارد که ذخیره نشده‌اند.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغییرات ذخیره‌نشده</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Period:</source>
        <translation>دوره:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;پیش‌نمایش</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;صدور…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>No improvement item yet</source>
        <translation>هنوز مورد بهبودی ثبت نشده</translation>
    </message>
    <message>
        <source>Improvement item</source>
        <translation>مورد بهبود</translation>
    </message>
    <message>
        <source>The report could not be made: {reason}</source>
        <translation>گزارش ساخته نشد: {reason}</translation>
    </message>
    <message>
        <source>Save the file first: an issued report is made from it.</source>
        <translation>ابتدا پرونده را ذخیره کنید: گزارش صادرشده از آن ساخته می‌شود.</translation>
    </message>
    <message>
        <source>Issued report version {number} · SHA-256 {hash}</source>
        <translation>نسخه {number} گزارش صادر شد – SHA-256 {hash}</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>دوره پیش از شروعش تمام می‌شود.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>در حال ساخت گزارش…</translation>
    </message>
    <message numerus="yes">
        <source>{count} missed promise(s) without an improvement item</source>
        <translation>
            <numerusform>{count} قول عمل‌نشده بدون مورد بهبود</numerusform>
        </translation>
    </message>
    <message>
        <source>pages: {pages} · content ID {id}</source>
        <translation>صفحه‌ها: {pages} – شناسه محتوا {id}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>cannot be read</source>
        <translation>خوانده نمی‌شود</translation>
    </message>
    <message numerus="yes">
        <source>{count} customer(s)</source>
        <translation>
            <numerusform>{count} مشتری</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>بازگردانی از نسخه پشتیبان</translation>
    </message>
    <message>
        <source>Backups in {folder}, newest first. Restoring replaces the whole database; the current file is kept as a copy first.</source>
        <translation>نسخه‌های پشتیبان در {folder}، به ترتیب از جدیدترین. بازگردانی کل پایگاه داده را جایگزین می‌کند؛ پیش از آن یک رونوشت از فایل کنونی نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>There are no backups in {folder}.</source>
        <translation>در {folder} هیچ نسخه پشتیبانی نیست.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>تاریخ تهیه</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;بازگردانی…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;افزودن…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>انتقال به &amp;بالا</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>انتقال به &amp;پایین</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Customers ({count})</source>
        <translation>مشتریان ({count})</translation>
    </message>
    <message>
        <source>Systems ({count})</source>
        <translation>سامانه‌ها ({count})</translation>
    </message>
    <message>
        <source>Contacts ({count})</source>
        <translation>مخاطبان ({count})</translation>
    </message>
    <message>
        <source>Enter opens the service file; Ctrl+Enter opens the supporter&apos;s card</source>
        <translation>Enter پرونده خدمت را باز می‌کند؛ Ctrl+Enter کارت پشتیبان را باز می‌کند</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Find a customer, system or contact (Ctrl+F)</source>
        <translation>جست‌وجوی مشتری، سامانه یا مخاطب (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>پاک کردن جست‌وجو</translation>
    </message>
    <message>
        <source>Supporter&apos;s card for the selected result (Ctrl+Enter)</source>
        <translation>کارت پشتیبان برای نتیجه انتخاب‌شده (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Open the supporter&apos;s card</source>
        <translation>باز کردن کارت پشتیبان</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتایج جست‌وجو</translation>
    </message>
</context>
<context>
    <name>SectionTab</name>
    <message>
        <source>Add {what}</source>
        <translation>افزودن {what}</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>ویرایش {what}</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>حذف {what}</translation>
    </message>
    <message>
        <source>Reorder {what}</source>
        <translation>تغییر ترتیب {what}</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>escalation path</source>
        <translation>مسیر ارجاع</translation>
    </message>
    <message>
        <source>expectation</source>
        <translation>انتظار</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>system</source>
        <translation>سامانه</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>بازخورد</translation>
    </message>
</context>
<context>
    <name>ServerProblemDialog</name>
    <message>
        <source>The database server cannot be reached</source>
        <translation>دسترسی به سرور پایگاه داده ممکن نیست</translation>
    </message>
    <message>
        <source>The database server refused the login</source>
        <translation>سرور پایگاه داده ورود را نپذیرفت</translation>
    </message>
    <message>
        <source>The database does not exist</source>
        <translation>پایگاه داده وجود ندارد</translation>
    </message>
    <message>
        <source>No AccountDesk database there yet</source>
        <translation>هنوز پایگاه داده AccountDesk آنجا نیست</translation>
    </message>
    <message>
        <source>The team database cannot be opened</source>
        <translation>پایگاه داده تیمی باز نمی‌شود</translation>
    </message>
    <message numerus="yes">
        <source>A read-only copy of the {count} customer(s) you opened recently is kept on this computer, from {age}.</source>
        <translation>
            <numerusform>نسخه‌ای فقط‌خواندنی از {count} مشتری که اخیراً باز کرده‌اید روی این رایانه نگه داشته شده است؛ مربوط به {age}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the &amp;copy (read-only)</source>
        <translation>باز کردن &amp;نسخه (فقط خواندنی)</translation>
    </message>
    <message>
        <source>Open the &amp;local database</source>
        <translation>باز کردن پایگاه داده &amp;محلی</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>CHANGED — DO NOT TRUST</source>
        <translation>تغییر کرده — قابل اعتماد نیست</translation>
    </message>
    <message>
        <source>Hashes match</source>
        <translation>هش‌ها مطابقت دارند</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <source>signatures valid</source>
        <translation>امضاها معتبرند</translation>
    </message>
</context>
<context>
    <name>SigningPanel</name>
    <message>
        <source>&amp;Issue version…</source>
        <translation>&amp;صدور نسخه…</translation>
    </message>
    <message>
        <source>Signed on &amp;paper…</source>
        <translation>امضای &amp;کاغذی…</translation>
    </message>
    <message>
        <source>&amp;Draw signature…</source>
        <translation>&amp;کشیدن امضا…</translation>
    </message>
    <message>
        <source>Sign di&amp;gitally…</source>
        <translation>امضای &amp;دیجیتال…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>ذخیره P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>&amp;بررسی دوباره</translation>
    </message>
    <message>
        <source>WARNING: a stored summary was changed after it was issued or signed. Do not rely on it.</source>
        <translation>هشدار: یک صورتجلسه ذخیره‌شده پس از صدور یا امضا تغییر کرده است. به آن اتکا نکنید.</translation>
    </message>
    <message>
        <source>WARNING: a stored report was changed after it was issued or signed. Do not rely on it.</source>
        <translation>هشدار: یک گزارش ذخیره‌شده پس از صدور یا امضا تغییر کرده است. به آن اتکا نکنید.</translation>
    </message>
    <message>
        <source>Version {number}: {problem}</source>
        <translation>نسخه {number}: {problem}</translation>
    </message>
    <message>
        <source>Version {number}: {status}</source>
        <translation>نسخه {number}: {status}</translation>
    </message>
    <message>
        <source>SHA-256 of the issued PDF:</source>
        <translation>SHA-256 فایل PDF صادرشده:</translation>
    </message>
    <message>
        <source>SHA-256 of the service-file snapshot:</source>
        <translation>SHA-256 تصویر لحظه‌ای پرونده خدمت:</translation>
    </message>
    <message>
        <source>SHA-256 of the signed PDF:</source>
        <translation>SHA-256 فایل PDF امضاشده:</translation>
    </message>
    <message>
        <source>scan attached: {name}</source>
        <translation>اسکن پیوست‌شده: {name}</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>معتبر</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>نامعتبر</translation>
    </message>
    <message>
        <source>covers the whole document</source>
        <translation>کل سند را پوشش می‌دهد</translation>
    </message>
    <message>
        <source>covers the revision it signed; only signatures and form filling after it</source>
        <translation>نسخه‌ای را که امضا کرده پوشش می‌دهد؛ پس از آن فقط امضاها و پر کردن فرم</translation>
    </message>
    <message>
        <source>certificate trusted</source>
        <translation>گواهی مورد اعتماد است</translation>
    </message>
    <message>
        <source>certificate not trusted on this computer</source>
        <translation>گواهی در این رایانه مورد اعتماد نیست</translation>
    </message>
    <message>
        <source>Digital signature of {signer}</source>
        <translation>امضای دیجیتال {signer}</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>هنوز امضا نشده است.</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>امضاها:</translation>
    </message>
    <message>
        <source>Changes since version {number}:</source>
        <translation>تغییرات از نسخه {number}:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>بدون تغییر</translation>
    </message>
    <message>
        <source>Could not do that: {reason}</source>
        <translation>این کار انجام نشد: {reason}</translation>
    </message>
    <message>
        <source>Save the service file first: a version is made from the saved file.</source>
        <translation>ابتدا پرونده خدمت را ذخیره کنید: نسخه از پرونده ذخیره‌شده ساخته می‌شود.</translation>
    </message>
    <message>
        <source>A new version was issued.</source>
        <translation>نسخه جدیدی صادر شد.</translation>
    </message>
    <message>
        <source>Could not read the scan: {reason}</source>
        <translation>اسکن خوانده نشد: {reason}</translation>
    </message>
    <message>
        <source>The signatures on paper were recorded.</source>
        <translation>امضاهای کاغذی ثبت شدند.</translation>
    </message>
    <message>
        <source>The drawn signature was added to the document.</source>
        <translation>امضای دست‌نویس به سند افزوده شد.</translation>
    </message>
    <message>
        <source>Could not read the certificate: {reason}</source>
        <translation>گواهی خوانده نشد: {reason}</translation>
    </message>
    <message>
        <source>The document was signed digitally.</source>
        <translation>سند به‌صورت دیجیتال امضا شد.</translation>
    </message>
    <message>
        <source>Save the summary version</source>
        <translation>ذخیره نسخه صورتجلسه</translation>
    </message>
    <message>
        <source>Save the report version</source>
        <translation>ذخیره نسخه گزارش</translation>
    </message>
    <message>
        <source>Report version {number}</source>
        <translation>نسخه {number} گزارش</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>اسناد PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Summary version {number}</source>
        <translation>نسخه {number} صورتجلسه</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} ذخیره شد</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>AccountDesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>پایگاه‌های داده AccountDesk (*.sqlite3 *.db);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>پایگاه داده جدید</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>باز کردن پایگاه داده</translation>
    </message>
</context>
<context>
    <name>SummariesTab</name>
    <message>
        <source>Summaries</source>
        <translation>صورتجلسه‌ها</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>&amp;Generate draft</source>
        <translation>&amp;تهیه پیش‌نویس</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;ذخیره با نام…</translation>
    </message>
    <message>
        <source>&amp;Open in viewer</source>
        <translation>&amp;باز کردن در نمایشگر</translation>
    </message>
    <message>
        <source>The language&apos;s digits ({digits})</source>
        <translation>ارقام خود زبان ({digits})</translation>
    </message>
    <message>
        <source>Write numbers and dates with the document language&apos;s own digits</source>
        <translation>نوشتن اعداد و تاریخ‌ها با ارقام خود زبان سند</translation>
    </message>
    <message>
        <source>Summary draft ready</source>
        <translation>پیش‌نویس صورتجلسه آماده است</translation>
    </message>
    <message>
        <source>The summary could not be generated: {reason}</source>
        <translation>تهیه صورتجلسه ممکن نشد: {reason}</translation>
    </message>
    <message>
        <source>Generating the summary…</source>
        <translation>در حال تهیه صورتجلسه…</translation>
    </message>
    <message>
        <source>Generate a draft to preview the expectation-alignment summary.</source>
        <translation>برای دیدن صورتجلسه همسوسازی انتظارات، یک پیش‌نویس تهیه کنید.</translation>
    </message>
    <message>
        <source>Draft · pages: {pages} · content ID {id}</source>
        <translation>پیش‌نویس – صفحه‌ها: {pages} – شناسه محتوا {id}</translation>
    </message>
    <message>
        <source>The file has changed since; generate again to include the changes.</source>
        <translation>پرونده از آن زمان تغییر کرده است؛ برای گنجاندن تغییرات، دوباره تهیه کنید.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>چاپگر راه‌اندازی نشد.</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>ذخیره صورتجلسه</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>اسناد PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>ذخیره {path} ممکن نشد: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>ذخیره شد: {path}</translation>
    </message>
    <message>
        <source>No application to open PDF files was found.</source>
        <translation>برنامه‌ای برای باز کردن فایل‌های PDF پیدا نشد.</translation>
    </message>
    <message>
        <source>Summary – {customer}</source>
        <translation>صورتجلسه – {customer}</translation>
    </message>
</context>
<context>
    <name>SupporterCard</name>
    <message>
        <source>Supporter&apos;s card — {name}</source>
        <translation>کارت پشتیبان — {name}</translation>
    </message>
    <message>
        <source>Supporter&apos;s card</source>
        <translation>کارت پشتیبان</translation>
    </message>
    <message>
        <source>Dedicated supporter: {name}</source>
        <translation>پشتیبان اختصاصی: {name}</translation>
    </message>
    <message>
        <source>Backup supporter: {name}</source>
        <translation>پشتیبان جایگزین: {name}</translation>
    </message>
    <message>
        <source>Account manager: {name}</source>
        <translation>مدیر حساب مشتری: {name}</translation>
    </message>
    <message>
        <source>Service window: {window}</source>
        <translation>پنجره خدمت: {window}</translation>
    </message>
    <message>
        <source>Support level: {level} · criticality to them: {criticality} · knowledge: {knowledge}</source>
        <translation>سطح پشتیبانی: {level} – اهمیت برای کسب‌وکار مشتری: {criticality} – سطح دانش: {knowledge}</translation>
    </message>
    <message>
        <source>No systems recorded.</source>
        <translation>سامانه‌ای ثبت نشده است.</translation>
    </message>
    <message>
        <source>{field} of {name}</source>
        <translation>{field} {name}</translation>
    </message>
    <message>
        <source>host</source>
        <translation>میزبان</translation>
    </message>
    <message>
        <source>address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>سریال</translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation>مخاطبی ثبت نشده است.</translation>
    </message>
    <message>
        <source>Prefers: {channel}</source>
        <translation>کانال ترجیحی: {channel}</translation>
    </message>
    <message>
        <source>reachable: {hours}</source>
        <translation>ساعات در دسترس: {hours}</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>phone of {name}</source>
        <translation>تلفن {name}</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>همراه</translation>
    </message>
    <message>
        <source>mobile of {name}</source>
        <translation>تلفن همراه {name}</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>e-mail of {name}</source>
        <translation>ایمیل {name}</translation>
    </message>
    <message>
        <source>Copied {what}: {value}</source>
        <translation>{what} کپی شد: {value}</translation>
    </message>
    <message>
        <source>Escalation if raised now ({moment})</source>
        <translation>مسیر ارجاع اگر درخواست همین حالا ({moment}) ثبت شود</translation>
    </message>
    <message>
        <source>No escalation path recorded.</source>
        <translation>مسیر ارجاعی ثبت نشده است.</translation>
    </message>
    <message>
        <source>{severity} — {side}&apos;s chain</source>
        <translation>{severity} — زنجیره {side}</translation>
    </message>
    <message>
        <source>In scope:</source>
        <translation>در محدوده:</translation>
    </message>
    <message>
        <source>Out of scope:</source>
        <translation>خارج از محدوده:</translation>
    </message>
</context>
<context>
    <name>TeamDatabases</name>
    <message>
        <source>Your role in this team database is now manager: you can change every customer&apos;s file and the staff list.</source>
        <translation>سمت شما در این پایگاه داده تیمی اکنون مدیر است: می‌توانید پرونده هر مشتری و فهرست کارکنان را تغییر دهید.</translation>
    </message>
    <message>
        <source>Your role in this team database is now account manager: you can add customers and change the files of the customers you manage.</source>
        <translation>سمت شما در این پایگاه داده تیمی اکنون مدیر حساب مشتری است: می‌توانید مشتری اضافه کنید و پرونده مشتریانی را که مدیر حسابشان هستید تغییر دهید.</translation>
    </message>
    <message>
        <source>Your role in this team database is now supporter: you can change the systems, contacts and notes of the customers you support.</source>
        <translation>سمت شما در این پایگاه داده تیمی اکنون پشتیبان است: می‌توانید سامانه‌ها، مخاطبان و یادداشت‌های مشتریانی را که پشتیبانشان هستید تغییر دهید.</translation>
    </message>
    <message>
        <source>Your role in this team database is now auditor: you can read every customer&apos;s file but not change it.</source>
        <translation>سمت شما در این پایگاه داده تیمی اکنون ناظر است: می‌توانید پرونده هر مشتری را بخوانید، اما نمی‌توانید آن را تغییر دهید.</translation>
    </message>
    <message>
        <source>You no longer have a role in this team database: ask its manager for one to read or change customers.</source>
        <translation>دیگر در این پایگاه داده تیمی سمتی ندارید: برای خواندن یا تغییر مشتریان، از مدیر آن سمتی بخواهید.</translation>
    </message>
    <message>
        <source>Connected to the team database {url}</source>
        <translation>به پایگاه داده تیمی {url} متصل شد</translation>
    </message>
    <message>
        <source>Offline copy of {url}, from {age} (read-only)</source>
        <translation>نسخه آفلاین {url}، مربوط به {age} (فقط خواندنی)</translation>
    </message>
    <message>
        <source>The team database {url} cannot be reached. This is the copy kept on this computer of the customers you opened recently, from {age}. Nothing can be changed in it: connect again (File → Connect to a team database…) to make changes.</source>
        <translation>دسترسی به پایگاه داده تیمی {url} ممکن نیست. این نسخه‌ای است که از مشتریانی که اخیراً باز کرده‌اید روی این رایانه نگه داشته شده، مربوط به {age}. چیزی در آن تغییر نمی‌کند: برای تغییر دادن دوباره متصل شوید (پرونده ← اتصال به پایگاه داده تیمی…).</translation>
    </message>
    <message>
        <source>Team database: {url}</source>
        <translation>پایگاه داده تیمی: {url}</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>پایگاه داده: {path}</translation>
    </message>
    <message>
        <source>offline copy from {age}</source>
        <translation>نسخه آفلاین مربوط به {age}</translation>
    </message>
    <message>
        <source>The offline copy was not updated: {reason}</source>
        <translation>نسخه آفلاین به‌روز نشد: {reason}</translation>
    </message>
</context>
</TS>
