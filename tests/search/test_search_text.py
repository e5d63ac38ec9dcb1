"""Normalisation: what is indexed and what is typed meet in one form."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accountdesk.domain.text import (
    normalise_for_search,
    phone_search_forms,
    query_terms,
    search_tokens,
)

n = normalise_for_search


@pytest.mark.parametrize(
    "written, plain",
    [
        ("שָׁלוֹם", "שלום"),  # niqqud
        ("בְּרֵאשִׁ֖ית", "בראשית"),  # niqqud and a cantillation mark
        ("مُحَمَّدٌ", "محمد"),  # harakat, shadda, tanwin
        ("رحمٰن", "رحمن"),  # superscript alef
        ("Café ÉCOLE", "cafe ecole"),
        ("ALİ", "ali"),
    ],
)
def test_marks_and_case_are_ignored(written, plain):
    assert n(written) == n(plain)


@pytest.mark.parametrize(
    "arabic, persian",
    [
        ("علي", "علی"),  # Arabic yeh
        ("مصطفى", "مصطفی"),  # alef maqsura
        ("كريم", "کریم"),  # Arabic kaf
        ("مدرسة", "مدرسه"),  # teh marbuta
        ("أحمد", "احمد"),
        ("إيران", "ایران"),
        ("آب", "اب"),
        ("مؤسسه", "موسسه"),
        ("مسئول", "مسیول"),
    ],
)
def test_arabic_and_persian_letter_forms_fold_together(arabic, persian):
    assert n(arabic) == n(persian)


def test_zero_width_joiners_tatweel_and_bidi_controls_are_dropped():
    assert n("می‌خواهم") == n("میخواهم")
    assert n("نرم\u200dافزار") == n("نرمافزار")
    assert n("مـــهر") == n("مهر")
    assert n("\u200fשלום\u200e \u2067abc\u2069 \u202bxyz\u202c") == n("שלום abc xyz")


def test_hebrew_final_letters_become_regular_so_prefixes_match_mid_word():
    assert n("ךםןףץ") == "כמנפצ"
    assert n("תומכים").startswith(n("תומך"))


def test_persian_and_arabic_indic_digits_become_ascii():
    assert n("۰۱۲۳۴۵۶۷۸۹") == "0123456789"
    assert n("٠١٢٣٤٥٦٧٨٩") == "0123456789"


def test_host_names_split_into_parts():
    assert search_tokens("srv-db01.Corp_local") == ["srv", "db01", "corp", "local"]


def test_phone_forms_hold_e164_national_and_every_ending_of_four_digits():
    forms = phone_search_forms("+97235551234", "IL")
    assert forms.whole == ("97235551234", "035551234", "0097235551234")
    assert "1234" in forms.suffixes and "5551234" in forms.suffixes
    assert "234" not in forms.suffixes
    assert phone_search_forms("03-555-1234", "IL").whole == (
        "035551234",
        "97235551234",
        "0097235551234",
    )
    assert phone_search_forms("no phone", "IL") == phone_search_forms("", "IL")


def test_phone_forms_are_read_in_the_contacts_country():
    # A national number an older database kept as typed: Iranian for an Iranian contact.
    assert phone_search_forms("021-88776655", "IR").whole == (
        "02188776655",
        "982188776655",
        "00982188776655",
    )
    assert "982188776655" not in phone_search_forms("021-88776655", "IL").whole


@pytest.mark.parametrize(
    "typed, alternatives",
    [
        ("03-555-1234", (("035551234",), ("03", "555", "1234"))),
        ("+972 3 555 1234", (("97235551234",), ("972", "3", "555", "1234"))),
        ("۰۳-۵۵۵-۱۲۳۴", (("035551234",), ("03", "555", "1234"))),
        ("10.0.12.5", (("100125",), ("10", "0", "12", "5"))),
        ("srv-db01", (("srv", "db01"),)),
    ],
)
def test_numbers_may_be_phones_or_addresses(typed, alternatives):
    [term] = query_terms(typed)
    assert term.alternatives == alternatives


def test_words_are_separate_terms():
    assert [t.alternatives for t in query_terms("Acme  1234")] == [(("acme",),), (("1234",),)]


@pytest.mark.parametrize("typed", ["", "   ", '"', "*", "(", ")", "-", "+", "...", "״"])
def test_punctuation_alone_gives_no_terms(typed):
    assert query_terms(typed) == []


@given(st.text())
def test_normalising_twice_changes_nothing(text):
    once = normalise_for_search(text)
    assert normalise_for_search(once) == once


@given(st.text())
def test_query_words_are_only_letters_and_digits(text):
    for term in query_terms(text):
        for words in term.alternatives:
            assert words and all(w and w.isalnum() for w in words)


def test_hebrew_prefix_letters_are_stripped_down_to_a_three_letter_stem():
    from accountdesk.domain.text import hebrew_stems

    assert hebrew_stems("ובהפועלים") == ["בהפועלים", "הפועלים", "פועלים"]
    assert hebrew_stems("הפועלים") == ["פועלים"]
    assert hebrew_stems("מים") == []  # a stem of two letters is too short to trust
    assert hebrew_stems("פועלים") == []  # פ is no prefix
    assert hebrew_stems("ophir") == []


def test_further_forms_of_joined_and_prefixed_words():
    from accountdesk.domain.text import further_search_words

    assert further_search_words("פארק הפועלים") == [n("פועלים")]
    assert set(further_search_words("پارس\u200cنت")) == {"پارس", "نت"}
    assert further_search_words("پارس نت", join_words=True) == ["پارسنت"]
    assert further_search_words("پارس نت") == []  # text fields: no joined pairs


def test_a_query_written_with_a_zwnj_also_looks_for_the_words_apart():
    (term,) = query_terms("پارس\u200cنت")
    assert term.alternatives == (("پارسنت",), ("پارس", "نت"))
