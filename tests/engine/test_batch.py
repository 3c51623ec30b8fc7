"""Several articles per commit: each one whole or absent, failures confined, the lock never held idle."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.engine import analysis
from reader.engine.ingest import sources
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
