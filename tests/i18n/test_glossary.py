"""One name for each thing: the screens and the word catalogues (which the PDF and the
command line read) use the glossary's term and never one of its listed alternates."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from accountdesk.domain.languages import CODES, SOURCE

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
TRANSLATED = [code for code in CODES if code != SOURCE]
TERMS = tomllib.loads((TRANSLATIONS / "glossary.toml").read_text(encoding="utf-8"))["term"]


def messages(code: str) -> Iterator[tuple[str, str, str]]:
    """(where, English, translation) of every message a person of `code` reads."""
    with (TRANSLATIONS / f"words_{code}.po").open("rb") as po_file:
        for m in read_po(po_file):
            if not m.id:
                continue
            ids = [m.id] if isinstance(m.id, str) else list(m.id)
            forms = [m.string] if isinstance(m.string, str) else list(m.string)
            for english in ids:
                for form in forms:
                    yield f"words_{code}.po {m.context}", english, form
    for context in ET.parse(TRANSLATIONS / f"accountdesk_{code}.ts").getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            for form in forms:
                yield f"accountdesk_{code}.ts {name}", source, form


def label(text: str) -> str:
    """A label without its mnemonic and colon: "&Role:" -> "role"."""
    return re.sub(r"&(?=\w)", "", text).strip().rstrip(":").strip().casefold()


def test_every_term_has_every_language():
    for term in TERMS:
        assert all(term.get(code) for code in CODES), term["en"]


@pytest.mark.parametrize("code", TRANSLATED)
def test_a_label_of_a_term_is_the_term(code):
    wrong = []
    for where, english, translated in messages(code):
        for term in TERMS:
            if label(english) == term["en"].casefold() and term[code] not in translated:
                wrong.append((where, english, translated, term[code]))
    assert wrong == []


# Hebrew writes the article, prepositions and conjunctions as prefixes of the word.
PREFIXES = {"he": "[והבכלמש]{0,3}"}


def alternate(code: str, form: str) -> re.Pattern[str]:
    """`form` as a word of its own (with a Hebrew word's prefixes), not a part of one."""
    return re.compile(rf"(?<!\w){PREFIXES.get(code, '')}{re.escape(form)}(?!\w)")


@pytest.mark.parametrize("code", TRANSLATED)
def test_no_listed_alternate_is_used_anywhere(code):
    avoided = [
        (term["en"], alternate(code, form))
        for term in TERMS
        for form in term.get("avoid", {}).get(code, [])
    ]
    wrong = [
        (where, english, term, pattern.pattern)
        for where, english, translated in messages(code)
        for term, pattern in avoided
        if pattern.search(translated)
    ]
    assert wrong == []


def test_an_alternate_is_found_as_a_word_with_its_prefixes():
    assert alternate("he", "רמה").search("נקבעה ברמה גבוהה")
    assert not alternate("he", "רמה").search("רמת תמיכה")
    assert alternate("fa", "حساسیت").search("حساسیت‌ها: زیاد")
    assert not alternate("fa", "نقش").search("نقشه شبکه")


def test_the_alternates_the_issue_names_are_listed():
    """Persian and Hebrew pairs that named one thing two ways, screen against paper."""
    avoided = {
        code: {a for term in TERMS for a in term.get("avoid", {}).get(code, [])}
        for code in TRANSLATED
    }
    assert {"جانشین", "افراد رابط", "حساسیت", "ثبت درخواست", "نقش", "متخصص"} <= avoided["fa"]
    assert {"تشدید", "صنعت", "به زبان خود مشتری"} <= avoided["fa"]
    assert {"פרימיום", "ייעודית", "במילים של הלקוח", "רמה", "מנהל לקוח"} <= avoided["he"]
    chosen = {term["en"]: term for term in TERMS}
    assert chosen["escalation"]["fa"] == "ارجاع"
    assert chosen["criticality"]["fa"] == "اهمیت"
    assert chosen["industry"]["fa"] == "حوزه فعالیت"
    assert chosen["in the customer's words"]["fa"] == "به بیان خود مشتری"
