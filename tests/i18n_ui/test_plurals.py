"""Counts read as each language says them: "1 customer" / "3 customers" in English, "לקוח
אחד" / "5 לקוחות" in Hebrew, "۳ مشتری" (with Persian digits) in Persian.

The real window, switched to a language from its Language menu, with the translations
compiled from the .ts sources now (so an older .qm is never what is checked).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from accountdesk.domain.errors import ImportFormatError
from accountdesk.domain.service_file import ExpectationData, ServiceFile
from accountdesk.services import json_format
from accountdesk.ui.formatting import plain

ROOT = Path(__file__).resolve().parents[2]
UI_TESTS = ROOT / "tests" / "ui"
if str(UI_TESTS) not in sys.path:
    sys.path.insert(0, str(UI_TESTS))


def _ui_fixtures():
    """The UI tests' database and settings fixtures (a conftest serves only its own folder)."""
    spec = importlib.util.spec_from_file_location("plurals_ui_fixtures", UI_TESTS / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_fixtures = _ui_fixtures()
template_db, db, settings = _fixtures.template_db, _fixtures.db, _fixtures.settings


@pytest.fixture(scope="session")
def compiled(tmp_path_factory) -> Path:
    from accountdesk._build import qt_tool

    folder = tmp_path_factory.mktemp("plurals_qm")
    for source in sorted((ROOT / "translations").glob("accountdesk_*.ts")):
        subprocess.run(
            [
                *qt_tool("lrelease"),
                "-silent",
                str(source),
                "-qm",
                str(folder / f"{source.stem}.qm"),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    return folder


@pytest.fixture
def window(qtbot, qapp, db, settings, compiled, monkeypatch):
    from accountdesk.ui import language
    from accountdesk.ui.window.main_window import MainWindow

    monkeypatch.setattr(language, "translation_dirs", lambda: [compiled])
    manager = language.LanguageManager(qapp)
    manager.apply("en")
    main = MainWindow(db, settings, manager)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main._may_close = True
    QThreadPool.globalInstance().waitForDone(5000)
    manager.apply("en")


def customers_file(folder: Path, count: int) -> Path:
    files = [ServiceFile(name=f"Imported customer {number}") for number in range(1, count + 1)]
    path = folder / "customers.json"
    path.write_text(json_format.dumps(json_format.build_document(files, {})), encoding="utf-8")
    return path


def status_after_import(qtbot, window, path: Path) -> str:
    with qtbot.waitSignal(window.io.imported, timeout=5000):
        window.io.import_json_file(path)
    return window.statusBar().currentMessage()


def in_language(window, language: str) -> None:
    window.actions_.languages[language].trigger()


# ---------------------------------------------------------------- importing customers


@pytest.mark.parametrize(
    ("count", "said"),
    [
        (1, "Imported 1 customer from customers.json"),
        (3, "Imported 3 customers from customers.json"),
    ],
)
def test_english_says_customer_for_one_and_customers_for_more(qtbot, window, tmp_path, count, said):
    assert status_after_import(qtbot, window, customers_file(tmp_path, count)) == said


@pytest.mark.parametrize(
    ("count", "said"),
    [
        (1, "לקוח אחד יובא מ־customers.json"),
        (2, "2 לקוחות יובאו מ־customers.json"),
        (5, "5 לקוחות יובאו מ־customers.json"),
    ],
)
def test_hebrew_says_one_customer_in_words_and_counts_the_rest(
    qtbot, window, tmp_path, count, said
):
    in_language(window, "he")
    assert status_after_import(qtbot, window, customers_file(tmp_path, count)) == said


@pytest.mark.parametrize(
    ("count", "said"),
    [
        (1, "۱ مشتری از customers.json وارد شد"),
        (3, "۳ مشتری از customers.json وارد شد"),
    ],
)
def test_persian_keeps_the_noun_singular_and_writes_persian_digits(
    qtbot, window, tmp_path, count, said
):
    in_language(window, "fa")
    assert status_after_import(qtbot, window, customers_file(tmp_path, count)) == said


def test_imported_rows_are_counted_too(qtbot, window, tmp_path):
    from ui_helpers import open_customer

    open_customer(qtbot, window, "Acme Logistics")
    sheet = tmp_path / "systems.csv"
    sheet.write_text("name,kind,host\nNAS,storage,nas01.acme.example\n", encoding="utf-8")
    in_language(window, "he")
    with qtbot.waitSignal(window.io.imported, timeout=5000):
        window.io.import_csv_file(sheet, "systems", window.context.session.file.id)
    assert window.statusBar().currentMessage() == "שורה אחת יובאה מ־systems.csv"


def test_a_long_list_of_problems_says_how_many_more(window):
    from accountdesk.ui.window.import_export import MAX_SHOWN_PROBLEMS, problems_text

    def last_line(more: int) -> str:
        problems = [f"line {number}: bad" for number in range(MAX_SHOWN_PROBLEMS + more)]
        return problems_text(ImportFormatError(problems)).splitlines()[-1]

    assert (last_line(1), last_line(5)) == ("… and 1 more", "… and 5 more")
    in_language(window, "he")
    assert (last_line(1), last_line(5)) == ("… ועוד בעיה אחת", "… ועוד 5 בעיות")
    in_language(window, "fa")
    assert last_line(5) == "… و ۵ مورد دیگر"


# ---------------------------------------------------------------- exporting, the list, saving


def test_exporting_the_listed_customers_counts_them(qtbot, window, tmp_path, monkeypatch):
    from accountdesk.ui.window import choosers

    target = tmp_path / "all.json"
    monkeypatch.setattr(choosers, "save_path", lambda *args: target)
    window.actions_["export_listed"].trigger()
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == f"Exported 3 customers to {target}",
        timeout=5000,
    )


def test_the_customer_list_counts_what_it_shows(qtbot, window):
    count = window.customers.count
    assert count.text() == "3 customers"
    window.customers.overdue.setChecked(True)  # only Acme Logistics is overdue
    qtbot.waitUntil(lambda: count.text() == "1 customer")
    in_language(window, "he")
    qtbot.waitUntil(lambda: count.text() == "לקוח אחד")  # widgets re-translate on the next turn
    window.customers.overdue.setChecked(False)
    qtbot.waitUntil(lambda: count.text() == "3 לקוחות")
    in_language(window, "fa")
    qtbot.waitUntil(lambda: count.text() == "۳ مشتری")


def test_not_saved_counts_the_problems(qtbot, window):
    from ui_helpers import fill, open_customer

    open_customer(qtbot, window, "Acme Logistics")
    overview = window.file_view.tab("overview")
    fill(overview.window_form, timezone="Mars/Olympus")
    window.actions_["save"].trigger()
    assert (
        window.statusBar().currentMessage()
        == "Not saved: 1 problem to fix; it is shown next to its field."
    )
    fill(overview.customer_form, name="")
    in_language(window, "he")
    window.actions_["save"].trigger()
    assert (
        window.statusBar().currentMessage()
        == "לא נשמר: יש לתקן 2 בעיות; כל אחת מוצגת ליד השדה שלה."
    )


# ---------------------------------------------------------------- expectations


def test_an_agreed_target_counts_its_failures(qtbot, window):
    from ui_helpers import open_customer

    open_customer(qtbot, window, "Acme Logistics")
    target = window.file_view.show_tab("expectations").columns()[2].text

    def said(failures: float) -> str:
        return plain(target(ExpectationData(failures_per_year=failures, hours_per_failure=4)))

    assert said(1) == "at most 1 failure a year, fixed within 4 hours"
    assert said(1.5) == "at most 1.5 failures a year, each fixed within 4 hours"
    assert said(4) == "at most 4 failures a year, each fixed within 4 hours"
    in_language(window, "he")
    assert said(1) == "לכל היותר תקלה אחת בשנה, שמתוקנת תוך 4 שעות"
    assert said(4) == "לכל היותר 4 תקלות בשנה, וכל אחת מתוקנת תוך 4 שעות"
