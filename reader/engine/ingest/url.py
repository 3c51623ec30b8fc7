"""Fetching pages over HTTP with hard limits on redirects, size and time."""

from __future__ import annotations

import time
from dataclasses import dataclass

import urllib3
from urllib3.exceptions import HTTPError, MaxRetryError
from urllib3.exceptions import TimeoutError as UrlTimeout

from reader.engine.ingest import MAX_BYTES, IngestError

USER_AGENT = "NewsroomReader/0.1 (+https://example.invalid/newsroom-reader)"
ACCEPTED_TYPES = ("text/html", "application/xhtml", "application/rss", "application/atom", "application/xml",
                  "text/xml", "text/plain", "text/markdown", "application/json", "application/feed+json",
                  "application/rdf")
_pool: urllib3.PoolManager | None = None


@dataclass(slots=True)
class Fetched:
    """A fetched response body with what the server said about it."""

    url: str
    content_type: str
    charset: str | None
    data: bytes


def _manager() -> urllib3.PoolManager:
    global _pool
    if _pool is None:
        _pool = urllib3.PoolManager(num_pools=8, headers={"User-Agent": USER_AGENT})
    return _pool


def fetch(url: str, *, timeout: float = 15.0, total_time: float = 60.0, max_bytes: int = MAX_BYTES,
          max_redirects: int = 5) -> Fetched:
    """GET a URL; raise IngestError for HTTP errors, loops, huge or slow bodies, or unusable types."""
    retries = urllib3.Retry(total=max_redirects + 1, connect=1, read=0, redirect=max_redirects,
                            status=0, raise_on_redirect=True, raise_on_status=False)
    try:
        resp = _manager().request(
            "GET", url, preload_content=False, retries=retries,
            timeout=urllib3.Timeout(connect=min(timeout, 10.0), read=timeout),
        )
    except MaxRetryError as exc:
        reason = exc.reason
        if reason is None or "redirect" in str(reason).lower():
            raise IngestError(f"too many redirects (over {max_redirects})") from None
        if isinstance(reason, UrlTimeout):
            raise IngestError("server did not answer in time") from None
        raise IngestError(f"cannot reach host ({type(reason).__name__})") from None
    except (HTTPError, ValueError) as exc:
        raise IngestError(f"cannot fetch ({type(exc).__name__}: {exc})") from None
    try:
        if resp.status >= 400:
            raise IngestError(f"HTTP {resp.status} {resp.reason or ''}".strip())
        ctype = (resp.headers.get("Content-Type") or "").lower()
        mime = ctype.split(";")[0].strip()
        if mime and not mime.startswith(ACCEPTED_TYPES) and not mime.endswith(("+xml", "+json")):
            raise IngestError(f"unsupported content type {mime}")
        length = resp.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > max_bytes:
            raise IngestError(f"response too large ({int(length) // 1_048_576} MB > {max_bytes // 1_048_576} MB)")
        deadline = time.monotonic() + total_time
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in resp.stream(65536):
                size += len(chunk)
                if size > max_bytes:
                    raise IngestError(f"response too large (over {max_bytes // 1_048_576} MB)")
                if time.monotonic() > deadline:
                    raise IngestError(f"download took over {total_time:.0f} s")
                chunks.append(chunk)
        except (UrlTimeout, HTTPError) as exc:
            raise IngestError(f"connection failed while reading ({type(exc).__name__})") from None
        charset = None
        if "charset=" in ctype:
            charset = ctype.split("charset=")[-1].split(";")[0].strip().strip('"') or None
        final = resp.geturl() or url
        return Fetched(url=final, content_type=mime, charset=charset, data=b"".join(chunks))
    finally:
        resp.release_conn()
