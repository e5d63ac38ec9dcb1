"""The user's language from the POSIX locale variables."""

import pytest

from accountdesk.domain.enums import Language
from accountdesk.i18n import is_rtl, system_language
from accountdesk.i18n.locale_detection import language_of

HE, FA, EN = Language.HEBREW, Language.PERSIAN, Language.ENGLISH
AR = Language("ar")  # a language of the registry the code does not name


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, EN),
        ({"LANG": "he_IL.UTF-8"}, HE),
        ({"LANG": "iw_IL"}, HE),
        ({"LANG": "fa_IR.UTF-8"}, FA),
        ({"LANG": "per"}, FA),
        ({"LANG": "fas_IR"}, FA),
        ({"LANG": "ar_EG.UTF-8"}, AR),
        ({"LANG": "ar_SA"}, AR),
        ({"LANG": "ara"}, AR),
        ({"LANG": "de_DE.UTF-8"}, EN),
        ({"LANG": "C.UTF-8"}, EN),
        ({"LANG": "POSIX"}, EN),
        ({"LANG": "he_IL.UTF-8@euro"}, HE),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "fa_IR.UTF-8"}, FA),
        ({"LANG": "fa_IR", "LC_MESSAGES": "he_IL", "LC_ALL": "en_GB"}, EN),
        ({"LANG": "en_GB", "LC_ALL": ""}, EN),  # empty means unset
        ({"LANGUAGE": "he", "LC_ALL": "fa_IR"}, HE),
        ({"LANGUAGE": "de:fa:en", "LANG": "he_IL"}, FA),  # unknown entries are skipped
        ({"LANGUAGE": "de:it", "LANG": "he_IL"}, HE),
        ({"LANGUAGE": "en:he"}, EN),
        ({"LANGUAGE": "", "LANG": "fa"}, FA),
    ],
)
def test_system_language(env, expected):
    assert system_language(env) is expected


def test_reads_the_process_environment_by_default(monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fa_IR.UTF-8")
    assert system_language() is FA


def test_language_of():
    assert language_of("HE") is HE
    assert language_of("fa-IR") is FA
    assert language_of("") is None
    assert language_of("ar_EG") is AR
    assert language_of("ur_PK") is None


def test_is_rtl():
    assert is_rtl("he") and is_rtl(FA) and is_rtl("ar")
    assert not is_rtl("en")
    with pytest.raises(ValueError):
        is_rtl("xx")
