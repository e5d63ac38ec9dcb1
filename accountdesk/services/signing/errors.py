"""Why a signing action was refused, in words the user interface can translate."""

from __future__ import annotations

from accountdesk.domain.errors import AccountDeskError


class SigningError(AccountDeskError):
    """A signing action that cannot be done; nothing was saved.

    `message` is an English template (the UI translates it in the "Signing" context),
    `params` fill it in; `str()` gives the English text for the command line.
    """

    def __init__(self, message: str, **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(message.format(**params))
