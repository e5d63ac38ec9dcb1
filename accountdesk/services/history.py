"""A customer's history: who changed what and when, written with the change itself.

Every save of a service file, and every archiving and bringing back, adds one line in the
same transaction, so a save that fails leaves no line and a line never outlives its
customer (deleting a customer deletes its history).
"""

from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from accountdesk.domain.enums import ChangeAction
from accountdesk.domain.history import Change, changes_from_json, changes_to_json
from accountdesk.storage import tables as t
from accountdesk.storage.base import utcnow
from accountdesk.storage.database import Database

NAME_LENGTH = 120


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    changed_at: dt.datetime  # UTC
    changed_by: str
    action: ChangeAction
    changes: list[Change]


def who(author: str = "") -> str:
    """The staff member at the keyboard, else the account logged in to the computer."""
    name = " ".join(author.split())
    if not name:
        try:
            name = getpass.getuser()
        except (OSError, KeyError, ImportError):  # no login name (a service, a container)
            name = ""
    return name[:NAME_LENGTH]


def record(
    session: Session,
    customer_id: int,
    action: ChangeAction,
    changes: list[Change],
    author: str = "",
) -> None:
    """Add a line to the customer's history, inside the caller's transaction."""
    session.add(
        t.ChangeRecord(
            customer_id=customer_id,
            changed_at=utcnow(),
            changed_by=who(author),
            action=action,
            changes_json=changes_to_json(changes),
        )
    )


def customer_history(db: Database, customer_id: int) -> list[HistoryEntry]:
    """The customer's history, newest first. Who changed it: on a team database the
    database role that wrote the line (recorded by the server), shown as the staff member
    linked to it, else as the role; in a local file, the name recorded with the save."""
    statement = (
        select(t.ChangeRecord, t.StaffMember.name)
        .outerjoin(t.StaffMember, t.StaffMember.db_role == t.ChangeRecord.db_role)
        .where(t.ChangeRecord.customer_id == customer_id)
        .order_by(t.ChangeRecord.changed_at.desc(), t.ChangeRecord.id.desc())
    )
    with db.session() as session:
        return [
            HistoryEntry(
                row.id,
                row.changed_at,
                staff_name or row.db_role or row.changed_by,
                row.action,
                changes_from_json(row.changes_json),
            )
            for row, staff_name in session.execute(statement)
        ]
