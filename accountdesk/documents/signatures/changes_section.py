"""The summary with a "changes since the signed version" section before the signatures.

The summary package has no hook for an extra section yet, so this builds the summary the
way `documents.summary.build_summary` does and adds the section just before the
signatures (numbered like the others). The changes come from the services layer; here
they are only phrased, in the document's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from accountdesk.documents.signatures import words
from accountdesk.documents.summary import SummaryOptions, SummaryPdf, document_language
from accountdesk.documents.summary import blocks as b
from accountdesk.documents.summary.content import SummaryContent, inline
from accountdesk.domain.enums import ExpectationStatus, Severity, Side
from accountdesk.domain.service_file import ServiceFile


class ChangeLike(Protocol):
    """What is printed of one change (services.signing.changes.Change has these); read only."""

    @property
    def kind(self) -> str: ...
    @property
    def subject(self) -> str: ...
    @property
    def before(self) -> str: ...
    @property
    def after(self) -> str: ...
    @property
    def severity(self) -> Severity | None: ...
    @property
    def side(self) -> Side | None: ...
    @property
    def level(self) -> int: ...
    @property
    def minutes_before(self) -> int | None: ...
    @property
    def minutes_after(self) -> int | None: ...


def build_summary_with_changes(
    file: ServiceFile,
    options: SummaryOptions,
    changes: Sequence[ChangeLike],
    since_version: str,
    today: dt.date | None = None,
) -> SummaryPdf:
    """Like build_summary, with the changes since `since_version` listed; no changes,
    no section."""
    from accountdesk.documents.summary import _summary_choices
    from accountdesk.documents.summary.fingerprint import fingerprint
    from accountdesk.documents.summary.render import render

    language = document_language(file, options)
    content = _ContentWithChanges(file, options, language, "", today or dt.date.today())
    content.changes, content.since_version = tuple(changes), since_version
    choices = {**_summary_choices(content), "changes": content.change_lines()}
    content.fingerprint = fingerprint(file, choices)
    data, pages, boxes = render(content.document())
    return SummaryPdf(data, pages, content.fingerprint, language, tuple(boxes))


class _ContentWithChanges(SummaryContent):
    changes: tuple[ChangeLike, ...] = ()
    since_version = ""

    def signatures_section(self) -> list[b.Block]:
        return self.changes_section() + super().signatures_section()

    def changes_section(self) -> list[b.Block]:
        lines = self.change_lines()
        if not lines:
            return []
        self._sections += 1
        heading = f"{self.number(self._sections)}. {self.w('changes_heading')}"
        intro = self.w("changes_intro", version=inline(self.since_version))
        return [b.Heading(heading), b.Paragraph(intro), b.Bullets(tuple(lines))]

    def w(self, key: str, **params: object) -> str:
        return words.text(self.language.value, key, **params)

    def change_lines(self) -> list[str]:
        return [self.change_line(change) for change in self.changes]

    def change_line(self, change: ChangeLike) -> str:
        kind = str(getattr(change.kind, "value", change.kind))
        if kind.startswith("escalation_"):
            return self.w(
                kind,
                path=self._path(change),
                level=self.number(change.level),
                before=self._level(change.before, change.minutes_before),
                after=self._level(change.after, change.minutes_after),
            )
        if kind == "expectation_status_changed":
            return self.w(
                kind,
                subject=self.quoted(change.subject),
                before=self._status(change.before),
                after=self._status(change.after),
            )
        if kind.startswith("system_"):
            return self.w(kind, subject=inline(change.subject))
        return self.w(
            kind,
            subject=self.quoted(change.subject),
            before=self.quoted(change.before),
            after=self.quoted(change.after),
        )

    def _path(self, change: ChangeLike) -> str:
        parts = [self.c.enum(v) for v in (change.severity, change.side) if v is not None]
        return self.w("list_separator").join(parts)

    def _level(self, who: str, minutes: int | None) -> str:
        if minutes is None:
            return ""
        if minutes == 0:
            return self.w("level_at_once", who=inline(who))
        return self.w("level_after", who=inline(who), duration=self.duration(minutes))

    def _status(self, value: str) -> str:
        try:
            return self.c.enum(ExpectationStatus(value))
        except ValueError:
            return inline(value)
