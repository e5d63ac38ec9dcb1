"""Country names in each language, from CLDR (through Babel).

The codes are the ones a customer or contact may have (`domain.phones.countries`); a
code CLDR has no name for in a language is shown as the code itself.
"""

from __future__ import annotations

import functools

from accountdesk.domain.phones import countries


@functools.cache
def country_names(language: str) -> dict[str, str]:
    """{'IR': 'ایران', ...} for 'fa'; every code a customer may have."""
    from babel import Locale

    names = Locale.parse(language).territories
    return {code: str(names.get(code, code)) for code in countries()}


def country_name(code: str, language: str) -> str:
    return country_names(language).get(code, code)
