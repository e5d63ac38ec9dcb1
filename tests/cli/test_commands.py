"""The commands, run in-process: list, search, export/import, demo, CSV, starting the app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accountdesk.cli import launch
from accountdesk.cli.main import main
from accountdesk.services import service_files as sf
from accountdesk.services.demo import CUSTOMERS
from accountdesk.storage.database import Database
from accountdesk.storage.locations import default_database_path, demo_database_path

DEMO_CUSTOMERS = len(CUSTOMERS)

HOSPITAL = "המרכז הרפואי גליל כרמל"


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == "accountdesk 0.1.0\n"


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["demo"],
        ["import"],
        ["feedback", "import"],
        ["export"],
        ["list"],
        ["search"],
        ["archive"],
        ["restore-customer"],
        ["delete"],
    ],
)
def test_every_command_has_help_with_the_db_option(capsys, command):
    with pytest.raises(SystemExit) as exit_:
        main([*command, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: accountdesk {' '.join(command)}".rstrip())
    assert "--db PATH" in out


def test_list_prints_one_tab_separated_line_per_customer(cli, demo_path):
    result = cli("list", "--db", demo_path)
    assert result.code == 0 and result.err == ""
    rows = [line.split("\t") for line in result.lines]
    assert len(rows) == DEMO_CUSTOMERS and all(len(r) == 4 for r in rows)
    hospital = next(r for r in rows if r[1] == HOSPITAL)
    assert hospital[2:] == ["he", "אורי בן-דוד"]
    assert {r[2] for r in rows} == {"he", "fa", "ar", "en"}


def test_db_given_before_the_command_counts(cli, demo_path):
    assert len(cli("--db", demo_path, "list").lines) == DEMO_CUSTOMERS


def test_search_finds_a_system_by_part_of_its_host_name(cli, demo_path):
    result = cli("search", "dc01.glc", "--db", demo_path)
    assert result.code == 0
    assert (
        result.lines[0]
        == f"system\t{HOSPITAL}\tActive Directory – בקר תחום ראשי\tsrv-dc01.glc-med.local"
    )


def test_search_finds_a_contact_by_the_last_digits_of_a_phone(cli, demo_path):
    result = cli("search", "123377", "--db", demo_path)
    assert result.lines == ["contact\tBrightwater Software Ltd\tMarek Nowak\t+44 7400 123377"]


def test_search_that_finds_nothing_prints_nothing(cli, demo_path):
    assert (cli("search", "zzqqxx", "--db", demo_path).out, 0) == ("", 0)


def test_export_then_import_into_an_empty_database_then_export_is_identical(
    cli, demo_path, tmp_path
):
    first, second, fresh = (
        tmp_path / "first.json",
        tmp_path / "second.json",
        tmp_path / "fresh.sqlite3",
    )
    assert cli("export", "--all", "-o", first, "--db", demo_path).lines == [
        f"exported {DEMO_CUSTOMERS} customer(s) to {first}"
    ]
    assert cli("init", "--db", fresh).lines == [f"created an empty database in {fresh}"]
    assert cli("import", first, "--db", fresh).lines == [
        f"imported {DEMO_CUSTOMERS} customer(s) from {first}"
    ]
    assert cli("export", "--all", "-o", second, "--db", fresh).code == 0
    assert second.read_bytes() == first.read_bytes()


def test_export_one_customer_by_name_or_id(cli, demo_path):
    by_name = cli("export", HOSPITAL, "--db", demo_path).out
    customer_id = next(
        line.split("\t")[0] for line in cli("list", "--db", demo_path).lines if HOSPITAL in line
    )
    by_id = cli("export", customer_id, "--db", demo_path).out
    assert by_name == by_id
    doc = json.loads(by_name)
    assert [c["name"] for c in doc["customers"]] == [HOSPITAL]


def test_import_of_systems_from_csv(cli, demo_path, tmp_path):
    data = tmp_path / "systems.csv"
    data.write_text("\ufeffname;host;kind\nNAS02;nas02.glc-med.local;storage\n", encoding="utf-8")
    result = cli("import", data, "--csv", "systems", "--customer", HOSPITAL, "--db", demo_path)
    assert result.lines == [f"imported 1 systems from {data}"]
    found = cli("search", "nas02", "--db", demo_path)
    assert found.lines[0].startswith(f"system\t{HOSPITAL}\tNAS02")


def test_bad_csv_rows_are_listed_and_nothing_is_imported(cli, demo_path, tmp_path, fingerprint):
    data = tmp_path / "contacts.csv"
    data.write_text("name,email\nDana,dana@\n,ok@example.com\n", encoding="utf-8")
    before = fingerprint(demo_path)
    result = cli("import", data, "--csv", "contacts", "--customer", HOSPITAL, "--db", demo_path)
    assert result.code == 2 and result.out == ""
    assert result.err.splitlines() == [
        f"accountdesk: error: {data}: 2 problems; nothing was imported",
        "  line 2: email: E-mail is not a valid e-mail address: There must be something after the @-sign.",
        "  line 3: name: Name is required",
    ]
    assert fingerprint(demo_path) == before


def test_a_document_with_clashing_names_lists_each_and_imports_nothing(
    cli, demo_path, tmp_path, fingerprint
):
    exported = tmp_path / "two.json"
    cli("export", HOSPITAL, "Brightwater Software Ltd", "-o", exported, "--db", demo_path)
    before = fingerprint(demo_path)
    result = cli("import", exported, "--db", demo_path)
    assert result.code == 2
    assert result.err.splitlines() == [
        f"accountdesk: error: {exported}: 2 problems; nothing was imported",
        f"  customers[0].name: a customer named '{HOSPITAL}' already exists",
        "  customers[1].name: a customer named 'Brightwater Software Ltd' already exists",
    ]
    assert fingerprint(demo_path) == before


def test_demo_fills_a_new_database_and_refuses_one_with_customers(cli, db_path, fingerprint):
    assert cli("demo", "--db", db_path).lines == [
        f"created {DEMO_CUSTOMERS} demo customers in {db_path}"
    ]
    before = fingerprint(db_path)
    again = cli("demo", "--db", db_path)
    assert (again.code, again.out) == (2, "")
    assert again.err == (
        f"accountdesk: error: {db_path} already has {DEMO_CUSTOMERS} customer(s); demo data goes only into an empty database\n"
    )
    assert fingerprint(db_path) == before


# ---------------------------------------------------------------- starting the desktop app


@pytest.fixture
def started(monkeypatch):
    """Replace the desktop app by a recorder of how it was started."""
    calls = []

    def fake_run(db_path, demo, lang):
        calls.append((db_path, demo, lang))
        return 0

    monkeypatch.setattr(launch, "desktop_app", lambda: fake_run)
    return calls


def test_no_command_lets_the_app_choose_the_database_it_used_last(cli, started):
    # None: the app opens its remembered database, or else the user's default one.
    assert cli().code == 0
    assert started == [(None, False, None)]
    assert str(default_database_path()).endswith("AccountDesk/accountdesk.sqlite3")


def test_demo_starts_the_app_on_a_fresh_demo_database_of_its_own(cli, started):
    assert cli("--demo", "--lang", "fa").code == 0
    [(path, demo, lang)] = started
    assert (path, demo, lang) == (demo_database_path(), True, "fa")
    database = Database(path)
    assert len(sf.customer_ids(database)) == DEMO_CUSTOMERS
    database.close()
    assert not default_database_path().exists()  # the user's database is never touched
    assert cli("--demo").code == 0  # and the next demo starts afresh
    database = Database(path)
    assert len(sf.customer_ids(database)) == DEMO_CUSTOMERS
    database.close()


def test_a_missing_qt_library_is_one_line_naming_its_package(cli, monkeypatch, db_path):
    from accountdesk.ui import platform_check

    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    plugin = Path("/opt/Qt/plugins/platforms/libqxcb.so")

    def load(name):  # as the dynamic loader answers on a machine without libxcb-icccm4
        if name in (str(plugin), "libxcb-icccm.so.4"):
            raise OSError("libxcb-icccm.so.4: cannot open shared object file: No such file")

    monkeypatch.setattr(platform_check, "xcb_plugin", lambda: plugin)
    monkeypatch.setattr(platform_check.ctypes, "CDLL", load)
    result = cli("--db", db_path)
    assert result.code == 2 and result.out == ""
    assert result.err == (
        "accountdesk: error: the desktop app cannot start: the system libraries Qt needs are "
        "missing: libxcb-icccm.so.4 (on Debian or Ubuntu: sudo apt-get install libxcb-icccm4)\n"
    )


def test_no_display_is_one_line(cli, monkeypatch, db_path):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    result = cli("--db", db_path)
    assert result.code == 2
    assert result.err.count("\n") == 1 and "DISPLAY is not set" in result.err


def test_demo_and_a_database_do_not_go_together(cli, started, db_path):
    result = cli("--demo", "--db", db_path)
    assert result.code == 2 and started == []
    assert result.err.startswith("accountdesk: error: --demo uses a demo database of its own")


def test_demo_and_lang_are_for_the_app_only(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--demo", "list"])
    assert exit_.value.code == 2
    assert "--demo and --lang are for starting the desktop app" in capsys.readouterr().err


def _read_then(monkeypatch, change):
    """The CSV import reads the customer, then `change` happens before it saves."""
    from accountdesk.services import csv_import

    read = csv_import.load_file

    def load_file(db, customer_id):
        file = read(db, customer_id)
        change(db, file)
        return file

    monkeypatch.setattr(csv_import, "load_file", load_file)


def test_a_csv_import_over_a_newer_save_is_a_conflict(cli, demo_path, tmp_path, monkeypatch):
    def someone_else_saves(db, file):
        theirs = sf.load_file(db, file.id)
        theirs.industry = "Changed meanwhile"
        sf.save_file(db, theirs)

    _read_then(monkeypatch, someone_else_saves)
    file_id = _id_of(demo_path)
    data = tmp_path / "systems.csv"
    data.write_text("name;host\nNAS02;nas02.glc-med.local\n", encoding="utf-8")
    result = cli("import", data, "--csv", "systems", "--customer", HOSPITAL, "--db", demo_path)
    assert result.code == 2 and result.out == ""
    assert result.err.splitlines() == [
        f"accountdesk: error: customer {file_id} was changed by another window or user "
        "since you opened it"
    ]
    db = Database(demo_path)
    try:
        file = sf.load_file(db, sf.find_customer_id(db, HOSPITAL))
    finally:
        db.close()
    assert file.industry == "Changed meanwhile"
    assert "NAS02" not in [s.name for s in file.systems]


def test_a_csv_import_that_lost_the_revision_saves_nothing(
    cli, demo_path, tmp_path, monkeypatch, fingerprint
):
    def lose_revision(db, file):
        file.revision = None

    _read_then(monkeypatch, lose_revision)
    data = tmp_path / "systems.csv"
    data.write_text("name;host\nNAS02;nas02.glc-med.local\n", encoding="utf-8")
    before = fingerprint(demo_path)
    result = cli("import", data, "--csv", "systems", "--customer", HOSPITAL, "--db", demo_path)
    assert result.code == 2 and len(result.err.splitlines()) == 1
    assert "cannot be saved without the revision it was read at; nothing was saved" in result.err
    assert fingerprint(demo_path) == before


def _id_of(path) -> int:
    db = Database(path)
    try:
        return sf.find_customer_id(db, HOSPITAL)
    finally:
        db.close()


def test_list_and_search_print_hidden_characters_visibly(cli, db_path, tmp_path):
    document = {
        "format": "accountdesk.service-file",
        "version": 1,
        "staff": [],
        "customers": [{"name": "Ofek LTD"}],
    }
    source = tmp_path / "spoof.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    cli("init", "--db", db_path)
    assert cli("import", source, "--db", db_path).code == 0
    database = Database(db_path)
    file = sf.load_file(database, sf.find_customer_id(database, "Ofek LTD"))
    file.name = "Ofek\u202eLTD\u200b 2026"  # as saved in the app, which warns and keeps it
    sf.save_file(database, file)
    database.close()
    listed = cli("list", "--db", db_path).lines[0].split("\t")
    assert listed[1] == "Ofek<U+202E>LTD<U+200B> 2026"
    found = cli("search", "ofek", "--db", db_path).lines
    assert found == ["customer\tOfek<U+202E>LTD<U+200B> 2026\tOfek<U+202E>LTD<U+200B> 2026\t"]


def test_import_removes_direction_controls_and_says_where(cli, db_path, tmp_path):
    document = {
        "format": "accountdesk.service-file",
        "version": 1,
        "staff": [],
        "customers": [
            {"name": "Ofek\u202eLTD", "systems": [{"name": "ERP\u2066"}]},
            {"name": "Clean"},
        ],
    }
    source = tmp_path / "spoof.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    cli("init", "--db", db_path)
    result = cli("import", source, "--db", db_path)
    assert result.code == 0
    assert result.err.splitlines() == [
        "accountdesk: warning: customers[0].name: invisible direction-control characters "
        "removed (U+202E); they could reverse how the text reads",
        "accountdesk: warning: customers[0].systems[0].name: invisible direction-control "
        "characters removed (U+2066); they could reverse how the text reads",
    ]
    assert [line.split("\t")[1] for line in cli("list", "--db", db_path).lines] == [
        "Clean",
        "OfekLTD",
    ]
