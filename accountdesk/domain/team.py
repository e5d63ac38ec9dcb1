"""Who may do what in a team database (PostgreSQL enforces it; see storage.team_rights).

Four kinds of team member, each a group role on the server: managers change everything;
account managers change the customers they manage; supporters change the systems,
contacts and notes of the customers they support (as dedicated supporter or backup) and
read the rest; auditors read.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from accountdesk.domain.enums import StaffRole
from accountdesk.domain.words import N_

# How the group roles' names begin (`team init --role-prefix`): roles are the server's,
# shared by its databases, so two teams on one server take two prefixes.
DEFAULT_PREFIX = "accountdesk"


class TeamRole(StrEnum):
    MANAGER = "manager"
    ACCOUNT_MANAGER = "account_manager"
    SUPPORTER = "supporter"
    AUDITOR = "auditor"


class Area(StrEnum):
    """What of a customer a change touches: the whole file, or what supporters keep."""

    FILE = "file"
    SUPPORT = "support"  # systems, contacts and the customer's notes


# The fields of a service file a supporter keeps (the lists, and the customer's notes).
SUPPORT_FIELDS = frozenset({"systems", "contacts", "notes"})

# The staff role a new staff record gets when `team add-staff` makes it.
STAFF_ROLE = {
    TeamRole.MANAGER: StaffRole.MANAGEMENT,
    TeamRole.ACCOUNT_MANAGER: StaffRole.ACCOUNT_MANAGER,
    TeamRole.SUPPORTER: StaffRole.SUPPORTER,
    TeamRole.AUDITOR: StaffRole.MANAGEMENT,
}


# What a refused change was to, by the part of the service file it belongs to: the
# customer's own row, each list of the file, and what is not a customer's.
WHAT_WORDS = {
    "customer": N_("Rights", "details"),
    "systems": N_("Rights", "systems"),
    "contacts": N_("Rights", "contacts"),
    "escalation_paths": N_("Rights", "escalation paths"),
    "expectations": N_("Rights", "expectations"),
    "meetings": N_("Rights", "meetings"),
    "reports": N_("Rights", "service reports"),
    "feedback": N_("Rights", "feedback records"),
    "summaries": N_("Rights", "summaries"),
    "incidents": N_("Rights", "incidents"),
    "aliases": N_("Rights", "other names"),
    "history": N_("Rights", "history"),
    "staff": N_("Rights", "staff list"),
}

# Why the open file is shown read-only, whole or in part (the file view's banner, and the
# tooltip of each control it disables).
ONLY_SUPPORT = N_(
    "Rights",
    "Only the account manager of this customer can change its expectations and the rest "
    "of its file; you can change its systems, contacts and notes.",
)
ONLY_READ = N_(
    "Rights",
    "Only the account manager of this customer can change its service file; you can read it.",
)


@dataclass(frozen=True)
class Rights:
    """What the person signed in may change of one customer."""

    file: bool  # everything of the file
    support: bool  # its systems, contacts and notes
    role: TeamRole | None = None  # None: no team member (a local file, the owner)

    def may_change(self, field: str) -> bool:
        """May this top-level field of the file (a list, or a field) be changed?"""
        return self.file or (self.support and field in SUPPORT_FIELDS)

    @property
    def reason(self) -> str:
        """Why some of the file is read-only (a word of the catalogue), '' when none is."""
        if self.file:
            return ""
        return ONLY_SUPPORT if self.support else ONLY_READ


ALL = Rights(file=True, support=True)
