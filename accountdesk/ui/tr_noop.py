"""QT_TRANSLATE_NOOP with the type it has: PySide6's stubs declare it returning `object`,
but it gives back the text it is passed. Import it from here; lupdate finds the calls by
name, wherever the function comes from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, source_text: str, /) -> str: ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP"]
