"""Web archives: each archived HTML page is one article; the rest of the archive is skipped."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from reader.engine import ingest as ingest_pkg
from reader.engine.ingest import warc
from reader.engine.pipeline import ingest
from reader.engine.store import Library

BODY = (
    "<p>The city council closed the harbour footbridge on Friday after inspectors found rust in two of its "
    "cables, officials said.</p><p>\"We will not take risks with people's safety,\" the council's chief "
    "engineer, Maria Lopez, told reporters.</p><p>Ferries will run every ten minutes until it reopens.</p>"
)


def _page(title: str) -> bytes:
    return (f"<!DOCTYPE html><html><head><title>{title}</title><meta property='og:site_name' "
            f"content='Harbour Daily'></head><body><article><h1>{title}</h1>{BODY}</article></body></html>").encode()


def _archive(path: Path, records: list[tuple[str, str, str, bytes]], *, gz: bool = True) -> Path:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for uri, status, ctype, body in records:
            if status == "resource":
                rec = writer.create_warc_record(uri, "resource", payload=io.BytesIO(body), warc_content_type=ctype)
            else:
                hdrs = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
                rec = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=hdrs)
            writer.write_record(rec)
    return path


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    library = Library(tmp_path / "lib.db")
    yield library
    library.close()


def test_html_pages_are_articles_and_the_rest_is_skipped(lib: Library, tmp_path: Path) -> None:
    path = _archive(tmp_path / "crawl.warc.gz", [
        ("https://harbour.example/bridge", "200 OK", "text/html; charset=utf-8", _page("Footbridge closed")),
        ("https://harbour.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n...."),
        ("https://harbour.example/old", "301 Moved Permanently", "text/html", b"<html>moved</html>"),
        ("https://harbour.example/menu", "200 OK", "text/html", b"<html><body><nav>Home</nav></body></html>"),
    ])
    result = ingest(lib, [str(path)], follow_links=False)
    assert len(result.added) == 1
    # the menu page is named by archive and address, with its reason; the image and redirect are silent
    assert result.failed == [{"source": f"{path}#https://harbour.example/menu",
                              "error": "no article text found on the page"}]
    (row,) = lib.list_articles()
    assert row["source"] == f"{path}#https://harbour.example/bridge"
    assert row["url"] == "https://harbour.example/bridge" and row["outlet"] == "Harbour Daily"
    art = lib.require(row["id"])
    assert [q.speaker for q in art.quotes] == ["Maria Lopez"]
    again = ingest(lib, [str(tmp_path)], follow_links=False)  # a folder walk finds .warc.gz; nothing new
    assert again.unchanged == result.added and not again.added


def test_uncompressed_archive_and_resource_records(lib: Library, tmp_path: Path) -> None:
    path = _archive(tmp_path / "saved.warc", [
        ("https://harbour.example/a", "resource", "text/html", _page("Footbridge closed for repairs")),
    ], gz=False)
    result = ingest(lib, [str(path)], follow_links=False)
    assert len(result.added) == 1 and not result.failed


def test_a_file_that_is_no_archive_is_one_clear_failure(lib: Library, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "notes.warc"
    bad.write_bytes(b"this is not an archive\n" * 20)
    zipped = tmp_path / "empty.warc.gz"
    zipped.write_bytes(b"\x1f\x8b\x08\x00garbage")
    result = ingest(lib, [str(bad), str(zipped)], follow_links=False)
    assert [f["error"] for f in result.failed] == ["not a web archive (no WARC or ARC header)"] * 2
    assert lib.count() == 0
    assert "WARNING" not in capsys.readouterr().err


def test_each_record_obeys_the_page_size_limit(lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warc, "MAX_BYTES", 200)
    monkeypatch.setattr(ingest_pkg, "MAX_BYTES", 200)
    path = _archive(tmp_path / "big.warc.gz", [("https://harbour.example/a", "200 OK", "text/html", _page("Big"))])
    result = ingest(lib, [str(path)], follow_links=False)
    assert result.failed and "too large" in result.failed[0]["error"]
    assert result.failed[0]["source"].endswith("#https://harbour.example/a")


def test_a_damaged_record_is_reported_without_noise(lib: Library, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = _archive(tmp_path / "damaged.warc", [
        ("https://harbour.example/a", "200 OK", "text/html", _page("Footbridge closed")),
        ("https://harbour.example/b", "200 OK", "text/html", _page("Ferries added")),
    ], gz=False)
    data = path.read_bytes()
    cut = data.index(b"WARC/1", 10)
    path.write_bytes(data[:cut] + b"stray bytes\r\n" + data[cut:])  # junk between two records
    result = ingest(lib, [str(path)], follow_links=False)
    assert len(result.added) == 1  # the page before the damage is kept, the failure says where it stopped
    (failure,) = result.failed
    assert failure["source"] == str(path) and failure["error"].startswith("archive damaged after record 1;")
    assert "WARNING" not in capsys.readouterr().err


def test_an_archive_is_stored_page_by_page_as_it_is_read(lib: Library, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.engine import pipeline, preparation

    path = _archive(tmp_path / "crawl.warc.gz", [
        (f"https://harbour.example/{k}", "200 OK", "text/html",
         _page(f"Footbridge story number {k}").replace(b"on Friday", f"on day {k}".encode())) for k in range(3)
    ])
    order: list[str] = []
    real_prepare, real_store = preparation.prepare, pipeline._store
    monkeypatch.setattr(preparation, "prepare", lambda *a, **k: (order.append("read"), real_prepare(*a, **k))[1])
    monkeypatch.setattr(pipeline, "_store", lambda *a, **k: (order.append("store"), real_store(*a, **k))[1])
    result = ingest(lib, [str(path), str(path)], jobs=2, follow_links=False)  # archives stay in this process
    assert len(result.added) == 3 and len(result.unchanged) == 3
    assert order[:4] == ["read", "store", "read", "store"]  # constant memory: nothing piles up
