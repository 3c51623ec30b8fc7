"""Opening a library written by an older schema upgrades it in place and keeps every article searchable."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.engine import store
from reader.engine.store import Library
from reader.engine.text import split_sentences


def _old_library(path: Path, version: int, fill: Callable[[sqlite3.Connection], object]) -> None:
    """A library file as schema ``version`` of Newsroom Reader made it, with rows that ``fill`` adds."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for statement in (st for part in _SCHEMAS[:version] for st in part):
        conn.execute(statement)
    fill(conn)
    conn.execute(f"PRAGMA application_id={store.APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version={version}")
    conn.execute("COMMIT")
    conn.close()


_SCHEMAS = (store.SCHEMA_V1, store.MIGRATE_V2, store.MIGRATE_V3)
"""What made schemas 1, 2 and 3: a version-N library ran the first N of them."""


def _v1_library(path: Path) -> None:
    _old_library(path, 1, lambda conn: conn.execute(
        "INSERT INTO articles(source, key, outlet, title, text, content_hash, fetched)"
        " VALUES ('/x.txt', 'file:/x.txt', 'AFP', 'Kremlin briefing', 'Peskov spoke to reporters.', 'h', 'now')"))


def test_v1_library_is_upgraded_and_prefix_search_works(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    _v1_library(db)
    with Library(db) as lib:
        assert lib.conn.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
        assert [h.title for h in lib.search("pesk*")] == ["Kremlin briefing"]
        assert [h.title for h in lib.search("reporters")] == ["Kremlin briefing"]
        assert lib.integrity_check() == []
    with Library(db) as lib:  # opening again changes nothing
        assert lib.count() == 1


def test_fresh_library_has_the_current_schema(tmp_path: Path) -> None:
    with Library(tmp_path / "new.db") as lib:
        assert lib.conn.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
        sql = lib.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()[0]
        assert "prefix=" in sql


def test_v2_library_keeps_its_band_keys_in_the_clustered_table(tmp_path: Path,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    db = tmp_path / "v2.db"

    def fill(conn: sqlite3.Connection) -> None:
        for n in (1, 2):
            conn.execute(
                "INSERT INTO articles(id, source, key, outlet, title, text, content_hash, fetched)"
                " VALUES (?, ?, ?, 'AFP', 'Briefing', 'Peskov spoke.', ?, 'now')",
                (n, f"/{n}.txt", f"file:/{n}", f"h{n}"))
        conn.executemany("INSERT INTO bands(key, article_id) VALUES (?, ?)", [(7, 1), (7, 2), (9, 2), (9, 2)])

    _old_library(db, 2, fill)
    with Library(db) as lib:
        assert lib.conn.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
        sql = lib.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'bands'").fetchone()[0]
        assert "WITHOUT ROWID" in sql
        assert "upgrading the library to schema" in caplog.text
        assert lib.candidates([7, 9], exclude=1) == [(2, 2)]  # the duplicate row of the old table is gone
        assert lib.candidates([7], exclude=2) == [(1, 1)]
        lib.conn.execute("DELETE FROM articles WHERE id = 2")  # the cascade still finds the rows by article
        assert lib.conn.execute("SELECT COUNT(*) FROM bands").fetchone()[0] == 1
        assert lib.integrity_check() == []


def test_v3_library_indexes_new_articles_once(tmp_path: Path) -> None:
    """Schema 3 indexed each new row by trigger; schema 4 does it at commit, so the trigger must go."""
    db = tmp_path / "v3.db"
    _old_library(db, 3, lambda conn: conn.execute(
        "INSERT INTO articles(source, key, outlet, title, text, content_hash, fetched)"
        " VALUES ('/x.txt', 'file:/x.txt', 'AFP', 'Old briefing', 'Peskov spoke to reporters.', 'h', 'now')"))
    with Library(db) as lib:
        assert lib.conn.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
        text = "Peskov spoke again."
        art = store.StoredArticle(
            source="/y.txt", url=None, outlet="AFP", title="New briefing", published=None, author=None, text=text,
            furniture=[], sentences=split_sentences(text), quotes=[], credits=[], content_hash="h2", band_keys=[],
            fingerprint=None)
        with lib.transaction() as c:
            lib.write_article(c, "file:/y.txt", art, "now")
        assert sorted(h.title for h in lib.search("peskov")) == ["New briefing", "Old briefing"]
        assert lib.integrity_check() == []  # indexed once: a trigger left behind would index it twice
