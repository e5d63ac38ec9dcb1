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


class Scope(StrEnum):
    """Which customers a kind of team member may change an area of."""

    ANY = "any"  # every customer (and a new one)
    MANAGED = "managed"  # those whose account manager they are (a new one naming them)
    SUPPORTED = "supported"  # those they support, as dedicated or backup supporter
    NONE = "none"


# Who may change what, declared once: the server's functions, grants and row-level
# security are made from it (storage.team_rights), and the app disables and explains
# what the server would refuse (services.team).
RIGHTS: dict[TeamRole, dict[Area, Scope]] = {
    TeamRole.MANAGER: {Area.FILE: Scope.ANY, Area.SUPPORT: Scope.ANY},
    TeamRole.ACCOUNT_MANAGER: {Area.FILE: Scope.MANAGED, Area.SUPPORT: Scope.MANAGED},
    TeamRole.SUPPORTER: {Area.FILE: Scope.NONE, Area.SUPPORT: Scope.SUPPORTED},
    TeamRole.AUDITOR: {Area.FILE: Scope.NONE, Area.SUPPORT: Scope.NONE},
}


class StaffRight(StrEnum):
    """What a kind of team member may do to the staff list."""

    CHANGE = "change"  # add, change, remove, link to logins
    ADD = "add"  # add a person a file names (a new supporter), not linked to a login
    NONE = "none"


STAFF_RIGHTS: dict[TeamRole, StaffRight] = {
    TeamRole.MANAGER: StaffRight.CHANGE,
    TeamRole.ACCOUNT_MANAGER: StaffRight.ADD,
    TeamRole.SUPPORTER: StaffRight.NONE,
    TeamRole.AUDITOR: StaffRight.NONE,
}


def may_change_some(role: TeamRole, area: Area) -> bool:
    """May this kind of team member change `area` of some customer?"""
    return RIGHTS[role][area] is not Scope.NONE


def may_add_customers(role: TeamRole) -> bool:
    """A new customer is all file: whoever may change some customer's file may add one
    (an account manager one they manage)."""
    return may_change_some(role, Area.FILE)


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
# Why an action that needs no particular customer (a new customer, an import) is off: the
# person's role may change no customer's file, or nothing at all.
NO_FILES = N_(
    "Rights",
    "Only managers and account managers can add customers, import them and change their "
    "files; you can change the systems, contacts and notes of the customers you support.",
)
ONLY_READING = N_(
    "Rights",
    "Your role in this team database lets you read every customer's file but not change it.",
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
    def may_change_any(self) -> bool:
        """May anything of the file be changed (and so be saved)?"""
        return self.file or self.support

    @property
    def reason(self) -> str:
        """Why some of the file is read-only (a word of the catalogue), '' when none is."""
        if self.file:
            return ""
        return ONLY_SUPPORT if self.support else ONLY_READ


ALL = Rights(file=True, support=True)


@dataclass(frozen=True)
class RoleRights:
    """What the person signed in may change at all, whichever customer: what an action
    that names no customer needs (a new customer, an import)."""

    file: bool  # some customer's whole file, and new customers
    support: bool  # some customer's systems, contacts and notes
    role: TeamRole | None = None  # None: no team member (a local file, the owner)

    def may(self, area: Area) -> bool:
        return self.file or (area is Area.SUPPORT and self.support)

    def reason(self, area: Area) -> str:
        """Why no customer's `area` may be changed (a word of the catalogue), '' if some may."""
        if self.may(area):
            return ""
        return NO_FILES if self.support else ONLY_READING


EVERYTHING = RoleRights(file=True, support=True)
