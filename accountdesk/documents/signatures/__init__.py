"""Signatures on summary PDFs: drawn strokes, PAdES signing and checking signatures.

Every change here is an incremental update: the bytes a function is given come back
unchanged at the start of the bytes it returns, so an issued summary stays inside the
signed one byte for byte, and a digital signature made earlier stays valid.

Modules: ``drawn`` (strokes as vector paths), ``pades`` (PKCS#12 signing, visible in the
signatory's block), ``checks`` (what pyHanko says about each signature; revisions),
``changes_section`` (the summary with "changes since the signed version"), ``words``
(the few words these print, in he / fa / en). Nothing is imported here, so that callers
pay for pyHanko only when they sign or check.
"""
