"""`accountdesk restore BACKUP`: put a backup in place of the database, keeping a safety
copy of the file it replaces."""

from __future__ import annotations

import argparse
from pathlib import Path

from accountdesk.cli.common import CliError, add_db_option, database_file_path


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "restore",
        help="restore the database from a backup",
        description="Replace the database's contents with a backup's, after checking that "
        "the backup is a good AccountDesk backup. The replaced file is first copied into "
        "the backup folder (as NAME.before-restore-TIME.sqlite3).",
    )
    parser.add_argument("backup", metavar="BACKUP", type=Path, help="the backup file")
    add_db_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from accountdesk.storage.backups import BackupPolicy, read_backup, restore

    path = database_file_path(args, existing=False)
    if not args.backup.is_file():
        raise CliError(f"{args.backup}: no such file")
    if args.backup.resolve() == path.resolve():
        raise CliError(f"{args.backup} is the database itself; name a backup of it")
    contents = read_backup(args.backup)
    safety = restore(args.backup, path, BackupPolicy.for_database(path))
    print(f"restored {path} from {args.backup} ({contents.customers} customer(s))")
    if safety is not None:
        print(f"the file it replaced is kept as {safety}")
    return 0
