"""`accountdesk summary` and the summaries service, on a real database file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest
from pdf_reading import find_lines, rtl

from accountdesk.cli import main as cli
from accountdesk.cli.commands import summary as summary_command
from accountdesk.domain.enums import Language
from accountdesk.domain.errors import NotFoundError
from accountdesk.domain.languages import CODES
from accountdesk.services.service_files import find_customer_id
from accountdesk.services.summaries import summary_pdf

REPOSITORY = Path(__file__).resolve().parents[3]
HEBREW_CUSTOMER = "אקמה תעשיות בע״מ"
PERSIAN_CUSTOMER = "شرکت داده‌پردازان پارس"


@pytest.fixture
def run(monkeypatch, database):
    """Run the command line in this process, with the summary command registered."""
    if summary_command not in cli.COMMANDS:
        monkeypatch.setattr(cli, "COMMANDS", [*cli.COMMANDS, summary_command])

    def call(*args: str) -> int:
        return cli.main(["summary", *args, "--db", str(database.path)])

    return call


# -- the service ------------------------------------------------------------------------------


def test_summary_pdf_uses_the_customers_language_and_staff_details(database):
    customer = find_customer_id(database, HEBREW_CUSTOMER)
    data = summary_pdf(database, customer).data
    assert data.startswith(b"%PDF-")
    assert find_lines(data, rtl("סיכום תיאום ציפיות"))
    assert find_lines(data, "dana.levi@itpro.co.il"), (
        "how to reach the supporter, from the staff list"
    )


def test_summary_pdf_in_another_language(database):
    customer = find_customer_id(database, HEBREW_CUSTOMER)
    summary = summary_pdf(database, customer, language="en", version_label="1.0")
    assert summary.language == Language.ENGLISH
    assert find_lines(summary.data, "Version 1.0")


def test_summary_pdf_refuses_an_unknown_customer_or_language(database):
    with pytest.raises(NotFoundError):
        summary_pdf(database, 9999)
    with pytest.raises(ValueError, match="unknown document language"):
        summary_pdf(database, find_customer_id(database, HEBREW_CUSTOMER), language="de")


# -- the command ------------------------------------------------------------------------------


def test_the_command_writes_the_pdf(run, tmp_path, capsys):
    target = tmp_path / "summary.pdf"
    assert run(HEBREW_CUSTOMER, "-o", str(target)) == 0
    assert pymupdf.open(target).page_count >= 2
    assert str(target) in capsys.readouterr().out


@pytest.mark.parametrize("flags, persian", [((), True), (("--latin-digits",), False)])
def test_persian_digits_unless_latin_digits_are_asked_for(run, tmp_path, flags, persian):
    target = tmp_path / "fa.pdf"
    assert run(PERSIAN_CUSTOMER, "--lang", "fa", "-o", str(target), *flags) == 0
    pages = pymupdf.open(target).page_count
    footer = f"{pages} {rtl('از')} 1 {rtl('صفحه')}"  # "page 1 of N", read left to right
    if persian:
        footer = footer.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert find_lines(target.read_bytes(), footer)


@pytest.mark.parametrize("name", [HEBREW_CUSTOMER, PERSIAN_CUSTOMER])
@pytest.mark.parametrize("language", CODES)
def test_the_command_and_the_service_make_the_same_pdf(run, database, tmp_path, name, language):
    # The command reads without the ORM (storage.read_only); the service reads through it.
    target = tmp_path / "same.pdf"
    assert run(name, "--lang", language, "-o", str(target)) == 0
    customer = find_customer_id(database, name)
    assert target.read_bytes() == summary_pdf(database, customer, language).data


@pytest.mark.parametrize("flags, arabic", [((), True), (("--latin-digits",), False)])
def test_arabic_summary_from_the_command_line(run, tmp_path, flags, arabic):
    target = tmp_path / "ar.pdf"
    assert run(PERSIAN_CUSTOMER, "--lang", "ar", "-o", str(target), *flags) == 0
    pages = pymupdf.open(target).page_count
    footer = f"{pages} {rtl('من')} 1 {rtl('الصفحة')}"  # "page 1 of N", read left to right
    if arabic:
        footer = footer.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert find_lines(target.read_bytes(), footer)


ORM_LOADED = (
    "import sys; from accountdesk.cli.main import main; status = main(sys.argv[1:]); "
    "print(any(name.partition('.')[0] == 'sqlalchemy' for name in sys.modules)); sys.exit(status)"
)


def summary_process(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", ORM_LOADED, "summary", *args],
        capture_output=True,
        text=True,
        cwd=REPOSITORY,
        env={**os.environ, "PYTHONPATH": str(REPOSITORY)},
    )


def test_the_command_reads_a_current_database_without_the_orm(database, tmp_path):
    target = tmp_path / "summary.pdf"
    result = summary_process(PERSIAN_CUSTOMER, "-o", str(target), "--db", str(database.path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "False", "SQLAlchemy was imported"
    customer = find_customer_id(database, PERSIAN_CUSTOMER)
    assert target.read_bytes() == summary_pdf(database, customer).data


def test_the_command_upgrades_an_older_database_as_the_app_would(tmp_path):
    sys.path.insert(0, str(REPOSITORY / "tests" / "storage"))
    try:
        from test_migrations import make_first_revision_database
    finally:
        sys.path.remove(str(REPOSITORY / "tests" / "storage"))
    path = tmp_path / "old.sqlite3"
    make_first_revision_database(path)
    target = tmp_path / "old.pdf"
    result = summary_process("מרכז רפואי הדסה", "-o", str(target), "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "True", "an older schema is opened by Database"
    assert find_lines(target.read_bytes(), "mail01.hadassa.local")
    assert list(tmp_path.glob("old.before-schema-*.sqlite3")), list(tmp_path.iterdir())


@pytest.mark.parametrize(
    "args, message",
    [
        (("nobody", "-o", "{tmp}/x.pdf"), "no customer with id or name 'nobody'"),
        ((HEBREW_CUSTOMER, "--lang", "de", "-o", "{tmp}/x.pdf"), "unknown language 'de'"),
        ((HEBREW_CUSTOMER, "-o", "{tmp}/no/such/folder/x.pdf"), "does not exist"),
        ((HEBREW_CUSTOMER, "-o", "{tmp}"), "is a folder"),
    ],
)
def test_bad_input_gets_one_line_and_status_2(run, tmp_path, capsys, args, message):
    status = run(*(arg.format(tmp=tmp_path) for arg in args))
    err = capsys.readouterr().err
    assert status == 2
    assert message in err and len(err.strip().splitlines()) == 1, err
    assert not (tmp_path / "x.pdf").exists()


def test_an_unwritable_folder_gets_one_line_and_status_2(run, tmp_path, capsys):
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere (the next test covers a failing write)")
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    status = run(HEBREW_CUSTOMER, "-o", str(folder / "x.pdf"))
    assert status == 2 and "permission denied" in capsys.readouterr().err


def test_a_failing_write_gets_one_line_status_2_and_leaves_nothing(
    run, tmp_path, capsys, monkeypatch
):
    def refuse(self, data):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr("pathlib.Path.write_bytes", refuse)
    status = run(HEBREW_CUSTOMER, "-o", str(tmp_path / "x.pdf"))
    err = capsys.readouterr().err
    assert status == 2 and "cannot write" in err and "permission denied" in err
    assert len(err.strip().splitlines()) == 1
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".*.tmp"))


def test_a_missing_database_gets_one_line_and_status_2(monkeypatch, tmp_path, capsys):
    if summary_command not in cli.COMMANDS:
        monkeypatch.setattr(cli, "COMMANDS", [*cli.COMMANDS, summary_command])
    status = cli.main(
        ["summary", "1", "-o", str(tmp_path / "x.pdf"), "--db", str(tmp_path / "none.sqlite3")]
    )
    assert status == 2 and len(capsys.readouterr().err.strip().splitlines()) == 1
    assert not (tmp_path / "none.sqlite3").exists(), "a summary never creates a database"


def test_the_command_does_not_load_qt():
    code = (
        "import sys; from accountdesk.cli.commands import summary; import accountdesk.services.summaries; "
        "import accountdesk.documents.summary.render; "
        "print(any(name.startswith('PySide6') for name in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPOSITORY,
        env={**os.environ, "PYTHONPATH": str(REPOSITORY)},
    ).stdout
    assert out.strip() == "False"
