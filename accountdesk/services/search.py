"""Search across every service file: customers, systems and contacts, as the user types.

The index (storage.search_index) says which records match and in what order; this module
adds what the result list shows: the record's name, its customer, and the field that
matched (host name, phone, e-mail ...).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
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
_Found = TypeVar("_Found", t.Customer, t.System, t.Contact)


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
        customer_names = _customer_names(session, {h.customer_id for h in hits}, include_archived)
        hits = [h for h in hits if h.customer_id in customer_names]
        if not hits:
            return []
        records = _load_records(session, hits)
    words = _query_words(query)
    return [
        _result(hit, records[hit.kind, hit.ref_id], customer_names, words)
        for hit in hits
        if (hit.kind, hit.ref_id) in records
    ]


def _load_records(session: Session, hits: list[search_index.Hit]) -> dict[tuple[str, int], _Record]:
    records: dict[tuple[str, int], _Record] = {}
    records.update(_records(session, hits, "customer", t.Customer))
    records.update(_records(session, hits, "system", t.System))
    records.update(_records(session, hits, "contact", t.Contact))
    return records


def _records(
    session: Session, hits: list[search_index.Hit], kind: str, table: type[_Found]
) -> dict[tuple[str, int], _Found]:
    ids = [h.ref_id for h in hits if h.kind == kind]
    if not ids:
        return {}
    return {(kind, row.id): row for row in session.scalars(select(table).where(table.id.in_(ids)))}


def _customer_names(session: Session, ids: set[int], include_archived: bool) -> dict[int, str]:
    """The names of these customers, without the archived ones unless asked for."""
    statement = select(t.Customer.id, t.Customer.name).where(t.Customer.id.in_(ids))
    if not include_archived:
        statement = statement.where(t.Customer.archived_at.is_(None))
    return dict(session.execute(statement).all())  # rows, not the Result (it has keys())


def _query_words(query: str) -> list[str]:
    return [w for term in query_terms(query) for words in term.alternatives for w in words]


def _result(
    hit: search_index.Hit, record: _Record, customer_names: dict[int, str], words: list[str]
) -> SearchResult:
    return SearchResult(
        kind=hit.kind,
        ref_id=hit.ref_id,
        customer_id=hit.customer_id,
        customer_name=customer_names.get(hit.customer_id, ""),
        title=record.name,
        detail=_detail(hit.kind, record, words),
        score=hit.score,
    )


def _detail(kind: str, record: _Record, words: list[str]) -> str:
    """The field that matched the query, or else the first one the record has."""
    filled = [(f, getattr(record, f)) for f in _DETAIL_FIELDS[kind] if getattr(record, f)]
    matched = [(f, v) for f, v in filled if _field_matches(f, v, words)]
    field, value = (matched or filled or [("", "")])[0]
    # International: results list customers of any country side by side.
    return format_phone(value) if field in _PHONE_FIELDS and value.startswith("+") else value


def _field_matches(field: str, value: str, words: list[str]) -> bool:
    if field in _PHONE_FIELDS:
        return _phone_matches(value, words)
    tokens = search_tokens(value)
    return any(token.startswith(word) for word in words for token in tokens)


def _phone_matches(phone: str, words: list[str]) -> bool:
    """Cheaper than the index's phone forms (no parsing), and enough to pick a field:
    every form is a run of the stored digits, or the national '0' before such a run."""
    digits = "".join(ch for ch in to_ascii_digits(phone) if ch.isdigit())
    return any(word.isdigit() and word.lstrip("0") in digits for word in words)
