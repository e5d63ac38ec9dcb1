"""Copying customers from one database into another (`accountdesk copy`), either way
between a SQLite file and a team database on a PostgreSQL server.

Every table of the schema is copied row by row, columns as they are: the service file,
summary versions with their PDFs, hashes and signatures, the change history, incidents,
aliases and feedback. Nothing is rebuilt, so what was issued and signed still verifies.

Identity: a customer is the one of the same name (names are unique in a database); a
staff member likewise. A customer the destination already has is reported and left as
it is there, with nothing of the source's added to it; so is a customer one of whose
aliases or incident tickets the destination already files under another customer (both
are unique too). A staff member of the same name is the destination's own: the copied
customers refer to it, and it is not changed.

Rows keep their ids where the destination has them free (into an empty database: all of
them, so a round trip gives the same rows back); a row whose id is taken gets the next free
one, and every reference to it follows. Everything happens in one transaction on the
destination: an interruption leaves it as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, func, select, text

from accountdesk.storage import search_index
from accountdesk.storage import tables as t
from accountdesk.storage.base import Base
from accountdesk.storage.database import Database

__all__ = ["CopyResult", "Skipped", "copy_customers", "delete_named"]

Progress = Callable[[int, int], None]
# Rows inserted at once: few round trips to a server, little memory for PDFs.
CHUNK = 200


@dataclass(frozen=True)
class Skipped:
    """A customer left out, and why: the destination already has it (`alias`/`ticket`
    empty), or files one of its aliases or tickets under another customer."""

    name: str
    alias: str = ""
    ticket: str = ""


@dataclass
class CopyResult:
    copied: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    staff_added: int = 0
    staff_existing: int = 0


TABLES: list[Table] = [
    table for table in Base.metadata.sorted_tables if table.name not in {"staff_members"}
]
STAFF: Table = t.StaffMember.__table__  # type: ignore[assignment]
CUSTOMERS: Table = t.Customer.__table__  # type: ignore[assignment]


def copy_customers(
    source: Database,
    destination: Database,
    progress: Progress | None = None,
    *,
    only: list[int] | None = None,
    replace: bool = False,
) -> CopyResult:
    """Copy every customer of `source` (or those of ids `only`) the destination does not
    have, with all that is theirs, and the staff; one transaction on the destination.
    With `replace`, the destination's customers of the same names are deleted first (the
    offline copy: the server's version is the one to keep)."""
    result = CopyResult()
    with source.session() as reading, destination.transaction() as writing:
        src = reading.connection()
        dst = writing.connection()
        if replace:
            _delete_same_names(src, dst, only)
        ids: dict[str, dict[int, int]] = {}
        kept_roles = _keep_history_roles(dst, keep=True)
        ids[STAFF.name] = _copy_staff(src, dst, result)
        customers = _customers_to_copy(src, dst, result, only)
        chosen = list(customers)
        total = sum(_count(src, table, chosen if only is not None else None) for table in TABLES)
        done = 0
        for table in TABLES:
            taken = set(dst.execute(select(table.c.id)).scalars())
            mapping = ids.setdefault(table.name, {})
            rows: list[dict[str, Any]] = []
            query = select(table).order_by(table.c.id)
            if only is not None:
                query = query.where(_of(table, chosen))
            for row in src.execute(query).mappings():
                done += 1
                values = _remapped(table, dict(row), ids, customers)
                if values is not None:
                    values["id"] = _free_id(row["id"], taken)
                    mapping[row["id"]] = values["id"]
                    rows.append(values)
                if len(rows) == CHUNK or done % CHUNK == 0:
                    _insert(dst, table, rows)
                    if progress is not None:
                        progress(done, total)
            _insert(dst, table, rows)
        if kept_roles:
            _keep_history_roles(dst, keep=False)
        _reset_sequences(dst)
        _index(dst, list(ids[CUSTOMERS.name].values()))
        result.copied = [name for _, name in sorted(customers.values())]
    if progress is not None:
        progress(1, 1)
    return result


def _copy_staff(src: Connection, dst: Connection, result: CopyResult) -> dict[int, int]:
    existing = {row.name: row.id for row in dst.execute(select(STAFF.c.id, STAFF.c.name))}
    taken = set(existing.values())
    mapping: dict[int, int] = {}
    for row in src.execute(select(STAFF).order_by(STAFF.c.id)).mappings():
        if row["name"] in existing:
            mapping[row["id"]] = existing[row["name"]]
            result.staff_existing += 1
            continue
        values = dict(row)
        values["id"] = _free_id(row["id"], taken)
        dst.execute(STAFF.insert(), values)
        mapping[row["id"]] = values["id"]
        result.staff_added += 1
    return mapping


def _of(table: Table, customer_ids: list[int]) -> ColumnElement[bool]:
    """The rows of `table` that belong to these customers (through its owner's key)."""
    if table is CUSTOMERS:
        return CUSTOMERS.c.id.in_(customer_ids)
    if "customer_id" in table.c:
        return table.c.customer_id.in_(customer_ids)
    owner = next(
        column
        for column in table.columns
        if column.foreign_keys and not column.nullable and column.name != "id"
    )
    parent = next(iter(owner.foreign_keys)).column.table
    return owner.in_(select(parent.c.id).where(_of(parent, customer_ids)))


def _delete_same_names(src: Connection, dst: Connection, only: list[int] | None) -> None:
    """The destination's customers these replace: of the same name, or (renamed since)
    holding the same aliases or incident tickets."""
    query = select(CUSTOMERS.c.name)
    if only is not None:
        query = query.where(CUSTOMERS.c.id.in_(only))
    names = set(src.execute(query).scalars())
    aliases, incidents = t.CustomerAlias.__table__.c, t.Incident.__table__.c
    for column, key in (
        (aliases.folded, aliases.customer_id),
        (incidents.ticket, incidents.customer_id),
    ):
        mine = select(column)
        if only is not None:
            mine = mine.where(key.in_(only))
        values = list(src.execute(mine).scalars())
        holders = (
            select(CUSTOMERS.c.name)
            .join_from(CUSTOMERS, column.table, CUSTOMERS.c.id == key)
            .where(column.in_(values))
        )
        names.update(dst.execute(holders).scalars())
    delete_named(dst, sorted(names))


def delete_named(dst: Connection, names: list[str]) -> None:
    """Delete the customers of these names, with everything of theirs."""
    gone = list(dst.execute(select(CUSTOMERS.c.id).where(CUSTOMERS.c.name.in_(names))).scalars())
    if gone:
        # Escalation paths first: a cascade that removed a level's contact before the
        # level would leave it naming no one, which its table refuses.
        paths: Table = t.EscalationPath.__table__  # type: ignore[assignment]
        dst.execute(paths.delete().where(paths.c.customer_id.in_(gone)))
        dst.execute(CUSTOMERS.delete().where(CUSTOMERS.c.id.in_(gone)))


def _customers_to_copy(
    src: Connection, dst: Connection, result: CopyResult, only: list[int] | None = None
) -> dict[int, tuple[int, str]]:
    """Source id → (order, name) of each customer to copy; the others go to `skipped`."""
    names = set(dst.execute(select(CUSTOMERS.c.name)).scalars())
    aliases = t.CustomerAlias.__table__.c
    incidents = t.Incident.__table__.c
    dst_aliases = set(dst.execute(select(aliases.folded)).scalars())
    dst_tickets = set(dst.execute(select(incidents.ticket)).scalars())
    alias_of = _grouped(src.execute(select(aliases.customer_id, aliases.folded, aliases.alias)))
    ticket_of = _grouped(src.execute(select(incidents.customer_id, incidents.ticket)))
    chosen: dict[int, tuple[int, str]] = {}
    query = select(CUSTOMERS.c.id, CUSTOMERS.c.name).order_by(CUSTOMERS.c.name)
    if only is not None:
        query = query.where(CUSTOMERS.c.id.in_(only))
    for order, (customer_id, name) in enumerate(src.execute(query)):
        if name in names:
            result.skipped.append(Skipped(name))
            continue
        alias = next((a[1] for a in alias_of.get(customer_id, []) if a[0] in dst_aliases), "")
        ticket = next((k[0] for k in ticket_of.get(customer_id, []) if k[0] in dst_tickets), "")
        if alias or ticket:
            result.skipped.append(Skipped(name, alias=alias, ticket=ticket))
            continue
        chosen[customer_id] = (order, name)
    return chosen


def _grouped(rows: Iterable[Any]) -> dict[int, list[tuple[Any, ...]]]:
    grouped: dict[int, list[tuple[Any, ...]]] = {}
    for row in rows:
        grouped.setdefault(row[0], []).append(tuple(row[1:]))
    return grouped


def _remapped(
    table: Table,
    values: dict[str, Any],
    ids: dict[str, dict[int, int]],
    customers: dict[int, tuple[int, str]],
) -> dict[str, Any] | None:
    """The row with its references turned into the destination's ids; None when the
    row belongs to something not copied."""
    if table is CUSTOMERS and values["id"] not in customers:
        return None
    for column in table.columns:
        for key in column.foreign_keys:
            old = values[column.name]
            if old is None:
                continue
            new = ids.get(key.column.table.name, {}).get(old)
            if new is None and not column.nullable:  # its owner was not copied
                return None
            values[column.name] = new  # None: an optional reference to a row not copied
    return values


def _free_id(wanted: int, taken: set[int]) -> int:
    new = wanted if wanted not in taken else max(taken) + 1
    taken.add(new)
    return new


def _count(connection: Connection, table: Table, customer_ids: list[int] | None) -> int:
    query = select(func.count()).select_from(table)
    if customer_ids is not None:
        query = query.where(_of(table, customer_ids))
    return int(connection.execute(query).scalar_one())


def _insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert the rows gathered so far, and forget them."""
    if rows:
        connection.execute(table.insert(), rows)
        rows.clear()


# A team database's trigger that records who wrote each history line (migration 0011).
_ROLE_TRIGGER = "change_history_role"


def _keep_history_roles(connection: Connection, *, keep: bool) -> bool:
    """A copy carries its history lines as they were written: the role trigger is switched
    off for the copy's transaction, and on again in it (ALTER TABLE is transactional on
    PostgreSQL). Only the tables' owner may; for anyone else the lines name the copying
    role, which is what the server saw. True when the trigger was switched."""
    if connection.dialect.name != "postgresql":
        return False
    owner = connection.execute(
        text(
            "SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_trigger g "
            "JOIN pg_class c ON c.oid = g.tgrelid WHERE g.tgname = :name"
        ),
        {"name": _ROLE_TRIGGER},
    ).scalar()
    if not owner:
        return False
    action = "DISABLE" if keep else "ENABLE"
    connection.exec_driver_sql(f"ALTER TABLE change_history {action} TRIGGER {_ROLE_TRIGGER}")
    return True


def _reset_sequences(connection: Connection) -> None:
    """On PostgreSQL, rows inserted with their ids leave each table's sequence behind: move
    it past the highest id, so the next save gets a free one. (SQLite takes the next id
    from the table itself.)"""
    if connection.dialect.name != "postgresql":
        return
    for table in [STAFF, *TABLES]:
        connection.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            ),
            {"table": table.name},
        )


def _index(connection: Connection, customer_ids: list[int]) -> None:
    """The copied customers, systems and contacts in the destination's search index."""
    if not customer_ids or not search_index.has_index(connection):
        return
    customers, systems, contacts = (
        t.Customer.__table__,
        t.System.__table__,
        t.Contact.__table__,
    )
    search_index.index_tables(
        connection,
        connection.execute(select(customers).where(customers.c.id.in_(customer_ids))),
        connection.execute(select(systems).where(systems.c.customer_id.in_(customer_ids))),
        connection.execute(select(contacts).where(contacts.c.customer_id.in_(customer_ids))),
    )
