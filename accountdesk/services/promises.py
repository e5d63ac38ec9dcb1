"""The promises missed or at risk this quarter, over many customers, for the home view.

The figures are `domain.achievement`'s, the same as the Incidents tab and `accountdesk
report` give; only the reading differs. A promise can be missed or at risk only by an
incident that went wrong, so the figures are computed only for customers with an agreed,
measurable expectation and, touching the quarter, an outage, an incident still open or
unanswered, or one answered or resolved later (in real time, which is never less than the
covered time the figures count) than the shortest such target in scope. Those customers
are read with a few statements for all of them: the window, the systems (which an
availability target may name), the agreed expectations and the incidents, rather than
each whole service file.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
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
from accountdesk.storage.incidents import chunks, incidents_of_customers, minutes_between

_CUSTOMER = t.Customer.__table__.c
_EXPECTATION = t.Expectation.__table__.c
_MEASURES = ("response", "resolution")
_SEVERITIES = ("critical", "high", "medium", "low")
_TARGETS = (
    "failures_per_year",
    "hours_per_failure",
    "availability_percent",
    *(f"{measure}_{severity}_minutes" for measure in _MEASURES for severity in _SEVERITIES),
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
        shortest = _shortest_targets(session, scope)
        if shortest is None:
            return []
        candidates = _candidates(session, scope, first, after, shortest)
        if not candidates:
            return []
        files = _files(session, candidates)
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


def _shortest_targets(session: Session, scope: ColumnElement[bool]) -> dict[str, int | None] | None:
    """The shortest response and resolution targets (minutes) of the agreed expectations
    in scope; None when there is no agreed target at all."""
    columns = {
        f"{measure}_{severity}": func.min(_EXPECTATION[f"{measure}_{severity}_minutes"])
        for measure in _MEASURES
        for severity in _SEVERITIES
    }
    statement = (
        select(func.count(), *columns.values())
        .join_from(t.Expectation.__table__, t.Customer.__table__)
        .where(scope, _agreed_with_targets())
    )
    row = session.connection().execute(statement).one()
    if not row[0]:
        return None
    found = dict(zip(columns, row[1:], strict=True))
    return {
        measure: min(
            (v for s in _SEVERITIES if (v := found[f"{measure}_{s}"]) is not None), default=None
        )
        for measure in _MEASURES
    }


def _candidates(
    session: Session,
    scope: ColumnElement[bool],
    first: dt.datetime,
    after: dt.datetime,
    shortest: dict[str, int | None],
) -> list[int]:
    """The ids of the customers in scope whose quarter may hold a broken promise."""
    i = t.Incident.__table__.c
    measured = exists().where(_EXPECTATION.customer_id == _CUSTOMER.id, _agreed_with_targets())
    went_wrong: list[ColumnElement[bool]] = [
        i.service_down.is_(True),
        i.first_response.is_(None),
        i.resolved.is_(None),
    ]
    if shortest["response"] is not None:
        went_wrong.append(minutes_between(i.opened, i.first_response) > shortest["response"])
    if shortest["resolution"] is not None:
        went_wrong.append(minutes_between(i.opened, i.resolved) > shortest["resolution"])
    # Driven from the incidents that went wrong: a few, whatever the number of customers.
    troubled = select(i.customer_id).where(
        i.opened < after, or_(i.resolved.is_(None), i.resolved >= first), or_(*went_wrong)
    )
    statement = select(_CUSTOMER.id).where(_CUSTOMER.id.in_(troubled), scope, measured)
    return list(session.connection().execute(statement).scalars())


def _files(session: Session, candidates: list[int]) -> list[ServiceFile]:
    """The part of each candidate's service file the figures read."""
    connection = session.connection()
    files: dict[int, ServiceFile] = {}
    fields = plain_fields(ExpectationData)
    for ids in chunks(candidates):
        customers = select(
            _CUSTOMER.id,
            _CUSTOMER.name,
            _CUSTOMER.window_days,
            _CUSTOMER.window_start,
            _CUSTOMER.window_end,
            _CUSTOMER.timezone,
        ).where(_CUSTOMER.id.in_(ids))
        for cid, name, days, start, end, zone in connection.execute(customers):
            window = ServiceWindow(days, start, end, zone)
            files[cid] = ServiceFile(id=cid, name=name, window=window)
        expectations = (
            select(_EXPECTATION.customer_id, _EXPECTATION.id, *(_EXPECTATION[f] for f in fields))
            .where(_EXPECTATION.customer_id.in_(ids), _agreed_with_targets())
            .order_by(_EXPECTATION.customer_id, _EXPECTATION.position)
        )
        for row in connection.execute(expectations):
            values = dict(zip(fields, row[2:], strict=True))
            files[row[0]].expectations.append(ExpectationData(id=row[1], **values))
    # Systems only where an availability target names some: a customer may have hundreds.
    naming = [f.id for f in files.values() if any(e.covered_systems for e in f.expectations)]
    s = t.System.__table__.c
    for ids in chunks([i for i in naming if i is not None]):
        statement = select(s.customer_id, s.name, s.host).where(s.customer_id.in_(ids))
        for cid, name, host in connection.execute(statement):
            files[cid].systems.append(SystemData(name=name, host=host))
    return list(files.values())
