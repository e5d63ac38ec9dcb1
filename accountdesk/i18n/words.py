"""The word catalogues: every word a person reads that is not a widget text, per language.

One gettext catalogue per language, `translations/words_<code>.po` (msgctxt: the
context; msgid: the English text), shared by the user interface, the PDF and the command
line. The build compiles each to `.mo` beside it, which the standard library's gettext
reads in about a millisecond; a source checkout whose `.po` is newer than its `.mo` (or
has none) reads the `.po` with Babel instead. English is the text in the code and needs
no catalogue. The plural forms come from each catalogue's Plural-Forms header.
"""

from __future__ import annotations

import gettext
import io
from functools import cache
from pathlib import Path

from accountdesk.domain.languages import SOURCE, language_info
from accountdesk.domain.words import Plural
from accountdesk.i18n.po import compile_po

_PACKAGE_DIR = Path(__file__).resolve().parents[1]  # .../accountdesk


def translation_dirs() -> list[Path]:
    """`translations/` in a source checkout, then `accountdesk/_translations` installed."""
    candidates = (_PACKAGE_DIR.parent / "translations", _PACKAGE_DIR / "_translations")
    return [c for c in candidates if c.is_dir()]


class Words:
    """The words of one language: `words("fa").text("Enum", "Premium")`."""

    def __init__(self, language: str, translations: gettext.NullTranslations) -> None:
        self.language = language
        self._translations = translations

    def text(self, context: str, english: str) -> str:
        """A word in this language (the English when the catalogue lacks it)."""
        return self._translations.pgettext(context, english)

    def format(self, context: str, template: str, /, **params: object) -> str:
        """A template in this language filled with `params` (already formatted for it).

        Without `params` the template is given as it is. A translation whose placeholders
        are broken falls back to the English template, so a bad catalogue entry shows
        English rather than failing the screen or the PDF.
        """
        translated = self.text(context, template)
        if not params:
            return translated
        try:
            return translated.format(**params)
        except (KeyError, IndexError, ValueError):
            return template.format(**params)

    def plural(self, word: Plural, count: int, /, **params: object) -> str:
        """The form of `word` for `count`, filled with `params` (and `count`)."""
        template = self._translations.npgettext(word.context, word.singular, word.plural, count)
        params.setdefault("count", count)
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return word.english(count).format(**params)


def catalogue_path(language: str) -> Path | None:
    """The source catalogue of a language, None for English (and a missing one)."""
    for folder in translation_dirs():
        path = folder / f"words_{language}.po"
        if path.is_file() or path.with_suffix(".mo").is_file():
            return path
    return None


@cache
def words(language: str) -> Words:
    """The catalogue of a registered language, loaded once per process."""
    code = language_info(str(language)).code  # ValueError for an unknown language
    if code == SOURCE:
        return Words(code, gettext.NullTranslations())
    path = catalogue_path(code)
    if path is None:
        raise FileNotFoundError(f"no word catalogue for language {code!r} (words_{code}.po)")
    return Words(code, _load(path))


def _load(po_path: Path) -> gettext.GNUTranslations:
    mo_path = po_path.with_suffix(".mo")
    if mo_path.is_file() and (
        not po_path.is_file() or mo_path.stat().st_mtime >= po_path.stat().st_mtime
    ):
        with mo_path.open("rb") as mo_file:
            return gettext.GNUTranslations(mo_file)
    return gettext.GNUTranslations(io.BytesIO(compile_po(po_path)))
