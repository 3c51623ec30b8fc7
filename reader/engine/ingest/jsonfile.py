"""Exports as JSON (an object or a list of objects) or JSON Lines."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from reader.engine.ingest import IngestError
from reader.engine.ingest.fields import first, looks_like_html
from reader.engine.models import Draft

_FIELDS = {
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "outlet": ("outlet", "publisher", "site", "source"),
    "author": ("author", "byline"),
    "published": ("published", "date", "pubdate", "published_at"),
}


def _draft(obj: Any, source: str) -> Draft:
    if not isinstance(obj, dict):
        raise IngestError("expected an object with a 'text' field")
    text = obj.get("text") or obj.get("body") or obj.get("content") or obj.get("html")
    if not isinstance(text, str) or not text.strip():
        raise IngestError("object has no 'text'")
    if looks_like_html(text):
        from reader.engine.ingest.html import strip_tags

        text = strip_tags(text)
    values = {key: first(obj, *names, kind="date" if key == "published" else "text")
              for key, names in _FIELDS.items()}
    return Draft(source=source, text=text, is_paste=True, **values)


def read_json(raw: str, source: str) -> Iterator[Draft | IngestError]:
    """Yield one draft (or one error) per object, so one bad record never stops the file."""
    stripped = raw.strip()
    if not stripped:
        raise IngestError("empty file")
    records: list[tuple[str, Any]]
    try:
        data = json.loads(stripped)
        items = data if isinstance(data, list) else [data]
        records = [(f"{source}#{i + 1}" if isinstance(data, list) else source, x) for i, x in enumerate(items)]
    except json.JSONDecodeError as exc:
        lines = [ln for ln in stripped.splitlines() if ln.strip()]
        if len(lines) < 2:
            raise IngestError(f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
        records = []
        for n, line in enumerate(lines, 1):
            try:
                records.append((f"{source}#{n}", json.loads(line)))
            except json.JSONDecodeError as e:
                records.append((f"{source}#{n}", IngestError(f"malformed JSON line: {e.msg} at column {e.colno}")))
    for name, obj in records:
        if isinstance(obj, IngestError):
            yield IngestError(str(obj), source=name)
            continue
        try:
            yield _draft(obj, name)
        except IngestError as exc:
            yield IngestError(str(exc), source=name)
