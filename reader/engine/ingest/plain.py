"""Plain text and Markdown, with optional YAML front matter; pastes of web pages."""

from __future__ import annotations

import re
from typing import Any

import frontmatter
import yaml

from reader.engine.ingest import IngestError
from reader.engine.models import Draft

_MD_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def _field(meta: dict[str, Any], *names: str) -> str | None:
    for name in names:
        value = meta.get(name)
        if value not in (None, ""):
            return str(value)
    return None


def strip_markdown(text: str) -> str:
    """Drop Markdown syntax that is not part of the words: headings, emphasis, link targets."""
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    return _MD_HEADING.sub("", text)


def read_text(raw: str, source: str, *, markdown: bool = False) -> Draft:
    """Read one text file or paste; front matter fields win over guesses made later."""
    if raw.lstrip("\ufeff").startswith("---"):
        try:
            post = frontmatter.loads(raw.lstrip("\ufeff"))
        except (yaml.YAMLError, ValueError) as exc:
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise IngestError(f"malformed front matter: {reason}") from None
        meta, body = dict(post.metadata), post.content
    else:
        meta, body = {}, raw
    if markdown:
        body = strip_markdown(body)
    if not body.strip():
        raise IngestError("empty file" if not meta else "front matter but no article text")
    return Draft(
        source=source,
        text=body,
        title=_field(meta, "title", "headline"),
        url=_field(meta, "url", "link", "source_url"),
        outlet=_field(meta, "outlet", "publisher", "site", "source"),
        author=_field(meta, "author", "byline", "authors"),
        published=_field(meta, "date", "published", "pubdate", "published_at"),
        is_paste=True,
    )
