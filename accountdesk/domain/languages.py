"""The languages AccountDesk speaks, as data: one entry each.

Everything that depends on the language reads it from here: the command line's `--lang`
choices, the Language menu, the summary, the Babel locale of dates and numbers, a new
customer's country, and the validation of a stored language (the database holds the code
and no longer lists the codes in a CHECK constraint). Adding a language is an entry here
and its word catalogue (translations/words_<code>.po, with the widget texts in
translations/accountdesk_<code>.ts).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from accountdesk.domain.words import N_


@dataclass(frozen=True)
class LanguageInfo:
    code: str  # ISO 639-1: the value stored and written in exports
    member: str  # its name as a member of domain.enums.Language: "HEBREW"
    name: str  # its English name, a word of the catalogues ("Enum")
    native_name: str  # the language named in itself, as the Language menu shows it
    rtl: bool  # written right to left
    # The digits shown by default: "latn" (0-9), "arabext" (Persian ۰-۹) or "arab"
    # (Arabic-Indic ٠-٩); a language with other digits lets the user choose Latin ones.
    digits: Literal["latn", "arabext", "arab"]
    calendar: Literal["gregorian", "persian"]  # the default calendar of dates shown
    country: str  # ISO 3166-1 alpha-2: where a customer writing in it is, by default
    babel_locale: str  # CLDR locale of dates, numbers and lists
    ui_locale: str  # Qt locale of the user interface
    # Other codes systems send for it in locale names: ISO 639-2, withdrawn ones ("iw").
    other_codes: tuple[str, ...] = ()
    # The CLDR width of a date in a sentence or a list: one that names the month. Arabic's
    # "medium" is all digits (٢٣/١١/٢٠٢٦), so it takes "long" (٢٣ نوفمبر ٢٠٢٦).
    date_width: Literal["medium", "long"] = "medium"
    # What stands between items of a line (a page's footer, a status line). A middle dot
    # reads as a zero among Persian and Arabic-Indic digits (۰, ٠): those take a dash.
    separator: str = " \u00b7 "


# In the order menus and choices list them.
LANGUAGES: tuple[LanguageInfo, ...] = (
    LanguageInfo(
        code="he", member="HEBREW", name=N_("Enum", "Hebrew"), native_name="עברית",
        rtl=True, digits="latn", calendar="gregorian", country="IL",
        babel_locale="he_IL", ui_locale="he_IL",
        other_codes=("iw", "heb"),
    ),
    LanguageInfo(
        code="fa", member="PERSIAN", name=N_("Enum", "Persian"), native_name="فارسی",
        rtl=True, digits="arabext", calendar="persian", country="IR",
        babel_locale="fa_IR", ui_locale="fa_IR",
        other_codes=("per", "fas"), separator=" \u2013 ",
    ),
    LanguageInfo(
        code="ar", member="ARABIC", name=N_("Enum", "Arabic"), native_name="العربية",
        # Egypt: the most Arabic speakers, and CLDR's calendar there is the Gregorian one
        # (Saudi Arabia's default is Umm al-Qura), with Arabic-Indic digits by default.
        rtl=True, digits="arab", calendar="gregorian", country="EG",
        babel_locale="ar_EG", ui_locale="ar_EG",
        other_codes=("ara",), date_width="long", separator=" \u2013 ",
    ),
    LanguageInfo(
        code="en", member="ENGLISH", name=N_("Enum", "English"), native_name="English",
        rtl=False, digits="latn", calendar="gregorian", country="GB",
        # en_GB: day-month-year like the others, a 24-hour clock, no serial comma.
        babel_locale="en_GB", ui_locale="en_US",
        other_codes=("eng",),
    ),
)  # fmt: skip

BY_CODE: dict[str, LanguageInfo] = {info.code: info for info in LANGUAGES}
CODES: tuple[str, ...] = tuple(info.code for info in LANGUAGES)
SOURCE = "en"  # the language of the texts in the code


def language_info(code: str) -> LanguageInfo:
    """The entry of a language code; ValueError naming the codes for any other."""
    try:
        return BY_CODE[code]
    except KeyError:
        raise ValueError(f"unknown language {code!r}; expected one of {', '.join(CODES)}") from None
