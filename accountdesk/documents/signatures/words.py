"""The words signatures and the changes section print, from the word catalogues.

Marked `N_("Changes", ...)`: the same words the screens show for the changes since a
signed version (accountdesk.ui.signing.texts). Placeholders are filled with values
already isolated by the caller.
"""

from __future__ import annotations

from accountdesk.documents.summary.catalogue import Catalogue
from accountdesk.domain.words import N_, Word

TEXTS: dict[str, str | Word] = {
    "digitally_signed": Word("Signature", N_("Signature", "Digitally signed by {name}")),
    "changes_heading": N_("Changes", "Changes since the signed version"),
    "changes_intro": N_("Changes", "Compared with version {version}, which both sides signed:"),
    "expectation_added": N_("Changes", "Expectation added: {subject}"),
    "expectation_removed": N_("Changes", "Expectation removed: {subject}"),
    "expectation_reworded": N_("Changes", "Expectation reworded: was {before}, now {after}"),
    "expectation_target_changed": N_(
        "Changes", "Agreed target of {subject} changed: was {before}, now {after}"
    ),
    "expectation_status_changed": N_(
        "Changes", "Status of {subject} changed: was {before}, now {after}"
    ),
    "escalation_level_added": N_("Changes", "Escalation ({path}): level {level} added: {after}"),
    "escalation_level_removed": N_(
        "Changes", "Escalation ({path}): level {level} removed: {before}"
    ),
    "escalation_level_moved": N_(
        "Changes", "Escalation ({path}): level {level} moved: was {before}, now {after}"
    ),
    "level_after": N_("Changes", "{who}, after {duration}"),
    "level_at_once": N_("Changes", "{who}, at once"),
    "system_added": N_("Changes", "System added: {subject}"),
    "system_removed": N_("Changes", "System removed: {subject}"),
    "list_separator": Word("Timeline", N_("Timeline", ", ")),  # the language's list comma
}


def text(language: str, key: str, **params: object) -> str:
    return Catalogue(language, TEXTS, "Changes").text(key, **params)
