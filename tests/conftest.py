"""Shared fixtures: the project on sys.path, fresh libraries, the CLI runner and a local web server."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Property tests draw the same cases on every run, so a test run on a new machine (and CI) passes or fails
# for the code, not for the luck of the draw; NEWSROOM_HYPOTHESIS=explore draws new cases, to hunt for bugs.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False, max_examples=1000)
settings.load_profile(os.environ.get("NEWSROOM_HYPOTHESIS", "repeatable"))

SAMPLE_CORPUS = ROOT / "sample_corpus"
SEEDS = Path("/work/shared/seeds")


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's real library: $NEWSROOM_DB unset and the data folders under a temp dir."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.delenv("NEWSROOM_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture()
def fresh_db(tmp_path: Path) -> Path:
    """A path for a library that does not exist yet."""
    return tmp_path / "library.db"


@dataclass(slots=True)
class Route:
    """One canned response of the local web server."""

    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    sized: bool = True


@dataclass(slots=True)
class LocalWeb:
    """A threaded HTTP server on 127.0.0.1 serving routes the test sets; nothing leaves the machine."""

    base: str
    routes: dict[str, Route]
    hits: list[str]

    def url(self, path: str) -> str:
        """The full URL of a path on this server."""
        return self.base + path

    def serve(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8",
              status: int = 200, sized: bool = True, **headers: str) -> str:
        """Answer ``path`` with this body (without Content-Length unless ``sized``); returns its URL."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(status, data, content_type, dict(headers), sized)
        return self.url(path)


def _handler(routes: dict[str, Route], hits: list[str]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            hits.append(self.path)
            route = routes.get(self.path)
            if route is None:
                route = Route(404, b"<html><body>Not found</body></html>")
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            if route.sized:  # else the body simply runs until the connection closes
                self.send_header("Content-Length", str(len(route.body)))
            for k, v in route.headers.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(route.body)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@pytest.fixture()
def web() -> Iterator[LocalWeb]:
    """A local web server on an ephemeral port, stopped after the test."""
    routes: dict[str, Route] = {}
    hits: list[str] = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(routes, hits))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield LocalWeb(f"http://127.0.0.1:{server.server_address[1]}", routes, hits)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture()
def write(tmp_path: Path) -> Callable[..., Path]:
    """Write a file under the test's temp folder: ``write("a.txt", "text")`` or bytes."""

    def _write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding=encoding)
        return path

    return _write
