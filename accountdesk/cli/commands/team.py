"""`accountdesk team init URL` and `accountdesk team add-staff NAME --role ROLE`: a team
database's roles and rights on PostgreSQL (services.team; the rules in domain.team).

Both are for the database's administrator (its owner, with the right to create roles).
No password is ever written or asked for: the administrator sets one on the server, or
the server signs people in another way (Kerberos/GSS, certificates).
"""

from __future__ import annotations

import argparse

from accountdesk.cli.common import CliError, add_db_option, database_path, open_database
from accountdesk.domain.team import DEFAULT_PREFIX, TeamRole
from accountdesk.storage.server_urls import is_server_url


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    team = subparsers.add_parser(
        "team",
        help="set up a team database's roles and rights (PostgreSQL)",
        description="Who may do what in a team database, enforced by PostgreSQL.",
    )
    commands = team.add_subparsers(title="team commands", metavar="COMMAND", required=True)
    init = commands.add_parser(
        "init",
        help="create the schema, the group roles and the rights",
        description="Create the schema (if new), the group roles PREFIX_manager, "
        "PREFIX_account_manager, PREFIX_supporter and PREFIX_auditor, their grants and the "
        "row-level security policies. Running it again is harmless.",
    )
    init.add_argument("url", metavar="URL", help="the team database: postgresql://host/dbname")
    init.add_argument(
        "--role-prefix",
        default=DEFAULT_PREFIX,
        help=f"how the group roles' names begin (default: {DEFAULT_PREFIX})",
    )
    init.set_defaults(run=run_init)

    add = commands.add_parser(
        "add-staff",
        help="link a staff member to their own database login",
        description="Make (or find) the staff member NAME and the login role LOGIN, a member "
        "of ROLE's group only. No password is set: set one on the server (psql: "
        "\\password LOGIN) or sign in another way (Kerberos/GSS, certificates).",
    )
    add.add_argument("name", metavar="NAME", help="the staff member's name")
    add.add_argument("--role", required=True, choices=[r.value for r in TeamRole])
    add.add_argument(
        "--login", default="", help="the database role they sign in as (default: from NAME)"
    )
    add_db_option(add)
    add.set_defaults(run=run_add_staff)


def run_init(args: argparse.Namespace) -> int:
    from accountdesk.services.team import init_team

    if not is_server_url(args.url):
        raise CliError(f"{args.url} is not a PostgreSQL URL (postgresql://host/dbname)")
    ready = init_team(args.url, args.role_prefix)
    made = ", ".join(ready.roles_made) or "none new"
    print(f"{ready.location}: team roles and rights are set up (group roles made: {made})")
    return 0


def run_add_staff(args: argparse.Namespace) -> int:
    from accountdesk.services.team import add_staff

    if not is_server_url(database_path(args)):
        raise CliError("add-staff needs a team database: --db postgresql://host/dbname")
    with open_database(args, create=False) as db:
        linked = add_staff(db, args.name, TeamRole(args.role), args.login)
    print(
        f"{linked.name} signs in as {linked.login} ({linked.group})"
        + ("" if linked.login_made else "; the login already existed")
    )
    return 0
