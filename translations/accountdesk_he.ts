<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New customer</source>
        <translation>לקוח &amp;חדש</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;שמירה</translation>
    </message>
    <message>
        <source>Import customers from &amp;JSON…</source>
        <translation>ייבוא לקוחות מ־&amp;JSON…</translation>
    </message>
    <message>
        <source>Import &amp;systems from CSV…</source>
        <translation>ייבוא &amp;מערכות מ־CSV…</translation>
    </message>
    <message>
        <source>Import &amp;contacts from CSV…</source>
        <translation>ייבוא &amp;אנשי קשר מ־CSV…</translation>
    </message>
    <message>
        <source>&amp;Export this customer as JSON…</source>
        <translation>&amp;ייצוא הלקוח הזה כ־JSON…</translation>
    </message>
    <message>
        <source>&amp;Archive this customer</source>
        <translation>&amp;העברת הלקוח לארכיון</translation>
    </message>
    <message>
        <source>&amp;Bring back from archive</source>
        <translation>ה&amp;חזרה מהארכיון</translation>
    </message>
    <message>
        <source>&amp;Delete this customer…</source>
        <translation>&amp;מחיקת הלקוח הזה…</translation>
    </message>
    <message>
        <source>Export the &amp;listed customers as JSON…</source>
        <translation>ייצוא הלקוחות ש&amp;ברשימה כ־JSON…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>מסד &amp;נתונים חדש…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;פתיחת מסד נתונים…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>ש&amp;חזור מגיבוי…</translation>
    </message>
    <message>
        <source>Backup fol&amp;der…</source>
        <translation>&amp;תיקיית הגיבויים…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;חיפוש…</translation>
    </message>
    <message>
        <source>Supporter&apos;s &amp;card</source>
        <translation>&amp;כרטיס תומך</translation>
    </message>
    <message>
        <source>&amp;About AccountDesk</source>
        <translation>&amp;אודות AccountDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>מסדי נתונים &amp;אחרונים</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;עריכה</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ע&amp;זרה</translation>
    </message>
    <message>
        <source>Persian &amp;digits (۱۲۳)</source>
        <translation>ספרות &amp;פרסיות (۱۲۳)</translation>
    </message>
    <message>
        <source>Solar &amp;Hijri calendar</source>
        <translation>לוח שנה &amp;הג&apos;רי שמשי</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;ביטול פעולה</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;ביטול: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;חזרה על פעולה</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;חזרה על: {what}</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>צד</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <source>ITIL relation</source>
        <translation>קשר לפי ITIL</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>נייד</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>ערוץ מועדף</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>חומרה</translation>
    </message>
    <message>
        <source>Whose chain</source>
        <translation>של מי השרשרת</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>דרגים</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <source>After</source>
        <translation>אחרי</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>גורם</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>סבירות</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>השפעה</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>התאוששות</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>אחראי</translation>
    </message>
    <message>
        <source>In the customer&apos;s words</source>
        <translation>במילים של הלקוח</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>נושא</translation>
    </message>
    <message>
        <source>Agreed target</source>
        <translation>יעד מוסכם</translation>
    </message>
    <message>
        <source>Realistic</source>
        <translation>ריאלי</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>סיכונים</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>סקירה</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>תאריך יעד</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>בוצע</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>משתתפים</translation>
    </message>
    <message>
        <source>Checklist covered</source>
        <translation>נושאי רשימת התיוג שכוסו</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>משימות פתוחות</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>מארח</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>מספר סידורי</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>סביבה</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>קריטיות</translation>
    </message>
    <message>
        <source>Business function</source>
        <translation>פונקציה עסקית</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved elsewhere first</source>
        <translation>נשמר קודם במקום אחר</translation>
    </message>
    <message>
        <source>“{name}” was deleted in another window or by another user since you opened it. Your changes are not saved. Keep a copy of your version:</source>
        <translation>„{name}” נמחק בחלון אחר או על ידי משתמש אחר מאז שפתחת אותו. השינויים שלך לא נשמרו. שמור עותק של הגרסה שלך:</translation>
    </message>
    <message>
        <source>“{name}” was changed and saved in another window or by another user since you opened it. Your changes are not saved yet, and nothing was overwritten. What now?</source>
        <translation>„{name}” שונה ונשמר בחלון אחר או על ידי משתמש אחר מאז שפתחת אותו. השינויים שלך עדיין לא נשמרו, ושום דבר לא נדרס. מה עכשיו?</translation>
    </message>
    <message>
        <source>&amp;Reload theirs (discard mine)</source>
        <translation>&amp;טעינת הגרסה שלהם (ביטול שלי)</translation>
    </message>
    <message>
        <source>Keep a copy of mine as a &amp;new customer</source>
        <translation>שמירת עותק שלי כלקוח &amp;חדש</translation>
    </message>
    <message>
        <source>Keep a copy of mine in a &amp;JSON file…</source>
        <translation>שמירת עותק שלי בקובץ &amp;JSON…</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Contacts</source>
        <translation>אנשי קשר</translation>
    </message>
</context>
<context>
    <name>CustomerLifecycle</name>
    <message>
        <source>Open a saved customer first.</source>
        <translation>יש לפתוח קודם לקוח שמור.</translation>
    </message>
    <message>
        <source>Archived {name}; “Bring back from archive” undoes it.</source>
        <translation>{name} הועבר לארכיון; „החזרה מהארכיון” מבטלת זאת.</translation>
    </message>
    <message>
        <source>{name} is back in the customer list.</source>
        <translation>{name} חזר לרשימת הלקוחות.</translation>
    </message>
    <message>
        <source>That customer no longer exists; the list is refreshed.</source>
        <translation>הלקוח הזה כבר לא קיים; הרשימה רועננה.</translation>
    </message>
    <message numerus="yes">
        <source>{count} signed summary version(s)</source>
        <translation>
            <numerusform>גרסת סיכום חתומה אחת</numerusform>
            <numerusform>{count} גרסאות סיכום חתומות</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{name}” for good? Its whole service file, {versions} and its history are deleted with it; this cannot be undone. Export the service file first to keep a copy.</source>
        <translation>למחוק את „{name}” לצמיתות? כל תיק השירות, {versions} וההיסטוריה שלו יימחקו יחד איתו, ואי אפשר לבטל זאת. כדי לשמור עותק, יש לייצא קודם את תיק השירות.</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>מחיקת לקוח</translation>
    </message>
    <message>
        <source>&amp;Export first…</source>
        <translation>&amp;ייצוא קודם…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;מחיקה</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>לא נמחק</translation>
    </message>
    <message>
        <source>{name} was changed elsewhere meanwhile; open it again to see the change.</source>
        <translation>{name} שונה בינתיים במקום אחר; יש לפתוח אותו שוב כדי לראות את השינוי.</translation>
    </message>
    <message>
        <source>Deleted {name}</source>
        <translation>{name} נמחק</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>ענף</translation>
    </message>
    <message>
        <source>Dedicated supporter</source>
        <translation>תומך צמוד</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>הסקירה הבאה</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>לתשומת לב</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>הסקירה באיחור</translation>
    </message>
    <message>
        <source>No signed summary</source>
        <translation>אין סיכום חתום</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>בארכיון</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (בארכיון)</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>&amp;My customers:</source>
        <translation>&amp;הלקוחות שלי:</translation>
    </message>
    <message>
        <source>My customers: supporter</source>
        <translation>הלקוחות שלי: תומך</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>כולם</translation>
    </message>
    <message>
        <source>Review &amp;overdue</source>
        <translation>סקירה ב&amp;איחור</translation>
    </message>
    <message>
        <source>Only customers whose review is overdue</source>
        <translation>רק לקוחות שהסקירה שלהם באיחור</translation>
    </message>
    <message>
        <source>No &amp;signed summary</source>
        <translation>אין סיכום &amp;חתום</translation>
    </message>
    <message>
        <source>Only customers without a signed summary</source>
        <translation>רק לקוחות ללא סיכום חתום</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>הצגת לקוחות ב&amp;ארכיון</translation>
    </message>
    <message>
        <source>Show archived customers too</source>
        <translation>הצגת גם הלקוחות שבארכיון</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>לקוחות</translation>
    </message>
    <message numerus="yes">
        <source>{count} customers</source>
        <translation>
            <numerusform>לקוח אחד</numerusform>
            <numerusform>{count} לקוחות</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path} is locked by another program; try again when it has finished</source>
        <translation>הקובץ {path} נעול בידי תוכנה אחרת; נסו שוב כשהיא תסיים</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>לא ניתן לפתוח את מסד הנתונים</translation>
    </message>
    <message>
        <source>AccountDesk cannot use the database {path}:</source>
        <translation>ל־AccountDesk אין אפשרות להשתמש במסד הנתונים {path}:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;פתיחת קובץ אחר…</translation>
    </message>
    <message>
        <source>&amp;Create a new database…</source>
        <translation>&amp;יצירת מסד נתונים חדש…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Contact</source>
        <translation>איש קשר</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>מסלול הסלמה</translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation>דרג הסלמה</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>ציפייה</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>סיכון</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>פגישה</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>משתתף</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>משימה</translation>
    </message>
    <message>
        <source>System</source>
        <translation>מערכת</translation>
    </message>
    <message>
        <source>This record was changed after this dialog opened (in another dialog, by Undo or by a reload). Save your version over it, or discard your changes?</source>
        <translation>הרשומה שונתה אחרי שחלון זה נפתח (בחלון אחר, בביטול פעולה או בטעינה מחדש). לשמור את הגרסה שלך במקומה, או לבטל את השינויים שלך?</translation>
    </message>
    <message>
        <source>This record was removed after this dialog opened (in another dialog, by Undo or by a reload). Add your version back, or discard it?</source>
        <translation>הרשומה הוסרה אחרי שחלון זה נפתח (בחלון אחר, בביטול פעולה או בטעינה מחדש). להוסיף בחזרה את הגרסה שלך, או לוותר עליה?</translation>
    </message>
    <message>
        <source>The service file of this record is no longer open, so your changes cannot be kept. Discard them?</source>
        <translation>תיק השירות של רשומה זו כבר אינו פתוח, ולכן אי אפשר לשמור את השינויים שלך. לבטל אותם?</translation>
    </message>
    <message>
        <source>Changed since opened</source>
        <translation>השתנה מאז שנפתח</translation>
    </message>
</context>
<context>
    <name>DigitalDialog</name>
    <message>
        <source>Sign digitally</source>
        <translation>חתימה דיגיטלית</translation>
    </message>
    <message>
        <source>default: the name in the certificate</source>
        <translation>ברירת מחדל: השם שבתעודה</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>עיון…</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;צד:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;תפקיד:</translation>
    </message>
    <message>
        <source>&amp;Certificate (.p12):</source>
        <translation>&amp;תעודה (‎.p12):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;סיסמה:</translation>
    </message>
    <message>
        <source>Your certificate</source>
        <translation>התעודה שלך</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx)</source>
        <translation>תעודות PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Choose the certificate file (.p12 or .pfx).</source>
        <translation>בחר את קובץ התעודה (‎.p12 או ‎.pfx).</translation>
    </message>
    <message>
        <source>The certificate file {path} cannot be found.</source>
        <translation>קובץ התעודה {path} לא נמצא.</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <source>Draw a signature</source>
        <translation>ציור חתימה</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>משטח חתימה</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;ניקוי</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;צד:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;תפקיד:</translation>
    </message>
    <message>
        <source>Sign here:</source>
        <translation>חתום כאן:</translation>
    </message>
    <message>
        <source>Write the signatory&apos;s name.</source>
        <translation>כתוב את שם החותם.</translation>
    </message>
    <message>
        <source>Draw the signature on the pad first.</source>
        <translation>צייר תחילה את החתימה על המשטח.</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Hebrew</source>
        <translation>עברית</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>פרסית</translation>
    </message>
    <message>
        <source>English</source>
        <translation>אנגלית</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>בסיסית</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>רגילה</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>פרימיום</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>ייעודית</translation>
    </message>
    <message>
        <source>Novice</source>
        <translation>מתחיל</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>בינוני</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>מומחה</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>נמוכה</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>בינונית</translation>
    </message>
    <message>
        <source>High</source>
        <translation>גבוהה</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>קריטית</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>מנהל לקוח</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>תומך</translation>
    </message>
    <message>
        <source>Escalation manager</source>
        <translation>מנהל הסלמה</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>הנהלה</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>שרת</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>יישום</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>מסד נתונים</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>רשת</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>אחסון</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>שירות ענן</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>תחנת עבודה</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>אבטחה</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>אחר</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>ייצור</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>טרום ייצור</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>בדיקות</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>פיתוח</translation>
    </message>
    <message>
        <source>Disaster recovery</source>
        <translation>התאוששות מאסון</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>ספק</translation>
    </message>
    <message>
        <source>Decision maker / payer</source>
        <translation>מקבל החלטות / משלם</translation>
    </message>
    <message>
        <source>User</source>
        <translation>משתמש</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>טכני</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>נייד</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>צ׳אט</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>פגישה פנים אל פנים</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>קריאת שירות</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>זמינות</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>זמן תגובה</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>זמן פתרון</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>דיווח</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>תקשורת</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>הלקוח</translation>
    </message>
    <message>
        <source>The users</source>
        <translation>המשתמשים</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>הועלתה</translation>
    </message>
    <message>
        <source>In discussion</source>
        <translation>בדיון</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>מוסכמת</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>נדחתה</translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation>פגישת פתיחה</translation>
    </message>
    <message>
        <source>Expectation alignment</source>
        <translation>תיאום ציפיות</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>סקירה</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ב׳</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ג׳</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ד׳</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>ה׳</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ו׳</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>ש׳</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>א׳</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <source>level {number}</source>
        <translation>דרג {number}</translation>
    </message>
    <message>
        <source>Levels, in the order they are called</source>
        <translation>הדרגים, לפי סדר הפנייה אליהם</translation>
    </message>
    <message>
        <source>When each level is called</source>
        <translation>מתי פונים לכל דרג</translation>
    </message>
    <message>
        <source>Raised at ({zone}):</source>
        <translation>נפתחה בשעה ({zone}):</translation>
    </message>
    <message>
        <source>Raised on (day)</source>
        <translation>נפתחה ביום</translation>
    </message>
    <message>
        <source>Raised at (time)</source>
        <translation>נפתחה בשעה</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>עכשיו</translation>
    </message>
    <message>
        <source>Raised now</source>
        <translation>נפתחה עכשיו</translation>
    </message>
    <message>
        <source>Escalation timeline</source>
        <translation>ציר זמן ההסלמה</translation>
    </message>
    <message>
        <source>Write the time as HH:MM.</source>
        <translation>כתוב את השעה בתבנית HH:MM.</translation>
    </message>
</context>
<context>
    <name>EscalationTab</name>
    <message>
        <source>Escalation</source>
        <translation>הסלמה</translation>
    </message>
    <message>
        <source>Select a path to see when each level would be called.</source>
        <translation>בחר מסלול כדי לראות מתי יופעל כל דרג.</translation>
    </message>
    <message>
        <source>Escalation timeline</source>
        <translation>ציר זמן ההסלמה</translation>
    </message>
</context>
<context>
    <name>ExpectationDialog</name>
    <message>
        <source>Availability over the service window</source>
        <translation>זמינות לאורך חלון השירות</translation>
    </message>
    <message>
        <source>In plain language</source>
        <translation>בשפה פשוטה</translation>
    </message>
    <message>
        <source>As a percentage</source>
        <translation>באחוזים</translation>
    </message>
    <message>
        <source>converts both ways</source>
        <translation>ההמרה פועלת בשני הכיוונים</translation>
    </message>
    <message>
        <source>Risks to this expectation</source>
        <translation>סיכונים לציפייה הזו</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>אזהרה</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>המרה</translation>
    </message>
    <message>
        <source>This target is written only in technical terms. Say it in plain language too, as the customer would, e.g. “at most 4 failures a year, each fixed within 4 hours”.</source>
        <translation>היעד הזה כתוב רק במונחים טכניים. נסח אותו גם בשפה פשוטה, כפי שהלקוח היה אומר, למשל „לכל היותר 4 תקלות בשנה, וכל אחת מתוקנת תוך 4 שעות”.</translation>
    </message>
    <message>
        <source>Service window: {window}.</source>
        <translation>חלון שירות: {window}.</translation>
    </message>
    <message numerus="yes">
        <source>{count} covered hours a year.</source>
        <translation>
            <numerusform>שעת כיסוי אחת בשנה.</numerusform>
            <numerusform>{count} שעות כיסוי בשנה.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{down} down a year out of {count} covered hours = {percent} available.</source>
        <translation>
            <numerusform>{down} השבתה בשנה מתוך שעת כיסוי אחת = זמינות של {percent}.</numerusform>
            <numerusform>{down} השבתה בשנה מתוך {count} שעות כיסוי = זמינות של {percent}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked unrealistic: say what meeting it would cost and what it would bring (required).</source>
        <translation>סומנה כלא ריאלית: פרט מה תעלה עמידה בה ומה היא תניב (חובה).</translation>
    </message>
</context>
<context>
    <name>Expectations</name>
    <message numerus="yes">
        <source>at most {count} failures a year, each fixed within {hours}</source>
        <translation>
            <numerusform>לכל היותר תקלה אחת בשנה, שמתוקנת תוך {hours}</numerusform>
            <numerusform>לכל היותר {count} תקלות בשנה, וכל אחת מתוקנת תוך {hours}</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <source>No — see cost and benefit</source>
        <translation>לא — ראה עלות ותועלת</translation>
    </message>
</context>
<context>
    <name>ExpectationsTab</name>
    <message>
        <source>Expectations</source>
        <translation>ציפיות</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>ענף</translation>
    </message>
    <message>
        <source>Business needs</source>
        <translation>צרכים עסקיים</translation>
    </message>
    <message>
        <source>Support level</source>
        <translation>רמת תמיכה</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>בתחום התמיכה</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>מחוץ לתחום התמיכה</translation>
    </message>
    <message>
        <source>Service days</source>
        <translation>ימי שירות</translation>
    </message>
    <message>
        <source>Cover starts</source>
        <translation>תחילת הכיסוי</translation>
    </message>
    <message>
        <source>Cover ends</source>
        <translation>סיום הכיסוי</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>אזור זמן</translation>
    </message>
    <message>
        <source>Knowledge level</source>
        <translation>רמת ידע</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>קריטיות</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>שפת המסמך</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>הסקירה הבאה</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Business function</source>
        <translation>פונקציה עסקית</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>סביבה</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>גרסה</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>מיקום</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>שם מארח</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>מספר סידורי</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>צד</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <source>ITIL relation</source>
        <translation>קשר לפי ITIL</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>נייד</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>מדינה</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>ערוץ מועדף</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Reachable hours</source>
        <translation>שעות זמינות</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>חומרה</translation>
    </message>
    <message>
        <source>After (minutes)</source>
        <translation>אחרי (דקות)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation>דרג הסלמה</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>נושא</translation>
    </message>
    <message>
        <source>Whose expectation</source>
        <translation>הציפייה של מי</translation>
    </message>
    <message>
        <source>In the customer&apos;s words</source>
        <translation>במילים של הלקוח</translation>
    </message>
    <message>
        <source>Agreed target</source>
        <translation>יעד מוסכם</translation>
    </message>
    <message>
        <source>Technical target</source>
        <translation>יעד טכני</translation>
    </message>
    <message>
        <source>Failures a year</source>
        <translation>תקלות בשנה</translation>
    </message>
    <message>
        <source>Hours to fix each</source>
        <translation>שעות לתיקון כל תקלה</translation>
    </message>
    <message>
        <source>Availability %</source>
        <translation>זמינות %</translation>
    </message>
    <message>
        <source>Cost and benefit</source>
        <translation>עלות ותועלת</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>תאריך סקירה</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>גורם</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>סבירות</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>השפעה</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>צמצום הסיכון</translation>
    </message>
    <message>
        <source>Recovery plan</source>
        <translation>תוכנית התאוששות</translation>
    </message>
    <message>
        <source>Recovery time (minutes)</source>
        <translation>זמן התאוששות (דקות)</translation>
    </message>
    <message>
        <source>What we do now to shorten recovery</source>
        <translation>מה עושים עכשיו כדי לקצר את ההתאוששות</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>החלטות</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>טקסט</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>תאריך יעד</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>תחילת התקופה</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>סוף התקופה</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ציון</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>התקבל בתאריך</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>המשך טיפול</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>נחתם בתאריך</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>הושג</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>קובצי JSON (*.json)</translation>
    </message>
    <message>
        <source>Keep a copy of my version</source>
        <translation>שמירת עותק של הגרסה שלי</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>לקוח חדש</translation>
    </message>
    <message>
        <source>New customer: fill in the overview, then save (Ctrl+S).</source>
        <translation>לקוח חדש: מלא את הסקירה הכללית ושמור (Ctrl+S).</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>לא נשמר</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: {count} problem(s) to fix; each is shown next to its field.</source>
        <translation>
            <numerusform>לא נשמר: יש לתקן בעיה אחת; היא מוצגת ליד השדה שלה.</numerusform>
            <numerusform>לא נשמר: יש לתקן {count} בעיות; כל אחת מוצגת ליד השדה שלה.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} נפתח</translation>
    </message>
    <message>
        <source>Reloaded {name} as saved elsewhere; your changes were discarded.</source>
        <translation>{name} נטען מחדש כפי שנשמר במקום אחר; השינויים שלך בוטלו.</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} נשמר</translation>
    </message>
    <message>
        <source>That customer no longer exists; the list is refreshed.</source>
        <translation>הלקוח הזה כבר לא קיים; הרשימה רועננה.</translation>
    </message>
    <message>
        <source>The database refused the save: {reason}</source>
        <translation>מסד הנתונים דחה את השמירה: {reason}</translation>
    </message>
    <message>
        <source>Your version is in {path}; showing the saved one.</source>
        <translation>הגרסה שלך נמצאת ב־{path}; מוצגת הגרסה השמורה.</translation>
    </message>
    <message>
        <source>Your version is saved as a new customer: {name}</source>
        <translation>הגרסה שלך נשמרה כלקוח חדש: {name}</translation>
    </message>
    <message>
        <source>{name} (my copy {number})</source>
        <translation>{name} (העותק שלי {number})</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (העותק שלי)</translation>
    </message>
</context>
<context>
    <name>FileView</name>
    <message>
        <source>Summaries</source>
        <translation>סיכומים</translation>
    </message>
    <message>
        <source>Signed versions</source>
        <translation>גרסאות חתומות</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>מערכות</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>אנשי קשר</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>הסלמה</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>ציפיות</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>פגישות</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>דוחות</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>משוב</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>לקוח חדש</translation>
    </message>
    <message>
        <source>Service file of {name}</source>
        <translation>תיק השירות של {name}</translation>
    </message>
    <message>
        <source>Scroll the tabs left</source>
        <translation>גלילת הכרטיסיות שמאלה</translation>
    </message>
    <message>
        <source>Scroll the tabs right</source>
        <translation>גלילת הכרטיסיות ימינה</translation>
    </message>
    <message>
        <source>Choose a customer on the list, find one with Ctrl+F, or create one with Ctrl+N.</source>
        <translation>בחר לקוח מהרשימה, חפש לקוח עם Ctrl+F או צור לקוח חדש עם Ctrl+N.</translation>
    </message>
    <message>
        <source>{section}, row {row}: {problem}</source>
        <translation>{section}, שורה {row}: {problem}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Whose chain</source>
        <translation>של מי השרשרת</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>איש צוות</translation>
    </message>
    <message>
        <source>Or a contact</source>
        <translation>או איש קשר</translation>
    </message>
    <message>
        <source>Or another name</source>
        <translation>או שם אחר</translation>
    </message>
    <message>
        <source>Agreed target, in plain language</source>
        <translation>יעד מוסכם, בשפה פשוטה</translation>
    </message>
    <message>
        <source>Technical form (optional)</source>
        <translation>ניסוח טכני (לא חובה)</translation>
    </message>
    <message>
        <source>Realistic</source>
        <translation>ריאלי</translation>
    </message>
    <message>
        <source>What could cause a failure</source>
        <translation>מה עלול לגרום לתקלה</translation>
    </message>
    <message>
        <source>How to make it less likely</source>
        <translation>איך להפחית את הסבירות</translation>
    </message>
    <message>
        <source>How to recover</source>
        <translation>איך להתאושש</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>אחראי</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>מה צריך לעשות</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>מי מבצע</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>בוצע</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>שם הלקוח</translation>
    </message>
    <message>
        <source>Criticality to their business</source>
        <translation>קריטיות לעסק שלהם</translation>
    </message>
    <message>
        <source>In scope (what we support)</source>
        <translation>בתחום התמיכה (מה שאנחנו תומכים בו)</translation>
    </message>
    <message>
        <source>Out of scope (what we do not)</source>
        <translation>מחוץ לתחום התמיכה (מה שלא)</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>מנהל לקוח</translation>
    </message>
    <message>
        <source>Dedicated supporter</source>
        <translation>תומך צמוד</translation>
    </message>
    <message>
        <source>Backup supporter</source>
        <translation>תומך מחליף</translation>
    </message>
    <message>
        <source>Owner (contact)</source>
        <translation>אחראי (איש קשר)</translation>
    </message>
    <message>
        <source>Same as the customer</source>
        <translation>כמו הלקוח</translation>
    </message>
    <message>
        <source>{field} contains invisible direction-control characters, which can show it reversed.</source>
        <translation>השדה {field} מכיל תווי כיווניות בלתי נראים, שעלולים להציג אותו הפוך.</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>הסרת התווים</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>מה השתנה</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>לפני</translation>
    </message>
    <message>
        <source>After</source>
        <translation>אחרי</translation>
    </message>
    <message>
        <source>Created the service file</source>
        <translation>תיק השירות נוצר</translation>
    </message>
    <message>
        <source>Saved without changes</source>
        <translation>נשמר ללא שינויים</translation>
    </message>
    <message>
        <source>Archived the customer</source>
        <translation>הלקוח הועבר לארכיון</translation>
    </message>
    <message>
        <source>Brought the customer back from archive</source>
        <translation>הלקוח הוחזר מהארכיון</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>נוסף</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>הוסר</translation>
    </message>
    <message>
        <source>Covered: industry</source>
        <translation>נדון בפגישה: תחום פעילות</translation>
    </message>
    <message>
        <source>Covered: business needs</source>
        <translation>נדון בפגישה: צורכי העסק</translation>
    </message>
    <message>
        <source>Covered: support level</source>
        <translation>נדון בפגישה: רמת התמיכה</translation>
    </message>
    <message>
        <source>Covered: support boundaries</source>
        <translation>נדון בפגישה: גבולות התמיכה</translation>
    </message>
    <message>
        <source>Covered: escalation</source>
        <translation>נדון בפגישה: הסלמה</translation>
    </message>
    <message>
        <source>Covered: contacts</source>
        <translation>נדון בפגישה: אנשי קשר</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <source>No</source>
        <translation>לא</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Not put back</source>
        <translation>הערך לא הוחזר</translation>
    </message>
    <message>
        <source>Save or undo your changes first; then put the earlier value back.</source>
        <translation>יש לשמור או לבטל קודם את השינויים שלך, ורק אז להחזיר את הערך הקודם.</translation>
    </message>
    <message>
        <source>“{what}” is no longer in the service file, so its value has nowhere to go.</source>
        <translation>„{what}” כבר לא נמצא בתיק השירות, ולכן אין לאן להחזיר את הערך.</translation>
    </message>
    <message>
        <source>Put back {what}</source>
        <translation>החזרת {what}</translation>
    </message>
    <message>
        <source>&amp;Put back the earlier value</source>
        <translation>&amp;החזרת הערך הקודם</translation>
    </message>
    <message>
        <source>Nothing recorded yet: each save adds a line here.</source>
        <translation>עדיין לא נרשם דבר: כל שמירה מוסיפה כאן שורה.</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>קובצי CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>לא ניתן לכתוב את {path}: {reason}</translation>
    </message>
    <message>
        <source>Export the listed customers as JSON</source>
        <translation>ייצוא הלקוחות שברשימה כ־JSON</translation>
    </message>
    <message>
        <source>Export this customer as JSON</source>
        <translation>ייצוא הלקוח הזה כ־JSON</translation>
    </message>
    <message numerus="yes">
        <source>Exported {count} customer(s) to {path}</source>
        <translation>
            <numerusform>לקוח אחד יוצא אל {path}</numerusform>
            <numerusform>{count} לקוחות יוצאו אל {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {name} to {path}</source>
        <translation>{name} יוצא אל {path}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>מייצא…</translation>
    </message>
    <message>
        <source>Import contacts from CSV</source>
        <translation>ייבוא אנשי קשר מ־CSV</translation>
    </message>
    <message>
        <source>Import customers from JSON</source>
        <translation>ייבוא לקוחות מ־JSON</translation>
    </message>
    <message>
        <source>{imported}. Invisible direction-control characters were removed from these fields, so that no name reads reversed:</source>
        <translation>{imported}. תווי כיווניות בלתי נראים הוסרו מהשדות האלה, כדי ששום שם לא ייקרא הפוך:</translation>
    </message>
    <message>
        <source>Direction-control characters removed</source>
        <translation>תווי כיווניות הוסרו</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>ייבוא מ־CSV</translation>
    </message>
    <message>
        <source>Import systems from CSV</source>
        <translation>ייבוא מערכות מ־CSV</translation>
    </message>
    <message numerus="yes">
        <source>Imported {count} customer(s) from {name}</source>
        <translation>
            <numerusform>לקוח אחד יובא מ־{name}</numerusform>
            <numerusform>{count} לקוחות יובאו מ־{name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {count} row(s) from {name}</source>
        <translation>
            <numerusform>שורה אחת יובאה מ־{name}</numerusform>
            <numerusform>{count} שורות יובאו מ־{name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>מייבא את {name}…</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>קובצי JSON (*.json)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>לא יוצא</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>דבר לא יובא</translation>
    </message>
    <message>
        <source>Open (and save) the customer to import into first.</source>
        <translation>פתח (ושמור) תחילה את הלקוח שאליו מייבאים.</translation>
    </message>
    <message>
        <source>The file has problems; nothing was imported:</source>
        <translation>בקובץ יש בעיות; דבר לא יובא:</translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more</source>
        <translation>
            <numerusform>… ועוד בעיה אחת</numerusform>
            <numerusform>… ועוד {count} בעיות</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>Customer {number}</source>
        <translation>לקוח {number}</translation>
    </message>
    <message>
        <source>Staff member {number}</source>
        <translation>איש צוות {number}</translation>
    </message>
    <message>
        <source>System {number}</source>
        <translation>מערכת {number}</translation>
    </message>
    <message>
        <source>Contact {number}</source>
        <translation>איש קשר {number}</translation>
    </message>
    <message>
        <source>Escalation path {number}</source>
        <translation>מסלול הסלמה {number}</translation>
    </message>
    <message>
        <source>Level {number}</source>
        <translation>דרג {number}</translation>
    </message>
    <message>
        <source>Expectation {number}</source>
        <translation>ציפייה {number}</translation>
    </message>
    <message>
        <source>Risk {number}</source>
        <translation>סיכון {number}</translation>
    </message>
    <message>
        <source>Meeting {number}</source>
        <translation>פגישה {number}</translation>
    </message>
    <message>
        <source>Participant {number}</source>
        <translation>משתתף {number}</translation>
    </message>
    <message>
        <source>Action item {number}</source>
        <translation>משימה {number}</translation>
    </message>
    <message>
        <source>Report {number}</source>
        <translation>דוח {number}</translation>
    </message>
    <message>
        <source>Result {number}</source>
        <translation>תוצאה {number}</translation>
    </message>
    <message>
        <source>Feedback {number}</source>
        <translation>משוב {number}</translation>
    </message>
    <message>
        <source>Day {number}</source>
        <translation>יום {number}</translation>
    </message>
    <message>
        <source>Service window</source>
        <translation>חלון שירות</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>End</source>
        <translation>סיום</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>ימים</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>איש צוות</translation>
    </message>
    <message>
        <source>Dedicated supporter</source>
        <translation>תומך צמוד</translation>
    </message>
    <message>
        <source>Backup supporter</source>
        <translation>תומך מחליף</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>מנהל לקוח</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>המסמך</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>אחראי</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>איש קשר</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>ציפייה</translation>
    </message>
    <message>
        <source>Realistic</source>
        <translation>ריאלי</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>תוכנית שיפור</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>עמד ביעד</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>בוצע</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>המעקב בוצע</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>רשימת תיוג</translation>
    </message>
    <message>
        <source>Support boundaries</source>
        <translation>גבולות התמיכה</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>הסלמה</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>אנשי קשר</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>שורה {number}</translation>
    </message>
    <message>
        <source>The customer&apos;s file (not this import)</source>
        <translation>תיק השירות של הלקוח (לא הייבוא הזה)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>שדה חובה</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>שדה לא מוכר</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>חייב להיות טקסט</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>חייב להיות רשימה</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>חייב להיות אובייקט</translation>
    </message>
    <message>
        <source>not valid JSON: {detail} at line {line} column {column}</source>
        <translation>הקובץ אינו JSON תקין: שגיאה בשורה {line}, עמודה {column}</translation>
    </message>
    <message>
        <source>not valid JSON: {value} is not a number JSON allows</source>
        <translation>הקובץ אינו JSON תקין: {value} אינו מספר ש־JSON מתיר</translation>
    </message>
    <message>
        <source>not an AccountDesk service-file document; expected {expected}</source>
        <translation>זה אינו מסמך תיקי שירות של AccountDesk; נדרש {expected}</translation>
    </message>
    <message>
        <source>not an AccountDesk service-file document (its format is {found}); expected {expected}</source>
        <translation>זה אינו מסמך תיקי שירות של AccountDesk (הפורמט שלו הוא {found}); נדרש {expected}</translation>
    </message>
    <message>
        <source>format version {version} is newer than this AccountDesk reads ({supported}); update AccountDesk</source>
        <translation>גרסת הפורמט {version} חדשה מזו שגרסה זו של AccountDesk קוראת ({supported}); יש לעדכן את AccountDesk</translation>
    </message>
    <message>
        <source>unsupported format version {version}; this AccountDesk reads version {supported}</source>
        <translation>גרסת הפורמט {version} אינה נתמכת; גרסה זו של AccountDesk קוראת את גרסה {supported}</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte})</source>
        <translation>הקובץ אינו טקסט בקידוד UTF-8 (בית {byte})</translation>
    </message>
    <message>
        <source>lists and objects are nested too deeply here</source>
        <translation>רשימות ואובייקטים מקוננים כאן לעומק רב מדי</translation>
    </message>
    <message>
        <source>the database refused the document: {detail}</source>
        <translation>מסד הנתונים דחה את המסמך</translation>
    </message>
    <message>
        <source>is written more than once in the same object</source>
        <translation>מופיע יותר מפעם אחת באותו אובייקט</translation>
    </message>
    <message>
        <source>contains {character}, a control character or invalid code point that text may not hold</source>
        <translation>מכיל את התו {character}, תו בקרה או תו לא תקין שאסור שיופיע בטקסט</translation>
    </message>
    <message>
        <source>invisible direction-control characters removed ({characters}); they could reverse how the text reads</source>
        <translation>הוסרו תווי כיווניות בלתי נראים ({characters}); הם עלולים להפוך את סדר הקריאה של הטקסט</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>חייב להיות מספר</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>חייב להיות מספר שלם</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>חייב להיות אמת או שקר</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>גדול מדי</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} אינו אחד מאלה: {choices}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>חייב להיות בין {low} ל־{high}</translation>
    </message>
    <message>
        <source>must be at least {low}</source>
        <translation>חייב להיות לפחות {low}</translation>
    </message>
    <message>
        <source>{value} is not a date (use YYYY-MM-DD)</source>
        <translation>{value} אינו תאריך (בתבנית YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>must be the number of a contact (counted from 0)</source>
        <translation>חייב להיות מספרו של איש קשר (הספירה מתחילה ב־0)</translation>
    </message>
    <message>
        <source>must be the number of an expectation (counted from 0)</source>
        <translation>חייב להיות מספרה של ציפייה (הספירה מתחילה ב־0)</translation>
    </message>
    <message>
        <source>there is no contact {value} (this customer has {total}, counted from 0)</source>
        <translation>אין איש קשר מספר {value} (ללקוח זה יש {total}, הספירה מתחילה ב־0)</translation>
    </message>
    <message>
        <source>there is no expectation {value} (this customer has {total}, counted from 0)</source>
        <translation>אין ציפייה מספר {value} (ללקוח זה יש {total}, הספירה מתחילה ב־0)</translation>
    </message>
    <message>
        <source>staff member {name} appears twice (also {other})</source>
        <translation>איש הצוות {name} מופיע פעמיים (ראו גם {other})</translation>
    </message>
    <message>
        <source>customer {name} appears twice (also {other})</source>
        <translation>הלקוח {name} מופיע פעמיים (ראו גם {other})</translation>
    </message>
    <message>
        <source>a customer named {name} already exists</source>
        <translation>כבר קיים לקוח בשם {name}</translation>
    </message>
    <message>
        <source>must be after start (a window lies within one day)</source>
        <translation>חייב להיות אחרי ההתחלה (חלון שירות נמצא בתוך יום אחד)</translation>
    </message>
    <message>
        <source>must be a non-empty list of days such as {example}</source>
        <translation>חייב להיות רשימה לא ריקה של ימים, כגון {example}</translation>
    </message>
    <message>
        <source>{value} is listed twice</source>
        <translation>{value} מופיע פעמיים</translation>
    </message>
    <message>
        <source>{value} is not a time of day (use HH:MM)</source>
        <translation>{value} אינו שעה ביום (בתבנית HH:MM)</translation>
    </message>
    <message>
        <source>{value} is not a time of day (use HH:MM, up to 24:00)</source>
        <translation>{value} אינו שעה ביום (בתבנית HH:MM, עד 24:00)</translation>
    </message>
    <message>
        <source>each level needs a staff member, a contact or a name</source>
        <translation>לכל דרג נדרש איש צוות, איש קשר או שם</translation>
    </message>
    <message>
        <source>must not be before {other}</source>
        <translation>לא יכול להיות לפני {other}</translation>
    </message>
    <message>
        <source>expectation {value} has two results in this report</source>
        <translation>לציפייה {value} יש שתי תוצאות בדוח זה</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte}); save it as {excel_format}</source>
        <translation>הקובץ אינו טקסט בקידוד UTF-8 (בית {byte}); יש לשמור אותו כ־{excel_format}</translation>
    </message>
    <message>
        <source>not valid CSV: {detail}</source>
        <translation>הקובץ אינו CSV תקין</translation>
    </message>
    <message>
        <source>a quoted cell starts on this line and is never closed; add the closing quote</source>
        <translation>תא במירכאות מתחיל בשורה זו ואינו נסגר; יש להוסיף את המירכאות הסוגרות</translation>
    </message>
    <message>
        <source>a quote is followed by more text in the same cell; write a quote inside a quoted cell as &quot;&quot;</source>
        <translation>אחרי המירכאות מופיע טקסט נוסף באותו תא; בתוך תא במירכאות כותבים מירכאות כ־&quot;&quot;</translation>
    </message>
    <message>
        <source>the file has no header row; expected columns such as {columns}</source>
        <translation>לקובץ אין שורת כותרת; נדרשות עמודות כגון {columns}</translation>
    </message>
    <message>
        <source>column {number} &apos;{name}&apos; is not one of {columns}</source>
        <translation>העמודה {number} (&apos;{name}&apos;) אינה אחת מאלה: {columns}</translation>
    </message>
    <message>
        <source>column &apos;{name}&apos; appears twice</source>
        <translation>העמודה &apos;{name}&apos; מופיעה פעמיים</translation>
    </message>
    <message>
        <source>the header needs a &apos;{name}&apos; column</source>
        <translation>בשורת הכותרת נדרשת עמודה &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>{cells} cells, but the header names {expected} columns</source>
        <translation>בשורה {cells} תאים, אך בשורת הכותרת יש {expected} עמודות</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; matches no contact of this customer</source>
        <translation>&apos;{value}&apos; אינו תואם אף איש קשר של לקוח זה</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; matches more than one contact</source>
        <translation>&apos;{value}&apos; תואם יותר מאיש קשר אחד</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue a new version</source>
        <translation>הפקת גרסה חדשה</translation>
    </message>
    <message>
        <source>Persian digits</source>
        <translation>ספרות פרסיות</translation>
    </message>
    <message>
        <source>List the changes since the signed version</source>
        <translation>רשימת השינויים מאז הגרסה החתומה</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;שפה:</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>הופק &amp;על ידי:</translation>
    </message>
    <message>
        <source>The version is made from the saved service file and never changes once issued.</source>
        <translation>הגרסה נוצרת מתיק השירות השמור ואינה משתנה לעולם לאחר שהופקה.</translation>
    </message>
</context>
<context>
    <name>Kickoff</name>
    <message>
        <source>Industry</source>
        <translation>ענף</translation>
    </message>
    <message>
        <source>Business needs</source>
        <translation>צרכים עסקיים</translation>
    </message>
    <message>
        <source>Support level</source>
        <translation>רמת תמיכה</translation>
    </message>
    <message>
        <source>Support boundaries</source>
        <translation>גבולות התמיכה</translation>
    </message>
    <message>
        <source>Escalation interfaces</source>
        <translation>ממשקי הסלמה</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>אנשי קשר</translation>
    </message>
    <message>
        <source>The industry is not recorded</source>
        <translation>הענף לא תועד</translation>
    </message>
    <message>
        <source>The business needs (why they buy) are not recorded</source>
        <translation>הצרכים העסקיים (למה הם קונים) לא תועדו</translation>
    </message>
    <message>
        <source>Support boundaries: nothing is listed as in scope</source>
        <translation>גבולות התמיכה: לא צוין דבר בתחום התמיכה</translation>
    </message>
    <message>
        <source>Support boundaries: nothing is listed as out of scope</source>
        <translation>גבולות התמיכה: לא צוין דבר מחוץ לתחום התמיכה</translation>
    </message>
    <message>
        <source>No escalation path for critical incidents</source>
        <translation>אין מסלול הסלמה לתקלות קריטיות</translation>
    </message>
    <message>
        <source>No escalation interface on the customer&apos;s side</source>
        <translation>אין ממשק הסלמה בצד הלקוח</translation>
    </message>
    <message>
        <source>No contacts on the customer&apos;s side</source>
        <translation>אין אנשי קשר בצד הלקוח</translation>
    </message>
    <message>
        <source>No decision maker (who negotiates and pays) among the contacts</source>
        <translation>אין בין אנשי הקשר מקבל החלטות (מי שמנהל את המשא ומתן ומשלם)</translation>
    </message>
    <message>
        <source>No account manager</source>
        <translation>אין מנהל לקוח</translation>
    </message>
    <message>
        <source>No dedicated supporter</source>
        <translation>אין תומך צמוד</translation>
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
        <translation>לקוח חדש</translation>
    </message>
    <message>
        <source>{name}[*] — {app}</source>
        <translation>{name}[*] — {app}</translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <translation>הלקוח הזה כבר לא קיים.</translation>
    </message>
    <message>
        <source>Open a customer (or find one with Ctrl+F) to see the supporter&apos;s card.</source>
        <translation>פתח לקוח (או חפש לקוח עם Ctrl+F) כדי לראות את כרטיס התומך.</translation>
    </message>
    <message>
        <source>AccountDesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>מסדי נתונים של AccountDesk (*.sqlite3 *.db);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>מסד נתונים חדש</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>פתיחת מסד נתונים</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>הקובץ לא קיים</translation>
    </message>
    <message>
        <source>Opened database {path}</source>
        <translation>מסד הנתונים {path} נפתח</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>לא נוצר גיבוי: {reason}</translation>
    </message>
    <message>
        <source>This database is damaged, so nothing was saved to it. Restore the newest good backup to go on working; changes that were not saved are then lost.</source>
        <translation>מסד הנתונים פגום, ולכן דבר לא נשמר בו. כדי להמשיך לעבוד יש לשחזר את הגיבוי התקין האחרון; שינויים שלא נשמרו יאבדו.</translation>
    </message>
    <message>
        <source>Replace the database {path} with the backup made on {date} ({customers})? The current file is kept as a copy first.</source>
        <translation>להחליף את מסד הנתונים {path} בגיבוי מ־{date} ({customers})? עותק של הקובץ הנוכחי יישמר קודם.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>שחזור מגיבוי</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>לא שוחזר</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>דבר לא שוחזר: {reason}</translation>
    </message>
    <message>
        <source>Restored the backup made on {date}.</source>
        <translation>הגיבוי מ־{date} שוחזר.</translation>
    </message>
    <message>
        <source>The replaced file is kept as {path}.</source>
        <translation>הקובץ שהוחלף נשמר בשם {path}.</translation>
    </message>
    <message>
        <source>Folder for the backups of this database</source>
        <translation>תיקייה לגיבויים של מסד נתונים זה</translation>
    </message>
    <message>
        <source>Backups of this database now go to {folder}</source>
        <translation>הגיבויים של מסד נתונים זה נשמרים מעתה ב־{folder}</translation>
    </message>
    <message>
        <source>About AccountDesk</source>
        <translation>אודות AccountDesk</translation>
    </message>
    <message>
        <source>AccountDesk keeps one service file per customer — systems, contacts, escalation paths and the expectations agreed in the customer&apos;s own words — for account managers and dedicated supporters.

Database: {path}</source>
        <translation>AccountDesk שומרת תיק שירות אחד לכל לקוח — מערכות, אנשי קשר, מסלולי הסלמה והציפיות שסוכמו במילים של הלקוח עצמו — עבור מנהלי לקוח ותומכים צמודים.

מסד נתונים: {path}</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Kickoff checklist: covered in this meeting</source>
        <translation>רשימת התיוג לפגישת פתיחה: מה כוסה בפגישה הזו</translation>
    </message>
    <message>
        <source>Still missing from the service file:</source>
        <translation>עדיין חסר בתיק השירות:</translation>
    </message>
    <message>
        <source>Still missing from the service file</source>
        <translation>עדיין חסר בתיק השירות</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>משתתפים</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>משימות</translation>
    </message>
    <message>
        <source>Nothing: the file has everything a kickoff needs.</source>
        <translation>דבר: בתיק יש כל מה שנדרש לפגישת פתיחה.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>בוצע</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Meetings</source>
        <translation>פגישות</translation>
    </message>
    <message>
        <source>Ready for a kickoff: the file has everything the checklist asks for.</source>
        <translation>מוכן לפגישת פתיחה: בתיק יש כל מה שרשימת התיוג דורשת.</translation>
    </message>
    <message>
        <source>Before a kickoff, the file still lacks:</source>
        <translation>לפני פגישת פתיחה, בתיק עדיין חסרים:</translation>
    </message>
    <message>
        <source>Still missing before a kickoff</source>
        <translation>עדיין חסר לפני פגישת פתיחה</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Overview</source>
        <translation>סקירה כללית</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>תמיכה</translation>
    </message>
    <message>
        <source>Service window</source>
        <translation>חלון שירות</translation>
    </message>
    <message>
        <source>People and review</source>
        <translation>אנשים וסקירה</translation>
    </message>
    <message>
        <source>Times as HH:MM; cover ending at {midnight} (or {zero}) lasts until midnight.</source>
        <translation>שעות בתבנית HH:MM; כיסוי שמסתיים ב־{midnight} (או ב־{zero}) נמשך עד חצות.</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>עריכת {field}</translation>
    </message>
    <message>
        <source>service window</source>
        <translation>חלון שירות</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Record signatures on paper</source>
        <translation>תיעוד חתימות על נייר</translation>
    </message>
    <message>
        <source>optional: a PDF or an image of the signed copy</source>
        <translation>לא חובה: PDF או תמונה של העותק החתום</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>עיון…</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>&amp;סריקה:</translation>
    </message>
    <message>
        <source>Signed for the {side} side</source>
        <translation>נחתם בשם הצד: {side}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>שם:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>תפקיד:</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>נחתם בתאריך:</translation>
    </message>
    <message>
        <source>The scan of the signed copy</source>
        <translation>הסריקה של העותק החתום</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)</source>
        <translation>סריקות (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)</translation>
    </message>
    <message>
        <source>Choose at least one side that signed.</source>
        <translation>בחר לפחות צד אחד שחתם.</translation>
    </message>
    <message>
        <source>Write the name of each signatory.</source>
        <translation>כתוב את שמו של כל חותם.</translation>
    </message>
    <message>
        <source>The scan {path} cannot be found.</source>
        <translation>הסריקה {path} לא נמצאה.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>Delete “{what}”?</source>
        <translation>למחוק את „{what}”?</translation>
    </message>
    <message>
        <source>The service file of “{name}” has changes that are not saved.</source>
        <translation>בתיק השירות של „{name}” יש שינויים שלא נשמרו.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>שינויים שלא נשמרו</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>cannot be read</source>
        <translation>לא ניתן לקריאה</translation>
    </message>
    <message numerus="yes">
        <source>{count} customer(s)</source>
        <translation>
            <numerusform>לקוח אחד</numerusform>
            <numerusform>{count} לקוחות</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>שחזור מגיבוי</translation>
    </message>
    <message>
        <source>Backups in {folder}, newest first. Restoring replaces the whole database; the current file is kept as a copy first.</source>
        <translation>הגיבויים ב־{folder}, מהחדש לישן. שחזור מחליף את מסד הנתונים כולו; עותק של הקובץ הנוכחי יישמר קודם.</translation>
    </message>
    <message>
        <source>There are no backups in {folder}.</source>
        <translation>אין גיבויים ב־{folder}.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>נוצר ב־</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>לקוחות</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;שחזור…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;הוספה…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;עריכה…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;מחיקה</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>הזזה למ&amp;עלה</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>הזזה למ&amp;טה</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Customers ({count})</source>
        <translation>לקוחות ({count})</translation>
    </message>
    <message>
        <source>Systems ({count})</source>
        <translation>מערכות ({count})</translation>
    </message>
    <message>
        <source>Contacts ({count})</source>
        <translation>אנשי קשר ({count})</translation>
    </message>
    <message>
        <source>Enter opens the service file; Ctrl+Enter opens the supporter&apos;s card</source>
        <translation>Enter פותח את תיק השירות; Ctrl+Enter פותח את כרטיס התומך</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Find a customer, system or contact (Ctrl+F)</source>
        <translation>חיפוש לקוח, מערכת או איש קשר (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>חיפוש</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>ניקוי החיפוש</translation>
    </message>
    <message>
        <source>Supporter&apos;s card for the selected result (Ctrl+Enter)</source>
        <translation>כרטיס התומך עבור התוצאה שנבחרה (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Open the supporter&apos;s card</source>
        <translation>פתיחת כרטיס התומך</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>תוצאות חיפוש</translation>
    </message>
</context>
<context>
    <name>SectionTab</name>
    <message>
        <source>Add {what}</source>
        <translation>הוספת {what}</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>עריכת {what}</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>מחיקת {what}</translation>
    </message>
    <message>
        <source>Reorder {what}</source>
        <translation>שינוי סדר {what}</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>contact</source>
        <translation>איש קשר</translation>
    </message>
    <message>
        <source>escalation path</source>
        <translation>מסלול הסלמה</translation>
    </message>
    <message>
        <source>expectation</source>
        <translation>ציפייה</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>פגישה</translation>
    </message>
    <message>
        <source>system</source>
        <translation>מערכת</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>Version</source>
        <translation>גרסה</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>הופק</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>חתימות</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>שלמות</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>טיוטה</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>חתום</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>הוחלף</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>על נייר</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>מצוירת</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>דיגיטלית</translation>
    </message>
    <message>
        <source>Expectation added: {subject}</source>
        <translation>נוספה ציפייה: {subject}</translation>
    </message>
    <message>
        <source>Expectation removed: {subject}</source>
        <translation>הוסרה ציפייה: {subject}</translation>
    </message>
    <message>
        <source>Expectation reworded: was {before}, now {after}</source>
        <translation>ניסוח הציפייה שונה: היה {before}, עכשיו {after}</translation>
    </message>
    <message>
        <source>Agreed target of {subject} changed: was {before}, now {after}</source>
        <translation>היעד המוסכם של {subject} שונה: היה {before}, עכשיו {after}</translation>
    </message>
    <message>
        <source>Status of {subject} changed: was {before}, now {after}</source>
        <translation>הסטטוס של {subject} שונה: היה {before}, עכשיו {after}</translation>
    </message>
    <message>
        <source>Escalation ({path}): level {level} added: {after}</source>
        <translation>הסלמה ({path}): נוסף דרג {level}: {after}</translation>
    </message>
    <message>
        <source>Escalation ({path}): level {level} removed: {before}</source>
        <translation>הסלמה ({path}): הוסר דרג {level}: {before}</translation>
    </message>
    <message>
        <source>Escalation ({path}): level {level} moved: was {before}, now {after}</source>
        <translation>הסלמה ({path}): דרג {level} הוזז: היה {before}, עכשיו {after}</translation>
    </message>
    <message>
        <source>System added: {subject}</source>
        <translation>נוספה מערכת: {subject}</translation>
    </message>
    <message>
        <source>System removed: {subject}</source>
        <translation>הוסרה מערכת: {subject}</translation>
    </message>
    <message>
        <source>{who}, after {minutes} min</source>
        <translation>{who}, אחרי {minutes} דק׳</translation>
    </message>
    <message>
        <source>the stored service-file snapshot no longer matches its hash</source>
        <translation>תמונת המצב השמורה של תיק השירות כבר לא תואמת את הגיבוב שלה</translation>
    </message>
    <message>
        <source>the stored issued PDF no longer matches its hash</source>
        <translation>קובץ ה־PDF שהופק ונשמר כבר לא תואם את הגיבוב שלו</translation>
    </message>
    <message>
        <source>the stored signed PDF no longer matches its hash</source>
        <translation>קובץ ה־PDF החתום שנשמר כבר לא תואם את הגיבוב שלו</translation>
    </message>
    <message>
        <source>the signed PDF does not begin with the issued PDF</source>
        <translation>קובץ ה־PDF החתום אינו מתחיל בקובץ ה־PDF שהופק</translation>
    </message>
    <message>
        <source>the document after {subject}&apos;s signature no longer matches its hash</source>
        <translation>המסמך שאחרי החתימה של {subject} כבר לא תואם את הגיבוב שלו</translation>
    </message>
    <message>
        <source>the scan of {subject}&apos;s signature no longer matches its hash</source>
        <translation>הסריקה של החתימה של {subject} כבר לא תואמת את הגיבוב שלה</translation>
    </message>
    <message>
        <source>the digital signature of {subject} is not valid: {detail}</source>
        <translation>החתימה הדיגיטלית של {subject} אינה תקפה: {detail}</translation>
    </message>
    <message>
        <source>the database records a digital signature by {subject}; the PDF does not carry it</source>
        <translation>במסד הנתונים רשומה חתימה דיגיטלית של {subject}; קובץ ה־PDF אינו נושא אותה</translation>
    </message>
    <message>
        <source>the database records a signature drawn by {subject}; the PDF does not carry it</source>
        <translation>במסד הנתונים רשומה חתימה מצוירת של {subject}; קובץ ה־PDF אינו נושא אותה</translation>
    </message>
    <message>
        <source>the database records a signature by {subject} on paper; the PDF does not carry it</source>
        <translation>במסד הנתונים רשומה חתימה של {subject} על נייר; קובץ ה־PDF אינו נושא אותה</translation>
    </message>
    <message>
        <source>the PDF carries a digital signature by {subject} that the database does not record</source>
        <translation>קובץ ה־PDF נושא חתימה דיגיטלית של {subject} שאינה רשומה במסד הנתונים</translation>
    </message>
    <message>
        <source>the PDF cannot be read: {detail}</source>
        <translation>לא ניתן לקרוא את קובץ ה־PDF: {detail}</translation>
    </message>
    <message>
        <source>no signature to record</source>
        <translation>אין חתימה לתעד</translation>
    </message>
    <message>
        <source>the name of the {side} signatory is missing</source>
        <translation>חסר שם החותם מצד {side}</translation>
    </message>
    <message>
        <source>the scan {name} is larger than 25 MB</source>
        <translation>הסריקה {name} גדולה מ־25 MB</translation>
    </message>
    <message>
        <source>the scan {name} is not a PDF or an image (PNG, JPEG, TIFF, GIF)</source>
        <translation>הסריקה {name} אינה PDF או תמונה (PNG, JPEG, TIFF, GIF)</translation>
    </message>
    <message>
        <source>the signature pad is empty: draw the signature first</source>
        <translation>משטח החתימה ריק: צייר תחילה את החתימה</translation>
    </message>
    <message>
        <source>a drawn signature cannot be added after a digital one: it would break the digital signature</source>
        <translation>אי אפשר להוסיף חתימה מצוירת אחרי חתימה דיגיטלית: היא תשבור את החתימה הדיגיטלית</translation>
    </message>
    <message>
        <source>the certificate file cannot be opened: wrong passphrase, or not a PKCS#12 file</source>
        <translation>לא ניתן לפתוח את קובץ התעודה: סיסמה שגויה, או שאינו קובץ PKCS#12</translation>
    </message>
    <message>
        <source>version {number} is {status}: only an issued version can be signed</source>
        <translation>גרסה {number} במצב {status}: אפשר לחתום רק על גרסה שהופקה</translation>
    </message>
    <message>
        <source>the {side} side has already signed version {number}</source>
        <translation>צד {side} כבר חתם על גרסה {number}</translation>
    </message>
    <message>
        <source>version {number} has no signature block for the {side} side</source>
        <translation>בגרסה {number} אין משבצת חתימה לצד {side}</translation>
    </message>
    <message>
        <source>signing rewrote the document instead of adding to it</source>
        <translation>החתימה כתבה את המסמך מחדש במקום להוסיף לו</translation>
    </message>
    <message>
        <source>unknown document language &apos;{language}&apos;: use he, fa or en</source>
        <translation>שפת מסמך לא מוכרת &apos;{language}&apos;: יש להשתמש ב־he, fa או en</translation>
    </message>
    <message>
        <source>CHANGED — DO NOT TRUST</source>
        <translation>שונה — אין לסמוך עליו</translation>
    </message>
    <message>
        <source>Hashes match</source>
        <translation>הגיבובים תואמים</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>בבדיקה…</translation>
    </message>
    <message>
        <source>signatures valid</source>
        <translation>החתימות תקפות</translation>
    </message>
</context>
<context>
    <name>SigningPanel</name>
    <message>
        <source>Signatures</source>
        <translation>חתימות</translation>
    </message>
    <message>
        <source>&amp;Issue version…</source>
        <translation>&amp;הפקת גרסה…</translation>
    </message>
    <message>
        <source>Signed on &amp;paper…</source>
        <translation>נחתם על &amp;נייר…</translation>
    </message>
    <message>
        <source>&amp;Draw signature…</source>
        <translation>&amp;ציור חתימה…</translation>
    </message>
    <message>
        <source>Sign di&amp;gitally…</source>
        <translation>חתימה &amp;דיגיטלית…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>שמירת P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>&amp;אימות מחדש</translation>
    </message>
    <message>
        <source>WARNING: a stored summary was changed after it was issued or signed. Do not rely on it.</source>
        <translation>אזהרה: סיכום שמור שונה אחרי שהופק או נחתם. אין להסתמך עליו.</translation>
    </message>
    <message>
        <source>Version {number}: {problem}</source>
        <translation>גרסה {number}: {problem}</translation>
    </message>
    <message>
        <source>Version {number}: {status}</source>
        <translation>גרסה {number}: {status}</translation>
    </message>
    <message>
        <source>SHA-256 of the issued PDF:</source>
        <translation>SHA-256 של קובץ ה-PDF שהופק:</translation>
    </message>
    <message>
        <source>SHA-256 of the service-file snapshot:</source>
        <translation>SHA-256 של תמונת המצב של תיק השירות:</translation>
    </message>
    <message>
        <source>SHA-256 of the signed PDF:</source>
        <translation>SHA-256 של קובץ ה-PDF החתום:</translation>
    </message>
    <message>
        <source>scan attached: {name}</source>
        <translation>מצורפת סריקה: {name}</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>תקפה</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>לא תקפה</translation>
    </message>
    <message>
        <source>covers the whole document</source>
        <translation>מכסה את כל המסמך</translation>
    </message>
    <message>
        <source>covers the revision it signed; only signatures and form filling after it</source>
        <translation>מכסה את הגרסה שעליה חתמה; אחריה רק חתימות ומילוי טפסים</translation>
    </message>
    <message>
        <source>certificate trusted</source>
        <translation>התעודה מהימנה</translation>
    </message>
    <message>
        <source>certificate not trusted on this computer</source>
        <translation>התעודה אינה מהימנה במחשב הזה</translation>
    </message>
    <message>
        <source>Digital signature of {signer}</source>
        <translation>חתימה דיגיטלית של {signer}</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>טרם נחתם.</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>חתימות:</translation>
    </message>
    <message>
        <source>Changes since version {number}:</source>
        <translation>שינויים מאז גרסה {number}:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <source>Could not do that: {reason}</source>
        <translation>לא ניתן לבצע את הפעולה: {reason}</translation>
    </message>
    <message>
        <source>Save the service file first: a version is made from the saved file.</source>
        <translation>שמור קודם את תיק השירות: גרסה נוצרת מהתיק השמור.</translation>
    </message>
    <message>
        <source>A new version was issued.</source>
        <translation>הופקה גרסה חדשה.</translation>
    </message>
    <message>
        <source>Could not read the scan: {reason}</source>
        <translation>לא ניתן לקרוא את הסריקה: {reason}</translation>
    </message>
    <message>
        <source>The signatures on paper were recorded.</source>
        <translation>החתימות על הנייר תועדו.</translation>
    </message>
    <message>
        <source>The drawn signature was added to the document.</source>
        <translation>החתימה המצוירת נוספה למסמך.</translation>
    </message>
    <message>
        <source>Could not read the certificate: {reason}</source>
        <translation>לא ניתן לקרוא את התעודה: {reason}</translation>
    </message>
    <message>
        <source>The document was signed digitally.</source>
        <translation>המסמך נחתם דיגיטלית.</translation>
    </message>
    <message>
        <source>Save the summary version</source>
        <translation>שמירת גרסת הסיכום</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>מסמכי PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Summary version {number}</source>
        <translation>גרסת סיכום {number}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} נשמר</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>מנהל לקוח</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>AccountDesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>מסדי נתונים של AccountDesk (*.sqlite3 *.db);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>מסד נתונים חדש</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>פתיחת מסד נתונים</translation>
    </message>
</context>
<context>
    <name>SummariesTab</name>
    <message>
        <source>Summaries</source>
        <translation>סיכומים</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;שפה:</translation>
    </message>
    <message>
        <source>Persian digits</source>
        <translation>ספרות פרסיות</translation>
    </message>
    <message>
        <source>Write numbers and dates with Persian digits (۱۲۳)</source>
        <translation>כתיבת מספרים ותאריכים בספרות פרסיות (۱۲۳)</translation>
    </message>
    <message>
        <source>&amp;Generate draft</source>
        <translation>&amp;הפקת טיוטה</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;הדפסה…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;שמירה בשם…</translation>
    </message>
    <message>
        <source>&amp;Open in viewer</source>
        <translation>&amp;פתיחה במציג</translation>
    </message>
    <message>
        <source>Summary draft ready</source>
        <translation>טיוטת הסיכום מוכנה</translation>
    </message>
    <message>
        <source>The summary could not be generated: {reason}</source>
        <translation>לא ניתן היה להפיק את הסיכום: {reason}</translation>
    </message>
    <message>
        <source>Generating the summary…</source>
        <translation>הסיכום בהפקה…</translation>
    </message>
    <message>
        <source>Generate a draft to preview the expectation-alignment summary.</source>
        <translation>הפיקו טיוטה כדי לראות את סיכום תיאום הציפיות.</translation>
    </message>
    <message>
        <source>Draft · pages: {pages} · content ID {id}</source>
        <translation>טיוטה · עמודים: {pages} · מזהה תוכן {id}</translation>
    </message>
    <message>
        <source>The file has changed since; generate again to include the changes.</source>
        <translation>התיק השתנה מאז; הפיקו שוב כדי לכלול את השינויים.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>לא ניתן היה להפעיל את המדפסת.</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>שמירת הסיכום</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>מסמכי PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>לא ניתן היה לשמור את {path}: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>נשמר: {path}</translation>
    </message>
    <message>
        <source>No application to open PDF files was found.</source>
        <translation>לא נמצא יישום לפתיחת קובצי PDF.</translation>
    </message>
    <message>
        <source>Summary – {customer}</source>
        <translation>סיכום – {customer}</translation>
    </message>
</context>
<context>
    <name>SupporterCard</name>
    <message>
        <source>Supporter&apos;s card — {name}</source>
        <translation>כרטיס תומך — {name}</translation>
    </message>
    <message>
        <source>Supporter&apos;s card</source>
        <translation>כרטיס תומך</translation>
    </message>
    <message>
        <source>Dedicated supporter: {name}</source>
        <translation>תומך צמוד: {name}</translation>
    </message>
    <message>
        <source>Backup supporter: {name}</source>
        <translation>תומך מחליף: {name}</translation>
    </message>
    <message>
        <source>Account manager: {name}</source>
        <translation>מנהל לקוח: {name}</translation>
    </message>
    <message>
        <source>Service window: {window}</source>
        <translation>חלון שירות: {window}</translation>
    </message>
    <message>
        <source>Support level: {level} · criticality to them: {criticality} · knowledge: {knowledge}</source>
        <translation>רמת תמיכה: {level} · קריטיות עבורם: {criticality} · רמת ידע: {knowledge}</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>מערכות</translation>
    </message>
    <message>
        <source>No systems recorded.</source>
        <translation>לא תועדו מערכות.</translation>
    </message>
    <message>
        <source>{field} of {name}</source>
        <translation>{field} של {name}</translation>
    </message>
    <message>
        <source>host</source>
        <translation>מארח</translation>
    </message>
    <message>
        <source>address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>מספר סידורי</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>אנשי קשר</translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation>לא תועדו אנשי קשר.</translation>
    </message>
    <message>
        <source>Prefers: {channel}</source>
        <translation>מעדיף: {channel}</translation>
    </message>
    <message>
        <source>reachable: {hours}</source>
        <translation>זמין: {hours}</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>phone of {name}</source>
        <translation>הטלפון של {name}</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>נייד</translation>
    </message>
    <message>
        <source>mobile of {name}</source>
        <translation>הנייד של {name}</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <source>e-mail of {name}</source>
        <translation>הדוא״ל של {name}</translation>
    </message>
    <message>
        <source>Copied {what}: {value}</source>
        <translation>הועתק {what}: {value}</translation>
    </message>
    <message>
        <source>Escalation if raised now ({moment})</source>
        <translation>הסלמה אם התקלה נפתחת עכשיו ({moment})</translation>
    </message>
    <message>
        <source>No escalation path recorded.</source>
        <translation>לא תועד מסלול הסלמה.</translation>
    </message>
    <message>
        <source>{severity} — {side}&apos;s chain</source>
        <translation>{severity} — השרשרת של {side}</translation>
    </message>
    <message>
        <source>Support boundaries</source>
        <translation>גבולות התמיכה</translation>
    </message>
    <message>
        <source>In scope:</source>
        <translation>בתחום התמיכה:</translation>
    </message>
    <message>
        <source>Out of scope:</source>
        <translation>מחוץ לתחום התמיכה:</translation>
    </message>
</context>
<context>
    <name>SystemsTab</name>
    <message>
        <source>Systems</source>
        <translation>מערכות</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>at once</source>
        <translation>מיד</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Raised {moment}</source>
        <translation>נפתחה {moment}</translation>
    </message>
    <message>
        <source>The service window&apos;s time zone is not known; times cannot be worked out.</source>
        <translation>אזור הזמן של חלון השירות אינו ידוע; אי אפשר לחשב את השעות.</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>בשעה {time}</translation>
    </message>
    <message>
        <source>level {number} {when}</source>
        <translation>דרג {number} {when}</translation>
    </message>
    <message>
        <source>{start}: no escalation levels yet.</source>
        <translation>{start}: עדיין אין דרגי הסלמה.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{field} is required</source>
        <translation>{field} הוא שדה חובה</translation>
    </message>
    <message>
        <source>{field} must be at most {limit} characters</source>
        <translation>{field} יכול להכיל לכל היותר {limit} תווים</translation>
    </message>
    <message>
        <source>{field} is not a valid e-mail address: {reason}</source>
        <translation>{field} אינו כתובת דוא״ל תקינה: {reason}</translation>
    </message>
    <message>
        <source>{field} is not a valid phone number; write it with + and its country code</source>
        <translation>{field} אינו מספר טלפון תקין; יש לכתוב אותו עם + וקידומת המדינה</translation>
    </message>
    <message>
        <source>{field} is not a valid phone number in {country}; write it as {national} or, with the country code, {international}</source>
        <translation>{field} אינו מספר טלפון תקין ב{country}; יש לכתוב אותו כך: {national}, או עם קידומת המדינה: {international}</translation>
    </message>
    <message>
        <source>{field}: &apos;{value}&apos; is not a country code (ISO 3166, such as IL, IR or GB)</source>
        <translation>{field}: &apos;{value}&apos; אינו קוד מדינה (ISO 3166, כגון IL, IR או GB)</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}</source>
        <translation>{field} חייב להיות אחד מאלה: {choices}</translation>
    </message>
    <message>
        <source>{field} is not a valid date (use YYYY-MM-DD)</source>
        <translation>{field} אינו תאריך תקין (בתבנית YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{field} is not a valid time (use HH:MM)</source>
        <translation>{field} אינו שעה תקינה (בתבנית HH:MM)</translation>
    </message>
    <message>
        <source>{field} cannot be negative</source>
        <translation>{field} לא יכול להיות שלילי</translation>
    </message>
    <message>
        <source>{field} must be a number</source>
        <translation>{field} חייב להיות מספר</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}</source>
        <translation>{field} חייב להיות בין {low} ל־{high}</translation>
    </message>
    <message>
        <source>{field} is not a known time zone</source>
        <translation>{field} אינו אזור זמן מוכר</translation>
    </message>
    <message>
        <source>{field} must include at least one day</source>
        <translation>{field} חייב לכלול לפחות יום אחד</translation>
    </message>
    <message>
        <source>{field} must end after it starts</source>
        <translation>{field} חייב להסתיים אחרי שהוא מתחיל</translation>
    </message>
    <message>
        <source>{field} is required when an expectation is marked unrealistic</source>
        <translation>{field} הוא שדה חובה כשציפייה מסומנת כלא ריאלית</translation>
    </message>
    <message>
        <source>{field}: choose a staff member or a contact for this level</source>
        <translation>{field}: בחר איש צוות או איש קשר לדרג הזה</translation>
    </message>
    <message>
        <source>{field} must not be before the period start</source>
        <translation>{field} לא יכול להיות לפני תחילת התקופה</translation>
    </message>
    <message>
        <source>{field} &apos;{value}&apos; already exists</source>
        <translation>{field} &apos;{value}&apos; כבר קיים</translation>
    </message>
    <message>
        <source>{field} contains {character}, a control character or invalid code point that text may not hold</source>
        <translation>{field} מכיל את התו {character}, תו בקרה או תו לא תקין שאסור שיופיע בטקסט</translation>
    </message>
    <message>
        <source>{field} contains characters that documents cannot print: {characters}; remove or replace them</source>
        <translation>{field} מכיל תווים שלא ניתן להדפיס במסמכים: {characters}; יש להסיר אותם או להחליף אותם</translation>
    </message>
    <message>
        <source>{field} contains invisible direction-control characters; they are shown neutralised in documents</source>
        <translation>{field} מכיל תווי כיווניות בלתי נראים; במסמכים הם מוצגים מנוטרלים</translation>
    </message>
</context>
</TS>
