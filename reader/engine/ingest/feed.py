"""RSS and Atom feeds: each entry's page is fetched when it has a link, else its content is used."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable, Iterator
from urllib.parse import urljoin

import feedparser

from reader.engine.ingest import IngestError
from reader.engine.models import Draft

log = logging.getLogger(__name__)

MAX_ENTRIES = 500
"""Entries read from one feed; a feed with thousands is cut here, with a warning."""

_XML_ENCODING = re.compile(r"""^(\s*<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["']""")


def _as_stream(data: bytes | str) -> io.BytesIO:
    """The feed as a byte stream, never as a string feedparser could take for a URL or a file name.

    Text has already been decoded, so it goes in as UTF-8 with the prolog's encoding claim removed.
    """
    if isinstance(data, str):
        data = _XML_ENCODING.sub(r"\1", data, count=1).encode("utf-8", "replace")
    return io.BytesIO(data)


def looks_like_feed(head: str) -> bool:
    """Sniff the start of a document for an RSS, Atom or RDF root element."""
    h = head[:2048].lower()
    return "<rss" in h or "<feed" in h or "<rdf:rdf" in h


def _entry_text(entry: feedparser.FeedParserDict) -> str:
    for item in entry.get("content") or []:
        if item.get("value"):
            return str(item["value"])
    return str(entry.get("summary") or "")


def read_feed(data: bytes | str, source: str,
              fetch_page: Callable[[str], Draft] | None = None) -> Iterator[Draft | IngestError]:
    """Yield a draft (or an error) per entry; fetch failures fall back to the entry's own content."""
    base = source if source.startswith(("http://", "https://")) else None
    parsed = feedparser.parse(_as_stream(data), response_headers={"content-location": base} if base else None)
    entries = parsed.get("entries") or []
    usable = [e for e in entries if e.get("link") or _entry_text(e).strip()]
    if parsed.get("bozo") and not usable:
        exc = parsed.get("bozo_exception")
        reason = str(exc).splitlines()[0] if exc and str(exc) else type(exc).__name__
        raise IngestError(f"malformed feed ({reason})")
    if not entries:
        raise IngestError("feed has no entries")
    if len(entries) > MAX_ENTRIES:
        log.warning("%s: %d entries; reading the first %d", source, len(entries), MAX_ENTRIES)
    feed_title = str(parsed.get("feed", {}).get("title") or "") or None
    for n, entry in enumerate(entries[:MAX_ENTRIES], 1):
        link = entry.get("link")
        if link and base:
            link = urljoin(base, link)
        name = link or f"{source}#{n}"
        page_error: IngestError | None = None
        if link and fetch_page is not None:
            try:
                draft = fetch_page(link)
            except IngestError as exc:
                page_error = exc
            else:
                draft.title = draft.title or entry.get("title")
                draft.published = draft.published or entry.get("published") or entry.get("updated")
                draft.author = draft.author or entry.get("author")
                draft.outlet = draft.outlet or feed_title
                yield draft
                continue
        content = _entry_text(entry)
        if not content.strip():
            yield IngestError(str(page_error or "entry has no content"), source=name)
            continue
        if page_error is not None:
            log.warning("%s: %s; using the feed's own text", name, page_error)
        from reader.engine.ingest.html import strip_tags

        yield Draft(
            source=name, text=strip_tags(content), title=entry.get("title"), url=link,
            outlet=feed_title, author=entry.get("author"),
            published=entry.get("published") or entry.get("updated"), is_paste=False,
        )
