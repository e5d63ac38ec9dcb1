"""The imports into an existing customer offer only the customers the person signed in
may change: File → Import systems (or contacts) from CSV… lists an account manager's own
customers, a supporter's supported ones (saying why the list is short), a manager's all;
the incidents' import files another name only under a customer whose file the person may
change. The customers expected are worked out here from the staff records by hand; the
server refuses the rest anyway (the command line's one line: test_team_use)."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtWidgets import QDialog

from accountdesk.domain.team import TeamRole
from accountdesk.services import service_files as sf
from accountdesk.storage.database import Database
from accountdesk.ui.window import choosers
from accountdesk.ui.window.import_target import ImportTargetDialog

M, AM, S, A = TeamRole.MANAGER, TeamRole.ACCOUNT_MANAGER, TeamRole.SUPPORTER, TeamRole.AUDITOR
MANAGED_NOTE = (
    "Only the customers you manage are listed: the systems and contacts of the others are "
    "changed by their own account manager and supporters."
)
SUPPORTED_NOTE = (
    "Only the customers you support are listed: the systems and contacts of the others are "
    "changed by their own account manager and supporters."
)


def _expected(team_db, role: TeamRole) -> set[int]:
    """The customers listed (not archived) that the role's login manages or supports."""
    owner = Database(team_db.url)
    try:
        listed = {row.id for row in sf.list_customers(owner)}
    finally:
        owner.close()
    if role is M:
        return listed
    with psycopg.connect(team_db.url) as connection:
        staff = connection.execute(
            "SELECT id FROM staff_members WHERE db_role = %s", (team_db.logins[role],)
        ).fetchone()[0]
        column = (
            "account_manager_id = %s"
            if role is AM
            else "(supporter_id = %s OR backup_supporter_id = %s)"
        )
        params = (staff,) if role is AM else (staff, staff)
        mine = {
            row[0] for row in connection.execute(f"SELECT id FROM customers WHERE {column}", params)
        }
    return mine & listed


def _offered(dialog: ImportTargetDialog) -> list[int]:
    combo = dialog.customer_combo
    return [int(combo.itemData(index)) for index in range(combo.count())]


@pytest.mark.parametrize(
    ("role", "note"),
    [(M, ""), (AM, MANAGED_NOTE), (S, SUPPORTED_NOTE)],
    ids=["manager", "account_manager", "supporter"],
)
@pytest.mark.parametrize("action", ["import_systems_csv", "import_contacts_csv"])
def test_the_csv_import_offers_only_the_customers_the_role_may_change(
    window_as, team_db, role, note, action
):
    window = window_as(role)
    window.actions_[action].trigger()
    dialog = window.controller.prompt
    assert isinstance(dialog, ImportTargetDialog)
    try:
        offered = _offered(dialog)
        assert set(offered) == _expected(team_db, role)
        assert len(offered) == len(set(offered))
        assert team_db.other not in offered or role is M
        assert dialog.customer_id() == team_db.mine  # the open one, theirs
        assert (dialog.note.text(), dialog.note.isVisibleTo(dialog)) == (note, bool(note))
    finally:
        dialog.reject()


def test_the_supporter_imports_systems_into_a_customer_they_support(
    window_as, team_db, tmp_path, monkeypatch, qtbot
):
    window = window_as(S)
    sheet = tmp_path / "systems.csv"
    sheet.write_text("name,kind\nCore switch 9,network\n", encoding="utf-8")
    monkeypatch.setattr(choosers, "open_path", lambda *args: sheet)
    said: list[str] = []
    window.io.status.connect(said.append)
    window.actions_["import_systems_csv"].trigger()
    dialog = window.controller.prompt
    assert isinstance(dialog, ImportTargetDialog)
    dialog.done(QDialog.DialogCode.Accepted)
    qtbot.waitUntil(
        lambda: "Core switch 9" in [s.name for s in window.context.session.file.systems],
        timeout=10000,
    )
    qtbot.waitUntil(lambda: said == ["Imported 1 row from systems.csv"])


def test_the_incidents_import_files_names_only_under_the_role_s_customers(window_as, team_db):
    window = window_as(AM)
    window.import_incidents()
    dialog = window.incidents_dialog
    try:
        combo = dialog.customer_combo
        offered = {int(combo.itemData(index)) for index in range(combo.count())}
        assert offered == _expected(team_db, AM)
        assert team_db.mine in offered and team_db.other not in offered
    finally:
        dialog.reject()


def test_the_command_line_refuses_a_customer_not_offered_in_one_line(team_db, capsys, tmp_path):
    """What the dialog does not offer the account manager, the server refuses them."""
    from accountdesk.cli.main import main

    rows = tmp_path / "contacts.csv"
    rows.write_text("name,email\nDana Cohen,dana@example.org\n", encoding="utf-8")
    url = team_db.url_as(AM)
    code = main(
        ["import", str(rows), "--csv", "contacts", "--customer", str(team_db.other), "--db", url]
    )
    _out, err = capsys.readouterr()
    assert code == 2
    assert err == (
        "accountdesk: error: only the account manager and the supporters of this customer "
        "can change its contacts; nothing was saved\n"
    )
    code = main(
        ["import", str(rows), "--csv", "contacts", "--customer", str(team_db.mine), "--db", url]
    )
    assert code == 0, capsys.readouterr().err
