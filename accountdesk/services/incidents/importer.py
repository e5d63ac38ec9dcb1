"""A helpdesk's ticket export into incidents, all or nothing.

Each row names its customer (by name, or an alias saved for it: rows of customers not
found are listed and left out, never dropped unseen), its system (kept as the customer's
system is named when it matches a name or host), and its ticket id: a ticket already
stored is updated when the export says something else about it and left alone when not,
so importing the same export twice changes nothing. Every bad row is reported with its
line and column, and one bad row imports nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from accountdesk.domain import messages as m
from accountdesk.domain.errors import ImportFormatError, ImportProblem
from accountdesk.domain.incidents import IncidentData, clean_incident
from accountdesk.domain.validation import Checker
from accountdesk.services.incidents.mappings import REQUIRED, ColumnMapping, fold
from accountdesk.services.incidents.sheets import Cell, Table, read_table
from accountdesk.storage import incidents as store
from accountdesk.storage import tables as t
from accountdesk.storage.database import Database

EXAMPLE_TIME = "2026-03-01T09:30:00+02:00"


@dataclass(frozen=True)
class Unmatched:
    """A row whose customer is neither a customer's name nor a saved alias."""

    line: int
    ticket: str
    customer: str


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    unmatched: list[Unmatched] = field(default_factory=list)


@dataclass
class _Row:
    line: int
    customer_id: int
    incident: IncidentData


def import_incidents(
    db: Database,
    data: bytes,
    mapping: ColumnMapping,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Reads the export and saves its incidents in one transaction.

    Raises ImportFormatError listing every problem; nothing is saved then.
    """
    table = read_table(data, mapping.column("ticket"))
    columns = _columns(table, mapping)
    with db.session() as session:
        keys = store.customer_keys(session)
        zones = {
            row[0]: row[1] for row in session.execute(select(t.Customer.id, t.Customer.timezone))
        }
    reader = _Reader(mapping, columns, keys, zones)
    for line, cells in table.rows:
        reader.read(line, cells)
    if reader.problems:
        raise ImportFormatError(reader.problems)
    result = ImportResult(unmatched=reader.unmatched)
    with db.transaction() as session:
        _name_systems(session, reader.rows)
        _save(session, reader.rows, result)
    if progress is not None:
        progress(len(table.rows), len(table.rows))
    return result


def _columns(table: Table, mapping: ColumnMapping) -> dict[str, str]:
    """Each mapped field's folded column; the export must have every required one."""
    present = {fold(name) for name in table.header}
    columns: dict[str, str] = {}
    problems = []
    for name, column in mapping.columns.items():
        if not column:
            continue
        if fold(column) in present:
            columns[name] = fold(column)
        else:
            params = {"column": column, "field": name, "columns": [h for h in table.header if h]}
            problems.append(ImportProblem("", m.MISSING_COLUMN, params))
    for name in REQUIRED:
        if not mapping.column(name) and name != "ticket":
            params = {"column": name, "field": name, "columns": [h for h in table.header if h]}
            problems.append(ImportProblem("", m.MISSING_COLUMN, params))
    if problems:
        raise ImportFormatError(problems)
    return columns


class _Reader:
    def __init__(
        self,
        mapping: ColumnMapping,
        columns: dict[str, str],
        keys: dict[str, int],
        zones: dict[int, str],
    ) -> None:
        self.mapping = mapping
        self.columns = columns
        self.keys = keys
        self.zones = zones
        self.rows: list[_Row] = []
        self.unmatched: list[Unmatched] = []
        self.problems: list[ImportProblem] = []
        self._seen: dict[str, int] = {}

    def cell(self, cells: dict[str, Cell], name: str) -> Cell:
        column = self.columns.get(name)
        return None if column is None else cells.get(column)

    def text(self, cells: dict[str, Cell], name: str) -> str:
        value = self.cell(cells, name)
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return str(value).strip()

    def fail(self, line: int, name: str, template: str, **params: object) -> None:
        place = self.mapping.column(name) or name
        self.problems.append(ImportProblem(place, template, params, line=line))

    def read(self, line: int, cells: dict[str, Cell]) -> None:
        ticket = self.text(cells, "ticket")
        customer_name = self.text(cells, "customer")
        customer = self.keys.get(fold(customer_name))
        zone = self.mapping.timezone or (self.zones.get(customer, "UTC") if customer else "UTC")
        incident = IncidentData(
            ticket=ticket,
            system=self.text(cells, "system"),
            title=self.text(cells, "title"),
            severity=self._severity(line, cells),  # type: ignore[arg-type]
            opened=self._moment(line, cells, "opened", zone),
            first_response=self._moment(line, cells, "first_response", zone),
            resolved=self._moment(line, cells, "resolved", zone),
            service_down=self._down(line, cells),
        )
        self._check(line, incident)
        if ticket:
            if ticket in self._seen:
                self.fail(line, "ticket", m.TICKET_TWICE, value=ticket, other=self._seen[ticket])
            self._seen.setdefault(ticket, line)
        if customer is None:
            self.unmatched.append(Unmatched(line, ticket, customer_name))
        else:
            self.rows.append(_Row(line, customer, incident))

    def _check(self, line: int, incident: IncidentData) -> None:
        before = len(self.problems)
        check = Checker("incident")
        clean_incident(check, incident)
        for problem in check.problems:
            if any(
                p.line == line and p.place == self.mapping.column(problem.field)
                for p in self.problems[:before]
            ):
                continue  # already said, as the export wrote it
            place = self.mapping.column(problem.field) or problem.field
            self.problems.append(
                ImportProblem(place, problem.message, problem.params, m.CTX, line=line)
            )

    def _severity(self, line: int, cells: dict[str, Cell]) -> str | None:
        value = self.text(cells, "severity")
        severity = self.mapping.severity(value)
        if severity is None:
            choices = sorted(self.mapping.severities)
            self.fail(line, "severity", m.UNKNOWN_SEVERITY, value=value, choices=choices)
            return None
        return severity.value

    def _moment(
        self, line: int, cells: dict[str, Cell], name: str, zone: str
    ) -> dt.datetime | None:
        value = self.cell(cells, name)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        moment = parse_moment(value, self.mapping.time_formats)
        if moment is None or (moment.tzinfo is None and self.mapping.needs_offset):
            example = EXAMPLE_TIME if self.mapping.needs_offset else _example(self.mapping)
            self.fail(line, name, m.NOT_A_MOMENT, value=str(value).strip(), example=example)
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=ZoneInfo(zone))
        return moment.astimezone(dt.UTC)

    def _down(self, line: int, cells: dict[str, Cell]) -> bool:
        if "service_down" not in self.columns:
            return False
        value = fold(self.text(cells, "service_down"))
        if self.mapping.tags:
            tags = {fold(tag) for tag in value.replace(";", ",").split(",")}
            return bool(tags & set(self.mapping.down_values))
        if value in self.mapping.down_values:
            return True
        if value not in self.mapping.up_values:
            self.fail(line, "service_down", m.NOT_YES_OR_NO, value=value)
        return False


def _example(mapping: ColumnMapping) -> str:
    sample = dt.datetime(2026, 3, 1, 9, 30)
    formats = mapping.time_formats
    return sample.strftime(formats[0]) if formats else sample.isoformat()


def parse_moment(value: Cell, formats: tuple[str, ...]) -> dt.datetime | None:
    """A time as an export writes it: a workbook's date cell, ISO 8601 (with or without an
    offset; `Z` for UTC), or one of the mapping's formats. Naive when it has no offset."""
    if isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        pass
    for pattern in formats:
        try:
            return dt.datetime.strptime(text, pattern)
        except ValueError:
            continue
    return None


def _name_systems(session: Session, rows: list[_Row]) -> None:
    """A row's system as its customer's system is named, when it matches a name or host."""
    wanted = {row.customer_id for row in rows if row.incident.system}
    names: dict[tuple[int, str], str] = {}
    ids = list(wanted)
    for first in range(0, len(ids), 900):
        query = select(t.System.customer_id, t.System.name, t.System.host).where(
            t.System.customer_id.in_(ids[first : first + 900])
        )
        for customer_id, name, host in session.execute(query):
            names.setdefault((customer_id, fold(name)), name)
            if host:
                names.setdefault((customer_id, fold(host)), name)
    for row in rows:
        if row.incident.system:
            found = names.get((row.customer_id, fold(row.incident.system)))
            row.incident.system = found or row.incident.system


def _save(session: Session, rows: list[_Row], result: ImportResult) -> None:
    stored = store.by_ticket(session, (row.incident.ticket for row in rows))
    new: list[tuple[int, IncidentData]] = []
    changed: list[tuple[int, IncidentData]] = []
    for row in rows:
        found = stored.get(row.incident.ticket)
        if found is None:
            new.append((row.customer_id, row.incident))
            continue
        customer_id, before = found
        if customer_id == row.customer_id and before.same_content(row.incident):
            result.unchanged += 1
        else:
            row.incident.id = before.id
            changed.append((row.customer_id, row.incident))
    store.insert_incidents(session, new)
    store.update_incidents(session, changed)
    result.added, result.updated = len(new), len(changed)
