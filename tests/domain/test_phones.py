"""Phone numbers are read in a country: the contact's, else the customer's."""

import pytest

from accountdesk.domain.errors import ValidationError
from accountdesk.domain.phones import (
    country_of_language,
    dialled_forms,
    format_phone,
    normalise_phone,
    phone_example,
)
from accountdesk.domain.rules import clean_service_file
from accountdesk.domain.service_file import ContactData, ServiceFile
from accountdesk.domain.text import phone_search_forms
from accountdesk.domain.validation import Checker


@pytest.mark.parametrize(
    "text,country,expected",
    [
        # The cases: Iranian numbers in a Persian file are Iranian.
        ("۰۹۱۲-۳۴۵-۶۷۸۹", "IR", "+989123456789"),
        ("021-88776655", "IR", "+982188776655"),
        ("٠٢١ ٨٨٧٧ ٦٦٥٥", "IR", "+982188776655"),
        ("0098 21 8877 6655", "IR", "+982188776655"),
        ("+98 (21) 8877-6655", "IL", "+982188776655"),  # a country code wins
        ("03-555-1234", "IL", "+97235551234"),
        ("00972 3 555 1234", "IL", "+97235551234"),
        ("020 7946 0958", "GB", "+442079460958"),
        # Possible but not valid: refused, not turned into '+972 5551234'.
        ("5551234", "IL", None),
        ("021-88776655", "IL", None),
        ("hello", "IR", None),
        # Without a country only numbers with a country code are read.
        ("+98 21 8877 6655", None, "+982188776655"),
        ("021 8877 6655", None, None),
    ],
)
def test_numbers_are_read_in_their_country(text, country, expected):
    assert normalise_phone(text, country) == expected


def test_a_number_shows_nationally_at_home_and_internationally_elsewhere():
    assert format_phone("+982188776655", "IR") == "021 8877 6655"
    assert format_phone("+982188776655", "IL") == "+98 21 8877 6655"
    assert format_phone("+982188776655") == "+98 21 8877 6655"
    assert format_phone("+97235551234", "IL") == "03-555-1234"
    assert format_phone("not a number", "IL") == "not a number"  # kept as an old file has it


def test_a_refused_number_names_the_field_and_gives_an_example_of_the_country():
    check = Checker()
    assert check.phone("phone", "5551234", "IR") == "5551234"
    assert check.phone("mobile", "0912", "IR") == "0912"
    phone, mobile = check.problems
    assert phone.text() == (
        "Phone is not a valid phone number in IR; write it as 021 2345 6789 "
        "or, with the country code, +98 21 2345 6789"
    )
    # The mobile field's example is a mobile number.
    assert mobile.params["national"] == "0912 345 6789"
    assert mobile.params["international"] == "+98 912 345 6789"
    example = phone_example("GB")
    assert example is not None and normalise_phone(example.national, "GB") is not None


def test_contacts_numbers_are_read_in_their_own_country_else_the_customers():
    file = ServiceFile(
        name="پارس‌نت",
        country="IR",
        contacts=[
            ContactData(name="رضا", phone="021-88776655", mobile="۰۹۱۲-۳۴۵-۶۷۸۹"),
            ContactData(name="דנה", phone="03-555-1234", country="il"),
            ContactData(name="Same", phone="021 2345 6789", country="IR"),
        ],
    )
    clean = clean_service_file(file)
    reza, dana, same = clean.contacts
    assert (reza.phone, reza.mobile, reza.country) == ("+982188776655", "+989123456789", None)
    assert (dana.phone, dana.country) == ("+97235551234", "IL")
    assert same.country is None  # the customer's own country is not repeated


def test_an_unknown_country_is_refused():
    file = ServiceFile(name="Acme", country="XX", contacts=[ContactData(name="A", country="Q")])
    with pytest.raises(ValidationError) as caught:
        clean_service_file(file)
    assert {p.where(): p.text() for p in caught.value.problems} == {
        "country": "Country: 'XX' is not a country code (ISO 3166, such as IL, IR or GB)",
        "contacts[1].country": "Country: 'Q' is not a country code (ISO 3166, such as IL, IR or GB)",
    }


def test_the_country_of_a_document_language():
    assert [country_of_language(lang) for lang in ("he", "fa", "en")] == ["IL", "IR", "GB"]


def test_a_number_is_found_by_every_form_dialled_in_its_country():
    assert dialled_forms("+982188776655", "IR") == [
        "982188776655",
        "02188776655",
        "00982188776655",
    ]
    forms = phone_search_forms("+982188776655", "IR")
    assert {"982188776655", "02188776655", "00982188776655"} <= set(forms.whole)
    assert "88776655" in forms.suffixes
