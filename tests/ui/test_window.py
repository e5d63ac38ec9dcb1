"""The supporter's card, databases that cannot be opened, settings, the tab registry,
import/export and search details."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGroupBox, QLabel
from ui_helpers import customer_id, modal, open_customer

from accountdesk.services import service_files as sf
from accountdesk.services.search import SearchResult
from accountdesk.storage.database import Database
from accountdesk.ui import app as ui_app
from accountdesk.ui.file.tab import FileTab
from accountdesk.ui.file.view import FileView
from accountdesk.ui.formatting import plain
from accountdesk.ui.window import choosers
from accountdesk.ui.window.database_dialog import DatabaseProblemDialog, DbChoice

# ---------------------------------------------------------------- the supporter's card


def test_the_card_copies_a_phone_with_one_click_and_says_so(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    window.actions_["card"].trigger()
    card = window.card
    assert card.isVisible() and card.file.name == "Acme Logistics"
    phone = next(b for b in card.copy_buttons if b.description == "phone of Yossi Cohen")
    phone.click()
    assert QGuiApplication.clipboard().text() == "+97235551234"
    assert "Copied phone of Yossi Cohen" in card.status.currentMessage()
    assert "Copied phone of Yossi Cohen" in window.statusBar().currentMessage()
    assert {plain(b.description) for b in card.copy_buttons} >= {
        "e-mail of Yossi Cohen",
        "host of Exchange",
        "address of Exchange",
        "serial of ERP",
    }


def test_the_card_shows_escalation_times_boundaries_and_the_backup(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    window.show_card()
    texts = " | ".join(label.text() for label in window.card.findChildren(QLabel))
    assert "Backup supporter: \u2068Omid Rahimi\u2069" in texts
    assert "Critical — Provider's chain" in texts
    titles = [box.title() for box in window.card.findChildren(QGroupBox)]
    assert titles[:2] == ["Systems", "Contacts"] and titles[-1] == "Support boundaries"


def test_the_card_uses_bigger_type(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    window.show_card()
    assert window.card.scroll_area.widget().font().pointSizeF() > window.font().pointSizeF() * 1.3


# ---------------------------------------------------------------- databases


def test_a_file_that_is_not_a_database_gets_a_dialog_that_says_why(qtbot, window, tmp_path):
    foreign = tmp_path / "notes.sqlite3"
    foreign.write_bytes(b"this is not a database at all" * 100)
    window.switch_database(foreign)
    dialog = modal(qtbot, DatabaseProblemDialog)
    assert (
        "not an AccountDesk database" in dialog.reason.text() or "damaged" in dialog.reason.text()
    )
    assert dialog.quit_button.text() == "Cancel"
    dialog.quit_button.click()
    assert window.context.db.path.name == "ui.sqlite3"


def test_switching_to_a_new_database_empties_the_list(qtbot, window, tmp_path, settings):
    window.switch_database(tmp_path / "fresh.sqlite3", create=True)
    assert window.list_model.total() == 0
    assert settings.database_path() == tmp_path / "fresh.sqlite3"
    assert window.actions_.menus["recent"].actions()[0].text() == str(tmp_path / "fresh.sqlite3")


def test_at_startup_a_bad_database_offers_another_file(qtbot, tmp_path, monkeypatch, languages):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 500)
    good = tmp_path / "good.sqlite3"
    Database(good, create=True).close()
    choices = iter([DbChoice.OPEN_OTHER])

    def answer(dialog):
        dialog.choice = next(choices, DbChoice.QUIT)
        return 1

    monkeypatch.setattr(DatabaseProblemDialog, "exec", answer)
    monkeypatch.setattr(choosers, "open_path", lambda *args: good)
    db = ui_app.open_database(bad)
    assert db is not None and db.path == good
    db.close()
    assert ui_app.open_database(bad) is None  # and Quit gives up


# ---------------------------------------------------------------- settings


def test_the_window_remembers_its_splitter_language_and_database(qtbot, db, settings, languages):
    from accountdesk.ui.window.main_window import MainWindow

    first = MainWindow(db, settings, languages)
    qtbot.addWidget(first)
    first.show()
    first.splitter.setSizes([300, 700])
    remembered = first.splitter.sizes()
    first.set_language("fa")
    first.close()
    languages.apply("en")
    second = MainWindow(db, settings, languages)
    qtbot.addWidget(second)
    second.show()
    assert second.splitter.sizes() == remembered
    assert settings.language() == "fa"
    assert ui_app.choose_language(None, settings) == "fa"
    assert ui_app.choose_language("he", settings) == "he"


def test_the_search_field_has_the_focus_at_start(qtbot, window):
    qtbot.waitUntil(window.search.field.hasFocus)


# ---------------------------------------------------------------- the tab registry


class NotesTab(FileTab):
    key = "summaries"

    def title(self) -> str:
        return "Summaries"

    def refresh(self) -> None:
        self.seen = self.session.file.name if self.session else None


def test_a_tab_is_added_without_touching_the_layout(qtbot, window):
    tab = window.file_view.add_tab(NotesTab)
    assert window.file_view.tabs.tabText(window.file_view.tabs.count() - 1) == "Summaries"
    open_customer(qtbot, window, "Acme Logistics")
    assert tab.seen == "Acme Logistics"


def test_a_registered_tab_is_in_every_new_file_view(qtbot, window, monkeypatch):
    monkeypatch.setattr(FileView, "_registered", [])
    FileView.register_tab(NotesTab)
    view = FileView(window.context)
    qtbot.addWidget(view)
    assert view.tab("summaries") is not None


# ---------------------------------------------------------------- import and export
# Exports and imports run in a worker thread beside the backup made on opening the file; on
# a machine busy with other work the disk can hold both for seconds.
BACKGROUND_MS = 30_000


def test_export_and_import_json_in_the_background(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "all.json"
    monkeypatch.setattr(choosers, "save_path", lambda *args: target)
    window.actions_["export_listed"].trigger()
    qtbot.waitUntil(
        lambda: target.exists() and "Exported 3" in window.statusBar().currentMessage(),
        timeout=BACKGROUND_MS,
    )
    assert len(json.loads(target.read_text(encoding="utf-8"))["customers"]) == 3
    window.switch_database(tmp_path / "empty.sqlite3", create=True)
    with qtbot.waitSignal(window.io.imported, timeout=BACKGROUND_MS):
        window.io.import_json_file(target)
    assert window.list_model.total() == 3
    assert window.io.progress is None


def test_a_json_import_shows_how_far_it_has_read(qtbot, window, tmp_path, monkeypatch):
    from accountdesk.services import json_stream

    target = tmp_path / "all.json"
    monkeypatch.setattr(choosers, "save_path", lambda *args: target)
    window.actions_["export_listed"].trigger()
    qtbot.waitUntil(
        lambda: "Exported 3" in window.statusBar().currentMessage(), timeout=BACKGROUND_MS
    )
    monkeypatch.setattr(json_stream, "CHUNK_BYTES", target.stat().st_size // 5 + 1)
    window.switch_database(tmp_path / "empty.sqlite3", create=True)
    shown: list[tuple[int, int]] = []
    window.io.progressed.connect(
        lambda percent: shown.append((window.io.progress.value(), window.io.progress.maximum()))
    )
    with qtbot.waitSignal(window.io.imported, timeout=BACKGROUND_MS):
        window.io.import_json_file(target)
    qtbot.waitUntil(lambda: shown and shown[-1][0] == 100, timeout=BACKGROUND_MS)
    values = [value for value, _maximum in shown]
    assert len(values) >= 5 and values == sorted(values)
    assert 0 < values[0] < 100 and values[-1] == 100
    assert {maximum for _value, maximum in shown} == {100}  # a bar, no longer "busy"
    assert window.list_model.total() == 3


def test_an_import_with_problems_says_what_and_saves_nothing(qtbot, window, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "something else"}', encoding="utf-8")
    window.io.import_json_file(broken)
    qtbot.waitUntil(
        lambda: window.io.message is not None and window.io.message.isVisible(), timeout=5000
    )
    assert "nothing was imported" in window.io.message.text()
    assert window.list_model.total() == 3


# ---------------------------------------------------------------- search details


def test_an_answer_to_an_older_query_is_dropped(qtbot, window):
    box = window.search
    with qtbot.waitSignal(box.results_shown, timeout=5000):
        qtbot.keyClicks(box.field, "Acme")
    stale = box._sequence - 1
    box._show(stale, "old", [SearchResult("customer", 99, 99, "Old", "Old", "", 1.0)])
    assert [r.title for r in box.model.results()] != ["Old"]


def test_escape_clears_the_search_and_shows_the_list_again(qtbot, window):
    with qtbot.waitSignal(window.search.results_shown, timeout=5000):
        qtbot.keyClicks(window.search.field, "ERP")
    assert window.left_stack.currentIndex() == 1
    qtbot.keyClick(window.search.field, Qt.Key.Key_Escape)
    assert window.search.field.text() == "" and window.left_stack.currentIndex() == 0


def test_enter_typed_before_the_results_arrive_still_opens_the_first(qtbot, window, db):
    window.search.field.setText("Yossi")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.session is not None, timeout=5000)
    assert window.context.session.file.id == customer_id(db, "Acme Logistics")
    assert window.file_view.current_key() == "contacts"


def test_staff_list_feeds_the_my_customers_filter(qtbot, window, db):
    names = [
        window.customers.supporter.itemText(i) for i in range(window.customers.supporter.count())
    ]
    assert names[0] == "Everyone" and "Dana Levi" in names
    window.customers.supporter.setCurrentIndex(names.index("Dana Levi"))
    shown = {
        plain(window.list_model.data(window.list_model.index(r, 0)))
        for r in range(window.list_model.rowCount())
    }
    assert shown == {"Acme Logistics", "מרפאות השרון"}
    assert sf.CustomerFilter(supporter="Dana Levi") == window.customers.filters()


def test_a_lazy_tab_is_imported_only_when_first_shown(qtbot, window):
    from accountdesk.ui.file.view import lazy_tab

    tab = window.file_view.add_tab(lazy_tab("notes", "Notes", "test_window:NotesTab"))
    assert (
        tab.real is None
        and window.file_view.tabs.tabText(window.file_view.tabs.count() - 1) == "Notes"
    )
    open_customer(qtbot, window, "Acme Logistics")
    window.file_view.show_tab("notes")
    qtbot.waitUntil(lambda: tab.real is not None)
    assert tab.real.seen == "Acme Logistics"


def test_import_systems_from_csv_into_the_open_customer(qtbot, window, tmp_path):
    open_customer(qtbot, window, "Acme Logistics")
    sheet = tmp_path / "systems.csv"
    sheet.write_text("name,kind,host\nNAS,storage,nas01.acme.example\n", encoding="utf-8")
    with qtbot.waitSignal(window.io.imported, timeout=5000):
        window.io.import_csv_file(sheet, "systems", window.context.session.file.id)
    assert [s.name for s in window.context.session.file.systems][-1] == "NAS"
    assert not window.isWindowModified()
    assert "Imported 1 row" in window.statusBar().currentMessage()
