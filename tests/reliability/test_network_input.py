"""Network input: loops, floods, drips, wrong types and huge feeds end in a clear error, in bounded time.

Everything runs against the hostile server on 127.0.0.1 (tests/reliability/hostile_web.py).
"""

from __future__ import annotations

import pytest

from reader.engine.ingest import IngestError
from reader.engine.ingest import url as url_mod
from reader.engine.ingest.sources import Item, read_item
from tests.reliability.conftest import bounded

SMALL = {"timeout": 1.0, "total_time": 2.0, "max_bytes": 1024 * 1024}


def fetch_error(url: str, limit: float, **kw: float) -> tuple[str, float]:
    """Fetch with small limits; return the IngestError message and the seconds taken."""
    args = {**SMALL, **kw}
    result, error, elapsed = bounded(lambda: url_mod.fetch(url, **args), limit)
    assert error is not None, f"expected an error, got {result!r}"
    assert isinstance(error, IngestError), f"{type(error).__name__}: {error}"
    message = str(error)
    assert message and "\n" not in message and "Traceback" not in message
    return message, elapsed


def test_a_good_page_is_fetched(hostile) -> None:
    got = url_mod.fetch(hostile.url("/article"), **SMALL)
    assert got.content_type == "text/html" and b"grain corridor" in got.data


def test_one_redirect_is_followed(hostile) -> None:
    got = url_mod.fetch(hostile.url("/redirect-to-article"), **SMALL)
    assert got.url.endswith("/article") and b"grain corridor" in got.data


@pytest.mark.parametrize("path", ["/loop/0", "/self-redirect"])
def test_endless_redirects_stop_with_a_clear_error(hostile, path: str) -> None:
    before = len(hostile.hits)
    message, elapsed = fetch_error(hostile.url(path), 10)
    assert "redirect" in message
    assert len(hostile.hits) - before <= 7  # max_redirects (5) + the first request + one retry at most
    assert elapsed < 5


def test_declared_huge_body_is_refused_before_reading(hostile) -> None:
    message, elapsed = fetch_error(hostile.url("/huge-declared"), 10)
    assert "too large" in message
    assert elapsed < 1.9  # refused on the header, not after the server's 2 s wait


def test_endless_chunked_body_stops_at_the_size_cap(hostile) -> None:
    message, elapsed = fetch_error(hostile.url("/endless"), 10, total_time=8.0)
    assert "too large" in message
    assert elapsed < 5


def test_endless_body_at_the_default_size_cap(hostile) -> None:
    """The production limits (20 MB) hold too, reading from a fast local flood."""
    result, error, elapsed = bounded(lambda: url_mod.fetch(hostile.url("/endless-unframed")), 20)
    assert isinstance(error, IngestError) and "too large" in str(error)


def test_a_silent_server_times_out(hostile) -> None:
    message, elapsed = fetch_error(hostile.url("/silent?wait=6"), 8, timeout=0.5, total_time=1.0)
    assert "time" in message
    assert elapsed < 3


def test_a_dripping_body_is_cut_at_the_total_time(hostile) -> None:
    """Slowloris: a byte every 50 ms never trips the per-read timeout; the total budget must."""
    message, elapsed = fetch_error(hostile.url("/drip?every=0.05"), 8, timeout=1.0, total_time=1.5)
    assert "took over" in message or "time" in message
    assert elapsed < 4


def test_dripping_headers_are_cut_at_the_total_time(hostile) -> None:
    """A header that never ends, one byte at a time: bounded by the total budget as well."""
    message, elapsed = fetch_error(hostile.url("/drip-headers"), 8, timeout=1.0, total_time=1.5)
    assert "time" in message or "took over" in message
    assert elapsed < 4


def test_truncated_body_is_an_error_not_half_an_article(hostile) -> None:
    message, _ = fetch_error(hostile.url("/truncated"), 8)
    assert "connection" in message or "incomplete" in message or "read" in message


def test_gzip_bomb_is_bounded(hostile) -> None:
    hostile.bomb()  # built before the clock starts
    message, elapsed = fetch_error(hostile.url("/gzip-bomb"), 15, timeout=5.0, total_time=10.0)
    assert "too large" in message
    assert elapsed < 5


@pytest.mark.parametrize("path", ["/image", "/octet"])
def test_non_text_types_are_refused(hostile, path: str) -> None:
    message, _ = fetch_error(hostile.url(path), 5)
    assert "unsupported content type" in message


def test_untyped_binary_is_refused_when_read(hostile) -> None:
    def read() -> list:
        return list(read_item(Item("url", hostile.url("/untyped-binary")), follow_links=False))

    _, error, _ = bounded(read, 5)
    assert isinstance(error, IngestError) and "binary" in str(error)


def test_http_errors_are_reported(hostile) -> None:
    message, _ = fetch_error(hostile.url("/error"), 5)
    assert message.startswith("HTTP 503")


def test_unreachable_port_is_a_clear_error() -> None:
    message, elapsed = fetch_error("http://127.0.0.1:9/", 8)
    assert "cannot reach" in message
    assert elapsed < 5


@pytest.mark.parametrize("bad", ["http://", "http://127.0.0.1:99999/", "http://[::1", "http:///nohost"])
def test_malformed_urls_are_clear_errors(bad: str) -> None:
    _, error, _ = bounded(lambda: url_mod.fetch(bad, **SMALL), 8)
    assert isinstance(error, IngestError), repr(error)


def test_a_feed_with_thousands_of_entries_is_capped(hostile) -> None:
    from reader.engine.ingest.feed import MAX_ENTRIES

    def read() -> list:
        return list(read_item(Item("url", hostile.url("/feed?n=5000")), follow_links=False))

    drafts, error, elapsed = bounded(read, 30)
    assert error is None, error
    assert len(drafts) == MAX_ENTRIES
    assert elapsed < 10


def test_feed_entries_that_fail_to_fetch_fall_back_to_their_own_content(hostile, monkeypatch) -> None:
    """Entry links that 404 do not lose the entry: its summary is used."""
    feed = hostile.url("/feed?n=3&links=1").replace("/feed", "/feed")
    monkeypatch.setattr("reader.engine.ingest.sources.fetch", lambda u: url_mod.fetch(u, **SMALL))
    drafts, error, _ = bounded(lambda: list(read_item(Item("url", feed), follow_links=True)), 20)
    assert error is None, error
    assert len(drafts) == 3
    assert all(not isinstance(d, IngestError) for d in drafts)


def test_feed_content_is_never_treated_as_a_url_to_fetch(hostile) -> None:
    """A feed body that is just a URL must not make the feed parser fetch it (request forgery)."""
    before = hostile.hits.count("/secret")

    def read() -> list:
        return list(read_item(Item("url", hostile.url("/feed-pointing-elsewhere")), follow_links=False))

    _, _, _ = bounded(read, 10)
    assert hostile.hits.count("/secret") == before, "the feed parser fetched a URL found in the body"


def test_feed_file_content_is_never_treated_as_a_path(tmp_path) -> None:
    """A .rss file whose content is a path must not make the parser read that other file."""
    secret = tmp_path / "secret.rss"
    secret.write_text('<rss version="2.0"><channel><title>t</title><item><title>private</title>'
                      "<description>private words from another file that must stay private</description>"
                      "</item></channel></rss>", encoding="utf-8")
    pointer = tmp_path / "pointer.rss"
    pointer.write_text(str(secret), encoding="utf-8")
    try:
        got = list(read_item(Item("file", str(pointer)), follow_links=False))
    except IngestError:
        got = []
    assert not any("private words" in getattr(d, "text", "") for d in got)


# --------------------------------------------------------------------------- whole ingests


@pytest.fixture()
def quick_fetch(monkeypatch):
    """Ingest's fetches with the small limits, so hostile routes fail in about a second."""
    monkeypatch.setattr("reader.engine.ingest.sources.fetch", lambda u: url_mod.fetch(u, **SMALL))


def test_failed_downloads_store_nothing_and_the_good_page_lands(hostile, quick_fetch, tmp_path) -> None:
    from reader.engine.pipeline import ingest
    from reader.engine.store import Library
    from tests.reliability import invariants

    bad = ["/truncated", "/drip?every=0.05", "/loop/0", "/image", "/huge-declared", "/gzip-bomb", "/error",
           "/untyped-binary"]
    hostile.bomb()
    db = tmp_path / "lib.db"
    with Library(db) as lib:
        urls = [hostile.url(p) for p in bad] + [hostile.url("/article")]
        result, error, elapsed = bounded(lambda: ingest(lib, urls, follow_links=False), 60)
        assert error is None, error
        assert len(result.added) == 1 and len(result.failed) == len(bad), result
        assert all(f["error"] and "\n" not in f["error"] for f in result.failed)
        assert lib.count() == 1
    assert invariants.problems(db) == []
    assert elapsed < 25


def test_a_huge_feed_is_cut_at_the_entry_cap_during_ingest(hostile, quick_fetch, tmp_path, monkeypatch,
                                                           caplog) -> None:
    """Thousands of entries: only the first MAX_ENTRIES are read (lowered here to keep the test quick)."""
    from reader.engine.ingest import feed
    from reader.engine.pipeline import ingest
    from reader.engine.store import Library

    monkeypatch.setattr(feed, "MAX_ENTRIES", 15)
    with Library(tmp_path / "lib.db") as lib:
        result, error, _ = bounded(lambda: ingest(lib, [hostile.url("/feed?n=3000")], follow_links=False), 60)
        assert error is None, error
        assert len(result.added) == 15 and not result.failed
        assert lib.count() == 15
    assert any("3000 entries" in r.getMessage() for r in caplog.records)


MEMORY_PROBE = """
import sys, tracemalloc
from reader.engine.ingest import IngestError
from reader.engine.ingest.sources import Item, read_item
peaks = []
for url in sys.argv[1:]:
    tracemalloc.start()
    try:
        got = list(read_item(Item("url", url), follow_links=False))
    except IngestError as exc:
        got = [exc]
    peaks.append(tracemalloc.get_traced_memory()[1] // 2**20)
    tracemalloc.stop()
    print(url, len(got), type(got[0]).__name__, peaks[-1], "MB", file=sys.stderr)
print(max(peaks))
"""


def test_floods_and_bombs_stay_within_bounded_memory(hostile, tmp_path) -> None:
    """Real limits (20 MB): an endless body, a gzip bomb and a 5,000-entry feed each peak under 64 MB."""
    import subprocess
    import sys

    from tests.reliability.conftest import cli_env

    hostile.bomb()
    urls = [hostile.url(p) for p in ("/endless-unframed", "/gzip-bomb", "/endless", "/feed?n=5000")]
    proc = subprocess.run([sys.executable, "-c", MEMORY_PROBE, *urls], capture_output=True, text=True,
                          timeout=60, env=cli_env(tmp_path / "home"))
    assert proc.returncode == 0, proc.stderr
    peak_mb = int(proc.stdout.strip().splitlines()[-1])
    assert peak_mb < 64, f"peak memory {peak_mb} MB: {proc.stderr}"  # the cap is 20 MB
