"""What a refusal of a team database means to the person who met it: which part of the
service file they may not change, and who can (`domain.team`). PostgreSQL reports each
(a grant missing, a row-level security policy, the guard trigger) as insufficient
privilege, 42501, naming the table."""

from __future__ import annotations

import re

from accountdesk.domain import messages as m
from accountdesk.domain.errors import RefusedError
from accountdesk.domain.team import WHAT_WORDS, Area
from accountdesk.storage import search_postgres
from accountdesk.storage import tables as t
from accountdesk.storage.team_rights import CUSTOMERS, HISTORY, OWNED_BY_NAME

INSUFFICIENT_PRIVILEGE = "42501"
_TABLE_IN_MESSAGE = re.compile(r'(?:for table|policy for table) "?([A-Za-z0-9_]+)"?')
# Each customer's table by the part of the file it belongs to (`team.WHAT_WORDS`): the
# lists of the file under their own names, and these under another.
_SECTION_OF_ROOT = {
    CUSTOMERS: "customer",
    t.ServiceReport.__tablename__: "reports",
    t.SummaryVersion.__tablename__: "summaries",
    t.CustomerAlias.__tablename__: "aliases",
    HISTORY: "history",
    search_postgres.TABLE: "customer",
}


def section_of(table: str) -> str:
    """The part of the service file a table belongs to ('staff' for what is no customer's)."""
    owned = OWNED_BY_NAME.get(table)
    if owned is None:
        return "customer" if table == CUSTOMERS else "staff"
    while owned.parent is not None:
        owned = OWNED_BY_NAME[owned.parent]
    return _SECTION_OF_ROOT.get(owned.name, owned.name)


def refusal(exc: BaseException) -> RefusedError | None:
    """The refusal a database error is (insufficient privilege: a grant, a policy or the
    guard), worded for the person; None for any other error."""
    refused = _refused_table(exc)
    if refused is None:
        return None
    table, detail = refused
    section = section_of(table)
    owned = OWNED_BY_NAME.get(table)
    if section == "staff":
        template = m.REFUSED_TEAM
    elif table == CUSTOMERS or (owned is not None and owned.area is Area.SUPPORT):
        template = m.REFUSED_SUPPORT if section in ("systems", "contacts") else m.REFUSED_FILE
    else:
        template = m.REFUSED_FILE
    return RefusedError(template, WHAT_WORDS[section], _role_of(detail))


def read_refusal(exc: BaseException) -> RefusedError | None:
    """A read the database refused (a table's grant: the person has no role that may read
    it), worded for the person; None for any other error, and for a refusal that names
    no table (creating a role, changing the schema: the administrator's work)."""
    refused = _refused_table(exc)
    if refused is None or not refused[0]:
        return None
    table, detail = refused
    return RefusedError(m.REFUSED_READ, WHAT_WORDS[section_of(table)], _role_of(detail))


def _refused_table(exc: BaseException) -> tuple[str, str] | None:
    """(the table named, or '', and the server's words) of an insufficient privilege."""
    original = getattr(exc, "orig", exc)
    if getattr(original, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
        return None
    diag = getattr(original, "diag", None)
    table = getattr(diag, "table_name", None) or ""
    if not table:
        found = _TABLE_IN_MESSAGE.search(str(original))
        table = found.group(1) if found else ""
    return table, str(original)


def _role_of(detail: str) -> str:
    found = re.search(r"role (\S+) may not", detail)
    return found.group(1) if found else ""
