"""Search across every service file: customers, systems and contacts, as the user types.

The index (storage.search_index) says which records match and in what order; this module
adds what the result list shows: the record's name, its customer, and the field that
matched (host name, phone, e-mail ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Row, Select, bindparam, select
from sqlalchemy.orm import Session

from accountdesk.domain.digits import to_ascii_digits
from accountdesk.domain.phones import format_phone
from accountdesk.domain.text import query_terms, search_tokens
from accountdesk.storage import search_index
from accountdesk.storage import tables as t
from accountdesk.storage.database import Database

# The fields a result can show as its detail, best first; the first that matched is shown.
_DETAIL_FIELDS = {
    "customer": ("industry",),
    "system": ("host", "address", "serial", "business_function", "version"),
    "contact": ("phone", "mobile", "email", "role"),
}
_PHONE_FIELDS = frozenset({"phone", "mobile"})
# The records a hit can be.
_Record = t.Customer | t.System | t.Contact


@dataclass(frozen=True)
class SearchResult:
    kind: str  # 'customer' | 'system' | 'contact'
    ref_id: int
    customer_id: int
    customer_name: str
    title: str
    detail: str
    score: float


def search(
    db: Database, query: str, limit: int = 50, include_archived: bool = False
) -> list[SearchResult]:
    """Best matches first: exact names, then by relevance, customers before systems.

    Archived customers, and their systems and contacts, are left out unless asked for.
    """
    with db.session() as session:
        hits = search_index.query(session, query, limit)
        records = _load_records(session, hits, include_archived) if hits else {}
        # Nothing was written: a commit ends the reading as well as a rollback would, and
        # the connection keeps the statements it has prepared for the next search (at a
        # rollback the driver forgets them all).
        session.commit()
    if not hits:
        return []
    words = _query_words(query)
    return [
        _result(hit, records[hit.kind, hit.ref_id], words)
        for hit in hits
        if (hit.kind, hit.ref_id) in records
    ]


# What a result shows of each kind of record: the columns read for it, as plain rows (a
# search is typed a letter at a time; mapped objects cost more than the search itself).
_Shown = Row[*tuple[Any, ...]]
_OWNER = {"system": t.System.customer_id, "contact": t.Contact.customer_id}
_TABLES: dict[str, type[_Record]] = {
    "customer": t.Customer,
    "system": t.System,
    "contact": t.Contact,
}


def _load_records(
    session: Session, hits: list[search_index.Hit], include_archived: bool
) -> dict[tuple[str, int], _Shown]:
    """Each hit's record with its customer's name, one statement a kind; the records of
    archived customers are left out unless asked for."""
    records: dict[tuple[str, int], _Shown] = {}
    connection = session.connection()
    for kind in _TABLES:
        ids = [h.ref_id for h in hits if h.kind == kind]
        if ids:
            rows = connection.execute(_shown(kind, include_archived), {"ids": ids})
            records.update(((kind, row.id), row) for row in rows)
    return records


@lru_cache(maxsize=len(_TABLES) * 2)
def _shown(kind: str, include_archived: bool) -> Select[Any]:
    """The statement reading what results of a kind show, built once: run on the
    connection with the ids, not through the ORM (a third of a search's own time)."""
    table = _TABLES[kind]
    columns = [getattr(table, name) for name in ("id", "name", *_DETAIL_FIELDS[kind])]
    statement = select(*columns, t.Customer.name.label("customer_name")).where(
        table.id.in_(bindparam("ids", expanding=True))
    )
    if kind in _OWNER:
        statement = statement.join(t.Customer, _OWNER[kind] == t.Customer.id)
    if not include_archived:
        statement = statement.where(t.Customer.archived_at.is_(None))
    return statement


def _query_words(query: str) -> list[str]:
    return [w for term in query_terms(query) for words in term.alternatives for w in words]


def _result(hit: search_index.Hit, record: _Shown, words: list[str]) -> SearchResult:
    return SearchResult(
        kind=hit.kind,
        ref_id=hit.ref_id,
        customer_id=hit.customer_id,
        customer_name=record.customer_name,
        title=record.name,
        detail=_detail(hit.kind, record, words),
        score=hit.score,
    )


def _detail(kind: str, record: _Shown, words: list[str]) -> str:
    """The field that matched the query, or else the first one the record has."""
    filled = [(f, v) for f in _DETAIL_FIELDS[kind] if (v := getattr(record, f))]
    field, value = next(
        ((f, v) for f, v in filled if _field_matches(f, v, words)),
        filled[0] if filled else ("", ""),
    )
    # International: results list customers of any country side by side.
    return format_phone(value) if field in _PHONE_FIELDS and value.startswith("+") else value


def _field_matches(field: str, value: str, words: list[str]) -> bool:
    if field in _PHONE_FIELDS:
        return _phone_matches(value, words)
    return any(token.startswith(word) for word in words for token in _tokens(value))


@lru_cache(maxsize=8192)
def _tokens(value: str) -> tuple[str, ...]:
    # Results show the same values again as the user types (and roles, functions, domains
    # are shared by many records).
    return tuple(search_tokens(value))


_NOT_DIGIT = re.compile(r"[^0-9]")


def _phone_matches(phone: str, words: list[str]) -> bool:
    """Cheaper than the index's phone forms (no parsing), and enough to pick a field:
    every form is a run of the stored digits, or the national '0' before such a run."""
    digits = _NOT_DIGIT.sub("", to_ascii_digits(phone))
    return any(word.isdigit() and word.lstrip("0") in digits for word in words)
