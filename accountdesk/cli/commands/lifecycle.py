"""`accountdesk archive`, `restore-customer` and `delete`: a customer's whole life.

Archiving takes a customer out of the lists and search, whole; `restore-customer` brings
it back. Deleting removes the customer with everything it has, issued and signed summary
versions and history included, so it asks first (naming both), and without a terminal to
ask on it needs --yes.
"""

from __future__ import annotations

import argparse
import sys

from accountdesk.cli.common import CliError, add_db_option, open_database


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    archive = subparsers.add_parser(
        "archive",
        help="archive a customer (hidden from lists and search, kept whole)",
        description="Archive a customer: it leaves the customer list and search results, and "
        "everything in its service file is kept. 'accountdesk restore-customer' brings it back.",
    )
    _customer_argument(archive)
    add_db_option(archive)
    archive.set_defaults(run=run_archive)

    restore = subparsers.add_parser(
        "restore-customer",
        help="bring an archived customer back",
        description="Bring an archived customer back to the lists and search.",
    )
    _customer_argument(restore)
    add_db_option(restore)
    restore.set_defaults(run=run_restore)

    delete = subparsers.add_parser(
        "delete",
        help="delete a customer and everything of it",
        description="Delete a customer with its whole service file, its summary versions "
        "(issued and signed ones too) and its history, in one transaction. Asks first; "
        "without a terminal, --yes is required. Export it first "
        "('accountdesk export CUSTOMER -o FILE.json') to keep a copy.",
    )
    _customer_argument(delete)
    delete.add_argument("--yes", action="store_true", help="delete without asking")
    add_db_option(delete)
    delete.set_defaults(run=run_delete)


def _customer_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("customer", metavar="CUSTOMER", help="the customer's id or exact name")


def run_archive(args: argparse.Namespace) -> int:
    return _set_archived(args, archived=True)


def run_restore(args: argparse.Namespace) -> int:
    return _set_archived(args, archived=False)


def _set_archived(args: argparse.Namespace, archived: bool) -> int:
    from accountdesk.services import service_files as sf

    with open_database(args, create=False) as db:
        customer_id = sf.find_customer_id(db, args.customer)
        name = sf.load_file(db, customer_id).name
        changed = sf.set_archived(db, customer_id, archived)
    if archived:
        print(f"archived {name}" if changed else f"{name} was already archived")
    else:
        print(f"brought back {name}" if changed else f"{name} was not archived")
    return 0


def run_delete(args: argparse.Namespace) -> int:
    from accountdesk.services import service_files as sf

    with open_database(args, create=False) as db:
        customer_id = sf.find_customer_id(db, args.customer)
        name = sf.load_file(db, customer_id).name
        signed = sf.signed_version_count(db, customer_id)
        what = f"{name} (id {customer_id}) with {_versions(signed)}"
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError(
                    f"not deleting {what}: there is no terminal to ask on; add --yes to "
                    "delete (export it first to keep a copy)"
                )
            answer = input(f"Delete {what}, and its history? This cannot be undone. [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("nothing deleted")
                return 1
        sf.delete_customer(db, customer_id)
    print(f"deleted {what}")
    return 0


def _versions(count: int) -> str:
    return "1 signed summary version" if count == 1 else f"{count} signed summary versions"
