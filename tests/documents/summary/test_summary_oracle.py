"""Whole lines of the summary PDF against a bidi implementation that is not ours.

Thousands of generated values mix Hebrew or Persian words, Latin words, numbers with
separators, versions, e-mails, URLs, brackets and punctuation. Each is put at the start,
in the middle and at the end of paragraphs and table cells, the way the summary puts
values (`content.value` and `content.inline`), and rendered by the summary's own renderer.
Every line read back from the PDF, left to right, must equal what python-bidi (the Rust
`unicode-bidi` crate) shows for the line as the specification states it, built here from
the generated pieces and not by our code: the value is one first-strong isolate (FSI), in
which a number, address or ID that does not follow a Latin word is kept left to right in
an LRI of its own (after Arabic letters the algorithm would otherwise reverse
"021-88776655").

Brackets are compared as typed: our PDFs map a mirrored bracket back to the character
typed, and python-bidi does not mirror.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass

import pytest
from bidi import get_display

from accountdesk.documents.summary import blocks as b
from accountdesk.documents.summary.content import inline, value
from accountdesk.documents.summary.render import render
from tests.documents.summary.pdf_reading import INVISIBLE, all_lines

pytestmark = pytest.mark.oracle

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
# Left out of what is compared: controls and joiners are never drawn.
HIDDEN = set(INVISIBLE) | {"\u200e", "\u200f", "\u061c"}

# Lines per language: three languages make thousands of whole lines, each a paragraph or
# a table cell of its own. The run takes about ten seconds.
LINES_PER_LANGUAGE = 1200

WORDS = {
    "he": ["שרת", "גיבוי", "מערכת", "לקוח", "ראשי", "משני", "ענן", "חומת", "אש", "רשת"],
    "fa": ["سرور", "پشتیبان", "سامانه", "مشتری", "اصلی", "می\u200cخواهم", "شبکه", "کلاس", "ابری"],
}
LATIN = ["Veeam", "FortiGate", "Exchange", "VMware", "vSphere", "backup", "Server", "SQL", "Office"]
# Numbers with separators, versions, phones, dates, IDs, addresses: what must read left
# to right. Plain numbers are not among them.
TOKENS = [
    "12.1",
    "7.4.3",
    "8.0u2",
    "v2.1",
    "15.2.1544.4",
    "021-88776655",
    "03-5551234",
    "+972 3-555-1234",
    "+98 21 8877 6655",
    "۰۲۱-۸۸۷۷۶۶۵۵",
    "2024-04-03",
    "03/04/2024",
    "۱۴۰۳/۰۱/۱۵",
    "INC-2024-0117",
    "192.168.1.10",
    "it@acme.co.il",
    "support@veeam.com",
    "https://portal.acme.co.il/tickets",
    "www.example.org",
    "99.9%",
    "۲۵٪",
]
PLAIN_NUMBERS = ["2019", "4", "۱۲", "100"]
BRACKETS = [("(", ")"), ("[", "]")]
# Characters of bidi class ON that no generated text holds.
PLACEHOLDERS = "\u00a7\u00b6\u2020\u2021\u203b\u2042"
MAX_VALUE_LENGTH = 48  # a paragraph or cell of the summary's width holds it on one line
ARABIC_QUESTION_MARK = "\u061f"
PUNCTUATION = [",", ".", ":", "!", "?", ";", "\u060c", ARABIC_QUESTION_MARK]
# The words of the document around a value, as a catalogue sentence has them.
AROUND = {
    "he": ("ניסוח טכני:", "לפי ההסכם"),
    "fa": ("شکل فنی:", "طبق توافق"),
    "en": ("Technical form:", "as agreed"),
}


@dataclass(frozen=True)
class Piece:
    text: str
    kind: str  # "rtl", "latin", "token" or "number"
    opening: str = ""
    closing: str = ""

    def typed(self) -> str:
        return f"{self.opening}{self.text}{self.closing}"


def generate_value(rng: random.Random, language: str) -> list[Piece]:
    words = WORDS.get(language, WORDS["he"] if rng.random() < 0.5 else WORDS["fa"])
    pieces: list[Piece] = []
    for _ in range(rng.randint(1, 6)):
        kind = rng.choices(["rtl", "latin", "token", "number"], weights=[4, 3, 3, 1])[0]
        if pieces and pieces[-1].text.startswith("+") and not pieces[-1].closing:
            # "+98 21 8877 6655 2019": where the phone number ends is anyone's guess
            kind = rng.choice(["rtl", "latin"])
        text = rng.choice(
            {"rtl": words, "latin": LATIN, "token": TOKENS, "number": PLAIN_NUMBERS}[kind]
        )
        opening = closing = ""
        if rng.random() < 0.15:
            opening, closing = rng.choice(BRACKETS)
        if rng.random() < 0.2:
            closing += rng.choice(PUNCTUATION)
        piece = Piece(text, kind, opening, closing)
        if len(" ".join(p.typed() for p in [*pieces, piece])) > MAX_VALUE_LENGTH:
            break
        pieces.append(piece)
    return pieces or [Piece(rng.choice(LATIN), "latin")]


def specified(pieces: list[Piece]) -> tuple[str, dict[str, str]]:
    """The value as the specification isolates it (see the module's docstring), with
    each token that has an isolate of its own standing as a neutral placeholder, and
    what each placeholder shows.

    python-bidi resolves the neutrals around an isolate nested in another wrongly (it
    fails 46 cases of the Unicode conformance file, 35 of them with isolates): the
    placeholder is what UAX #9 makes of such an isolate for the text around it, a
    neutral (BD13, X5a), and the token, all left to right, shows as python-bidi reads it
    alone."""
    out, last_letters, tokens = [], "", {}
    for piece in pieces:
        text = piece.text
        if piece.kind == "token":
            if last_letters == "latin":
                if any(ch.isascii() and ch.isalpha() for ch in text):
                    last_letters = "latin"
            else:
                placeholder = PLACEHOLDERS[len(tokens)]
                tokens[placeholder] = get_display(text, base_dir="L")
                text = placeholder
        elif piece.kind in ("rtl", "latin"):
            last_letters = piece.kind
        if ARABIC_QUESTION_MARK in piece.closing:  # to the algorithm, an Arabic letter
            last_letters = "rtl"
        out.append(f"{piece.opening}{text}{piece.closing}")
    return f"{FSI}{' '.join(out)}{PDI}", tokens


@dataclass(frozen=True)
class Case:
    typed: str  # the value as the user typed it
    laid_out: str  # what the summary puts on the page
    specified: str  # the same line as the specification states it
    tokens: dict[str, str]  # placeholders in `specified` and what each one shows
    in_table: bool

    def expected(self, base_dir: str) -> str:
        line = get_display(self.specified, base_dir=base_dir)
        for placeholder, token in self.tokens.items():
            line = line.replace(placeholder, token)
        return shown(line)


def cases(language: str, count: int, seed: int) -> list[Case]:
    rng = random.Random(seed)
    label, tail = AROUND[language]
    made = []
    for number in range(count):
        pieces = generate_value(rng, language)
        typed = " ".join(piece.typed() for piece in pieces)
        spec, tokens = specified(pieces)
        place = number % 4
        if place == 0:  # alone: a table cell or a note
            laid_out, expected = value(typed), spec
        elif place == 1:  # at the start
            laid_out, expected = f"{inline(typed)} {tail}", f"{spec} {tail}"
        elif place == 2:  # in the middle
            laid_out = f"{label} {inline(typed)} {tail}"
            expected = f"{label} {spec} {tail}"
        else:  # at the end
            laid_out, expected = f"{label} {inline(typed)}", f"{label} {spec}"
        made.append(Case(typed, laid_out, expected, tokens, in_table=number % 2 == 1))
    return made


def document(language: str, batch: list[Case]) -> b.Document:
    """The cases as the summary's blocks: paragraphs, and a one-column table whose
    every cell is one case (so that each case is a line of its own)."""
    rtl = language != "en"
    blocks: list[b.Block] = [b.Paragraph(case.laid_out) for case in batch if not case.in_table]
    rows = tuple(((b.Text(case.laid_out, b.CELL),),) for case in batch if case.in_table)
    blocks.append(b.Table((b.Column("—", 1.0),), rows))
    return b.Document(
        language=language,
        rtl=rtl,
        title="—",
        customer="—",
        meta=(),
        blocks=tuple(blocks),
        footer_start="—",
        footer_end="{page}",
        header="—",
        metadata_title="oracle",
    )


def shown(text: str) -> str:
    return "".join(ch for ch in text if ch not in HIDDEN)


@pytest.mark.parametrize(("language", "seed"), [("he", 11), ("fa", 12), ("en", 13)])
def test_every_line_reads_as_an_independent_bidi_implementation_says(language, seed):
    base = "R" if language != "en" else "L"
    batch = cases(language, LINES_PER_LANGUAGE, seed)
    data, _, _ = render(document(language, batch))
    read = Counter(line.visual for _, line in all_lines(data))
    wrong = []
    for case in batch:
        expected = case.expected(base)
        if read[expected] > 0:
            read[expected] -= 1
        else:
            wrong.append(f"{case.typed!r}: expected {expected!r} (laid out {case.laid_out!r})")
    assert not wrong, f"{len(wrong)} of {len(batch)} lines:\n" + "\n".join(wrong[:10])


def test_the_generator_mixes_what_the_issue_names():
    """Every kind of piece, at every place, in both kinds of block."""
    batch = cases("fa", 400, 1)
    joined = " ".join(case.typed for case in batch)
    for sample in ("Veeam", "12.1", "021-88776655", "it@acme.co.il", "https://", "(", "["):
        assert sample in joined
    assert {case.in_table for case in batch} == {True, False}
    assert any(case.laid_out.startswith(FSI) for case in batch)
    assert any(case.laid_out.endswith(PDI) and " " in case.laid_out for case in batch)
