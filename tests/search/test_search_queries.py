"""What the dedicated supporter types, and what comes back."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accountdesk.domain.service_file import ContactData
from accountdesk.services.search import search
from accountdesk.services.service_files import load_file, save_file
from accountdesk.storage import search_index
from tests.search.conftest import add_customer


def found(db, query):
    return [(r.kind, r.title) for r in search(db, query)]


def first(db, query):
    results = search(db, query)
    assert results, f"nothing found for {query!r}"
    return results[0]


@pytest.fixture(params=["ranked", "tiered"])
def ranking(request, monkeypatch):
    """Run a test through both paths: bm25 for narrow queries, tiers for broad ones."""
    if request.param == "tiered":
        monkeypatch.setattr(search_index, "RANK_CAP", 0)
    return request.param


# ---------------------------------------------------------------- systems


@pytest.mark.parametrize("typed", ["db01", "db0", "srv-db01", "srv-db01.corp.local", "corp"])
def test_a_fragment_of_a_host_name_finds_the_system(db, sample, typed):
    result = first(db, typed)
    assert (result.kind, result.title) == ("system", "Exchange")
    assert result.detail == "srv-db01.corp.local"
    assert result.customer_name == "אקמה בע״מ"


def test_an_address_prefix_finds_the_system_and_shows_the_address(db, sample):
    result = first(db, "10.0.12")
    assert (result.title, result.detail) == ("Exchange", "10.0.12.5")


def test_serial_and_version_are_searched(db, sample):
    assert first(db, "sn-7788").detail == "SN-7788"
    assert ("system", "Exchange") in found(db, "2019")


# ---------------------------------------------------------------- phones


@pytest.mark.parametrize(
    "typed",
    [
        "1234",
        "51234",
        "5551234",
        "555-12",
        "03-555-1234",
        "035551234",
        "+972 3 555 1234",
        "+972-3-555-1234",
        "97235551234",
        "۰۳-۵۵۵-۱۲۳۴",
    ],
)
def test_any_spelling_or_ending_of_a_phone_finds_the_contact(db, sample, typed):
    result = first(db, typed)
    assert (result.kind, result.title) == ("contact", "יוסי כהן")
    assert result.detail == "+972 3-555-1234"


def test_fewer_than_four_final_digits_is_not_a_phone_ending(db, sample):
    assert ("contact", "יוסי כהן") not in found(db, "234")


def test_a_mobile_in_another_country_is_found_by_its_national_form(db, sample):
    result = first(db, "0912 123 4567")
    assert (result.title, result.detail) == ("علی کریمی", "+98 912 123 4567")


@pytest.mark.parametrize(
    "typed",
    [
        "021-88776655",
        "021 8877 6655",
        "02188776655",
        "+98 21 8877 6655",
        "+98-21-88776655",
        "982188776655",
        "0098 21 8877 6655",
        "00982188776655",
        "۰۲۱-۸۸۷۷۶۶۵۵",
        "٠٢١ ٨٨٧٧ ٦٦٥٥",
        "(021) 8877-6655",
        "88776655",
        "6655",
    ],
)
def test_every_form_of_an_iranian_number_used_in_iran_finds_the_contact(db, typed, ranking):
    tehran = add_customer(db, "پارس‌نت", country="IR")
    save_file(db, _with_contact(load_file(db, tehran), "مریم احمدی", "021-88776655"))
    result = first(db, typed)
    assert (result.kind, result.title, result.customer_name) == ("contact", "مریم احمدی", "پارس‌نت")
    assert result.detail == "+98 21 8877 6655"


def test_an_iranian_number_is_not_taken_for_an_israeli_one(db):
    tehran = add_customer(db, "پارس‌نت", country="IR")
    save_file(db, _with_contact(load_file(db, tehran), "مریم احمدی", "021-88776655"))
    assert found(db, "+972 21 8877 6655") == []


def _with_contact(file, name, phone):
    file.contacts.append(ContactData(name=name, phone=phone))
    return file


def test_an_email_fragment_finds_the_contact_and_shows_the_email(db, sample):
    result = first(db, "yossi@acme")
    assert (result.title, result.detail) == ("יוסי כהן", "yossi@acme.co.il")


# ---------------------------------------------------------------- languages


@pytest.mark.parametrize("typed", ["אקמ", "אקמה", "אָקְמָה", "אקמה בע״מ", 'אקמה בע"מ'])
def test_hebrew_names_with_or_without_points_and_quotes(db, sample, typed):
    assert first(db, typed).title == "אקמה בע״מ"


def test_a_word_ending_in_a_final_letter_is_a_prefix_of_longer_words(db, sample):
    assert ("contact", "יוסי כהן") in found(db, "תומך")  # role 'תומכת צמודה'
    assert ("customer", "מרכז רפואי שלום") in found(db, "שלו")


@pytest.mark.parametrize("typed", ["شركت فناوري", "شرکت فناوری", "پارس", "فن"])
def test_persian_names_with_arabic_keyboard_letters(db, sample, typed):
    assert first(db, typed).title == "شرکت فناوری پارس"


def test_persian_with_or_without_zwnj(db, sample):
    for typed in ("نرمافزار", "نرم‌افزار"):
        result = first(db, typed)
        assert (result.title, result.detail) == ("سامانه حسابداری", "نرم‌افزار حسابداری")


def test_persian_contact_typed_on_an_arabic_keyboard(db, sample):
    assert first(db, "علي كريمي").title == "علی کریمی"


def test_every_word_must_match(db, sample):
    assert found(db, "אקמה פארס") == []
    assert found(db, "exchange 2019") == [("system", "Exchange")]


# ---------------------------------------------------------------- ranking


def test_an_exact_name_comes_first(db, add, ranking):
    add("Orion Logistics Orion Group Orion")
    add("Orion Foods", systems=[{"name": "Orion"}])
    results = search(db, "orion")
    assert (results[0].kind, results[0].title) == ("system", "Orion")
    assert len(results) == 3 and {r.title for r in results[1:]} == {
        "Orion Foods",
        "Orion Logistics Orion Group Orion",
    }


def test_on_equal_relevance_customers_come_before_systems_before_contacts(db, add, ranking):
    add("Zeta Holdings", contacts=[{"name": "Atlas"}])
    add("Atlas", systems=[{"name": "Atlas"}])
    assert [r.kind for r in search(db, "atlas")] == ["customer", "system", "contact"]


def test_a_name_match_ranks_above_a_match_elsewhere(db, add, ranking):
    add("Mercury Labs", systems=[{"name": "Web portal", "host": "kappa01.local"}])
    add("Kappa Insurance")
    assert first(db, "kappa").title == "Kappa Insurance"


def test_the_limit_is_kept(db, add, ranking):
    add("Nova", systems=[{"name": f"Nova {i}"} for i in range(30)])
    assert len(search(db, "nova", limit=10)) == 10
    assert search(db, "nova", limit=0) == []


def test_broad_and_narrow_queries_find_the_same_records(db, sample, monkeypatch):
    narrow = {(r.kind, r.ref_id) for r in search(db, "ا")}
    monkeypatch.setattr(search_index, "RANK_CAP", 0)
    assert {(r.kind, r.ref_id) for r in search(db, "ا")} == narrow


# ---------------------------------------------------------------- hostile input

HOSTILE = [
    "",
    "   ",
    '"',
    '""',
    "*",
    "**",
    "(",
    ")",
    "()",
    "-",
    "+",
    "^",
    ":",
    "{",
    "}",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "NEAR(",
    "NEAR(a b)",
    "a AND",
    "OR b",
    "a NOT b",
    '"unterminated',
    "name:",
    "name : x",
    "{name body}: x",
    "customer_id:1",
    "x*",
    "*x",
    "'; DROP TABLE customers; --",
    "\ue000",
    "a\ue000b",
    "\x00",
    "\u200c",
    "ـ",
    "״",
]


@pytest.mark.parametrize("typed", HOSTILE)
def test_fts_syntax_in_a_query_is_just_text(db, sample, typed, ranking):
    assert isinstance(search(db, typed), list)


@pytest.mark.parametrize("typed", ["", "   ", '"', "*", "(", "NEAR(", "-", "\ue000", "\u200c"])
def test_an_empty_or_punctuation_query_finds_nothing(db, sample, typed):
    assert search(db, typed) == []


def test_keywords_are_searched_as_words(db, add):
    add("Research AND Development")
    assert found(db, "and") == [("customer", "Research AND Development")]
    assert found(db, "NEAR") == []


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40))
def test_no_text_makes_search_fail(shared_db, text):
    assert isinstance(search(shared_db, text), list)


# ---------------------------------------------------------------- prefixes and joiners


@pytest.mark.parametrize("typed", ["פועלים", "פועל", "בנק פועלים"])
def test_a_hebrew_word_without_its_prefix_letters_finds_it(db, add, ranking, typed):
    add("בנק הפועלים")
    assert found(db, typed) == [("customer", "בנק הפועלים")]


def test_the_word_as_written_ranks_above_the_word_with_a_prefix(db, add, ranking):
    for other in ("Acme", "Orion", "Galil"):
        add(other)
    add("בנק הפועלים")
    add("פועלים בע״מ")
    assert [title for _, title in found(db, "פועלים")] == ["פועלים בע״מ", "בנק הפועלים"]


def test_a_short_stem_is_not_stripped(db, add):
    add("מים וביוב")
    assert found(db, "ים") == []  # "מים" is water, not "ים" (sea)


@pytest.mark.parametrize("written", ["پارس\u200cنت", "پارس نت", "پارسنت"])
@pytest.mark.parametrize("typed", ["پارس\u200cنت", "پارس نت", "پارسنت"])
def test_zwnj_space_or_joined_find_each_other(db, add, ranking, written, typed):
    add(f"شرکت {written}")
    assert found(db, typed) == [("customer", f"شرکت {written}")]
