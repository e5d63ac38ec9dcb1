"""Locale formatting and parsing for Hebrew, Persian and English (Babel, Jalali calendar).

Plain Python: the Qt user interface and the PDF documents both build on it.
"""

from accountdesk.i18n.formatting import Formatter
from accountdesk.i18n.jalali import from_jalali, month_name, to_jalali
from accountdesk.i18n.locale_detection import is_rtl, system_language
from accountdesk.i18n.parsing import parse_date, parse_number, parse_time

__all__ = [
    "Formatter",
    "from_jalali",
    "is_rtl",
    "month_name",
    "parse_date",
    "parse_number",
    "parse_time",
    "system_language",
    "to_jalali",
]
