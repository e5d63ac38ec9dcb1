"""The SQLite full-text index behind search (FTS5). SQLite-specific parts live here only.

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

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from sqlalchemy import Connection, Result, Row, event, inspect, select
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
# The same statement as migration 0002; kept here for `ensure_index` (tests, repairs).
CREATE_SQL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
    "name, body, fragments, customer_id UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
)
KINDS = ("customer", "system", "contact")
_KIND_SHIFT = 40  # ids stay below 2**40; the kind number sits above them
_WEIGHTS = "10.0, 1.0, 0.5"  # name, body, fragments
# A private-use character: the tokenizer keeps it as a word, and domain.text never lets
# it into a query word, so it can only be matched where we put it.
END = "\ue000"
EXACT_BONUS = 1000.0
# Up to this many matches are ranked by bm25; a broader query (a letter or two) is ranked
# by cheap tiers read in rowid order, since scoring thousands of rows costs too much.
RANK_CAP = 600
_BATCH = 5000


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


def ensure_index(connection: Connection) -> None:
    connection.exec_driver_sql(CREATE_SQL)


def has_index(connection: Connection) -> bool:
    if connection.dialect.name != "sqlite":
        return False
    found = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
    )
    return found.first() is not None


def write_documents(connection: Connection, documents: Iterable[Document]) -> None:
    write_entries(
        connection, [(d.rowid, d.name, d.body, d.fragments, d.customer_id) for d in documents]
    )


def write_entries(connection: Connection, entries: Sequence[Entry]) -> None:
    for start in range(0, len(entries), _BATCH):
        connection.exec_driver_sql(
            f"INSERT OR REPLACE INTO {TABLE} (rowid, name, body, fragments, customer_id) "
            "VALUES (?, ?, ?, ?, ?)",
            entries[start : start + _BATCH],
        )


def remove(connection: Connection, kind: str, ref_id: int) -> None:
    connection.exec_driver_sql(f"DELETE FROM {TABLE} WHERE rowid = ?", (rowid_for(kind, ref_id),))


def remove_customer(connection: Connection, customer_id: int) -> None:
    """The customer and what ON DELETE CASCADE will delete with it, so call it before.

    Looked up through the tables' customer_id indexes: the index's own customer_id is
    unindexed, and scanning it takes tens of milliseconds on a large database.
    """
    rowids = [rowid_for("customer", customer_id)]
    for kind, table in (("system", t.System), ("contact", t.Contact)):
        ids = connection.execute(select(table.id).where(table.customer_id == customer_id))
        rowids += [rowid_for(kind, ref_id) for ref_id in ids.scalars()]
    connection.exec_driver_sql(f"DELETE FROM {TABLE} WHERE rowid = ?", [(r,) for r in rowids])


@contextmanager
def merging_deferred(connection: Connection) -> Iterator[None]:
    """Many rows written in the block: FTS5 merges no segments meanwhile (automerge 0;
    crisismerge still bounds them), which spares a bulk import a good part of its index
    work. The setting is put back at the end of the block, in the same transaction; a
    block that fails leaves it to the rollback."""
    if not has_index(connection):
        yield
        return
    found = connection.exec_driver_sql(f"SELECT v FROM {TABLE}_config WHERE k = 'automerge'")
    before = found.scalar()
    _configure(connection, "automerge", 0)
    yield
    _configure(connection, "automerge", _DEFAULT_AUTOMERGE if before is None else before)


_DEFAULT_AUTOMERGE = 4  # FTS5's


def _configure(connection: Connection, option: str, value: int) -> None:
    connection.exec_driver_sql(
        f"INSERT INTO {TABLE} ({TABLE}, rank) VALUES (?, ?)", (option, int(value))
    )


def optimise(connection: Connection) -> None:
    """Merge the index into one segment: faster queries after a bulk load."""
    connection.exec_driver_sql(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')")


def reindex_all(session: Session) -> None:
    """Rebuild the index from the tables, in the session's transaction."""
    connection = session.connection()
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")  # far faster than DELETE
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
    """The best `limit` matches for what the user typed; never an FTS syntax error."""
    terms = query_terms(text)
    if not terms or limit <= 0:
        return []
    connection = session.connection()
    exact = _name(text)
    if _count_upto(connection, _match(terms), RANK_CAP + 1) <= RANK_CAP:
        return _ranked(connection, _match(terms, whole_words=True), exact, limit)
    return _tiered(connection, terms, exact, limit)


def _phrase(words: Sequence[str], *, prefix: bool = True, initial: bool = False) -> str:
    # Words are letters and digits only (domain.text), so no quote can reach FTS5 syntax.
    return ("^" if initial else "") + '"' + " ".join(words) + '"' + ("*" if prefix else "")


def _term(term: Term, *, initial: bool = False, whole_words: bool = False) -> str:
    phrases = [_phrase(words, initial=initial) for words in term.alternatives]
    if whole_words:  # matching twice scores higher: '1234' over '1234567'
        phrases += [_phrase(words, prefix=False) for words in term.alternatives]
    return phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")"


def _match(
    terms: Sequence[Term], columns: str = "", *, initial: bool = False, whole_words: bool = False
) -> str:
    """FTS5 query text: every term (AND), each of its alternatives (OR) as a phrase.

    `columns` restricts it, e.g. 'name' or '{name body}'; `initial` anchors the first
    term at the start of the column; `whole_words` adds the words without prefix
    matching, so bm25 ranks a whole word above a word it begins (same rows matched).
    """
    parts = [_term(terms[0], initial=initial, whole_words=whole_words)]
    parts += [_term(term, whole_words=whole_words) for term in terms[1:]]
    expression = " AND ".join(parts)
    return f"{columns} : ({expression})" if columns else expression


def _count_upto(connection: Connection, match: str, cap: int) -> int:
    count: int = connection.exec_driver_sql(
        f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE {TABLE} MATCH ? LIMIT ?)",
        (match, cap),
    ).scalar_one()
    return count


def _ranked(connection: Connection, match: str, exact: str, limit: int) -> list[Hit]:
    """bm25, the name weighing most; exact names first; kind order on near ties."""
    rows = connection.exec_driver_sql(
        f"SELECT rowid, customer_id, name = ? AS exact, bm25({TABLE}, {_WEIGHTS}) AS value "
        f"FROM {TABLE} WHERE {TABLE} MATCH ? "
        "ORDER BY exact DESC, round(value, 2), rowid LIMIT ?",
        (exact, match, limit),
    )
    return [_hit(rowid, cid, EXACT_BONUS * exact - value) for rowid, cid, exact, value in rows]


def _tiered(connection: Connection, terms: Sequence[Term], exact: str, limit: int) -> list[Hit]:
    """For broad queries: exact name, name starting with the query, name containing it,
    any field, phone endings; each tier read in rowid order (customers first), only as
    far as needed."""
    tiers = [
        (f'name : ^"{exact}"', EXACT_BONUS),
        (_match(terms, "name", initial=True), 3.0),
        (_match(terms, "name"), 2.0),
        (_match(terms, "{name body}"), 1.0),
        (_match(terms), 0.0),
    ]
    found: dict[int, Hit] = {}
    for match, score in tiers:
        for rowid, cid in _first_matches(connection, match, limit):
            found.setdefault(rowid, _hit(rowid, cid, score))
        if len(found) >= limit:
            break
    return list(found.values())[:limit]


def _first_matches(connection: Connection, match: str, limit: int) -> Sequence[Row[int, int]]:
    return connection.exec_driver_sql(
        f"SELECT rowid, customer_id FROM {TABLE} WHERE {TABLE} MATCH ? LIMIT ?", (match, limit)
    ).all()


def _hit(rowid: int, customer_id: int, score: float) -> Hit:
    kind, ref_id = kind_and_id(rowid)
    return Hit(kind, ref_id, customer_id, score)
