"""The promises missed or at risk this quarter, over many customers, for the home view.

The figures are `domain.achievement`'s, the same as the Incidents tab and `accountdesk
report` give; only the reading differs. A promise can be missed or at risk only against
incidents, so only customers with an agreed, measurable expectation and an incident
touching the quarter are computed, and each is read with a few statements for all of
them: its window, its systems (which an availability target may name), its agreed
expectations and its incidents, rather than the whole service file.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import Session

from accountdesk.domain import agenda as a
from accountdesk.domain.achievement import Period, Verdict, compute
from accountdesk.domain.agenda import AgendaItem, AgendaKind, shorten
from accountdesk.domain.enums import ExpectationStatus
from accountdesk.domain.service_file import ExpectationData, ServiceFile, SystemData
from accountdesk.domain.service_window import ServiceWindow
from accountdesk.storage import tables as t
from accountdesk.storage.database import Database
from accountdesk.storage.file_rows import plain_fields
from accountdesk.storage.incidents import incidents_of_customers

_CUSTOMER = t.Customer.__table__.c
_EXPECTATION = t.Expectation.__table__.c
_TARGETS = (
    "failures_per_year",
    "hours_per_failure",
    "availability_percent",
    *(
        f"{measure}_{severity}_minutes"
        for measure in ("response", "resolution")
        for severity in ("critical", "high", "medium", "low")
    ),
)
# Incidents are picked a day either side of the quarter's dates: the quarter's bounds are
# in each customer's own time zone; compute() keeps only what touches them.
_MARGIN = dt.timedelta(days=1)


def quarter_of(day: dt.date) -> Period:
    first = dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    after = (
        dt.date(first.year + 1, 1, 1) if first.month == 10 else first.replace(month=first.month + 3)
    )
    return Period(first, after - dt.timedelta(days=1))


def quarter_promises(
    db: Database, scope: ColumnElement[bool], today: dt.date, now: dt.datetime | None = None
) -> list[AgendaItem]:
    """Each agreed expectation of the customers in `scope` whose targets are missed or at
    risk in the quarter of `today`, missed first, then by customer name."""
    period = quarter_of(today)
    moment = now or dt.datetime.now(dt.UTC)
    first = dt.datetime.combine(period.start, dt.time(), dt.UTC) - _MARGIN
    after = dt.datetime.combine(period.end, dt.time(), dt.UTC) + 2 * _MARGIN
    with db.session() as session:
        candidates = _candidates(scope, first, after)
        files = _files(session, candidates)
        if not files:
            return []
        incidents = incidents_of_customers(session, candidates, first, after)
    items = []
    for file in files:
        figures = compute(file, incidents.get(file.id or 0, []), period, moment)
        for e in figures.expectations:
            if e.verdict in (Verdict.MISSED, Verdict.AT_RISK):
                items.append(_item(file, e.expectation, e.verdict))
    return sorted(items, key=lambda i: (i.template != a.PROMISE_MISSED, i.customer))


def _item(file: ServiceFile, e: ExpectationData, verdict: Verdict) -> AgendaItem:
    template = a.PROMISE_MISSED if verdict is Verdict.MISSED else a.PROMISE_AT_RISK
    return AgendaItem(
        AgendaKind.PROMISE,
        file.id or 0,
        file.name,
        "incidents",
        e.id,
        None,
        template,
        {"words": shorten(e.customer_words)},
    )


def _agreed_with_targets() -> ColumnElement[bool]:
    return and_(
        _EXPECTATION.status == ExpectationStatus.AGREED.value,
        or_(*(_EXPECTATION[name].is_not(None) for name in _TARGETS)),
    )


def _candidates(scope: ColumnElement[bool], first: dt.datetime, after: dt.datetime) -> Any:
    """The ids of the customers in scope with something to hold the quarter against."""
    i = t.Incident.__table__.c
    measured = exists().where(_EXPECTATION.customer_id == _CUSTOMER.id, _agreed_with_targets())
    touched = exists().where(
        i.customer_id == _CUSTOMER.id,
        i.opened < after,
        or_(i.resolved.is_(None), i.resolved >= first),
    )
    return select(_CUSTOMER.id).where(scope, measured, touched).scalar_subquery()


def _files(session: Session, candidates: Any) -> list[ServiceFile]:
    """The part of each candidate's service file the figures read."""
    connection = session.connection()
    customers = connection.execute(
        select(
            _CUSTOMER.id,
            _CUSTOMER.name,
            _CUSTOMER.window_days,
            _CUSTOMER.window_start,
            _CUSTOMER.window_end,
            _CUSTOMER.timezone,
        )
        .where(_CUSTOMER.id.in_(candidates))
        .order_by(_CUSTOMER.name)
    )
    files = {
        cid: ServiceFile(id=cid, name=name, window=ServiceWindow(days, start, end, zone))
        for cid, name, days, start, end, zone in customers
    }
    fields = plain_fields(ExpectationData)
    expectations = connection.execute(
        select(_EXPECTATION.customer_id, _EXPECTATION.id, *(_EXPECTATION[f] for f in fields))
        .where(_EXPECTATION.customer_id.in_(candidates), _agreed_with_targets())
        .order_by(_EXPECTATION.customer_id, _EXPECTATION.position)
    )
    for row in expectations:
        values = dict(zip(fields, row[2:], strict=True))
        files[row[0]].expectations.append(ExpectationData(id=row[1], **values))
    s = t.System.__table__.c
    for cid, name, host in connection.execute(
        select(s.customer_id, s.name, s.host).where(s.customer_id.in_(candidates))
    ):
        files[cid].systems.append(SystemData(name=name, host=host))
    return list(files.values())
