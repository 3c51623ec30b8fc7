"""Plain text and Markdown, with optional YAML front matter; pastes of web pages."""

from __future__ import annotations

import re
from typing import Any

import yaml

from reader.engine.ingest import IngestError
from reader.engine.ingest.fields import first
from reader.engine.models import Draft

_MD_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MD_STAR = re.compile(r"(?<![\w*])\*(?![\s*])([^*\n]+?)(?<![\s*])\*(?![\w*])")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_MD_RULE = re.compile(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)
_MD_CODE = re.compile(r"`([^`\n]+)`")
_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
META_KEYS = frozenset(
    ["title", "headline", "url", "link", "source_url", "canonical", "outlet", "publisher", "site", "source",
     "author", "authors", "byline", "date", "published", "pubdate", "published_at", "updated", "tags",
     "categories", "description", "summary", "lang", "language", "layout", "slug", "draft", "id"]
)
"""Keys that mark a leading ``---`` block as front matter rather than text between rules."""


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""The safe YAML loader, in C when libyaml is available (ten times faster on front matter)."""

def strip_markdown(text: str) -> str:
    """Drop Markdown syntax that is not part of the words: headings, emphasis, links, quotes, rules."""
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_STAR.sub(r"\1", text)
    text = _MD_CODE.sub(r"\1", text)
    text = _MD_RULE.sub("", text)
    text = _MD_QUOTE.sub("", text)
    return _MD_HEADING.sub("", text)


def split_front_matter(raw: str) -> tuple[dict[str, Any], str]:
    """Front matter fields and the body; text that only looks like front matter stays body.

    A leading ``---`` block is front matter when it is a YAML mapping with at least one known key;
    otherwise (a rule above a paragraph, "MOSCOW: ..." between rules) it is kept as article text.
    Broken YAML in a block that names known keys is an error, never silently dropped.
    """
    text = raw.lstrip("\ufeff")
    m = _FRONT.match(text)
    if not m:
        return {}, text
    block = m.group(1)
    try:
        meta = yaml.load(block, Loader=_LOADER) if block.strip() else {}
    except yaml.YAMLError as exc:
        if re.search(r"^\s*(" + "|".join(META_KEYS) + r")\s*:", block, re.MULTILINE | re.IGNORECASE):
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise IngestError(f"malformed front matter: {reason}") from None
        return {}, text
    if meta is None:
        meta = {}
    if not isinstance(meta, dict) or (meta and not {str(k).lower() for k in meta} & META_KEYS):
        return {}, text
    return {str(k).lower(): v for k, v in meta.items()}, text[m.end():]


def read_text(raw: str, source: str, *, markdown: bool = False) -> Draft:
    """Read one text file or paste; front matter fields win over guesses made later."""
    meta, body = split_front_matter(raw)
    if markdown:
        body = strip_markdown(body)
    if not body.strip():
        raise IngestError("empty file" if not meta else "front matter but no article text")
    return Draft(
        source=source,
        text=body,
        title=first(meta, "title", "headline"),
        url=first(meta, "url", "link", "source_url", "canonical"),
        outlet=first(meta, "outlet", "publisher", "site", "source"),
        author=first(meta, "author", "byline", "authors"),
        published=first(meta, "date", "published", "pubdate", "published_at", kind="date"),
        is_paste=True,
    )
