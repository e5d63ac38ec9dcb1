"""The words signatures and the changes section print, in English, Hebrew and Persian.

Like the summary's own catalogue: the document is made headless, so its words are plain
Python. Placeholders are filled with values already isolated by the caller.
"""

from __future__ import annotations

from accountdesk.documents.summary.catalogue import Catalogue

# key: (English, Hebrew, Persian)
TEXTS: dict[str, tuple[str, str, str]] = {
    "digitally_signed": (
        "Digitally signed by {name}",
        "נחתם דיגיטלית בידי {name}",
        "امضای دیجیتال: {name}",
    ),
    "changes_heading": (
        "Changes since the signed version",
        "שינויים מאז הגרסה החתומה",
        "تغییرات از زمان نسخه امضاشده",
    ),
    "changes_intro": (
        "Compared with version {version}, which both sides signed:",
        "בהשוואה לגרסה {version}, שעליה חתמו שני הצדדים:",
        "در مقایسه با نسخه {version} که هر دو طرف امضا کرده‌اند:",
    ),
    "expectation_added": (
        "Expectation added: {subject}",
        "נוספה ציפייה: {subject}",
        "انتظار افزوده شد: {subject}",
    ),
    "expectation_removed": (
        "Expectation removed: {subject}",
        "הוסרה ציפייה: {subject}",
        "انتظار حذف شد: {subject}",
    ),
    "expectation_reworded": (
        "Expectation reworded: was {before}, now {after}",
        "ניסוח ציפייה שונה: היה {before}, כעת {after}",
        "متن انتظار تغییر کرد: پیشتر {before}، اکنون {after}",
    ),
    "expectation_target_changed": (
        "Agreed target of {subject} changed: was {before}, now {after}",
        "היעד המוסכם של {subject} שונה: היה {before}, כעת {after}",
        "هدف توافق‌شده {subject} تغییر کرد: پیشتر {before}، اکنون {after}",
    ),
    "expectation_status_changed": (
        "Status of {subject} changed: was {before}, now {after}",
        "הסטטוס של {subject} שונה: היה {before}, כעת {after}",
        "وضعیت {subject} تغییر کرد: پیشتر {before}، اکنون {after}",
    ),
    "escalation_level_added": (
        "Escalation ({path}): level {level} added: {after}",
        "הסלמה ({path}): נוספה רמה {level}: {after}",
        "تشدید ({path}): سطح {level} افزوده شد: {after}",
    ),
    "escalation_level_removed": (
        "Escalation ({path}): level {level} removed: {before}",
        "הסלמה ({path}): הוסרה רמה {level}: {before}",
        "تشدید ({path}): سطح {level} حذف شد: {before}",
    ),
    "escalation_level_moved": (
        "Escalation ({path}): level {level} moved: was {before}, now {after}",
        "הסלמה ({path}): רמה {level} שונתה: היה {before}, כעת {after}",
        "تشدید ({path}): سطح {level} تغییر کرد: پیشتر {before}، اکنون {after}",
    ),
    "level_after": ("{who}, after {duration}", "{who}, לאחר {duration}", "{who}، پس از {duration}"),
    "level_at_once": ("{who}, at once", "{who}, מיד", "{who}، بی‌درنگ"),
    "system_added": (
        "System added: {subject}",
        "נוספה מערכת: {subject}",
        "سامانه افزوده شد: {subject}",
    ),
    "system_removed": (
        "System removed: {subject}",
        "הוסרה מערכת: {subject}",
        "سامانه حذف شد: {subject}",
    ),
    "list_separator": (", ", ", ", "، "),
}


def text(language: str, key: str, **params: object) -> str:
    return Catalogue(language, TEXTS).text(key, **params)
