"""Small display formatters shared by the screens: times, counts, shares, slugs."""

from __future__ import annotations

import re
from datetime import datetime

from reader.tui.safe import clean_line

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def when(value: str | None, unknown: str = "—") -> str:
    """An ISO timestamp as ``YYYY-MM-DD HH:MM`` (date only when no time is known)."""
    if not value:
        return unknown
    raw = clean_line(value).strip()
    try:
        parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return raw[:16] or unknown
    if len(raw) <= 10:
        return parsed.strftime("%Y-%m-%d")
    return parsed.strftime("%Y-%m-%d %H:%M")


def letter(index: int) -> str:
    """A short handle for the n-th article of a group: A..Z, then AA, AB..."""
    key = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        key = LETTERS[rem] + key
    return key


def pct(x: float) -> str:
    """A share as a whole percentage."""
    return f"{round(100 * x):d}%"


def plural(n: int, one: str, many: str | None = None) -> str:
    """``1 article`` / ``3 articles``."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def slug(label: str, fallback: str = "comparison", limit: int = 60) -> str:
    """A file-name-safe version of a label."""
    words = re.findall(r"[\w]+", clean_line(label).lower())
    name = "-".join(words)[:limit].strip("-")
    return name or fallback
