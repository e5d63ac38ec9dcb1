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


@pytest.mark.parametrize("code", TRANSLATED)
def test_no_listed_alternate_is_used(code):
    wrong = []
    for where, english, translated in messages(code):
        for term in TERMS:
            avoided = term.get("avoid", {}).get(code, [])
            pattern = term.get("where", rf"\b{re.escape(term['en'])}\b")
            if avoided and re.search(pattern, label(english), re.IGNORECASE):
                wrong += [(where, english, a) for a in avoided if a in translated]
    assert wrong == []


def test_the_alternates_the_issue_names_are_listed():
    """Persian and Hebrew pairs that named one thing two ways, screen against paper."""
    avoided = {
        code: {a for term in TERMS for a in term.get("avoid", {}).get(code, [])}
        for code in TRANSLATED
    }
    assert {"جانشین", "افراد رابط", "اهمیت", "ثبت درخواست", "نقش", "متخصص"} <= avoided["fa"]
    assert {"פרימיום", "ייעודית", "במילים של הלקוח", "רמה"} <= avoided["he"]
