"""A gettext `.po` catalogue compiled to `.mo` bytes (Babel).

Imports nothing of AccountDesk: the build (accountdesk/_build.py) loads this file on its
own, before the package is installed, to write the `.mo` files; a source checkout whose
`.po` is newer than its `.mo` compiles it here at run time.
"""

from __future__ import annotations

import io
from pathlib import Path


def compile_po(po_path: Path) -> bytes:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path.open("rb") as po_file:
        catalogue = read_po(po_file, abort_invalid=True)
    out = io.BytesIO()
    write_mo(out, catalogue)
    return out.getvalue()
