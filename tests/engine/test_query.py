"""Tests for the search query language: every user term reaches FTS5 quoted, filters parsed, errors friendly."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine.query import QueryError, parse


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("peskov troops", '"peskov" AND "troops"'),
        ('"negative view"', '"negative view"'),
        ("nego*", '"nego"*'),
        ("abc* cd", '"abc"* AND "cd"'),
        ("ab* cd", '"ab" AND "cd"'),
        ("a OR b", '("a" OR "b")'),
        ("a OR b c", '("a" OR "b") AND "c"'),
        ("a -b", '("a") NOT "b"'),
        ("a NOT b", '("a") NOT "b"'),
        ("a AND b", '"a" AND "b"'),
        ("Путин", '"Путин"'),
        ("NEAR(a b)", '"NEAR a" AND "b"'),
        ("x+y", '"x y"'),
        ("title:kremlin", '"title kremlin"'),
        ('say "it""s"', '"say" AND "it" AND "s"'),
    ],
)
def test_match_expressions(text: str, match: str) -> None:
    assert parse(text).match == match


def test_filters() -> None:
    q = parse('peskov outlet:reuters outlet:"TRT World" since:2025-08-01 until:2025-08-31')
    assert q.match == '"peskov"'
    assert q.outlets == ["reuters", "TRT World"]
    assert (q.since, q.until) == ("2025-08-01", "2025-08-31")


def test_filters_alone_are_a_query() -> None:
    q = parse("outlet:reuters")
    assert q.match is None and q.outlets == ["reuters"]


@pytest.mark.parametrize(
    ("text", "since", "until"),
    [
        ("since:2025 until:2025", "2025-01-01", "2025-12-31"),
        ("since:2025-02 until:2025-02", "2025-02-01", "2025-02-28"),
        ("since:2024-02 until:2024-02", "2024-02-01", "2024-02-29"),
        ("after:27/08/2025 before:2025-08-28T10:00Z", "2025-08-27", "2025-08-28"),
        ("from:Aug-27-2025 to:2025-08-27", "2025-08-27", "2025-08-27"),
    ],
)
def test_partial_dates_cover_whole_periods(text: str, since: str, until: str) -> None:
    q = parse(text)
    assert (q.since, q.until) == (since, until)


def test_date_without_year_is_this_year() -> None:
    assert parse("since:Aug-27").since == f"{datetime.now(UTC).year}-08-27"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('"unbalanced', "quotation mark"),
        ("", "empty query"),
        ("   ", "empty query"),
        ("***", "empty query"),
        ('""', "empty query"),
        ("OR", "empty query"),
        ("-kremlin", "besides -excluded"),
        ("NOT kremlin", "besides -excluded"),
        ("since:yesterday", "since:yesterday: not a date"),
        ("until:2025-13-45", "not a date"),
        ("since:99999999999999999999", "not a date"),
    ],
)
def test_malformed_queries_say_what_to_fix(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse(text)


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    """An in-memory FTS5 table to prove parsed queries are valid FTS5 syntax."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO t(body) VALUES ('the kremlin takes a negative view of peacekeepers')")
    return conn


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab "*-():^+.,\'ORNTAD\\{}[]NEAR')), max_size=40))
def test_any_query_is_valid_fts5_or_a_query_error(fts: sqlite3.Connection, text: str) -> None:
    try:
        q = parse(text)
    except QueryError:
        return
    if q.match is not None:
        fts.execute("SELECT rowid FROM t WHERE t MATCH ?", (q.match,)).fetchall()


def test_parsed_queries_find_what_they_should(fts: sqlite3.Connection) -> None:
    def hits(text: str) -> int:
        return len(fts.execute("SELECT rowid FROM t WHERE t MATCH ?", (parse(text).match,)).fetchall())

    assert hits('"negative view"') == 1
    assert hits('"view negative"') == 0
    assert hits("peace*") == 1
    assert hits("peace") == 0
    assert hits("kremlin -negative") == 0
    assert hits("zeppelin OR kremlin") == 1
    assert hits("KREMLIN") == 1
