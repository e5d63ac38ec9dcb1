"""File → Import systems (or contacts) from CSV… asks which customer the rows go to. On a
local file every listed customer may be chosen (the open one is chosen first), with no
line about rights; when the person may change no customer's systems, it says so and asks
for no file."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from ui_helpers import customer_id, ink_columns, open_customer

from accountdesk.domain.team import Scope
from accountdesk.services import service_files as sf
from accountdesk.services import team
from accountdesk.ui.window import choosers
from accountdesk.ui.window.import_target import ImportTargetDialog, limited_text


def _offered(dialog: ImportTargetDialog) -> list[int]:
    combo = dialog.customer_combo
    return [int(combo.itemData(index)) for index in range(combo.count())]


def test_every_customer_is_offered_and_the_rows_go_to_the_one_chosen(
    qtbot, window, tmp_path, monkeypatch
):
    db = window.context.db
    open_customer(qtbot, window, "Acme Logistics")
    window.actions_["import_systems_csv"].trigger()
    dialog = window.controller.prompt
    assert isinstance(dialog, ImportTargetDialog)
    assert dialog.windowTitle() == "Import systems from CSV"
    assert sorted(_offered(dialog)) == sorted(row.id for row in sf.list_customers(db))
    assert dialog.customer_id() == customer_id(db, "Acme Logistics")  # the open one
    assert not dialog.note.isVisibleTo(dialog)

    other = customer_id(db, "מרפאות השרון")
    dialog.customer_combo.setCurrentIndex(dialog.customer_combo.findData(other))
    sheet = tmp_path / "systems.csv"
    sheet.write_text("name,kind\nLab analyser,other\n", encoding="utf-8")
    monkeypatch.setattr(choosers, "open_path", lambda *args: sheet)
    said: list[str] = []
    window.io.status.connect(said.append)
    dialog.done(QDialog.DialogCode.Accepted)
    qtbot.waitUntil(lambda: said == ["Imported 1 row from systems.csv"], timeout=10000)
    assert "Lab analyser" in [s.name for s in sf.load_file(db, other).systems]
    acme = window.context.session.file
    assert "Lab analyser" not in [s.name for s in acme.systems]


def test_cancelled_the_dialog_asks_for_no_file(qtbot, window, monkeypatch):
    asked: list[object] = []
    monkeypatch.setattr(choosers, "open_path", lambda *args: asked.append(args))
    window.actions_["import_contacts_csv"].trigger()
    dialog = window.controller.prompt
    assert isinstance(dialog, ImportTargetDialog)
    assert dialog.windowTitle() == "Import contacts from CSV"
    dialog.reject()
    qtbot.wait(50)
    assert asked == [] and window.controller.prompt is None


def test_no_customer_to_change_is_said_without_asking_for_a_file(qtbot, window, monkeypatch):
    monkeypatch.setattr(team, "changeable_customers", lambda db, area: set())
    asked: list[object] = []
    monkeypatch.setattr(choosers, "open_path", lambda *args: asked.append(args))
    window.actions_["import_systems_csv"].trigger()
    message = window.io.message
    assert isinstance(message, QMessageBox)
    assert message.text() == "There is no customer whose systems and contacts you can change."
    message.close()
    assert asked == []


@pytest.mark.parametrize("language", ["he", "fa", "ar", "en"])
def test_the_line_about_rights_is_whole_inside_the_dialog_at_any_width(qtbot, languages, language):
    languages.apply(language)
    customers = [(1, "Acme"), (2, "ברק, שטרן ושות׳ – עורכי דין"), (3, "مجموعة المرجان للفنادق")]
    dialog = ImportTargetDialog("systems", customers, 2, Scope.MANAGED)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    note = dialog.note
    assert note.text() == limited_text(Scope.MANAGED) != ""
    # Lines of about 40 characters at the narrowest, however short the names are.
    assert dialog.minimumSizeHint().width() >= 40 * note.fontMetrics().averageCharWidth()
    narrowest = dialog.minimumSizeHint().width()
    # Each width wraps the words differently; these move a line's last word about.
    for width in [*range(narrowest, narrowest + 120, 5), 700]:
        dialog.resize(width, dialog.minimumSizeHint().height())
        qtbot.wait(5)
        inside = dialog.rect().marginsRemoved(dialog.layout().contentsMargins())
        assert inside.contains(note.geometry()), (width, note.geometry(), inside)
        # Every line it needs at its width, none cut at the bottom…
        assert note.height() >= note.heightForWidth(note.width()), width
        # …and no word past its left or right edge.
        left, right = ink_columns(note)
        assert left >= 0 and right < note.width(), (width, left, right, note.width())
