"""A colleague's save on the team database, seen live in the window within two seconds:
the list, an open file without edits, and one with unsaved edits (who changed what, and
the conflict dialog's choices)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool
from ui_helpers import customer_id, fill, modal, open_customer

from accountdesk.domain.service_file import ContactData, ServiceFile, SystemData
from accountdesk.services import service_files as sf
from accountdesk.storage.database import Database
from accountdesk.ui.formatting import plain
from accountdesk.ui.window.conflict_dialog import ConflictDialog
from tests.postgres import fresh_database

SEEN_MS = 2000  # a colleague's save is seen within two seconds


def acme() -> ServiceFile:
    yossi = ContactData(name="Yossi Cohen", phone="03-555-1234")
    return ServiceFile(
        name="Acme Logistics",
        industry="Logistics",
        contacts=[yossi],
        systems=[SystemData(name="Exchange", owner_key=yossi.key), SystemData(name="ERP")],
    )


def hebrew_customer() -> ServiceFile:
    return ServiceFile(name="מרפאות השרון", systems=[SystemData(name="רשומה רפואית")])


@pytest.fixture(scope="module")
def server_url():
    """One database for the module, dropped once every window of it is gone."""
    with fresh_database() as url:
        Database(url, create=True).close()
        yield url


@pytest.fixture
def db(server_url):
    database = Database(server_url)
    for row in sf.list_customers(database, sf.CustomerFilter(archived=sf.Archived.INCLUDE)):
        sf.delete_customer(database, row.id)
    for file in (acme(), hebrew_customer()):
        sf.save_file(database, file)
    yield database
    QThreadPool.globalInstance().waitForDone(5000)
    database.close()


@pytest.fixture
def window(qtbot, db, settings, languages):
    """The window, closed before its database is (a closing window still reads it)."""
    from accountdesk.ui.window.main_window import MainWindow

    main = MainWindow(db, settings, languages)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main._may_close = True
    main.close()
    main.deleteLater()
    qtbot.wait(10)
    QThreadPool.globalInstance().waitForDone(5000)


@pytest.fixture
def colleague(db, window):
    """Another person's AccountDesk on the same server, once the window listens."""
    assert window.live.bridge.listener.wait_listening(5)
    other = Database(db.url)
    yield other
    other.close()


def names(window) -> list[str]:
    model = window.list_model
    return [plain(model.index(row, 0).data()) for row in range(model.rowCount())]


def status(window) -> str:
    return plain(window.statusBar().currentMessage())


def test_a_customer_a_colleague_adds_appears_in_the_list(qtbot, window, colleague):
    sf.save_file(colleague, ServiceFile(name="Initech"))
    qtbot.waitUntil(lambda: "Initech" in names(window), timeout=SEEN_MS)


def test_an_open_file_without_edits_shows_the_colleagues_save(qtbot, window, colleague):
    open_customer(qtbot, window, "Acme Logistics")
    theirs = sf.load_file(colleague, window.context.session.file.id)
    theirs.systems.append(SystemData(name="Backup server", host="bk01.acme.example"))
    sf.save_file(colleague, theirs)
    qtbot.waitUntil(
        lambda: "Backup server" in [s.name for s in window.context.session.file.systems],
        timeout=SEEN_MS,
    )
    assert not window.isWindowModified()
    systems = window.file_view.show_tab("systems")
    assert systems.model.rowCount() == 3
    assert status(window) == "accountdesk_test saved Acme Logistics; it is shown as now saved."


def test_unsaved_edits_stay_and_the_dialog_says_who_changed_what(qtbot, window, colleague):
    open_customer(qtbot, window, "Acme Logistics")
    fill(window.file_view.tab("overview").customer_form, industry="Mine")
    theirs = sf.load_file(colleague, window.context.session.file.id)
    theirs.contacts[0].phone = "03-555-9999"
    theirs.systems.append(SystemData(name="Backup server"))
    sf.save_file(colleague, theirs)
    dialog = modal(qtbot, ConflictDialog)  # waits up to its own limit; then time it
    detail = plain(dialog.detail.text()).splitlines()
    assert detail[0] == "Changed by accountdesk_test:"
    assert "• Contacts › Yossi Cohen › Phone" in detail
    assert "• Systems › Backup server" in detail
    assert window.context.session.file.industry == "Mine"  # nothing taken from me yet
    assert dialog.reload_button.isVisible()
    dialog.reload_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    file = window.context.session.file
    assert file.industry == "Logistics" and len(file.systems) == 3
    assert not window.isWindowModified()


def test_keep_a_copy_of_mine_when_a_colleague_saved_first(qtbot, window, colleague, db):
    open_customer(qtbot, window, "Acme Logistics")
    fill(window.file_view.tab("overview").customer_form, industry="Mine")
    theirs = sf.load_file(colleague, window.context.session.file.id)
    theirs.industry = "Theirs"
    sf.save_file(colleague, theirs)
    dialog = modal(qtbot, ConflictDialog)
    assert "• Overview › Industry" in plain(dialog.detail.text()).splitlines() or any(
        "Industry" in line for line in plain(dialog.detail.text()).splitlines()
    )
    dialog.copy_button.click()
    qtbot.waitUntil(lambda: window.context.session.file.name == "Acme Logistics (my copy)")
    assert sf.load_file(db, customer_id(db, "Acme Logistics (my copy)")).industry == "Mine"
    assert sf.load_file(db, theirs.id).industry == "Theirs"


def test_a_file_a_colleague_deletes_closes_or_offers_a_copy(qtbot, window, colleague):
    open_customer(qtbot, window, "Acme Logistics")
    sf.delete_customer(colleague, window.context.session.file.id)
    qtbot.waitUntil(lambda: window.context.session is None, timeout=SEEN_MS)
    assert status(window) == "accountdesk_test deleted Acme Logistics; it is closed."
    qtbot.waitUntil(lambda: "Acme Logistics" not in names(window), timeout=SEEN_MS)

    open_customer(qtbot, window, "מרפאות השרון")
    fill(window.file_view.tab("overview").customer_form, industry="Mine")
    sf.delete_customer(colleague, window.context.session.file.id)
    dialog = modal(qtbot, ConflictDialog)
    assert plain(dialog.detail.text()) == "Deleted by accountdesk_test."
    assert not dialog.reload_button.isVisible()


def test_my_own_save_is_not_news(qtbot, window, colleague):
    open_customer(qtbot, window, "Acme Logistics")
    fill(window.file_view.tab("overview").customer_form, industry="Mine")
    window.actions_["save"].trigger()
    qtbot.wait(1000)  # the notice of my save arrives and is passed over
    assert status(window) == "Saved Acme Logistics"
    assert window.controller.prompt is None
