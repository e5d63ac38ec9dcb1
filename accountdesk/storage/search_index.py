"""The index behind search, on either backend: what is indexed, kept in step with the
tables, and how a query is matched and ranked. The backends hold the same text and rank
it the same way: an FTS5 table in a SQLite file (`storage.search_fts5`), a table with an
index of its words on PostgreSQL (`storage.search_postgres`); only those modules know
which is which.

One index row per customer, system and contact, in three columns, weighted in that
order: `name` (the record's name), `body` (everything else it is found by) and
`fragments` (the endings of phone numbers). All text is normalised by `domain.text`
first, so the tokenizer only splits words. The name ends with END, a word no query can
contain, so an exact name is the indexed phrase `^"<name> END"`, found without reading rows.

The rowid encodes what the row is about: kind in the high bits, the record's id below.
Reading matches in rowid order therefore gives customers first, then systems, then
contacts, without reading any row.

The index follows the ORM: mapper events write it on the same connection, in the same
transaction, as the change itself. Writes that bypass the ORM (Core or bulk statements)
must call `reindex_all`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from sqlalchemy import Connection, Result, event, inspect, select
from sqlalchemy.orm import Mapper, Session

from accountdesk.domain.text import (
    Term,
    exact_key,
    further_search_words,
    phone_search_forms,
    query_terms,
)
from accountdesk.storage import tables as t
from accountdesk.storage.base import Base

TABLE = "search_index"
KINDS = ("customer", "system", "contact")
_KIND_SHIFT = 40  # ids stay below 2**40; the kind number sits above them
# A private-use character: the tokenizer keeps it as a word, and domain.text never lets
# it into a query word, so it can only be matched where we put it.
END = "\ue000"
EXACT_BONUS = 1000.0
# Up to this many matches are ranked by bm25; a broader query (a letter or two) is ranked
# by cheap tiers read in rowid order, since scoring thousands of rows costs too much.
RANK_CAP = 600


# ---------------------------------------------------------------- documents


@dataclass(frozen=True)
class Document:
    rowid: int
    name: str
    body: str
    fragments: str
    customer_id: int


# A Document as the index's row: rowid, name, body, fragments, customer_id.
Entry = tuple[int, str, str, str, int]


def rowid_for(kind: str, ref_id: int) -> int:
    return ((KINDS.index(kind) + 1) << _KIND_SHIFT) | ref_id


def kind_and_id(rowid: int) -> tuple[str, int]:
    return KINDS[(rowid >> _KIND_SHIFT) - 1], rowid & ((1 << _KIND_SHIFT) - 1)


# The columns each kind is indexed from, as attributes: of a mapped object, or of a Core
# row read by the caller (a migration reads them as its schema was).


class CustomerColumns(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def industry(self) -> str: ...


class SystemColumns(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def customer_id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def host(self) -> str: ...
    @property
    def address(self) -> str: ...
    @property
    def serial(self) -> str: ...
    @property
    def business_function(self) -> str: ...
    @property
    def version(self) -> str: ...


class ContactColumns(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def customer_id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def phone(self) -> str: ...
    @property
    def mobile(self) -> str: ...


def _words(*fields: str | None) -> str:
    # The words of each field in turn: a space cannot join or split words, so the fields
    # are normalised together, once (an import indexes 100,000 systems).
    return exact_key(" ".join([f for f in fields if f]))


def _name(name: str) -> str:
    return f"{exact_key(name)} {END}"


def _further(name: str, *fields: str | None) -> list[str]:
    """The other forms of the name's and the text fields' words ('פועלים' of 'הפועלים',
    the parts of 'پارس‌نت'), in the body: a word as written, in the name, ranks above."""
    words = further_search_words(name, join_words=True)
    for field in fields:
        if field:
            words += _field_further(field)
    return list(dict.fromkeys(words)) if words else words


@lru_cache(maxsize=4096)
def _field_further(field: str) -> tuple[str, ...]:
    # A field other than the name (a system's business function, a role) is often the same
    # in many records: an import of thousands works its forms out once.
    return tuple(further_search_words(field))


def _body(*parts: str) -> str:
    return " ".join(part for part in parts if part)


def customer_document(row: CustomerColumns) -> Document:
    rowid = rowid_for("customer", row.id)
    body = _body(_words(row.industry), *_further(row.name, row.industry))
    return Document(rowid, _name(row.name), body, "", row.id)


def system_document(row: SystemColumns) -> Document:
    fields = (row.name, row.host, row.address, row.serial, row.business_function, row.version)
    return Document(*system_entry(row.id, row.customer_id, *fields))


# The arguments of `system_entry` after the ids: a system's searchable fields.
SYSTEM_SEARCHED = ("name", "host", "address", "serial", "business_function", "version")
_SYSTEM_ROWID = (KINDS.index("system") + 1) << _KIND_SHIFT


def system_entry(
    system_id: int,
    customer_id: int,
    name: str,
    host: str,
    address: str,
    serial: str,
    business_function: str,
    version: str,
) -> Entry:
    """A system's index row, made from its fields as they are (a bulk import writes
    100,000 of these: no object in between)."""
    body = _words(host, address, serial, business_function, version)
    further = _further(name, business_function)
    if further:
        body = _body(body, *further)
    return (_SYSTEM_ROWID | system_id, _name(name), body, "", customer_id)


def contact_document(row: ContactColumns, country: str | None) -> Document:
    """`country`: the one the contact's numbers are read in (its own, else the customer's)."""
    phones = [phone_search_forms(p, country) for p in (row.phone, row.mobile) if p]
    body = " ".join(
        [
            _words(row.role, row.email),
            *_further(row.name, row.role),
            *(w for p in phones for w in p.whole),
        ]
    )
    fragments = " ".join(s for p in phones for s in p.suffixes)
    rowid = rowid_for("contact", row.id)
    return Document(rowid, _name(row.name), body.strip(), fragments, row.customer_id)


# ---------------------------------------------------------------- writing


# A match and its ranking, as the backends compute them: (rowid, customer_id, whether
# the name is exactly the query's, bm25's value: lower is better).
Ranked = tuple[int, int, bool, float]


@dataclass(frozen=True)
class Match:
    """What a query matches: every term (AND), any of its alternatives (OR) as a phrase.

    `columns` restricts it ('name', or 'name' and 'body'; none: all three); `initial`
    anchors the first term at the start of the column; `prefix`: each phrase's last word
    may begin a longer word; `whole_words` adds the phrases without the prefix, so a whole
    word ranks above a word it begins (the same rows match).
    """

    terms: Sequence[Term]
    columns: tuple[str, ...] = ()
    initial: bool = False
    prefix: bool = True
    whole_words: bool = False


class Backend(Protocol):
    """What `search_fts5` and `search_postgres` each provide."""

    def create(self, connection: Connection) -> None: ...
    def drop(self, connection: Connection) -> None: ...
    def exists(self, connection: Connection) -> bool: ...
    def write(self, connection: Connection, entries: Sequence[Entry]) -> None: ...
    def delete(self, connection: Connection, rowids: Sequence[int]) -> None: ...
    def merging_deferred(self, connection: Connection) -> AbstractContextManager[None]: ...
    def optimise(self, connection: Connection) -> None: ...
    def ranked(
        self, connection: Connection, match: Match, exact: str, limit: int, cap: int
    ) -> list[Ranked] | None: ...
    def first_matches(
        self, connection: Connection, match: Match, limit: int
    ) -> list[tuple[int, int]]: ...


def backend(connection: Connection) -> Backend:
    if connection.dialect.name == "postgresql":
        from accountdesk.storage import search_postgres

        return search_postgres
    from accountdesk.storage import search_fts5

    return search_fts5


def ensure_index(connection: Connection) -> None:
    backend(connection).create(connection)


def drop_index(connection: Connection) -> None:
    backend(connection).drop(connection)


def has_index(connection: Connection) -> bool:
    return backend(connection).exists(connection)


def write_documents(connection: Connection, documents: Iterable[Document]) -> None:
    write_entries(
        connection, [(d.rowid, d.name, d.body, d.fragments, d.customer_id) for d in documents]
    )


def write_entries(connection: Connection, entries: Sequence[Entry]) -> None:
    backend(connection).write(connection, entries)


def remove(connection: Connection, kind: str, ref_id: int) -> None:
    backend(connection).delete(connection, [rowid_for(kind, ref_id)])


def remove_customer(connection: Connection, customer_id: int) -> None:
    """The customer and what ON DELETE CASCADE will delete with it, so call it before.

    Looked up through the tables' customer_id indexes: the index's own customer_id is
    unindexed, and scanning it takes tens of milliseconds on a large database.
    """
    rowids = [rowid_for("customer", customer_id)]
    for kind, table in (("system", t.System), ("contact", t.Contact)):
        ids = connection.execute(select(table.id).where(table.customer_id == customer_id))
        rowids += [rowid_for(kind, ref_id) for ref_id in ids.scalars()]
    backend(connection).delete(connection, rowids)


def merging_deferred(connection: Connection) -> AbstractContextManager[None]:
    """Many rows written in the block: the index defers the work it can (FTS5 merges no
    segments meanwhile) until the block ends."""
    if not has_index(connection):
        return nullcontext()
    return backend(connection).merging_deferred(connection)


def optimise(connection: Connection) -> None:
    """Faster queries after a bulk load."""
    backend(connection).optimise(connection)


def reindex_all(session: Session) -> None:
    """Rebuild the index from the tables, in the session's transaction."""
    connection = session.connection()
    drop_index(connection)
    ensure_index(connection)
    index_tables(
        connection,
        connection.execute(select(t.Customer.__table__)),
        connection.execute(select(t.System.__table__)),
        connection.execute(select(t.Contact.__table__)),
    )


def index_tables(
    connection: Connection,
    customers: Result[*tuple[Any, ...]],
    systems: Result[*tuple[Any, ...]],
    contacts: Result[*tuple[Any, ...]],
) -> None:
    """Index rows read by the caller (so a migration can read them as its schema was;
    before countries, customers and contacts have no `country` column)."""
    customer_rows = customers.all()
    country_of = {row.id: getattr(row, "country", None) for row in customer_rows}
    write_documents(connection, [customer_document(row) for row in customer_rows])
    write_documents(connection, [system_document(row) for row in systems.all()])
    write_documents(
        connection,
        [
            contact_document(row, getattr(row, "country", None) or country_of.get(row.customer_id))
            for row in contacts.all()
        ],
    )
    optimise(connection)


# ---------------------------------------------------------------- following the ORM

Indexed = t.Customer | t.System | t.Contact

# What each mapped class is indexed as, and which changes make it stale.
_MAPPED: dict[type[Indexed], tuple[str, tuple[str, ...]]] = {
    t.Customer: ("customer", ("name", "industry")),
    t.System: (
        "system",
        ("customer_id", "name", "host", "address", "serial", "business_function", "version"),
    ),
    t.Contact: (
        "contact",
        ("customer_id", "name", "role", "email", "phone", "mobile", "country"),
    ),
}


def _document(connection: Connection, target: Indexed) -> Document:
    if isinstance(target, t.Customer):
        return customer_document(target)
    if isinstance(target, t.System):
        return system_document(target)
    return contact_document(target, target.country or _customer_country(connection, target))


def _customer_country(connection: Connection, contact: t.Contact) -> str | None:
    """From the customer object when the session has it (saving a file always does), else
    from its row: no lazy load inside a flush."""
    mapped: Base = contact
    customer = inspect(mapped).attrs["customer"].loaded_value
    if isinstance(customer, t.Customer):
        return customer.country
    found = connection.execute(
        select(t.Customer.country).where(t.Customer.id == contact.customer_id)
    )
    return found.scalar_one_or_none()


def _on_saved(_mapper: Mapper[Indexed], connection: Connection, target: Indexed) -> None:
    if has_index(connection):
        write_documents(connection, [_document(connection, target)])


def _on_updated(mapper: Mapper[Indexed], connection: Connection, target: Indexed) -> None:
    _kind, watched = _MAPPED[type(target)]
    mapped: Base = target  # one state type for the three classes
    state = inspect(mapped)
    if any(state.attrs[name].history.has_changes() for name in watched):
        _on_saved(mapper, connection, target)
    if isinstance(target, t.Customer) and state.attrs["country"].history.has_changes():
        _reindex_contacts_of(connection, target)


def _reindex_contacts_of(connection: Connection, customer: t.Customer) -> None:
    """Contacts without a country of their own are read in the customer's."""
    if not has_index(connection):
        return
    rows = connection.execute(
        select(t.Contact.__table__).where(
            t.Contact.customer_id == customer.id, t.Contact.country.is_(None)
        )
    )
    write_documents(connection, [contact_document(row, customer.country) for row in rows])


def _on_deleted(_mapper: Mapper[Indexed], connection: Connection, target: Indexed) -> None:
    if has_index(connection):
        remove(connection, _MAPPED[type(target)][0], target.id)


def _on_deleting_customer(
    _mapper: Mapper[t.Customer], connection: Connection, target: t.Customer
) -> None:
    # Before the DELETE: afterwards the database has already removed the children.
    if has_index(connection):
        remove_customer(connection, target.id)


def _install_listeners() -> None:
    for cls in _MAPPED:
        event.listen(cls, "after_insert", _on_saved)
        event.listen(cls, "after_update", _on_updated)
        if cls is t.Customer:
            event.listen(cls, "before_delete", _on_deleting_customer)
        else:
            event.listen(cls, "after_delete", _on_deleted)


_install_listeners()


# ---------------------------------------------------------------- querying


@dataclass(frozen=True)
class Hit:
    kind: str  # 'customer' | 'system' | 'contact'
    ref_id: int
    customer_id: int
    score: float  # higher is better; compare only within one result list


def query(session: Session, text: str, limit: int = 50) -> list[Hit]:
    """The best `limit` matches for what the user typed; never a syntax error."""
    terms = query_terms(text)
    if not terms or limit <= 0:
        return []
    connection = session.connection()
    index = backend(connection)
    exact = _name(text)
    ranked = index.ranked(connection, Match(terms, whole_words=True), exact, limit, RANK_CAP)
    if ranked is not None:
        return [
            _hit(rowid, cid, EXACT_BONUS * is_exact - value)
            for rowid, cid, is_exact, value in ranked
        ]
    return _tiered(connection, index, terms, exact, limit)


def _tiered(
    connection: Connection, index: Backend, terms: Sequence[Term], exact: str, limit: int
) -> list[Hit]:
    """For broad queries: exact name, name starting with the query, name containing it,
    any field, phone endings; each tier read in rowid order (customers first), only as
    far as needed."""
    whole_name = Term((tuple(exact.split()),))
    tiers = [
        (Match([whole_name], ("name",), initial=True, prefix=False), EXACT_BONUS),
        (Match(terms, ("name",), initial=True), 3.0),
        (Match(terms, ("name",)), 2.0),
        (Match(terms, ("name", "body")), 1.0),
        (Match(terms), 0.0),
    ]
    found: dict[int, Hit] = {}
    for match, score in tiers:
        for rowid, cid in index.first_matches(connection, match, limit):
            found.setdefault(rowid, _hit(rowid, cid, score))
        if len(found) >= limit:
            break
    return list(found.values())[:limit]


def _hit(rowid: int, customer_id: int, score: float) -> Hit:
    kind, ref_id = kind_and_id(rowid)
    return Hit(kind, ref_id, customer_id, score)
