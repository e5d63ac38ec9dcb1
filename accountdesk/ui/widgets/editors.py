"""Input widgets with one interface: `value()`, `set_value(v)` and a `changed` signal.

Forms and dialogs build on these, so loading a record into widgets and reading it back is
one loop over the fields whatever the widget.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCalendar,
    QCollator,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from accountdesk.domain.digits import digits_to_ascii, to_ascii_digits, to_native_digits
from accountdesk.domain.languages import language_info
from accountdesk.domain.service_file import ContactData
from accountdesk.domain.service_window import MINUTES_PER_DAY, clock_text
from accountdesk.i18n.parsing import parse_date
from accountdesk.ui.labels import label
from accountdesk.ui.language import (
    current_language,
    has_native_digits,
    shows_native_digits,
    uses_jalali,
)
from accountdesk.ui.widgets.direction import follow_content_direction

NONE_TEXT = "—"


class TextLine(QLineEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self.changed)
        follow_content_direction(self)

    def value(self) -> str:
        return self.text()

    def set_value(self, value: str | None) -> None:
        if self.text() != (value or ""):
            self.setText(value or "")


class TextArea(QPlainTextEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 12)
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * (lines + 2) + 12)
        self.textChanged.connect(self.changed)
        follow_content_direction(self)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: str | None) -> None:
        if self.toPlainText() != (value or ""):
            self.setPlainText(value or "")


class EnumCombo(QComboBox):
    """A choice among an enumeration's values, shown translated; optionally none."""

    changed = Signal()

    def __init__(
        self, enum: type[StrEnum], optional: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._enum = enum
        if optional:
            self.addItem(NONE_TEXT, None)
        for member in enum:
            self.addItem(label(member), member.value)
        self.currentIndexChanged.connect(self.changed)

    def value(self) -> StrEnum | None:
        data = self.currentData()
        return None if data is None else self._enum(data)

    def set_value(self, value: StrEnum | None) -> None:
        index = self.findData(None if value is None else str(value))
        self.setCurrentIndex(max(index, 0))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for i in range(self.count()):
                data = self.itemData(i)
                self.setItemText(i, NONE_TEXT if data is None else label(self._enum(data)))
        super().changeEvent(event)


class NameCombo(QComboBox):
    """A person's name: pick one of the staff, or type a new one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.editTextChanged.connect(self.changed)
        line = self.lineEdit()
        assert line is not None  # an editable combo has one
        follow_content_direction(line)

    def set_names(self, names: list[str]) -> None:
        current = self.currentText()
        with QSignalBlocker(self):
            self.clear()
            self.addItems(["", *names])
            self.setEditText(current)

    def value(self) -> str:
        return self.currentText().strip()

    def set_value(self, value: str | None) -> None:
        if self.currentText() != (value or ""):
            self.setEditText(value or "")


class ContactCombo(QComboBox):
    """One of the file's contacts (by key), or none."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(NONE_TEXT, None)
        self.currentIndexChanged.connect(self.changed)

    def set_contacts(self, contacts: list[ContactData]) -> None:
        current = self.value()
        with QSignalBlocker(self):
            self.clear()
            self.addItem(NONE_TEXT, None)
            for contact in contacts:
                text = f"{contact.name} ({contact.role})" if contact.role else contact.name
                self.addItem(text, contact.key)
            self.set_value(current)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, key: str | None) -> None:
        self.setCurrentIndex(max(self.findData(key), 0))


class CountryCombo(QComboBox):
    """A country (ISO 3166 alpha-2 code), named in the UI language and found by typing any
    part of its name, or its code; optionally none: `none_text` (in the "Form" context,
    marked with QT_TRANSLATE_NOOP) says what none means."""

    changed = Signal()

    def __init__(self, none_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none_text = none_text
        edit = QLineEdit(self)
        self.setLineEdit(edit)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        follow_content_direction(edit)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._fill()
        self.currentIndexChanged.connect(self.changed)
        edit.editingFinished.connect(self._take_typed)

    def _fill(self) -> None:
        from accountdesk.i18n.countries import country_names

        current = self.value() if self.count() else None
        names = country_names(current_language())
        collator = QCollator(QLocale())
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        with QSignalBlocker(self):
            self.clear()
            if self._none_text is not None:
                self.addItem(QCoreApplication.translate("Form", self._none_text), None)
            for code in sorted(names, key=lambda c: collator.sortKey(names[c])):
                self.addItem(names[code], code)
            self.set_value(current)

    def _take_typed(self) -> None:
        """Enter or leaving the field: a whole name or a code chooses that country;
        anything else goes back to the country chosen."""
        typed = self.currentText().strip()
        index = self.findText(typed, Qt.MatchFlag.MatchFixedString)
        if index < 0 and len(typed) == 2:
            index = self.findData(typed.upper())
        if index >= 0:
            self.setCurrentIndex(index)
        self.setEditText(self.itemText(self.currentIndex()))

    def value(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def set_value(self, code: str | None) -> None:
        index = self.findData(code) if code else -1
        if index < 0 and self._none_text is not None:
            index = 0
        self.setCurrentIndex(index)
        if index >= 0:
            self.setEditText(self.itemText(index))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)


def in_locale_digits(text: str, locale: QLocale) -> str:
    """The text with every digit written in the locale's own digits ('۱۲' -> '12' in
    Hebrew, '12' or '١٢' -> '۱۲' in Persian); one character for one, nothing else changed."""
    zero = ord(locale.zeroDigit())
    ascii_text = digits_to_ascii(text)
    return "".join(chr(zero + int(c)) if "0" <= c <= "9" else c for c in ascii_text)


def in_locale_number(text: str, locale: QLocale) -> str:
    """A number as typed, in the locale's digits and separators: a point or comma, ASCII
    or Arabic (٫ ٬), becomes the locale's decimal or thousands separator; in Persian a
    slash too, as many Iranians write the decimal point (۲/۵)."""
    separators = {".": locale.decimalPoint(), ",": locale.groupSeparator()}
    if locale.language() == QLocale.Language.Persian:
        separators["/"] = locale.decimalPoint()
    return "".join(separators.get(c, c) for c in in_locale_digits(to_ascii_digits(text), locale))


def as_shown(text: str) -> str:
    """A number or date as the widget shows it: in a language with digits of its own
    (Persian) turned off, ASCII digits instead of the locale's."""
    if has_native_digits(current_language()) and not shows_native_digits():
        return to_ascii_digits(text)
    return text


if TYPE_CHECKING:
    _SpinBox = QAbstractSpinBox  # what the mixin below is mixed into
else:
    _SpinBox = object


class _LocaleNumbers(_SpinBox):
    """Mix into a spin box (before the Qt class): digits of any script are accepted, and
    numbers follow the UI language's locale, also after switching it at run time (Qt sets
    a widget's locale only when the widget is made). The spin boxes convert their own
    type of number with `in_locale_number` and `as_shown` too."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        state, fixed, pos = super().validate(in_locale_number(text, self.locale()), pos)
        return state, as_shown(fixed), pos

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setLocale(QLocale())
        super().changeEvent(event)


class NumberSpin(_LocaleNumbers, QDoubleSpinBox):
    """A number that may be left empty (shown as —). `count`: a number of things, which
    may be a fraction: a whole one is shown as a whole number ("4", not "4.0")."""

    changed = Signal()

    def __init__(
        self,
        maximum: float = 1e6,
        decimals: int = 2,
        parent: QWidget | None = None,
        *,
        count: bool = False,
    ) -> None:
        super().__init__(parent)
        self._count = count
        self.setDecimals(decimals)
        self.setRange(-1, maximum)
        self.setSpecialValueText(NONE_TEXT)
        self.setValue(-1)
        self.valueChanged.connect(self.changed)

    def valueFromText(self, text: str) -> float:
        return super().valueFromText(in_locale_number(text, self.locale()))

    def textFromValue(self, value: float) -> str:
        if self._count and float(value).is_integer():
            return as_shown(self.locale().toString(int(value)))
        return as_shown(super().textFromValue(value))

    def value_or_none(self) -> float | None:
        number = super().value()
        return None if number <= self.minimum() else number

    def value(self) -> float | None:  # type: ignore[override]  # None when empty, as forms read it
        return self.value_or_none()

    def set_value(self, value: float | None) -> None:
        self.setValue(self.minimum() if value is None else float(value))


class IntSpin(_LocaleNumbers, QSpinBox):
    changed = Signal()

    def __init__(
        self, optional: bool = False, maximum: int = 10**6, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self.setRange(-1 if optional else 0, maximum)
        if optional:
            self.setSpecialValueText(NONE_TEXT)
            self.setValue(-1)
        self.valueChanged.connect(self.changed)

    def valueFromText(self, text: str) -> int:
        return super().valueFromText(in_locale_number(text, self.locale()))

    def textFromValue(self, value: int) -> str:
        return as_shown(super().textFromValue(value))

    def value(self) -> int | None:  # type: ignore[override]  # None when empty, as forms read it
        number = super().value()
        return None if self._optional and number < 0 else number

    def set_value(self, value: int | None) -> None:
        self.setValue(-1 if value is None else int(value))


class Check(QCheckBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggled.connect(self.changed)

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: bool) -> None:
        self.setChecked(bool(value))


def calendar_for_ui() -> QCalendar:
    """Persian users read and type dates in the Jalali (Solar Hijri) calendar, unless they
    turned it off."""
    if uses_jalali():
        return QCalendar(QCalendar.System.Jalali)
    return QCalendar(QCalendar.System.Gregorian)


# Unambiguous in every language ("1/12/27" is not): the month is written as a word.
DATE_FORMAT = "d MMM yyyy"
# A Solar Hijri date as Iranians write and type it, the year first: ۱۴۰۵/۰۹/۰۲.
JALALI_FORMAT = "yyyy/MM/dd"


_FORMAT_PARTS = re.compile(r"'[^']*'|([A-Za-z])\1*|[^A-Za-z']+")


def reversed_format(display_format: str) -> str:
    """A date format with its parts and separators in reverse order: 'd MMM yyyy' ->
    'yyyy MMM d'."""
    return "".join(reversed([m.group(0) for m in _FORMAT_PARTS.finditer(display_format)]))


# A whole date being typed or pasted over the shown one: digits and separators only.
_TYPED_DATE = re.compile(r"[\d\s/.\-]*\d[\d\s/.\-]*")
_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u2066\u2067\u2068\u2069"))


def typed_date(text: str) -> bool:
    return bool(_TYPED_DATE.fullmatch(digits_to_ascii(text.translate(_MARKS))))


class DateEdit(QDateEdit):
    """A date shown in the UI language's calendar.

    Its parts are typed in any digits, and a whole date may be typed or pasted over it
    as digits ("1405/09/02" or "۱۴۰۵/۰۹/۰۲" in Persian, a Solar Hijri date; "23/11/2026"
    or "2026-11-23" in every language): it is taken on Enter or when the field is left.
    """

    def __init__(self, parent: QWidget | None = None, display_format: str = DATE_FORMAT) -> None:
        super().__init__(parent)
        self._format = display_format
        self.setCalendarPopup(True)
        self.setDate(QDate.currentDate())
        self._localise()

    def _localise(self) -> None:
        self.setLocale(QLocale())  # Qt sets a widget's locale only when the widget is made
        self.setCalendar(calendar_for_ui())
        jalali = uses_jalali() and self._format == DATE_FORMAT
        wanted = JALALI_FORMAT if jalali else self._format
        # Right to left, Qt lays a date's parts out in reverse ("2 Azar 1405" would read
        # "1405 Azar 2"): given them reversed, it shows them in the order written.
        self.setDisplayFormat(reversed_format(wanted) if self.isRightToLeft() else wanted)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self._localise()
        super().changeEvent(event)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        typed = in_locale_digits(text, self.locale())
        state, fixed, fixed_pos = super().validate(typed, pos)
        if state == QValidator.State.Invalid and typed_date(typed):
            return QValidator.State.Intermediate, as_shown(typed), pos  # a whole date on its way
        return state, as_shown(fixed), fixed_pos

    def textFromDateTime(self, value: QDateTime) -> str:
        return as_shown(super().textFromDateTime(value))

    def dateTimeFromText(self, text: str) -> QDateTime:
        return super().dateTimeFromText(in_locale_digits(text, self.locale()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.take_typed_date()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.take_typed_date()
        super().focusOutEvent(event)

    def take_typed_date(self) -> None:
        """A whole date typed as digits becomes the date; anything else Qt handles (a
        text that is no date puts the last date back)."""
        text = self.lineEdit().text()
        if (
            not typed_date(text)
            or QDateEdit.validate(self, in_locale_digits(text, self.locale()), 0)[0]
            == QValidator.State.Acceptable
        ):
            return
        try:
            day = parse_date(text, current_language(), jalali=uses_jalali())
        except ValueError:
            return
        self.setDate(to_qdate(day))


class DateValue(DateEdit):
    """A date that must be given (a meeting's day)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, display_format: str = DATE_FORMAT) -> None:
        super().__init__(parent, display_format)
        self.dateChanged.connect(self.changed)

    def value(self) -> dt.date:
        return from_qdate(self.date())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(to_qdate(value or dt.date.today()))


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class OptionalDate(QWidget):
    """A date that may be unset: a check box turns the date on."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self)
        self.date = DateEdit(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.date, 1)
        self.setFocusProxy(self.enabled)
        self.enabled.toggled.connect(self.date.setEnabled)
        self.enabled.toggled.connect(self.changed)
        self.date.dateChanged.connect(self.changed)
        self.set_value(None)

    def value(self) -> dt.date | None:
        return from_qdate(self.date.date()) if self.enabled.isChecked() else None

    def set_value(self, value: dt.date | None) -> None:
        with QSignalBlocker(self.enabled), QSignalBlocker(self.date):
            self.enabled.setChecked(value is not None)
            self.date.setEnabled(value is not None)
            # Unset shows today, greyed: never the date of the record shown before.
            self.date.setDate(to_qdate(value if value is not None else dt.date.today()))

    def set_accessible(self, name: str) -> None:
        self.setAccessibleName(name)
        self.enabled.setAccessibleName(name)
        self.date.setAccessibleName(name)


class ClockEdit(QLineEdit):
    """A time of day as HH:MM, in minutes; as an end of cover, 00:00 or 24:00 is midnight.

    A line edit rather than QTimeEdit: in a right-to-left window QTimeEdit shows "08:00" as
    "00:08". Times read left to right in every language; Persian digits are accepted and,
    in a Persian window, shown. `value()` is None while the text is not a time.
    """

    changed = Signal()

    def __init__(self, is_end: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._is_end = is_end
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setMaxLength(5)
        self.setPlaceholderText("HH:MM")
        self.textChanged.connect(self.changed)

    def value(self) -> int | None:
        from accountdesk.i18n.parsing import parse_time

        text = to_ascii_digits(self.text()).strip()
        if self._is_end and text in ("24:00", "24"):
            return MINUTES_PER_DAY
        try:
            time = parse_time(text)
        except ValueError:
            return None
        minute = time.hour * 60 + time.minute
        return MINUTES_PER_DAY if self._is_end and minute == 0 else minute

    def set_value(self, minute: int) -> None:
        if self.value() == minute:
            return  # the text says it already, perhaps as the user is still typing it ("0" of "09:30")
        self.setText(self._shown(minute))

    @staticmethod
    def _shown(minute: int) -> str:
        text = clock_text(minute)
        if not shows_native_digits():
            return text
        return to_native_digits(text, language_info(current_language()).digits)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            minute = self.value()
            if minute is not None:
                with QSignalBlocker(self):  # the same time, in the new language's digits
                    self.setText(self._shown(minute))
        super().changeEvent(event)


def set_accessible(widget: QWidget, name: str) -> None:
    """The accessible name of an input, also on the inner parts of composite inputs."""
    if isinstance(widget, OptionalDate):
        widget.set_accessible(name)
    else:
        widget.setAccessibleName(name)
    if isinstance(widget, QComboBox) and widget.isEditable():
        line = widget.lineEdit()
        assert line is not None  # an editable combo has one
        line.setAccessibleName(name)
