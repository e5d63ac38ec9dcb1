"""Fixtures for the text layout tests: Unicode data files, PDF helpers."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[3]
if str(REPOSITORY) not in sys.path:  # run from any folder, installed or not
    sys.path.insert(0, str(REPOSITORY))

UCD_DIR = Path("/usr/share/unicode")


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "conformance: full Unicode bidi conformance files (run by default, ~15 s)"
    )


def _ucd_file(name: str) -> Path:
    """A Unicode data file, or a skip saying how to get it."""
    path = UCD_DIR / name
    if not path.is_file():
        pytest.skip(f"{path} is absent: install Debian's unicode-data package")
    return path


@pytest.fixture(scope="session")
def ucd_file():
    return _ucd_file


@functools.lru_cache(maxsize=1)
def _ucd_bidi_classes(path: Path) -> dict[str, str]:
    classes: dict[str, str] = {}
    range_start = None
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            fields = line.split(";")
            code_point, name, bidi_class = int(fields[0], 16), fields[1], fields[4]
            if name.endswith(", First>"):
                range_start = code_point
                continue
            first = range_start if name.endswith(", Last>") else code_point
            for point in range(first, code_point + 1):
                classes[chr(point)] = bidi_class
    return classes


@pytest.fixture(scope="session")
def ucd_bidi_class():
    """Bidi_Class as the UnicodeData.txt beside the test files says.

    The conformance files belong to one Unicode version (Debian's) and
    unicodedata2 to another; where a class changed between them, the test
    data only holds under its own version's classes.
    """
    from accountdesk.documents.text import bidi

    table = _ucd_bidi_classes(_ucd_file("UnicodeData.txt"))
    return lambda ch: table.get(ch) or bidi.bidi_class(ch)
