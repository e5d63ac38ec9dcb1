"""What `import --csv` reads: the kinds of rows, and the columns each kind may have.

Apart from `csv_import`, so the command line can offer the choices without loading the
database layer.
"""

from __future__ import annotations

from enum import StrEnum


class Target(StrEnum):
    SYSTEMS = "systems"
    CONTACTS = "contacts"


SYSTEM_COLUMNS = (
    "name",
    "kind",
    "business_function",
    "environment",
    "version",
    "location",
    "host",
    "address",
    "serial",
    "criticality",
    "owner",
    "notes",
)
CONTACT_COLUMNS = (
    "name",
    "side",
    "role",
    "itil_relation",
    "phone",
    "mobile",
    "email",
    "preferred_channel",
    "language",
    "country",
    "reachable_hours",
    "notes",
)
COLUMNS = {Target.SYSTEMS: SYSTEM_COLUMNS, Target.CONTACTS: CONTACT_COLUMNS}
