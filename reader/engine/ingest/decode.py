"""Bytes to text: refuse binary files, detect the encoding of non-UTF-8 input."""

from __future__ import annotations

import charset_normalizer

from reader.engine.ingest import IngestError


def looks_binary(data: bytes) -> bool:
    """NUL bytes near the start mean a binary file, not text (UTF-16 aside)."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return b"\x00" in head


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode text bytes: a declared charset, then UTF-8, then detection."""
    if looks_binary(data):
        raise IngestError("binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None:
        raise IngestError("unreadable text encoding")
    return str(best)
