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
        <translation>ورود مشتریان از &amp;JSON…</translation>
    </message>
    <message>
        <source>Import &amp;systems from CSV…</source>
        <translation>ورود &amp;سامانه‌ها از CSV…</translation>
    </message>
    <message>
        <source>Import &amp;contacts from CSV…</source>
        <translation>ورود &amp;مخاطبان از CSV…</translation>
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
        <source>Restore from &amp;backup…</source>
        <translation>&amp;بازگردانی از نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <source>Backup fol&amp;der…</source>
        <translation>&amp;پوشهٔ نسخه‌های پشتیبان…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;جستجو…</translation>
    </message>
    <message>
        <source>Supporter&apos;s &amp;card</source>
        <translation>&amp;کارت پشتیبان</translation>
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
        <source>Persian &amp;digits (۱۲۳)</source>
        <translation>ارقام &amp;فارسی (۱۲۳)</translation>
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
    <name>Column</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>طرف</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>ITIL relation</source>
        <translation>نسبت در ITIL</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>کانال ترجیحی</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>شدت</translation>
    </message>
    <message>
        <source>Whose chain</source>
        <translation>زنجیره‌ی کدام طرف</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>سطوح</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <source>After</source>
        <translation>پس از</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>علت</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>اثر</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>In the customer&apos;s words</source>
        <translation>به زبان خود مشتری</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Agreed target</source>
        <translation>هدف توافق‌شده</translation>
    </message>
    <message>
        <source>Realistic</source>
        <translation>واقع‌بینانه</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>ریسک‌ها</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>بازبینی</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>Checklist covered</source>
        <translation>موارد پوشش‌داده‌شده از چک‌لیست</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>اقدام‌های باز</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>میزبان</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>شماره سریال</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>محیط</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>حساسیت</translation>
    </message>
    <message>
        <source>Business function</source>
        <translation>کارکرد کسب‌وکار</translation>
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
        <translation>«{name}» از زمانی که آن را باز کردید، در پنجره‌ای دیگر یا توسط کاربری دیگر حذف شده است. تغییرات شما ذخیره نشده‌اند. یک نسخه از تغییرات خود نگه دارید:</translation>
    </message>
    <message>
        <source>“{name}” was changed and saved in another window or by another user since you opened it. Your changes are not saved yet, and nothing was overwritten. What now?</source>
        <translation>«{name}» از زمانی که آن را باز کردید، در پنجره‌ای دیگر یا توسط کاربری دیگر تغییر کرده و ذخیره شده است. تغییرات شما هنوز ذخیره نشده‌اند و چیزی بازنویسی نشده است. اکنون چه کنیم؟</translation>
    </message>
    <message>
        <source>&amp;Reload theirs (discard mine)</source>
        <translation>&amp;بارگذاری نسخه‌ی آن‌ها (کنار گذاشتن نسخه‌ی من)</translation>
    </message>
    <message>
        <source>Keep a copy of mine as a &amp;new customer</source>
        <translation>نگه‌داشتن نسخه‌ی من به‌عنوان مشتری &amp;جدید</translation>
    </message>
    <message>
        <source>Keep a copy of mine in a &amp;JSON file…</source>
        <translation>نگه‌داشتن نسخه‌ی من در یک فایل &amp;JSON…</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
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
            <numerusform>{count} نسخه‌ی امضاشده‌ی صورتجلسه</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{name}” for good? Its whole service file, {versions} and its history are deleted with it; this cannot be undone. Export the service file first to keep a copy.</source>
        <translation>«{name}» برای همیشه حذف شود؟ کل پرونده خدمت، {versions} و تاریخچه‌ی آن همراهش حذف می‌شوند و این کار برگشت‌پذیر نیست. برای نگه داشتن یک نسخه، ابتدا پرونده خدمت را صادر کنید.</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>حذف مشتری</translation>
    </message>
    <message>
        <source>&amp;Export first…</source>
        <translation>ابتدا &amp;صادر کن…</translation>
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
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>Dedicated supporter</source>
        <translation>پشتیبان اختصاصی</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>بازبینی بعدی</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>نیازمند توجه</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>بازبینی عقب افتاده</translation>
    </message>
    <message>
        <source>No signed summary</source>
        <translation>بدون صورتجلسه‌ی امضاشده</translation>
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
        <translation>بدون صورتجلسه‌ی &amp;امضاشده</translation>
    </message>
    <message>
        <source>Only customers without a signed summary</source>
        <translation>فقط مشتریانی که صورتجلسه‌ی امضاشده ندارند</translation>
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
    <name>Database</name>
    <message>
        <source>{path} is locked by another program; try again when it has finished</source>
        <translation>فایل {path} در اختیار برنامه‌ی دیگری قفل شده است؛ وقتی کار آن تمام شد دوباره تلاش کنید</translation>
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
        <translation>AccountDesk نمی‌تواند از پایگاه داده‌ی {path} استفاده کند:</translation>
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
        <translation>&amp;ایجاد پایگاه داده‌ی جدید…</translation>
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
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>مسیر تشدید</translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation>سطح تشدید</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>انتظار</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>ریسک</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>شرکت‌کننده</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>System</source>
        <translation>سامانه</translation>
    </message>
    <message>
        <source>This record was changed after this dialog opened (in another dialog, by Undo or by a reload). Save your version over it, or discard your changes?</source>
        <translation>این رکورد پس از باز شدن این پنجره تغییر کرده است (در پنجره‌ای دیگر، با واگرد یا با بارگذاری دوباره). نسخهٔ خودتان را جایگزین آن می‌کنید یا تغییراتتان را کنار می‌گذارید؟</translation>
    </message>
    <message>
        <source>This record was removed after this dialog opened (in another dialog, by Undo or by a reload). Add your version back, or discard it?</source>
        <translation>این رکورد پس از باز شدن این پنجره حذف شده است (در پنجره‌ای دیگر، با واگرد یا با بارگذاری دوباره). نسخهٔ خودتان را دوباره اضافه می‌کنید یا آن را کنار می‌گذارید؟</translation>
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
        <translation>&amp;نقش:</translation>
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
        <translation>صفحه‌ی امضا</translation>
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
        <translation>&amp;نقش:</translation>
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
    <name>Enum</name>
    <message>
        <source>Hebrew</source>
        <translation>عبری</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>پایه</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>استاندارد</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>ویژه</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>اختصاصی</translation>
    </message>
    <message>
        <source>Novice</source>
        <translation>مبتدی</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>خبره</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>High</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>بحرانی</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>مدیر حساب مشتری</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>پشتیبان</translation>
    </message>
    <message>
        <source>Escalation manager</source>
        <translation>مدیر تشدید</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>مدیریت</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>سرور</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>برنامه‌ی کاربردی</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ذخیره‌سازی</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>سرویس ابری</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>ایستگاه کاری</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>امنیت</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>عملیاتی</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>پیش‌عملیاتی</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>آزمون</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>توسعه</translation>
    </message>
    <message>
        <source>Disaster recovery</source>
        <translation>بازیابی از فاجعه</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>ارائه‌دهنده</translation>
    </message>
    <message>
        <source>Decision maker / payer</source>
        <translation>تصمیم‌گیرنده / پرداخت‌کننده</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>فنی</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>گفتگوی برخط</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضوری</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>تیکت</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>دسترس‌پذیری</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>زمان پاسخ</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>زمان رفع</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>گزارش‌دهی</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>ارتباطات</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>The users</source>
        <translation>کاربران</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>مطرح‌شده</translation>
    </message>
    <message>
        <source>In discussion</source>
        <translation>در حال بررسی</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>توافق‌شده</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation>جلسه‌ی آغاز</translation>
    </message>
    <message>
        <source>Expectation alignment</source>
        <translation>همسوسازی انتظارات</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>بازبینی</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>یکشنبه</translation>
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
        <translation>خط زمانی تشدید</translation>
    </message>
    <message>
        <source>Write the time as HH:MM.</source>
        <translation>ساعت را به‌صورت HH:MM بنویسید.</translation>
    </message>
</context>
<context>
    <name>EscalationTab</name>
    <message>
        <source>Escalation</source>
        <translation>تشدید</translation>
    </message>
    <message>
        <source>Select a path to see when each level would be called.</source>
        <translation>یک مسیر را انتخاب کنید تا ببینید هر سطح چه زمانی فراخوانی می‌شود.</translation>
    </message>
    <message>
        <source>Escalation timeline</source>
        <translation>خط زمانی تشدید</translation>
    </message>
</context>
<context>
    <name>ExpectationDialog</name>
    <message>
        <source>Availability over the service window</source>
        <translation>دسترس‌پذیری در طول پنجره خدمت</translation>
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
        <source>This target is written only in technical terms. Say it in plain language too, as the customer would, e.g. “at most 4 failures a year, each fixed within 4 hours”.</source>
        <translation>این هدف فقط با اصطلاحات فنی نوشته شده است. آن را به زبان ساده هم بیان کنید، همان‌طور که مشتری می‌گوید؛ مثلاً «حداکثر ۴ خرابی در سال، که هر کدام ظرف ۴ ساعت رفع شود».</translation>
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
            <numerusform>حداکثر {count} خرابی در سال، که هر کدام ظرف {hours} رفع شود</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No — see cost and benefit</source>
        <translation>خیر — هزینه و فایده را ببینید</translation>
    </message>
</context>
<context>
    <name>ExpectationsTab</name>
    <message>
        <source>Expectations</source>
        <translation>انتظارات</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>Business needs</source>
        <translation>نیازهای کسب‌وکار</translation>
    </message>
    <message>
        <source>Support level</source>
        <translation>سطح پشتیبانی</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>در محدوده</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>خارج از محدوده</translation>
    </message>
    <message>
        <source>Service days</source>
        <translation>روزهای خدمت</translation>
    </message>
    <message>
        <source>Cover starts</source>
        <translation>شروع پوشش</translation>
    </message>
    <message>
        <source>Cover ends</source>
        <translation>پایان پوشش</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>منطقه‌ی زمانی</translation>
    </message>
    <message>
        <source>Knowledge level</source>
        <translation>سطح دانش</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>حساسیت</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>زبان سند</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>بازبینی بعدی</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Business function</source>
        <translation>کارکرد کسب‌وکار</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>محیط</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>محل</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>نام میزبان</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>شماره سریال</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>طرف</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>ITIL relation</source>
        <translation>نسبت در ITIL</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>کانال ترجیحی</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Reachable hours</source>
        <translation>ساعات در دسترس بودن</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>شدت</translation>
    </message>
    <message>
        <source>After (minutes)</source>
        <translation>پس از (دقیقه)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation>سطح تشدید</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Whose expectation</source>
        <translation>انتظار چه کسی</translation>
    </message>
    <message>
        <source>In the customer&apos;s words</source>
        <translation>به زبان خود مشتری</translation>
    </message>
    <message>
        <source>Agreed target</source>
        <translation>هدف توافق‌شده</translation>
    </message>
    <message>
        <source>Technical target</source>
        <translation>هدف فنی</translation>
    </message>
    <message>
        <source>Failures a year</source>
        <translation>تعداد خرابی در سال</translation>
    </message>
    <message>
        <source>Hours to fix each</source>
        <translation>ساعت‌های رفع هر خرابی</translation>
    </message>
    <message>
        <source>Availability %</source>
        <translation>دسترس‌پذیری ٪</translation>
    </message>
    <message>
        <source>Cost and benefit</source>
        <translation>هزینه و فایده</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>تاریخ بازبینی</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>علت</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>اثر</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>کاهش ریسک</translation>
    </message>
    <message>
        <source>Recovery plan</source>
        <translation>برنامه‌ی بازیابی</translation>
    </message>
    <message>
        <source>Recovery time (minutes)</source>
        <translation>زمان بازیابی (دقیقه)</translation>
    </message>
    <message>
        <source>What we do now to shorten recovery</source>
        <translation>آنچه اکنون برای کوتاه‌کردن بازیابی انجام می‌دهیم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>تصمیم‌ها</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>آغاز دوره</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>پایان دوره</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاریخ دریافت</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>تاریخ امضا</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>محقق‌شده</translation>
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
        <translation>نگه‌داشتن یک نسخه از نسخه‌ی من</translation>
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
        <translation>نسخه‌ی شما در {path} است؛ نسخه‌ی ذخیره‌شده نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Your version is saved as a new customer: {name}</source>
        <translation>نسخه‌ی شما به‌عنوان مشتری جدید ذخیره شد: {name}</translation>
    </message>
    <message>
        <source>{name} (my copy {number})</source>
        <translation>{name} (نسخه‌ی من {number})</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (نسخه‌ی من)</translation>
    </message>
</context>
<context>
    <name>FileView</name>
    <message>
        <source>Summaries</source>
        <translation>صورتجلسه‌ها</translation>
    </message>
    <message>
        <source>Signed versions</source>
        <translation>نسخه‌های امضاشده</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>سامانه‌ها</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>تشدید</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>انتظارات</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>بازخورد</translation>
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
        <translation>یک مشتری را از فهرست انتخاب کنید، با Ctrl+F جستجو کنید یا با Ctrl+N مشتری جدیدی بسازید.</translation>
    </message>
    <message>
        <source>{section}, row {row}: {problem}</source>
        <translation>{section}، ردیف {row}: {problem}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Whose chain</source>
        <translation>زنجیره‌ی کدام طرف</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>کارمند</translation>
    </message>
    <message>
        <source>Or a contact</source>
        <translation>یا یک مخاطب</translation>
    </message>
    <message>
        <source>Or another name</source>
        <translation>یا نامی دیگر</translation>
    </message>
    <message>
        <source>Agreed target, in plain language</source>
        <translation>هدف توافق‌شده، به زبان ساده</translation>
    </message>
    <message>
        <source>Technical form (optional)</source>
        <translation>بیان فنی (اختیاری)</translation>
    </message>
    <message>
        <source>Realistic</source>
        <translation>واقع‌بینانه</translation>
    </message>
    <message>
        <source>What could cause a failure</source>
        <translation>چه چیزی ممکن است باعث خرابی شود</translation>
    </message>
    <message>
        <source>How to make it less likely</source>
        <translation>چگونه احتمال آن را کم کنیم</translation>
    </message>
    <message>
        <source>How to recover</source>
        <translation>چگونه بازیابی کنیم</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>چه باید انجام شود</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>چه کسی انجام می‌دهد</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>نام مشتری</translation>
    </message>
    <message>
        <source>Criticality to their business</source>
        <translation>میزان حیاتی بودن برای کسب‌وکارشان</translation>
    </message>
    <message>
        <source>In scope (what we support)</source>
        <translation>در محدوده (آنچه پشتیبانی می‌کنیم)</translation>
    </message>
    <message>
        <source>Out of scope (what we do not)</source>
        <translation>خارج از محدوده (آنچه پشتیبانی نمی‌کنیم)</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>مدیر حساب مشتری</translation>
    </message>
    <message>
        <source>Dedicated supporter</source>
        <translation>پشتیبان اختصاصی</translation>
    </message>
    <message>
        <source>Backup supporter</source>
        <translation>پشتیبان جایگزین</translation>
    </message>
    <message>
        <source>Owner (contact)</source>
        <translation>مسئول (مخاطب)</translation>
    </message>
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
    <name>History</name>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>چه چیزی تغییر کرد</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>پیش از تغییر</translation>
    </message>
    <message>
        <source>After</source>
        <translation>پس از تغییر</translation>
    </message>
    <message>
        <source>Created the service file</source>
        <translation>پرونده خدمت ایجاد شد</translation>
    </message>
    <message>
        <source>Saved without changes</source>
        <translation>بدون تغییر ذخیره شد</translation>
    </message>
    <message>
        <source>Archived the customer</source>
        <translation>مشتری بایگانی شد</translation>
    </message>
    <message>
        <source>Brought the customer back from archive</source>
        <translation>مشتری از بایگانی بازگردانده شد</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>افزوده شد</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>حذف شد</translation>
    </message>
    <message>
        <source>Covered: industry</source>
        <translation>در جلسه بررسی شد: حوزه‌ی فعالیت</translation>
    </message>
    <message>
        <source>Covered: business needs</source>
        <translation>در جلسه بررسی شد: نیازهای کسب‌وکار</translation>
    </message>
    <message>
        <source>Covered: support level</source>
        <translation>در جلسه بررسی شد: سطح پشتیبانی</translation>
    </message>
    <message>
        <source>Covered: support boundaries</source>
        <translation>در جلسه بررسی شد: محدوده‌ی پشتیبانی</translation>
    </message>
    <message>
        <source>Covered: escalation</source>
        <translation>در جلسه بررسی شد: ارجاع</translation>
    </message>
    <message>
        <source>Covered: contacts</source>
        <translation>در جلسه بررسی شد: مخاطبان</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
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
        <source>Import contacts from CSV</source>
        <translation>ورود مخاطبان از CSV</translation>
    </message>
    <message>
        <source>Import customers from JSON</source>
        <translation>ورود مشتریان از JSON</translation>
    </message>
    <message>
        <source>{imported}. Invisible direction-control characters were removed from these fields, so that no name reads reversed:</source>
        <translation>{imported}. نویسه‌های نامرئی کنترل جهت از این فیلدها حذف شد تا هیچ نامی وارونه خوانده نشود:</translation>
    </message>
    <message>
        <source>Direction-control characters removed</source>
        <translation>نویسه‌های کنترل جهت حذف شد</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>ورود از CSV</translation>
    </message>
    <message>
        <source>Import systems from CSV</source>
        <translation>ورود سامانه‌ها از CSV</translation>
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
        <translation>در حال ورود {name}…</translation>
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
        <source>Nothing was imported</source>
        <translation>چیزی وارد نشد</translation>
    </message>
    <message>
        <source>Open (and save) the customer to import into first.</source>
        <translation>ابتدا مشتری مقصد را باز (و ذخیره) کنید.</translation>
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
    <name>ImportProblem</name>
    <message>
        <source>Customer {number}</source>
        <translation>مشتری {number}</translation>
    </message>
    <message>
        <source>Staff member {number}</source>
        <translation>کارمند {number}</translation>
    </message>
    <message>
        <source>System {number}</source>
        <translation>سامانه‌ی {number}</translation>
    </message>
    <message>
        <source>Contact {number}</source>
        <translation>مخاطب {number}</translation>
    </message>
    <message>
        <source>Escalation path {number}</source>
        <translation>مسیر تشدید {number}</translation>
    </message>
    <message>
        <source>Level {number}</source>
        <translation>سطح {number}</translation>
    </message>
    <message>
        <source>Expectation {number}</source>
        <translation>انتظار {number}</translation>
    </message>
    <message>
        <source>Risk {number}</source>
        <translation>ریسک {number}</translation>
    </message>
    <message>
        <source>Meeting {number}</source>
        <translation>جلسه‌ی {number}</translation>
    </message>
    <message>
        <source>Participant {number}</source>
        <translation>شرکت‌کننده‌ی {number}</translation>
    </message>
    <message>
        <source>Action item {number}</source>
        <translation>اقدام {number}</translation>
    </message>
    <message>
        <source>Report {number}</source>
        <translation>گزارش {number}</translation>
    </message>
    <message>
        <source>Result {number}</source>
        <translation>نتیجه‌ی {number}</translation>
    </message>
    <message>
        <source>Feedback {number}</source>
        <translation>بازخورد {number}</translation>
    </message>
    <message>
        <source>Day {number}</source>
        <translation>روز {number}</translation>
    </message>
    <message>
        <source>Service window</source>
        <translation>پنجره خدمت</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>End</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>روزها</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>کارمند</translation>
    </message>
    <message>
        <source>Dedicated supporter</source>
        <translation>پشتیبان اختصاصی</translation>
    </message>
    <message>
        <source>Backup supporter</source>
        <translation>پشتیبان جایگزین</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>مدیر حساب مشتری</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>انتظار</translation>
    </message>
    <message>
        <source>Realistic</source>
        <translation>واقع‌بینانه</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>برنامه بهبود</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>محقق شد</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>پیگیری انجام شد</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>فهرست وارسی</translation>
    </message>
    <message>
        <source>Support boundaries</source>
        <translation>محدوده پشتیبانی</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>تشدید</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>سطر {number}</translation>
    </message>
    <message>
        <source>The customer&apos;s file (not this import)</source>
        <translation>پرونده خدمت مشتری (نه این ورود)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>الزامی است</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>فیلد ناشناخته</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>باید متن باشد</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>باید فهرست باشد</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>باید شیء باشد</translation>
    </message>
    <message>
        <source>not valid JSON: {detail} at line {line} column {column}</source>
        <translation>فایل JSON معتبری نیست: خطا در سطر {line}، ستون {column}</translation>
    </message>
    <message>
        <source>not valid JSON: {value} is not a number JSON allows</source>
        <translation>فایل JSON معتبری نیست: {value} عددی نیست که JSON بپذیرد</translation>
    </message>
    <message>
        <source>not an AccountDesk service-file document; expected {expected}</source>
        <translation>این سند پرونده خدمت AccountDesk نیست؛ باید {expected} باشد</translation>
    </message>
    <message>
        <source>not an AccountDesk service-file document (its format is {found}); expected {expected}</source>
        <translation>این سند پرونده خدمت AccountDesk نیست (قالب آن {found} است)؛ باید {expected} باشد</translation>
    </message>
    <message>
        <source>format version {version} is newer than this AccountDesk reads ({supported}); update AccountDesk</source>
        <translation>نسخه قالب {version} از نسخه‌ای که این AccountDesk می‌خواند ({supported}) جدیدتر است؛ AccountDesk را به‌روز کنید</translation>
    </message>
    <message>
        <source>unsupported format version {version}; this AccountDesk reads version {supported}</source>
        <translation>نسخه قالب {version} پشتیبانی نمی‌شود؛ این AccountDesk نسخه {supported} را می‌خواند</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte})</source>
        <translation>فایل متن UTF-8 نیست (بایت {byte})</translation>
    </message>
    <message>
        <source>lists and objects are nested too deeply here</source>
        <translation>فهرست‌ها و شیءها در این‌جا بیش از حد تودرتو هستند</translation>
    </message>
    <message>
        <source>the database refused the document: {detail}</source>
        <translation>پایگاه داده سند را نپذیرفت</translation>
    </message>
    <message>
        <source>is written more than once in the same object</source>
        <translation>بیش از یک بار در همان شیء نوشته شده است</translation>
    </message>
    <message>
        <source>contains {character}, a control character or invalid code point that text may not hold</source>
        <translation>شامل {character} است، نویسه‌ای کنترلی یا نامعتبر که در متن مجاز نیست</translation>
    </message>
    <message>
        <source>invisible direction-control characters removed ({characters}); they could reverse how the text reads</source>
        <translation>نویسه‌های نامرئی کنترل جهت حذف شد ({characters})؛ ممکن بود ترتیب خواندن متن را وارونه کنند</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>باید عدد باشد</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>باید عدد صحیح باشد</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>باید درست یا نادرست باشد</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>بیش از حد بزرگ است</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} یکی از این موارد نیست: {choices}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>باید بین {low} و {high} باشد</translation>
    </message>
    <message>
        <source>must be at least {low}</source>
        <translation>باید دست‌کم {low} باشد</translation>
    </message>
    <message>
        <source>{value} is not a date (use YYYY-MM-DD)</source>
        <translation>{value} تاریخ نیست (به‌صورت YYYY-MM-DD بنویسید)</translation>
    </message>
    <message>
        <source>must be the number of a contact (counted from 0)</source>
        <translation>باید شماره یک مخاطب باشد (شمارش از ۰)</translation>
    </message>
    <message>
        <source>must be the number of an expectation (counted from 0)</source>
        <translation>باید شماره یک انتظار باشد (شمارش از ۰)</translation>
    </message>
    <message>
        <source>there is no contact {value} (this customer has {total}, counted from 0)</source>
        <translation>مخاطب شماره {value} وجود ندارد (این مشتری {total} مخاطب دارد، شمارش از ۰)</translation>
    </message>
    <message>
        <source>there is no expectation {value} (this customer has {total}, counted from 0)</source>
        <translation>انتظار شماره {value} وجود ندارد (این مشتری {total} انتظار دارد، شمارش از ۰)</translation>
    </message>
    <message>
        <source>staff member {name} appears twice (also {other})</source>
        <translation>کارمند {name} دو بار آمده است (نیز در {other})</translation>
    </message>
    <message>
        <source>customer {name} appears twice (also {other})</source>
        <translation>مشتری {name} دو بار آمده است (نیز در {other})</translation>
    </message>
    <message>
        <source>a customer named {name} already exists</source>
        <translation>مشتری‌ای با نام {name} از پیش وجود دارد</translation>
    </message>
    <message>
        <source>must be after start (a window lies within one day)</source>
        <translation>باید پس از شروع باشد (پنجره خدمت درون یک روز است)</translation>
    </message>
    <message>
        <source>must be a non-empty list of days such as {example}</source>
        <translation>باید فهرستی ناتهی از روزها باشد، مانند {example}</translation>
    </message>
    <message>
        <source>{value} is listed twice</source>
        <translation>{value} دو بار آمده است</translation>
    </message>
    <message>
        <source>{value} is not a time of day (use HH:MM)</source>
        <translation>{value} ساعتی از روز نیست (به‌صورت HH:MM بنویسید)</translation>
    </message>
    <message>
        <source>{value} is not a time of day (use HH:MM, up to 24:00)</source>
        <translation>{value} ساعتی از روز نیست (به‌صورت HH:MM و حداکثر ۲۴:۰۰ بنویسید)</translation>
    </message>
    <message>
        <source>each level needs a staff member, a contact or a name</source>
        <translation>هر سطح به یک کارمند، یک مخاطب یا یک نام نیاز دارد</translation>
    </message>
    <message>
        <source>must not be before {other}</source>
        <translation>نباید پیش از {other} باشد</translation>
    </message>
    <message>
        <source>expectation {value} has two results in this report</source>
        <translation>انتظار {value} در این گزارش دو نتیجه دارد</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte}); save it as {excel_format}</source>
        <translation>فایل متن UTF-8 نیست (بایت {byte})؛ آن را به‌صورت {excel_format} ذخیره کنید</translation>
    </message>
    <message>
        <source>not valid CSV: {detail}</source>
        <translation>فایل CSV معتبری نیست</translation>
    </message>
    <message>
        <source>a quoted cell starts on this line and is never closed; add the closing quote</source>
        <translation>خانه‌ای در گیومه از این سطر شروع می‌شود و هرگز بسته نمی‌شود؛ گیومهٔ پایانی را اضافه کنید</translation>
    </message>
    <message>
        <source>a quote is followed by more text in the same cell; write a quote inside a quoted cell as &quot;&quot;</source>
        <translation>پس از گیومه متن دیگری در همان خانه آمده است؛ گیومه را درون خانهٔ گیومه‌دار به‌صورت &quot;&quot; بنویسید</translation>
    </message>
    <message>
        <source>the file has no header row; expected columns such as {columns}</source>
        <translation>فایل سطر عنوان ندارد؛ ستون‌هایی مانند {columns} لازم است</translation>
    </message>
    <message>
        <source>column {number} &apos;{name}&apos; is not one of {columns}</source>
        <translation>ستون {number} (&apos;{name}&apos;) یکی از این موارد نیست: {columns}</translation>
    </message>
    <message>
        <source>column &apos;{name}&apos; appears twice</source>
        <translation>ستون &apos;{name}&apos; دو بار آمده است</translation>
    </message>
    <message>
        <source>the header needs a &apos;{name}&apos; column</source>
        <translation>سطر عنوان باید ستون &apos;{name}&apos; داشته باشد</translation>
    </message>
    <message>
        <source>{cells} cells, but the header names {expected} columns</source>
        <translation>این سطر {cells} خانه دارد، اما سطر عنوان {expected} ستون دارد</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; matches no contact of this customer</source>
        <translation>&apos;{value}&apos; با هیچ مخاطبی از این مشتری جور نیست</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; matches more than one contact</source>
        <translation>&apos;{value}&apos; با بیش از یک مخاطب جور است</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue a new version</source>
        <translation>صدور نسخه‌ی جدید</translation>
    </message>
    <message>
        <source>Persian digits</source>
        <translation>ارقام فارسی</translation>
    </message>
    <message>
        <source>List the changes since the signed version</source>
        <translation>فهرست تغییرات از زمان نسخه‌ی امضاشده</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>صادرشده &amp;توسط:</translation>
    </message>
    <message>
        <source>The version is made from the saved service file and never changes once issued.</source>
        <translation>نسخه از پرونده خدمت ذخیره‌شده ساخته می‌شود و پس از صدور هرگز تغییر نمی‌کند.</translation>
    </message>
</context>
<context>
    <name>Kickoff</name>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>Business needs</source>
        <translation>نیازهای کسب‌وکار</translation>
    </message>
    <message>
        <source>Support level</source>
        <translation>سطح پشتیبانی</translation>
    </message>
    <message>
        <source>Support boundaries</source>
        <translation>محدوده پشتیبانی</translation>
    </message>
    <message>
        <source>Escalation interfaces</source>
        <translation>رابط‌های تشدید</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>افراد رابط</translation>
    </message>
    <message>
        <source>The industry is not recorded</source>
        <translation>صنعت ثبت نشده است</translation>
    </message>
    <message>
        <source>The business needs (why they buy) are not recorded</source>
        <translation>نیازهای کسب‌وکار (چرا خرید می‌کنند) ثبت نشده است</translation>
    </message>
    <message>
        <source>Support boundaries: nothing is listed as in scope</source>
        <translation>محدوده پشتیبانی: هیچ موردی در محدوده فهرست نشده است</translation>
    </message>
    <message>
        <source>Support boundaries: nothing is listed as out of scope</source>
        <translation>محدوده پشتیبانی: هیچ موردی خارج از محدوده فهرست نشده است</translation>
    </message>
    <message>
        <source>No escalation path for critical incidents</source>
        <translation>مسیر تشدیدی برای رخدادهای بحرانی وجود ندارد</translation>
    </message>
    <message>
        <source>No escalation interface on the customer&apos;s side</source>
        <translation>رابط تشدیدی در سمت مشتری وجود ندارد</translation>
    </message>
    <message>
        <source>No contacts on the customer&apos;s side</source>
        <translation>مخاطبی در سمت مشتری وجود ندارد</translation>
    </message>
    <message>
        <source>No decision maker (who negotiates and pays) among the contacts</source>
        <translation>در میان مخاطبان، تصمیم‌گیرنده‌ای (کسی که مذاکره و پرداخت می‌کند) نیست</translation>
    </message>
    <message>
        <source>No account manager</source>
        <translation>مدیر حساب مشتری تعیین نشده است</translation>
    </message>
    <message>
        <source>No dedicated supporter</source>
        <translation>پشتیبان اختصاصی تعیین نشده است</translation>
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
        <translation>پایگاه‌های داده‌ی AccountDesk (*.sqlite3 *.db);;همه‌ی فایل‌ها (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>پایگاه داده‌ی جدید</translation>
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
        <translation>پایگاه داده‌ی {path} باز شد</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>نسخهٔ پشتیبان تهیه نشد: {reason}</translation>
    </message>
    <message>
        <source>This database is damaged, so nothing was saved to it. Restore the newest good backup to go on working; changes that were not saved are then lost.</source>
        <translation>پایگاه داده آسیب دیده است، بنابراین چیزی در آن ذخیره نشد. برای ادامهٔ کار، آخرین نسخهٔ پشتیبان سالم را بازگردانید؛ تغییرهایی که ذخیره نشده‌اند از دست می‌روند.</translation>
    </message>
    <message>
        <source>Replace the database {path} with the backup made on {date} ({customers})? The current file is kept as a copy first.</source>
        <translation>پایگاه دادهٔ {path} با نسخهٔ پشتیبان {date} ({customers}) جایگزین شود؟ پیش از آن یک رونوشت از پروندهٔ کنونی نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>بازگردانی از نسخهٔ پشتیبان</translation>
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
        <translation>نسخهٔ پشتیبان {date} بازگردانی شد.</translation>
    </message>
    <message>
        <source>The replaced file is kept as {path}.</source>
        <translation>پروندهٔ جایگزین‌شده با نام {path} نگه داشته شد.</translation>
    </message>
    <message>
        <source>Folder for the backups of this database</source>
        <translation>پوشهٔ نسخه‌های پشتیبان این پایگاه داده</translation>
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
        <translation>AccountDesk برای هر مشتری یک پرونده خدمت نگه می‌دارد — سامانه‌ها، مخاطبان، مسیرهای تشدید و انتظاراتی که به زبان خود مشتری توافق شده‌اند — برای مدیران حساب مشتری و پشتیبانان اختصاصی.

پایگاه داده: {path}</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Kickoff checklist: covered in this meeting</source>
        <translation>چک‌لیست جلسه‌ی آغاز: موارد پوشش‌داده‌شده در این جلسه</translation>
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
        <source>Participants</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>اقدام‌ها</translation>
    </message>
    <message>
        <source>Nothing: the file has everything a kickoff needs.</source>
        <translation>هیچ: پرونده هر آنچه جلسه‌ی آغاز لازم دارد را دارد.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Meetings</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <source>Ready for a kickoff: the file has everything the checklist asks for.</source>
        <translation>آماده‌ی جلسه‌ی آغاز: پرونده همه‌ی موارد چک‌لیست را دارد.</translation>
    </message>
    <message>
        <source>Before a kickoff, the file still lacks:</source>
        <translation>پیش از جلسه‌ی آغاز، این موارد هنوز در پرونده نیست:</translation>
    </message>
    <message>
        <source>Still missing before a kickoff</source>
        <translation>هنوز پیش از جلسه‌ی آغاز کم است</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>پشتیبانی</translation>
    </message>
    <message>
        <source>Service window</source>
        <translation>پنجره خدمت</translation>
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
        <translation>اختیاری: یک PDF یا تصویر از نسخه‌ی امضاشده</translation>
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
        <translation>نقش:</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>تاریخ امضا:</translation>
    </message>
    <message>
        <source>The scan of the signed copy</source>
        <translation>اسکن نسخه‌ی امضاشده</translation>
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
        <translation>بازگردانی از نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Backups in {folder}, newest first. Restoring replaces the whole database; the current file is kept as a copy first.</source>
        <translation>نسخه‌های پشتیبان در {folder}، از جدیدترین. بازگردانی کل پایگاه داده را جایگزین می‌کند؛ پیش از آن یک رونوشت از پروندهٔ کنونی نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>There are no backups in {folder}.</source>
        <translation>در {folder} هیچ نسخهٔ پشتیبانی نیست.</translation>
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
        <translation>جستجوی مشتری، سامانه یا مخاطب (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>پاک کردن جستجو</translation>
    </message>
    <message>
        <source>Supporter&apos;s card for the selected result (Ctrl+Enter)</source>
        <translation>کارت پشتیبان برای نتیجه‌ی انتخاب‌شده (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Open the supporter&apos;s card</source>
        <translation>باز کردن کارت پشتیبان</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتایج جستجو</translation>
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
        <translation>مسیر تشدید</translation>
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
</context>
<context>
    <name>Signing</name>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>صادرشده</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>امضاها</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>یکپارچگی</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>امضاشده</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>جایگزین‌شده</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>کاغذی</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>دست‌نویس</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>دیجیتال</translation>
    </message>
    <message>
        <source>Expectation added: {subject}</source>
        <translation>انتظار افزوده شد: {subject}</translation>
    </message>
    <message>
        <source>Expectation removed: {subject}</source>
        <translation>انتظار حذف شد: {subject}</translation>
    </message>
    <message>
        <source>Expectation reworded: was {before}, now {after}</source>
        <translation>متن انتظار تغییر کرد: پیش‌تر {before}، اکنون {after}</translation>
    </message>
    <message>
        <source>Agreed target of {subject} changed: was {before}, now {after}</source>
        <translation>هدف توافق‌شده‌ی {subject} تغییر کرد: پیش‌تر {before}، اکنون {after}</translation>
    </message>
    <message>
        <source>Status of {subject} changed: was {before}, now {after}</source>
        <translation>وضعیت {subject} تغییر کرد: پیش‌تر {before}، اکنون {after}</translation>
    </message>
    <message>
        <source>Escalation ({path}): level {level} added: {after}</source>
        <translation>تشدید ({path}): سطح {level} افزوده شد: {after}</translation>
    </message>
    <message>
        <source>Escalation ({path}): level {level} removed: {before}</source>
        <translation>تشدید ({path}): سطح {level} حذف شد: {before}</translation>
    </message>
    <message>
        <source>Escalation ({path}): level {level} moved: was {before}, now {after}</source>
        <translation>تشدید ({path}): سطح {level} جابه‌جا شد: پیش‌تر {before}، اکنون {after}</translation>
    </message>
    <message>
        <source>System added: {subject}</source>
        <translation>سامانه افزوده شد: {subject}</translation>
    </message>
    <message>
        <source>System removed: {subject}</source>
        <translation>سامانه حذف شد: {subject}</translation>
    </message>
    <message>
        <source>{who}, after {minutes} min</source>
        <translation>{who}، پس از {minutes} دقیقه</translation>
    </message>
    <message>
        <source>the stored service-file snapshot no longer matches its hash</source>
        <translation>تصویر ذخیره‌شده‌ی پرونده خدمت دیگر با هش خود مطابقت ندارد</translation>
    </message>
    <message>
        <source>the stored issued PDF no longer matches its hash</source>
        <translation>PDF صادرشده‌ی ذخیره‌شده دیگر با هش خود مطابقت ندارد</translation>
    </message>
    <message>
        <source>the stored signed PDF no longer matches its hash</source>
        <translation>PDF امضاشده‌ی ذخیره‌شده دیگر با هش خود مطابقت ندارد</translation>
    </message>
    <message>
        <source>the signed PDF does not begin with the issued PDF</source>
        <translation>PDF امضاشده با PDF صادرشده آغاز نمی‌شود</translation>
    </message>
    <message>
        <source>the document after {subject}&apos;s signature no longer matches its hash</source>
        <translation>سندِ پس از امضای {subject} دیگر با هش خود مطابقت ندارد</translation>
    </message>
    <message>
        <source>the scan of {subject}&apos;s signature no longer matches its hash</source>
        <translation>اسکن امضای {subject} دیگر با هش خود مطابقت ندارد</translation>
    </message>
    <message>
        <source>the digital signature of {subject} is not valid: {detail}</source>
        <translation>امضای دیجیتال {subject} معتبر نیست: {detail}</translation>
    </message>
    <message>
        <source>the database records a digital signature by {subject}; the PDF does not carry it</source>
        <translation>پایگاه داده امضای دیجیتال {subject} را ثبت کرده است؛ این PDF آن را ندارد</translation>
    </message>
    <message>
        <source>the database records a signature drawn by {subject}; the PDF does not carry it</source>
        <translation>پایگاه داده امضای دست‌نویس {subject} را ثبت کرده است؛ این PDF آن را ندارد</translation>
    </message>
    <message>
        <source>the database records a signature by {subject} on paper; the PDF does not carry it</source>
        <translation>پایگاه داده امضای کاغذی {subject} را ثبت کرده است؛ این PDF آن را ندارد</translation>
    </message>
    <message>
        <source>the PDF carries a digital signature by {subject} that the database does not record</source>
        <translation>این PDF امضای دیجیتالی از {subject} دارد که در پایگاه داده ثبت نشده است</translation>
    </message>
    <message>
        <source>the PDF cannot be read: {detail}</source>
        <translation>PDF خوانده نمی‌شود: {detail}</translation>
    </message>
    <message>
        <source>no signature to record</source>
        <translation>امضایی برای ثبت وجود ندارد</translation>
    </message>
    <message>
        <source>the name of the {side} signatory is missing</source>
        <translation>نام امضاکننده‌ی طرف {side} وارد نشده است</translation>
    </message>
    <message>
        <source>the scan {name} is larger than 25 MB</source>
        <translation>اسکن {name} بزرگ‌تر از ۲۵ مگابایت است</translation>
    </message>
    <message>
        <source>the scan {name} is not a PDF or an image (PNG, JPEG, TIFF, GIF)</source>
        <translation>اسکن {name} نه PDF است و نه تصویر (PNG، JPEG، TIFF، GIF)</translation>
    </message>
    <message>
        <source>the signature pad is empty: draw the signature first</source>
        <translation>صفحه‌ی امضا خالی است: ابتدا امضا را بکشید</translation>
    </message>
    <message>
        <source>a drawn signature cannot be added after a digital one: it would break the digital signature</source>
        <translation>پس از امضای دیجیتال نمی‌توان امضای دست‌نویس افزود: امضای دیجیتال را باطل می‌کند</translation>
    </message>
    <message>
        <source>the certificate file cannot be opened: wrong passphrase, or not a PKCS#12 file</source>
        <translation>فایل گواهی باز نمی‌شود: گذرواژه نادرست است یا فایل PKCS#12 نیست</translation>
    </message>
    <message>
        <source>version {number} is {status}: only an issued version can be signed</source>
        <translation>نسخه‌ی {number} در وضعیت {status} است: فقط نسخه‌ی صادرشده را می‌توان امضا کرد</translation>
    </message>
    <message>
        <source>the {side} side has already signed version {number}</source>
        <translation>طرف {side} پیش‌تر نسخه‌ی {number} را امضا کرده است</translation>
    </message>
    <message>
        <source>version {number} has no signature block for the {side} side</source>
        <translation>نسخه‌ی {number} جای امضایی برای طرف {side} ندارد</translation>
    </message>
    <message>
        <source>signing rewrote the document instead of adding to it</source>
        <translation>امضا کردن به‌جای افزودن به سند، آن را بازنویسی کرد</translation>
    </message>
    <message>
        <source>unknown document language &apos;{language}&apos;: use he, fa or en</source>
        <translation>زبان سند ناشناخته است &apos;{language}&apos;: از he، fa یا en استفاده کنید</translation>
    </message>
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
        <source>Signatures</source>
        <translation>امضاها</translation>
    </message>
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
        <translation>ذخیره‌ی P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>&amp;بررسی دوباره</translation>
    </message>
    <message>
        <source>WARNING: a stored summary was changed after it was issued or signed. Do not rely on it.</source>
        <translation>هشدار: یک صورتجلسه‌ی ذخیره‌شده پس از صدور یا امضا تغییر کرده است. به آن اتکا نکنید.</translation>
    </message>
    <message>
        <source>Version {number}: {problem}</source>
        <translation>نسخه‌ی {number}: {problem}</translation>
    </message>
    <message>
        <source>Version {number}: {status}</source>
        <translation>نسخه‌ی {number}: {status}</translation>
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
        <translation>بازبینی‌ای را که امضا کرده پوشش می‌دهد؛ پس از آن فقط امضاها و پر کردن فرم</translation>
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
        <translation>تغییرات از نسخه‌ی {number}:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Could not do that: {reason}</source>
        <translation>این کار انجام نشد: {reason}</translation>
    </message>
    <message>
        <source>Save the service file first: a version is made from the saved file.</source>
        <translation>ابتدا پرونده خدمت را ذخیره کنید: نسخه از پرونده‌ی ذخیره‌شده ساخته می‌شود.</translation>
    </message>
    <message>
        <source>A new version was issued.</source>
        <translation>نسخه‌ی جدیدی صادر شد.</translation>
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
        <translation>ذخیره‌ی نسخه‌ی صورتجلسه</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>اسناد PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Summary version {number}</source>
        <translation>نسخه‌ی {number} صورتجلسه</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} ذخیره شد</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>مدیر حساب مشتری</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>AccountDesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>پایگاه‌های داده‌ی AccountDesk (*.sqlite3 *.db);;همه‌ی فایل‌ها (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>پایگاه داده‌ی جدید</translation>
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
        <source>Persian digits</source>
        <translation>ارقام فارسی</translation>
    </message>
    <message>
        <source>Write numbers and dates with Persian digits (۱۲۳)</source>
        <translation>نوشتن اعداد و تاریخ‌ها با ارقام فارسی (۱۲۳)</translation>
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
        <translation>پیش‌نویس · صفحه‌ها: {pages} · شناسه محتوا {id}</translation>
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
        <translation>سطح پشتیبانی: {level} · حساسیت برای آن‌ها: {criticality} · سطح دانش: {knowledge}</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>سامانه‌ها</translation>
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
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation>مخاطبی ثبت نشده است.</translation>
    </message>
    <message>
        <source>Prefers: {channel}</source>
        <translation>ترجیح: {channel}</translation>
    </message>
    <message>
        <source>reachable: {hours}</source>
        <translation>در دسترس: {hours}</translation>
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
        <translation>تشدید در صورت ثبت در همین لحظه ({moment})</translation>
    </message>
    <message>
        <source>No escalation path recorded.</source>
        <translation>مسیر تشدیدی ثبت نشده است.</translation>
    </message>
    <message>
        <source>{severity} — {side}&apos;s chain</source>
        <translation>{severity} — زنجیره‌ی {side}</translation>
    </message>
    <message>
        <source>Support boundaries</source>
        <translation>محدوده پشتیبانی</translation>
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
    <name>SystemsTab</name>
    <message>
        <source>Systems</source>
        <translation>سامانه‌ها</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>at once</source>
        <translation>بی‌درنگ</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Raised {moment}</source>
        <translation>ثبت‌شده {moment}</translation>
    </message>
    <message>
        <source>The service window&apos;s time zone is not known; times cannot be worked out.</source>
        <translation>منطقه‌ی زمانی پنجره خدمت مشخص نیست؛ زمان‌ها قابل محاسبه نیستند.</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>ساعت {time}</translation>
    </message>
    <message>
        <source>level {number} {when}</source>
        <translation>سطح {number} {when}</translation>
    </message>
    <message>
        <source>{start}: no escalation levels yet.</source>
        <translation>{start}: هنوز سطح تشدیدی تعریف نشده است.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{field} is required</source>
        <translation>{field} الزامی است</translation>
    </message>
    <message>
        <source>{field} must be at most {limit} characters</source>
        <translation>{field} حداکثر می‌تواند {limit} نویسه باشد</translation>
    </message>
    <message>
        <source>{field} is not a valid e-mail address: {reason}</source>
        <translation>{field} نشانی ایمیل معتبری نیست: {reason}</translation>
    </message>
    <message>
        <source>{field} is not a valid phone number; write it with + and its country code</source>
        <translation>{field} شماره تلفن معتبری نیست؛ آن را با + و کد کشور بنویسید</translation>
    </message>
    <message>
        <source>{field} is not a valid phone number in {country}; write it as {national} or, with the country code, {international}</source>
        <translation>{field} شماره تلفن معتبری در {country} نیست؛ آن را به شکل {national} یا با کد کشور به شکل {international} بنویسید</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a country code (ISO 3166, such as IL, IR or GB)</source>
        <translation>{field}: &apos;{value}&apos; کد کشور نیست (ISO 3166، مانند IR، IL یا GB)</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}</source>
        <translation>{field} باید یکی از این موارد باشد: {choices}</translation>
    </message>
    <message>
        <source>{field} is not a valid date (use YYYY-MM-DD)</source>
        <translation>{field} تاریخ معتبری نیست (به‌صورت YYYY-MM-DD بنویسید)</translation>
    </message>
    <message>
        <source>{field} is not a valid time (use HH:MM)</source>
        <translation>{field} ساعت معتبری نیست (به‌صورت HH:MM بنویسید)</translation>
    </message>
    <message>
        <source>{field} cannot be negative</source>
        <translation>{field} نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <source>{field} must be a number</source>
        <translation>{field} باید عدد باشد</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}</source>
        <translation>{field} باید بین {low} و {high} باشد</translation>
    </message>
    <message>
        <source>{field} is not a known time zone</source>
        <translation>{field} منطقه‌ی زمانی شناخته‌شده‌ای نیست</translation>
    </message>
    <message>
        <source>{field} must include at least one day</source>
        <translation>{field} باید دست‌کم یک روز را در بر بگیرد</translation>
    </message>
    <message>
        <source>{field} must end after it starts</source>
        <translation>{field} باید پس از شروع پایان یابد</translation>
    </message>
    <message>
        <source>{field} is required when an expectation is marked unrealistic</source>
        <translation>وقتی انتظاری غیرواقع‌بینانه علامت خورده، {field} الزامی است</translation>
    </message>
    <message>
        <source>{field}: choose a staff member or a contact for this level</source>
        <translation>{field}: برای این سطح یک کارمند یا یک مخاطب انتخاب کنید</translation>
    </message>
    <message>
        <source>{field} must not be before the period start</source>
        <translation>{field} نباید پیش از آغاز دوره باشد</translation>
    </message>
    <message>
        <source>{field} &apos;{value}&apos; already exists</source>
        <translation>{field} &apos;{value}&apos; از قبل وجود دارد</translation>
    </message>
    <message>
        <source>{field} contains {character}, a control character or invalid code point that text may not hold</source>
        <translation>{field} شامل {character} است، نویسه‌ای کنترلی یا نامعتبر که در متن مجاز نیست</translation>
    </message>
    <message>
        <source>{field} contains characters that documents cannot print: {characters}; remove or replace them</source>
        <translation>{field} نویسه‌هایی دارد که در اسناد چاپ نمی‌شوند: {characters}؛ آن‌ها را حذف یا جایگزین کنید</translation>
    </message>
    <message>
        <source>{field} contains invisible direction-control characters; they are shown neutralised in documents</source>
        <translation>{field} نویسه‌های نامرئی کنترل جهت دارد؛ در اسناد به‌صورت خنثی‌شده نمایش داده می‌شوند</translation>
    </message>
</context>
</TS>
