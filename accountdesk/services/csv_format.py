"""What `import --csv` reads: the kinds of rows, and the columns each kind may have; and
how any CSV that AccountDesk writes is written.

Apart from `csv_import`, so the command line can offer the choices without loading the
database layer.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from enum import StrEnum

from accountdesk.domain.fields import json_keys
from accountdesk.domain.service_file import ContactData, SystemData


class Target(StrEnum):
    SYSTEMS = "systems"
    CONTACTS = "contacts"


# The columns are the fields' names in the JSON format, in its order.
SYSTEM_COLUMNS = json_keys(SystemData)
CONTACT_COLUMNS = json_keys(ContactData)
COLUMNS = {Target.SYSTEMS: SYSTEM_COLUMNS, Target.CONTACTS: CONTACT_COLUMNS}


# ---------------------------------------------------------------- writing

# A cell a spreadsheet reads as a formula (or as the start of one, after a tab or a
# carriage return) when it starts with one of these. What people type is stored as
# typed; only a file written for a spreadsheet is made safe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: object) -> str:
    """The value as a cell that a spreadsheet shows as text and never runs: a leading
    apostrophe, which spreadsheets take as "this is text" and do not show."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def write_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """CSV text as Excel reads it, every cell neutralised; every CSV or spreadsheet file
    AccountDesk writes goes through here."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, dialect=csv.excel)
    writer.writerow([neutralise_cell(name) for name in header])
    writer.writerows([neutralise_cell(value) for value in row] for row in rows)
    return out.getvalue()
