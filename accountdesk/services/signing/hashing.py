"""SHA-256 in hex: how every stored state of a summary is fingerprinted."""

from __future__ import annotations

import hashlib


def sha256(data: bytes | str) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()
