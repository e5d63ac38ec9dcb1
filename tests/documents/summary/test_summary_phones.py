"""Phone numbers on paper belong to their country: the issue's Tehran numbers print as
Iranian in a Persian customer's summary, never as +972 numbers."""

from __future__ import annotations

import summary_samples as samples
from pdf_reading import all_lines

from accountdesk.documents.summary import SummaryOptions, build_summary
from accountdesk.domain.rules import clean_service_file
from accountdesk.domain.service_file import ContactData


def _printed(file, language="fa") -> list[str]:
    pdf = build_summary(
        clean_service_file(file),
        SummaryOptions(staff=samples.STAFF, language=language),
        today=samples.TODAY,
    )
    return [line.visual for _, line in all_lines(pdf.data)]


def _persian_customer_with_tehran_numbers():
    file = samples.persian_file()
    file.contacts += [
        ContactData(name="نگار توکلی", phone="021-88770000", mobile="۰۹۱۲-۳۴۵-۶۷۸۰"),
        ContactData(name="Dana Levi", phone="03-555-1234", country="IL"),
    ]
    return file


def test_a_persian_customers_tehran_number_prints_as_iranian():
    lines = _printed(_persian_customer_with_tehran_numbers())
    text = "\n".join(lines)
    # Iranian numbers of an Iranian customer: as dialled in Iran, each one left-to-right run.
    assert any("021 8877 0000" in line for line in lines), text
    assert any("0912 345 6780" in line for line in lines), text
    # A contact with a country of its own keeps it: international, since it is not Iran's.
    assert any("+972 3-555-1234" in line for line in lines), text
    assert "+972 21" not in text and "+972 912" not in text


def test_the_same_file_in_english_prints_the_same_numbers():
    lines = _printed(_persian_customer_with_tehran_numbers(), language="en")
    assert any("021 8877 0000" in line for line in lines)
    assert any("+972 3-555-1234" in line for line in lines)


def test_a_customer_elsewhere_prints_iranian_numbers_internationally():
    file = samples.english_file()
    file.contacts.append(ContactData(name="Tehran office", phone="021-88776655", country="IR"))
    lines = _printed(file, language="en")
    assert any("+98 21 8877 6655" in line for line in lines)
