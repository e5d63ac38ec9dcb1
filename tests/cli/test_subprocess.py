"""`python -m accountdesk` as a separate process: what a user's terminal really gets."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def accountdesk(*args, encoding: str = "utf-8") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": encoding, "PYTHONUTF8": "0"}
    return subprocess.run(
        [sys.executable, "-m", "accountdesk", *map(str, args)],
        capture_output=True,
        env=env,
        timeout=120,
    )


def test_list_prints_hebrew_and_persian_even_to_an_ascii_terminal(demo_path):
    result = accountdesk("list", "--db", demo_path, encoding="ascii")
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")
    assert "\tהמרכז הרפואי גליל כרמל\the\tאורי בן-דוד" in text
    assert "\tصنایع غذایی زرین\u200cدشت\tfa\t" in text


def test_search_and_export_from_the_shell(demo_path, tmp_path):
    found = accountdesk("search", "srv-dc01", "--db", demo_path, encoding="cp1252")
    assert found.stdout.decode("utf-8").startswith("system\tהמרכז הרפואי גליל כרמל\t")
    out = tmp_path / "all.json"
    assert accountdesk("export", "--all", "-o", out, "--db", demo_path).returncode == 0
    again = tmp_path / "again.sqlite3"
    assert accountdesk("init", "--db", again).returncode == 0
    assert accountdesk("import", out, "--db", again).returncode == 0
    assert accountdesk("export", "--all", "--db", again).stdout == out.read_bytes()


def test_bad_input_is_one_line_and_status_2(tmp_path):
    result = accountdesk(
        "import", tmp_path / "missing.json", "--db", tmp_path / "x.sqlite3", encoding="ascii"
    )
    assert result.returncode == 2
    assert result.stdout == b""
    assert (
        result.stderr.decode("utf-8")
        == f"accountdesk: error: {tmp_path / 'missing.json'}: no such file\n"
    )
    assert not (tmp_path / "x.sqlite3").exists()


def test_version():
    result = accountdesk("--version")
    assert (result.returncode, result.stdout) == (0, b"accountdesk 0.1.0\n")
