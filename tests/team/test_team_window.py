"""Two people at two desks on one team database: the supporter's window shows the
customer's expectations read-only (and says why) but lets them change its systems; the
account manager's shows everything editable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QThreadPool

from accountdesk.domain.team import ONLY_SUPPORT, TeamRole
from accountdesk.storage.database import Database
from accountdesk.ui.language import LanguageManager
from accountdesk.ui.settings import Settings


@pytest.fixture
def window_as(qtbot, qapp, tmp_path, team_db):
    from accountdesk.ui.window.main_window import MainWindow

    opened = []
    languages = LanguageManager(qapp)
    languages.apply("en")

    def sign_in(role: TeamRole) -> MainWindow:
        db = Database(team_db.url_as(role))
        settings = Settings(QSettings(str(tmp_path / f"{role}.ini"), QSettings.Format.IniFormat))
        main = MainWindow(db, settings, languages)
        main.show()
        opened.append((main, db))
        main.controller.open_customer(team_db.mine)
        qtbot.waitUntil(lambda: main.context.session is not None)
        return main

    yield sign_in
    for main, db in opened:
        main._may_close = True
        QThreadPool.globalInstance().waitForDone(5000)
        main.close()
        # Gone before the next test changes the language: a window left over would answer
        # it by reading a database whose roles are dropped.
        main.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        db.close()


def test_the_supporter_reads_the_expectations_and_changes_the_systems(window_as):
    window = window_as(TeamRole.SUPPORTER)
    view = window.file_view
    assert view.rights_banner.isVisibleTo(window)
    assert ONLY_SUPPORT in view.rights_banner.text()
    assert not view.show_tab("expectations").table.add_button.isEnabled()
    assert view.show_tab("systems").table.add_button.isEnabled()
    assert not view.show_tab("overview").customer_form.editors["name"].isEnabled()


def test_the_account_manager_changes_everything_of_their_customer(window_as):
    window = window_as(TeamRole.ACCOUNT_MANAGER)
    view = window.file_view
    assert not view.rights_banner.isVisibleTo(window)
    assert view.show_tab("expectations").table.add_button.isEnabled()
    assert view.show_tab("overview").customer_form.editors["name"].isEnabled()
