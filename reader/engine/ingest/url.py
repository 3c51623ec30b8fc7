"""Fetching pages over HTTP with hard limits on redirects, size and time.

A per-read timeout alone does not bound a download: a server that sends one
byte just before each timeout (a "slowloris") keeps a reader busy for hours.
So every fetch also has a total budget, enforced by a watchdog that shuts the
sockets of that fetch down when the budget is spent, headers and body alike.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.exceptions import (
    HTTPError,
    MaxRetryError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
)
from urllib3.exceptions import TimeoutError as UrlTimeout

from reader.engine.ingest import MAX_BYTES, IngestError
from reader.engine.ingest.decode import header_charset

USER_AGENT = "NewsroomReader/0.1 (+https://example.invalid/newsroom-reader)"
ACCEPTED_TYPES = ("text/html", "application/xhtml", "application/rss", "application/atom", "application/xml",
                  "text/xml", "text/plain", "text/markdown", "application/json", "application/feed+json",
                  "application/rdf")
_pool: urllib3.PoolManager | None = None
_watched = threading.local()


@dataclass(slots=True)
class Fetched:
    """A fetched response body with what the server said about it."""

    url: str
    content_type: str
    charset: str | None
    data: bytes


def _watch(sock: socket.socket | None) -> None:
    """Hand this request's socket to the current fetch's watchdog, if one is running."""
    sockets = getattr(_watched, "sockets", None)
    if sockets is not None and sock is not None:
        sockets.append(sock)


class _WatchedHTTP(HTTPConnection):
    def getresponse(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        _watch(self.sock)
        return super().getresponse(*args, **kwargs)


class _WatchedHTTPS(HTTPSConnection):
    def getresponse(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        _watch(self.sock)
        return super().getresponse(*args, **kwargs)


class _HTTPPool(urllib3.HTTPConnectionPool):
    ConnectionCls = _WatchedHTTP


class _HTTPSPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPS


def _manager() -> urllib3.PoolManager:
    global _pool
    if _pool is None:
        _pool = urllib3.PoolManager(num_pools=8, headers={"User-Agent": USER_AGENT})
        _pool.pool_classes_by_scheme = {"http": _HTTPPool, "https": _HTTPSPool}
    return _pool


class _Watchdog:
    """Shuts down the sockets of one fetch when its total time is spent."""

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self.sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def __enter__(self) -> _Watchdog:
        _watched.sockets = self.sockets
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        with self._lock:
            _watched.sockets = None

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            for sock in self.sockets:
                with contextlib.suppress(OSError):
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the OS socket, under any TLS layer


def fetch(url: str, *, timeout: float = 15.0, total_time: float = 60.0, max_bytes: int = MAX_BYTES,
          max_redirects: int = 5) -> Fetched:
    """GET a URL; raise IngestError for HTTP errors, loops, huge or slow bodies, or unusable types."""
    with _Watchdog(total_time) as dog:
        try:
            got = _fetch(url, timeout, total_time, max_bytes, max_redirects)
        except IngestError:
            if dog.fired:
                raise IngestError(f"download took over {total_time:.0f} s") from None
            raise
        except Exception as exc:  # a socket shut under a reader surfaces as many kinds of error
            if dog.fired:
                raise IngestError(f"download took over {total_time:.0f} s") from None
            raise IngestError(f"cannot fetch ({type(exc).__name__})") from None
        if dog.fired:  # cut short: what arrived may look complete but is not
            raise IngestError(f"download took over {total_time:.0f} s")
        return got


def _fetch(url: str, timeout: float, total_time: float, max_bytes: int, max_redirects: int) -> Fetched:
    retries = urllib3.Retry(total=max_redirects + 1, connect=1, read=0, redirect=max_redirects,
                            status=0, raise_on_redirect=True, raise_on_status=False)
    deadline = time.monotonic() + total_time
    try:
        resp = _manager().request(
            "GET", url, preload_content=False, retries=retries,
            timeout=urllib3.Timeout(connect=min(timeout, 10.0), read=timeout),
        )
    except MaxRetryError as exc:
        reason = exc.reason
        if reason is None or "redirect" in str(reason).lower():
            raise IngestError(f"too many redirects (over {max_redirects})") from None
        if isinstance(reason, NameResolutionError):
            raise IngestError("unknown host (name not found)") from None
        if isinstance(reason, NewConnectionError):  # a subclass of the timeout error: test it first
            raise IngestError("cannot reach host (connection refused or network unreachable)") from None
        if isinstance(reason, UrlTimeout):
            raise IngestError("server did not answer in time") from None
        if isinstance(reason, ProtocolError):
            raise IngestError("connection failed (the server broke off or sent garbage)") from None
        raise IngestError(f"cannot reach host ({type(reason).__name__})") from None
    except (HTTPError, ValueError) as exc:
        raise IngestError(f"cannot fetch ({type(exc).__name__}: {exc})") from None
    complete = False
    try:
        if resp.status >= 400:
            raise IngestError(f"HTTP {resp.status} {resp.reason or ''}".strip())
        ctype = (resp.headers.get("Content-Type") or "").lower()
        mime = ctype.split(";")[0].strip()
        if mime and not mime.startswith(ACCEPTED_TYPES) and not mime.endswith(("+xml", "+json")):
            raise IngestError(f"unsupported content type {mime}")
        length = resp.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > max_bytes:
            raise IngestError(f"response too large ({int(length) / 1_048_576:.1f} MB;"
                              f" the limit is {max_bytes // 1_048_576} MB)")
        chunks: list[bytes] = []
        size = 0
        try:
            while True:
                chunk = resp.read1(65536)  # whatever has arrived: a drip cannot hold a read open
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise IngestError(f"response too large (over {max_bytes // 1_048_576} MB)")
                if time.monotonic() > deadline:
                    raise IngestError(f"download took over {total_time:.0f} s")
                chunks.append(chunk)
        except (UrlTimeout, HTTPError) as exc:
            raise IngestError(f"connection failed while reading ({type(exc).__name__})") from None
        charset = header_charset(ctype)
        final = urljoin(url, resp.geturl() or url)  # urllib3 may give only the path
        complete = True
        return Fetched(url=final, content_type=mime, charset=charset, data=b"".join(chunks))
    finally:
        if not complete:
            resp.close()  # unread bytes would poison the next request on a reused connection
        resp.release_conn()
