"""Marks the words a person reads, for the word catalogues (translations/words_*.po).

Every word that is not a widget text (enum and field labels, validation, import and error
messages, history words, the summary's and the signature block's words) is written here
and there in the code as `N_(context, english)`: the English text is the message id and
the context its gettext `msgctxt`. `N_` only marks; `accountdesk.i18n.words` translates
when the word is shown. `pybabel extract -k N_:1c,2 -k NP_:1c,2,3` collects them.
The domain knows nothing of the catalogues: English is the text itself.
"""

from __future__ import annotations

from typing import NamedTuple


class Word(NamedTuple):
    """A marked word with its context, for a table of one context that uses a word another
    context already translates: the summary's "Industry" is the field's, `Word("Field",
    FIELD_LABELS["industry"])`, so the screen and the paper cannot word it apart."""

    context: str
    text: str


def N_(context: str, text: str, /) -> str:
    """Marks `text` as a word of the catalogue, in `context`."""
    return text


class Plural(NamedTuple):
    """A word with a count: the language's plural rule picks the form."""

    context: str
    singular: str
    plural: str

    def english(self, count: int) -> str:
        return self.singular if count == 1 else self.plural


def NP_(context: str, singular: str, plural: str, /) -> Plural:
    """Marks a word with a count (English singular and plural) for the catalogue."""
    return Plural(context, singular, plural)


# A fraction ("2.5 failures") takes the form a language writes with its number: CLDR's
# "other", which is the form of 100 under the rule of every catalogue we ship (Arabic's
# 0, 1 and 2 forms, Hebrew's and Persian's singular, carry no number at all).
FRACTION_FORM = 100


def plural_count(value: float) -> int:
    """The whole number a plural form is chosen by, for a count that may be a fraction:
    4.0 is 4; 2.5 takes the form of a number written with its digits."""
    return int(value) if float(value).is_integer() else FRACTION_FORM
