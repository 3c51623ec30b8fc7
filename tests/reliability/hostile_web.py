"""A misbehaving web server on 127.0.0.1 for the network tests: loops, floods, drips and lies.

Every route is bounded on the server side too (a cap on bytes and seconds), so a client bug
makes a test fail instead of hanging the suite.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

SERVER_CAP_SECONDS = 20.0
"""No route keeps a connection open longer than this, whatever the client does."""

ARTICLE_HTML = (
    "<!doctype html><html><head><title>Minister speaks on grain deal</title>"
    '<meta property="article:published_time" content="2025-08-27T10:00:00Z"></head><body><article>'
    "<h1>Minister speaks on grain deal</h1>"
    "<p>The minister said on Wednesday that talks on the grain corridor would resume next week.</p>"
    "<p>\u201cWe are ready to continue the dialogue,\u201d the minister told reporters in the capital.</p>"
    "<p>Officials from both sides are expected to meet in Istanbul, according to a statement.</p>"
    "</article></body></html>"
)


def feed_xml(entries: int, base: str = "", with_links: bool = False) -> str:
    """An RSS feed with this many short entries, linking to ``base``/story/N when asked."""
    items = []
    for n in range(entries):
        link = f"<link>{base}/story/{n}</link>" if with_links else ""
        items.append(
            f"<item><title>Story {n}</title>{link}<description>Entry {n} says the council met on day {n}"
            f" and agreed on measure {n}. The mayor said the vote was close.</description></item>"
        )
    return ('<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>'
            + "".join(items) + "</channel></rss>")


class Handler(BaseHTTPRequestHandler):
    """Routes by path; the server object carries the hit log."""

    protocol_version = "HTTP/1.1"
    server: HostileServer

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, ctype: str, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        """Dispatch to ``route_<first path segment>``."""
        parts = urlsplit(self.path)
        self.server.hits.append(parts.path)
        name = parts.path.strip("/").split("/")[0].replace("-", "_") or "index"
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        route = getattr(self, f"route_{name}", None)
        try:
            if route is None:
                self._send(404, b"not found", "text/plain")
            else:
                route(parts.path, query)
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            pass  # the client gave up, as it should

    # ------------------------------------------------------------------ well-behaved

    def route_article(self, path: str, q: dict[str, str]) -> None:
        """A small, valid news page."""
        self._send(200, ARTICLE_HTML.encode(), "text/html; charset=utf-8")

    def route_story(self, path: str, q: dict[str, str]) -> None:
        """A page per feed entry, numbered by the path."""
        n = path.rsplit("/", 1)[-1]
        body = ARTICLE_HTML.replace("grain deal", f"grain deal, part {n}").replace("next week", f"on day {n}")
        self._send(200, body.encode(), "text/html; charset=utf-8")

    def route_feed(self, path: str, q: dict[str, str]) -> None:
        """An RSS feed: ``?n=ENTRIES&links=1``."""
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        body = feed_xml(int(q.get("n", "3")), base, q.get("links") == "1")
        self._send(200, body.encode(), "application/rss+xml; charset=utf-8")

    def route_secret(self, path: str, q: dict[str, str]) -> None:
        """A page no feed content should ever make the reader fetch."""
        self._send(200, feed_xml(2).encode(), "application/rss+xml")

    def route_feed_pointing_elsewhere(self, path: str, q: dict[str, str]) -> None:
        """A "feed" whose body is only a URL: a parser that fetches it would be a request forger."""
        target = f"http://127.0.0.1:{self.server.server_address[1]}/secret"
        self._send(200, target.encode(), "application/rss+xml")

    # ------------------------------------------------------------------ hostile

    def route_loop(self, path: str, q: dict[str, str]) -> None:
        """Redirects forever: /loop/1 -> /loop/2 -> ..."""
        n = int(path.rsplit("/", 1)[-1]) if path.count("/") > 1 else 0
        self._send(302, b"", "text/html", Location=f"/loop/{n + 1}")

    def route_self_redirect(self, path: str, q: dict[str, str]) -> None:
        """Redirects to itself."""
        self._send(301, b"", "text/html", Location="/self-redirect")

    def route_redirect_to_article(self, path: str, q: dict[str, str]) -> None:
        """One honest redirect."""
        self._send(302, b"", "text/html", Location="/article")

    def route_huge_declared(self, path: str, q: dict[str, str]) -> None:
        """Announces 5 GB, then sends a trickle and waits."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(5 * 1024**3))
        self.end_headers()
        self.wfile.write(b"<html><body>" + b"x" * 1024)
        self.wfile.flush()
        time.sleep(2)

    def route_endless(self, path: str, q: dict[str, str]) -> None:
        """Chunked body that never ends (until the server cap)."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunk = b"<p>" + b"endless words and more words " * 2000 + b"</p>"
        frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
        stop = time.monotonic() + SERVER_CAP_SECONDS
        self.server.bytes_sent = 0
        while time.monotonic() < stop:
            self.wfile.write(frame)
            self.server.bytes_sent += len(chunk)

    def route_endless_unframed(self, path: str, q: dict[str, str]) -> None:
        """HTTP/1.0-style body with no length, read until close, that never closes."""
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        chunk = b"all work and no play makes a dull reader. " * 1500
        stop = time.monotonic() + SERVER_CAP_SECONDS
        while time.monotonic() < stop:
            self.wfile.write(chunk)

    def route_drip(self, path: str, q: dict[str, str]) -> None:
        """Headers at once, then one byte every ``?every=`` seconds of a 1 MB body (slowloris)."""
        every = float(q.get("every", "0.05"))
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(1024 * 1024))
        self.end_headers()
        self.wfile.flush()
        stop = time.monotonic() + SERVER_CAP_SECONDS
        while time.monotonic() < stop:
            self.wfile.write(b"x")
            self.wfile.flush()
            time.sleep(every)

    def route_drip_headers(self, path: str, q: dict[str, str]) -> None:
        """Status line, then a header that arrives one byte at a time and never ends."""
        self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        self.wfile.flush()
        stop = time.monotonic() + SERVER_CAP_SECONDS
        while time.monotonic() < stop:
            self.wfile.write(b"a")
            self.wfile.flush()
            time.sleep(0.05)

    def route_silent(self, path: str, q: dict[str, str]) -> None:
        """Accepts the request and says nothing for ``?wait=`` seconds."""
        time.sleep(min(float(q.get("wait", "5")), SERVER_CAP_SECONDS))
        self._send(200, ARTICLE_HTML.encode(), "text/html")

    def route_truncated(self, path: str, q: dict[str, str]) -> None:
        """Declares 100 kB, sends 2 kB of a page, hangs up."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        self.wfile.write(ARTICLE_HTML.encode()[:2000])
        self.wfile.flush()
        self.close_connection = True

    def route_image(self, path: str, q: dict[str, str]) -> None:
        """A PNG."""
        self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "image/png")

    def route_octet(self, path: str, q: dict[str, str]) -> None:
        """Binary with a generic type."""
        self._send(200, bytes(range(256)) * 8, "application/octet-stream")

    def route_untyped_binary(self, path: str, q: dict[str, str]) -> None:
        """Binary with no content type at all."""
        body = b"\x00\x01\x02" + bytes(range(256)) * 8
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def route_gzip_bomb(self, path: str, q: dict[str, str]) -> None:
        """A small gzip body that inflates to 64 MB."""
        self._send(200, self.server.bomb(), "text/html", Content_Encoding="gzip")

    def route_error(self, path: str, q: dict[str, str]) -> None:
        """A server error with an HTML body."""
        self._send(503, b"<html><body>down</body></html>", "text/html")


class HostileServer(ThreadingHTTPServer):
    """The server, with a log of requested paths."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.hits: list[str] = []
        self.bytes_sent = 0
        self._bomb: bytes | None = None

    @property
    def base(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        """The full URL of a path on this server."""
        return self.base + path

    def bomb(self) -> bytes:
        """64 MB of spaces gzip-compressed (about 64 kB), built once."""
        if self._bomb is None:
            self._bomb = gzip.compress(b"<html><body>" + b" " * (64 * 1024 * 1024), compresslevel=6)
        return self._bomb


@contextmanager
def running() -> Iterator[HostileServer]:
    """Start the server on an ephemeral port in a daemon thread; stop it afterwards."""
    server = HostileServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
