"""Hebrew and Persian written as their readers write them, in every message of the word
catalogues and the Qt Linguist files: Persian ی and ک (not the Arabic letters), its own
percent sign, comma, semicolon and question mark, «…» quotes; Hebrew geresh ׳ and gershayim
״ (not the ASCII apostrophe and quote) and a maqaf ־ after a prefix letter before a digit
or a Latin word."""

from __future__ import annotations

import re

import pytest

from tests.i18n.test_glossary import messages

RULES = {
    "fa": {
        "Arabic yeh or kaf, not the Persian ی or ک": "[\u064a\u0643]",
        "Arabic-Indic digits, not the Persian ۰–۹": "[\u0660-\u0669]",
        "the ASCII percent sign, not ٪": "%",
        "an ASCII comma, semicolon or question mark after a Persian word": "[\u0600-\u06ff][,;?]",
        "ASCII quotes around a value, not «…»": r"'\{\w+\}'",
    },
    "he": {
        "an ASCII apostrophe, not the geresh ׳": "[\u05d0-\u05ea]'",
        "an ASCII quote inside a word, not the gershayim ״": '[\u05d0-\u05ea]"[\u05d0-\u05ea]',
        "a hyphen after a prefix letter, not a maqaf ־": "(?<![\u05d0-\u05ea])[והבלמכש]{1,2}-(?=[0-9A-Za-z])",
        "ASCII quotes around a value, not “…”": r"'\{\w+\}'",
    },
}


@pytest.mark.parametrize("code", sorted(RULES))
def test_each_language_is_written_with_its_own_marks(code):
    wrong = [
        (where, rule, translated)
        for where, _english, translated in messages(code)
        for rule, pattern in RULES[code].items()
        if re.search(pattern, translated)
    ]
    assert wrong == []


def test_the_rules_find_what_they_name():
    found = {
        rule
        for code, rules in RULES.items()
        for rule, pattern in rules.items()
        for sample in ("كد", "٣", "۹۹٫۸%", "مشتری, نام", "'{name}'", "הג'רי", 'מנכ"ל', "ו-30")
        if re.search(pattern, sample)
    }
    assert found == {rule for rules in RULES.values() for rule in rules}
