"""An import file's problems reach a Hebrew or Persian user in their language.

Bad JSON documents and CSV files are imported through the window's own import path (the
File menu's actions after the file is chosen); every line of the message that lists the
problems is judged as the screens are (i18n_screens.Judge): once the test's data is taken
out, no Latin letters may be left. Besides the user's own values, the file format's
vocabulary is data here too: the choices, day names and column names a problem lists are
what the file must hold, so they are shown as they are written.
"""

from __future__ import annotations

import json
from enum import StrEnum

import pytest
from i18n_screens import (  # noqa: F401 - fixtures
    RTL_LANGUAGES,
    SAMPLE_FILES,
    Judge,
    compiled_translations,
    data_strings,
    db,
    make_window,
    settings,
    template_db,
    wait_idle,
)

from accountdesk.domain import enums
from accountdesk.services import json_format
from accountdesk.services import service_files as sf
from accountdesk.services.csv_format import COLUMNS

# What the person wrote in the files below.
USER_DATA = {
    "Nova Freight",
    "gold",
    "xyz",
    "25:00",
    "2024-13-40",
    "Core",
    "Acme Logistics",
    "tape",
    "urgent",
    "NAS",
    "Nobody",
    "hostname",
    "this is not json",
    "U+0000",
}
# The JSON reader's own explanation ({detail}), in English: every language shows it, beside
# the translated sentence, since it is what tells the reader what to fix.
LIBRARY_DETAIL = {"Expecting value"}


def _format_vocabulary() -> set[str]:
    words = {
        member.value
        for enum in vars(enums).values()
        if isinstance(enum, type) and issubclass(enum, StrEnum) and enum is not StrEnum
        for member in enum
    }
    words |= set(json_format.DAY_NAMES)
    words |= {column for columns in COLUMNS.values() for column in columns}
    return {word for word in words if len(word) >= 2}


@pytest.fixture
def judge(db):
    staff = [s.name for s in sf.list_staff(db)]
    return Judge(
        data_strings(*(make() for make in SAMPLE_FILES), staff)
        | USER_DATA
        | LIBRARY_DETAIL
        | _format_vocabulary()
    )


def _document(*customers: dict) -> str:
    return json.dumps(
        {"format": json_format.FORMAT, "version": json_format.VERSION, "customers": list(customers)}
    )


BAD_VALUES = _document(
    {
        "name": "Nova Freight",
        "support_level": "gold",  # not one of the choices
        "window": {"days": ["sun", "xyz"], "start": "25:00"},  # a day and a time that are not
        "next_review": "2024-13-40",  # not a date
        "systems": [{"name": "Core", "owner": 5}],  # there is no contact 5
        "escalation_paths": [{"levels": [{"contact": 3}]}],  # nor 3
        "feedback": [{"received_on": "2024-01-01", "score": 11}],  # out of range
    },
    {"name": "Nova Freight"},  # twice in the document
)
JSON_FILES = {
    "bad values": (BAD_VALUES, 8),
    "customer exists": (_document({"name": "Acme Logistics"}), 1),
    "not JSON": ("this is not json", 1),
    "key twice": (
        _document({"name": "Nova Freight"}).replace(
            '"Nova Freight"', '"Nova Freight", "name": "x"'
        ),
        1,
    ),
    "control character": (_document({"name": "Nova Freight", "notes": "a\u0000b"}), 1),
    "too deep": (
        _document({"name": "Nova Freight", "notes": [[[]]]}).replace(
            "[[[]]]", "[" * 1000 + "]" * 1000
        ),
        1,
    ),
}
CSV_FILES = {
    "no header": ("", 1),
    "unknown column": ("name,hostname\nNAS,nas01\n", 1),
    "too many cells": ("name,kind\nNAS,storage,extra\n", 1),
    "bad rows": ("name,kind,criticality,owner\nNAS,tape,urgent,Nobody\n", 3),
    "unclosed quote": ('name,notes\nNAS,"open\nCore,x\n', 1),
}


def _problem_lines(qtbot, window, start) -> list[str]:
    window.io.message = None
    start()
    qtbot.waitUntil(
        lambda: window.io.message is not None and window.io.message.isVisible(), timeout=10000
    )
    box = window.io.message
    _intro, problems = box.text().split("\n\n", 1)
    box.close()
    wait_idle(qtbot)
    return problems.splitlines()


@pytest.mark.parametrize("lang", RTL_LANGUAGES)
def test_import_problems_are_in_the_ui_language(qtbot, make_window, judge, tmp_path, lang):
    window = make_window(lang)
    customer_id = window.context.session.file.id
    shown: dict[str, list[str]] = {}
    for name, (text, _count) in JSON_FILES.items():
        path = tmp_path / f"{name}.json"
        path.write_text(text, encoding="utf-8")
        shown[name] = _problem_lines(
            qtbot, window, lambda path=path: window.io.import_json_file(path)
        )
    for name, (text, _count) in CSV_FILES.items():
        path = tmp_path / f"{name}.csv"
        path.write_text(text, encoding="utf-8")
        shown[name] = _problem_lines(
            qtbot, window, lambda path=path: window.io.import_csv_file(path, "systems", customer_id)
        )

    expected = {**JSON_FILES, **CSV_FILES}
    assert {name: len(lines) for name, lines in shown.items()} == {
        name: n for name, (_t, n) in expected.items()
    }
    english = [
        f"{name}: {line!r}"
        for name, lines in shown.items()
        for line in lines
        if judge.is_english(line)
    ]
    assert not english, "\n".join(english)
    assert all(line.strip() for lines in shown.values() for line in lines)
    assert "Expecting value" in shown["not JSON"][0], "the reader's explanation is kept"


def test_the_english_lines_are_what_the_command_line_prints():
    from accountdesk.domain.errors import ImportFormatError

    with pytest.raises(ImportFormatError) as caught:
        json_format.parse_document(BAD_VALUES)
    assert caught.value.lines == [
        "customers[0].support_level: 'gold' is not one of basic, standard, premium, dedicated",
        "customers[0].window.days[1]: 'xyz' is not one of sun, mon, tue, wed, thu, fri, sat",
        "customers[0].window.start: '25:00' is not a time of day (use HH:MM)",
        "customers[0].next_review: '2024-13-40' is not a date (use YYYY-MM-DD)",
        "customers[0].systems[0].owner: there is no contact 5 (this customer has 0, counted from 0)",
        "customers[0].escalation_paths[0].levels[0].contact: there is no contact 3 (this customer has 0, counted from 0)",
        "customers[0].feedback[0].score: must be between 0 and 10",
        "customers[1].name: customer 'Nova Freight' appears twice (also customers[0])",
    ]
    assert str(caught.value) == "\n".join(caught.value.lines)
