"""A list that changes by one row tells its view just that, so the view keeps the rest."""

from __future__ import annotations

from accountdesk.ui.widgets.row_model import Column, RowListModel


class Row:
    def __init__(self, name: str) -> None:
        self.name = name


def watched(qtbot, rows: list[Row]):
    model = RowListModel([Column("Name", lambda r: r.name)], lambda: rows)
    seen: list[tuple] = []
    model.rowsInserted.connect(lambda _p, first, last: seen.append(("inserted", first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: seen.append(("removed", first, last)))
    model.dataChanged.connect(lambda a, b: seen.append(("changed", a.row(), b.row())))
    model.modelReset.connect(lambda: seen.append(("reset",)))
    return model, seen


def names(model) -> list[str]:
    return [
        model.data(model.index(row, 0)).strip("\u2068\u2069") for row in range(model.rowCount())
    ]


def test_a_row_added_removed_replaced_or_moved_is_announced_as_such(qtbot):
    a, b, c = Row("a"), Row("b"), Row("c")
    rows = [a, b, c]
    model, seen = watched(qtbot, rows)

    rows.insert(1, Row("x"))
    model.refresh()
    rows.append(Row("z"))
    model.refresh()
    del rows[0]
    model.refresh()
    rows[1] = Row("b2")
    model.refresh()
    rows.insert(0, rows.pop(2))  # c moves up past x and b2
    model.refresh()
    model.refresh()  # nothing changed: nothing announced

    assert seen == [
        ("inserted", 1, 1),
        ("inserted", 4, 4),
        ("removed", 0, 0),
        ("changed", 1, 1),
        ("changed", 0, 2),
    ]
    assert names(model) == ["c", "x", "b2", "z"]


def test_more_rows_at_once_or_a_reload_reset_the_view(qtbot):
    rows = [Row("a"), Row("b")]
    model, seen = watched(qtbot, rows)
    rows[:] = [Row("c"), Row("d"), Row("e"), Row("f")]
    model.refresh()
    model.reload()
    assert seen == [("reset",), ("reset",)]
    assert names(model) == ["c", "d", "e", "f"]
