"""Fixtures for the summary tests: the sample summaries, built once, and a database."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parents[2]
for folder in (REPOSITORY, HERE):  # run from any folder, installed or not
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import summary_samples as samples  # noqa: E402


@pytest.fixture(scope="session")
def built():
    """The sample summaries as SummaryPdf, by name, each built on first use."""
    from accountdesk.documents.summary import SummaryOptions, build_summary

    recipes = {
        "he": (samples.hebrew_file, {}),
        "fa": (samples.persian_file, {}),
        "fa_latin": (samples.persian_file, {"native_digits": False}),
        "en": (samples.english_file, {}),
        "ar": (samples.persian_file, {"language": "ar"}),
        "ar_latin": (samples.persian_file, {"language": "ar", "native_digits": False}),
        "he_as_en": (samples.hebrew_file, {"language": "en"}),
        "typical": (samples.typical_file, {}),
    }
    cache: dict[str, object] = {}

    def get(name: str):
        if name not in cache:
            make, options = recipes[name]
            cache[name] = build_summary(
                make(), SummaryOptions(staff=samples.STAFF, **options), today=samples.TODAY
            )
        return cache[name]

    return get


@pytest.fixture
def database(tmp_path):
    """A database holding the three sample customers, their staff with phones and e-mails."""
    from accountdesk.services.json_format import add_missing_staff
    from accountdesk.services.service_files import save_file
    from accountdesk.storage.database import Database

    db = Database(tmp_path / "summary.sqlite3", create=True)
    with db.transaction() as session:
        add_missing_staff(session, list(samples.STAFF.values()))
    for make in (samples.hebrew_file, samples.persian_file, samples.english_file):
        save_file(db, make())
    yield db
    db.close()
