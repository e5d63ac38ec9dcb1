"""Digital signatures (PAdES, with pyHanko) made visible in the signatory's block.

A PKCS#12 file and its passphrase give the key; the passphrase is used here and
forgotten. Each signature is an incremental update with a new signature field placed on
the block's signature area, so a second signatory can countersign and the first
signature still covers the revision it signed.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.layout import AxisAlignment, InnerScaling, Margins, SimpleBoxLayoutRule
from pyhanko.sign import fields, signers
from pyhanko.stamp import StaticStampStyle
from reportlab.pdfgen.canvas import Canvas

from accountdesk.documents.signatures import words
from accountdesk.documents.signatures.overlay import INK_BLUE, PdfBytesPage, caption, one_page, safe
from accountdesk.documents.summary.options import SignatureBox


class CredentialsError(ValueError):
    """The PKCS#12 data could not be opened: a wrong passphrase, or not a PKCS#12 file."""


@dataclass(frozen=True)
class Credentials:
    signer: signers.SimpleSigner
    subject: str  # the certificate's subject, as people read it


def load_credentials(p12: bytes, passphrase: str | bytes | None) -> Credentials:
    """The key and certificate in a .p12 / .pfx file."""
    secret = passphrase.encode("utf-8") if isinstance(passphrase, str) else passphrase
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(p12, (), passphrase=secret or None)
    except (ValueError, TypeError) as exc:
        raise CredentialsError(
            "the certificate file cannot be opened with this passphrase"
        ) from exc
    if signer is None or signer.signing_cert is None:
        raise CredentialsError("the certificate file holds no signing key")
    return Credentials(signer, signer.signing_cert.subject.human_friendly)


def certificate_name(credentials: Credentials) -> str:
    """The certificate's common name, or its whole subject when it has none."""
    certificate = credentials.signer.signing_cert  # never None: load_credentials checks
    name = certificate.subject.native.get("common_name") if certificate is not None else None
    return name if isinstance(name, str) and name else credentials.subject


def sign_pdf(
    pdf: bytes,
    credentials: Credentials,
    box: SignatureBox,
    field_name: str,
    signer_name: str,
    language: str,
    when: dt.datetime,
) -> bytes:
    """`pdf` signed in a new signature field over `box`, as an incremental update."""
    x0, y0, x1, y1 = box.signature
    appearance = one_page(
        x1 - x0,
        y1 - y0,
        lambda canvas: _draw_appearance(
            canvas, x1 - x0, y1 - y0, signer_name, certificate_name(credentials), language, when
        ),
    )
    style = StaticStampStyle(
        background=PdfBytesPage(appearance),
        background_opacity=1.0,
        border_width=0,
        background_layout=SimpleBoxLayoutRule(
            x_align=AxisAlignment.ALIGN_MID,
            y_align=AxisAlignment.ALIGN_MID,
            margins=Margins(0, 0, 0, 0),
            inner_content_scaling=InnerScaling.STRETCH_FILL,
        ),
    )
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        name=signer_name or None,
    )
    # pyHanko's hint says whole numbers; a PDF rectangle takes any (ReportLab's points).
    spec = fields.SigFieldSpec(field_name, on_page=box.page_index, box=box.signature)  # type: ignore[arg-type]
    pdf_signer = signers.PdfSigner(meta, credentials.signer, stamp_style=style, new_field_spec=spec)
    output = pdf_signer.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)))
    signed: bytes = output.getvalue()
    return signed


def _draw_appearance(
    canvas: Canvas,
    width: float,
    height: float,
    name: str,
    certificate: str,
    language: str,
    when: dt.datetime,
) -> None:
    canvas.setStrokeColorRGB(*INK_BLUE)
    canvas.setLineWidth(0.8)
    canvas.roundRect(0.6, 0.6, width - 1.2, height - 1.2, 3, stroke=1, fill=0)
    lines = [
        words.text(language, "digitally_signed", name=safe(name or certificate)),
        safe(when.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")),
    ]
    if certificate and certificate != name:
        lines.append(safe(certificate))
    y = height - 12
    for index, line in enumerate(lines):
        caption(canvas, 5, width - 5, y, line, language, size=8 if index == 0 else 6.5)
        y -= 10
