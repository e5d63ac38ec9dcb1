"""Rights are tested by trying every forbidden write as each role: for each kind of team
member, each table that belongs to a customer (found from the mapped tables) and each
of insert, update and delete, on a customer of theirs and on another, the server refuses
what the rules forbid and lets through what they allow."""

from __future__ import annotations

import json

import psycopg
import pytest

from accountdesk.domain.team import TeamRole
from accountdesk.storage.team_rights import CUSTOMERS, HISTORY, OWNED, customers_owned

ALL_TABLES = [customers_owned(), *OWNED]
SUPPORTED = {"systems", "contacts", "search_index"}
OPERATIONS = ("insert", "update", "delete")


def expected(role: TeamRole, table: str, operation: str, mine: bool) -> bool:
    """The rules of domain.team, written out by hand as the test's own statement of them."""
    if table == HISTORY and operation != "insert":
        return False  # history is never changed once written, by anyone
    if role is TeamRole.MANAGER:
        return True
    if role is TeamRole.AUDITOR or not mine:
        return False
    if role is TeamRole.ACCOUNT_MANAGER:
        return True
    if table == CUSTOMERS:
        return operation == "update"  # its notes
    if table == HISTORY:
        return True
    return table in SUPPORTED


def _key(table: str) -> str:
    return "rowid" if table == "search_index" else "id"


def _one_row(cursor: psycopg.Cursor, owned, customer: int) -> object:
    key = _key(owned.name)
    found = cursor.execute(
        f"SELECT x.{key} FROM {owned.name} x WHERE {owned.customer_of('x')} = %s "
        f"ORDER BY x.{key} LIMIT 1",
        (customer,),
    ).fetchone()
    assert found is not None, f"no {owned.name} row of customer {customer}"
    return found[0]


def _attempt(cursor: psycopg.Cursor, table: str, operation: str, key_value: object) -> int:
    key = _key(table)
    if operation == "update":
        change = "notes = notes || ''" if table == CUSTOMERS else f"{key} = {key}"
        cursor.execute(f"UPDATE {table} SET {change} WHERE {key} = %s", (key_value,))
    elif operation == "delete":
        cursor.execute(f"DELETE FROM {table} WHERE {key} = %s", (key_value,))
    return cursor.rowcount


def _prepare(cursor, table: str, operation: str, key_value: object, customer: int) -> str:
    """What the owner does first, in the same transaction: for an insert, takes the row
    away (the role puts it back; a customer is copied instead, as taking it away would
    take its file too) and gives it as JSON. Before a contact or customer is touched, the
    escalation paths go, as `delete_customer` does: a level left naming no one is refused."""
    if table in (CUSTOMERS, "contacts"):
        cursor.execute("DELETE FROM escalation_paths WHERE customer_id = %s", (customer,))
    if operation != "insert":
        return ""
    key = _key(table)
    found = cursor.execute(
        f"SELECT row_to_json(x)::text FROM {table} x WHERE {key} = %s", (key_value,)
    ).fetchone()
    assert found is not None
    if table == CUSTOMERS:
        row = json.loads(found[0])
        row.update(id=-row["id"], name=row["name"] + " (copy)")
        return json.dumps(row)
    cursor.execute(f"DELETE FROM {table} WHERE {key} = %s", (key_value,))
    return str(found[0])


@pytest.mark.parametrize("mine", [True, False], ids=["own", "others"])
@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("owned", ALL_TABLES, ids=[o.name for o in ALL_TABLES])
@pytest.mark.parametrize("role", list(TeamRole), ids=[r.value for r in TeamRole])
def test_each_role_may_write_only_what_the_rules_allow(team_db, role, owned, operation, mine):
    customer = team_db.mine if mine else team_db.other
    allowed = expected(role, owned.name, operation, mine)
    with psycopg.connect(team_db.url) as connection, connection.cursor() as cursor:
        key_value = _one_row(cursor, owned, customer)
        kept = _prepare(cursor, owned.name, operation, key_value, customer)
        cursor.execute(f"SET LOCAL ROLE {team_db.logins[role]}")
        try:
            if operation == "insert":
                cursor.execute(
                    f"INSERT INTO {owned.name} "
                    f"SELECT * FROM json_populate_record(NULL::{owned.name}, %s)",
                    (kept,),
                )
                written = cursor.rowcount
            else:
                written = _attempt(cursor, owned.name, operation, key_value)
        except psycopg.errors.InsufficientPrivilege as exc:
            assert not allowed, f"refused: {exc}"
            return
        finally:
            connection.rollback()
        assert allowed, f"{role} could {operation} {owned.name} of customer {customer}"
        assert written == 1


def test_a_supporter_may_change_the_notes_but_not_the_name_of_a_customer_they_support(team_db):
    with psycopg.connect(team_db.url) as connection, connection.cursor() as cursor:
        cursor.execute(f"SET LOCAL ROLE {team_db.logins[TeamRole.SUPPORTER]}")
        cursor.execute("UPDATE customers SET notes = 'call first' WHERE id = %s", (team_db.mine,))
        assert cursor.rowcount == 1
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            cursor.execute("UPDATE customers SET name = 'Renamed' WHERE id = %s", (team_db.mine,))
        connection.rollback()


def test_an_account_manager_cannot_hand_their_customer_to_someone_else(team_db):
    with psycopg.connect(team_db.url) as connection, connection.cursor() as cursor:
        cursor.execute(f"SET LOCAL ROLE {team_db.logins[TeamRole.ACCOUNT_MANAGER]}")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="may not change"):
            cursor.execute(
                "UPDATE customers SET account_manager_id = NULL WHERE id = %s", (team_db.mine,)
            )
        connection.rollback()


def test_every_table_of_a_customer_has_its_policies_and_guard(team_db):
    with psycopg.connect(team_db.url) as connection:
        secured = {
            row[0]
            for row in connection.execute(
                "SELECT relname FROM pg_class WHERE relrowsecurity AND relkind = 'r'"
            )
        }
        guarded = {
            row[0]
            for row in connection.execute(
                "SELECT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid "
                "WHERE g.tgname = 'accountdesk_guard'"
            )
        }
    names = {owned.name for owned in ALL_TABLES}
    assert {"customers", "systems", "risks", "signatories", "change_history"} <= names
    assert names <= secured
    assert names <= guarded
