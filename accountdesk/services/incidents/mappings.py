"""How a helpdesk's ticket export maps onto incidents: which column holds what, which of
its priorities is which severity, which values mean the service was down, how its times
are written. Ready mappings follow each helpdesk's documented export fields; a user's own
is a JSON file (MAPPING.json) or kept in the app's settings.

Ready mappings, from each helpdesk's own export code or documentation:

- **Zammad** — the ticket workbook of its reporting (`lib/excel_sheet/ticket.rb`): `#`,
  `Title`, `Priority` (`1 low`, `2 normal`, `3 high`), `Organization`, `Tags`,
  `Created At`, `First Response At`, `Closed At`; times in the exporting user's zone.
- **GLPI** — the ticket list's CSV export (search options of `CommonITILObject`): `ID`,
  `Title`, `Entity`, `Priority` (`Very low` … `Very high`, `Major`; or 1–6),
  `Opening date`, `Resolution date`; semicolons, `YYYY-MM-DD HH:MM`.
- **Jira Service Management** — "Export Excel CSV (all fields)": `Issue key`, `Summary`,
  `Priority` (`Highest` … `Lowest`), `Custom field (Organizations)`, `Component/s`,
  `Labels` (repeated columns), `Created`, `Resolved`; times as `06/Dec/26 4:05 PM`.
- **Odoo Helpdesk** — the list's export (field labels as headers): `Ticket IDs Sequence`,
  `Subject`, `Customer`, `Priority` (`Low priority`, `Medium priority`, `High priority`,
  `Urgent`; or 0–3 stars), `Tags`, `Created on`, `Close date`; times in UTC.

A helpdesk without an outage field marks outages with a tag or label (`outage`); none of
these exports has a first-response time but Zammad's, so for the others a user maps a
column of their own (a custom field) or leaves response figures out.
"""

from __future__ import annotations

import json
from collections.abc import Mapping as MappingType
from dataclasses import dataclass, field, replace
from pathlib import Path

from accountdesk.domain import messages as m
from accountdesk.domain.enums import Severity
from accountdesk.domain.errors import ImportFormatError, ImportProblem

# The fields of an incident an export fills, in the generic format's column order.
FIELDS = (
    "ticket",
    "customer",
    "system",
    "severity",
    "opened",
    "first_response",
    "resolved",
    "service_down",
    "title",
)
REQUIRED = ("ticket", "customer", "severity", "opened")
FORMAT = "accountdesk.incident-mapping"


def fold(value: object) -> str:
    return " ".join(str(value).split()).casefold()


@dataclass(frozen=True)
class ColumnMapping:
    """`columns`: an incident field -> the export's column ("" where it has none);
    `severities`: an export value (folded) -> severity; `down_values`: the values (or, in a
    list of tags, any one of them) that mean the service was down; `time_formats`: strptime
    formats tried after ISO 8601; `timezone`: the zone of times written without an offset
    ("" for the customer's own time zone); `needs_offset`: refuse times without one."""

    name: str
    columns: dict[str, str]
    severities: dict[str, Severity]
    down_values: tuple[str, ...] = ("yes",)
    up_values: tuple[str, ...] = ("no", "")
    tags: bool = False  # the down column is a list of tags (any matching tag means down)
    time_formats: tuple[str, ...] = ()
    timezone: str = ""
    needs_offset: bool = False
    ready: bool = field(default=False, compare=False)

    def column(self, name: str) -> str:
        return self.columns.get(name, "")

    def severity(self, value: object) -> Severity | None:
        return self.severities.get(fold(value))

    def to_json(self) -> str:
        document = {
            "format": FORMAT,
            "name": self.name,
            "columns": {name: self.column(name) for name in FIELDS},
            "severities": {value: str(s) for value, s in self.severities.items()},
            "down_values": list(self.down_values),
            "up_values": list(self.up_values),
            "tags": self.tags,
            "time_formats": list(self.time_formats),
            "timezone": self.timezone,
            "needs_offset": self.needs_offset,
        }
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _severities(table: MappingType[str, Severity]) -> dict[str, Severity]:
    return {fold(value): severity for value, severity in table.items()}


C, H, M, L = Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW

GENERIC = ColumnMapping(
    "generic",
    {name: name for name in FIELDS},
    _severities({"critical": C, "high": H, "medium": M, "low": L}),
    needs_offset=True,
    ready=True,
)
ZAMMAD = ColumnMapping(
    "zammad",
    {
        "ticket": "#",
        "customer": "Organization",
        "severity": "Priority",
        "opened": "Created At",
        "first_response": "First Response At",
        "resolved": "Closed At",
        "service_down": "Tags",
        "title": "Title",
    },
    _severities({"1 low": L, "2 normal": M, "3 high": H}),
    down_values=("outage",),
    tags=True,
    time_formats=("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M"),
    ready=True,
)
GLPI = ColumnMapping(
    "glpi",
    {
        "ticket": "ID",
        "customer": "Entity",
        "severity": "Priority",
        "opened": "Opening date",
        "resolved": "Resolution date",
        "title": "Title",
    },
    _severities(
        {
            "Major": C,
            "Very high": C,
            "High": H,
            "Medium": M,
            "Low": L,
            "Very low": L,
            "6": C,
            "5": C,
            "4": H,
            "3": M,
            "2": L,
            "1": L,
        }
    ),
    time_formats=("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%d-%m-%Y %H:%M", "%m-%d-%Y %H:%M"),
    ready=True,
)
JIRA = ColumnMapping(
    "jira",
    {
        "ticket": "Issue key",
        "customer": "Custom field (Organizations)",
        "system": "Component/s",
        "severity": "Priority",
        "opened": "Created",
        "resolved": "Resolved",
        "service_down": "Labels",
        "title": "Summary",
    },
    _severities({"Highest": C, "High": H, "Medium": M, "Low": L, "Lowest": L}),
    down_values=("outage",),
    tags=True,
    time_formats=("%d/%b/%y %I:%M %p", "%d/%b/%Y %I:%M %p", "%Y-%m-%d %H:%M"),
    ready=True,
)
ODOO = ColumnMapping(
    "odoo",
    {
        "ticket": "Ticket IDs Sequence",
        "customer": "Customer",
        "severity": "Priority",
        "opened": "Created on",
        "resolved": "Close date",
        "service_down": "Tags",
        "title": "Subject",
    },
    _severities(
        {
            "Urgent": C,
            "High priority": H,
            "Medium priority": M,
            "Low priority": L,
            "3": C,
            "2": H,
            "1": M,
            "0": L,
        }
    ),
    down_values=("outage",),
    tags=True,
    time_formats=("%Y-%m-%d %H:%M:%S", "%m/%d/%Y %H:%M:%S"),
    timezone="UTC",
    ready=True,
)
READY: dict[str, ColumnMapping] = {
    mapping.name: mapping for mapping in (ZAMMAD, GLPI, JIRA, ODOO, GENERIC)
}


def mapping_from_json(text: str, source: str = "") -> ColumnMapping:
    """A saved mapping; ImportFormatError naming what is wrong with it."""
    try:
        document = json.loads(text)
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise ValueError(f"not a mapping document (its format must be {FORMAT!r})")
        base = READY.get(str(document.get("based_on", "")), GENERIC)
        columns = document.get("columns", {})
        unknown = set(columns) - set(FIELDS)
        if unknown:
            raise ValueError(f"unknown fields {sorted(unknown)}; fields are {list(FIELDS)}")
        severities = {
            fold(value): Severity(severity)
            for value, severity in document.get("severities", {}).items()
        }
        return replace(
            base,
            name=str(document.get("name") or source or "custom"),
            columns={name: str(columns.get(name, "")) for name in FIELDS},
            severities=severities or base.severities,
            down_values=tuple(fold(v) for v in document.get("down_values", base.down_values)),
            up_values=tuple(fold(v) for v in document.get("up_values", base.up_values)),
            tags=bool(document.get("tags", base.tags)),
            time_formats=tuple(str(f) for f in document.get("time_formats", base.time_formats)),
            timezone=str(document.get("timezone", base.timezone)),
            needs_offset=bool(document.get("needs_offset", base.needs_offset)),
            ready=False,
        )
    except (ValueError, TypeError, AttributeError) as exc:
        problem = ImportProblem(source, m.BAD_MAPPING, {"detail": str(exc)})
        raise ImportFormatError([problem]) from exc


def load_mapping(name_or_path: str) -> ColumnMapping:
    """A ready mapping by name (`zammad`), or a saved one from its JSON file."""
    if name_or_path in READY:
        return READY[name_or_path]
    path = Path(name_or_path)
    return mapping_from_json(path.read_text(encoding="utf-8"), str(path))
