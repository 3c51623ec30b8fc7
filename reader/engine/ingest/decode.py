"""Bytes to text: refuse binary files, detect the encoding of non-UTF-8 input."""

from __future__ import annotations

import re

import charset_normalizer

from reader.engine.ingest import IngestError

# Single-byte Latin code pages the detector often prefers over Windows-1252 for Western text
# ("crème" read as "crčme"): the bytes decode without error in either, so the detector's tie-break
# decides. Here each reading is scored by how well one language's alphabet covers its accented
# letters; Windows-1252 (of which Latin-1 is a subset) wins ties, as Western legacy files are the norm.
_LATIN_LOOKALIKES = {"cp1250", "cp1257", "cp775", "cp1258", "iso8859_2", "iso8859_4", "iso8859_10",
                     "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "mac_latin2", "latin_1"}
_ALPHABETS = [set(a) for a in (
    "éèêëàâîïôûùüçœæÿ",  # French
    "äöüß",  # German
    "áéíóúñü",  # Spanish
    "áâãàçéêíóôõúü",  # Portuguese
    "àèéìíòóùúî",  # Italian
    "éëïöüèá",  # Dutch
    "æøåéäö",  # Nordic
    "áðéíóúýþæö",  # Icelandic
    "áčďéěíňóřšťúůýž",  # Czech
    "áäčďéíĺľňóôŕšťúýž",  # Slovak
    "ąćęłńóśźż",  # Polish
    "áéíóöőúüű",  # Hungarian
    "čćđšž",  # Slovene, Croatian
    "ăâîșşțţ",  # Romanian
)]
# In Windows-1252 the bytes of ł ą ż Ł Ą Ż ľ ş ... are these symbols: beside a letter they betray
# Central European text read with the wrong code page.
_SYMBOLS = "¹²³¼½¾¿¡ªº¥¯¶¤¦¨´¸˘˙˝˛ˇ°¬"
_GLUED_SYMBOL = re.compile(f"(?<=[^\\W\\d_])[{_SYMBOLS}]|[{_SYMBOLS}](?=[^\\W\\d_])")


def _alphabet_fit(text: str) -> float:
    """Share of the accented letters of ``text`` that one language's alphabet covers (1.0 if none)."""
    letters = [ch for ch in text.lower() if ord(ch) > 127 and ch.isalpha()]
    if not letters:
        return 1.0
    return max(sum(ch in alpha for ch in letters) for alpha in _ALPHABETS) / len(letters)


_BINARY_MAGIC = (
    b"%PDF-", b"PK\x03\x04", b"\x89PNG", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"\xd0\xcf\x11\xe0", b"\x1f\x8b",
    b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!\x1a", b"OggS\x00", b"fLaC\x00", b"\x7fELF", b"SQLite format 3\x00",
)
"""Openings of common binary formats (PDF, Office/ZIP, images, archives, audio, programs, databases)."""


def looks_binary(data: bytes) -> bool:
    """A known binary signature, or NUL bytes near the start, mean a binary file (UTF-16 aside)."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return head.startswith(_BINARY_MAGIC) or b"\x00" in head


def _western(data: bytes, best: charset_normalizer.models.CharsetMatch) -> str | None:
    """The Windows-1252 reading of ``data`` when it is at least as likely as the detector's, else None."""
    if best.encoding not in _LATIN_LOOKALIKES:
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if _GLUED_SYMBOL.search(text) or _alphabet_fit(text) < _alphabet_fit(str(best)):
        return None
    return text


_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)


def header_charset(content_type: str) -> str | None:
    """The charset parameter of an HTTP Content-Type header ("text/html; charset=utf-8"), or None."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset a page or feed declares in its first bytes (``<meta charset>``, ``<?xml encoding>``)."""
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    return (m.group(1) or m.group(2)).decode("ascii").lower()


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode text bytes: UTF-8 when valid, else the declared charset, else detection.

    Valid UTF-8 wins over a declaration because pages that declare Latin-1 but are UTF-8 are common,
    while Latin-1 text that happens to be valid UTF-8 is not.
    """
    if looks_binary(data):
        raise IngestError("binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for charset in (declared, declared_charset(data)):
        if charset:
            try:
                return data.decode(charset)
            except (LookupError, UnicodeDecodeError):
                pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None:
        raise IngestError("unreadable text encoding")
    return _western(data, best) or str(best)
