"""`accountdesk incidents import` and `accountdesk report` as scripts use them."""

from __future__ import annotations

import json

CUSTOMER = "Brightwater Software Ltd"
HEADER = "ticket,customer,system,severity,opened,first_response,resolved,service_down,title\n"


def test_import_prints_counts_and_lists_unmatched_rows(cli, demo_path, tmp_path):
    export = tmp_path / "export.csv"
    export.write_text(
        HEADER
        + f"T-1,{CUSTOMER},,critical,2031-03-03T09:00:00Z,2031-03-03T09:20:00Z,2031-03-03T12:10:00Z,yes,Build server down\n"
        + "T-2,Nobody Ltd,,low,2031-03-03T09:00:00Z,,,no,x\n",
        encoding="utf-8",
    )
    run = cli("incidents", "import", export, "--db", demo_path)
    assert run.code == 0, run.err
    assert run.lines == [
        f"{export}: 1 added, 0 updated, 0 unchanged, 1 unmatched",
        "  unmatched: line 3: ticket T-2: customer 'Nobody Ltd'",
    ]
    again = cli("incidents", "import", export, "--db", demo_path, "--mapping", "generic")
    assert again.lines[0] == f"{export}: 0 added, 0 updated, 1 unchanged, 1 unmatched"


def test_bad_rows_exit_2_with_a_line_each_and_write_nothing(cli, demo_path, tmp_path, fingerprint):
    export = tmp_path / "export.csv"
    export.write_text(
        HEADER
        + f"T-1,{CUSTOMER},,urgent,2031-03-03T09:00:00Z,,,no,a\n"
        + f"T-2,{CUSTOMER},,low,yesterday,,,no,b\n",
        encoding="utf-8",
    )
    before = fingerprint(demo_path)
    run = cli("incidents", "import", export, "--db", demo_path)
    assert run.code == 2
    assert run.err.splitlines() == [
        f"accountdesk: error: {export}: 2 problems; nothing was imported",
        "  line 2: severity: severity 'urgent' is not in the mapping; it knows critical, high, low, medium",
        "  line 3: opened: 'yesterday' is not a date and time (expected such as 2026-03-01T09:30:00+02:00)",
    ]
    assert fingerprint(demo_path) == before


def test_an_unknown_mapping_is_refused(cli, demo_path, tmp_path):
    export = tmp_path / "export.csv"
    export.write_text(HEADER, encoding="utf-8")
    run = cli("incidents", "import", export, "--db", demo_path, "--mapping", "servicenow")
    assert run.code == 2
    assert "--mapping: servicenow: no such ready mapping or file" in run.err


def test_report_json_gives_figures_and_sentences(cli, demo_path, tmp_path):
    export = tmp_path / "export.csv"
    export.write_text(
        HEADER
        + f"T-1,{CUSTOMER},,critical,2031-03-03T09:00:00Z,2031-03-03T09:20:00Z,2031-03-03T12:10:00Z,yes,Build server down\n",
        encoding="utf-8",
    )
    assert cli("incidents", "import", export, "--db", demo_path).code == 0
    run = cli(
        "report",
        CUSTOMER,
        "--from",
        "2031-01-01",
        "--to",
        "2031-12-31",
        "--json",
        "--db",
        demo_path,
    )
    assert run.code == 0, run.err
    document = json.loads(run.out)
    assert document["customer"] == CUSTOMER and document["incidents"] == 1
    with_availability = [e for e in document["expectations"] if "availability" in e]
    assert with_availability, document
    availability = with_availability[0]["availability"]
    # Brightwater is covered 09:00-17:30: the outage counts from 09:00 to 12:10 UTC (GMT).
    assert availability["failures"] == 1 and availability["longest_minutes"] == 190
    assert with_availability[0]["sentences"][0].startswith("1 failure, lasting 3 hours 10 minutes")


def test_report_refuses_a_backwards_period(cli, demo_path):
    run = cli("report", CUSTOMER, "--from", "2026-02-01", "--to", "2026-01-01", "--db", demo_path)
    assert run.code == 2 and "--to must not be before --from" in run.err
