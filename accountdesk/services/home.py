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
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from accountdesk.domain import agenda as a
from accountdesk.domain.agenda import AgendaItem, AgendaKind, shorten
from accountdesk.domain.enums import ExpectationStatus, SummaryStatus
from accountdesk.services.promises import quarter_promises
from accountdesk.storage import tables as t
from accountdesk.storage.database import Database

# The items of a section the home view shows; its title gives the count of all of them.
VIEW_LIMIT = 100

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
    limit: int | None = None  # the most urgent items a section gives; None: all of them

    @property
    def horizon(self) -> dt.date:
        return self.today + dt.timedelta(days=a.HORIZON_DAYS)


@dataclass(frozen=True)
class Agenda:
    items: list[AgendaItem]  # section by section, in `AgendaKind` order
    counts: dict[AgendaKind, int]  # each section's items, those beyond the limit too

    def section(self, kind: AgendaKind) -> list[AgendaItem]:
        return [item for item in self.items if item.kind == kind]


def agenda(db: Database, query: AgendaQuery) -> Agenda:
    """Every item (or the `limit` most urgent of each section), section by section; in a
    section by due date (undated last), then customer name; promises missed first."""
    sections: dict[AgendaKind, list[AgendaItem]] = {}
    with db.session() as session:
        reading = _Reading(session, query, {})
        for kind, read in _READERS.items():
            sections[kind] = read(reading)
    promises = quarter_promises(db, _scope(query), query.today, query.now)
    reading.counts[AgendaKind.PROMISE] = len(promises)
    sections[AgendaKind.PROMISE] = promises[: query.limit]
    items = [item for kind in AgendaKind for item in sections[kind]]
    return Agenda(items, reading.counts)


@dataclass
class _Reading:
    session: Session
    query: AgendaQuery
    counts: dict[AgendaKind, int]

    def rows(
        self,
        kind: AgendaKind,
        statement: Select[Any],
        due: ColumnElement[Any] | None,
        record: ColumnElement[Any],
    ) -> list[Any]:
        """The rows of a section, most urgent first, counting them all."""
        connection = self.session.connection()
        order = [] if due is None else [due.asc().nulls_last()]
        statement = statement.order_by(*order, _CUSTOMER.name, record)
        limit = self.query.limit
        if limit is not None:
            counted = select(func.count()).select_from(statement.order_by(None).subquery())
            self.counts[kind] = connection.execute(counted).scalar_one()
            statement = statement.limit(limit)
        rows = list(connection.execute(statement))
        if limit is None:
            self.counts[kind] = len(rows)
        return rows


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


# ---------------------------------------------------------------- each kind


def _reviews(reading: _Reading) -> list[AgendaItem]:
    query = reading.query
    statement = select(_CUSTOMER.id, _CUSTOMER.name, _CUSTOMER.next_review).where(
        _scope(query), _CUSTOMER.next_review <= query.horizon
    )
    return [
        AgendaItem(AgendaKind.REVIEW, cid, name, "overview", None, due, a.REVIEW)
        for cid, name, due in reading.rows(
            AgendaKind.REVIEW, statement, _CUSTOMER.next_review, _CUSTOMER.id
        )
    ]


def _expectation_reviews(reading: _Reading) -> list[AgendaItem]:
    query = reading.query
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
        for eid, cid, name, due, words in reading.rows(
            AgendaKind.EXPECTATION_REVIEW, statement, e.review_date, e.id
        )
    ]


def _action_items(reading: _Reading) -> list[AgendaItem]:
    query = reading.query
    i, m = t.ActionItem.__table__.c, t.Meeting.__table__.c
    statement = (
        select(m.id, _CUSTOMER.id, _CUSTOMER.name, i.due, i.text, i.owner, i.id)
        .join_from(t.ActionItem.__table__, t.Meeting.__table__)
        .join(t.Customer.__table__)
        .where(_scope(query), i.done.is_(False))
        .where(or_(i.due.is_(None), i.due <= query.horizon))
    )
    items = []
    for meeting_id, cid, name, due, text, owner, item_id in reading.rows(
        AgendaKind.ACTION_ITEM, statement, i.due, i.id
    ):
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


def _follow_ups(reading: _Reading) -> list[AgendaItem]:
    query = reading.query
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
        for fid, cid, name, due, text, received in reading.rows(
            AgendaKind.FOLLOW_UP, statement, f.follow_up_due, f.id
        )
    ]


def _risks(reading: _Reading) -> list[AgendaItem]:
    query = reading.query
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
        for eid, cid, name, cause, rid in reading.rows(AgendaKind.RISK, statement, None, r.id)
    ]


def _summaries(reading: _Reading) -> list[AgendaItem]:
    query = reading.query
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
    for cid, name, number in reading.rows(AgendaKind.SUMMARY, statement, None, _CUSTOMER.id):
        template, values = (
            (a.NO_SUMMARY, {}) if number is None else (a.OLD_SUMMARY, {"number": str(number)})
        )
        items.append(
            AgendaItem(AgendaKind.SUMMARY, cid, name, "summaries", None, None, template, values)
        )
    return items


_READERS: dict[AgendaKind, Callable[[_Reading], list[AgendaItem]]] = {
    AgendaKind.REVIEW: _reviews,
    AgendaKind.EXPECTATION_REVIEW: _expectation_reviews,
    AgendaKind.ACTION_ITEM: _action_items,
    AgendaKind.FOLLOW_UP: _follow_ups,
    AgendaKind.RISK: _risks,
    AgendaKind.SUMMARY: _summaries,
}
