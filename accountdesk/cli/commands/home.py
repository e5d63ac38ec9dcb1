"""`accountdesk home`: what falls due, as the app's home view lists it."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import TYPE_CHECKING

from accountdesk.cli.common import CliError, add_db_option, one_line, open_database

if TYPE_CHECKING:
    from accountdesk.cli.common import Subparsers
    from accountdesk.domain.agenda import AgendaItem
    from accountdesk.i18n.agenda import AgendaWords


def add_parser(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "home",
        help="what falls due: reviews, action items, follow-ups, risks, promises",
        description="The agenda of the app's home view: reviews overdue or due within a "
        "week, expectations due for review, promises missed or at risk this quarter, open "
        "action items and feedback follow-ups, risks without mitigation, and customers "
        "without a signed summary or with one older than the file.",
    )
    parser.add_argument("--staff", metavar="NAME", default="", help="the staff member's name")
    parser.add_argument(
        "--mine",
        action="store_true",
        help="only the customers --staff manages, supports or backs up",
    )
    parser.add_argument("--json", action="store_true", help="print the items as JSON")
    add_db_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from accountdesk.domain.agenda import AgendaKind
    from accountdesk.i18n.agenda import AgendaWords
    from accountdesk.i18n.formatting import Formatter
    from accountdesk.i18n.words import words
    from accountdesk.services.home import AgendaQuery, agenda
    from accountdesk.services.service_files import list_staff

    if args.mine and not args.staff:
        raise CliError("--mine needs --staff NAME: whose customers?")
    today = dt.date.today()
    with open_database(args, create=False) as db:
        if args.staff and args.staff not in {s.name for s in list_staff(db)}:
            raise CliError(f"--staff: '{args.staff}' is the name of no staff member")
        found = agenda(db, AgendaQuery(today=today, staff=args.staff, mine=args.mine))
    say = AgendaWords(words("en"), Formatter("en"), isolate=one_line)
    if args.json:
        items = [_item(item, say, today) for item in found.items]
        print(
            json.dumps({"today": today.isoformat(), "items": items}, ensure_ascii=False, indent=2)
        )
        return 0
    for kind in AgendaKind:
        section = found.section(kind)
        if not section:
            continue
        print(f"{say.section(kind)} ({len(section)})")
        for item in section:
            due = say.due(item, today)
            print(f"  {one_line(item.customer)}: {say.what(item)}" + (f" ({due})" if due else ""))
    return 0


def _item(item: AgendaItem, say: AgendaWords, today: dt.date) -> dict[str, object]:
    return {
        "kind": item.kind.value,
        "customer": item.customer,
        "customer_id": item.customer_id,
        "tab": item.tab,
        "record_id": item.record_id,
        "due": item.due.isoformat() if item.due else None,
        "due_state": item.due_state(today).value,
        "text": say.what(item),
        "due_text": say.due(item, today),
    }
