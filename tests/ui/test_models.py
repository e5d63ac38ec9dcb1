"""Every model through Qt's model tester, and the customer list's lazy paging."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from accountdesk.domain.service_file import ServiceFile, SystemData
from accountdesk.services import json_format
from accountdesk.services import service_files as sf
from accountdesk.services.search import SearchResult
from accountdesk.ui.customers.model import (
    FLAGS,
    NAME,
    NEXT_REVIEW,
    PAGE,
    SUPPORTER,
    CustomerListModel,
)
from accountdesk.ui.formatting import plain
from accountdesk.ui.search.model import SearchResultsModel
from accountdesk.ui.widgets.row_model import Column, RowListModel

MANY = 2 * PAGE + 37


def add_many(db, count: int) -> None:
    files = [
        ServiceFile(
            name=f"Customer {i:04d}",
            supporter="Dana Levi" if i % 2 else "Omid Rahimi",
            next_review=dt.date(2020, 1, 1) if i % 3 == 0 else None,
        )
        for i in range(count)
    ]
    json_format.import_document(db, json_format.dumps(json_format.build_document(files, {})))


def test_the_customer_list_model_passes_the_model_tester(qtmodeltester, db, languages):
    add_many(db, MANY)
    model = CustomerListModel(lambda: db)
    model.reload()
    qtmodeltester.check(model)  # stays connected: every change below is checked again
    model.sort(SUPPORTER, Qt.SortOrder.DescendingOrder)
    while model.canFetchMore():
        model.fetchMore()
    model.set_filters(sf.CustomerFilter(review_overdue=True))


def test_the_customer_list_fetches_rows_a_page_at_a_time(db, languages):
    add_many(db, MANY)
    model = CustomerListModel(lambda: db)
    model.reload()
    assert model.total() == MANY + 3
    assert model.rowCount() == PAGE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE
    assert plain(model.data(model.index(0, NAME))) == "Acme Logistics"
    assert len(model._rows) == PAGE  # rows are read only when shown: one page so far
    wanted = sf.find_customer_id(db, "Customer 0230")
    assert model.row_of(wanted) == model.ids().index(wanted)
    assert model.rowCount() == MANY + 3


def test_the_customer_list_shows_flags_and_filters(db, languages):
    model = CustomerListModel(lambda: db)
    model.reload()
    row = model.row_of(sf.find_customer_id(db, "Acme Logistics"))
    assert model.data(model.index(row, NEXT_REVIEW), Qt.ItemDataRole.DecorationRole) is not None
    tip = model.data(model.index(row, FLAGS), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Review overdue, No signed summary"
    model.set_filters(sf.CustomerFilter(review_overdue=True))
    assert [plain(model.data(model.index(r, NAME))) for r in range(model.rowCount())] == [
        "Acme Logistics"
    ]
    model.set_filters(sf.CustomerFilter(supporter="Omid Rahimi"))
    assert {plain(model.data(model.index(r, NAME))) for r in range(model.rowCount())} == {
        "Acme Logistics",
        "داده‌پردازان پارس",
    }


def test_the_search_results_model_passes_the_model_tester(qtmodeltester, languages):
    model = SearchResultsModel()
    model.set_results(
        "ex",
        [
            SearchResult("system", 1, 1, "Acme", "Exchange", "mail01.acme.example", 3.0),
            SearchResult("customer", 2, 2, "Exelon", "Exelon", "Energy", 2.0),
            SearchResult("contact", 3, 1, "Acme", "Alex", "alex@acme.example", 1.0),
        ],
    )
    qtmodeltester.check(model)
    titles = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert (
        titles[0] == "Customers (1)" and titles[2] == "Systems (1)" and titles[4] == "Contacts (1)"
    )
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.first_result_row() == 1


def test_the_row_list_model_passes_the_model_tester(qtmodeltester, languages):
    rows = [SystemData(name="Exchange", host="mail01"), SystemData(name="ERP")]
    model = RowListModel(
        [Column("Name", lambda s: s.name), Column("Host", lambda s: s.host)], lambda: rows
    )
    qtmodeltester.check(model)
    rows.append(SystemData(name="CRM"))
    model.refresh()
    assert model.rowCount() == 3


def test_a_refused_page_is_not_asked_for_again_at_every_paint(qapp, monkeypatch):
    from accountdesk.domain import messages as m
    from accountdesk.domain.errors import RefusedError
    from accountdesk.services import customer_list
    from accountdesk.ui.customers.model import CustomerListModel

    asked = []

    def refused(_db, ids, today=None):
        asked.append(ids)
        raise RefusedError(m.REFUSED_READ, "details", "dana")

    monkeypatch.setattr(customer_list, "customer_ids", lambda *_a, **_k: [1, 2, 3])
    monkeypatch.setattr(customer_list, "customer_rows", refused)
    model = CustomerListModel(lambda: None)  # type: ignore[arg-type,return-value]
    model.reload()
    for row in range(3):  # a paint: every cell, in every role a view asks for
        for column in range(model.columnCount()):
            assert model.data(model.index(row, column)) is None
    assert len(asked) == 1
