"""An improvement item for a missed promise: what will change, its owner (a staff member)
and when; saved, read back, exported and imported like every declared field."""

from __future__ import annotations

import datetime as dt

import pytest

from accountdesk.domain.enums import ExpectationStatus
from accountdesk.domain.errors import ImportFormatError
from accountdesk.domain.service_file import (
    ExpectationData,
    ReportResultData,
    ServiceFile,
    ServiceReportData,
)
from accountdesk.services import json_format as jf
from accountdesk.services import service_files as sf


def _file(**item) -> ServiceFile:
    return ServiceFile(
        name="Harbour Retail",
        expectations=[ExpectationData(customer_words="Tills", status=ExpectationStatus.AGREED)],
        reports=[
            ServiceReportData(
                period_start=dt.date(2026, 1, 1),
                period_end=dt.date(2026, 3, 31),
                results=[
                    ReportResultData(expectation_index=0, achieved="99.3%", met=False, **item)
                ],
            )
        ],
    )


ITEM = {
    "improvement": "A second till server in the shop",
    "improvement_owner": "Dana Levi",
    "improvement_due": dt.date(2026, 5, 1),
}


def test_an_item_is_saved_and_read_back_with_its_owner_as_staff(db):
    saved = sf.save_file(db, _file(**ITEM))
    [result] = sf.load_file(db, saved.id).reports[0].results
    assert (result.improvement, result.improvement_owner, result.improvement_due) == (
        ITEM["improvement"],
        "Dana Levi",
        dt.date(2026, 5, 1),
    )
    assert "Dana Levi" in {s.name for s in sf.list_staff(db)}


def test_an_item_goes_out_and_comes_back_in_the_json_format(db):
    saved = sf.save_file(db, _file(**ITEM))
    doc = jf.export_customers(db, [saved.id])
    [result] = doc["customers"][0]["reports"][0]["results"]
    assert result["improvement"] == ITEM["improvement"]
    assert result["improvement_owner"] == "Dana Levi"
    assert result["improvement_due"] == "2026-05-01"
    assert "Dana Levi" in {s["name"] for s in doc["staff"]}
    [again] = jf.parse_document(jf.dumps(doc).replace("Harbour Retail", "Harbour Two"))
    assert again.reports[0].results[0].improvement_due == dt.date(2026, 5, 1)


def test_a_bad_due_date_names_the_field_and_saves_nothing(db):
    doc = jf.build_document([_file(**ITEM)], {})
    doc["customers"][0]["reports"][0]["results"][0]["improvement_due"] = "next spring"
    with pytest.raises(ImportFormatError) as raised:
        jf.import_document(db, jf.dumps(doc))
    assert str(raised.value) == (
        "customers[0].reports[0].results[0].improvement_due: 'next spring' is not a date "
        "(use YYYY-MM-DD)"
    )
    assert sf.list_customers(db) == []
