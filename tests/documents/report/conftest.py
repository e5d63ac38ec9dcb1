"""Fixtures for the service report's tests: the samples, built once per language."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
for folder in (HERE.parents[2], HERE, HERE.parent / "summary"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import report_samples as samples  # noqa: E402


@pytest.fixture(scope="session")
def report():
    """The sample report as SummaryPdf, by language (and "ar": the Persian file in Arabic)."""
    from accountdesk.documents.report import ReportOptions, build_report

    cache: dict[str, object] = {}

    def get(name: str):
        if name not in cache:
            base, options = ("fa", {"language": "ar"}) if name == "ar" else (name, {})
            cache[name] = build_report(
                samples.source(base), ReportOptions(**options), today=samples.TODAY
            )
        return cache[name]

    return get
