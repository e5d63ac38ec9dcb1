"""The published JSON Schema of the format (`accountdesk schema`) describes what export
writes: every export is valid against it, and what the import refuses for a field's
type, length or choices, the schema refuses too."""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from accountdesk.domain.errors import ImportFormatError
from accountdesk.services import json_format as jf
from accountdesk.services import service_files as sf
from accountdesk.services.json_schema import service_file_schema


@pytest.fixture(scope="module")
def validator():
    schema = service_file_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


@pytest.fixture
def exported(demo_db):
    return jf.export_customers(demo_db, sf.customer_ids(demo_db))


def problems(validator, document):
    return sorted(
        "/".join(str(part) for part in error.absolute_path) or "document"
        for error in validator.iter_errors(document)
    )


def test_every_demo_customer_exported_is_valid(validator, exported):
    assert exported["customers"]
    assert problems(validator, json.loads(jf.dumps(exported))) == []


@pytest.mark.parametrize(
    ("place", "value", "where"),
    [
        (("systems", 0, "serial"), "x" * 121, "customers/0/systems/0/serial"),
        (("systems", 0, "kind"), "srv", "customers/0/systems/0/kind"),
        (("contacts", 0, "language"), "de", "customers/0/contacts/0/language"),
        (
            ("expectations", 0, "availability_percent"),
            101,
            "customers/0/expectations/0/availability_percent",
        ),
        (("expectations", 0, "realistic"), "yes", "customers/0/expectations/0/realistic"),
        (("meetings", 0, "checklist", "industry"), 1, "customers/0/meetings/0/checklist/industry"),
        (("feedback", 0, "score"), 11, "customers/0/feedback/0/score"),
        (("next_review",), "31/03/2026", "customers/0/next_review"),
        (("systems", 0, "colour"), "blue", "customers/0/systems/0"),
    ],
)
def test_what_the_import_refuses_for_a_field_the_schema_refuses(
    validator, exported, db, place, value, where
):
    document = copy.deepcopy(exported)
    document["customers"] = [_with_rows(document["customers"][0])]
    target = document["customers"][0]
    for step in place[:-1]:
        target = target[step]
    target[place[-1]] = value
    assert problems(validator, document) == [where]
    with pytest.raises(ImportFormatError):
        jf.import_document(db, json.dumps(document))


def _with_rows(customer):
    """The customer with at least one row of each list the cases above change."""
    assert all(customer[key] for key in ("systems", "contacts", "expectations", "meetings"))
    if not customer["feedback"]:
        customer["feedback"] = [{"received_on": "2025-01-05", "score": 8}]
    return customer


def test_the_command_prints_the_schema():
    found = subprocess.run(
        [sys.executable, "-m", "accountdesk", "schema"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(found.stdout) == service_file_schema()
