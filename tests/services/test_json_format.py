"""The JSON format: exact round trip, the shape of the document, precise import errors."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from accountdesk.domain.errors import ImportFormatError
from accountdesk.domain.rules import clean_system
from accountdesk.domain.service_file import ContactData, ServiceFile, SystemData
from accountdesk.domain.validation import Checker
from accountdesk.services import json_format as jf
from accountdesk.services import service_files as sf
from accountdesk.storage import tables as t
from accountdesk.storage.file_mapping import system_values


def all_ids(db) -> list[int]:
    return sf.customer_ids(db)


def count(db, table) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(table))


def problems_of(text: str) -> list[str]:
    with pytest.raises(ImportFormatError) as caught:
        jf.parse_document(text)
    return caught.value.lines


def minimal_customer(**fields) -> dict:
    return {"name": "Acme", **fields}


def document(*customers: dict, staff: list | None = None) -> str:
    doc = {"format": jf.FORMAT, "version": jf.VERSION, "customers": list(customers)}
    if staff is not None:
        doc["staff"] = staff
    return json.dumps(doc, ensure_ascii=False)


# ---------------------------------------------------------------- round trip


def test_demo_data_round_trips_byte_for_byte(demo_db, db):
    first = jf.dumps(jf.export_customers(demo_db, all_ids(demo_db)))
    ids = jf.import_document(db, first)
    again = jf.dumps(jf.export_customers(db, ids))
    assert again == first


def test_reading_a_written_file_gives_back_the_same_service_files(demo_db):
    files = [sf.load_file(demo_db, i) for i in all_ids(demo_db)]
    doc = jf.export_customers(demo_db, all_ids(demo_db))
    parsed = jf.parse_document(jf.dumps(doc))
    staff = {s["name"]: s for s in doc["staff"]}
    assert [_without_ids(f) for f in parsed] == [_without_ids(f) for f in files]
    assert jf.build_document(parsed, {})["customers"] == doc["customers"]
    assert set(staff) == set().union(*(jf.staff_named_in(f) for f in files))


def _without_ids(f: ServiceFile) -> dict:
    """The file as the format sees it: the written document of that one file."""
    return jf.build_document([f], {})["customers"][0]


def test_one_customer_is_the_same_envelope_with_one_entry(demo_db):
    first_id = all_ids(demo_db)[0]
    doc = jf.export_customers(demo_db, [first_id])
    assert list(doc) == ["format", "version", "staff", "customers"]
    assert (doc["format"], doc["version"], len(doc["customers"])) == (
        "accountdesk.service-file",
        1,
        1,
    )
    named = jf.staff_named_in(sf.load_file(demo_db, first_id))
    assert {s["name"] for s in doc["staff"]} == named


def test_dumps_is_readable_utf8_with_a_stable_key_order(demo_db):
    text = jf.dumps(jf.export_customers(demo_db, all_ids(demo_db)))
    assert "המרכז הרפואי גליל כרמל" in text and "\\u05" not in text
    assert text.endswith("}\n") and text.startswith('{\n  "format": "accountdesk.service-file"')
    customer = json.loads(text)["customers"][0]
    assert list(customer)[:3] == ["name", "industry", "business_needs"]


def test_no_database_ids_are_written(demo_db):
    doc = jf.export_customers(demo_db, all_ids(demo_db))
    assert not {"id", "revision", "key", "owner_key", "contact_key"} & set(_all_keys(doc))


def _all_keys(value) -> list[str]:
    if isinstance(value, dict):
        return list(value) + [k for v in value.values() for k in _all_keys(v)]
    if isinstance(value, list):
        return [k for v in value for k in _all_keys(v)]
    return []


def test_references_are_names_and_positions(demo_db):
    hospital_id = sf.find_customer_id(demo_db, "המרכז הרפואי גליל כרמל")
    doc = jf.export_customers(demo_db, [hospital_id])
    customer = doc["customers"][0]
    contacts = [c["name"] for c in customer["contacts"]]
    dc = next(s for s in customer["systems"] if s["host"] == "srv-dc01.glc-med.local")
    assert contacts[dc["owner"]] == "אבי רוזן"
    customer_path = next(p for p in customer["escalation_paths"] if p["side"] == "customer")
    assert [contacts[level["contact"]] for level in customer_path["levels"]] == [
        "מוקד IT בית החולים",
        "אבי רוזן",
        "ד״ר אסף גולן",
    ]
    assert customer["supporter"] == "אורי בן-דוד"
    dana = next(s for s in doc["staff"] if s["name"] == "דנה לוי")
    assert dana == {
        "name": "דנה לוי",
        "role": "account_manager",
        "email": "dana.levi@ofek-it.co.il",
        "phone": "+97237612200",
    }
    result = customer["reports"][0]["results"][0]
    assert customer["expectations"][result["expectation"]]["topic"] == "availability"


@pytest.mark.parametrize(
    ("name", "window"),
    [
        (
            "המרכז הרפואי גליל כרמל",
            {
                "days": ["sun", "mon", "tue", "wed", "thu", "fri", "sat"],
                "start": "00:00",
                "end": "24:00",
                "timezone": "Asia/Jerusalem",
            },
        ),
        (
            "ברק, שטרן ושות׳ – עורכי דין",
            {
                "days": ["sun", "mon", "tue", "wed", "thu"],
                "start": "08:00",
                "end": "18:00",
                "timezone": "Asia/Jerusalem",
            },
        ),
        (
            "شرکت مهندسی مشاور پارس\u200cسازه",
            {
                "days": ["sun", "mon", "tue", "wed", "sat"],
                "start": "08:00",
                "end": "16:00",
                "timezone": "Asia/Tehran",
            },
        ),
        (
            "Brightwater Software Ltd",
            {
                "days": ["mon", "tue", "wed", "thu", "fri"],
                "start": "09:00",
                "end": "17:30",
                "timezone": "Europe/London",
            },
        ),
    ],
)
def test_service_windows_are_written_as_days_and_clock_times(demo_db, name, window):
    doc = jf.export_customers(demo_db, [sf.find_customer_id(demo_db, name)])
    assert doc["customers"][0]["window"] == window


def test_dates_are_iso_and_enums_are_values(demo_db):
    customer = jf.export_customers(demo_db, all_ids(demo_db)[:1])["customers"][0]
    assert customer["support_level"] in {"basic", "standard", "premium", "dedicated"}
    assert len(customer["next_review"]) == 10 and customer["next_review"][4] == "-"
    assert customer["meetings"][0]["held_on"].count("-") == 2


# ---------------------------------------------------------------- reading errors


def test_bad_json_is_one_clear_message():
    assert problems_of('{"format": "accountdesk.service-file", ') == [
        "not valid JSON: Expecting property name enclosed in double quotes at line 1 column 40"
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '{"format": "other", "version": 1}',
            "not an AccountDesk service-file document (its format is 'other')",
        ),
        ("[1, 2]", "not an AccountDesk service-file document; expected"),
        (
            '{"format": "accountdesk.service-file", "version": 2, "customers": []}',
            "format version 2 is newer than this AccountDesk reads (1)",
        ),
        (
            '{"format": "accountdesk.service-file", "version": "1", "customers": []}',
            "unsupported format version '1'",
        ),
        (
            '{"format": "accountdesk.service-file", "customers": []}',
            "unsupported format version null",
        ),
    ],
)
def test_wrong_format_or_version_is_one_clear_message(text, message):
    problems = problems_of(text)
    assert len(problems) == 1
    assert problems[0].startswith(message)


def test_not_a_number_is_refused():
    text = document(
        minimal_customer(expectations=[{"customer_words": "x", "failures_per_year": 1}])
    )
    assert problems_of(text.replace("1}", "NaN}")) == [
        "customers[0].expectations[0]: not valid JSON: NaN is not a number JSON allows"
    ]


def test_every_bad_path_is_listed_in_document_order():
    customer = minimal_customer(
        support_level="gold",
        window={
            "days": ["sun", "fr"],
            "start": "8:00",
            "end": "18:00",
            "timezone": "Asia/Jerusalem",
        },
        next_review="31/12/2025",
        systems=[
            {"name": "DC01"},
            {"name": "DC02", "kind": "srv", "owner": 3},
            {"name": "X", "hostname": "x"},
        ],
        contacts=[{"name": "Yossi", "email": "yossi@", "phone": "abc"}],
        expectations=[
            {
                "customer_words": "fast",
                "realistic": "no",
                "risks": [{"cause": "power"}, {"likelihood": "high"}],
            }
        ],
        feedback=[{"received_on": "2025-01-01", "score": 11}],
    )
    assert problems_of(document(customer)) == [
        "customers[0].support_level: 'gold' is not one of basic, standard, premium, dedicated",
        "customers[0].window.days[1]: 'fr' is not one of sun, mon, tue, wed, thu, fri, sat",
        "customers[0].window.start: '8:00' is not a time of day (use HH:MM)",
        "customers[0].next_review: '31/12/2025' is not a date (use YYYY-MM-DD)",
        "customers[0].systems[1].kind: 'srv' is not one of server, application, database, network, "
        "storage, cloud_service, workstation, security, other",
        "customers[0].systems[1].owner: there is no contact 3 (this customer has 1, counted from 0)",
        "customers[0].systems[2].hostname: unknown field",
        "customers[0].expectations[0].realistic: must be true or false",
        "customers[0].expectations[0].risks[1].cause: is required",
        "customers[0].feedback[0].score: must be between 0 and 10",
        "customers[0].contacts[0].phone: Phone is not a valid phone number in IL; write it as "
        "02-123-4567 or, with the country code, +972 2-123-4567",
        "customers[0].contacts[0].email: E-mail is not a valid e-mail address: There must be something "
        "after the @-sign.",
    ]


def test_the_domain_rules_apply_with_json_paths():
    customer = minimal_customer(
        window={"days": ["mon"], "start": "08:00", "end": "18:00", "timezone": "Mars/Olympus"},
        systems=[{"name": "Mail"}, {"name": "mail"}],
        expectations=[{"customer_words": "  ", "realistic": False}],
        escalation_paths=[
            {"severity": "high", "levels": [{"staff": "Dana"}]},
            {"severity": "high", "levels": []},
        ],
    )
    assert problems_of(document(customer)) == [
        "customers[0].window.timezone: Time zone is not a known time zone",
        "customers[0].escalation_paths[1].severity: Severity 'high / provider' already exists",
        "customers[0].expectations[0].customer_words: In the customer's words is required",
        "customers[0].expectations[0].cost_benefit: Cost and benefit is required when an expectation is "
        "marked unrealistic",
        "customers[0].systems[1].name: Name 'mail' already exists",
    ]


def test_nested_rows_get_exact_paths_and_no_duplicates():
    customer = minimal_customer(
        escalation_paths=[
            {
                "severity": "critical",
                "levels": [{"after_minutes": -5, "staff": "Dana"}, {"channel": "fax"}],
            }
        ],
        meetings=[
            {
                "held_on": "2025-01-05",
                "participants": [{"name": ""}],
                "action_items": [{"text": "go", "due": "soon"}],
            }
        ],
        reports=[
            {
                "period_start": "2025-02-01",
                "period_end": "2025-01-01",
                "results": [{"expectation": 0, "achieved": ""}],
            }
        ],
    )
    assert problems_of(document(customer)) == [
        "customers[0].escalation_paths[0].levels[0].after_minutes: must be at least 0",
        "customers[0].escalation_paths[0].levels[1].channel: 'fax' is not one of phone, mobile, email, chat, in_person, ticket",
        "customers[0].escalation_paths[0].levels[1].staff: each level needs a staff member, a contact or a name",
        "customers[0].meetings[0].participants[0].name: is required",
        "customers[0].meetings[0].action_items[0].due: 'soon' is not a date (use YYYY-MM-DD)",
        "customers[0].reports[0].period_end: must not be before period_start",
        "customers[0].reports[0].results[0].expectation: there is no expectation 0 (this customer has 0, counted from 0)",
        "customers[0].reports[0].results[0].achieved: is required",
    ]


def test_wrong_types_are_named():
    customer = minimal_customer(industry=5, systems={"name": "x"}, contacts=["Yossi"], window=[])
    assert problems_of(document(customer)) == [
        "customers[0].industry: must be text",
        "customers[0].window: must be an object",
        "customers[0].systems: must be a list",
        "customers[0].contacts[0]: must be an object",
    ]


def test_a_report_has_one_result_per_expectation():
    customer = minimal_customer(
        expectations=[{"customer_words": "up"}],
        reports=[
            {
                "period_start": "2025-01-01",
                "period_end": "2025-03-31",
                "results": [
                    {"expectation": 0, "achieved": "yes"},
                    {"expectation": 0, "achieved": "again"},
                ],
            }
        ],
    )
    assert problems_of(document(customer)) == [
        "customers[0].reports[0].results[1].expectation: expectation 0 has two results in this report"
    ]


def test_names_must_be_unique_within_the_document():
    text = document(
        minimal_customer(),
        {"name": "Other"},
        minimal_customer(),
        staff=[{"name": "Dana"}, {"name": "Dana"}],
    )
    assert problems_of(text) == [
        "staff[1].name: staff member 'Dana' appears twice (also staff[0])",
        "customers[2].name: customer 'Acme' appears twice (also customers[0])",
    ]


def test_unknown_top_level_fields_and_bad_staff_are_reported():
    text = document(minimal_customer(), staff=[{"name": "Dana", "role": "boss", "email": "x"}])
    text = text.replace('"version": 1', '"version": 1, "exported_by": "me"')
    assert problems_of(text) == [
        "staff[0].role: 'boss' is not one of account_manager, supporter, escalation_manager, management",
        "staff[0].email: E-mail is not a valid e-mail address: An email address must have an @-sign.",
        "exported_by: unknown field",
    ]


def test_a_byte_order_mark_is_ignored():
    assert [f.name for f in jf.parse_document("\ufeff" + document(minimal_customer()))] == ["Acme"]


def test_missing_optional_fields_take_their_defaults():
    [f] = jf.parse_document(
        document(minimal_customer(contacts=[{"name": "Yossi", "phone": "۰۵۲-۵۵۵-۱۲۳۴"}]))
    )
    assert (f.name, f.window.is_always, f.document_language.value, f.systems) == (
        "Acme",
        True,
        "he",
        [],
    )
    assert f.contacts[0].phone == "+972525551234"  # Persian digits, normalised like the app does


# ---------------------------------------------------------------- importing


def test_import_is_all_or_nothing(db):
    good = minimal_customer(name="Good", supporter="Dana", contacts=[{"name": "Yossi"}])
    bad = minimal_customer(name="Bad", contacts=[{"name": "Rina", "email": "not an address"}])
    with pytest.raises(ImportFormatError) as caught:
        jf.import_document(db, document(good, bad))
    assert caught.value.lines[0].startswith("customers[1].contacts[0].email: ")
    assert (count(db, t.Customer), count(db, t.Contact), count(db, t.StaffMember)) == (0, 0, 0)


def test_a_clash_with_an_existing_customer_is_reported_not_overwritten(db):
    sf.save_file(db, ServiceFile(name="Acme", industry="retail"))
    text = document({"name": "New one"}, minimal_customer(industry="banking"))
    with pytest.raises(ImportFormatError) as caught:
        jf.import_document(db, text)
    assert caught.value.lines == ["customers[1].name: a customer named 'Acme' already exists"]
    assert [r.name for r in sf.list_customers(db)] == ["Acme"]
    assert sf.load_file(db, sf.find_customer_id(db, "Acme")).industry == "retail"


def test_import_adds_missing_staff_and_keeps_existing_ones(db):
    sf.save_file(db, ServiceFile(name="Existing", supporter="Dana"))
    staff = [
        {"name": "Dana", "role": "management", "email": "dana@example.com", "phone": ""},
        {
            "name": "Omid",
            "role": "escalation_manager",
            "email": "omid@example.com",
            "phone": "+98 21 8877 6655",
        },
    ]
    jf.import_document(
        db, document(minimal_customer(supporter="Dana", backup_supporter="Omid"), staff=staff)
    )
    by_name = {s.name: s for s in sf.list_staff(db)}
    assert (by_name["Dana"].role.value, by_name["Dana"].email) == ("supporter", "")
    assert (by_name["Omid"].role.value, by_name["Omid"].phone) == (
        "escalation_manager",
        "+982188776655",
    )


def test_import_returns_new_ids_in_document_order(db):
    ids = jf.import_document(db, document({"name": "B"}, {"name": "A"}))
    assert [sf.load_file(db, i).name for i in ids] == ["B", "A"]


def test_an_exported_customer_can_come_back_under_another_name(demo_db):
    doc = jf.export_customers(demo_db, all_ids(demo_db)[:1])
    renamed = copy.deepcopy(doc)
    renamed["customers"][0]["name"] = "Copy"
    [new_id] = jf.import_document(demo_db, jf.dumps(renamed))
    original = jf.export_customers(demo_db, all_ids(demo_db)[:1])["customers"][0]
    copied = jf.export_customers(demo_db, [new_id])["customers"][0]
    assert {**copied, "name": original["name"]} == original


def test_contacts_keep_their_order_and_references(db):
    people = [ContactData(name=n) for n in ("A", "B", "C")]
    saved = sf.save_file(
        db,
        ServiceFile(
            name="Ref", contacts=people, systems=[SystemData(name="S", owner_key=people[2].key)]
        ),
    )
    doc = jf.export_customers(db, [saved.id])
    assert doc["customers"][0]["systems"][0]["owner"] == 2


def test_every_system_of_a_large_customer_is_checked_like_any_field(db):
    systems = [{"name": f"srv-{i}", "host": f"h{i}"} for i in range(20)]
    systems[3]["host"] = "漢字"  # no document font prints it
    systems[7]["name"] = "\u200b \u3164"  # shows nothing
    systems[9]["business_function"] = "גיבוי\u200b"  # visible: kept as written
    with pytest.raises(ImportFormatError) as caught:
        jf.import_document(db, document(minimal_customer(systems=systems)))
    assert caught.value.lines == [
        "customers[0].systems[3].host: Host name contains characters that documents cannot print: "
        "漢 (U+6F22), 字 (U+5B57); remove or replace them",
        "customers[0].systems[7].name: Name is required",
    ]
    assert (count(db, t.Customer), count(db, t.System)) == (0, 0)


def test_a_system_text_of_only_invisible_characters_is_imported_empty(db):
    systems = [{"name": " שרת גיבוי ", "host": "\u200b", "notes": "line 1\nline 2"}]
    [customer_id] = jf.import_document(db, document(minimal_customer(systems=systems)))
    [system] = jf.export_customers(db, [customer_id])["customers"][0]["systems"]
    assert (system["name"], system["host"], system["notes"]) == ("שרת גיבוי", "", "line 1\nline 2")


_SYSTEM_TEXT = st.text(
    st.sampled_from(["a", "Z", "0", " ", "-", "\t", "\n", "\x00", "ש", "پ", "\u200b", "\u200c"])
    | st.sampled_from(["\u202e", "\u3164", "\xa0", "漢", "\ufdd0", "\ud800", "é", "\u0301"]),
    max_size=12,
)
_SYSTEM_VALUE = st.one_of(
    st.none(), st.integers(-2, 3), st.booleans(), _SYSTEM_TEXT, st.sampled_from(["server", "dr"])
)


@settings(max_examples=400, deadline=None)
@given(
    value=st.dictionaries(
        st.sampled_from([*jf.SYSTEM_FIELDS, "owner", "extra"]), _SYSTEM_VALUE, max_size=13
    )
    | st.fixed_dictionaries({"name": _SYSTEM_TEXT, "kind": st.just("server")})
)
def test_the_quick_reading_of_a_system_accepts_only_what_the_full_checks_accept(value):
    """Most systems of a large file are read on a quick path; whatever it takes must come
    out as the full checks would make it, with no problem found."""
    quick = jf._quick_system(value)
    found: list = []
    system, owner = jf._read_system(jf._Node(value, "systems[0]", found))
    check = Checker("customer").at("systems", 0)
    clean_system(check, system)
    if quick is None:
        return
    assert (found, check.problems) == ([], [])
    assert quick == (system_values(system), owner)


@pytest.mark.parametrize("written", ["\u202e", "\\u202E", "\\u202e"])
def test_direction_controls_are_found_wherever_the_file_is_cut_to_be_read(
    tmp_path, monkeypatch, written
):
    path = tmp_path / "file.json"
    path.write_text(document(minimal_customer(name="Ac@me")).replace("@", written), "utf-8")
    for chunk in (1, 3, 7, 1 << 20):
        monkeypatch.setattr(jf, "_SCAN_CHUNK", chunk)
        assert [str(w) for w in jf.direction_control_warnings(path)] == [
            "customers[0].name: invisible direction-control characters removed (U+202E); "
            "they could reverse how the text reads"
        ]
    path.write_text(document(minimal_customer(name="Acme \\u202")), "utf-8")
    assert jf.direction_control_warnings(path) == []


# ---------------------------------------------------------------- countries


def test_country_is_written_for_the_customer_and_for_a_contact_only_when_its_own(db):
    contacts = [
        {"name": "رضا", "phone": "021-88776655"},
        {"name": "Dana", "phone": "+972 3-555-1234", "country": "IL"},
    ]
    [customer_id] = jf.import_document(
        db, document(minimal_customer(document_language="fa", country="ir", contacts=contacts))
    )
    [written] = jf.export_customers(db, [customer_id])["customers"]
    assert written["country"] == "IR"
    assert [(c["phone"], c["country"]) for c in written["contacts"]] == [
        ("+982188776655", None),
        ("+97235551234", "IL"),
    ]


def test_a_file_without_country_takes_the_country_of_its_language():
    customers = [
        minimal_customer(name=name, document_language=language, contacts=[{"name": "x", **phone}])
        for name, language, phone in (
            ("A", "fa", {"mobile": "۰۹۱۲-۳۴۵-۶۷۸۹"}),
            ("B", "he", {"phone": "03-555-1234"}),
            ("C", "en", {"phone": "020 7946 0958"}),
        )
    ]
    files = jf.parse_document(document(*customers))
    assert [(f.country, f.contacts[0].phone or f.contacts[0].mobile) for f in files] == [
        ("IR", "+989123456789"),
        ("IL", "+97235551234"),
        ("GB", "+442079460958"),
    ]


def test_a_contacts_own_country_reads_its_numbers_and_a_bad_one_gives_an_example():
    contacts = [
        {"name": "Tehran office", "phone": "٠٢١ ٨٨٧٧ ٦٦٥٥", "country": "IR"},
        {"name": "Nowhere", "phone": "5551234"},
        {"name": "Mars", "country": "MARS"},
    ]
    assert problems_of(document(minimal_customer(country="IL", contacts=contacts))) == [
        "customers[0].contacts[1].phone: Phone is not a valid phone number in IL; write it as "
        "02-123-4567 or, with the country code, +972 2-123-4567",
        "customers[0].contacts[2].country: Country: 'MARS' is not a country code (ISO 3166, "
        "such as IL, IR or GB)",
    ]
    contacts.pop()
    contacts.pop()
    [f] = jf.parse_document(document(minimal_customer(country="IL", contacts=contacts)))
    assert (f.contacts[0].phone, f.contacts[0].country) == ("+982188776655", "IR")


def test_staff_numbers_need_a_country_code_unless_a_region_is_given():
    staff = [{"name": "Omid", "role": "supporter", "phone": "021 8877 6655"}]
    text = document(minimal_customer(supporter="Omid"), staff=staff)
    assert problems_of(text) == [
        "staff[0].phone: Phone is not a valid phone number; write it with + and its country code"
    ]
    assert jf.read_document(text, "IR").staff[0].phone == "+982188776655"
