"""Markup and escapes: queries reach SQLite only as parameters or quoted FTS5; outputs never clobber files.

A search either answers or raises QueryError, whatever the user types, and never changes a row.
``export -o`` and ``backup`` refuse an existing file unless ``--force``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.engine.pipeline import ingest
from reader.engine.query import QueryError
from reader.engine.store import Library
from tests.reliability import invariants
from tests.reliability.conftest import write_corpus

NASTY = [
    "'", '"', "''", '""', ";", "--", "/*", "*/", "%", "_", "\\", "*", "^", "(", ")", ":", "-", "+", "NEAR",
    "NEAR(", "AND", "OR", "NOT", "MATCH", "{", "}", "[", "]", "col:", "title:", "text:", "rank", "rowid",
    "'; DROP TABLE articles; --", "\" OR 1=1 --", "x' OR '1'='1", "); DELETE FROM articles; --",
    "articles_fts MATCH 'a'", "UNION SELECT * FROM sqlite_master", "\x00", "\x1b[31m", "\u202e", "“", "”",
    "outlet:", "outlet:%", "outlet:_", "outlet:'", "since:", "since:2025-13-45", "since:99999999999999",
    "until:yesterday'", "since:1e400", "from:--", "to:;", "council", "harbour", "vote", "mayor*", "-council",
    "a OR", "OR b", "NOT", "- -", "--x", "**", "\"\"\"", "\"a\" \"b", "é", "ß", "日本", "🙂",
]

queries = st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=8)), min_size=1,
                   max_size=8).map(" ".join)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("query")
    corpus = write_corpus(folder / "corpus", 6)[0].parent
    db = folder / "lib.db"
    with Library(db) as lib:
        ingest(lib, [str(corpus)], follow_links=False)
    return db


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                    HealthCheck.function_scoped_fixture],
          derandomize=True)
@given(q=queries)
@example(q="'; DROP TABLE articles; --")
@example(q="council\" OR rowid>0 --")
@example(q="NEAR(council harbour, 2)")
@example(q="title:council")
@example(q="council OR " * 3000 + "vote")
@example(q="-a " * 3000 + "council")
@example(q="(" * 5000 + "council" + ")" * 5000)
@example(q="outlet:%' OR 1=1 --")
@example(q="since:0001-01-01 until:9999-12-31 council")
def test_search_answers_or_raises_query_error_and_changes_nothing(library: Path, q: str) -> None:
    with Library(library) as lib:
        before = lib.conn.total_changes
        try:
            hits = lib.search(q, limit=5)
        except QueryError as exc:
            assert str(exc) and "\n" not in str(exc)
        else:
            assert isinstance(hits, list)
        assert lib.conn.total_changes == before
        assert lib.count() == 6


def test_searching_never_changes_the_file(library: Path) -> None:
    with Library(library) as lib:
        lib.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    digest = hashlib.sha256(library.read_bytes()).hexdigest()
    with Library(library) as lib:
        for q in NASTY:
            with contextlib.suppress(QueryError):
                lib.search(q)
    with Library(library) as lib:
        lib.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert hashlib.sha256(library.read_bytes()).hexdigest() == digest
    assert invariants.problems(library) == []


def test_quote_search_by_speaker_treats_wildcards_literally(library: Path) -> None:
    with Library(library) as lib:
        assert lib.all_quotes("%") == [] or all("%" in (q.speaker or "") for _, q, _ in lib.all_quotes("%"))
        assert lib.all_quotes("_") == [] or all("_" in (q.speaker or "") for _, q, _ in lib.all_quotes("_"))


@pytest.mark.parametrize("q", ["'; DROP TABLE articles; --", "NEAR(", '"unbalanced', "-only",
                               "since:2025-13-45"])
def test_cli_search_with_nasty_queries(library: Path, cli, q: str) -> None:
    res = cli("search", "--db", str(library), "--json", "--", q)
    assert "Traceback" not in res.err
    assert res.code in (0, 2), res.err
    if res.code == 2:
        assert res.err.startswith("newsroom: ") and len(res.err.strip().splitlines()) == 1
    with Library(library) as lib:
        assert lib.count() == 6


# --------------------------------------------------------------------------- no clobbering


def _digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_export_never_overwrites_without_force(library: Path, tmp_path: Path, cli) -> None:
    target = tmp_path / "report.md"
    target.write_text("my notes, not to be lost\n", encoding="utf-8")
    before = _digest(target)
    res = cli("export", "1", "2", "--db", str(library), "-o", str(target))
    assert res.code == 2 and "exists" in res.err and "--force" in res.err
    assert _digest(target) == before
    res = cli("export", "1", "2", "--db", str(library), "-o", str(target), "--force")
    assert res.code == 0, res.err
    assert _digest(target) != before and target.read_text(encoding="utf-8").startswith("#")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report.md")] == []


def test_export_does_not_follow_a_dangling_symlink(library: Path, tmp_path: Path, cli) -> None:
    victim = tmp_path / "elsewhere" / "victim.txt"
    link = tmp_path / "report.md"
    os.symlink(victim, link)
    res = cli("export", "1", "2", "--db", str(library), "-o", str(link))
    assert res.code == 2, res.err
    assert not victim.exists()


def test_backup_never_overwrites_without_force(library: Path, tmp_path: Path, cli) -> None:
    target = tmp_path / "copy.db"
    target.write_bytes(b"precious bytes")
    res = cli("backup", "--db", str(library), str(target))
    assert res.code == 2 and "exists" in res.err
    assert target.read_bytes() == b"precious bytes"
    res = cli("backup", "--db", str(library), str(target), "--force")
    assert res.code == 0, res.err
    assert invariants.problems(target) == []


def test_backup_survives_a_leftover_partial_file(library: Path, tmp_path: Path, cli) -> None:
    """A crashed earlier backup left ``copy.db.partial`` full of junk: the next backup still works."""
    target = tmp_path / "copy.db"
    Path(str(target) + ".partial").write_bytes(b"junk from a crash" * 100)
    res = cli("backup", "--db", str(library), str(target))
    assert res.code == 0, res.err
    assert "Traceback" not in res.err
    assert invariants.problems(target) == []


def test_backup_into_a_missing_folder_is_one_clear_line(library: Path, tmp_path: Path, cli) -> None:
    res = cli("backup", "--db", str(library), str(tmp_path / "no" / "such" / "copy.db"))
    assert res.code == 2, res.err
    assert res.err.startswith("newsroom: ") and len(res.err.strip().splitlines()) == 1
