"""The team's rights as the people meet them: the app's save and the command line, signed
in as a team member, get one clear line for what the server refused, and nothing is
half saved; `team init` and `team add-staff` can be run again."""

from __future__ import annotations

import dataclasses
import json

import psycopg
import pytest
from sqlalchemy.engine import make_url

from accountdesk.cli.main import main
from accountdesk.domain.errors import DatabaseError, RefusedError
from accountdesk.domain.team import TeamRole
from accountdesk.services import history, team
from accountdesk.services import service_files as sf
from accountdesk.storage.database import Database


@pytest.fixture
def cli(capsys):
    def run(*args):
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _open(team_db, role):
    return Database(team_db.url_as(role))


def test_a_supporter_saves_a_contact_of_their_customer_and_is_refused_its_expectations(team_db):
    db = _open(team_db, TeamRole.SUPPORTER)
    try:
        file = sf.load_file(db, team_db.mine)
        contact = dataclasses.replace(file.contacts[0], phone="+97235550101")
        saved = sf.save_file(
            db,
            dataclasses.replace(
                file, contacts=[contact, *file.contacts[1:]], notes="Prefers calls before noon"
            ),
        )
        assert saved.contacts[0].phone == "+97235550101"
        assert saved.notes == "Prefers calls before noon"

        expectation = dataclasses.replace(saved.expectations[0], customer_words="Faster, please")
        changed = dataclasses.replace(
            saved,
            expectations=[expectation, *saved.expectations[1:]],
            notes="Asked for faster answers",  # may be changed, but not saved alone
        )
        with pytest.raises(RefusedError) as refused:
            sf.save_file(db, changed)
        assert str(refused.value) == (
            "only the account manager of this customer can change its expectations; "
            "nothing was saved"
        )
        assert sf.load_file(db, team_db.mine) == saved  # the notes were not saved either
    finally:
        db.close()


def test_what_the_app_asks_before_showing_a_file_matches_the_rules(team_db):
    expected = {
        (TeamRole.MANAGER, True): (True, True),
        (TeamRole.MANAGER, False): (True, True),
        (TeamRole.ACCOUNT_MANAGER, True): (True, True),
        (TeamRole.ACCOUNT_MANAGER, False): (False, False),
        (TeamRole.SUPPORTER, True): (False, True),
        (TeamRole.SUPPORTER, False): (False, False),
        (TeamRole.AUDITOR, True): (False, False),
        (TeamRole.AUDITOR, False): (False, False),
    }
    for (role, mine), (file, support) in expected.items():
        db = _open(team_db, role)
        try:
            rights = team.customer_rights(db, team_db.mine if mine else team_db.other)
        finally:
            db.close()
        assert (rights.file, rights.support, rights.role) == (file, support, role)
    owner = Database(team_db.url)
    try:
        assert team.customer_rights(owner, team_db.mine) == team.ALL
    finally:
        owner.close()


def test_the_command_line_refuses_a_supporter_in_one_line(team_db, cli, tmp_path):
    url = team_db.url_as(TeamRole.SUPPORTER)
    rows = tmp_path / "systems.csv"
    rows.write_text("name,kind\nNew router,network\n", encoding="utf-8")
    code, out, err = cli(
        "import", rows, "--csv", "systems", "--customer", team_db.other, "--db", url
    )
    assert code == 2
    assert err == (
        "accountdesk: error: only the account manager and the supporters of this customer "
        "can change its systems; nothing was saved\n"
    )
    document = tmp_path / "customer.json"
    code, _out, _err = cli("export", team_db.mine, "-o", document, "--db", team_db.url)
    assert code == 0
    data = json.loads(document.read_text(encoding="utf-8"))
    data["customers"][0]["name"] = "A customer of my own"
    document.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = cli("import", document, "--db", url)
    assert (code, err.count("\n"), "Traceback" in err) == (2, 1, False)
    assert "can change its details; nothing was saved" in err
    code, out, err = cli("list", "--db", url)
    assert code == 0 and "A customer of my own" not in out


def test_init_and_add_staff_run_again_change_nothing_and_say_so(team_db, cli):
    login = team_db.logins[TeamRole.SUPPORTER]
    code, out, _err = cli("team", "init", team_db.url, "--role-prefix", team_db.prefix)
    assert (code, out.endswith("(group roles made: none new)\n")) == (0, True)
    with psycopg.connect(team_db.url) as connection:
        name = connection.execute(
            "SELECT name FROM staff_members WHERE db_role = %s", (login,)
        ).fetchone()
    assert name is not None
    code, out, _err = cli(
        "team", "add-staff", name[0], "--role", "supporter", "--login", login, "--db", team_db.url
    )
    assert code == 0
    assert out == (
        f"{name[0]} signs in as {login} ({team_db.prefix}_supporter); the login already existed\n"
    )


def test_a_login_name_must_be_a_plain_role_name(team_db, cli):
    code, _out, err = cli(
        "team", "add-staff", "דנה לוי", "--role", "supporter", "--db", team_db.url
    )
    assert code == 2
    assert err.startswith("accountdesk: error: 'דנה לוי' cannot be a database role name here")


def test_add_staff_needs_team_init_first():
    from tests.postgres import fresh_database

    with fresh_database() as url:
        db = Database(url, create=True)
        try:
            with pytest.raises(DatabaseError, match="has no team roles yet"):
                team.add_staff(db, "Dana Levi", TeamRole.SUPPORTER)
        finally:
            db.close()


def test_the_history_names_who_changed_the_contact_as_the_server_recorded_it(team_db):
    supporter = _open(team_db, TeamRole.SUPPORTER)
    try:
        file = sf.load_file(supporter, team_db.mine)
        contact = dataclasses.replace(file.contacts[-1], phone="+97235550199")
        sf.save_file(
            supporter,
            dataclasses.replace(file, contacts=[*file.contacts[:-1], contact]),
            author="Someone Else",  # what the client says is not what is recorded
        )
    finally:
        supporter.close()
    owner = Database(team_db.url)
    try:
        newest = history.customer_history(owner, team_db.mine)[0]
        with psycopg.connect(team_db.url) as connection:
            linked = connection.execute(
                "SELECT name FROM staff_members WHERE db_role = %s",
                (team_db.logins[TeamRole.SUPPORTER],),
            ).fetchone()
            # Another client's line is recorded with its role too.
            connection.execute(
                "INSERT INTO change_history (customer_id, changed_at, changed_by, action, "
                "changes_json, db_role) VALUES (%s, now() + interval '1 minute', 'psql', "
                "'saved', '[]', 'forged')",
                (team_db.mine,),
            )
        assert linked is not None
        assert newest.changed_by == linked[0]
        assert [c.field for c in newest.changes] == ["phone"]
        unlinked = history.customer_history(owner, team_db.mine)[0]
        assert unlinked.changed_by == make_url(team_db.url).username
    finally:
        owner.close()
