"""Add or correct an incident by hand: checked by the rules an import follows, and saved
in one transaction when OK is pressed (an incident is not part of the service file)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from accountdesk.domain.enums import Severity
from accountdesk.domain.errors import FieldProblem, ValidationError
from accountdesk.domain.incidents import IncidentData, clean_incident
from accountdesk.domain.validation import Checker
from accountdesk.domain.words import N_
from accountdesk.ui.file.record_dialog import RecordDialog
from accountdesk.ui.incidents.moment_edit import MomentEdit
from accountdesk.ui.widgets.editors import Check, EnumCombo, TextLine
from accountdesk.ui.widgets.forms import FieldSpec, dispatch_problems
from accountdesk.ui.widgets.sizing import fit_to_screen


def incident_specs(zone: str) -> list[FieldSpec]:
    return [
        FieldSpec("ticket", TextLine),
        FieldSpec("title", TextLine),
        FieldSpec("system", TextLine),
        FieldSpec("severity", lambda: EnumCombo(Severity)),
        FieldSpec("opened", lambda: MomentEdit(zone, optional=False)),
        FieldSpec("first_response", lambda: MomentEdit(zone)),
        FieldSpec("resolved", lambda: MomentEdit(zone)),
        FieldSpec("service_down", Check, N_("Field", "Service down")),
    ]


def incident_problems(incident: IncidentData) -> list[FieldProblem]:
    check = Checker("incident")
    clean_incident(check, incident)
    return check.problems


class IncidentDialog(RecordDialog):
    """`save(incident)` stores it (raising ValidationError for what only the database knows,
    a ticket id already taken); the dialog closes only once it has."""

    def __init__(
        self,
        incident: IncidentData,
        zone: str,
        save: Callable[[IncidentData], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            N_("Section", "Incident"), incident_specs(zone), incident, self._check, parent
        )
        self._save = save
        self.finish_layout()
        fit_to_screen(self, 560, 420)

    @staticmethod
    def _check(incident: IncidentData) -> list[FieldProblem]:
        return incident_problems(incident)

    def accept(self) -> None:
        record = self.record()
        problems = incident_problems(record)
        if not problems:
            try:
                self._save(record)
            except ValidationError as exc:
                problems = exc.problems
        if problems:
            dispatch_problems(self.forms(), problems, self.general_error)
            return
        super().accept()
