"""`accountdesk archive`, `restore-customer` and `delete`, and `list --archived / --all`."""

from __future__ import annotations

import io

import pytest

from accountdesk.domain.enums import ChangeAction, Language, SummaryStatus
from accountdesk.services import history
from accountdesk.services import service_files as sf
from accountdesk.storage import tables as t
from accountdesk.storage.base import utcnow
from accountdesk.storage.database import Database

HOSPITAL = "המרכז הרפואי גליל כרמל"


class Terminal(io.StringIO):
    """Standard input that is a terminal, with the user's answer typed into it."""

    def isatty(self) -> bool:
        return True


class Pipe(io.StringIO):
    def isatty(self) -> bool:
        return False


def names(run) -> list[str]:
    return [line.split("\t")[1] for line in run.lines]


def add_issued_versions(path, customer: str, statuses) -> None:
    db = Database(path)
    try:
        customer_id = sf.find_customer_id(db, customer)
        with db.transaction() as session:
            for number, status in enumerate(statuses, start=1):
                session.add(
                    t.SummaryVersion(
                        customer_id=customer_id,
                        number=number,
                        status=status,
                        language=Language.HEBREW,
                        snapshot_json="{}",
                        snapshot_sha256="0" * 64,
                        pdf=b"%PDF",
                        pdf_sha256="0" * 64,
                        created_at=utcnow(),
                    )
                )
    finally:
        db.close()


def test_archive_hides_from_list_and_search_and_restore_brings_back(cli, demo_path):
    everyone = names(cli("list", "--db", demo_path))
    archived = cli("archive", HOSPITAL, "--db", demo_path)
    assert (archived.code, archived.out) == (0, f"archived {HOSPITAL}\n")
    assert names(cli("list", "--db", demo_path)) == [n for n in everyone if n != HOSPITAL]
    assert names(cli("list", "--archived", "--db", demo_path)) == [HOSPITAL]
    listed_all = cli("list", "--all", "--db", demo_path).lines
    assert sorted(line.split("\t")[1] for line in listed_all) == sorted(everyone)
    assert [line.split("\t")[4] for line in listed_all if HOSPITAL in line] == ["archived"]
    assert HOSPITAL not in cli("search", "גליל", "--db", demo_path).out

    again = cli("archive", HOSPITAL, "--db", demo_path)
    assert (again.code, again.out) == (0, f"{HOSPITAL} was already archived\n")
    back = cli("restore-customer", "1", "--db", demo_path)
    assert (back.code, back.out) == (0, f"brought back {HOSPITAL}\n")
    assert names(cli("list", "--db", demo_path)) == everyone

    db = Database(demo_path)
    try:
        actions = [e.action for e in history.customer_history(db, 1)]
    finally:
        db.close()
    assert actions[:2] == [ChangeAction.UNARCHIVED, ChangeAction.ARCHIVED]


def test_an_unknown_customer_is_one_line_and_nothing_changes(cli, demo_path, fingerprint):
    before = fingerprint(demo_path)
    for command in ("archive", "restore-customer", "delete"):
        run = cli(command, "No Such Customer", "--db", demo_path)
        assert run.code == 2
        assert run.err == "accountdesk: error: no customer with id or name 'No Such Customer'\n"
    assert fingerprint(demo_path) == before


def test_delete_without_a_terminal_refuses_and_names_what_would_go(
    cli, demo_path, fingerprint, monkeypatch
):
    add_issued_versions(
        demo_path, HOSPITAL, [SummaryStatus.SIGNED, SummaryStatus.ISSUED, SummaryStatus.DRAFT]
    )
    monkeypatch.setattr("sys.stdin", Pipe(""))
    before = fingerprint(demo_path)
    run = cli("delete", HOSPITAL, "--db", demo_path)
    assert run.code == 2 and run.out == ""
    assert run.err.count("\n") == 1
    assert f"not deleting {HOSPITAL} (id 1) with 2 signed summary versions" in run.err
    assert "--yes" in run.err
    assert fingerprint(demo_path) == before


def test_delete_with_yes_removes_the_customer_its_versions_and_history(cli, demo_path):
    add_issued_versions(demo_path, HOSPITAL, [SummaryStatus.SIGNED])
    everyone = names(cli("list", "--db", demo_path))
    run = cli("delete", HOSPITAL, "--yes", "--db", demo_path)
    assert (run.code, run.out) == (0, f"deleted {HOSPITAL} (id 1) with 1 signed summary version\n")
    assert names(cli("list", "--all", "--db", demo_path)) == [n for n in everyone if n != HOSPITAL]
    db = Database(demo_path)
    try:
        assert history.customer_history(db, 1) == []
        with db.session() as session:
            assert session.query(t.SummaryVersion).filter_by(customer_id=1).count() == 0
    finally:
        db.close()


@pytest.mark.parametrize(("answer", "deleted"), [("y\n", True), ("\n", False), ("no\n", False)])
def test_delete_on_a_terminal_asks_naming_the_customer_and_its_versions(
    cli, demo_path, monkeypatch, answer, deleted
):
    monkeypatch.setattr("sys.stdin", Terminal(answer))
    run = cli("delete", HOSPITAL, "--db", demo_path)
    assert f"Delete {HOSPITAL} (id 1) with 0 signed summary versions" in run.out
    assert run.code == (0 if deleted else 1)
    assert (HOSPITAL in names(cli("list", "--all", "--db", demo_path))) is not deleted


def test_an_archived_customer_can_be_deleted_and_still_exported(cli, demo_path, tmp_path):
    cli("archive", HOSPITAL, "--db", demo_path)
    exported = cli("export", HOSPITAL, "-o", tmp_path / "hospital.json", "--db", demo_path)
    assert exported.code == 0
    assert cli("delete", HOSPITAL, "--yes", "--db", demo_path).code == 0
