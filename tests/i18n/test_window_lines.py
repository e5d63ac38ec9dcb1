"""Service windows as one line of words in each language."""

import pytest

from accountdesk.domain.service_window import MON_TO_FRI, SAT_TO_WED, SUN_TO_THU, ServiceWindow
from accountdesk.i18n import Formatter
from accountdesk.i18n.weekdays import day_runs

EN, HE, FA = Formatter("en"), Formatter("he"), Formatter("fa")
MON, TUE, WED, THU, FRI, SAT, SUN = (1 << d for d in range(7))

OFFICE_IL = ServiceWindow(SUN_TO_THU, 8 * 60, 18 * 60, "Asia/Jerusalem")
OFFICE_IR = ServiceWindow(SAT_TO_WED, 8 * 60 + 30, 17 * 60, "Asia/Tehran")


def test_consecutive_days_are_a_range():
    assert EN.window(OFFICE_IL) == "Sun–Thu, 08:00–18:00 (Israel Time — Jerusalem)"
    assert HE.window(OFFICE_IL) == "א׳–ה׳, 08:00–18:00 (שעון ישראל — ירושלים)"
    assert FA.window(OFFICE_IL) == "یکشنبه تا پنجشنبه،\u200f ۰۸:۰۰ تا ۱۸:۰۰ (وقت اسرائیل — اورشلیم)"


def test_persian_working_week():
    assert EN.window(OFFICE_IR) == "Sat–Wed, 08:30–17:00 (Iran Time — Tehran)"
    assert FA.window(OFFICE_IR) == "شنبه تا چهارشنبه،\u200f ۰۸:۳۰ تا ۱۷:۰۰ (وقت ایران — تهران)"
    assert Formatter("fa", native_digits=False).window(OFFICE_IR) == (
        "شنبه تا چهارشنبه،\u200f 08:30 تا 17:00 (وقت ایران — تهران)"
    )


def test_around_the_clock_every_day():
    always = ServiceWindow.always("Asia/Jerusalem")
    assert EN.window(always) == "around the clock, every day"
    assert HE.window(always) == "מסביב לשעון, כל ימות השבוע"
    assert FA.window(always) == "شبانه‌روزی، هفت روز هفته"


def test_every_day_with_hours_and_all_day_on_some_days():
    every_day = ServiceWindow(0b1111111, 7 * 60, 24 * 60, "UTC")
    assert EN.window(every_day) == "every day, 07:00–24:00 (UTC)"
    assert HE.window(ServiceWindow(SUN_TO_THU, 0, 24 * 60, "UTC")) == "א׳–ה׳, מסביב לשעון (UTC)"
    assert FA.window(ServiceWindow(MON_TO_FRI, 0, 24 * 60, "UTC")) == (
        "دوشنبه تا جمعه،\u200f شبانه‌روزی (UTC)"
    )


def test_the_zone_is_named_in_the_language_on_paper_as_on_screen():
    """Not the identifier "Asia/Tehran" a reader of the summary cannot read."""
    assert "Asia/" not in HE.window(OFFICE_IR) + FA.window(OFFICE_IR) + EN.window(OFFICE_IR)
    assert HE.window(OFFICE_IR).endswith("(שעון איראן — טהרן)")


def test_zone_names_keep_their_digits():
    window = ServiceWindow(SAT_TO_WED, 8 * 60, 16 * 60, "Etc/GMT-3")
    assert FA.window(window).endswith("(Etc/GMT-3)")


@pytest.mark.parametrize(
    ("mask", "english", "hebrew"),
    [
        (MON | WED | FRI, "Mon, Wed, Fri", "ב׳, ד׳, ו׳"),
        (FRI | SAT, "Fri, Sat", "ו׳, ש׳"),  # two days stay two names
        (SAT | SUN | MON, "Sat–Mon", "ש׳–ב׳"),  # a run that wraps the week
        (MON_TO_FRI | SUN, "Sun–Fri", "א׳–ו׳"),
        (WED | FRI | SAT | SUN | MON, "Wed, Fri–Mon", "ד׳, ו׳–ב׳"),
        (0b1111111, "every day", "כל יום"),
    ],
)
def test_weekday_names(mask, english, hebrew):
    assert EN.weekday_names(mask) == english
    assert HE.weekday_names(mask) == hebrew


def test_runs_start_from_the_locales_first_day():
    # Sunday starts the Hebrew week, Saturday the Persian one.
    assert HE.weekday_names(TUE | SUN) == "א׳, ג׳"
    assert FA.weekday_names(TUE | SAT) == "شنبه،\u200f سه‌شنبه"
    assert EN.weekday_names(TUE | SUN) == "Tue, Sun"


def test_day_runs():
    assert day_runs(SUN_TO_THU, first_day=0) == [[6, 0, 1, 2, 3]]
    assert day_runs(MON | WED, first_day=2) == [[2], [0]]
    with pytest.raises(ValueError):
        day_runs(0, first_day=0)
