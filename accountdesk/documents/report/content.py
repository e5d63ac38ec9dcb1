"""What the service report says: a period's figures turned into blocks in one language.

The same building blocks as the summary (`summary.blocks`), the same treatment of user
values (isolated, cleaned of direction controls) and the same numbering of expectations,
so "expectation 2" is the same promise on the signed summary and on the report.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from accountdesk.documents.report.catalogue import CONTEXT, INCIDENTS, TEXTS, UNRECORDED
from accountdesk.documents.report.source import ReportOptions, ReportSource
from accountdesk.documents.summary import blocks as b
from accountdesk.documents.summary.catalogue import Catalogue
from accountdesk.documents.summary.content import (
    DocumentContent,
    default_signatories,
    formatted,
    inline,
    value,
)
from accountdesk.documents.text.isolate import isolate
from accountdesk.domain.achievement import ExpectationFigures, Verdict
from accountdesk.domain.bidi import LRI, PDI, neutralise_bidi_controls
from accountdesk.domain.enums import Language
from accountdesk.domain.monthly import Series, SeriesMeasure
from accountdesk.domain.service_file import FeedbackData, ReportResultData
from accountdesk.i18n.figures import FigureSentences
from accountdesk.i18n.formatting import Formatter
from accountdesk.i18n.voice import voice_line

_CHART_TITLES = {
    SeriesMeasure.AVAILABILITY: "chart_availability",
    SeriesMeasure.RESPONSE: "chart_response",
    SeriesMeasure.RESOLUTION: "chart_resolution",
}


@dataclass(frozen=True)
class Improvement:
    """A miss and the improvement item that answers it (None: none recorded yet)."""

    figures: ExpectationFigures
    item: ReportResultData | None


def improvements(source: ReportSource) -> list[Improvement]:
    """Every promise missed in the period, each with the item of a service report of
    the period (one that overlaps it) that names what will change; the latest first."""
    period = source.figures.period
    found = []
    for e in source.figures.expectations:
        if e.verdict is not Verdict.MISSED:
            continue
        items = [
            result
            for report in sorted(source.file.reports, key=lambda r: r.period_end, reverse=True)
            if report.period_start <= period.end and report.period_end >= period.start
            for result in report.results
            if result.expectation_index == e.index and result.improvement.strip()
        ]
        found += [Improvement(e, item) for item in items] or [Improvement(e, None)]
    return found


def feedback_in_period(source: ReportSource) -> list[FeedbackData]:
    period = source.figures.period
    received = [f for f in source.file.feedback if period.start <= f.received_on <= period.end]
    return sorted(received, key=lambda f: f.received_on)


def expectation_numbers(source: ReportSource) -> dict[int, int]:
    """Each expectation's number as the summary prints it (agreed ones first)."""
    from accountdesk.documents.summary.content import is_agreed

    expectations = list(enumerate(source.file.expectations))
    ordered = [i for i, e in expectations if is_agreed(e)]
    ordered += [i for i, e in expectations if not is_agreed(e)]
    return {index: number for number, index in enumerate(ordered, start=1)}


class ReportContent(DocumentContent):
    """Builds the blocks of one report. One instance per rendering."""

    def __init__(
        self, source: ReportSource, options: ReportOptions, language: Language, today: dt.date
    ) -> None:
        self.source, self.options, self.language = source, options, language
        self.file, self.figures = source.file, source.figures
        self.c = Catalogue(language.value, TEXTS, CONTEXT)
        self.fmt = Formatter(language, native_digits=options.native_digits, jalali=True)
        self.say = FigureSentences(language.value, self.fmt)
        self.issued_on = options.issued_on or today
        self.fingerprint = ""
        self.customer = inline(self.file.name)
        label = inline(options.version_label) if options.version_label else ""
        self.version = label or self.t("draft")
        self.version_phrase = (
            self.t("version_number", number=label) if label else self.t("draft_version")
        )
        self.numbers = expectation_numbers(source)
        self.improvements = improvements(source)
        self.feedback = feedback_in_period(source)
        self._sections = 0
        self._no_item = ""

    # -- small helpers ----------------------------------------------------

    def ref(self, e: ExpectationFigures) -> str:
        return self.number(self.numbers.get(e.index, e.index + 1))

    def cell(self, text: str, style: str = b.CELL) -> b.Cell:
        return (b.Text(text or self.t("none"), style),)

    @property
    def period_text(self) -> str:
        period = self.figures.period
        return self.t("period_range", start=self.date(period.start), end=self.date(period.end))

    # -- the document -----------------------------------------------------

    def document(self) -> b.Document:
        period = self.figures.period
        blocks: list[b.Block] = [
            b.Paragraph(
                self.t(
                    "purpose",
                    customer=self.customer,
                    start=self.date(period.start),
                    end=self.date(period.end),
                )
            )
        ]
        for section in (
            self.achieved_section,
            self.risks_section,
            self.improvement_section,
            self.feedback_section,
            self.signatures_section,
        ):
            blocks += section()
        title = self.t("title")
        dot = self.fmt.separator
        return b.Document(
            language=self.language.value,
            rtl=self.language.is_rtl,
            title=title,
            customer=self.customer,
            meta=(
                (self.t("period"), self.period_text),
                (self.t("version"), self.version),
                (self.t("date"), self.date(self.issued_on)),
            ),
            blocks=tuple(blocks),
            footer_start=f"{self.customer}{dot}{self.version_phrase}",
            footer_end=self.footer_end(),
            header=dot.join((title, self.customer, self.period_text)),
            metadata_title=f"{title} \u2013 {neutralise_bidi_controls(self.file.name)}",
            page_number=self.number,
        )

    # -- achieved against agreed ------------------------------------------

    def achieved_section(self) -> list[b.Block]:
        out: list[b.Block] = [self.heading("h_achieved")]
        figures = self.figures
        if figures.ongoing:
            out.append(b.Paragraph(self.t("ongoing"), b.MUTED))
        out.append(
            b.Paragraph(
                self.c.plural(
                    INCIDENTS,
                    figures.incidents,
                    count=formatted(self.fmt.integer(figures.incidents)),
                    outages=formatted(self.fmt.integer(figures.outages)),
                )
            )
        )
        if not figures.expectations:
            return [*out, b.Paragraph(self.t("no_targets"), b.MUTED)]
        columns = (
            b.Column(self.t("col_number"), 0.3),
            b.Column(self.t("col_words"), 3.0),
            b.Column(self.t("col_result"), 1.0),
        )
        rows = tuple(
            (
                self.cell(self.ref(e)),
                self.cell(self.quoted(e.expectation.customer_words)),
                self.cell(self.say.verdict(e.verdict), b.CELL_STRONG),
            )
            for e in figures.expectations
        )
        out.append(b.Table(columns, rows))
        for e in figures.expectations:
            out += self.expectation_blocks(e)
        return out

    def expectation_blocks(self, e: ExpectationFigures) -> list[b.Block]:
        words = self.quoted(e.expectation.customer_words)
        out: list[b.Block] = [
            b.Heading(f"{self.ref(e)}. {words}", level=2),
            b.Paragraph(f"{self.t('col_result')}: {self.say.verdict(e.verdict)}", b.STRONG),
        ]
        sentences = self.say.expectation(e)
        if sentences:
            out.append(b.Bullets(tuple(sentences)))
        out += [self.chart(s) for s in self.source.series if s.expectation_index == e.index]
        return out

    def chart(self, series: Series) -> b.Chart:
        values = tuple(m.value for m in series.months)
        low, high, ticks = axis([v for v in values if v is not None], series.target)
        target = series.target
        return b.Chart(
            title=self.t(_CHART_TITLES[series.measure]),
            labels=tuple(
                formatted(self.fmt.month(m.month, series.calendar)) for m in series.months
            ),
            values=values,
            target=target,
            target_label=""
            if target is None
            else self.t("target", percent=formatted(self.percent(target))),
            low=low,
            high=high,
            ticks=tuple((tick, formatted(self.percent(tick))) for tick in ticks),
            empty_label=self.t("no_incidents"),
            met=tuple(v is not None and (target is None or v >= target - 1e-9) for v in values),
        )

    def percent(self, value: float) -> str:
        return self.fmt.percent(value, 0 if float(value).is_integer() else 2)

    # -- risks ------------------------------------------------------------

    def risks_section(self) -> list[b.Block]:
        out: list[b.Block] = [self.heading("h_risks")]
        rows: list[tuple[b.Cell, ...]] = []
        unrecorded: list[ExpectationFigures] = []  # failed with no risk to hold it against
        for e in self.figures.expectations:
            failed = e.availability
            if failed is None or not failed.failures:
                continue
            if not e.expectation.risks:
                unrecorded.append(e)
            for risk in e.expectation.risks:
                rows.append(
                    (
                        self.cell(self.ref(e)),
                        self.cell(value(risk.cause)),
                        self.cell(formatted(self.fmt.integer(failed.failures))),
                        self.cell(self.duration(failed.longest_minutes)),
                        self.cell(
                            self.duration(risk.recovery_minutes)
                            if risk.recovery_minutes is not None
                            else ""
                        ),
                        self.cell(
                            self.against_plan(failed.longest_minutes, risk.recovery_minutes),
                            b.CELL_STRONG,
                        ),
                    )
                )
        if unrecorded:
            numbers = self.fmt.list(formatted(self.ref(e)) for e in unrecorded)
            said = self.c.plural(UNRECORDED, len(unrecorded), numbers=numbers)
            out.append(b.Paragraph(said, b.STRONG))
        if not rows:
            return out if unrecorded else [*out, b.Paragraph(self.t("no_risks"), b.MUTED)]
        columns = (
            b.Column(self.t("col_number"), 0.3),
            b.Column(self.t("col_risk"), 1.8),
            b.Column(self.t("col_failures"), 0.6),
            b.Column(self.t("col_longest"), 0.9),
            b.Column(self.t("col_planned"), 0.9),
            b.Column(self.t("col_against_plan"), 1.0),
        )
        return [*out, b.Paragraph(self.t("risks_intro")), b.Table(columns, tuple(rows))]

    def against_plan(self, longest: float, planned: int | None) -> str:
        if planned is None:
            return self.t("no_plan")
        over = math.ceil(longest - planned - 1e-9)
        if over <= 0:
            return self.t("within_plan")
        return self.t("over_plan", duration=self.duration(over))

    # -- improvement plan -------------------------------------------------

    def improvement_section(self) -> list[b.Block]:
        out: list[b.Block] = [self.heading("h_improvement")]
        if not self.improvements:
            return [*out, b.Paragraph(self.t("no_misses"), b.MUTED)]
        columns = (
            b.Column(self.t("col_number"), 0.3),
            b.Column(self.t("col_change"), 2.6),
            b.Column(self.t("col_owner"), 1.0),
            self.date_column(
                self.t("col_due"),
                0.9,
                (i.item.improvement_due for i in self.improvements if i.item is not None),
            ),
        )
        # A miss without an item says where the customer's feedback follow-ups are, so
        # "no item" is not read as "nothing is being done".
        followed = any(f.follow_up.strip() for f in self.feedback)
        self._no_item = self.t("no_item_see_feedback" if followed else "no_item")
        rows = tuple(self.improvement_row(i) for i in self.improvements)
        return [*out, b.Paragraph(self.t("improvement_intro")), b.Table(columns, rows)]

    def improvement_row(self, found: Improvement) -> tuple[b.Cell, ...]:
        item = found.item
        if item is None:
            return (
                self.cell(self.ref(found.figures)),
                self.cell(self._no_item, b.CELL_STRONG),
                self.cell(""),
                self.cell(""),
            )
        return (
            self.cell(self.ref(found.figures)),
            self.cell(value(item.improvement)),
            self.cell(value(item.improvement_owner)),
            self.cell(self.table_date(item.improvement_due)),
        )

    # -- feedback ---------------------------------------------------------

    def feedback_section(self) -> list[b.Block]:
        out: list[b.Block] = [self.heading("h_feedback")]
        voice = self.source.voice
        if voice is not None:
            line = voice_line(self.language.value, self.fmt, voice.customer, voice.portfolio)
            out.append(b.Paragraph(line))
        if not self.feedback:
            return [*out, b.Paragraph(self.t("no_feedback"), b.MUTED)]
        columns = (
            self.date_column(self.t("col_received"), 0.8, (f.received_on for f in self.feedback)),
            b.Column(self.t("col_channel"), 0.7),
            b.Column(self.t("col_given_by"), 0.9),
            b.Column(self.t("col_score"), 0.6),
            b.Column(self.t("col_words"), 1.8),
            b.Column(self.t("col_follow_up"), 1.4),
        )
        rows = tuple(self.feedback_row(f) for f in self.feedback)
        return [*out, b.Table(columns, rows)]

    def feedback_row(self, f: FeedbackData) -> tuple[b.Cell, ...]:
        score = ""
        if f.score is not None:
            number = formatted(self.fmt.integer(f.score))
            score = (
                self.t("score_on_scale", score=number, scale=isolate(f.scale.value.upper()))
                if f.scale is not None
                else number
            )
        return (
            self.cell(self.table_date(f.received_on)),
            self.cell(self.c.enum(f.channel)),
            self.cell(value(f.given_by)),
            self.cell(score),
            self.cell(self.quoted(f.customer_words) if f.customer_words.strip() else ""),
            self.cell(value(f.follow_up)),
        )

    # -- signatures -------------------------------------------------------

    def signatures_section(self) -> list[b.Block]:
        signatories = default_signatories(self.file, [])
        blocks = self.signature_blocks(
            signatories, self.options.provider_name, lambda s: value(s.role)
        )
        intro = self.t(
            "signatures_intro",
            version=self.version_phrase,
            fingerprint=f"{LRI}{self.fingerprint}{PDI}",
        )
        return [self.heading("h_signatures"), b.Paragraph(intro), blocks]


def axis(values: list[float], target: float | None) -> tuple[float, float, list[float]]:
    """The value axis (in percent): from a round number below the lowest value and the
    target up to 100, with ticks on round steps, so that 99.5% against 99.8% is visible."""
    shown = [*values, *([target] if target is not None else [])]
    lowest = min(shown, default=0.0)
    gap = 100.0 - lowest
    for step in (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 25.0):
        if gap * 1.5 <= step * 4:
            break
    else:
        step = 25.0
    low = max(0.0, math.floor((lowest - gap * 0.5) / step - 1e-9) * step)
    if lowest >= 100.0:
        low = 95.0 if values or target is not None else 0.0
        step = 1.0 if values or target is not None else 25.0
    ticks, tick = [], low
    while tick <= 100.0 + 1e-9:
        ticks.append(round(tick, 4))
        tick += step
    return low, 100.0, ticks
