"""Signed in to a team database with limited rights, the file shows what may not be
changed as read-only and says why; a save the server refuses is one clear message."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from ui_helpers import modal, open_customer

from accountdesk.domain import messages as m
from accountdesk.domain.errors import RefusedError
from accountdesk.domain.team import ONLY_READ, ONLY_SUPPORT, WHAT_WORDS, Rights, TeamRole
from accountdesk.services import service_files as sf
from accountdesk.services import team

SUPPORTER = Rights(file=False, support=True, role=TeamRole.SUPPORTER)
AUDITOR = Rights(file=False, support=False, role=TeamRole.AUDITOR)


@pytest.fixture
def as_role(monkeypatch):
    def sign_in(rights: Rights) -> None:
        monkeypatch.setattr(team, "customer_rights", lambda _db, _id: rights)

    return sign_in


def test_a_supporter_sees_what_they_may_change_and_why_not_the_rest(qtbot, window, as_role):
    as_role(SUPPORTER)
    open_customer(qtbot, window, "Acme Logistics")
    view = window.file_view
    assert view.rights_banner.isVisibleTo(window)
    assert ONLY_SUPPORT in view.rights_banner.text()
    expectations = view.show_tab("expectations")
    assert not expectations.table.add_button.isEnabled()
    assert expectations.table.add_button.toolTip() == ONLY_SUPPORT
    systems = view.show_tab("systems")
    assert systems.table.add_button.isEnabled()
    assert systems.table.add_button.toolTip() == ""
    overview = view.show_tab("overview")
    name = overview.customer_form.editors["name"]
    assert not name.isEnabled()
    assert name.toolTip() == ONLY_SUPPORT
    assert overview.customer_form.editors["notes"].isEnabled()
    # Whatever a tab tries, the open file takes no edit of what may not be changed.
    session = window.context.session
    assert not session.set_field("industry", "Shipping", "Edit Industry")
    assert session.file.industry == "Logistics"
    assert session.set_field("notes", "Call before noon", "Edit Notes")


def test_an_auditor_reads_everything_and_changes_nothing(qtbot, window, as_role):
    as_role(AUDITOR)
    open_customer(qtbot, window, "Acme Logistics")
    view = window.file_view
    assert ONLY_READ in view.rights_banner.text()
    for key in ("systems", "contacts", "escalation", "expectations", "meetings", "feedback"):
        assert not view.show_tab(key).table.add_button.isEnabled(), key
    assert not view.show_tab("overview").customer_form.editors["notes"].isEnabled()


def test_in_a_local_file_nothing_is_read_only(qtbot, window):
    open_customer(qtbot, window, "Acme Logistics")
    assert not window.file_view.rights_banner.isVisibleTo(window)
    assert window.file_view.show_tab("expectations").table.add_button.isEnabled()


def test_a_refused_save_is_one_message_naming_what_was_refused(qtbot, window, monkeypatch):
    open_customer(qtbot, window, "Acme Logistics")
    industry = window.file_view.show_tab("overview").customer_form.editors["industry"]
    industry.setText("Shipping")

    def refuse(*_args, **_kwargs):
        raise RefusedError(m.REFUSED_FILE, WHAT_WORDS["expectations"], "dana")

    monkeypatch.setattr(sf, "save_file", refuse)
    window.controller.save()
    box = modal(qtbot, QMessageBox)
    assert box.text() == (
        "The database refused the save: only the account manager of this customer can "
        "change its expectations; nothing was saved"
    )
    box.accept()
    assert window.isWindowModified()  # the edit is kept, to save by someone who may
