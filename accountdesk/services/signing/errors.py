"""Why a signing action was refused, in words the user interface can translate."""

from __future__ import annotations

from accountdesk.domain.errors import AccountDeskError


class SigningError(AccountDeskError):
    """A signing action that cannot be done; nothing was saved.

    `template` is an English template marked `N_("Signature", ...)`, `params` fill it in;
    `str()` gives the English text for the command line.
    """

    context = "Signature"
