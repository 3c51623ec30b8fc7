"""Metadata values from front matter and JSON exports, flattened to the strings a Draft holds."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

_HTML_TAG = re.compile(r"</?(?:p|div|br|span|a|em|strong|b|i|h[1-6]|li|ul|ol|blockquote|figure|img)\b[^>]*>",
                       re.IGNORECASE)
_EPOCH_RANGE = (1e8, 1e10)
"""Seconds since 1970 between 1973 and 2286: a number in a date field that is plausibly a timestamp."""


def as_text(value: Any) -> str | None:
    """A metadata value as one string: lists joined ("A, B"), objects by their name, blanks as None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Mapping):
        return as_text(value.get("name") or value.get("title") or value.get("value"))
    if isinstance(value, list | tuple):
        parts = [p for p in (as_text(v) for v in value) if p]
        return ", ".join(parts) or None
    text = str(value).strip()
    return text or None


def as_date(value: Any) -> str | None:
    """A date field as text the date parser understands; numbers are Unix timestamps (s or ms)."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = float(value)
        if seconds > _EPOCH_RANGE[1]:
            seconds /= 1000.0
        if _EPOCH_RANGE[0] <= seconds <= _EPOCH_RANGE[1]:
            return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return None
    return as_text(value)


def first(meta: Mapping[str, Any], *names: str, kind: str = "text") -> str | None:
    """The first of these fields that has a usable value."""
    convert = as_date if kind == "date" else as_text
    for name in names:
        value = convert(meta.get(name))
        if value:
            return value
    return None


def looks_like_html(text: str) -> bool:
    """Body text that still carries HTML markup (exports often keep it)."""
    return len(_HTML_TAG.findall(text[:20_000])) >= 2
