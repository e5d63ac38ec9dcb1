"""`accountdesk copy --from SRC --to DST`: move customers between databases (a local file
and a team database on a PostgreSQL server, either way), exactly, in one transaction.

Customers the destination already has (the same name) are reported and left as they are
there; see `storage.copying` for the rule.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from accountdesk.cli.common import CliError, database_target, progress_bar
from accountdesk.storage.server_urls import without_password

if TYPE_CHECKING:
    from accountdesk.cli.common import Subparsers
    from accountdesk.storage.copying import CopyResult, Skipped


def add_parser(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "copy",
        help="copy customers from one database into another (a file or a team database)",
        description="Copy every customer of SRC, with its service file, summary versions "
        "and signatures, change history, incidents, aliases and feedback, and the staff, "
        "into DST, in one transaction. A customer DST already has (the same name) is "
        "reported and not overwritten. DST is created if it is a file that does not exist, "
        "and given its tables if it is an empty team database (which must exist on its server).",
    )
    parser.add_argument(
        "--from", dest="source", metavar="PATH|URL", type=database_target, required=True
    )
    parser.add_argument(
        "--to", dest="destination", metavar="PATH|URL", type=database_target, required=True
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from accountdesk.storage.copying import copy_customers
    from accountdesk.storage.database import Database

    source, destination = args.source, args.destination
    if isinstance(source, Path) and not source.exists():
        raise CliError(f"{source}: no such file")
    if _same(source, destination):
        raise CliError("--from and --to name the same database; nothing was copied")
    src = Database(source)
    try:
        dst = Database(destination, create=True)  # a new file, or tables in an empty database
        try:
            with progress_bar("copying") as show:
                result = copy_customers(src, dst, show)
        finally:
            dst.close()
    finally:
        src.close()
    _report(result, _shown(destination))
    return 0


def _report(result: CopyResult, destination: str) -> None:
    print(f"copied {len(result.copied)} customer(s) into {destination}")
    print(f"staff: {result.staff_added} added, {result.staff_existing} already there")
    for skipped in result.skipped:
        print(f"accountdesk: not copied: {_why(skipped)}", file=sys.stderr)


def _why(skipped: Skipped) -> str:
    if skipped.alias:
        return f"{skipped.name}: its alias '{skipped.alias}' belongs to another customer there"
    if skipped.ticket:
        return (
            f"{skipped.name}: its incident {skipped.ticket} is filed under another customer there"
        )
    return f"{skipped.name}: already there (left as it is)"


def _shown(target: Path | str) -> str:
    return without_password(target) if isinstance(target, str) else str(target)


def _same(a: Path | str, b: Path | str) -> bool:
    if isinstance(a, Path) and isinstance(b, Path):
        return b.exists() and a.resolve() == b.resolve()
    return isinstance(a, str) and isinstance(b, str) and without_password(a) == without_password(b)
