"""`accountdesk backup`: a checked backup of the database now; prints where it is."""

from __future__ import annotations

import argparse
from pathlib import Path

from accountdesk.cli.common import add_db_option, database_file_path


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "backup",
        help="make a backup of the database now",
        description="Copy the database with SQLite's backup API into its backup folder "
        "(--to, else $ACCOUNTDESK_BACKUP_DIR, else 'backups' beside the database), check "
        "that the copy opens, and keep the newest $ACCOUNTDESK_BACKUPS_KEPT (10) there.",
    )
    parser.add_argument("--to", metavar="DIR", type=Path, help="the folder for the backup")
    add_db_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from accountdesk.storage.backups import BackupPolicy, make_backup

    path = database_file_path(args)
    policy = BackupPolicy.for_database(path, folder=args.to)
    print(make_backup(path, policy))
    return 0
