"""Web archives (WARC, plain or gzipped): every archived HTML page is read as one page.

Journalists and archivists keep what they saw in WARC files (Webrecorder, ArchiveWeb.page,
wget --warc-file, the Internet Archive). warcio reads them as a stream, so an archive of any
size is read record by record, and each record obeys the same size limit as a single page.
Only successful HTML responses (and HTML resource records) are pages; images, scripts,
redirects and revisits are skipped without a word, as a browser would not show them as articles.
A gzipped archive cut short ends where warcio stops reading it: the pages before the cut are kept.
"""

from __future__ import annotations

import contextlib
import gzip
import io
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from reader.engine.ingest import MAX_BYTES, IngestError
from reader.engine.ingest.decode import decode, header_charset
from reader.engine.ingest.html import read_html
from reader.engine.models import Draft

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


def is_warc_name(name: str) -> bool:
    """Whether a file name says web archive."""
    return name.lower().endswith(WARC_SUFFIXES)


def _looks_like_archive(stream: BinaryIO) -> bool:
    """A WARC or ARC header at the start, gzipped or not (warcio would skip garbage with warnings)."""
    head = stream.read(2)
    stream.seek(0)
    if head == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=stream) as unzipped:
                head = unzipped.read(16)
        except (OSError, EOFError):
            return False
        finally:
            stream.seek(0)
    else:
        head = stream.read(16)
        stream.seek(0)
    return head.startswith((b"WARC/", b"filedesc://"))


def read_warc(stream: BinaryIO, name: str) -> Iterator[Draft | IngestError]:
    """Drafts for the HTML pages of one archive; a bad record is one error, a bad archive raises."""
    if not _looks_like_archive(stream):
        raise IngestError("not a web archive (no WARC or ARC header)")
    archive = ArchiveIterator(stream)
    records = iter(archive)
    quiet = io.StringIO()  # warcio writes its warnings about damaged records to stderr
    read = 0
    while True:
        try:
            quiet.seek(0)
            quiet.truncate()
            with contextlib.redirect_stderr(quiet):
                record = next(records, None)
                if record is None:
                    break
                found = _page(record)
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:  # a broken record or gzip member
            reason = str(exc).splitlines()[0][:80] if str(exc) else type(exc).__name__
            if not read:
                raise IngestError(f"not a readable web archive ({reason})") from None
            yield IngestError(f"archive damaged after record {read}; the rest is unread ({reason})", name)
            return
        read += 1
        if found is None:
            continue
        uri, data, ctype = found
        source = f"{name}#{uri}" if uri else name
        if len(data) > MAX_BYTES:
            yield IngestError(f"page too large (over {MAX_BYTES // 1_048_576} MB)", source)
            continue
        try:
            page = decode(data, header_charset(ctype))
            yield read_html(page, source, uri if uri.startswith(("http://", "https://")) else None)
        except IngestError as exc:
            yield IngestError(str(exc), source)
    if archive.err_count:
        yield IngestError(f"{archive.err_count} damaged record(s) skipped", name)


def _page(record: ArcWarcRecord) -> tuple[str, bytes, str] | None:
    """(URI, body, content type) of an archived HTML page, or None for anything else."""
    if record.rec_type not in ("response", "resource"):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    if record.rec_type == "response":
        if record.http_headers is None or record.http_headers.get_statuscode() != "200":
            return None
        ctype = record.http_headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    if "html" not in ctype.lower():
        return None
    return uri, record.content_stream().read(MAX_BYTES + 1), ctype
