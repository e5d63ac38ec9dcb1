"""`accountdesk report --issue / --sign`: a service report is issued and signed exactly as a
summary is, and `verify` treats the signed report and a stripped copy as it does a summary's."""

from __future__ import annotations

import datetime as dt

import pytest

from accountdesk.cli import main as cli_main
from accountdesk.domain.achievement import Period
from accountdesk.domain.enums import DocumentKind
from accountdesk.services import signing

PERIOD = ("--from", "2026-01-01", "--to", "2026-03-31")
CUSTOMER = "אקמה תעשיות בע״מ"


@pytest.fixture
def cli():
    return cli_main.main


def _report(db, hebrew, *args: str) -> list[str]:
    return ["report", str(hebrew), *PERIOD, "--db", str(db.path), *args]


def test_report_issue_sign_countersign_and_verify(
    cli, db, hebrew, pki, tmp_path, monkeypatch, capsys
):
    assert cli(_report(db, hebrew, "--issue", "--issued-by", "אבי מזרחי")) == 0
    [issued] = signing.list_versions(db, hebrew, DocumentKind.REPORT)
    assert (
        f'issued report version 1 of "{CUSTOMER}" (he, 2026-01-01 to 2026-03-31): '
        f"sha256 {issued.pdf_sha256}" in capsys.readouterr().out
    )
    monkeypatch.setenv("PROVIDER_PASS", pki.provider.passphrase)
    monkeypatch.setenv("CUSTOMER_PASS", pki.customer.passphrase)
    provider = ["--sign", str(pki.provider.p12), "--passphrase-env", "PROVIDER_PASS"]
    assert cli(_report(db, hebrew, *provider, "--signer-name", "אבי מזרחי")) == 0
    assert (
        'signed report version 1 for the provider side as "אבי מזרחי" (issued)'
        in capsys.readouterr().out
    )
    signed_pdf = tmp_path / "signed.pdf"
    customer = ["--sign", str(pki.customer.p12), "--passphrase-env", "CUSTOMER_PASS"]
    args = [*customer, "--side", "customer", "--signer-role", "מנכ״ל", "--number", "1"]
    assert cli(_report(db, hebrew, *args, "-o", str(signed_pdf))) == 0
    assert "signed report version 1 for the customer side" in capsys.readouterr().out
    [signed] = signing.list_versions(db, hebrew, DocumentKind.REPORT)
    assert signed.status.value == "signed"
    assert signed.period == Period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert signing.list_versions(db, hebrew) == []  # no summary version was touched

    trust = ["--trust", str(pki.ca_pem), "--db", str(db.path)]
    assert cli(["verify", str(signed_pdf), *trust]) == 0
    out = capsys.readouterr().out
    assert "2 digital signatures" in out and out.count("; valid;") == 2
    assert (
        "the exact bytes of service report version 1 for 2026-01-01 to 2026-03-31 (signed)" in out
    )
    assert out.rstrip().endswith("result: all valid")

    stripped = tmp_path / "stripped.pdf"
    stripped.write_bytes(signing.version_pdf(db, signed.id, signed=False))
    assert cli(["verify", str(stripped), *trust]) == 1
    out = capsys.readouterr().out
    assert "0 digital signatures" in out
    assert "MISSING: the database records a digital signature by אבי מזרחי" in out
    assert out.rstrip().endswith("result: NOT VALID")


def test_report_sign_and_issue_at_once_writes_the_signed_pdf(
    cli, db, hebrew, pki, tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("ACCOUNTDESK_P12_PASSPHRASE", pki.provider.passphrase)
    output = tmp_path / "report.pdf"
    args = ["--issue", "--sign", str(pki.provider.p12), "-o", str(output)]
    assert cli(_report(db, hebrew, *args)) == 0
    out = capsys.readouterr().out
    assert "issued report version 1" in out and "signed report version 1" in out
    [version] = signing.list_versions(db, hebrew, DocumentKind.REPORT)
    assert output.read_bytes() == signing.version_pdf(db, version.id)
    assert cli(["verify", str(output), "--trust", str(pki.ca_pem)]) == 0


def test_report_sign_problems_name_the_period(cli, db, hebrew, pki, monkeypatch, capsys):
    monkeypatch.setenv("ACCOUNTDESK_P12_PASSPHRASE", pki.provider.passphrase)
    sign = ["--sign", str(pki.provider.p12)]
    signing.issue_version(db, hebrew)  # a summary version is not a report to sign
    assert cli(_report(db, hebrew, *sign)) == 2
    err = capsys.readouterr().err
    assert "no issued report version for 2026-01-01 to 2026-03-31 to sign" in err
    assert cli(_report(db, hebrew, "--issue")) == 0
    capsys.readouterr()
    other = ["report", str(hebrew), "--from", "2026-04-01", "--to", "2026-06-30"]
    assert cli([*other, "--db", str(db.path), *sign]) == 2
    assert "no issued report version for 2026-04-01 to 2026-06-30" in capsys.readouterr().err
    assert cli(_report(db, hebrew, *sign, "--number", "7")) == 2
    assert "no report version 7 for 2026-01-01 to 2026-03-31" in capsys.readouterr().err
    assert cli(_report(db, hebrew, *sign, "--json")) == 2
    assert "not --json" in capsys.readouterr().err
