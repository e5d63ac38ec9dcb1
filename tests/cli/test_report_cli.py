"""`accountdesk report -o FILE.pdf` and `--issue`: the PDF shows the figures `--json` prints,
and an issued report is recognised by `verify` like a summary version."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pymupdf
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents" / "summary"))
from pdf_reading import all_lines

CUSTOMER = "Brightwater Software Ltd"
HEADER = "ticket,customer,system,severity,opened,first_response,resolved,service_down,title\n"
PERIOD = ("--from", "2031-01-01", "--to", "2031-06-30")


def _with_incidents(cli, demo_path, tmp_path):
    export = tmp_path / "export.csv"
    export.write_text(
        HEADER
        + f"T-1,{CUSTOMER},,critical,2031-03-03T09:00:00Z,2031-03-03T09:20:00Z,2031-03-03T12:10:00Z,yes,Build server down\n"
        + f"T-2,{CUSTOMER},,high,2031-04-07T10:00:00Z,2031-04-07T13:00:00Z,2031-04-08T10:00:00Z,no,Mail slow\n",
        encoding="utf-8",
    )
    assert cli("incidents", "import", export, "--db", demo_path).code == 0


def _text(path: Path) -> str:
    return " ".join(line.visual for _, line in all_lines(path.read_bytes()))


def test_the_pdf_shows_the_figures_the_json_prints(cli, demo_path, tmp_path):
    _with_incidents(cli, demo_path, tmp_path)
    figures = cli("report", CUSTOMER, *PERIOD, "--json", "--db", demo_path)
    assert figures.code == 0, figures.err
    output = tmp_path / "report.pdf"
    run = cli("report", CUSTOMER, *PERIOD, "-o", output, "--db", demo_path)
    assert run.code == 0, run.err
    assert run.out.startswith(f"wrote {output} (")
    text = _text(output)
    document = json.loads(figures.out)
    sentences = [s for e in document["expectations"] for s in e["sentences"]]
    assert sentences and "1 failure, lasting 3 hours 10 minutes" in sentences[0]
    for sentence in sentences:
        assert sentence in text
    assert "2 incidents opened in the period, 1 of them with the service down." in text
    assert "Jan 2031Feb 2031Mar 2031Apr 2031May 2031Jun 2031" in text
    assert "In this period: NPS no answers (all customers no answers);" in text


def test_json_and_a_pdf_at_once_are_refused(cli, capsys, demo_path, tmp_path):
    with pytest.raises(SystemExit) as exit_:
        cli("report", CUSTOMER, *PERIOD, "--json", "-o", tmp_path / "r.pdf", "--db", demo_path)
    assert exit_.value.code == 2
    assert "argument -o/--output: not allowed with argument --json" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def test_an_issued_report_is_numbered_apart_from_the_summary_and_verified(cli, demo_path, tmp_path):
    _with_incidents(cli, demo_path, tmp_path)
    assert cli("summary", CUSTOMER, "--issue", "--db", demo_path).code == 0
    output = tmp_path / "issued.pdf"
    run = cli(
        "report", CUSTOMER, *PERIOD, "--issue", "--issued-by", "Priya Nair", "-o", output,
        "--db", demo_path,
    )  # fmt: skip
    assert run.code == 0, run.err
    assert run.lines[0].startswith(
        f'issued report version 1 of "{CUSTOMER}" (en, 2031-01-01 to 2031-06-30): sha256 '
    )
    assert pymupdf.open(output).page_count >= 2
    assert "Version: 1" in _text(output)
    assert "2 incidents opened in the period, 1 of them with the service down." in _text(output)
    verified = cli("verify", output, "--db", demo_path)
    assert verified.code == 0, verified.out + verified.err
    assert (
        "database: the exact bytes of service report version 1 for 2031-01-01 to 2031-06-30 "
        f'(issued) of customer "{CUSTOMER}"'
    ) in verified.out
    second = cli("report", CUSTOMER, *PERIOD, "--issue", "--db", demo_path)
    assert second.lines[0].startswith("issued report version 2 ")
    changed = output.read_bytes().replace(b"/Producer", b"/Producex")
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(changed)
    assert (
        "not the bytes of any stored summary version"
        in cli("verify", tampered, "--db", demo_path).out
    )
