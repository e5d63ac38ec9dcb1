"""What each kind of team member sees in the window, signed in to a team database as
themselves with a customer of theirs open: every action the server would refuse them —
a menu action or its shortcut, a tab's button, the Delete key in a list, the conflict
dialog's copy — is off and says why in its tooltip (and a menu action in its status
tip), in the UI language; everything else is on. The expectations below are the rules
written out by hand, as the test's own statement of them."""

from __future__ import annotations

import dataclasses

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from accountdesk.domain.team import NO_FILES, ONLY_READ, ONLY_READING, ONLY_SUPPORT, TeamRole
from accountdesk.services import service_files as sf
from accountdesk.storage.database import Database
from accountdesk.ui.labels import word
from accountdesk.ui.window.conflict_dialog import ConflictDialog

M, AM, S, A = TeamRole.MANAGER, TeamRole.ACCOUNT_MANAGER, TeamRole.SUPPORTER, TeamRole.AUDITOR
ON = ""  # on, with nothing to explain
# Why each is off for each kind of member ("": on), with a customer of theirs open.
WINDOW_ACTIONS = {
    "new_customer": {M: ON, AM: ON, S: NO_FILES, A: ONLY_READING},
    "import_json": {M: ON, AM: ON, S: NO_FILES, A: ONLY_READING},
    "import_incidents": {M: ON, AM: ON, S: NO_FILES, A: ONLY_READING},
    "import_systems_csv": {M: ON, AM: ON, S: ON, A: ONLY_READING},
    "import_contacts_csv": {M: ON, AM: ON, S: ON, A: ONLY_READING},
    "archive_customer": {M: ON, AM: ON, S: ONLY_SUPPORT, A: ONLY_READ},
    "delete_customer": {M: ON, AM: ON, S: ONLY_SUPPORT, A: ONLY_READ},
    "save": {M: ON, AM: ON, S: ON, A: ONLY_READ},
    "export_json": {M: ON, AM: ON, S: ON, A: ON},
    "export_listed": {M: ON, AM: ON, S: ON, A: ON},
}
# The open file's: the Add button of each tab's list, and the tabs' own buttons.
FILE_ONLY = {M: ON, AM: ON, S: ONLY_SUPPORT, A: ONLY_READ}
SUPPORT = {M: ON, AM: ON, S: ON, A: ONLY_READ}
TAB_LISTS = {
    "systems": SUPPORT,
    "contacts": SUPPORT,
    "escalation": FILE_ONLY,
    "expectations": FILE_ONLY,
    "meetings": FILE_ONLY,
    "feedback": FILE_ONLY,
    "incidents": FILE_ONLY,
    "reports": FILE_ONLY,
}
ROLES = list(TeamRole)


def _real(tab):
    """A tab the app imports when first shown, loaded."""
    real = getattr(tab, "real", tab)
    return real if real is not None else tab.load()


def _default_tip(action: QAction) -> str:
    return action.text().replace("&", "").rstrip("…")


def _seen(widget) -> tuple[bool, str]:
    """(on, tooltip), as the user meets them."""
    return widget.isEnabled(), widget.toolTip()


@pytest.fixture(scope="module", autouse=True)
def a_change_in_each_history(team_db):
    """A saved change of each kind (the customer's industry, a contact's phone) for the
    History tab to offer putting back."""
    owner = Database(team_db.url)
    try:
        file = sf.load_file(owner, team_db.mine)
        contact = dataclasses.replace(file.contacts[0], phone="+97235550142")
        sf.save_file(
            owner,
            dataclasses.replace(file, industry="Shipping", contacts=[contact, *file.contacts[1:]]),
        )
    finally:
        owner.close()


@pytest.mark.parametrize("role", ROLES, ids=[r.value for r in ROLES])
def test_the_menus_offer_only_what_the_role_may_do_and_say_why_not(window_as, role):
    window = window_as(role)
    for name, by_role in WINDOW_ACTIONS.items():
        action = window.actions_[name]
        why = word("Rights", by_role[role]) if by_role[role] else ""
        tip = why or _default_tip(action)
        assert (action.isEnabled(), action.toolTip(), action.statusTip()) == (
            not why,
            tip,
            why,
        ), name


@pytest.mark.parametrize("role", ROLES, ids=[r.value for r in ROLES])
def test_each_tab_offers_only_what_the_role_may_change_and_says_why_not(window_as, role, qtbot):
    window = window_as(role)
    view = window.file_view
    for key, by_role in TAB_LISTS.items():
        tab = _real(view.show_tab(key))
        why = word("Rights", by_role[role]) if by_role[role] else ""
        assert _seen(tab.table.add_button) == (not why, why), key
    file_why = word("Rights", FILE_ONLY[role]) if FILE_ONLY[role] else ""
    signing = _real(view.show_tab("signing"))
    qtbot.waitUntil(lambda: signing._customer_id is not None and not signing._busy)
    assert _seen(signing.issue_button) == (not file_why, file_why)
    reports = _real(view.show_tab("reports"))
    assert reports.issue_button.isEnabled() == (not file_why)
    assert reports.issue_button.toolTip() == file_why
    assert reports.preview_button.isEnabled()  # reading is everyone's


@pytest.mark.parametrize("role", ROLES, ids=[r.value for r in ROLES])
def test_history_puts_back_only_what_the_role_may_change(window_as, role, qtbot):
    window = window_as(role)
    history = _real(window.file_view.show_tab("history"))
    qtbot.waitUntil(lambda: history.table.rowCount() >= 2)
    seen = {}
    for row in range(history.table.rowCount()):
        history.table.selectRow(row)
        change = history.selected_change()
        if change is None:
            continue
        part = change.where[0].section if change.where else change.field
        seen[part] = (history.put_back_button.isEnabled(), history.put_back_button.toolTip())
    industry = word("Rights", FILE_ONLY[role]) if FILE_ONLY[role] else ""
    phone = word("Rights", SUPPORT[role]) if SUPPORT[role] else ""
    assert seen == {"industry": (not industry, industry), "contacts": (not phone, phone)}


@pytest.mark.parametrize("role", [S, A], ids=["supporter", "auditor"])
def test_the_delete_key_deletes_nothing_the_role_may_not_change(window_as, role, qtbot):
    window = window_as(role)
    tab = window.file_view.show_tab("expectations")
    tab.table.select_row(0)
    tab.table.view.setFocus()
    before = len(window.context.session.file.expectations)
    qtbot.keyClick(tab.table.view, Qt.Key.Key_Delete)
    assert tab.dialog is None  # no "Delete …?" asked
    assert len(window.context.session.file.expectations) == before


@pytest.mark.parametrize("role", ROLES, ids=[r.value for r in ROLES])
def test_a_conflict_offers_a_copy_as_a_new_customer_only_to_who_may_add_one(window_as, role):
    window = window_as(role)
    controller = window.controller
    controller.saved_elsewhere(lambda: "", deleted=False)
    dialog = controller.prompt
    assert isinstance(dialog, ConflictDialog)
    try:
        why = word("Rights", WINDOW_ACTIONS["new_customer"][role])
        why = why if WINDOW_ACTIONS["new_customer"][role] else ""
        assert (dialog.copy_button.isEnabled(), dialog.copy_button.toolTip()) == (not why, why)
        assert dialog.reload_button.isEnabled() and dialog.export_button.isEnabled()
    finally:
        dialog.reject()


def test_another_customer_s_file_is_read_only_to_the_supporter(window_as, team_db):
    window = window_as(S, customer=team_db.other)
    why = word("Rights", ONLY_READ)
    for name in ("archive_customer", "delete_customer", "save"):
        assert (window.actions_[name].isEnabled(), window.actions_[name].toolTip()) == (
            False,
            why,
        ), name
    systems = window.file_view.show_tab("systems")
    assert _seen(systems.table.add_button) == (False, why)


def test_the_reasons_are_in_the_ui_language(window_as, qtbot):
    window = window_as(S)
    window.set_language("he")
    action = window.actions_["new_customer"]
    hebrew = word("Rights", NO_FILES)
    assert hebrew != NO_FILES and hebrew
    qtbot.waitUntil(lambda: action.toolTip() == hebrew)  # the window retranslates
    assert action.statusTip() == hebrew
    expectations = window.file_view.show_tab("expectations")
    assert expectations.table.add_button.toolTip() == word("Rights", ONLY_SUPPORT) != ONLY_SUPPORT


def test_what_the_window_offers_is_what_the_server_allows(window_as, team_db):
    """The supporter's window offers systems but not expectations: the server agrees."""
    window_as(S)
    with psycopg.connect(team_db.url_as(S)) as connection, connection.cursor() as cursor:
        cursor.execute(
            "UPDATE systems SET notes = notes WHERE id = "
            "(SELECT min(id) FROM systems WHERE customer_id = %s)",
            (team_db.mine,),
        )
        assert cursor.rowcount == 1
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            cursor.execute(
                "UPDATE expectations SET customer_words = customer_words WHERE customer_id = %s",
                (team_db.mine,),
            )
        connection.rollback()
