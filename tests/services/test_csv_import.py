"""CSV import of systems and contacts: Excel's files as they are, every bad row reported."""

from __future__ import annotations

import pytest

from accountdesk.domain.enums import Environment, Language, SystemKind
from accountdesk.domain.errors import ConflictError, ImportFormatError
from accountdesk.domain.service_file import ContactData, ServiceFile
from accountdesk.services import csv_import
from accountdesk.services import service_files as sf
from accountdesk.services.csv_format import Target


@pytest.fixture
def customer(db) -> ServiceFile:
    owner = ContactData(name="יוסי כהן", email="yossi@acme.co.il")
    return sf.save_file(db, ServiceFile(name="אקמה בע״מ", contacts=[owner]))


def problems_of(call) -> list[str]:
    with pytest.raises(ImportFormatError) as caught:
        call()
    return caught.value.lines


def test_systems_from_an_excel_file_with_bom_and_semicolons(db, customer):
    data = (
        "\ufeffName;Kind;host;address;owner;environment;version\r\n"
        "DC01;Server;srv-dc01.acme.local;10.0.0.10;יוסי כהן;;Windows Server 2022\r\n"
        '"SAP; ERP";application;s4prd.acme.local;;yossi@acme.co.il;DR;"SAP S/4HANA 2023"\r\n'
    ).encode("utf-8")
    assert csv_import.import_csv(db, customer.id, data, "systems") == 2
    systems = sf.load_file(db, customer.id).systems
    assert [(s.name, s.kind, s.environment, s.host) for s in systems] == [
        ("DC01", SystemKind.SERVER, Environment.PRODUCTION, "srv-dc01.acme.local"),
        ("SAP; ERP", SystemKind.APPLICATION, Environment.DISASTER_RECOVERY, "s4prd.acme.local"),
    ]
    owner_key = sf.load_file(db, customer.id).contacts[0].key
    assert [s.owner_key for s in systems] == [owner_key, owner_key]


def test_contacts_with_commas_tabs_and_no_bom(db, customer):
    comma = "name,phone,email,language\nרינה לוי,03-555-1234,rina@acme.co.il,HE\n"
    tab = "name\tmobile\tside\nDana\t+44 7400 123456\tprovider\n"
    assert csv_import.import_csv(db, customer.id, comma.encode(), Target.CONTACTS) == 1
    assert csv_import.import_csv(db, customer.id, tab, Target.CONTACTS) == 1
    contacts = sf.load_file(db, customer.id).contacts
    assert [(c.name, c.phone or c.mobile, c.language) for c in contacts[1:]] == [
        ("רינה לוי", "+97235551234", Language.HEBREW),
        ("Dana", "+447400123456", None),
    ]


def test_persian_digits_in_phone_columns(db):
    iranian = sf.save_file(
        db,
        ServiceFile(name="داروخانه نقش جهان", document_language=Language.PERSIAN, country="IR"),
    )
    israeli = sf.save_file(db, ServiceFile(name="אקמה"))
    data = "name,phone,mobile\nمحمد صادقی,۰۳۱-۳۶۲۲۴۵۲۰,۰۹۱۳ ۸۸۰ ۱۲۹۹\n".encode()
    assert csv_import.import_csv(db, iranian.id, data, Target.CONTACTS) == 1
    assert (
        csv_import.import_csv(
            db, israeli.id, "name,phone\nיוסי,۰۵۲-۵۵۵-۱۲۳۴\n".encode(), Target.CONTACTS
        )
        == 1
    )
    [contact] = sf.load_file(db, iranian.id).contacts
    assert (contact.phone, contact.mobile) == ("+983136224520", "+989138801299")
    assert sf.load_file(db, israeli.id).contacts[0].phone == "+972525551234"


def test_every_bad_row_is_reported_by_line_and_nothing_is_imported(db, customer):
    data = (
        "name,phone,email,side\n"
        "Good,03-555-1234,good@acme.co.il,customer\n"
        ",123,not-an-address,both\n"
        "\n"
        '"Two\nlines",03-555-1234,x@,customer\n'
        "Fine,,,\n"
    )
    assert problems_of(lambda: csv_import.import_csv(db, customer.id, data, Target.CONTACTS)) == [
        "line 3: name: Name is required",
        "line 3: side: Side must be one of: customer, provider",
        "line 3: phone: Phone is not a valid phone number in IL; write it as 02-123-4567 or, "
        "with the country code, +972 2-123-4567",
        "line 3: email: E-mail is not a valid e-mail address: An email address must have an @-sign.",
        "line 5: email: E-mail is not a valid e-mail address: There must be something after the @-sign.",
    ]
    after = sf.load_file(db, customer.id)
    assert (len(after.contacts), after.revision) == (1, customer.revision)


def test_system_rows_are_checked_against_the_file_they_join(db, customer):
    csv_import.import_csv(db, customer.id, "name\nExchange\n", Target.SYSTEMS)
    data = "name,kind,owner,criticality\nexchange,srv,Nobody,\nDC01,server,,urgent\n"
    assert problems_of(lambda: csv_import.import_csv(db, customer.id, data, Target.SYSTEMS)) == [
        "line 2: owner: 'Nobody' matches no contact of this customer",
        "line 2: kind: Kind must be one of: server, application, database, network, storage, "
        "cloud_service, workstation, security, other",
        "line 3: criticality: Criticality must be one of: low, medium, high, critical",
        "line 2: name: Name 'exchange' already exists",
    ]
    assert [s.name for s in sf.load_file(db, customer.id).systems] == ["Exchange"]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ("", "line 1: the file has no header row; expected columns such as name, kind"),
        (
            "name,hostname\nx,y\n",
            "line 1: column 2 'hostname' is not one of name, kind, business_function",
        ),
        ("kind\nserver\n", "line 1: the header needs a 'name' column"),
        ("name,host\nDC01,dc01,extra\n", "line 2: 3 cells, but the header names 2 columns"),
        (b"name\n\xff\xfe\n", 'the file is not UTF-8 text (byte 6); save it as "CSV UTF-8"'),
    ],
)
def test_a_malformed_file_says_what_is_wrong(db, customer, data, problem):
    problems = problems_of(lambda: csv_import.import_csv(db, customer.id, data, Target.SYSTEMS))
    assert problems[0].startswith(problem)
    assert sf.load_file(db, customer.id).systems == []


def test_a_header_alone_imports_nothing(db, customer):
    assert csv_import.import_csv(db, customer.id, "name,host\r\n", Target.SYSTEMS) == 0
    assert sf.load_file(db, customer.id).revision == customer.revision


def test_a_customer_changed_meanwhile_is_a_conflict(db, customer, monkeypatch):
    stale = sf.load_file(db, customer.id)
    sf.save_file(db, sf.load_file(db, customer.id))  # someone else saves first
    monkeypatch.setattr(csv_import, "load_file", lambda _db, _id: stale)
    with pytest.raises(ConflictError):
        csv_import.import_csv(db, customer.id, "name\nDC01\n", Target.SYSTEMS)
    assert sf.load_file(db, customer.id).systems == []


# ---------------------------------------------------------------- strict parsing


def test_an_unclosed_quote_is_named_by_its_line_and_swallows_nothing(db, customer):
    data = 'name,notes\nDC01,fine\nDC02,"never closed\nDC03,x\nDC04,y\n'
    assert problems_of(lambda: csv_import.import_csv(db, customer.id, data, "systems")) == [
        "line 3: a quoted cell starts on this line and is never closed; add the closing quote"
    ]
    assert sf.load_file(db, customer.id).systems == []


def test_an_unclosed_quote_closed_by_a_later_one_is_still_found(db, customer):
    data = 'name,notes\nDC01,"runs on\nDC02,x\nDC03,"quoted"\n'
    assert problems_of(lambda: csv_import.import_csv(db, customer.id, data, "systems")) == [
        "line 2: a quoted cell starts on this line and is never closed; add the closing quote"
    ]


def test_a_quote_followed_by_more_text_is_named_by_its_line(db, customer):
    data = 'name,notes\nDC01,ok\nDC02,"half"quoted\n'
    [problem] = problems_of(lambda: csv_import.import_csv(db, customer.id, data, "systems"))
    assert problem.startswith("line 3: a quote is followed by more text in the same cell")


def test_a_cell_over_lines_in_quotes_is_one_cell(db, customer):
    data = 'name,notes\nDC01,"first line\nsecond line"\nDC02,x\n'
    assert csv_import.import_csv(db, customer.id, data, "systems") == 2
    assert [s.notes for s in sf.load_file(db, customer.id).systems] == [
        "first line\nsecond line",
        "x",
    ]


def test_control_characters_are_refused_with_line_and_field(db, customer):
    data = "name,notes\nDC01,bad\x00cell\n"
    assert problems_of(lambda: csv_import.import_csv(db, customer.id, data, "systems")) == [
        "line 2: notes: Notes contains U+0000, a control character or invalid code point "
        "that text may not hold"
    ]


def test_values_that_look_like_formulas_are_kept_as_typed(db, customer):
    data = 'name,host,notes\n=HYPERLINK("x"),@srv,-1+2\n+DC02,=A1,"=cmd|\' /C calc\'!A0"\n'
    assert csv_import.import_csv(db, customer.id, data, "systems") == 2
    systems = sf.load_file(db, customer.id).systems
    assert [(s.name, s.host, s.notes) for s in systems] == [
        ('=HYPERLINK("x")', "@srv", "-1+2"),
        ("+DC02", "=A1", "=cmd|' /C calc'!A0"),
    ]


def test_a_country_column_reads_that_rows_numbers_and_the_customers_country_the_rest(db):
    iranian = sf.save_file(db, ServiceFile(name="پارس‌نت", country="IR"))
    data = "name,phone,country\nرضا,021-88776655,\nDana,03-555-1234,il\nNowhere,5551234,\n"
    assert problems_of(lambda: csv_import.import_csv(db, iranian.id, data, Target.CONTACTS)) == [
        "line 4: phone: Phone is not a valid phone number in IR; write it as 021 2345 6789 or, "
        "with the country code, +98 21 2345 6789"
    ]
    assert csv_import.import_csv(db, iranian.id, data.rsplit("Nowhere", 1)[0], Target.CONTACTS) == 2
    contacts = sf.load_file(db, iranian.id).contacts
    assert [(c.phone, c.country) for c in contacts] == [
        ("+982188776655", None),
        ("+97235551234", "IL"),
    ]


def test_phone_region_is_the_country_of_rows_without_one(db, customer):
    data = "name,phone\nرضا,021-88776655\n"
    assert csv_import.import_csv(db, customer.id, data, Target.CONTACTS, "IR") == 1
    reza = sf.load_file(db, customer.id).contacts[-1]
    assert (reza.phone, reza.country) == ("+982188776655", "IR")
