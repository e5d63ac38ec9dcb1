"""The program hides libraries' deprecation notices from its users, and only those."""

from __future__ import annotations

import warnings

import pytest

from accountdesk.cli.main import hide_library_deprecation_warnings


def warn_from(module: str, message: str, category: type[Warning]) -> None:
    """`warnings.warn` as code in `module` calls it: the warning is attributed to `module`."""
    code = compile("warnings.warn(message, category, stacklevel=1)", f"{module}.py", "exec")
    exec(code, {"__name__": module, "warnings": warnings, "message": message, "category": category})


@pytest.fixture
def program_filters():
    """Every warning an error, as in a strict run, then the program's own filters on top."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        hide_library_deprecation_warnings()
        yield


class CryptographyDeprecationWarning(UserWarning):
    """Like cryptography's, which is a UserWarning and so shown by default."""


@pytest.mark.usefixtures("program_filters")
@pytest.mark.parametrize(
    ("module", "category", "message"),
    [
        ("pyhanko.sign.signers.pdf_cms", CryptographyDeprecationWarning, "DSA is deprecated"),
        ("sqlalchemy.orm", DeprecationWarning, "this call"),
        ("reportlab.lib", PendingDeprecationWarning, "this option"),
    ],
)
def test_library_deprecation_notices_are_hidden(module, category, message):
    warn_from(module, message, category)  # an error were it not hidden


@pytest.mark.usefixtures("program_filters")
@pytest.mark.parametrize("category", [DeprecationWarning, PendingDeprecationWarning])
def test_accountdesk_deprecations_are_still_raised(category):
    with pytest.raises(category, match="old_name is deprecated"):
        warn_from("accountdesk.services.search", "old_name is deprecated", category)


@pytest.mark.usefixtures("program_filters")
def test_other_library_warnings_are_not_hidden():
    with pytest.raises(UserWarning, match="font not found"):
        warn_from("reportlab.pdfbase", "font not found", UserWarning)
