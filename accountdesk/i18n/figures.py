"""A period's figures said the way the customer said the promise, in their language.

"2 failures, the longest 3 hours 10 minutes — the promise was at most 4 a year, each
within 4 hours: kept"; "critical incidents answered within 30 minutes: 47 of 50 (94%) —
promised 95%: missed by 1". The screens, the command line's JSON and the service report
all say them through here, with the words of the catalogues.
"""

from __future__ import annotations

from accountdesk.domain.achievement import (
    AvailabilityFigure,
    ExpectationFigures,
    Measure,
    SeverityFigure,
    TimeFigure,
    Verdict,
)
from accountdesk.domain.enums import Severity
from accountdesk.domain.service_file import ExpectationData
from accountdesk.domain.words import N_, NP_, plural_count
from accountdesk.i18n.formatting import Formatter
from accountdesk.i18n.words import Words, words

CTX = "Figures"

SENTENCE = N_("Figures", "{achieved} — {promise}: {verdict}")
NO_FAILURES = N_("Figures", "no failures")
FAILURES = NP_(
    "Figures", "{count} failure, lasting {longest}", "{count} failures, the longest {longest}"
)
AVAILABLE = N_("Figures", "available {percent} of the covered time")
PROMISE_FAILURES_HOURS = NP_(
    "Figures",
    "the promise was at most {count} a year, each within {duration}",
    "the promise was at most {count} a year, each within {duration}",
)
PROMISE_FAILURES = NP_(
    "Figures", "the promise was at most {count} a year", "the promise was at most {count} a year"
)
PROMISE_HOURS = N_("Figures", "the promise was each failure fixed within {duration}")
PROMISE_PERCENT = N_("Figures", "the promise was {percent} available")
PROMISE_AND_PERCENT = N_("Figures", "{promise}, and {percent} available")
MEASURE_RESULT = N_("Figures", "{measure}: {result}")
AND_ALSO = N_("Figures", "{first}, {second}")
MET_OF = N_("Figures", "{met} of {total} ({percent})")
NONE_YET = N_("Figures", "none in this period")
STILL_OPEN = NP_("Figures", "{count} still open", "{count} still open")
PROMISED_SHARE = N_("Figures", "promised {percent}")
PROMISED_EVERY = N_("Figures", "promised every one")

# Whole phrases per severity: an adjective agrees with its noun in Hebrew and Persian.
TIME_PHRASES = {
    (Measure.RESPONSE, Severity.CRITICAL): N_("Figures", "critical incidents answered within {duration}"),
    (Measure.RESPONSE, Severity.HIGH): N_("Figures", "high-severity incidents answered within {duration}"),
    (Measure.RESPONSE, Severity.MEDIUM): N_("Figures", "medium-severity incidents answered within {duration}"),
    (Measure.RESPONSE, Severity.LOW): N_("Figures", "low-severity incidents answered within {duration}"),
    (Measure.RESOLUTION, Severity.CRITICAL): N_("Figures", "critical incidents resolved within {duration}"),
    (Measure.RESOLUTION, Severity.HIGH): N_("Figures", "high-severity incidents resolved within {duration}"),
    (Measure.RESOLUTION, Severity.MEDIUM): N_("Figures", "medium-severity incidents resolved within {duration}"),
    (Measure.RESOLUTION, Severity.LOW): N_("Figures", "low-severity incidents resolved within {duration}"),
}  # fmt: skip

VERDICTS = {
    Verdict.MET: N_("Verdict", "kept"),
    Verdict.MISSED: N_("Verdict", "missed"),
    Verdict.AT_RISK: N_("Verdict", "at risk"),
    Verdict.NO_DATA: N_("Verdict", "nothing to judge yet"),
}
MISSED_BY = NP_("Verdict", "missed by {count}", "missed by {count}")
SHORT_SO_FAR = NP_("Verdict", "at risk: {count} short so far", "at risk: {count} short so far")
TOO_LONG = NP_(
    "Verdict",
    "missed, as {count} failure took longer than the agreed {duration}",
    "missed, as {count} failures took longer than the agreed {duration}",
)


class FigureSentences:
    """The sentences of one language, with its number and duration formats."""

    def __init__(self, language: str, formatter: Formatter | None = None) -> None:
        self.words: Words = words(language)
        self.fmt = formatter or Formatter(language)

    def verdict(self, verdict: Verdict) -> str:
        return self.words.text("Verdict", VERDICTS[verdict])

    def _say(self, template: str, **params: object) -> str:
        return self.words.format(CTX, template, **params)

    def _percent(self, value: float) -> str:
        return self.fmt.percent(value, 0 if float(value).is_integer() else 2)

    def availability(self, e: ExpectationData, f: AvailabilityFigure) -> str:
        if f.failures:
            longest = self.fmt.duration(round(f.longest_minutes))
            achieved = self.words.plural(
                FAILURES, f.failures, count=self.fmt.integer(f.failures), longest=longest
            )
        else:
            achieved = self._say(NO_FAILURES)
        if e.availability_percent is not None and f.achieved_percent is not None:
            percent = self.fmt.percent(f.achieved_percent, 2)
            achieved = self._say(
                AND_ALSO, first=achieved, second=self._say(AVAILABLE, percent=percent)
            )
        verdict = self.verdict(f.verdict)
        if f.too_long and e.hours_per_failure is not None:
            verdict = self.words.plural(
                TOO_LONG,
                f.too_long,
                count=self.fmt.integer(f.too_long),
                duration=self.fmt.hours(e.hours_per_failure),
            )
        return self._say(
            SENTENCE, achieved=achieved, promise=self._availability_promise(e), verdict=verdict
        )

    def _availability_promise(self, e: ExpectationData) -> str:
        per_year, hours = e.failures_per_year, e.hours_per_failure
        duration = self.fmt.hours(hours) if hours is not None else ""
        percent = e.availability_percent
        if per_year is not None:
            word = PROMISE_FAILURES_HOURS if hours is not None else PROMISE_FAILURES
            promise = self.words.plural(
                word, plural_count(per_year), count=self.fmt.count(per_year), duration=duration
            )
        elif hours is not None:
            promise = self._say(PROMISE_HOURS, duration=duration)
        else:
            assert percent is not None
            return self._say(PROMISE_PERCENT, percent=self._percent(percent))
        if percent is not None:
            promise = self._say(
                PROMISE_AND_PERCENT, promise=promise, percent=self._percent(percent)
            )
        return promise

    def expectation(self, e: ExpectationFigures) -> list[str]:
        """Each figure of one expectation as a sentence, availability first."""
        lines = []
        if e.availability is not None:
            lines.append(self.availability(e.expectation, e.availability))
        for figure in (e.response, e.resolution):
            if figure is not None:
                lines.extend(self.times(figure))
        return lines

    def times(self, figure: TimeFigure) -> list[str]:
        return [self.severity(figure, part) for part in figure.severities]

    def severity(self, figure: TimeFigure, f: SeverityFigure) -> str:
        phrase = self._say(
            TIME_PHRASES[figure.measure, f.severity], duration=self.fmt.duration(f.target_minutes)
        )
        if f.total:
            result = self._say(
                MET_OF,
                met=self.fmt.integer(f.met),
                total=self.fmt.integer(f.total),
                percent=self.fmt.percent(f.percent or 0, 0),
            )
        else:
            result = self._say(NONE_YET)
        if f.waiting:
            still = self.words.plural(STILL_OPEN, f.waiting, count=self.fmt.integer(f.waiting))
            result = self._say(AND_ALSO, first=result, second=still)
        share = figure.share_percent
        promise = (
            self._say(PROMISED_EVERY)
            if share >= 100
            else self._say(PROMISED_SHARE, percent=self._percent(share))
        )
        if f.verdict is Verdict.MISSED:
            verdict = self.words.plural(MISSED_BY, f.missed_by, count=self.fmt.integer(f.missed_by))
        elif f.verdict is Verdict.AT_RISK:
            verdict = self.words.plural(
                SHORT_SO_FAR, f.missed_by, count=self.fmt.integer(f.missed_by)
            )
        else:
            verdict = self.verdict(f.verdict)
        return self._say(
            SENTENCE,
            achieved=self._say(MEASURE_RESULT, measure=phrase, result=result),
            promise=promise,
            verdict=verdict,
        )
