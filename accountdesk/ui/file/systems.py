"""The Systems tab: every system of the customer, with the identifiers a supporter asks for."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from accountdesk.domain.enums import Criticality, Environment, SystemKind
from accountdesk.domain.service_file import ContactData, SystemData
from accountdesk.domain.words import N_
from accountdesk.ui.file.record_dialog import RecordDialog, Validator, Where
from accountdesk.ui.file.tab import SectionTab
from accountdesk.ui.labels import label, word
from accountdesk.ui.tr_noop import QT_TRANSLATE_NOOP
from accountdesk.ui.widgets.editors import ContactCombo, EnumCombo, TextArea, TextLine
from accountdesk.ui.widgets.forms import FieldForm, FieldSpec
from accountdesk.ui.widgets.row_model import Column


def system_specs() -> list[FieldSpec]:
    return [
        FieldSpec("name", TextLine),
        FieldSpec("kind", lambda: EnumCombo(SystemKind)),
        FieldSpec("business_function", TextLine),
        FieldSpec("environment", lambda: EnumCombo(Environment)),
        FieldSpec("version", TextLine),
        FieldSpec("location", TextLine),
        FieldSpec("host", TextLine),
        FieldSpec("address", TextLine),
        FieldSpec("serial", TextLine),
        FieldSpec("criticality", lambda: EnumCombo(Criticality)),
        FieldSpec("owner_key", ContactCombo, N_("Field", "Owner (contact)")),
        FieldSpec("notes", TextArea),
    ]


class SystemsTab(SectionTab):
    key = "systems"
    section = "systems"
    shows = frozenset({"systems"})
    noun = QT_TRANSLATE_NOOP("Sections", "system")

    def title(self) -> str:
        return word("Section", "Systems")

    def columns(self) -> list[Column]:
        return [
            Column(N_("Field", "Name"), lambda s: s.name),
            Column(N_("Field", "Kind"), lambda s: label(s.kind)),
            Column(N_("Field", "Host"), lambda s: s.host),
            Column(N_("Field", "Address"), lambda s: s.address),
            Column(N_("Field", "Serial"), lambda s: s.serial),
            Column(N_("Field", "Environment"), lambda s: label(s.environment)),
            Column(N_("Field", "Criticality"), lambda s: label(s.criticality)),
            Column(
                N_("Field", "Business function"),
                lambda s: s.business_function,
                free_text=True,
            ),
        ]

    def new_record(self) -> SystemData:
        return SystemData()

    def make_dialog(self, record: SystemData, where: Where) -> RecordDialog:
        assert self.session is not None
        return system_dialog(record, self.validator(where), self.session.file.contacts, self)


def system_dialog(
    record: SystemData,
    validate: Validator,
    contacts: list[ContactData],
    parent: QWidget | None = None,
) -> RecordDialog:
    def setup(form: FieldForm) -> None:
        form.editor("owner_key", ContactCombo).set_contacts(contacts)

    title = N_("Section", "System")
    dialog = RecordDialog(title, system_specs(), record, validate, parent, setup)
    dialog.finish_layout()
    return dialog
