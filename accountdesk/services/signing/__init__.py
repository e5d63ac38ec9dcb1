"""Signed summaries: frozen versions, signatures on paper, drawn and digital, tamper evidence.

How each state of a version is kept, and how it is checked:

- **issued** — `snapshot_json` (the service file in the JSON format) and `pdf`, each with
  its SHA-256 (`snapshot_sha256`, `pdf_sha256`). Never written again once issued.
- **each drawn or digital signature** — appended to the document as an incremental
  update. The signatory row keeps `pdf_length` and `pdf_sha256`: the document right after
  that signature, which stays a prefix of the signed bytes.
- **signed state** — `signed_pdf` and `signed_pdf_sha256`: the issued bytes followed by
  the updates, so `signed_pdf` begins with `pdf` byte for byte. Paper signatures do not
  change the document; a scan is kept on the signatory with `scan_sha256`.
- **status** — issued until both sides have signed, then signed (`signed_at`), and every
  earlier version superseded. A drawn signature cannot follow a digital one (it would
  break it); a signed or superseded version accepts no more signatures.

`check_version` recomputes every hash and validates every digital signature;
`verify_file` does the same for a file and finds it in the database by hash.
"""

from accountdesk.services.signing.changes import Change, ChangeKind, changes_between
from accountdesk.services.signing.errors import SigningError
from accountdesk.services.signing.signatures import (
    PaperSignature,
    add_drawn_signature,
    drawing_from_json,
    drawing_to_json,
    record_paper_signatures,
    sign_digitally,
)
from accountdesk.services.signing.verification import (
    FileReport,
    Problem,
    ProblemKind,
    VersionCheck,
    VersionMatch,
    check_version,
    find_version,
    verify_file,
)
from accountdesk.services.signing.versions import (
    SignatoryInfo,
    VersionInfo,
    changes_between_versions,
    changes_since_signed,
    get_version,
    issue_version,
    list_versions,
    save_draft,
    signatory_scan,
    version_pdf,
    version_snapshot,
)

__all__ = [
    "Change",
    "ChangeKind",
    "FileReport",
    "PaperSignature",
    "Problem",
    "ProblemKind",
    "SignatoryInfo",
    "SigningError",
    "VersionCheck",
    "VersionInfo",
    "VersionMatch",
    "add_drawn_signature",
    "changes_between",
    "changes_between_versions",
    "changes_since_signed",
    "check_version",
    "drawing_from_json",
    "drawing_to_json",
    "find_version",
    "get_version",
    "issue_version",
    "list_versions",
    "record_paper_signatures",
    "save_draft",
    "sign_digitally",
    "signatory_scan",
    "verify_file",
    "version_pdf",
    "version_snapshot",
]
