"""What a service report is made from, and the choices of one rendering."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from accountdesk.domain.achievement import PeriodFigures
from accountdesk.domain.enums import Language
from accountdesk.domain.monthly import Series
from accountdesk.domain.service_file import ServiceFile
from accountdesk.domain.voice import MonthFigures


@dataclass(frozen=True)
class ReportSource:
    """The service file (its feedback and improvement items among it), the period's
    figures and their months, as `services.figures` and `services.report` compute them."""

    file: ServiceFile
    figures: PeriodFigures
    series: tuple[Series, ...]
    voice: PeriodVoice | None = None  # None: the feedback section lists the items only


@dataclass(frozen=True)
class PeriodVoice:
    """The period's feedback figures: the customer's, and every served customer's."""

    customer: MonthFigures
    portfolio: MonthFigures


@dataclass(frozen=True)
class ReportOptions:
    """Choices for one rendering. `None` means "take it from the service file"."""

    language: Language | str | None = None  # default: the customer's document language
    native_digits: bool = True
    version_label: str | None = None  # default: "Draft" in the document's language
    issued_on: dt.date | None = None  # default: today
    provider_name: str = ""  # default: "the service provider" in the document's language
