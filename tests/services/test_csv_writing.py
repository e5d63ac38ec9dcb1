"""Every CSV AccountDesk writes is safe to open in a spreadsheet: nothing in it runs."""

from __future__ import annotations

import csv
import io

import pytest

from accountdesk.services.csv_format import neutralise_cell, write_csv


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+972 3 555 1234", "'+972 3 555 1234"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("DC01", "DC01"),
        ("a=b", "a=b"),
        ("", ""),
        (None, ""),
        (42, "42"),
    ],
)
def test_a_cell_that_would_run_as_a_formula_is_written_as_text(typed, written):
    assert neutralise_cell(typed) == written


def test_a_written_file_reads_back_with_every_formula_as_text():
    text = write_csv(["name", "notes"], [["=cmd|' /C calc'!A0", 'say "hi", then go'], ["DC01", ""]])
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows == [
        ["name", "notes"],
        ["'=cmd|' /C calc'!A0", 'say "hi", then go'],
        ["DC01", ""],
    ]
    assert text.endswith("\r\n")  # as Excel writes it
