"""Every table a refusal can name is worded: the part of the service file it belongs to."""

from __future__ import annotations

import pytest

from accountdesk.domain.team import WHAT_WORDS
from accountdesk.storage.refusals import read_refusal, refusal, section_of
from accountdesk.storage.team_rights import OWNED


class Refused(Exception):
    sqlstate = "42501"

    def __init__(self, message: str, table: str | None = None) -> None:
        super().__init__(message)
        self.diag = type("Diag", (), {"table_name": table})()


@pytest.mark.parametrize("table", [o.name for o in OWNED] + ["customers", "staff_members"])
def test_each_table_belongs_to_a_worded_part_of_the_file(table):
    assert section_of(table) in WHAT_WORDS


@pytest.mark.parametrize(
    ("error", "text"),
    [
        (
            Refused("role dana may not change risks of this customer", "risks"),
            "only the account manager of this customer can change its expectations; "
            "nothing was saved",
        ),
        (
            Refused('new row violates row-level security policy for table "contacts"'),
            "only the account manager and the supporters of this customer can change its "
            "contacts; nothing was saved",
        ),
        (
            Refused("permission denied for table customers"),
            "only the account manager of this customer can change its details; nothing was saved",
        ),
        (
            Refused("permission denied for table staff_members"),
            "only a manager can change the staff list; nothing was saved",
        ),
    ],
)
def test_a_refusal_names_what_was_refused_and_who_can(error, text):
    found = refusal(error)
    assert found is not None
    assert str(found) == text


def test_other_errors_are_no_refusal():
    assert refusal(ValueError("no")) is None
    assert read_refusal(ValueError("no")) is None


@pytest.mark.parametrize(
    ("table", "what"),
    [("customers", "details"), ("staff_members", "staff list"), ("risks", "expectations")],
)
def test_a_read_refused_names_what_could_not_be_read(table, what):
    found = read_refusal(Refused(f"permission denied for table {table}"))
    assert found is not None
    assert str(found) == (
        f"you have no role in this team database that may read the {what}; ask its manager for one"
    )


def test_a_refusal_naming_no_table_is_no_refused_read():
    # Creating a role, changing the schema: the administrator's work, worded as it is.
    assert read_refusal(Refused("permission denied to create role")) is None


def test_each_field_supporters_keep_is_a_table_or_a_column_of_the_customer():
    from accountdesk.domain.team import SUPPORT_FIELDS
    from accountdesk.storage.team_rights import SUPPORT_CUSTOMER_COLUMNS, SUPPORT_TABLES

    for field in SUPPORT_FIELDS:
        assert field in SUPPORT_TABLES or field in SUPPORT_CUSTOMER_COLUMNS, field
