"""What a service file still lacks before a kickoff meeting (the checklist of DOMAIN.md).

Before service starts the account manager learns the customer's industry, business needs,
support level, support boundaries, escalation interfaces and contact people. Each missing
piece is listed under the checklist item it belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass

from accountdesk.domain.enums import ItilRelation, Severity, Side
from accountdesk.domain.service_file import ServiceFile
from accountdesk.domain.words import N_
from accountdesk.ui.labels import word

INDUSTRY, NEEDS, LEVEL, BOUNDARIES, ESCALATION, CONTACTS = (
    "industry",
    "business_needs",
    "support_level",
    "boundaries",
    "escalation",
    "contacts",
)
# Checklist item -> the meeting's field that records it was covered.
CHECKLIST = {
    INDUSTRY: "covered_industry",
    NEEDS: "covered_business_needs",
    LEVEL: "covered_support_level",
    BOUNDARIES: "covered_boundaries",
    ESCALATION: "covered_escalation",
    CONTACTS: "covered_contacts",
}
CHECKLIST_LABELS = {
    INDUSTRY: N_("Field", "Industry"),
    NEEDS: N_("Field", "Business needs"),
    LEVEL: N_("Field", "Support level"),
    BOUNDARIES: N_("Field", "Support boundaries"),
    ESCALATION: N_("Field", "Escalation interfaces"),
    CONTACTS: N_("Field", "Contact people"),
}


@dataclass(frozen=True)
class Gap:
    item: str  # a checklist item
    text: str  # a word of the catalogues, N_("Kickoff", ...)

    def translated(self) -> str:
        return word("Kickoff", self.text)


def kickoff_gaps(f: ServiceFile) -> list[Gap]:
    gaps = []
    for check in (_industry, _needs, _boundaries, _escalation, _contacts, _people):
        gaps += check(f)
    return gaps


def _industry(f: ServiceFile) -> list[Gap]:
    return (
        [] if f.industry.strip() else [Gap(INDUSTRY, N_("Kickoff", "The industry is not recorded"))]
    )


def _needs(f: ServiceFile) -> list[Gap]:
    if f.business_needs.strip():
        return []
    return [
        Gap(
            NEEDS,
            N_("Kickoff", "The business needs (why they buy) are not recorded"),
        )
    ]


def _boundaries(f: ServiceFile) -> list[Gap]:
    gaps = []
    if not f.support_in_scope.strip():
        gaps.append(
            Gap(
                BOUNDARIES,
                N_("Kickoff", "Support boundaries: nothing is listed as in scope"),
            )
        )
    if not f.support_out_of_scope.strip():
        gaps.append(
            Gap(
                BOUNDARIES,
                N_("Kickoff", "Support boundaries: nothing is listed as out of scope"),
            )
        )
    return gaps


def _escalation(f: ServiceFile) -> list[Gap]:
    gaps = []
    critical = f.path_for(Severity.CRITICAL, Side.PROVIDER)
    if critical is None or not critical.levels:
        gaps.append(
            Gap(
                ESCALATION,
                N_("Kickoff", "No escalation path for critical incidents"),
            )
        )
    if not any(p.side == Side.CUSTOMER and p.levels for p in f.escalation_paths):
        gaps.append(
            Gap(
                ESCALATION,
                N_("Kickoff", "No escalation interface on the customer's side"),
            )
        )
    return gaps


def _contacts(f: ServiceFile) -> list[Gap]:
    customer = [c for c in f.contacts if c.side == Side.CUSTOMER]
    if not customer:
        return [Gap(CONTACTS, N_("Kickoff", "No contacts on the customer's side"))]
    if not any(c.itil_relation == ItilRelation.DECISION_MAKER for c in customer):
        return [
            Gap(
                CONTACTS,
                N_("Kickoff", "No decision maker (who negotiates and pays) among the contacts"),
            )
        ]
    return []


def _people(f: ServiceFile) -> list[Gap]:
    gaps = []
    if not f.account_manager.strip():
        gaps.append(Gap(LEVEL, N_("Kickoff", "No account manager")))
    if not f.supporter.strip():
        gaps.append(Gap(LEVEL, N_("Kickoff", "No dedicated supporter")))
    return gaps
