"""Dates, numbers, durations and lists as people read them in Hebrew, Persian and English.

One Formatter per language and user setting. The Qt screens and the PDF documents both use
it, so it never imports Qt. Babel supplies the CLDR data, jdatetime the Solar Hijri calendar.

Persian digits (when the user wants them) go into every number, date, percentage and
duration, but never into phone numbers, e-mails, host names or time-zone names: those are
identifiers people copy, and they stay as entered.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
from collections.abc import Iterable
from decimal import Decimal
from typing import Literal
from zoneinfo import ZoneInfo

from babel import dates as babel_dates
from babel import units as babel_units
from babel.numbers import NumberPattern

from accountdesk.domain.digits import to_native_digits
from accountdesk.domain.enums import Language
from accountdesk.domain.languages import language_info
from accountdesk.domain.phones import format_phone
from accountdesk.domain.service_window import ALL_DAYS, MINUTES_PER_DAY, ServiceWindow, clock_text
from accountdesk.i18n import lists, weekdays
from accountdesk.i18n.jalali import format_jalali, format_jalali_month
from accountdesk.i18n.locales import as_language, babel_locale

# CLDR's Persian long duration units are an alias of the short ones ("۴ ساعت" either way),
# an alias Babel does not follow: asked for "long", it prints "4 duration-hour".
_UNIT_LENGTH: dict[Language, Literal["long", "short"]] = {Language.PERSIAN: "short"}
# Languages that say one unit by its name alone: Hebrew "שעה", "יום", not "1 שעה" (as it
# says two by a dual, "שעתיים", which CLDR already gives).
_ONE_BY_NAME = {Language.HEBREW}
# Languages whose sentences take a duration after a preposition or as an object ("خلال
# ساعتين", "لا تتجاوز يومين"), where the dual has its oblique ending: CLDR gives the
# nominative (ساعتان), which reads wrong there.
_OBLIQUE_DUAL = {Language("ar")}


class Formatter:
    """Formats values for one language. `native_digits`: the language's own digits (Persian
    ۱۲۳), for a language the registry gives digits of its own; `jalali`: the Solar Hijri
    calendar, for a language whose calendar it is."""

    def __init__(
        self, language: Language | str, *, native_digits: bool = True, jalali: bool = True
    ) -> None:
        self.language = as_language(language)
        info = language_info(self.language.value)
        self.native_digits = info.digits != "latn" and native_digits
        self.jalali = info.calendar == "persian" and jalali
        self.locale = babel_locale(self.language)
        self._date_width = info.date_width
        self.separator = info.separator  # between items of a line: " · ", " – "
        # "arabext" gives Persian separators (۱٬۲۳۴٫۵); Babel leaves the digits ASCII.
        self._numbering = info.digits if self.native_digits else "latn"

    def __repr__(self) -> str:
        return (
            f"Formatter({self.language.value!r}, native_digits={self.native_digits}, "
            f"jalali={self.jalali})"
        )

    @property
    def is_rtl(self) -> bool:
        return self.language.is_rtl

    def digits(self, text: str) -> str:
        """'2026' -> '۲۰۲۶' when the user asked for Persian digits; else unchanged."""
        return to_native_digits(text, self._numbering)

    # -- dates and times ---------------------------------------------------------------

    def date(self, day: dt.date) -> str:
        """'23 Nov 2026', '23 בנוב׳ 2026', '۲ آذر ۱۴۰۵', '٢٣ نوفمبر ٢٠٢٦'."""
        return self._date(day, self._date_width)

    def date_short(self, day: dt.date) -> str:
        """'23/11/2026', '23.11.2026', '۱۴۰۵/۰۹/۰۲' (parse_date reads each back)."""
        return self._date(day, "short")

    def _date(self, day: dt.date, width: str) -> str:
        if self.jalali:
            return self.digits(format_jalali(day, width))
        return self.digits(babel_dates.format_date(day, width, locale=self.locale))

    def month(self, day: dt.date, calendar: str = "gregorian", year: bool = True) -> str:
        """The month `day` is in, short: 'Mar 2026', 'מרץ 2026', 'مارس ۲۰۲۶'; in the
        Solar Hijri calendar 'دی ۱۴۰۴'. `calendar` is that of the months being named (a
        report's series says which it was counted in), so a label never names another
        month than the one its figures cover. `year=False`: the month alone, where the
        year is plain from its neighbours (a narrow chart)."""
        if calendar == "persian":
            return self.digits(format_jalali_month(day, year))
        skeleton = "yMMM" if year else "MMM"
        return self.digits(babel_dates.format_skeleton(skeleton, day, locale=self.locale))

    @property
    def calendar(self) -> Literal["gregorian", "persian"]:
        """The calendar this formatter shows dates in."""
        return "persian" if self.jalali else "gregorian"

    def weekday(self, day: dt.date) -> str:
        """'Thursday', 'יום חמישי', 'پنجشنبه'."""
        return babel_dates.format_date(day, "EEEE", locale=self.locale)

    def time(self, moment: dt.time | dt.datetime) -> str:
        """'17:40' (always 24-hour, zero-padded, as service windows are written)."""
        if isinstance(moment, dt.datetime):
            moment = moment.time()
        return self.digits(babel_dates.format_time(moment, "HH:mm", locale=self.locale))

    def datetime(self, moment: dt.datetime, tz: str | dt.tzinfo | None = None) -> str:
        """'Thursday 17:40' in `tz` (a zone name or tzinfo); naive moments are UTC."""
        local = _in_zone(moment, tz)
        return f"{self.weekday(local.date())} {self.time(local.time())}"

    def date_time(self, moment: dt.datetime, tz: str | dt.tzinfo | None = None) -> str:
        """'23/11/2026 17:40' in `tz`: a moment of any day, in the user's calendar."""
        local = _in_zone(moment, tz)
        return f"{self.date_short(local.date())} {self.time(local.time())}"

    # -- numbers -----------------------------------------------------------------------

    def number(self, value: float | int | Decimal, decimals: int | None = None) -> str:
        """1234.5 -> '1,234.5' / '۱٬۲۳۴٫۵'; `decimals` fixes the digits after the point."""
        return self._apply(self.locale.decimal_formats[None], value, decimals)

    def integer(self, value: int) -> str:
        """1234 -> '1,234' / '۱٬۲۳۴'."""
        return self.number(value, decimals=0)

    def count(self, value: float) -> str:
        """A count that may be a fraction, as a reader says it: 4.0 -> '4' / '٤',
        2.5 -> '2.5' / '٢٫٥'."""
        if float(value).is_integer():
            return self.integer(int(value))
        return self.number(value)

    def percent(self, value: float | int | Decimal, decimals: int = 2) -> str:
        """99.82 (out of 100) -> '99.82%' / '۹۹٫۸۲٪', the sign placed as the locale does."""
        # Babel's percent patterns multiply by 100, so give them the fraction.
        fraction = Decimal(str(value)) / 100
        text = self._apply(self.locale.percent_formats[None], fraction, decimals)
        # Babel leaves the pattern's ASCII '%'; Persian digits take the Arabic sign '٪'.
        return text.replace("%", self.locale.number_symbols[self._numbering]["percentSign"])

    def _apply(
        self, pattern: NumberPattern, value: float | int | Decimal, decimals: int | None
    ) -> str:
        if decimals is not None:
            if decimals < 0:
                raise ValueError(f"decimals cannot be negative: {decimals}")
            pattern = copy.copy(pattern)
            pattern.frac_prec = (decimals, decimals)
        text = pattern.apply(value, self.locale, numbering_system=self._numbering)
        return self.digits(text)

    # -- durations ---------------------------------------------------------------------

    def duration(self, minutes: float) -> str:
        """30 -> '30 minutes', 90 -> '1 hour 30 minutes' / 'שעה ו־30 דקות', 120 -> 'שעתיים'.

        Whole days only become days: "36 hours" reads better in an SLA than "1 day 12 hours".
        """
        total = _whole_minutes(minutes)
        if total and total % MINUTES_PER_DAY == 0:
            return self._unit(total // MINUTES_PER_DAY, "duration-day")
        hours, rest = divmod(total, 60)
        parts = [self._unit(hours, "duration-hour")] if hours else []
        if rest or not hours:
            parts.append(self._unit(rest, "duration-minute"))
        return self._join_units(parts)

    def hours(self, value: float) -> str:
        """1.5 -> '1 hour 30 minutes'."""
        return self.duration(value * 60)

    def _unit(self, value: int, unit: str) -> str:
        if value == 1 and self.language in _ONE_BY_NAME:
            return self._unit_text(1, unit).replace("1", "", 1).strip()
        if value == 2 and self.language in _OBLIQUE_DUAL:
            dual = self._unit_text(2, unit)
            return dual[:-2] + "ين" if dual.endswith("ان") else dual
        return self.digits(self._unit_text(value, unit))

    def _unit_text(self, value: int, unit: str) -> str:
        return babel_units.format_unit(
            value,
            unit,
            length=_UNIT_LENGTH.get(self.language, "long"),
            locale=self.locale,
            numbering_system=self._numbering,
        )

    def _join_units(self, parts: list[str]) -> str:
        if self.language is Language.ENGLISH:
            # CLDR's unit-narrow list: "1 hour 30 minutes", not "1 hour and 30 minutes".
            return lists.join(parts, self.locale.list_patterns["unit-narrow"])
        return lists.and_list(parts, self.language)  # "שעה ו־30 דקות", "۱ ساعت و ۳۰ دقیقه"

    # -- lists, days, windows ----------------------------------------------------------

    def list(self, items: Iterable[object]) -> str:
        """['a', 'b', 'c'] -> 'a, b and c' / 'א, ב ו-ג' / 'الف،\u200f ب و ج'."""
        return lists.and_list([str(item) for item in items], self.language)

    def weekday_names(self, mask: int) -> str:
        """Sun..Thu (bits of Monday = 0) -> 'Sun–Thu' / 'א׳–ה׳' / 'یکشنبه تا پنجشنبه'."""
        if mask == ALL_DAYS:
            return weekdays.phrase("every_day", self.language)
        names = self.locale.days["format"][weekdays.day_width(self.language)]
        separator = weekdays.range_separator(self.locale)
        items = []
        for run in weekdays.day_runs(mask, self.locale.first_week_day):
            items += weekdays.run_items(run, names, separator)
        return lists.comma_list(items, self.language)

    def window(self, window: ServiceWindow) -> str:
        """'Sun–Thu, 08:00–18:00 (Israel Time — Jerusalem)'; 24×7 -> 'around the clock,
        every day'. The zone by its name in this language, on screen and on paper alike."""
        if window.is_always:
            return weekdays.phrase("always", self.language)
        days = self.weekday_names(window.days_mask)
        hours = self._clock_range(window.start_minute, window.end_minute)
        line = lists.comma_list([days, hours], self.language)
        return f"{line} ({self.timezone_name(window.timezone)})"

    def timezone_name(self, zone: str) -> str:
        """'Asia/Tehran' -> 'Iran Time — Tehran' / 'שעון איראן — טהרן' / 'وقت ایران — تهران'
        (CLDR's generic name and exemplar city); a zone of no region (UTC, Etc/GMT+3) or
        one CLDR does not know keeps its identifier."""
        if "/" not in zone or zone.startswith("Etc/"):
            return zone
        try:
            tz = babel_dates.get_timezone(zone)
        except LookupError:
            return zone
        name = babel_dates.get_timezone_name(tz, "long", zone_variant="generic", locale=self.locale)
        city = babel_dates.get_timezone_location(tz, locale=self.locale, return_city=True)
        return f"{name} — {city}"

    def _clock_range(self, start: int, end: int) -> str:
        if end - start == MINUTES_PER_DAY:
            return weekdays.phrase("all_day", self.language)
        separator = weekdays.range_separator(self.locale)
        return self.digits(f"{clock_text(start)}{separator}{clock_text(end)}")

    # -- identifiers -------------------------------------------------------------------

    def phone(self, e164: str, home: str | None = None) -> str:
        """'+982188776655' -> '021 8877 6655' when `home` is IR, '+98 21 8877 6655'
        otherwise; in ASCII digits in every language (see domain.phones)."""
        return format_phone(e164, home)


def _in_zone(moment: dt.datetime, tz: str | dt.tzinfo | None) -> dt.datetime:
    if tz is None:
        return moment
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)  # stored moments are UTC
    zone = ZoneInfo(tz) if isinstance(tz, str) else tz
    return moment.astimezone(zone)


def _whole_minutes(minutes: float) -> int:
    if not math.isfinite(minutes) or minutes < 0:
        raise ValueError(f"a duration must be a finite, non-negative number of minutes: {minutes}")
    return math.floor(minutes + 0.5)  # half a minute rounds up, not to even
