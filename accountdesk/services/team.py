"""A team database's people and rights: making the roles and policies (`team init`),
linking a staff member to the role they sign in as (`team add-staff`), and what the
person signed in may change of a customer, for the app to show the rest as read-only.

The server enforces the rights (storage.team_rights); what is asked here only tells the
user before they try.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from accountdesk.domain import messages as m
from accountdesk.domain.errors import DatabaseError
from accountdesk.domain.team import (
    ALL,
    DEFAULT_PREFIX,
    EVERYTHING,
    RIGHTS,
    STAFF_ROLE,
    Area,
    Rights,
    RoleRights,
    Scope,
    TeamRole,
    may_add_customers,
    may_change_some,
)
from accountdesk.storage import tables as t
from accountdesk.storage import team_rights
from accountdesk.storage.database import Database

# A role name as the rights' SQL writes it unquoted: lower-case letters, digits, "_".
_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]{0,40}")


@dataclass(frozen=True)
class TeamReady:
    location: str
    roles_made: list[str]
    groups: dict[TeamRole, str]


@dataclass(frozen=True)
class StaffLinked:
    name: str
    login: str
    group: str
    staff_made: bool
    login_made: bool


def valid_name(name: str) -> bool:
    return bool(_IDENTIFIER.fullmatch(name))


def init_team(url: str, prefix: str = DEFAULT_PREFIX) -> TeamReady:
    """The schema (the migrations), the group roles, the rights: all or nothing."""
    if not valid_name(prefix):
        raise DatabaseError(m.BAD_ROLE_NAME, name=prefix)
    db = Database(url, create=True)
    try:
        with db.engine.begin() as connection:
            made = team_rights.apply_team_rights(connection, prefix)
    except DBAPIError as exc:
        raise DatabaseError(m.TEAM_SETUP_FAILED, path=db.location, detail=_first(exc)) from exc
    finally:
        db.close()
    return TeamReady(db.location, made, team_rights.group_roles(prefix))


def add_staff(db: Database, name: str, role: TeamRole, login: str = "") -> StaffLinked:
    """The staff member `name` (made if new) linked to the login role `login` (made if new,
    without a password), a member of `role`'s group only. Run by the administrator."""
    name = " ".join(name.split())
    login = login or default_login(name)
    if not valid_name(login):  # no login given, and the name has no Latin spelling: say so
        raise DatabaseError(m.BAD_ROLE_NAME, name=login or name)
    try:
        with db.transaction() as session:
            connection = session.connection()
            if not team_rights.is_team_database(connection):
                raise DatabaseError(m.NOT_A_TEAM_DATABASE, path=db.location)
            login_made = team_rights.link_login(connection, login, role)
            group = session.scalar(select(text("accountdesk_group_role(:kind)")), {"kind": role})
            staff = session.scalar(select(t.StaffMember).where(t.StaffMember.name == name))
            staff_made = staff is None
            if staff is None:
                staff = t.StaffMember(name=name, role=STAFF_ROLE[role], email="", phone="")
                session.add(staff)
            linked = session.scalar(select(t.StaffMember).where(t.StaffMember.db_role == login))
            if linked is not None and linked is not staff:
                linked.db_role = None  # a login is one person's
                session.flush()
            staff.db_role = login
    except DBAPIError as exc:
        raise DatabaseError(m.TEAM_SETUP_FAILED, path=db.location, detail=_first(exc)) from exc
    return StaffLinked(name, login, str(group), staff_made, login_made)


def default_login(name: str) -> str:
    """'Dana Levi' -> 'dana_levi'; '' when the name has no such spelling (Hebrew, Persian)."""
    login = "_".join(name.lower().split())
    return login if valid_name(login) else ""


def role_rights(db: Database) -> RoleRights:
    """What the person signed in may change at all (domain.team.RIGHTS, which the server's
    rights are made from)."""
    if db.engine.dialect.name != "postgresql":
        return EVERYTHING
    with db.session() as session:
        if not session.scalar(text("SELECT row_security_active('customers')")):
            return EVERYTHING  # the owner, a superuser: rights are not theirs to meet
        found = session.scalar(text("SELECT accountdesk_team_role(current_user)"))
    if found is None:
        return RoleRights(file=False, support=False)
    role = TeamRole(found)
    return RoleRights(may_add_customers(role), may_change_some(role, Area.SUPPORT), role)


# Customers' other names (filed from the incidents' import): a table of their own.
ALIASES = t.CustomerAlias.__tablename__


def area_of(table: str) -> Area:
    """Which part of a customer's file a table belonging to it is, as the server's grants
    and policies have it (storage.team_rights)."""
    return team_rights.OWNED_BY_NAME[table].area


def changeable_customers(db: Database, area: Area) -> set[int] | None:
    """The ids of the customers whose `area` the person signed in may change; None when
    they may change every customer's (a local file, the owner, a manager).

    Asked of the server's own function, the one its policies on the customers' rows ask:
    what is offered is what the server would let through.
    """
    if db.engine.dialect.name != "postgresql":
        return None
    with db.session() as session:
        if not session.scalar(text("SELECT row_security_active('customers')")):
            return None  # the owner, a superuser: rights are not theirs to meet
        found = session.scalar(text("SELECT accountdesk_team_role(current_user)"))
        if found is not None and RIGHTS[TeamRole(found)][area] is Scope.ANY:
            return None
        return set(
            session.scalars(
                text(
                    "SELECT c.id FROM customers c WHERE accountdesk_may_change_people("
                    "c.account_manager_id, c.supporter_id, c.backup_supporter_id, :area, "
                    "current_user)"
                ),
                {"area": area.value},
            )
        )


def customer_rights(db: Database, customer_id: int | None) -> Rights:
    """What the person signed in may change of the customer (None: a new customer)."""
    if db.engine.dialect.name != "postgresql":
        return ALL
    with db.session() as session:
        if not session.scalar(text("SELECT row_security_active('customers')")):
            return ALL  # the owner, a superuser: rights are not theirs to meet
        # The role and what it may change of the customer, in one reading.
        areas = list(Area)
        may_change = ", ".join(
            f"accountdesk_may_change(:id, :area{number}, current_user)"
            for number in range(len(areas))
        )
        found, *allowed = session.execute(
            text(f"SELECT accountdesk_team_role(current_user), {may_change}"),
            {"id": customer_id or 0, **{f"area{n}": area.value for n, area in enumerate(areas)}},
        ).one()
        if found is None:
            return Rights(file=False, support=False)
        role = TeamRole(found)
        if customer_id is None:
            may = may_add_customers(role)  # a new customer is all file
            return Rights(may, may, role)
        rights = dict(zip(areas, map(bool, allowed), strict=True))
    return Rights(rights[Area.FILE], rights[Area.SUPPORT], role)


def _first(exc: BaseException) -> str:
    detail = str(getattr(exc, "orig", exc)).strip()
    return detail.splitlines()[0] if detail else detail
