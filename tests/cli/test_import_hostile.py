"""Hostile and careless import files: each is refused with one line that names the place,
exit status 2, and the database is left byte for byte as it was."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from accountdesk.cli.common import progress_bar
from accountdesk.services import json_stream

FORMAT = '"format": "accountdesk.service-file", "version": 1'


def envelope(customers: str, extra: str = "") -> str:
    return f'{{{FORMAT}{extra}, "customers": [{customers}]}}'


def with_systems(*systems: str) -> str:
    return envelope(f'{{"name": "Hostile Ltd", "systems": [{", ".join(systems)}]}}')


DEEP = "[" * 1000 + "]" * 1000

# name -> (document, the one line that must be said about it, after the file's name)
CASES = {
    "nested 1,000 deep in a system": (
        with_systems('{"name": "a"}', f'{{"name": "b", "notes": {DEEP}}}'),
        "customers[0].systems[1]: lists and objects are nested too deeply here",
    ),
    "nested 1,000 deep as the whole document": (
        DEEP,
        "lists and objects are nested too deeply here",
    ),
    "nested 1,000 deep in the staff list": (
        envelope("", extra=f', "staff": {DEEP}'),
        "staff: lists and objects are nested too deeply here",
    ),
    "a lone surrogate escape in a system's name": (
        with_systems(*(f'{{"name": "s{i}"}}' for i in range(3)), '{"name": "x\\ud800y"}'),
        "customers[0].systems[3].name: contains U+D800, a control character or invalid code "
        "point that text may not hold",
    ),
    "a lone surrogate in a staff member's name": (
        envelope("", extra=', "staff": [{"name": "\\udfff"}]'),
        "staff[0].name: contains U+DFFF",
    ),
    "a NUL in the customer's notes": (
        envelope('{"name": "Hostile Ltd", "notes": "before\\u0000after"}'),
        "customers[0].notes: contains U+0000",
    ),
    "a control character in a contact's role": (
        envelope('{"name": "Hostile Ltd", "contacts": [{"name": "Rina", "role": "a\\u001bb"}]}'),
        "customers[0].contacts[0].role: contains U+001B",
    ),
    "a noncharacter in a meeting's notes": (
        envelope(
            '{"name": "Hostile Ltd", "meetings": [{"held_on": "2025-01-01", "notes": "\\uffff"}]}'
        ),
        "customers[0].meetings[0].notes: contains U+FFFF",
    ),
    "a key written twice in a system": (
        with_systems('{"name": "a", "host": "h1", "host": "h2"}'),
        "customers[0].systems[0].host: is written more than once in the same object",
    ),
    "a key written twice in a customer": (
        envelope('{"name": "One", "industry": "x", "name": "Two"}'),
        "customers[0].name: is written more than once in the same object",
    ),
    "a key written twice in the envelope": (
        envelope("", extra=', "staff": [], "staff": []'),
        "staff: is written more than once in the same object",
    ),
    "version 1.0": (
        '{"format": "accountdesk.service-file", "version": 1.0, "customers": []}',
        "unsupported format version 1.0; this AccountDesk reads version 1",
    ),
    "version true": (
        '{"format": "accountdesk.service-file", "version": true, "customers": []}',
        "unsupported format version true; this AccountDesk reads version 1",
    ),
    "a number out of range": (
        envelope(
            '{"name": "Hostile Ltd", "expectations": [{"customer_words": "up", '
            '"failures_per_year": 1e400}]}'
        ),
        "customers[0].expectations[0].failures_per_year: must be a number",
    ),
    "a reference far out of range": (
        with_systems('{"name": "a", "owner": 123456789012345678901234567890}'),
        "customers[0].systems[0].owner: there is no contact 123456789012345678901234567890",
    ),
    "a number of 5,000 digits": (
        with_systems('{"name": "a", "owner": ' + "9" * 5000 + "}"),
        "not valid JSON: Exceeds the limit",
    ),
    "a text where a list belongs": (
        envelope('{"name": "Hostile Ltd", "contacts": "Rina"}'),
        "customers[0].contacts: must be a list",
    ),
    "an object where text belongs": (
        with_systems('{"name": {"first": "a"}}'),
        "customers[0].systems[0].name: must be text",
    ),
    "a choice with a line break in it": (
        with_systems('{"name": "a", "kind": "server\\nrm -rf"}'),
        "customers[0].systems[0].kind: 'server\\u000arm -rf' is not one of server",
    ),
    "an unknown key with a carriage return in it": (
        with_systems('{"name": "a", "bad\\rkey": 1}'),
        "customers[0].systems[0].bad\\u000dkey: unknown field",
    ),
    "a very long unknown key": (
        with_systems('{"name": "a", "' + "k" * 500 + '": 1}'),
        "customers[0].systems[0]." + "k" * 40 + "…: unknown field",
    ),
    "a text far too long": (
        with_systems('{"name": "' + "n" * 100_000 + '"}'),
        "customers[0].systems[0].name: Name must be at most 160 characters",
    ),
    "a syntax error on a later line": (
        '{\n  "format": "accountdesk.service-file",\n  "version": 1,\n  "customers": [\n'
        '    {"name": "a",, "notes": ""}\n  ]\n}\n',
        "not valid JSON: Expecting property name enclosed in double quotes at line 5 column 18",
    ),
    "a trailing comma": (
        with_systems('{"name": "a"},'),
        "not valid JSON: Expecting value at line 1 column",
    ),
    "NaN": (
        with_systems('{"name": "a", "owner": NaN}'),
        "customers[0].systems[0]: not valid JSON: NaN is not a number JSON allows",
    ),
}


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def assert_refused(result, path: Path, starts: str) -> None:
    assert result.code == 2, result.err
    assert result.out == ""
    assert "Traceback" not in result.err
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith(f"accountdesk: error: {path}: {starts}"), lines[0]
    assert lines[0].endswith("; nothing was imported"), lines[0]


@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_document_is_one_line_and_changes_nothing(
    case, cli, demo_path, tmp_path, fingerprint
):
    text, line = CASES[case]
    path = write(tmp_path / "hostile.json", text)
    before = fingerprint(demo_path)
    assert_refused(cli("import", path, "--db", demo_path), path, line)
    assert fingerprint(demo_path) == before


def test_places_are_right_when_the_file_is_read_in_small_pieces(
    cli, demo_path, tmp_path, fingerprint, monkeypatch
):
    monkeypatch.setattr(json_stream, "CHUNK_BYTES", 5)
    before = fingerprint(demo_path)
    for case in ("a syntax error on a later line", "a lone surrogate escape in a system's name"):
        text, line = CASES[case]
        path = write(tmp_path / "hostile.json", text)
        assert_refused(cli("import", path, "--db", demo_path), path, line)
    path = write(tmp_path / "latin1.json", envelope('{"name": "Café"}'))
    path.write_bytes(path.read_bytes().replace("é".encode(), b"\xe9"))
    offset = path.read_bytes().index(b"\xe9") + 1
    assert_refused(cli("import", path, "--db", demo_path), path, f"not UTF-8 text (byte {offset})")
    assert fingerprint(demo_path) == before


def test_a_value_larger_than_any_service_file_holds_is_refused(
    cli, demo_path, tmp_path, fingerprint, monkeypatch
):
    monkeypatch.setattr(json_stream, "CHUNK_BYTES", 64)
    monkeypatch.setattr(json_stream, "MAX_VALUE_CHARS", 1000)
    path = write(tmp_path / "long.json", with_systems('{"name": "' + "n" * 5000 + '"}'))
    before = fingerprint(demo_path)
    assert_refused(
        cli("import", path, "--db", demo_path),
        path,
        "not valid JSON: a value longer than 1,000 characters at line 1 column",
    )
    assert fingerprint(demo_path) == before


def test_a_document_read_in_small_pieces_imports_the_same(cli, tmp_path, monkeypatch):
    source = tmp_path / "customers.json"
    systems = [{"name": f"srv-{i:03d}", "host": f"h{i}", "owner": i % 2} for i in range(40)]
    contacts = [{"name": "Rina", "phone": "+97235551234"}, {"name": "Omid"}]
    doc = {
        "format": "accountdesk.service-file",
        "version": 1,
        "customers": [
            {"name": "Galil", "notes": "line\nbreak ☂ 😀", "systems": systems, "contacts": contacts}
        ],
    }
    write(source, json.dumps(doc, ensure_ascii=False, indent=2))
    monkeypatch.setattr(json_stream, "CHUNK_BYTES", 3)  # splits every token, and UTF-8 letters
    db = tmp_path / "new.sqlite3"
    assert cli("init", "--db", db).code == 0
    assert cli("import", source, "--db", db).code == 0
    out = tmp_path / "out.json"
    assert cli("export", "Galil", "-o", out, "--db", db).code == 0
    exported = json.loads(out.read_text(encoding="utf-8"))["customers"][0]
    assert exported["notes"] == "line\nbreak ☂ 😀"
    assert [(s["name"], s["host"], s["owner"]) for s in exported["systems"]] == [
        (s["name"], s["host"], s["owner"]) for s in systems
    ]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_terminal_shows_a_progress_bar_and_a_pipe_does_not(monkeypatch):
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    with progress_bar("importing big.json") as progress:
        assert progress is not None
        for done in (0, 512, 1024):
            progress(done, 1024)
    shown = terminal.getvalue()
    assert "\rimporting big.json [" + "-" * 30 + "]   0%" in shown
    assert "\rimporting big.json [" + "#" * 15 + "-" * 15 + "]  50%" in shown
    assert "\rimporting big.json [" + "#" * 30 + "] 100%" in shown
    assert shown.endswith("\r\x1b[K")  # gone when done: the result line starts clean
    monkeypatch.setattr("sys.stderr", io.StringIO())
    with progress_bar("importing big.json") as progress:
        assert progress is None
