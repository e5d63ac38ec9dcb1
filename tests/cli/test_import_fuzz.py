"""Both importers against generated damage: for every input, either exit status 2 with one
error line (and the list of problems it announces) and the database byte for byte as it
was, or success and an exact round trip. Never a traceback.

Each input is a valid file broken in one place: a value replaced by any JSON value
(control characters, lone surrogates, huge and non-finite numbers, deep lists), a key
added or written twice, or characters inserted into or cut from the text itself.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from accountdesk.cli.main import main
from accountdesk.domain.service_file import ServiceFile
from accountdesk.services import json_format as jf
from accountdesk.services import service_files as sf
from accountdesk.services.csv_format import COLUMNS
from accountdesk.services.csv_import import read_rows
from accountdesk.storage.database import Database

FUZZ = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

BASE_DOCUMENT = {
    "format": "accountdesk.service-file",
    "version": 1,
    "staff": [{"name": "Dana Levi", "role": "account_manager", "email": "", "phone": ""}],
    "customers": [
        {
            "name": "Galil Carmel",
            "industry": "Healthcare",
            "window": {"days": ["sun", "mon"], "start": "08:00", "end": "18:00"},
            "account_manager": "Dana Levi",
            "next_review": "2026-01-31",
            "notes": "Wards\non two floors",
            "systems": [
                {"name": "srv-01", "kind": "server", "host": "srv01.local", "owner": 0},
                {"name": "ERP", "kind": "application", "criticality": "critical"},
            ],
            "contacts": [
                {"name": "Rina Cohen", "phone": "+972 3 555 1234", "email": "rina@galil.example"}
            ],
            "escalation_paths": [
                {
                    "severity": "critical",
                    "side": "provider",
                    "levels": [{"after_minutes": 30, "contact": 0, "name": ""}],
                }
            ],
            "expectations": [
                {
                    "customer_words": "Records always reachable",
                    "availability_percent": 99.5,
                    "risks": [{"cause": "Power cut", "recovery_minutes": 60}],
                }
            ],
            "meetings": [{"held_on": "2025-03-01", "participants": [{"name": "Rina Cohen"}]}],
            "reports": [
                {
                    "period_start": "2025-01-01",
                    "period_end": "2025-03-31",
                    "results": [{"expectation": 0, "achieved": "99.7%"}],
                }
            ],
            "feedback": [{"received_on": "2025-04-02", "scale": "nps", "score": 9}],
        }
    ],
}
BASE_CSV = (
    "name,kind,host,notes\n"
    "srv-01,server,srv01.local,first\n"
    '"db, main",Database,db01.local,"two\nlines"\n'
    "=SUM(A1),Other,@host,-x\n"
)
WEIRD = ["\x00", "\ud800", "\udfff", "\ufffe", "\x1b", "\u202e", "\n", '"', "\\", "é", "😀"]
TOKENS = ['"', "{", "}", "[", "]", ",", ":", "\\", "\\u", "\\ud800", "NaN", "1e999", "\n"]
TOKENS += ["\x00", "é", "-", "1.0", "true", "null", '"name": "x", ', "[" * 50]
CSV_TOKENS = ['"', ",", ";", "\t", "\n", "\r\n", "=1+2", "+972", "-x", "@SUM(A1)", "\x00"]
CSV_TOKENS += ["Server", "nope", "name", '""', "é", "\ud800"]

TEXT = st.text(st.sampled_from(WEIRD) | st.characters(codec="utf-8"), max_size=8)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()
    | TEXT
    | st.sampled_from(["server", "2025-02-30", "24:00", "", "Rina Cohen"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=6,
)


def _places(value, path=()):
    """Every place in the document a value sits at (keys and list positions)."""
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _places(item, (*path, index))


PLACES = [place for place in _places(BASE_DOCUMENT) if place]


def _replaced(doc, place, value):
    doc = json.loads(json.dumps(doc))
    target = doc
    for step in place[:-1]:
        target = target[step]
    target[place[-1]] = value
    return doc


@st.composite
def damaged_documents(draw) -> str:
    how = draw(st.sampled_from(["value", "key", "text", "cut"]))
    if how == "value":
        doc = _replaced(BASE_DOCUMENT, draw(st.sampled_from(PLACES)), draw(JSON_VALUES))
        return json.dumps(doc, ensure_ascii=draw(st.booleans()))
    if how == "key":
        place = draw(st.sampled_from([p for p in PLACES if isinstance(p[-1], str)]))
        doc = _replaced(BASE_DOCUMENT, place, draw(JSON_VALUES))
        target = doc
        for step in place[:-1]:
            target = target[step]
        target[draw(TEXT)] = draw(JSON_VALUES)
        return json.dumps(doc, ensure_ascii=False, indent=draw(st.sampled_from([None, 2])))
    text = json.dumps(BASE_DOCUMENT, ensure_ascii=False, indent=2)
    at = draw(st.integers(0, len(text)))
    if how == "text":
        return text[:at] + draw(st.sampled_from(TOKENS)) + text[at:]
    return text[:at] + text[at + draw(st.integers(1, 20)) :]


@st.composite
def damaged_sheets(draw) -> str:
    text = BASE_CSV
    for _ in range(draw(st.integers(1, 2))):
        at = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:at] + draw(st.sampled_from(CSV_TOKENS)) + text[at:]
        else:
            text = text[:at] + text[at + draw(st.integers(1, 6)) :]
    return text


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A database with one customer (the target of the CSV rows)."""
    path = tmp_path_factory.mktemp("fuzz") / "template.sqlite3"
    database = Database(path, create=True)
    sf.save_file(database, ServiceFile(name="Acme"))
    database.close()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(capsys, *args) -> tuple[int, str]:
    code = main([str(a) for a in args])
    _out, err = capsys.readouterr()
    return code, err


def _assert_refused(err: str, path: Path, db: Path, before: str) -> None:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert lines and lines[0].startswith(f"accountdesk: error: {path}: "), err
    announced = re.match(r".*: (\d+) problems; nothing was imported$", lines[0])
    if announced is None:
        assert len(lines) == 1, err
        assert lines[0].endswith("nothing was imported"), err
    else:
        assert len(lines) == 1 + int(announced[1]), err
        assert all(line.startswith("  ") for line in lines[1:]), err
    assert _digest(db) == before


def _fresh(template: Path, folder: Path) -> Path:
    db = folder / "fuzz.sqlite3"
    for stale in folder.glob("fuzz.sqlite3*"):
        stale.unlink()
    shutil.copy(template, db)
    return db


@FUZZ
@given(text=damaged_documents())
def test_json_import_refuses_in_one_line_or_round_trips(text, template, tmp_path, capsys):
    db = _fresh(template, tmp_path)
    path = tmp_path / "fuzz.json"
    path.write_bytes(text.encode("utf-8", errors="surrogatepass"))
    before = _digest(db)
    code, err = _run(capsys, "import", path, "--db", db)
    event("refused" if code == 2 else "imported")
    if code == 2:
        _assert_refused(err, path, db, before)
        return
    assert code == 0, err
    wanted = jf.build_document(jf.parse_document(text), {})["customers"]
    database = Database(db)
    try:
        ids = [sf.find_customer_id(database, c["name"]) for c in wanted]
        assert jf.export_customers(database, ids)["customers"] == wanted
    finally:
        database.close()


@FUZZ
@given(text=damaged_sheets())
def test_csv_import_refuses_in_one_line_or_round_trips(text, template, tmp_path, capsys):
    db = _fresh(template, tmp_path)
    path = tmp_path / "fuzz.csv"
    path.write_bytes(text.encode("utf-8", errors="surrogatepass"))
    before = _digest(db)
    code, err = _run(capsys, "import", path, "--csv", "systems", "--customer", "Acme", "--db", db)
    event("refused" if code == 2 else "imported")
    if code == 2:
        _assert_refused(err, path, db, before)
        return
    assert code == 0, err
    rows = read_rows(text, COLUMNS["systems"])
    database = Database(db)
    try:
        systems = sf.load_file(database, sf.find_customer_id(database, "Acme")).systems
    finally:
        database.close()
    assert len(systems) == len(rows)
    for system, row in zip(systems, rows, strict=True):
        cells = {key: value.strip() for key, value in row.cells.items()}
        assert system.name == cells["name"]  # formulas too: kept as typed
        assert system.host == cells.get("host", "")
        assert system.notes == cells.get("notes", "")
        assert system.kind.value == (cells.get("kind", "").lower() or "server")


def test_the_base_files_import_as_they_are(template, tmp_path, capsys):
    db = _fresh(template, tmp_path)
    sheet = tmp_path / "base.csv"
    sheet.write_text(BASE_CSV, encoding="utf-8")
    assert (
        _run(capsys, "import", sheet, "--csv", "systems", "--customer", "Acme", "--db", db)[0] == 0
    )
    document = tmp_path / "base.json"
    document.write_text(json.dumps(BASE_DOCUMENT), encoding="utf-8")
    assert _run(capsys, "import", document, "--db", db)[0] == 0
