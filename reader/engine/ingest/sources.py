"""Turn what the user named (paths, folders, URLs, ``-``) into drafts, one source at a time."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from reader.engine.ingest import MAX_BYTES, IngestError
from reader.engine.ingest.decode import decode
from reader.engine.ingest.feed import looks_like_feed, read_feed
from reader.engine.ingest.html import read_html
from reader.engine.ingest.jsonfile import read_json
from reader.engine.ingest.plain import read_text
from reader.engine.ingest.url import fetch
from reader.engine.ingest.warc import is_warc_name, read_warc
from reader.engine.models import Draft

HTML_EXT = {".html", ".htm", ".xhtml"}
TEXT_EXT = {".txt", ".text"}
MARKDOWN_EXT = {".md", ".markdown"}
JSON_EXT = {".json", ".jsonl", ".ndjson"}
FEED_EXT = {".rss", ".atom", ".xml", ".feed"}
KNOWN_EXT = HTML_EXT | TEXT_EXT | MARKDOWN_EXT | JSON_EXT | FEED_EXT


@dataclass(slots=True)
class Item:
    """One thing to read: a file, a URL, or bytes from standard input."""

    kind: str  # "file" | "url" | "stdin" | "error"
    name: str
    error: str | None = None


def expand(sources: Iterable[str]) -> Iterator[Item]:
    """Walk folders (recursively, known extensions, no hidden files) and name every input."""
    for src in sources:
        if src == "-":
            yield Item("stdin", "-")
        elif src.startswith(("http://", "https://")):
            yield Item("url", src)
        else:
            path = Path(src).expanduser()
            if path.is_dir():
                found = sorted(
                    p for p in path.rglob("*")
                    if p.is_file() and (p.suffix.lower() in KNOWN_EXT or is_warc_name(p.name))
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
                if not found:
                    yield Item("error", str(path.resolve()), "folder holds no readable articles")
                yield from (Item("file", str(p.resolve())) for p in found)
            elif path.exists():
                yield Item("file", str(path.resolve()))
            else:
                yield Item("error", str(path), "no such file or folder")


WARC_BYTES_PER_PAGE = 20_000
"""A rough size of one page's record in a web archive, for :func:`expected_articles` (not read ahead)."""


def expected_articles(items: Iterable[Item]) -> int:
    """About how many articles these inputs hold, without reading any of them as articles.

    A JSON Lines export, a JSON array or a feed file holds many: its records are counted on the raw
    bytes (lines, "text" keys, items and entries), a web archive is estimated from its size, anything
    else is one. Deciding how to group a large import needs the number of articles, not of files.
    """
    total = 0
    for item in items:
        path = Path(item.name)
        suffix = path.suffix.lower()
        if item.kind != "file" or (suffix not in JSON_EXT and suffix not in FEED_EXT and not is_warc_name(path.name)):
            total += 1
            continue
        try:
            size = path.stat().st_size
            if is_warc_name(path.name):
                total += max(1, size // WARC_BYTES_PER_PAGE)
                continue
            data = path.read_bytes() if size <= MAX_BYTES else b""
        except OSError:
            total += 1  # reading it will say what is wrong
            continue
        if suffix in (".jsonl", ".ndjson"):
            found = sum(1 for line in data.splitlines() if line.strip())
        elif suffix == ".json":
            found = data.count(b'"text"')
        else:
            found = data.count(b"<item") + data.count(b"<entry")
        total += max(1, found)
    return total


def _dispatch(text: str, name: str, suffix: str, url: str | None, follow_links: bool,
              before_fetch: Callable[[], None] | None = None) -> Iterator[Draft | IngestError]:
    """Read decoded text by its extension, or by sniffing when the extension says nothing."""
    head = text[:2048].lstrip().lower()
    if suffix in JSON_EXT or (suffix not in KNOWN_EXT and head.startswith(("{", "["))):
        yield from read_json(text, name)
    elif suffix in FEED_EXT or (suffix not in HTML_EXT and looks_like_feed(head)):
        yield from read_feed(text, name, _fetcher(before_fetch) if follow_links else None)
    elif suffix in HTML_EXT or head.startswith(("<!doctype html", "<html")) or "<body" in head:
        yield read_html(text, name, url)
    else:
        yield read_text(text, name, markdown=suffix in MARKDOWN_EXT)


def fetch_page(url: str) -> Draft:
    """Fetch one URL and read it as a single page."""
    got = fetch(url)
    text = decode(got.data, got.charset)
    if "html" in got.content_type or got.content_type == "" and "<" in text[:1000]:
        return read_html(text, url, got.url)
    draft = read_text(text, url)
    draft.url = draft.url or got.url
    return draft


def _fetcher(before_fetch: Callable[[], None] | None) -> Callable[[str], Draft]:
    """:func:`fetch_page`, calling ``before_fetch`` first (the ingest commits before it waits on the network)."""
    if before_fetch is None:
        return fetch_page

    def fetch_after(url: str) -> Draft:
        before_fetch()
        return fetch_page(url)

    return fetch_after


def read_item(item: Item, *, follow_links: bool = True,
              before_fetch: Callable[[], None] | None = None) -> Iterator[Draft | IngestError]:
    """Every draft in one input; errors for the whole input are raised, per-record ones yielded.

    ``before_fetch`` is called before each network request (a URL, or a feed entry's page).
    """
    if item.kind == "error":
        raise IngestError(item.error or "cannot read")
    if item.kind == "url":
        if before_fetch is not None:
            before_fetch()
        got = fetch(item.name)
        text = decode(got.data, got.charset)
        ctype = got.content_type
        if "json" in ctype:
            suffix = ".json"
        elif any(k in ctype for k in ("rss", "atom", "xml", "rdf")) or looks_like_feed(text[:2048].lower()):
            suffix = ".rss"
        elif "html" in ctype:
            suffix = ".html"
        else:
            suffix = ".txt"
        yield from _dispatch(text, item.name, suffix, got.url, follow_links, before_fetch)
        return
    if item.kind == "stdin":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        suffix = ""
    else:
        path = Path(item.name)
        if is_warc_name(path.name):
            yield from _read_archive(path)
            return
        with _file_errors():
            size = path.stat().st_size
            if size > MAX_BYTES:
                limit = MAX_BYTES // 1_048_576
                raise IngestError(f"file too large ({size / 1_048_576:.1f} MB; the limit is {limit} MB)")
            data = path.read_bytes()
        suffix = path.suffix.lower()
    if len(data) > MAX_BYTES:
        raise IngestError(f"input too large (over {MAX_BYTES // 1_048_576} MB)")
    if not data.strip():
        raise IngestError("empty file")
    text = decode(data)
    yield from _dispatch(text, item.name, suffix, None, follow_links, before_fetch)


def _read_archive(path: Path) -> Iterator[Draft | IngestError]:
    """A web archive, streamed: no limit on the file, the page limit on each record."""
    with _file_errors(), path.open("rb") as stream:
        yield from read_warc(stream, str(path))


@contextmanager
def _file_errors() -> Iterator[None]:
    """Turn the operating system's refusals to read a file into one-line ingest errors."""
    try:
        yield
    except PermissionError:
        raise IngestError("permission denied") from None
    except IsADirectoryError:
        raise IngestError("is a folder") from None
    except OSError as exc:
        raise IngestError(f"cannot read ({exc.strerror or exc})") from None
