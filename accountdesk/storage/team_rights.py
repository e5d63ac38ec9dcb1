"""Who may change what in a team database, as PostgreSQL roles, grants and row-level
security (`accountdesk team init`; the rules are `domain.team`'s).

Every table that belongs to a customer is found from the mapped tables: the customers
table, and each table whose row is deleted with a customer's (ON DELETE CASCADE, directly
or through another such table). On each:
- row-level security: every team member reads every row; a new or changed row must be
  one the role may change (`accountdesk_may_change`);
- a guard trigger refusing, with a clear error (42501), a change to or removal of a row
  the role may not change: row-level security alone would skip such a row silently;
- grants: what each group may write at all (supporters only the customer's notes).

Who may change what is `domain.team.RIGHTS`: the functions' conditions and the grants
are made from it here, and the app reads the same table to disable what would be refused.

Owners and superusers are not subject to row-level security, so the administrator who
ran `team init` (and the migrations) keeps every right. Running it again replaces the
functions, policies and triggers and adds what is missing: it is idempotent. The tables
are found in the database itself, so an upgrade of the schema applies the rights again
as its last step (`keep_team_rights`): a table a migration adds is covered at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, MetaData, Table, text

from accountdesk.domain.team import (
    DEFAULT_PREFIX,
    RIGHTS,
    STAFF_RIGHTS,
    SUPPORT_FIELDS,
    Area,
    Scope,
    StaffRight,
    TeamRole,
    may_change_some,
)
from accountdesk.storage import search_postgres
from accountdesk.storage import tables as t
from accountdesk.storage.base import Base
from accountdesk.storage.notifications import STAFF_CHANNEL

CUSTOMERS = t.Customer.__tablename__
HISTORY = t.ChangeRecord.__tablename__
# The support area (domain.team.SUPPORT_FIELDS): its lists are tables of their own, its
# fields columns of the customer's row; every save of it writes a history line and bumps
# the customer's revision and time stamp.
_CUSTOMER_COLUMNS = t.Customer.__table__.columns
SUPPORT_TABLES = frozenset(
    {field for field in SUPPORT_FIELDS if field in Base.metadata.tables} | {HISTORY}
)
SUPPORT_CUSTOMER_COLUMNS = (
    *sorted(field for field in SUPPORT_FIELDS if field in _CUSTOMER_COLUMNS),
    "revision",
    "updated_at",
)
# Written with every change; never changed once written (deleted with the customer).
APPEND_ONLY = frozenset({HISTORY})
WRITERS = tuple(role for role in TeamRole if any(may_change_some(role, a) for a in Area))
# Staff records an account manager may add (naming a new supporter), but not link to a login.
STAFF_INSERT_COLUMNS = ("name", "role", "email", "phone", "active", "created_at", "updated_at")


@dataclass(frozen=True)
class Owned:
    """A table that belongs to a customer, and how a row of it names its customer."""

    name: str
    parent: str | None  # the owning table; None when the row has customer_id itself
    column: str  # customer_id, or the column referring to the parent
    area: Area

    def customer_of(self, row: str, tables: dict[str, Owned] | None = None) -> str:
        """SQL for the customer id of `row` (NEW, OLD, or '' for the policy's own row);
        `tables` names the parents (default: the mapped tables')."""
        reference = f"{row}.{self.column}" if row else self.column
        if self.parent is None:
            return reference
        by_name = OWNED_BY_NAME if tables is None else tables
        parent = by_name[self.parent]
        return (
            f"(SELECT {parent.customer_of('p', by_name)} FROM {parent.name} p "
            f"WHERE p.id = {reference})"
        )


def owned_tables(tables: Iterable[Table]) -> list[Owned]:
    """Every table whose rows go with a customer, parents before children."""
    found: dict[str, Owned] = {}
    pending = [table for table in tables if table.name != CUSTOMERS]
    progress = True
    while progress:
        progress = False
        for table in list(pending):
            owner = _owning_key(table, found)
            if owner is None:
                continue
            parent, column = owner
            area = Area.SUPPORT if table.name in SUPPORT_TABLES else Area.FILE
            found[table.name] = Owned(table.name, parent, column, area)
            pending.remove(table)
            progress = True
    return list(found.values())


def _owning_key(table: Table, found: dict[str, Owned]) -> tuple[str | None, str] | None:
    # By column name: a table of two parents (both the customer's) names the same one
    # whether the tables come from the mapping or from the database.
    for key in sorted(table.foreign_keys, key=lambda k: k.parent.name):
        if (key.ondelete or "").upper() != "CASCADE":
            continue  # a reference (SET NULL), not a belonging
        target = key.column.table.name
        if target == CUSTOMERS:
            return None, key.parent.name
        if target in found:
            return target, key.parent.name
    return None


# The search index (made by raw SQL, outside the mapped tables) names its customer too.
SEARCH_INDEX = Owned(search_postgres.TABLE, None, "customer_id", Area.SUPPORT)
OWNED = [*owned_tables(Base.metadata.sorted_tables), SEARCH_INDEX]
OWNED_BY_NAME = {owned.name: owned for owned in OWNED}


def owned_in_database(connection: Connection) -> list[Owned]:
    """The tables of a customer as the database has them now (at any revision, with any
    table a migration added), found from their foreign keys as `owned_tables` does."""
    found = MetaData()
    found.reflect(connection)
    owned = owned_tables(found.sorted_tables)
    if search_postgres.TABLE in found.tables:
        owned.append(SEARCH_INDEX)
    return owned


def group_roles(prefix: str) -> dict[TeamRole, str]:
    return {role: f"{prefix}_{role.value}" for role in TeamRole}


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _functions(prefix: str, schema: str) -> Iterator[str]:
    groups = group_roles(prefix)
    cases = "\n".join(
        f"        WHEN pg_has_role(who, {_literal(groups[role])}, 'MEMBER') THEN "
        f"{_literal(role.value)}"
        for role in TeamRole
    )
    # Which kind of team member a role is (the first that applies), NULL for none.
    yield f"""
CREATE OR REPLACE FUNCTION accountdesk_team_role(who name) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT CASE
{cases}
    END
$$"""
    yield f"""
CREATE OR REPLACE FUNCTION accountdesk_group_role(kind text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT {_literal(prefix + "_")} || kind $$"""
    # Definer's rights: it reads the staff list and the customer whatever the caller may.
    yield f"""
CREATE OR REPLACE FUNCTION accountdesk_may_change_people(
    manager integer, supporter integer, backup integer, area text, who name
) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    SELECT CASE accountdesk_team_role(who)
{_rights_cases()}
        ELSE false
    END
$$"""
    # A customer not (or no longer) there: only who may change any customer's area.
    anyone = " OR ".join(
        f"(accountdesk_team_role(who) = {_literal(role.value)} AND area = {_literal(area.value)})"
        for role in TeamRole
        for area in Area
        if RIGHTS[role][area] is Scope.ANY
    )
    yield f"""
CREATE OR REPLACE FUNCTION accountdesk_may_change(customer integer, area text, who name)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    SELECT COALESCE(
        (SELECT accountdesk_may_change_people(
            c.account_manager_id, c.supporter_id, c.backup_supporter_id, area, who)
         FROM customers c WHERE c.id = customer),
        COALESCE({anyone or "false"}, false))
$$"""


# SQL, in accountdesk_may_change_people: is `who` the one a scope asks for?
_SCOPE_SQL = {
    Scope.ANY: "true",
    Scope.MANAGED: "EXISTS (SELECT 1 FROM staff_members s WHERE s.db_role = who AND s.id = manager)",
    Scope.SUPPORTED: (
        "EXISTS (SELECT 1 FROM staff_members s WHERE s.db_role = who "
        "AND s.id IN (supporter, backup))"
    ),
    Scope.NONE: "false",
}


def _rights_cases() -> str:
    """`RIGHTS` as the CASE's branches: for each kind of member, each area's condition."""
    lines = []
    for role in TeamRole:
        areas = " ".join(
            f"WHEN {_literal(area.value)} THEN {_SCOPE_SQL[RIGHTS[role][area]]}" for area in Area
        )
        lines.append(f"        WHEN {_literal(role.value)} THEN CASE area {areas} ELSE false END")
    return "\n".join(lines)


def _check(owned: Owned, row: str, tables: dict[str, Owned]) -> str:
    """SQL: may current_user change `row` of this table?"""
    area = _literal(owned.area.value)
    if owned.name == CUSTOMERS:
        prefix = f"{row}." if row else ""
        return (
            f"accountdesk_may_change_people({prefix}account_manager_id, {prefix}supporter_id, "
            f"{prefix}backup_supporter_id, {area}, current_user)"
        )
    return f"accountdesk_may_change({owned.customer_of(row, tables)}, {area}, current_user)"


def _guard(owned: Owned, tables: dict[str, Owned]) -> Iterator[str]:
    name = owned.name
    yield f"""
CREATE OR REPLACE FUNCTION accountdesk_guard_{name}() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF row_security_active(TG_RELID) AND (
        (TG_OP IN ('UPDATE', 'DELETE') AND NOT {_check(owned, "OLD", tables)})
        OR (TG_OP IN ('INSERT', 'UPDATE') AND NOT {_check(owned, "NEW", tables)})
    ) THEN
        RAISE EXCEPTION 'role % may not change % of this customer', current_user, TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege', TABLE = TG_TABLE_NAME;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$"""
    yield f"DROP TRIGGER IF EXISTS accountdesk_guard ON {name}"
    yield (
        f"CREATE TRIGGER accountdesk_guard BEFORE INSERT OR UPDATE OR DELETE ON {name} "
        f"FOR EACH ROW EXECUTE FUNCTION accountdesk_guard_{name}()"
    )


def _policies(owned: Owned, groups: str, tables: dict[str, Owned]) -> Iterator[str]:
    name = owned.name
    yield f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY"
    for policy in ("team_read", "team_insert", "team_update", "team_delete"):
        yield f"DROP POLICY IF EXISTS {policy} ON {name}"
    check = _check(owned, "", tables)
    yield f"CREATE POLICY team_read ON {name} FOR SELECT TO {groups} USING (true)"
    yield f"CREATE POLICY team_insert ON {name} FOR INSERT TO {groups} WITH CHECK ({check})"
    # The old row is the guard's to judge: a USING condition would hide it silently.
    yield (
        f"CREATE POLICY team_update ON {name} FOR UPDATE TO {groups} "
        f"USING (true) WITH CHECK ({check})"
    )
    yield f"CREATE POLICY team_delete ON {name} FOR DELETE TO {groups} USING (true)"


def _grants(prefix: str, schema: str, owned_tables: list[Owned]) -> Iterator[str]:
    groups = group_roles(prefix)
    everyone = ", ".join(groups.values())
    writers = ", ".join(groups[role] for role in WRITERS)
    yield f"GRANT USAGE ON SCHEMA {schema} TO {everyone}"
    yield f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {everyone}"
    yield f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {everyone}"
    yield f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {writers}"
    for owned in owned_tables:
        if owned.name in APPEND_ONLY:
            yield f"GRANT INSERT ON {owned.name} TO {writers}"
            continue
        to = ", ".join(groups[role] for role in TeamRole if may_change_some(role, owned.area))
        yield f"GRANT INSERT, UPDATE, DELETE ON {owned.name} TO {to}"
    # The customer's own row is its file's; who keeps only its support area changes
    # only these columns of it.
    file_writers = [role for role in TeamRole if may_change_some(role, Area.FILE)]
    support_only = [
        role for role in WRITERS if role not in file_writers and may_change_some(role, Area.SUPPORT)
    ]
    yield (
        f"GRANT INSERT, UPDATE, DELETE ON {CUSTOMERS} TO "
        + ", ".join(groups[role] for role in file_writers)
    )
    if support_only:
        columns = ", ".join(SUPPORT_CUSTOMER_COLUMNS)
        to = ", ".join(groups[role] for role in support_only)
        yield f"GRANT UPDATE ({columns}) ON {CUSTOMERS} TO {to}"
    staff = t.StaffMember.__tablename__
    staff_columns = ", ".join(STAFF_INSERT_COLUMNS)
    for role, right in STAFF_RIGHTS.items():
        if right is StaffRight.CHANGE:
            yield f"GRANT INSERT, UPDATE, DELETE ON {staff} TO {groups[role]}"
        elif right is StaffRight.ADD:
            yield f"GRANT INSERT ({staff_columns}) ON {staff} TO {groups[role]}"


def _staff_notices() -> Iterator[str]:
    """Any change of the staff list is announced at commit, so that an open app reads its
    person's rights again (storage.notifications); `team add-staff` announces a changed
    role too, which changes no row here."""
    staff = t.StaffMember.__tablename__
    yield f"""
CREATE OR REPLACE FUNCTION accountdesk_notify_staff() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify({_literal(STAFF_CHANNEL)}, '');
    RETURN NULL;
END
$$"""
    yield f"DROP TRIGGER IF EXISTS accountdesk_staff_notify ON {staff}"
    yield (
        f"CREATE TRIGGER accountdesk_staff_notify AFTER INSERT OR UPDATE OR DELETE ON {staff} "
        "FOR EACH STATEMENT EXECUTE FUNCTION accountdesk_notify_staff()"
    )


def customers_owned() -> Owned:
    return Owned(CUSTOMERS, None, "id", Area.SUPPORT)


def team_statements(prefix: str, schema: str, owned_tables: list[Owned] | None = None) -> list[str]:
    """Everything `team init` runs after the roles exist, in order, for the tables of a
    customer given (default: the mapped tables')."""
    owned_tables = OWNED if owned_tables is None else owned_tables
    by_name = {owned.name: owned for owned in owned_tables}
    groups = ", ".join(group_roles(prefix).values())
    statements = list(_functions(prefix, schema))
    for owned in (customers_owned(), *owned_tables):
        statements += [*_guard(owned, by_name), *_policies(owned, groups, by_name)]
    statements += list(_grants(prefix, schema, owned_tables))
    statements += list(_staff_notices())
    return statements


def create_group_roles(connection: Connection, prefix: str) -> list[str]:
    """The four group roles (no login), those missing made; the names made."""
    made = []
    for name in group_roles(prefix).values():
        exists = connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}
        ).scalar()
        if not exists:
            connection.exec_driver_sql(f"CREATE ROLE {quote(connection, name)} NOLOGIN")
            made.append(name)
    return made


def apply_team_rights(connection: Connection, prefix: str = DEFAULT_PREFIX) -> list[str]:
    """Make the group roles, functions, policies, guards and grants; the roles made."""
    made = create_group_roles(connection, prefix)
    _apply_rights(connection, prefix)
    return made


def _apply_rights(connection: Connection, prefix: str) -> None:
    schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    owned = owned_in_database(connection)
    for statement in team_statements(prefix, quote(connection, schema), owned):
        connection.exec_driver_sql(statement.replace("%", "%%"))  # not parameters: RAISE's


def keep_team_rights(connection: Connection) -> bool:
    """After an upgrade of the schema: where `team init` has run and its group roles are
    there, the rights again, over every table now there (the upgrade's transaction, so a
    table a migration added is never open to the team, nor closed to it). True if applied."""
    if not is_team_database(connection):
        return False
    prefix = team_prefix(connection)
    wanted = list(group_roles(prefix).values())
    present = connection.execute(
        text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:names)"), {"names": wanted}
    ).scalar_one()
    if present != len(wanted):
        return False  # roles dropped since: `team init` makes them again, with the rights
    _apply_rights(connection, prefix)
    return True


def team_prefix(connection: Connection) -> str:
    """The prefix `team init` named the group roles with (accountdesk_group_role's)."""
    group = connection.execute(text("SELECT accountdesk_group_role('')")).scalar_one()
    return str(group).removesuffix("_")


def quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def link_login(connection: Connection, login: str, role: TeamRole) -> bool:
    """The login role, member of the group of `role` only; True when it was made.

    No password is set here: the administrator sets one (ALTER ROLE … PASSWORD, or
    psql's \\password), or the server authenticates the login another way (GSS, certificates).
    """
    exists = connection.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": login}
    ).scalar()
    quoted = quote(connection, login)
    if not exists:
        connection.exec_driver_sql(f"CREATE ROLE {quoted} LOGIN")
    for other in TeamRole:
        other_group = connection.execute(
            text("SELECT accountdesk_group_role(:kind)"), {"kind": other.value}
        ).scalar_one()
        verb = "GRANT" if other is role else "REVOKE"
        preposition = "TO" if other is role else "FROM"
        connection.exec_driver_sql(
            f"{verb} {quote(connection, other_group)} {preposition} {quoted}"
        )
    # Role membership has no trigger: the apps signed in hear of it at commit.
    connection.execute(text("SELECT pg_notify(:channel, '')"), {"channel": STAFF_CHANNEL})
    return not exists


def is_team_database(connection: Connection) -> bool:
    """Has `team init` run here?"""
    found = connection.execute(
        text("SELECT to_regprocedure('accountdesk_may_change(integer, text, name)') IS NOT NULL")
    )
    return bool(found.scalar())
