"""Text normalisation for search, the same for what is indexed and what is typed.

Users write Hebrew, Persian and English, often on keyboards that give another spelling of
the same letter (Arabic yeh or kaf on a Persian name, a final letter in the middle of a
word typed so far), with or without vowel points, and with invisible joiners.
Normalising both sides the same way makes all of these match.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass

from accountdesk.domain.digits import to_ascii_digits
from accountdesk.domain.phones import dialled_forms

# Letters typed differently on Arabic and Persian keyboards, folded to the Persian form;
# Hebrew final letters folded to the regular form, so a prefix typed mid-word still matches.
# (The hamza and madda forms already lose their mark in NFKD; they are listed all the same
# so the table says the whole rule.)
_LETTER_FOLDS = {
    "ي": "ی",
    "ى": "ی",
    "ئ": "ی",
    "ك": "ک",
    "ة": "ه",
    "ە": "ه",
    "ۀ": "ه",
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ؤ": "و",
    "ך": "כ",
    "ם": "מ",
    "ן": "נ",
    "ף": "פ",
    "ץ": "צ",
}
_TATWEEL = "\u0640"
# Combining marks (niqqud, cantillation, harakat, tanwin, accents) and format characters
# (ZWNJ, ZWJ, bidi controls, soft hyphen): invisible or ignorable when searching.
_DROPPED_CATEGORIES = frozenset({"Mn", "Me", "Cf"})


class _FoldTable(dict[int, str | None]):
    """A str.translate table filled on first sight of each character.

    Computing it for all of Unicode up front would cost a noticeable part of start-up;
    a real text uses a few hundred distinct characters, each looked up once.
    """

    def __missing__(self, code: int) -> str | None:
        self[code] = value = _fold_char(chr(code))
        return value


def _fold_char(char: str) -> str | None:
    if char in _LETTER_FOLDS:
        return _LETTER_FOLDS[char]
    if char == _TATWEEL or unicodedata.category(char) in _DROPPED_CATEGORIES:
        return None
    if unicodedata.category(char) == "Nd":
        return str(unicodedata.digit(char))  # Persian, Arabic-Indic and other digits
    return char


_FOLD = _FoldTable()


def normalise_for_search(text: str) -> str:
    """The form both the index and the query are compared in."""
    if text.isascii():
        return text.lower()  # the common case, and casefold() equals lower() on ASCII
    # Decomposed before and after casefold, as Unicode's compatibility caseless matching
    # does: casefold can produce what NFKD changes, and the reverse; this order is stable,
    # so normalising again changes nothing (a property test holds us to it).
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return text.translate(_FOLD)


# Letters and digits; everything else (punctuation, '-', '.', '_', spaces) separates words,
# as the SQLite unicode61 tokenizer does.
_WORD = re.compile(r"[^\W_]+")


def search_tokens(text: str) -> list[str]:
    """'srv-db01.Corp.local' -> ['srv', 'db01', 'corp', 'local']."""
    return _WORD.findall(normalise_for_search(text))


# ---------------------------------------------------------------- further forms

ZWNJ = "\u200c"
# Hebrew writes these letters onto the next word: ו "and", ה "the", ב "in", כ "as",
# ל "to", מ "from", ש "that" ("ובהפועלים"). Up to three are stripped, and only while a
# stem of at least three letters is left ("מים" stays): two-letter stems would make
# most short words match unrelated ones.
_HEBREW_PREFIXES = frozenset("והבכלמש")
_MAX_PREFIXES = 3
_MIN_STEM = 3
_HEBREW_WORD = re.compile(r"[\u05d0-\u05ea]+")
_ARABIC_SCRIPT_WORD = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]+")


def hebrew_stems(word: str) -> list[str]:
    """'ובהפועלים' -> ['בהפועלים', 'הפועלים', 'פועלים']: the word without 1-3 prefix
    letters, each stem at least three letters long."""
    if not _HEBREW_WORD.fullmatch(word):
        return []
    stems = []
    for cut in range(1, _MAX_PREFIXES + 1):
        if word[cut - 1] not in _HEBREW_PREFIXES or len(word) - cut < _MIN_STEM:
            break
        stems.append(word[cut:])
    return stems


def further_search_words(text: str, *, join_words: bool = False) -> list[str]:
    """Words a text is also found by, besides its own (indexed where they weigh less, so
    a word as written ranks above these):

    - the parts of a word joined by a zero-width non-joiner: 'پارس‌نت' is found by
      'پارس نت' as well as by 'پارسنت';
    - with `join_words` (names: short, so cheap), two Persian or Arabic words written
      apart, joined: 'پارس نت' is found by 'پارسنت' and 'پارس‌نت';
    - Hebrew words without their prefix letters: 'הפועלים' is found by 'פועלים'.
    """
    if text.isascii():
        return []  # each form above needs Hebrew or Arabic-script letters, or a ZWNJ
    own = search_tokens(text)
    words: dict[str, None] = {}
    if ZWNJ in text:
        words.update(dict.fromkeys(search_tokens(text.replace(ZWNJ, " "))))
    if join_words:
        for first, second in itertools.pairwise(own):
            if _ARABIC_SCRIPT_WORD.fullmatch(first) and _ARABIC_SCRIPT_WORD.fullmatch(second):
                words[first + second] = None
    for word in [*own, *words]:
        words.update(dict.fromkeys(hebrew_stems(word)))
    seen = set(own)
    return [word for word in words if word not in seen]


# ---------------------------------------------------------------- queries


@dataclass(frozen=True)
class Term:
    """One thing the user typed: matches when any alternative matches as a prefix.

    Each alternative is a phrase: its words must follow each other, the last one a prefix.
    """

    alternatives: tuple[tuple[str, ...], ...]


# Digits with what people put between them in a phone number or an address.
_PHONE_LIKE = re.compile(r"\+?[\d\s\-./()]*\d[\d\s\-./()]*")
# Longer is a paste, not a search; cut so it cannot make a slow query.
MAX_QUERY_CHARS = 200


def query_terms(query: str) -> list[Term]:
    """What the user typed, as terms that must all match. Punctuation alone gives none."""
    query = query[:MAX_QUERY_CHARS]
    text = " ".join(normalise_for_search(query).split())  # ASCII digits
    if " " in text and _PHONE_LIKE.fullmatch(text):
        term = _number_term(text)  # '+972 3 555 1234' is one number, not four
        return [term] if term else []
    terms = [term for term in (_chunk_term(chunk) for chunk in query.split()) if term]
    return _joined_pairs(terms)


def _joined_pairs(terms: list[Term]) -> list[Term]:
    """'پارس نت' typed also finds 'پارسنت' written as one word: each of two Persian or
    Arabic words side by side matches their joined form as well."""
    single = [
        t.alternatives[0][0]
        if len(t.alternatives) == 1
        and len(t.alternatives[0]) == 1
        and _ARABIC_SCRIPT_WORD.fullmatch(t.alternatives[0][0])
        else None
        for t in terms
    ]
    result = list(terms)
    for i in range(len(terms) - 1):
        first, second = single[i], single[i + 1]
        if first and second:
            joined = (first + second,)
            for j in (i, i + 1):
                result[j] = Term((*result[j].alternatives, joined))
    return result


def _chunk_term(raw: str) -> Term | None:
    chunk = normalise_for_search(raw)
    if _PHONE_LIKE.fullmatch(chunk):
        return _number_term(chunk)
    words = tuple(_WORD.findall(chunk))
    if not words:
        return None
    if ZWNJ in raw:  # 'پارس‌نت' typed finds 'پارس نت' written apart too
        parts = tuple(_WORD.findall(normalise_for_search(raw.replace(ZWNJ, " "))))
        if parts != words:
            return Term((words, parts))
    return Term((words,))


def _number_term(text: str) -> Term | None:
    """'03-555-1234' may be a phone (digits run together) or '10.0.12.5' an address."""
    words = tuple(_WORD.findall(text))
    if not words:
        return None
    digits = ("".join(words),)
    return Term((digits,) if digits == words else (digits, words))


def exact_key(text: str) -> str:
    """Two names are the same for 'exact match' ranking when their keys are equal."""
    return " ".join(search_tokens(text))


# ---------------------------------------------------------------- phones

MIN_PHONE_SUFFIX = 4


@dataclass(frozen=True)
class PhoneForms:
    """The digit strings a stored phone is found by.

    `whole`: the number as written, in E.164 ('982188776655'), in national form
    ('02188776655') and dialled abroad with 00 ('00982188776655'). `suffixes`: every ending of at least four digits, so the last digits
    someone remembers, or any run of digits up to the end, find it too.
    """

    whole: tuple[str, ...]
    suffixes: tuple[str, ...]


def phone_search_forms(phone: str, country: str | None) -> PhoneForms:
    """`country`: the one the contact's numbers are read in (its own, else the customer's)."""
    written = _digits(to_ascii_digits(phone))
    if not written:
        return PhoneForms((), ())
    whole = tuple(dict.fromkeys([written, *dialled_forms(phone, country)]))
    suffixes = dict.fromkeys(s for form in whole for s in _suffixes(form))
    return PhoneForms(whole, tuple(s for s in suffixes if s not in whole))


def _digits(text: str) -> str:
    return "".join(ch for ch in text if "0" <= ch <= "9")


def _suffixes(digits: str) -> list[str]:
    return [digits[i:] for i in range(1, len(digits) - MIN_PHONE_SUFFIX + 1)]
