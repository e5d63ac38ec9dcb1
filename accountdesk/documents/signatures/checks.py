"""What a PDF's digital signatures say about it, as pyHanko's validator finds them.

A signature is *valid* here when its cryptography holds (the signed bytes hash to what
was signed, the signature matches the certificate) and it covers the whole file, or
covers the revision it signed and everything after it is an allowed incremental change
(filling in forms and adding signatures). Whether the signer's certificate chains to a
trusted root is reported beside that, as `trusted`.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from asn1crypto import x509
from pyhanko.keys import load_certs_from_pemder_data
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import EmbeddedPdfSignature, validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

_EOF = re.compile(rb"%%EOF[ \t]*(?:\r\n|\r|\n)?")


class UnreadablePdf(ValueError):
    """The bytes are not a PDF pyHanko can read (damaged, or not a PDF at all)."""


@dataclass(frozen=True)
class SignatureCheck:
    field_name: str
    signer: str  # the certificate's common name (or whole subject)
    signed_at: dt.datetime | None  # the time the signer's computer claimed
    intact: bool  # the signed bytes are exactly the bytes that were signed
    cryptographically_valid: bool
    whole_document: bool  # covers every byte of the file
    allowed_changes_only: bool  # anything after it is form filling or more signatures
    trusted: bool  # the certificate chains to a trusted root
    signed_length: int  # the signed revision's length in bytes: a prefix of the file
    problem: str = ""

    @property
    def valid(self) -> bool:
        covers = self.whole_document or self.allowed_changes_only
        return self.intact and self.cryptographically_valid and covers and not self.problem


def load_trust_roots(blobs: Iterable[bytes]) -> list[x509.Certificate]:
    """Certificates (PEM or DER; a PEM file may hold several) to trust as roots."""
    return [certificate for blob in blobs for certificate in _certificates(blob)]


def _certificates(blob: bytes) -> list[x509.Certificate]:
    try:
        certificates = list(load_certs_from_pemder_data(blob))
    except Exception as exc:
        raise ValueError("not a certificate in PEM or DER form") from exc
    if not certificates:
        raise ValueError("not a certificate in PEM or DER form")
    return certificates


def check_signatures(
    pdf: bytes, trust_roots: Iterable[x509.Certificate] = ()
) -> list[SignatureCheck]:
    """Every embedded signature, in the order they were made. UnreadablePdf if the bytes
    cannot be read as a PDF."""
    reader = _reader(pdf)
    # Only the roots given are trusted (pyHanko no longer reads the system's list).
    context = ValidationContext(trust_roots=list(trust_roots), allow_fetching=False)
    with _quiet_pyhanko():
        return [_check(signature, context, len(pdf)) for signature in _signatures(reader)]


def _reader(pdf: bytes) -> PdfFileReader:
    if not pdf.lstrip()[:5] == b"%PDF-":
        raise UnreadablePdf("not a PDF file")
    try:
        return PdfFileReader(io.BytesIO(pdf), strict=False)
    except (PdfError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise UnreadablePdf(f"damaged PDF: {exc}") from exc


def _signatures(reader: PdfFileReader) -> list[EmbeddedPdfSignature]:
    try:
        return list(reader.embedded_signatures)
    except (PdfError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise UnreadablePdf(f"damaged PDF: {exc}") from exc


def _check(
    signature: EmbeddedPdfSignature, context: ValidationContext, file_length: int
) -> SignatureCheck:
    field_name = str(signature.field_name or "")
    signed_length = _signed_length(signature)
    try:
        status = validate_pdf_signature(signature, context)
    except (SignatureValidationError, PdfError, ValueError, KeyError, TypeError) as exc:
        return SignatureCheck(
            field_name,
            _signer_of(signature),
            None,
            False,
            False,
            signed_length == file_length,
            False,
            False,
            signed_length,
            problem=str(exc) or type(exc).__name__,
        )
    return _from_status(field_name, status, signed_length)


def _from_status(field_name: str, status: PdfSignatureStatus, signed_length: int) -> SignatureCheck:
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    level = status.modification_level
    allowed = (
        status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
        and level is not None
        and level <= ModificationLevel.FORM_FILLING
        and status.docmdp_ok is not False
    )
    return SignatureCheck(
        field_name=field_name,
        signer=_common_name(status.signing_cert),
        signed_at=status.signer_reported_dt,
        intact=bool(status.intact),
        cryptographically_valid=bool(status.valid),
        whole_document=whole,
        allowed_changes_only=whole or allowed,
        trusted=bool(status.trusted),
        signed_length=signed_length,
    )


def _signed_length(signature: EmbeddedPdfSignature) -> int:
    try:
        _start, _first, second, rest = (int(v) for v in signature.sig_object["/ByteRange"])
    except (KeyError, ValueError, TypeError):
        return 0
    return second + rest


def _signer_of(signature: EmbeddedPdfSignature) -> str:
    try:
        return _common_name(signature.signer_cert)
    except Exception:
        return ""


def _common_name(certificate: x509.Certificate | None) -> str:
    if certificate is None:
        return ""
    name = certificate.subject.native.get("common_name")
    return name if isinstance(name, str) and name else certificate.subject.human_friendly


@contextmanager
def _quiet_pyhanko() -> Iterator[None]:
    """pyHanko logs a traceback for every certificate it cannot chain to a trusted root;
    we report that as `trusted=False`, so keep the terminal clean meanwhile."""
    loggers = [logging.getLogger(name) for name in ("pyhanko", "pyhanko_certvalidator")]
    before = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, before, strict=True):
            logger.setLevel(level)


def revision_ends(pdf: bytes) -> list[int]:
    """The length of each revision of the file: where each %%EOF marker ends.

    An incremental update appends to the file, so every earlier revision is a prefix of
    it; hashing these prefixes finds the issued summary inside a signed copy.
    """
    return [match.end() for match in _EOF.finditer(pdf)]
