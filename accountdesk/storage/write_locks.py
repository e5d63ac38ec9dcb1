"""Who waits for whom when saving to a team database (PostgreSQL's advisory locks, held
until the transaction ends).

A save of one customer changes that customer's rows only, so saves of different customers
need not wait for each other: each takes the write lock *shared* and its customer's lock
alone. A user action that may touch anything (an import of many, a copy, a restore of a
version) takes the write lock *exclusively*, and so waits for the saves under way and
makes new ones wait, as one writer at a time in a SQLite file. The few things saves of
different customers share are guarded where they are touched: a staff member a save
names for the first time is made under the staff list's lock (two saves naming the same
new person make one record). What else they share the database's constraints guard (a
customer's name is unique) or no one reads back (history lines, the search index's rows).

Locks are always taken in one order (write lock, customers by id, staff list), so two
saves cannot wait for each other.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

# bigint keys (one key space), and the two-integer key space of customers.
WRITE_LOCK = 0x41444B32
STAFF_LOCK = 0x41444B34
CUSTOMER_SPACE = 0x41444B33

_EXCLUSIVE = text(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
_SHARED = text(f"SELECT pg_advisory_xact_lock_shared({WRITE_LOCK})")
_CUSTOMER = text(f"SELECT pg_advisory_xact_lock({CUSTOMER_SPACE}, :id)")
_STAFF = text(f"SELECT pg_advisory_xact_lock({STAFF_LOCK})")


def lock_for_writing(session: Session, customers: Iterable[int] | None) -> None:
    """The locks of a user action changing only `customers` (saved ones, by id; new ones
    need none), or anything (None)."""
    if customers is None:
        session.execute(_EXCLUSIVE)
        return
    session.execute(_SHARED)
    for customer_id in sorted(set(customers)):
        session.execute(_CUSTOMER, {"id": customer_id})


def lock_staff_list(session: Session) -> None:
    """Before a staff member is made: one maker at a time (a no-op in a SQLite file,
    where the writer is alone already)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_STAFF)
