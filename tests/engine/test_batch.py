"""Several articles per commit: each one whole or absent, failures confined, the lock never held idle."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.engine import analysis
from reader.engine.ingest import IngestError, sources
from reader.engine.pipeline import ingest
from reader.engine.store import Library
from reader.engine.store import batch as batch_mod
from reader.engine.store.batch import Batch, BatchLost
from tests.conftest import LocalWeb

STORIES = [
    f"Officials in town number {n} said on Monday that the {word} bridge would close for repairs next week."
    for n, word in enumerate(["old", "iron", "stone", "river", "north", "south"])
]


@pytest.fixture()
def lib(fresh_db: Path) -> Iterator[Library]:
    """An open, empty library."""
    library = Library(fresh_db)
    yield library
    library.close()


def write_stories(folder: Path) -> list[str]:
    folder.mkdir()
    paths = []
    for n, text in enumerate(STORIES):
        p = folder / f"s{n}.txt"
        p.write_text(text)
        paths.append(str(p))
    return paths


def add_row(c: sqlite3.Connection, n: int) -> None:
    c.execute("INSERT INTO groups(label) VALUES (?)", (f"g{n}",))


def labels(lib: Library) -> list[str]:
    return [r[0] for r in lib.conn.execute("SELECT label FROM groups ORDER BY id")]


def test_a_failing_write_is_undone_alone_and_the_rest_commit_together(lib: Library) -> None:
    batch: Batch[int] = Batch(lib, max_seconds=60)
    for n in range(3):
        try:
            with batch.write() as c:
                add_row(c, n)
                if n == 1:
                    raise RuntimeError("boom")
            batch.stored(n)
        except RuntimeError:
            pass
    assert batch.open and not batch.due()
    assert batch.commit() == [0, 2]
    assert labels(lib) == ["g0", "g2"] and not lib.conn.in_transaction


def test_a_failed_commit_reports_the_whole_batch_and_leaves_nothing(lib: Library) -> None:
    batch: Batch[int] = Batch(lib, max_seconds=60)
    with batch.write() as c:
        add_row(c, 0)
    batch.stored(0)
    with batch.write() as c:
        c.execute("PRAGMA defer_foreign_keys=ON")  # a violation is only found at COMMIT
        c.execute("INSERT INTO bands(key, article_id) VALUES (1, 999999)")
    batch.stored(1)
    with pytest.raises(BatchLost) as lost:
        batch.commit()
    assert lost.value.payloads == [0, 1] and "FOREIGN KEY" in str(lost.value.cause)
    assert labels(lib) == [] and not lib.conn.in_transaction
    with batch.write() as c:  # the batch is usable again
        add_row(c, 2)
    batch.stored(2)
    assert batch.commit() == [2] and labels(lib) == ["g2"]


def test_a_transaction_sqlite_dropped_loses_the_earlier_writes_of_the_batch(lib: Library) -> None:
    batch: Batch[int] = Batch(lib, max_seconds=60)
    with batch.write() as c:
        add_row(c, 0)
    batch.stored(0)
    with pytest.raises(BatchLost) as lost, batch.write() as c:
        c.execute("ROLLBACK")  # what SQLite itself does on a full disk or an I/O error
        raise sqlite3.OperationalError("database or disk is full")
    assert lost.value.payloads == [0] and not batch.open
    assert labels(lib) == [] and batch.commit() == []


def test_a_batch_is_due_after_its_time(lib: Library) -> None:
    batch: Batch[int] = Batch(lib, max_seconds=0)
    assert not batch.due()
    with batch.write() as c:
        add_row(c, 0)
    assert batch.due()
    assert batch.rollback() == [] and labels(lib) == []


def test_ingest_confines_a_store_failure_to_its_article(lib: Library, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_mod, "MAX_SECONDS", 60.0)  # all six in one transaction
    real = analysis.assign_group

    def flaky(library: Library, c: sqlite3.Connection, aid: int, art: object = None, **kw: object) -> int:
        if art is not None and "iron" in getattr(art, "text", ""):
            raise RuntimeError("disk on fire")
        return real(library, c, aid, art, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(analysis, "assign_group", flaky)
    paths = write_stories(tmp_path / "in")
    result = ingest(lib, paths)
    assert [f["source"] for f in result.failed] == [paths[1]]
    assert len(result.added) == 5 and lib.count() == 5
    assert lib.search("iron") == [] and len(lib.search("stone")) == 1


def test_ingest_reports_every_article_of_a_lost_commit_and_goes_on(lib: Library, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_mod, "MAX_SECONDS", 0.0)  # commit after each article
    real = Batch.commit
    calls = {"n": 0}

    def second_fails(self: Batch) -> list:
        calls["n"] += 1
        if calls["n"] == 2 and self.open:
            self.library.conn.execute("PRAGMA defer_foreign_keys=ON")
            self.library.conn.execute("INSERT INTO bands(key, article_id) VALUES (1, 999999)")
        return real(self)

    monkeypatch.setattr(Batch, "commit", second_fails)
    paths = write_stories(tmp_path / "in")
    result = ingest(lib, paths)
    assert [f["source"] for f in result.failed] == [paths[1]]
    assert "cannot store" in result.failed[0]["error"]
    assert len(result.added) == 5 and lib.count() == 5


def test_the_write_lock_is_free_while_a_url_is_fetched(lib: Library, web: LocalWeb,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_mod, "MAX_SECONDS", 60.0)
    urls = [web.serve(f"/{n}", f"<html><body><article><h1>Story {n}</h1><p>{text}</p></article></body></html>")
            for n, text in enumerate(STORIES[:3])]
    real = sources.fetch
    free: list[bool] = []

    def watching(url: str, **kw: object) -> object:
        other = sqlite3.connect(str(lib.path), timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            free.append(True)
        except sqlite3.OperationalError:
            free.append(False)
        finally:
            other.close()
        return real(url, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(sources, "fetch", watching)
    result = ingest(lib, urls)
    assert len(result.added) == 3 and free == [True, True, True]


def free_to_write(path: Path) -> bool:
    """Whether another connection could take the write lock right now."""
    other = sqlite3.connect(str(path), timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        other.close()


def test_an_interrupt_after_sqlite_dropped_the_transaction_stays_an_interrupt(lib: Library) -> None:
    batch: Batch[int] = Batch(lib, max_seconds=60)
    with pytest.raises(KeyboardInterrupt), batch.write() as c:
        c.execute("ROLLBACK")
        raise KeyboardInterrupt
    assert not batch.open and batch.pending == []


def test_no_lock_while_a_big_file_is_read(lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_mod, "MAX_SECONDS", 60.0)
    paths = write_stories(tmp_path / "in")[:1]
    big = tmp_path / "in" / "zz-big.txt"
    big.write_text(" ".join(["The council met again on Monday to discuss the harbour."] * 6000))
    real = sources.decode
    free: list[bool] = []

    def probing(data: bytes, *args: object, **kwargs: object) -> str:
        if len(data) > 100_000:
            free.append(free_to_write(lib.path))
        return real(data, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sources, "decode", probing)
    result = ingest(lib, [*paths, str(big)])
    assert len(result.added) == 2 and free == [True]


def test_no_lock_through_a_run_of_records_that_fail(lib: Library, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.engine import preparation

    monkeypatch.setattr(batch_mod, "MAX_SECONDS", 0.05)
    records = [{"title": "Bridge", "text": STORIES[0]}] + [{"title": f"Empty {n}", "text": STORIES[n + 1]}
                                                           for n in range(4)]
    src = tmp_path / "records.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records))
    real = preparation.prepare
    free: list[bool] = []

    def slow_prepare(draft: object, *args: object, **kwargs: object) -> object:
        if "Empty" in (getattr(draft, "title", "") or ""):
            free.append(free_to_write(lib.path))
            time.sleep(0.06)  # a page that takes a while to find no article in
            raise IngestError("no article text")
        return real(draft, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(preparation, "prepare", slow_prepare)
    result = ingest(lib, [str(src)])
    assert len(result.added) == 1 and len(result.failed) == 4
    assert free[1:] == [True, True, True]  # once the batch's time is up it commits, failures or not


def test_the_lock_is_free_while_a_feed_known_only_by_its_content_fetches_pages(
        lib: Library, tmp_path: Path, web: LocalWeb, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_mod, "MAX_SECONDS", 60.0)
    links = [web.serve(f"/p{n}", f"<html><body><article><h1>Story {n}</h1><p>{text}</p></article></body></html>")
             for n, text in enumerate(STORIES[1:3])]
    items = "".join(f"<item><title>Story {n}</title><link>{u}</link></item>" for n, u in enumerate(links))
    feed = tmp_path / "feed-saved-as.txt"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>')
    first = tmp_path / "first.txt"
    first.write_text(STORIES[0])
    real = sources.fetch
    free: list[bool] = []

    def watching(url: str, **kw: object) -> object:
        free.append(free_to_write(lib.path))
        return real(url, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(sources, "fetch", watching)
    result = ingest(lib, [str(first), str(feed)])
    assert len(result.added) == 3 and free == [True, True]


def test_a_cancelled_ingest_with_workers_commits_before_waiting_for_them(
        lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures import Future

    from reader.engine import pipeline

    monkeypatch.setattr(batch_mod, "MAX_SECONDS", 60.0)
    open_at_exit: list[bool] = []

    class InlinePool:
        """Runs each job at once (no processes) and notes whether a transaction is open when it is left."""

        def __init__(self, **_kw: object) -> None:
            pass

        def __enter__(self) -> InlinePool:
            return self

        def __exit__(self, *exc: object) -> None:
            open_at_exit.append(lib.conn.in_transaction)

        def submit(self, fn: object, *args: object) -> Future:
            fut: Future = Future()
            fut.set_result(fn(*args))  # type: ignore[operator]
            return fut

    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", InlinePool)
    stop = threading.Event()
    result = ingest(lib, write_stories(tmp_path / "in"), jobs=2, progress=lambda *_: stop.set(), cancel=stop)
    assert open_at_exit == [False]
    assert len(result.added) == 1 and lib.count() == 1


def test_re_ingesting_unchanged_articles_never_takes_the_write_lock(lib: Library, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    paths = write_stories(tmp_path / "in")
    ingest(lib, paths)
    began: list[int] = []
    real = Library.begin
    monkeypatch.setattr(Library, "begin", lambda self: (began.append(1), real(self))[1])
    result = ingest(lib, paths)
    assert len(result.unchanged) == len(paths) and began == []
