"""What a caller chooses about one summary, and what the built summary tells it back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from accountdesk.domain.enums import Language, Side
from accountdesk.domain.service_file import ParticipantData, StaffRef


@dataclass(frozen=True)
class Signatory:
    """Who signs for one side; an empty name leaves a line to fill in by hand."""

    side: Side
    name: str = ""
    role: str = ""


@dataclass(frozen=True)
class SummaryOptions:
    """Choices for one rendering. `None` means "take it from the service file"."""

    language: Language | str | None = None  # default: the customer's document language
    native_digits: bool = True  # Persian documents only
    version_label: str | None = None  # default: "Draft" in the document's language
    issued_on: dt.date | None = None  # default: today
    participants: Sequence[ParticipantData] | None = None  # default: latest kickoff/alignment
    signatories: Sequence[Signatory] | None = None  # default: one per side, from the file
    provider_name: str = ""  # default: "Service provider" in the document's language
    # Provider staff by name, for how to reach the supporter and escalation levels.
    staff: Mapping[str, StaffRef] = field(default_factory=dict)
    reporting_note: str = ""  # how and how often results are reported, if agreed in words


@dataclass(frozen=True)
class SignatureBox:
    """Where one signatory signs: page index (0-based) and rectangles in PDF points.

    Rectangles are (x0, y0, x1, y1) in PDF user space (origin at the bottom-left of the
    page). `block` is the signatory's whole block; `signature` is the empty area above
    the signature line, where a drawn or digital signature goes.
    """

    side: Side
    name: str
    page_index: int
    block: tuple[float, float, float, float]
    signature: tuple[float, float, float, float]


@dataclass(frozen=True)
class SummaryPdf:
    data: bytes
    page_count: int
    fingerprint: str  # first 12 hex digits of the SHA-256 of the canonical content
    language: Language
    signature_boxes: tuple[SignatureBox, ...]
