"""The home view's agenda: what falls due for a staff member on a day, over every customer
in service (or only theirs).

One SQL statement a kind, over the tables rather than the mapped classes, so 10,000
customers cost a few index scans; the promises of the quarter are computed
(`services.promises`) only for the customers that have agreed targets and incidents.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from accountdesk.domain import agenda as a
from accountdesk.domain.agenda import AgendaItem, AgendaKind, shorten
from accountdesk.domain.enums import ExpectationStatus, SummaryStatus
from accountdesk.services.promises import quarter_promises
from accountdesk.storage import tables as t
from accountdesk.storage.database import Database

_CUSTOMER = t.Customer.__table__.c
_STAFF = t.StaffMember.__table__.c


@dataclass(frozen=True)
class AgendaQuery:
    """Whose agenda, for which day: `staff` is the signed-in staff member's name ("" when
    none is chosen); `mine` keeps the customers they manage, support or back up."""

    today: dt.date
    staff: str = ""
    mine: bool = False
    now: dt.datetime | None = None  # the moment the quarter's figures are taken at

    @property
    def horizon(self) -> dt.date:
        return self.today + dt.timedelta(days=a.HORIZON_DAYS)


def agenda(db: Database, query: AgendaQuery) -> list[AgendaItem]:
    """Every item, section by section (`AgendaKind` order), each section by due date
    (undated last), then customer name."""
    items: list[AgendaItem] = []
    with db.session() as session:
        for read in _READERS.values():
            items.extend(sorted(read(session, query), key=_order))
    promises = quarter_promises(db, _scope(query), query.today, query.now)
    at = next((i for i, item in enumerate(items) if _after_promises(item)), len(items))
    return [*items[:at], *promises, *items[at:]]


def _after_promises(item: AgendaItem) -> bool:
    order = list(AgendaKind)
    return order.index(item.kind) > order.index(AgendaKind.PROMISE)


def _order(item: AgendaItem) -> tuple[bool, dt.date, str, int]:
    return (item.due is None, item.due or dt.date.max, item.customer, item.record_id or 0)


def _scope(query: AgendaQuery) -> ColumnElement[bool]:
    """The customers in service, and with `mine` only the staff member's."""
    condition: ColumnElement[bool] = _CUSTOMER.archived_at.is_(None)
    if query.mine:
        me = select(_STAFF.id).where(_STAFF.name == query.staff).scalar_subquery()
        condition = and_(
            condition,
            or_(
                _CUSTOMER.account_manager_id == me,
                _CUSTOMER.supporter_id == me,
                _CUSTOMER.backup_supporter_id == me,
            ),
        )
    return condition


def _rows(session: Session, statement: Select[tuple]) -> list[tuple]:  # type: ignore[type-arg]
    return [tuple(row) for row in session.connection().execute(statement)]


# ---------------------------------------------------------------- each kind


def _reviews(session: Session, query: AgendaQuery) -> list[AgendaItem]:
    statement = select(_CUSTOMER.id, _CUSTOMER.name, _CUSTOMER.next_review).where(
        _scope(query), _CUSTOMER.next_review <= query.horizon
    )
    return [
        AgendaItem(AgendaKind.REVIEW, cid, name, "overview", None, due, a.REVIEW)
        for cid, name, due in _rows(session, statement)
    ]


def _expectation_reviews(session: Session, query: AgendaQuery) -> list[AgendaItem]:
    e = t.Expectation.__table__.c
    statement = (
        select(e.id, _CUSTOMER.id, _CUSTOMER.name, e.review_date, e.customer_words)
        .join_from(t.Expectation.__table__, t.Customer.__table__)
        .where(
            _scope(query),
            e.review_date <= query.horizon,
            e.status != ExpectationStatus.DECLINED.value,
        )
    )
    return [
        AgendaItem(
            AgendaKind.EXPECTATION_REVIEW,
            cid,
            name,
            "expectations",
            eid,
            due,
            a.EXPECTATION_REVIEW,
            {"words": shorten(words)},
        )
        for eid, cid, name, due, words in _rows(session, statement)
    ]


def _action_items(session: Session, query: AgendaQuery) -> list[AgendaItem]:
    i, m = t.ActionItem.__table__.c, t.Meeting.__table__.c
    statement = (
        select(m.id, _CUSTOMER.id, _CUSTOMER.name, i.due, i.text, i.owner, i.id)
        .join_from(t.ActionItem.__table__, t.Meeting.__table__)
        .join(t.Customer.__table__)
        .where(_scope(query), i.done.is_(False))
        .where(or_(i.due.is_(None), i.due <= query.horizon))
    )
    items = []
    for meeting_id, cid, name, due, text, owner, item_id in _rows(session, statement):
        values = {"text": shorten(text)}
        if owner.strip():
            values["owner"] = owner.strip()
        template = a.ACTION_ITEM_OF if "owner" in values else a.ACTION_ITEM
        items.append(
            AgendaItem(
                AgendaKind.ACTION_ITEM,
                cid,
                name,
                "meetings",
                meeting_id,
                due,
                template,
                values,
                source_id=item_id,
            )
        )
    return items


def _follow_ups(session: Session, query: AgendaQuery) -> list[AgendaItem]:
    f = t.Feedback.__table__.c
    statement = (
        select(f.id, _CUSTOMER.id, _CUSTOMER.name, f.follow_up_due, f.follow_up, f.received_on)
        .join_from(t.Feedback.__table__, t.Customer.__table__)
        .where(_scope(query), f.follow_up_done.is_(False), f.follow_up != "")
        .where(or_(f.follow_up_due.is_(None), f.follow_up_due <= query.horizon))
    )
    return [
        AgendaItem(
            AgendaKind.FOLLOW_UP,
            cid,
            name,
            "feedback",
            fid,
            due,
            a.FOLLOW_UP,
            {"text": shorten(text)},
            {"received": received},
        )
        for fid, cid, name, due, text, received in _rows(session, statement)
    ]


def _risks(session: Session, query: AgendaQuery) -> list[AgendaItem]:
    r, e = t.Risk.__table__.c, t.Expectation.__table__.c
    statement = (
        select(e.id, _CUSTOMER.id, _CUSTOMER.name, r.cause, r.id)
        .join_from(t.Risk.__table__, t.Expectation.__table__)
        .join(t.Customer.__table__)
        .where(_scope(query), func.trim(r.mitigation) == "")
        .where(e.status != ExpectationStatus.DECLINED.value)
    )
    return [
        AgendaItem(
            AgendaKind.RISK,
            cid,
            name,
            "expectations",
            eid,
            None,
            a.RISK,
            {"cause": shorten(cause)},
            source_id=rid,
        )
        for eid, cid, name, cause, rid in _rows(session, statement)
    ]


def _summaries(session: Session, query: AgendaQuery) -> list[AgendaItem]:
    """No version signed yet, or the file saved after the signed one (signing a later
    version supersedes the earlier: the signed one is the newest)."""
    v = t.SummaryVersion.__table__.c
    signed = (
        select(v.customer_id, v.number, v.signed_at)
        .where(v.status == SummaryStatus.SIGNED.value)
        .subquery()
    )
    ever = select(v.customer_id).where(
        v.status.in_((SummaryStatus.SIGNED.value, SummaryStatus.SUPERSEDED.value))
    )
    statement = (
        select(_CUSTOMER.id, _CUSTOMER.name, signed.c.number)
        .select_from(t.Customer.__table__.outerjoin(signed, signed.c.customer_id == _CUSTOMER.id))
        .where(_scope(query))
        .where(
            or_(
                _CUSTOMER.id.not_in(ever),
                and_(signed.c.signed_at.is_not(None), signed.c.signed_at < _CUSTOMER.updated_at),
            )
        )
    )
    items = []
    for cid, name, number in _rows(session, statement):
        template, values = (
            (a.NO_SUMMARY, {}) if number is None else (a.OLD_SUMMARY, {"number": str(number)})
        )
        items.append(
            AgendaItem(AgendaKind.SUMMARY, cid, name, "summaries", None, None, template, values)
        )
    return items


_READERS: dict[AgendaKind, Callable[[Session, AgendaQuery], list[AgendaItem]]] = {
    AgendaKind.REVIEW: _reviews,
    AgendaKind.EXPECTATION_REVIEW: _expectation_reviews,
    AgendaKind.ACTION_ITEM: _action_items,
    AgendaKind.FOLLOW_UP: _follow_ups,
    AgendaKind.RISK: _risks,
    AgendaKind.SUMMARY: _summaries,
}
