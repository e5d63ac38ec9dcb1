"""QT_TRANSLATE_NOOP with the type it has: PySide6's stubs declare it returning `object`,
but it gives back the text it is passed. Import it from here; lupdate finds the calls by
name, wherever the function comes from.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source_text: str, /) -> str:
    """Marks `source_text` for translation in `context`; translate it when it is shown."""
    return source_text
