"""Demo data: thirteen invented customers of an IT service provider, in Hebrew, Persian,
Arabic and English, for trying the app, screenshots and tests.

`create_demo(db)` fills an empty database. Dates are relative to the day it runs, so some
reviews are always overdue and meetings are always in the recent past.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable

from accountdesk.domain import messages as m
from accountdesk.domain.errors import AccountDeskError
from accountdesk.domain.service_file import ServiceFile, StaffRef
from accountdesk.domain.validation import Checker
from accountdesk.services.demo import arabic, english, hebrew, persian
from accountdesk.services.demo.incidents import add_targets, demo_incidents
from accountdesk.services.demo.staff import STAFF
from accountdesk.services.demo.voice import year_of_feedback
from accountdesk.services.json_format import add_missing_staff
from accountdesk.services.service_files import count_customers, delete_customer, save_file
from accountdesk.storage.database import Database
from accountdesk.storage.incidents import insert_incidents

CUSTOMERS: list[Callable[[dt.date], ServiceFile]] = [
    *hebrew.CUSTOMERS,
    *persian.CUSTOMERS,
    *english.CUSTOMERS,
    *arabic.CUSTOMERS,  # last: the others keep the ids and ticket numbers they had
]


class DemoRefusedError(AccountDeskError):
    """The database already holds customers; demo data goes only into an empty one."""


def demo_files(today: dt.date | None = None) -> list[ServiceFile]:
    """The demo customers as unsaved service files."""
    today = today or dt.date.today()
    files = [build(today) for build in CUSTOMERS]
    for file in files:
        add_targets(file)
        file.feedback = sorted(
            [*file.feedback, *year_of_feedback(file, today)], key=lambda f: f.received_on
        )
    return files


def create_demo(db: Database, today: dt.date | None = None) -> list[int]:
    """Save the demo customers into an empty database; their ids, in order."""
    existing = count_customers(db)
    if existing:
        raise DemoRefusedError(m.DEMO_NOT_EMPTY, path=db.location, count=existing)
    with db.transaction() as session:
        add_missing_staff(session, [_normalised(s) for s in STAFF])
    saved: list[int] = []
    day = today or dt.date.today()
    try:
        for number, file in enumerate(demo_files(day), start=1):
            saved_id = save_file(db, file).id
            assert saved_id is not None  # a saved file has its id
            saved.append(saved_id)
            with db.transaction() as session:
                tickets = demo_incidents(file, number, day)
                insert_incidents(session, [(saved_id, incident) for incident in tickets])
    except BaseException:
        _remove(db, saved)  # each save is its own transaction: undo the ones that succeeded
        raise
    return saved


def _normalised(staff: StaffRef) -> StaffRef:
    """Staff phones and e-mails in the form the app stores them (E.164, normalised).
    Staff numbers are written with their country code: staff belong to no customer."""
    check = Checker("staff")
    phone = check.phone("phone", staff.phone, None)
    email = check.email("email", staff.email)
    check.raise_if_any()
    return StaffRef(staff.name, staff.role, email, phone)


def _remove(db: Database, ids: list[int]) -> None:
    for customer_id in ids:
        with contextlib.suppress(AccountDeskError):
            delete_customer(db, customer_id)
