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
        <source>Import &amp;incidents from a helpdesk…</source>
        <translation>ייבוא &amp;תקלות ממערכת קריאות השירות…</translation>
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
        <translation>&amp;כרטיס תמיכה</translation>
    </message>
    <message>
        <source>&amp;Home: this week</source>
        <translation>&amp;בית: השבוע</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications of what falls due</source>
        <translation>&amp;התראות בשולחן העבודה על מה שמועדו מגיע</translation>
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
        <source>Native &amp;digits ({digits})</source>
        <translation>ספרות &amp;מקומיות ({digits})</translation>
    </message>
    <message>
        <source>Solar &amp;Hijri calendar</source>
        <translation>לוח שנה &amp;הג׳רי שמשי</translation>
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
    <message>
        <source>Connect to a &amp;team database…</source>
        <translation>התחברות למסד נתונים &amp;צוותי…</translation>
    </message>
    <message>
        <source>Open &amp;local database</source>
        <translation>פתיחת מסד הנתונים ה&amp;מקומי</translation>
    </message>
    <message>
        <source>Recent team data&amp;bases</source>
        <translation>מסדי נתונים צוותיים א&amp;חרונים</translation>
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
        <translation>“{name}” נמחק בחלון אחר או על ידי משתמש אחר מאז שנפתח כאן. השינויים שלך לא נשמרו. יש לשמור עותק של הגרסה שלך:</translation>
    </message>
    <message>
        <source>“{name}” was changed and saved in another window or by another user since you opened it. Your changes are not saved yet, and nothing was overwritten. What now?</source>
        <translation>“{name}” שונה ונשמר בחלון אחר או על ידי משתמש אחר מאז שנפתח כאן. השינויים שלך עדיין לא נשמרו, ושום דבר לא נדרס. מה עכשיו?</translation>
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
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team database</source>
        <translation>התחברות למסד נתונים צוותי</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>כתובת URL</translation>
    </message>
    <message>
        <source>Server details</source>
        <translation>פרטי השרת</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>כתובת &amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;שרת:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;פורט:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;מסד נתונים:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;משתמש:</translation>
    </message>
    <message>
        <source>&amp;TLS (sslmode):</source>
        <translation>&amp;TLS ‏(sslmode):</translation>
    </message>
    <message>
        <source>&amp;CA certificate (sslrootcert):</source>
        <translation>&amp;תעודת CA ‏(sslrootcert):</translation>
    </message>
    <message>
        <source>libpq&apos;s default</source>
        <translation>ברירת המחדל של libpq</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;סיסמה:</translation>
    </message>
    <message>
        <source>A password typed here is used for this connection only and never stored. Leave it empty to use ~/.pgpass, PGPASSFILE, a PGSERVICE service file or Kerberos, as every PostgreSQL tool does.</source>
        <translation>סיסמה שמוקלדת כאן משמשת לחיבור הזה בלבד ואינה נשמרת לעולם. אם משאירים אותה ריקה, ייעשה שימוש ב־‎~/.pgpass‎, ב־PGPASSFILE, בקובץ שירות של PGSERVICE או ב־Kerberos, כמו בכל כלי של PostgreSQL.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;התחברות</translation>
    </message>
    <message>
        <source>URL: give a PostgreSQL URL, such as postgresql://host/dbname</source>
        <translation>כתובת URL: יש להזין כתובת PostgreSQL, למשל ‎postgresql://host/dbname‎</translation>
    </message>
    <message>
        <source>Host: required (the server&apos;s name or address)</source>
        <translation>שרת: שדה חובה (השם או הכתובת של השרת)</translation>
    </message>
    <message>
        <source>Database: required (its name on the server)</source>
        <translation>מסד נתונים: שדה חובה (שמו בשרת)</translation>
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
        <translation>{name} הועבר לארכיון; “החזרה מהארכיון” מבטלת זאת.</translation>
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
        <translation>למחוק את “{name}” לצמיתות? כל תיק השירות, {versions} וההיסטוריה שלו יימחקו יחד איתו, ואי אפשר לבטל זאת. כדי לשמור עותק, יש לייצא קודם את תיק השירות.</translation>
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
        <translation>הלקוחות שלי: תמיכה</translation>
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
        <translation>יש לבחור את קובץ התעודה (‎.p12 או ‎.pfx).</translation>
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
        <translation>יש לחתום כאן:</translation>
    </message>
    <message>
        <source>Write the signatory&apos;s name.</source>
        <translation>יש לכתוב את שם החותם.</translation>
    </message>
    <message>
        <source>Draw the signature on the pad first.</source>
        <translation>יש לצייר תחילה את החתימה על המשטח.</translation>
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
        <translation>יש לכתוב את השעה בתבנית HH:MM.</translation>
    </message>
</context>
<context>
    <name>EscalationTab</name>
    <message>
        <source>Select a path to see when each level would be called.</source>
        <translation>יש לבחור מסלול כדי לראות מתי יופעל כל דרג.</translation>
    </message>
    <message>
        <source>Escalation timeline</source>
        <translation>ציר זמן ההסלמה</translation>
    </message>
</context>
<context>
    <name>ExpectationDialog</name>
    <message>
        <source>Availability, response and resolution over the service window</source>
        <translation>זמינות, זמן תגובה וזמן פתרון לאורך חלון השירות</translation>
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
        <source>This target is written only in technical terms. Say it in plain language too, as the customer would, e.g. “{example}”.</source>
        <translation>היעד הזה כתוב רק במונחים טכניים. יש לנסח אותו גם בשפה פשוטה, כפי שהלקוח היה אומר, למשל “{example}”.</translation>
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
        <translation>סומנה כלא ריאלית: יש לפרט מה תעלה עמידה בה ומה היא תניב (חובה).</translation>
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
        <source>No — see cost and benefit</source>
        <translation>לא — ר׳ עלות ותועלת</translation>
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
        <translation>לקוח חדש: יש למלא את הסקירה הכללית ולשמור (Ctrl+S).</translation>
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
        <source>Incidents</source>
        <translation>תקלות</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>סיכומים</translation>
    </message>
    <message>
        <source>Signed versions</source>
        <translation>גרסאות חתומות</translation>
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
        <translation>יש לבחור לקוח מהרשימה, לחפש לקוח עם Ctrl+F או ליצור לקוח חדש עם Ctrl+N.</translation>
    </message>
    <message>
        <source>{section}, row {row}: {problem}</source>
        <translation>{section}, שורה {row}: {problem}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message>
        <source>Service reports</source>
        <translation>דוחות שירות</translation>
    </message>
</context>
<context>
    <name>Form</name>
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
        <translation>“{what}” כבר לא נמצא בתיק השירות, ולכן אין לאן להחזיר את הערך.</translation>
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
    <name>HomeView</name>
    <message>
        <source>The agenda could not be read: {reason}</source>
        <translation>לא ניתן לקרוא את סדר היום: {reason}</translation>
    </message>
    <message>
        <source>Nothing is due: no reviews, action items or follow-ups this week.</source>
        <translation>אין השבוע דבר שמועדו מגיע: לא סקירות, לא משימות ולא המשך טיפול.</translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more: show only my customers, or use the customer list</source>
        <translation>
            <numerusform>… ועוד {count}: יש להציג רק את הלקוחות שלי, או להיעזר ברשימת הלקוחות</numerusform>
            <numerusform>… ועוד {count}: יש להציג רק את הלקוחות שלי, או להיעזר ברשימת הלקוחות</numerusform>
        </translation>
    </message>
    <message>
        <source>This week</source>
        <translation>השבוע</translation>
    </message>
    <message>
        <source>This week: what falls due</source>
        <translation>השבוע: מה שמועדו מגיע</translation>
    </message>
    <message>
        <source>Only &amp;my customers ({name})</source>
        <translation>רק ה&amp;לקוחות שלי ({name})</translation>
    </message>
    <message>
        <source>Only &amp;my customers</source>
        <translation>רק ה&amp;לקוחות שלי</translation>
    </message>
    <message>
        <source>Choose yourself under “My customers” above the customer list first.</source>
        <translation>יש לבחור תחילה את שמך תחת “הלקוחות שלי” מעל רשימת הלקוחות.</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>מה לעשות</translation>
    </message>
    <message>
        <source>What falls due</source>
        <translation>מה שמועדו מגיע</translation>
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
        <translation>מתבצע ייצוא…</translation>
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
        <translation>מתבצע ייבוא של {name}…</translation>
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
        <source>There is no customer whose systems and contacts you can change.</source>
        <translation>אין לקוח שבאפשרותך לשנות את המערכות ואת אנשי הקשר שלו.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>דבר לא יובא</translation>
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
    <name>ImportIncidentsDialog</name>
    <message>
        <source>Import incidents</source>
        <translation>ייבוא תקלות</translation>
    </message>
    <message>
        <source>Export file:</source>
        <translation>קובץ הייצוא:</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(לא נבחר)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>בחירה…</translation>
    </message>
    <message>
        <source>Column mapping:</source>
        <translation>מיפוי עמודות:</translation>
    </message>
    <message>
        <source>Load mapping…</source>
        <translation>טעינת מיפוי…</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>שמירת מיפוי…</translation>
    </message>
    <message>
        <source>Generic (README)</source>
        <translation>כללי (README)</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>המיפוי השמור</translation>
    </message>
    <message>
        <source>Severities (value = severity):</source>
        <translation>חומרות (ערך = חומרה):</translation>
    </message>
    <message>
        <source>Values meaning the service was down:</source>
        <translation>ערכים שמשמעותם שהשירות הושבת:</translation>
    </message>
    <message>
        <source>Time zone of times without one:</source>
        <translation>אזור הזמן של שעות שנכתבו בלעדיו:</translation>
    </message>
    <message>
        <source>the customer&apos;s own</source>
        <translation>של הלקוח</translation>
    </message>
    <message>
        <source>File the selected name under this customer</source>
        <translation>שיוך השם שנבחר ללקוח הזה</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;ייבוא</translation>
    </message>
    <message>
        <source>Rows whose customer was not found</source>
        <translation>שורות שהלקוח שלהן לא נמצא</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>טעינת מיפוי</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>מיפויים (*.json)</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>שמירת מיפוי</translation>
    </message>
    <message>
        <source>Ticket exports (*.csv *.xlsx *.txt)</source>
        <translation>קובצי ייצוא של קריאות שירות (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>דבר לא יובא:</translation>
    </message>
    <message numerus="yes">
        <source>{added} added, {updated} updated, {unchanged} unchanged, {count} not matched to a customer</source>
        <translation>
            <numerusform>{added} נוספו, {updated} עודכנו, {unchanged} ללא שינוי, שורה אחת לא שויכה ללקוח</numerusform>
            <numerusform>{added} נוספו, {updated} עודכנו, {unchanged} ללא שינוי, {count} לא שויכו ללקוח</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: {ticket}: {customer}</source>
        <translation>שורה {line}: {ticket}: {customer}</translation>
    </message>
</context>
<context>
    <name>ImportTargetDialog</name>
    <message>
        <source>Only the customers you manage are listed: the systems and contacts of the others are changed by their own account manager and supporters.</source>
        <translation>מוצגים רק הלקוחות שבניהולך: את המערכות ואת אנשי הקשר של האחרים משנים מי שמופקדים על ניהולם ועל התמיכה בהם.</translation>
    </message>
    <message>
        <source>Only the customers you support are listed: the systems and contacts of the others are changed by their own account manager and supporters.</source>
        <translation>מוצגים רק הלקוחות שבתמיכתך: את המערכות ואת אנשי הקשר של האחרים משנים מי שמופקדים על ניהולם ועל התמיכה בהם.</translation>
    </message>
    <message>
        <source>Import systems from CSV</source>
        <translation>ייבוא מערכות מ־CSV</translation>
    </message>
    <message>
        <source>Import contacts from CSV</source>
        <translation>ייבוא אנשי קשר מ־CSV</translation>
    </message>
    <message>
        <source>Into the &amp;customer:</source>
        <translation>אל ה&amp;לקוח:</translation>
    </message>
    <message>
        <source>Customer to import into</source>
        <translation>הלקוח שאליו מייבאים</translation>
    </message>
</context>
<context>
    <name>ImprovementDialog</name>
    <message>
        <source>Improvement item</source>
        <translation>פריט שיפור</translation>
    </message>
    <message>
        <source>Set a date</source>
        <translation>קביעת תאריך</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <source>Incidents</source>
        <translation>תקלות</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>תקופה:</translation>
    </message>
    <message>
        <source>Achieved against agreed</source>
        <translation>מה הושג מול מה שסוכם</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>התקופה מסתיימת לפני שהיא מתחילה.</translation>
    </message>
    <message numerus="yes">
        <source>{count} incident(s) opened in this period, {outages} with the service down</source>
        <translation>
            <numerusform>תקלה אחת נפתחה בתקופה זו, {outages} מהן עם השבתת שירות</numerusform>
            <numerusform>{count} תקלות נפתחו בתקופה זו, {outages} מהן עם השבתת שירות</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue a new version</source>
        <translation>הפקת גרסה חדשה</translation>
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
    <message>
        <source>The language&apos;s digits ({digits})</source>
        <translation>ספרות השפה ({digits})</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>The team database answers again; the customers are read afresh.</source>
        <translation>מסד הנתונים של הצוות עונה שוב; הלקוחות נקראו מחדש.</translation>
    </message>
    <message>
        <source>{who} deleted {name}; it is closed.</source>
        <translation>{name} נמחק על ידי {who} ונסגר.</translation>
    </message>
    <message>
        <source>{who} saved {name}; it is shown as now saved.</source>
        <translation>{name} נשמר על ידי {who}; מוצג כפי שנשמר עכשיו.</translation>
    </message>
    <message>
        <source>Deleted by {who}.</source>
        <translation>נמחק על ידי {who}.</translation>
    </message>
    <message>
        <source>Changed by {who}:</source>
        <translation>שונה על ידי {who}:</translation>
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
        <translation>יש לפתוח לקוח (או לחפש לקוח עם Ctrl+F) כדי לראות את כרטיס התמיכה.</translation>
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
        <translation>AccountDesk שומרת תיק שירות אחד לכל לקוח — מערכות, אנשי קשר, מסלולי הסלמה והציפיות שסוכמו במילות הלקוח עצמו — לניהול לקוחות ולתמיכה צמודה.

מסד נתונים: {path}</translation>
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
        <source>Action items</source>
        <translation>משימות</translation>
    </message>
    <message>
        <source>Nothing: the file has everything a kickoff needs.</source>
        <translation>לא חסר דבר: בתיק יש כל מה שנדרש לפגישת פתיחה.</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
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
    <name>Notifier</name>
    <message numerus="yes">
        <source>and {count} more, listed below</source>
        <translation>
            <numerusform>ועוד {count}, ברשימה שלמטה</numerusform>
            <numerusform>ועוד {count}, ברשימה שלמטה</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and {count} more on the home view</source>
        <translation>
            <numerusform>ועוד {count} בתצוגת הבית</numerusform>
            <numerusform>ועוד {count} בתצוגת הבית</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} item(s) due today or overdue</source>
        <translation>
            <numerusform>פריט אחד שמועדו היום או שעבר</numerusform>
            <numerusform>{count} פריטים שמועדם היום או שעבר</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>just now</source>
        <translation>לפני רגע</translation>
    </message>
    <message numerus="yes">
        <source>{count} minute(s) ago</source>
        <translation>
            <numerusform>לפני דקה</numerusform>
            <numerusform>לפני {count} דקות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} hour(s) ago</source>
        <translation>
            <numerusform>לפני שעה</numerusform>
            <numerusform>לפני {count} שעות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} day(s) ago</source>
        <translation>
            <numerusform>לפני יום</numerusform>
            <numerusform>לפני {count} ימים</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Overview</source>
        <translation>סקירה כללית</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>תמיכה</translation>
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
        <translation>יש לבחור לפחות צד אחד שחתם.</translation>
    </message>
    <message>
        <source>Write the name of each signatory.</source>
        <translation>יש לכתוב את שמו של כל חותם.</translation>
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
        <translation>למחוק את “{what}”?</translation>
    </message>
    <message>
        <source>The service file of “{name}” has changes that are not saved.</source>
        <translation>בתיק השירות של “{name}” יש שינויים שלא נשמרו.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>שינויים שלא נשמרו</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Period:</source>
        <translation>תקופה:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;תצוגה מקדימה</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;הפקה…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>ה&amp;דפסה…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>תצוגה מקדימה</translation>
    </message>
    <message>
        <source>No improvement item yet</source>
        <translation>טרם נרשם פריט שיפור</translation>
    </message>
    <message>
        <source>Improvement item</source>
        <translation>פריט שיפור</translation>
    </message>
    <message>
        <source>The report could not be made: {reason}</source>
        <translation>לא ניתן היה להפיק את הדוח: {reason}</translation>
    </message>
    <message>
        <source>Save the file first: an issued report is made from it.</source>
        <translation>יש לשמור קודם את התיק: דוח מופק נעשה ממנו.</translation>
    </message>
    <message>
        <source>Issued report version {number} · SHA-256 {hash}</source>
        <translation>הופקה גרסת דוח {number} · SHA-256 {hash}</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>התקופה מסתיימת לפני שהיא מתחילה.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>הדוח בהכנה…</translation>
    </message>
    <message numerus="yes">
        <source>{count} missed promise(s) without an improvement item</source>
        <translation>
            <numerusform>הבטחה אחת שלא עמדנו בה ללא פריט שיפור</numerusform>
            <numerusform>{count} הבטחות שלא עמדנו בהן ללא פריט שיפור</numerusform>
        </translation>
    </message>
    <message>
        <source>pages: {pages} · content ID {id}</source>
        <translation>עמודים: {pages} · מזהה תוכן {id}</translation>
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
        <translation>מועד יצירה</translation>
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
        <translation>Enter פותח את תיק השירות; Ctrl+Enter פותח את כרטיס התמיכה</translation>
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
        <translation>כרטיס התמיכה עבור התוצאה שנבחרה (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Open the supporter&apos;s card</source>
        <translation>פתיחת כרטיס התמיכה</translation>
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
    <message>
        <source>feedback</source>
        <translation>משוב</translation>
    </message>
</context>
<context>
    <name>ServerProblemDialog</name>
    <message>
        <source>The database server cannot be reached</source>
        <translation>לא ניתן להגיע לשרת מסד הנתונים</translation>
    </message>
    <message>
        <source>The database server refused the login</source>
        <translation>שרת מסד הנתונים דחה את הכניסה</translation>
    </message>
    <message>
        <source>The database does not exist</source>
        <translation>מסד הנתונים אינו קיים</translation>
    </message>
    <message>
        <source>No AccountDesk database there yet</source>
        <translation>אין שם עדיין מסד נתונים של AccountDesk</translation>
    </message>
    <message>
        <source>The team database cannot be opened</source>
        <translation>לא ניתן לפתוח את מסד הנתונים הצוותי</translation>
    </message>
    <message numerus="yes">
        <source>A read-only copy of the {count} customer(s) you opened recently is kept on this computer, from {age}.</source>
        <translation>
            <numerusform>במחשב הזה שמור עותק לקריאה בלבד של הלקוח שנפתח לאחרונה, מ{age}.</numerusform>
            <numerusform>במחשב הזה שמור עותק לקריאה בלבד של {count} הלקוחות שנפתחו לאחרונה, מ{age}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the &amp;copy (read-only)</source>
        <translation>פתיחת ה&amp;עותק (קריאה בלבד)</translation>
    </message>
    <message>
        <source>Open the &amp;local database</source>
        <translation>פתיחת מסד הנתונים ה&amp;מקומי</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;יציאה</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
</context>
<context>
    <name>Signing</name>
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
        <source>WARNING: a stored report was changed after it was issued or signed. Do not rely on it.</source>
        <translation>אזהרה: דוח שמור שונה אחרי שהופק או נחתם. אין להסתמך עליו.</translation>
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
        <translation>SHA-256 של קובץ ה־PDF שהופק:</translation>
    </message>
    <message>
        <source>SHA-256 of the service-file snapshot:</source>
        <translation>SHA-256 של תמונת המצב של תיק השירות:</translation>
    </message>
    <message>
        <source>SHA-256 of the signed PDF:</source>
        <translation>SHA-256 של קובץ ה־PDF החתום:</translation>
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
        <translation>יש לשמור קודם את תיק השירות: גרסה נוצרת מהתיק השמור.</translation>
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
        <source>Save the report version</source>
        <translation>שמירת גרסת הדוח</translation>
    </message>
    <message>
        <source>Report version {number}</source>
        <translation>גרסת דוח {number}</translation>
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
        <source>The language&apos;s digits ({digits})</source>
        <translation>ספרות השפה ({digits})</translation>
    </message>
    <message>
        <source>Write numbers and dates with the document language&apos;s own digits</source>
        <translation>כתיבת מספרים ותאריכים בספרות של שפת המסמך</translation>
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
        <translation>יש להפיק טיוטה כדי לראות את סיכום תיאום הציפיות.</translation>
    </message>
    <message>
        <source>Draft · pages: {pages} · content ID {id}</source>
        <translation>טיוטה · עמודים: {pages} · מזהה תוכן {id}</translation>
    </message>
    <message>
        <source>The file has changed since; generate again to include the changes.</source>
        <translation>התיק השתנה מאז; יש להפיק שוב כדי לכלול את השינויים.</translation>
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
        <translation>כרטיס תמיכה — {name}</translation>
    </message>
    <message>
        <source>Supporter&apos;s card</source>
        <translation>כרטיס תמיכה</translation>
    </message>
    <message>
        <source>Dedicated supporter: {name}</source>
        <translation>תמיכה צמודה: {name}</translation>
    </message>
    <message>
        <source>Backup supporter: {name}</source>
        <translation>תמיכת גיבוי: {name}</translation>
    </message>
    <message>
        <source>Account manager: {name}</source>
        <translation>ניהול לקוח: {name}</translation>
    </message>
    <message>
        <source>Service window: {window}</source>
        <translation>חלון שירות: {window}</translation>
    </message>
    <message>
        <source>Support level: {level} · criticality to them: {criticality} · knowledge: {knowledge}</source>
        <translation>רמת תמיכה: {level} · קריטיות לעסק: {criticality} · רמת ידע: {knowledge}</translation>
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
        <source>No contacts recorded.</source>
        <translation>לא תועדו אנשי קשר.</translation>
    </message>
    <message>
        <source>Prefers: {channel}</source>
        <translation>ערוץ מועדף: {channel}</translation>
    </message>
    <message>
        <source>reachable: {hours}</source>
        <translation>זמינות: {hours}</translation>
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
        <source>In scope:</source>
        <translation>בתחום התמיכה:</translation>
    </message>
    <message>
        <source>Out of scope:</source>
        <translation>מחוץ לתחום התמיכה:</translation>
    </message>
</context>
<context>
    <name>TeamDatabases</name>
    <message>
        <source>Your role in this team database is now manager: you can change every customer&apos;s file and the staff list.</source>
        <translation>התפקיד שלך במסד הנתונים הצוותי הוא עכשיו ניהול: באפשרותך לשנות את התיק של כל לקוח ואת רשימת אנשי הצוות.</translation>
    </message>
    <message>
        <source>Your role in this team database is now account manager: you can add customers and change the files of the customers you manage.</source>
        <translation>התפקיד שלך במסד הנתונים הצוותי הוא עכשיו ניהול לקוח: באפשרותך להוסיף לקוחות ולשנות את התיקים של הלקוחות שבניהולך.</translation>
    </message>
    <message>
        <source>Your role in this team database is now supporter: you can change the systems, contacts and notes of the customers you support.</source>
        <translation>התפקיד שלך במסד הנתונים הצוותי הוא עכשיו תמיכה: באפשרותך לשנות את המערכות, אנשי הקשר וההערות של הלקוחות שבתמיכתך.</translation>
    </message>
    <message>
        <source>Your role in this team database is now auditor: you can read every customer&apos;s file but not change it.</source>
        <translation>התפקיד שלך במסד הנתונים הצוותי הוא עכשיו ביקורת: באפשרותך לקרוא את התיק של כל לקוח, אך לא לשנות אותו.</translation>
    </message>
    <message>
        <source>You no longer have a role in this team database: ask its manager for one to read or change customers.</source>
        <translation>אין לך עוד תפקיד במסד הנתונים הצוותי: כדי לקרוא לקוחות או לשנות אותם, יש לבקש תפקיד מהנהלת מסד הנתונים.</translation>
    </message>
    <message>
        <source>Connected to the team database {url}</source>
        <translation>בוצע חיבור למסד הנתונים הצוותי {url}</translation>
    </message>
    <message>
        <source>Offline copy of {url}, from {age} (read-only)</source>
        <translation>עותק לא מקוון של {url}, מ{age} (קריאה בלבד)</translation>
    </message>
    <message>
        <source>The team database {url} cannot be reached. This is the copy kept on this computer of the customers you opened recently, from {age}. Nothing can be changed in it: connect again (File → Connect to a team database…) to make changes.</source>
        <translation>לא ניתן להגיע למסד הנתונים הצוותי {url}. זהו העותק השמור במחשב הזה של הלקוחות שנפתחו לאחרונה, מ{age}. אי אפשר לשנות בו דבר: כדי לבצע שינויים יש להתחבר שוב (קובץ ← התחברות למסד נתונים צוותי…).</translation>
    </message>
    <message>
        <source>Team database: {url}</source>
        <translation>מסד נתונים צוותי: {url}</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>מסד נתונים: {path}</translation>
    </message>
    <message>
        <source>offline copy from {age}</source>
        <translation>עותק לא מקוון מ{age}</translation>
    </message>
    <message>
        <source>The offline copy was not updated: {reason}</source>
        <translation>העותק הלא מקוון לא עודכן: {reason}</translation>
    </message>
</context>
</TS>
