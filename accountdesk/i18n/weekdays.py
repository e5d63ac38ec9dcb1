"""The days and hours of a service window as words: 'Sun–Thu, 08:00–18:00'."""

from __future__ import annotations

from babel import Locale

from accountdesk.domain.enums import Language
from accountdesk.domain.service_window import ALL_DAYS
from accountdesk.domain.words import N_
from accountdesk.i18n.words import words

# Hebrew writes days by letter ("א׳–ה׳"); CLDR's abbreviated form is "יום א׳". Persian has
# no abbreviations (CLDR's short "۱ش" is not written by people), so it uses full names, as
# every other language does (Arabic's abbreviated names are its full ones).
_SHORT_DAYS = {Language.HEBREW: "short"}

# Words CLDR has no pattern for, translated in the word catalogues (the PDF reads them too).
PHRASES = {
    "always": N_("Window", "around the clock, every day"),
    "every_day": N_("Window", "every day"),
    "all_day": N_("Window", "around the clock"),
}


def day_width(language: Language) -> str:
    """The CLDR width of the day names a service window is written with."""
    return _SHORT_DAYS.get(language, "abbreviated")


def phrase(name: str, language: Language) -> str:
    """'every day' in `language`."""
    return words(language.value).text("Window", PHRASES[name])


# Runs of at least this many consecutive days are written as a range.
MIN_RANGE = 3


def day_runs(mask: int, first_day: int) -> list[list[int]]:
    """Covered days (Monday = 0) in runs of consecutive days, counted round the week.

    Runs wrap (Sun..Thu is one run although Monday starts the English week) and are
    ordered from the locale's first day of the week.
    """
    if not 1 <= mask <= ALL_DAYS:
        raise ValueError(f"a days mask is 1-{ALL_DAYS}, not {mask}")
    if mask == ALL_DAYS:
        return [[(first_day + i) % 7 for i in range(7)]]
    covered = {d for d in range(7) if mask >> d & 1}
    starts = [d for d in covered if (d - 1) % 7 not in covered]
    runs = [_run_from(start, covered) for start in starts]
    return sorted(runs, key=lambda run: (run[0] - first_day) % 7)


def _run_from(start: int, covered: set[int]) -> list[int]:
    run = [start]
    while (run[-1] + 1) % 7 in covered:
        run.append((run[-1] + 1) % 7)
    return run


def range_separator(locale: Locale) -> str:
    """'–' in English and Hebrew, ' تا ' in Persian: CLDR's hour-minute interval."""
    first_part: str = locale.interval_formats["Hm"]["H"][0]  # e.g. 'HH:mm–'
    return first_part.lstrip("Hhm:")


def run_items(run: list[int], names: dict[int, str], separator: str) -> list[str]:
    """[6, 0, 1, 2, 3] -> ['Sun–Thu']; two days stay two items."""
    if len(run) >= MIN_RANGE:
        return [f"{names[run[0]]}{separator}{names[run[-1]]}"]
    return [names[day] for day in run]
