"""Text normalisation for search, the same for what is indexed and what is typed.

Users write Hebrew, Persian and English, often on keyboards that give another spelling of
the same letter (Arabic yeh or kaf on a Persian name, a final letter in the middle of a
word typed so far), with or without vowel points, and with invisible joiners.
Normalising both sides the same way makes all of these match.
"""

from __future__ import annotations

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
    text = " ".join(normalise_for_search(query[:MAX_QUERY_CHARS]).split())  # ASCII digits
    if " " in text and _PHONE_LIKE.fullmatch(text):
        term = _number_term(text)  # '+972 3 555 1234' is one number, not four
        return [term] if term else []
    terms = (_chunk_term(chunk) for chunk in text.split())
    return [term for term in terms if term]


def _chunk_term(chunk: str) -> Term | None:
    if _PHONE_LIKE.fullmatch(chunk):
        return _number_term(chunk)
    words = tuple(_WORD.findall(chunk))
    return Term((words,)) if words else None


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
