"""The service file as it was when a summary was issued, kept as data.

A snapshot is the file in the AccountDesk JSON format (one customer, with the staff it
names), so it can be read back into a `ServiceFile`, compared with another version,
rendered again, or exported, long after the live file has moved on.
"""

from __future__ import annotations

from dataclasses import dataclass

from accountdesk.domain.service_file import ServiceFile, StaffRef
from accountdesk.services.json_format import build_document, dumps, read_document
from accountdesk.services.service_files import list_staff, load_file
from accountdesk.services.signing.hashing import sha256
from accountdesk.storage.database import Database


@dataclass(frozen=True)
class Snapshot:
    text: str  # the JSON document, exactly as stored
    sha256: str
    file: ServiceFile  # read back from `text`: what the summary is made from
    staff: dict[str, StaffRef]


def take_snapshot(db: Database, customer_id: int) -> Snapshot:
    """The customer's file as saved now (NotFoundError for an unknown customer)."""
    file = load_file(db, customer_id)
    staff = {row.name: StaffRef(row.name, row.role, row.email, row.phone) for row in list_staff(db)}
    text = dumps(build_document([file], staff))
    return read_snapshot(text)


def read_snapshot(text: str) -> Snapshot:
    """A stored snapshot read back (ImportFormatError if it is not a valid document)."""
    parsed = read_document(text)
    [file] = parsed.files
    return Snapshot(text, sha256(text), file, {ref.name: ref for ref in parsed.staff})
