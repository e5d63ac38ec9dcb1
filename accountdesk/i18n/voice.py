"""The customer's voice in a period, in one line: the customer's NPS, CSAT, CES and
complaints beside the whole portfolio's, in the reader's language.

The service report prints it at the head of its feedback section and the Reports tab
shows it above the same list, so the screen and the signed paper say the same words.
"""

from __future__ import annotations

from accountdesk.domain.voice import MonthFigures
from accountdesk.domain.words import N_
from accountdesk.i18n.formatting import Formatter
from accountdesk.i18n.words import words

CTX = "Voice"

# One pattern for every measure, "<measure> <value> (all customers <value>)": no colon
# beside a number, which in a right-to-left line reads as a ratio or a time.
LINE = N_(
    "Voice",
    "In this period: NPS {nps} (all customers {all_nps}); CSAT share satisfied {csat} "
    "(all customers {all_csat}); CES {ces} (all customers {all_ces}); complaints "
    "{complaints} (all customers {all_complaints}).",
)
NO_ANSWERS = N_("Voice", "no answers")


def voice_line(
    language: str, fmt: Formatter, customer: MonthFigures, portfolio: MonthFigures
) -> str:
    """The line in `language`, its numbers written by `fmt` (the document's digits)."""
    said = words(language)
    none = said.text(CTX, NO_ANSWERS)

    def nps(f: MonthFigures) -> str:
        return none if f.nps is None else fmt.integer(round(f.nps))

    def csat(f: MonthFigures) -> str:
        return none if f.csat_satisfied is None else fmt.percent(f.csat_satisfied * 100, 0)

    def ces(f: MonthFigures) -> str:
        return none if f.ces_average is None else fmt.number(f.ces_average, 1)

    return said.format(
        CTX,
        LINE,
        nps=nps(customer),
        all_nps=nps(portfolio),
        csat=csat(customer),
        all_csat=csat(portfolio),
        ces=ces(customer),
        all_ces=ces(portfolio),
        complaints=fmt.integer(customer.complaints),
        all_complaints=fmt.integer(portfolio.complaints),
    )
