"""`accountdesk verify` and `accountdesk summary --issue / --sign`: output and exit codes."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from accountdesk.cli import main as cli_main
from accountdesk.domain.enums import Side
from accountdesk.services import signing

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli():
    return cli_main.main


@pytest.fixture
def signed_file(db, hebrew, pki, tmp_path):
    version = signing.issue_version(db, hebrew)
    for side, signer in ((Side.PROVIDER, pki.provider), (Side.CUSTOMER, pki.customer)):
        signing.sign_digitally(db, version.id, side, signer.p12.read_bytes(), signer.passphrase)
    path = tmp_path / "signed.pdf"
    path.write_bytes(signing.version_pdf(db, version.id))
    return path


def test_verify_a_signed_file(cli, signed_file, pki, capsys):
    assert cli(["verify", str(signed_file), "--trust", str(pki.ca_pem)]) == 0
    out = capsys.readouterr().out
    assert "2 digital signatures" in out
    assert "Avi Mizrahi; signed 20" in out and "יוסי כהן" in out
    assert out.count("; valid;") == 2 and "certificate trusted" in out
    assert "covers the whole document" in out and "covers the revision it signed" in out
    assert out.rstrip().endswith("result: all valid")


def test_verify_without_the_ca_still_checks_the_signatures(cli, signed_file, capsys):
    assert cli(["verify", str(signed_file)]) == 0
    assert "certificate not trusted (give its CA with --trust)" in capsys.readouterr().out


def test_verify_with_the_database_names_the_version_and_customer(cli, signed_file, db, capsys):
    assert cli(["verify", str(signed_file), "--db", str(db.path)]) == 0
    out = capsys.readouterr().out
    assert 'the exact bytes of version 1 (signed) of customer "אקמה תעשיות בע״מ"' in out
    assert "the stored hashes still match" in out


def test_a_tampered_copy_fails(cli, signed_file, pki, capsys):
    data = bytearray(signed_file.read_bytes())
    data[len(data) // 3] ^= 0x01
    signed_file.write_bytes(bytes(data))
    assert cli(["verify", str(signed_file), "--trust", str(pki.ca_pem)]) == 1
    out = capsys.readouterr().out
    assert "NOT VALID" in out and out.rstrip().endswith("result: NOT VALID")


def test_an_issued_unsigned_file_is_valid_only_with_the_database(cli, db, hebrew, tmp_path, capsys):
    version = signing.issue_version(db, hebrew)
    path = tmp_path / "issued.pdf"
    path.write_bytes(signing.version_pdf(db, version.id))
    assert cli(["verify", str(path)]) == 1
    assert cli(["verify", str(path), "--db", str(db.path)]) == 0
    assert "the exact bytes of version 1 (issued)" in capsys.readouterr().out


def test_a_stored_version_changed_in_the_database_is_reported(cli, db, hebrew, tmp_path, capsys):
    from accountdesk.storage import tables as t

    version = signing.issue_version(db, hebrew)
    path = tmp_path / "issued.pdf"
    path.write_bytes(signing.version_pdf(db, version.id))
    with db.transaction() as session:
        session.get(t.SummaryVersion, version.id).snapshot_json += " "
    assert cli(["verify", str(path), "--db", str(db.path)]) == 1
    assert (
        "WARNING: the stored service-file snapshot no longer matches its hash"
        in capsys.readouterr().out
    )


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p.write_text("hello"), "not a PDF file"),
        (lambda p: None, "no such file"),
    ],
)
def test_bad_input_is_one_line_and_status_2(cli, tmp_path, capsys, make, message):
    path = tmp_path / "input.pdf"
    make(path)
    assert cli(["verify", str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_a_trust_file_that_is_not_a_certificate_is_bad_input(cli, signed_file, tmp_path, capsys):
    bogus = tmp_path / "ca.pem"
    bogus.write_text("not a certificate")
    assert cli(["verify", str(signed_file), "--trust", str(bogus)]) == 2
    assert "--trust" in capsys.readouterr().err


def test_summary_issue_then_sign_and_countersign(
    cli, db, hebrew, pki, tmp_path, monkeypatch, capsys
):
    out_pdf = tmp_path / "v1.pdf"
    assert (
        cli(
            [
                "summary",
                str(hebrew),
                "--db",
                str(db.path),
                "--issue",
                "--issued-by",
                "אבי מזרחי",
                "-o",
                str(out_pdf),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    [version] = signing.list_versions(db, hebrew)
    assert f'issued version 1 of "אקמה תעשיות בע״מ" (he): sha256 {version.pdf_sha256}' in out
    assert out_pdf.read_bytes() == signing.version_pdf(db, version.id)
    monkeypatch.setenv("PROVIDER_PASS", pki.provider.passphrase)
    monkeypatch.setenv("CUSTOMER_PASS", pki.customer.passphrase)
    assert (
        cli(
            [
                "summary",
                "אקמה תעשיות בע״מ",
                "--db",
                str(db.path),
                "--sign",
                str(pki.provider.p12),
                "--signer-name",
                "אבי מזרחי",
                "--passphrase-env",
                "PROVIDER_PASS",
            ]
        )
        == 0
    )
    assert (
        'signed version 1 for the provider side as "אבי מזרחי" (issued)' in capsys.readouterr().out
    )
    signed_pdf = tmp_path / "signed.pdf"
    assert (
        cli(
            [
                "summary",
                str(hebrew),
                "--db",
                str(db.path),
                "--sign",
                str(pki.customer.p12),
                "--side",
                "customer",
                "--passphrase-env",
                "CUSTOMER_PASS",
                "-o",
                str(signed_pdf),
            ]
        )
        == 0
    )
    assert "(signed)" in capsys.readouterr().out
    assert cli(["verify", str(signed_pdf), "--trust", str(pki.ca_pem), "--db", str(db.path)]) == 0


def test_summary_sign_problems_are_bad_input(cli, db, hebrew, pki, monkeypatch, capsys):
    args = [
        "summary",
        str(hebrew),
        "--db",
        str(db.path),
        "--sign",
        str(pki.provider.p12),
        "--passphrase-env",
        "NO_SUCH_VAR",
    ]
    monkeypatch.delenv("NO_SUCH_VAR", raising=False)
    assert cli(args) == 2
    assert "NO_SUCH_VAR is not set" in capsys.readouterr().err
    monkeypatch.setenv("NO_SUCH_VAR", "wrong")
    assert cli(args) == 2
    assert "no issued summary version" in capsys.readouterr().err
    signing.issue_version(db, hebrew)
    assert cli(args) == 2
    err = capsys.readouterr().err
    assert "wrong passphrase" in err and len(err.strip().splitlines()) == 1


def _run_program(*args: object) -> subprocess.CompletedProcess[str]:
    """`python -m accountdesk` as a user starts it: Python's own warning defaults."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONWARNINGS", "PYTHONDEVMODE")}
    env["PYTHONPATH"] = str(REPO)
    return subprocess.run(
        [sys.executable, "-m", "accountdesk", *map(str, args)],
        capture_output=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def test_verify_in_a_terminal_shows_no_library_warnings(signed_file, pki):
    result = _run_program("verify", signed_file, "--trust", pki.ca_pem)
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith("result: all valid")
    assert result.stderr == ""


def test_summary_sign_in_a_terminal_shows_no_library_warnings(
    db, hebrew, pki, tmp_path, monkeypatch
):
    signer = pki.provider
    monkeypatch.setenv("ACCOUNTDESK_P12_PASSPHRASE", signer.passphrase)
    output = tmp_path / "signed.pdf"
    result = _run_program(
        "summary", hebrew, "--issue", "--sign", signer.p12, "-o", output, "--db", db.path
    )
    assert result.returncode == 0, result.stderr
    assert "signed version 1 for the provider side" in result.stdout
    assert result.stderr == ""
