"""The Contacts tab: the customer's people and ours, with how and when to reach them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from accountdesk.domain.enums import Channel, ItilRelation, Language, Side
from accountdesk.domain.service_file import ContactData
from accountdesk.domain.words import N_
from accountdesk.ui.file.record_dialog import RecordDialog, Validator, Where
from accountdesk.ui.file.tab import SectionTab
from accountdesk.ui.formatting import isolate_ltr, phone_shown
from accountdesk.ui.labels import label, word
from accountdesk.ui.tr_noop import QT_TRANSLATE_NOOP
from accountdesk.ui.widgets.editors import CountryCombo, EnumCombo, TextArea, TextLine
from accountdesk.ui.widgets.forms import FieldSpec
from accountdesk.ui.widgets.row_model import Column


def contact_specs() -> list[FieldSpec]:
    return [
        FieldSpec("name", TextLine),
        FieldSpec("side", lambda: EnumCombo(Side)),
        FieldSpec("role", TextLine),
        FieldSpec("itil_relation", lambda: EnumCombo(ItilRelation)),
        FieldSpec("phone", TextLine),
        FieldSpec("mobile", TextLine),
        FieldSpec("email", TextLine),
        FieldSpec("preferred_channel", lambda: EnumCombo(Channel)),
        FieldSpec("language", lambda: EnumCombo(Language, optional=True)),
        FieldSpec(
            "country", lambda: CountryCombo(QT_TRANSLATE_NOOP("Form", "Same as the customer"))
        ),
        FieldSpec("reachable_hours", TextLine),
        FieldSpec("notes", TextArea),
    ]


def phone_text(number: str) -> str:
    """One left-to-right unit: a right-to-left cell would otherwise reverse its groups."""
    return isolate_ltr(phone_shown(number))


class ContactsTab(SectionTab):
    key = "contacts"
    section = "contacts"
    shows = frozenset({"contacts"})
    noun = QT_TRANSLATE_NOOP("Sections", "contact")

    def title(self) -> str:
        return word("Section", "Contacts")

    def columns(self) -> list[Column]:
        return [
            Column(N_("Field", "Name"), lambda c: c.name),
            Column(N_("Field", "Side"), lambda c: label(c.side)),
            Column(N_("Field", "Role"), lambda c: c.role),
            Column(N_("Field", "ITIL relation"), lambda c: label(c.itil_relation)),
            Column(N_("Field", "Phone"), lambda c: phone_text(c.phone)),
            Column(N_("Field", "Mobile"), lambda c: phone_text(c.mobile)),
            Column(N_("Field", "E-mail"), lambda c: c.email),
            Column(
                N_("Field", "Preferred channel"),
                lambda c: label(c.preferred_channel),
            ),
        ]

    def new_record(self) -> ContactData:
        return ContactData()

    def make_dialog(self, record: ContactData, where: Where) -> RecordDialog:
        return contact_dialog(record, self.validator(where), self)


def contact_dialog(
    record: ContactData, validate: Validator, parent: QWidget | None = None
) -> RecordDialog:
    dialog = RecordDialog(N_("Section", "Contact"), contact_specs(), record, validate, parent)
    dialog.finish_layout()
    return dialog
