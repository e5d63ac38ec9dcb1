"""A team database set up at an older schema and then upgraded, by a migration that adds
a table belonging to customers: without running `team init` again, every kind of team
member can do exactly what the rules allow on the new table and on the old ones, and
applying the rights again changes nothing."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import psycopg
import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from accountdesk.domain.team import TeamRole
from accountdesk.services.demo import create_demo
from accountdesk.storage import migrations
from accountdesk.storage import team_rights as tr
from accountdesk.storage.database import Database
from tests.postgres import fresh_database
from tests.team.conftest import PASSWORD, _drop_roles, _people

NEW_TABLE = "customer_visits"
# A later version's migration: a table of each customer's visits, deleted with it.
MIGRATION = f'''
from alembic import op

revision = "later_visits"
down_revision = "{migrations.HEAD}"
branch_labels = None
depends_on = None


def upgrade():
    op.execute(
        "CREATE TABLE {NEW_TABLE} (id serial PRIMARY KEY, "
        "customer_id integer NOT NULL REFERENCES customers (id) ON DELETE CASCADE, "
        "note text NOT NULL DEFAULT '')"
    )


def downgrade():
    op.execute("DROP TABLE {NEW_TABLE}")
'''


def expected(role: TeamRole, mine: bool) -> bool:
    """A new table is the customer's file: the manager changes any, the account manager
    their own customer's, nobody else any."""
    return role is TeamRole.MANAGER or (role is TeamRole.ACCOUNT_MANAGER and mine)


def _engine(url: str):
    return create_engine(make_url(url).set(drivername="postgresql+psycopg"))


def _rights_snapshot(url: str, prefix: str) -> tuple[list, list]:
    with psycopg.connect(url) as connection:
        policies = connection.execute(
            "SELECT tablename, policyname, cmd, roles::text, qual, with_check FROM pg_policies "
            "ORDER BY 1, 2"
        ).fetchall()
        grants = connection.execute(
            "SELECT grantee, table_name, privilege_type FROM information_schema.role_table_grants "
            "WHERE grantee LIKE %s ORDER BY 1, 2, 3",
            (f"{prefix}%",),
        ).fetchall()
    return policies, grants


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory):
    prefix = f"adku{uuid.uuid4().hex[:8]}"
    logins = {role: f"{prefix}_{role.value}_login" for role in TeamRole}
    roles = [*logins.values(), *(f"{prefix}_{role.value}" for role in TeamRole)]
    versions = tmp_path_factory.mktemp("later_versions")
    (versions / "later_visits.py").write_text(MIGRATION, encoding="utf-8")
    try:
        with fresh_database() as url:
            db = Database(url, create=True)
            create_demo(db)
            mine, other, manager_name, supporter_name = _people(db)
            db.close()
            engine = _engine(url)
            config = migrations.alembic_config(engine)
            older = ScriptDirectory.from_config(config).get_revision(migrations.HEAD).down_revision
            command.downgrade(config, str(older))
            # `team init` at the older revision.
            with engine.begin() as connection:
                tr.apply_team_rights(connection, prefix)
                names = {
                    TeamRole.MANAGER: "Team Manager",
                    TeamRole.ACCOUNT_MANAGER: manager_name,
                    TeamRole.SUPPORTER: supporter_name,
                    TeamRole.AUDITOR: "Team Auditor",
                }
                for role, login in logins.items():
                    tr.link_login(connection, login, role)
                    connection.exec_driver_sql(
                        "INSERT INTO staff_members (name, role, email, phone, active, db_role) "
                        "VALUES (%(name)s, 'management', '', '', true, %(login)s) "
                        "ON CONFLICT (name) DO UPDATE SET db_role = excluded.db_role",
                        {"name": names[role], "login": login},
                    )
                    connection.exec_driver_sql(f"ALTER ROLE {login} PASSWORD '{PASSWORD}'")
                    connection.exec_driver_sql(f"GRANT {login} TO CURRENT_USER")
            # The upgrade, as a later version opening the database runs it.
            config.set_main_option("version_path_separator", "os")
            config.set_main_option(
                "version_locations",
                f"{Path(migrations.__file__).parent / 'versions'}{os.pathsep}{versions}",
            )
            command.upgrade(config, "heads")
            engine.dispose()
            with psycopg.connect(url, autocommit=True) as connection:
                for customer in (mine, other):
                    connection.execute(
                        f"INSERT INTO {NEW_TABLE} (customer_id, note) VALUES (%s, 'first')",
                        (customer,),
                    )
            yield url, prefix, logins, mine, other
    finally:
        _drop_roles(roles)


def _try(url: str, login: str, statement: str, values: tuple) -> bool:
    """Did the server let `login` do it (one row)? Nothing of it is kept."""
    with psycopg.connect(url) as connection, connection.cursor() as cursor:
        cursor.execute(f"SET LOCAL ROLE {login}")
        try:
            cursor.execute(statement, values)
            return cursor.rowcount == 1
        except psycopg.errors.InsufficientPrivilege:
            return False
        finally:
            connection.rollback()


@pytest.mark.parametrize("mine", [True, False], ids=["own", "others"])
@pytest.mark.parametrize("role", list(TeamRole), ids=[r.value for r in TeamRole])
def test_each_role_may_change_the_new_table_exactly_as_the_rules_say(upgraded, role, mine):
    url, _prefix, logins, own, other = upgraded
    customer = own if mine else other
    login = logins[role]
    with psycopg.connect(url) as connection:
        row = connection.execute(
            f"SELECT id FROM {NEW_TABLE} WHERE customer_id = %s", (customer,)
        ).fetchone()
    assert row is not None
    allowed = expected(role, mine)
    assert _try(url, login, f"SELECT id FROM {NEW_TABLE} WHERE id = %s", (row[0],))  # all read
    assert (
        _try(url, login, f"INSERT INTO {NEW_TABLE} (customer_id) VALUES (%s)", (customer,))
        == allowed
    )
    assert (
        _try(url, login, f"UPDATE {NEW_TABLE} SET note = 'changed' WHERE id = %s", (row[0],))
        == allowed
    )
    assert _try(url, login, f"DELETE FROM {NEW_TABLE} WHERE id = %s", (row[0],)) == allowed


@pytest.mark.parametrize("role", list(TeamRole), ids=[r.value for r in TeamRole])
def test_the_old_tables_keep_their_rights_through_the_upgrade(upgraded, role):
    url, _prefix, logins, own, _other = upgraded
    login = logins[role]
    supports = role in (TeamRole.MANAGER, TeamRole.ACCOUNT_MANAGER, TeamRole.SUPPORTER)
    assert (
        _try(
            url,
            login,
            "UPDATE systems SET notes = notes WHERE id = "
            "(SELECT min(id) FROM systems WHERE customer_id = %s)",
            (own,),
        )
        == supports
    )
    assert _try(url, login, "UPDATE customers SET notes = notes WHERE id = %s", (own,)) == supports
    assert _try(url, login, "UPDATE customers SET name = name WHERE id = %s", (own,)) == (
        role in (TeamRole.MANAGER, TeamRole.ACCOUNT_MANAGER)
    )
    assert not _try(url, login, "DELETE FROM change_history WHERE customer_id = %s", (own,))


def test_the_upgrade_secured_the_new_table_and_applying_again_changes_nothing(upgraded):
    url, prefix, _logins, _own, _other = upgraded
    with psycopg.connect(url) as connection:
        secured = connection.execute(
            "SELECT relrowsecurity FROM pg_class WHERE relname = %s", (NEW_TABLE,)
        ).fetchone()
        guarded = connection.execute(
            "SELECT count(*) FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid "
            "WHERE g.tgname = 'accountdesk_guard' AND c.relname = %s",
            (NEW_TABLE,),
        ).fetchone()
    assert secured == (True,) and guarded == (1,)
    before = _rights_snapshot(url, prefix)
    engine = _engine(url)
    try:
        with engine.begin() as connection:
            assert tr.keep_team_rights(connection)
    finally:
        engine.dispose()
    after = _rights_snapshot(url, prefix)
    assert after == before


def test_an_upgrade_of_a_database_without_team_roles_adds_none():
    with fresh_database() as url:
        db = Database(url, create=True)
        db.close()
        engine = _engine(url)
        try:
            with engine.begin() as connection:
                assert not tr.keep_team_rights(connection)
                secured = connection.exec_driver_sql(
                    "SELECT count(*) FROM pg_class WHERE relrowsecurity"
                ).scalar()
        finally:
            engine.dispose()
    assert secured == 0
