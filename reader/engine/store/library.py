"""The open library: writes each article whole or not at all, reads as domain dataclasses.

SQLite through sqlite-utils for schema work and reads. Writes are raw,
parameterised statements inside an explicit ``BEGIN IMMEDIATE`` transaction
(an ingest shares one among a few articles, each in its own savepoint: see
:mod:`reader.engine.store.batch`), because sqlite-utils' own write helpers
commit on their own and would break the "whole article or nothing" guarantee.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from reader.engine.models import Article, Credit, Quote, SearchHit, Sentence, Span
from reader.engine.query import QueryError
from reader.engine.query import parse as parse_query
from reader.engine.speaker_search import matching_speakers
from reader.engine.store.groups import GroupStore
from reader.engine.store.schema import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    MIGRATE_V2,
    MIGRATE_V3,
    MIGRATE_V4,
    SCHEMA_V1,
    SCHEMA_VERSION,
    LibraryError,
    NotFound,
    check_file,
    connect,
)
from reader.engine.store.search import one_line, search_sql
from reader.engine.store.writes import ArticleWrites

log = logging.getLogger(__name__)


BEGIN_WAIT_SECONDS = 60.0
"""How long a writer waits for another one before giving up with "library busy"."""


class Library(GroupStore, ArticleWrites):
    """An open library file. One per thread: a connection belongs to its thread."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        check_file(self.path)
        if not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = connect(self.path)
            self._indexed_upto: int | None = None
            self.db = sqlite_utils.Database(self.conn)
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise LibraryError(f"{self.path}: cannot open library ({exc})") from exc

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def begin(self) -> None:
        """Open a write transaction, taken up front so concurrent writers queue instead of failing.

        The lock is polled every few milliseconds rather than through SQLite's busy handler, whose
        waits grow to 100 ms: an ingest frees the lock for a few milliseconds between two batches,
        and a writer sleeping through those gaps could wait for the whole import.
        """
        deadline = time.monotonic() + BEGIN_WAIT_SECONDS
        self.conn.execute("PRAGMA busy_timeout=0")
        try:
            while True:
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                    self._indexed_upto = None  # set by the transaction's first new article
                    return
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc) and "busy" not in str(exc):
                        raise
                    if time.monotonic() > deadline:
                        raise LibraryError(f"{self.path}: library busy for too long; try again") from None
                    time.sleep(0.002)
        finally:
            self.conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (see :meth:`begin`), committed on success and rolled back on error."""
        self.begin()
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.commit()

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            self._configure()
            return
        self._use_wal()
        with self.transaction() as c:
            version = c.execute("PRAGMA user_version").fetchone()[0]  # another process may have won
            if version > SCHEMA_VERSION:
                raise LibraryError(f"{self.path}: written by a newer version of Newsroom Reader;"
                                   " upgrade to open it")
            if 1 <= version < 3:  # the upgrades that rewrite the indexes
                log.warning("%s: upgrading the library to schema %d, once (about 25 s per 100,000 articles)",
                            self.path, SCHEMA_VERSION)
            if version < 1:
                for statement in SCHEMA_V1:
                    c.execute(statement)
            if version < 2:
                for statement in MIGRATE_V2:
                    c.execute(statement)
            if version < 3:
                for statement in MIGRATE_V3:
                    c.execute(statement)
            if version < 4:
                for statement in MIGRATE_V4:
                    c.execute(statement)
            c.execute(f"PRAGMA application_id={APPLICATION_ID}")
            c.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        self._configure()

    def _use_wal(self) -> None:
        """Switch to WAL; the switch takes an exclusive lock without waiting, so retry while others open."""
        for attempt in range(200):
            try:
                self.conn.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                time.sleep(min(0.01 * (attempt + 1), 0.25))
        raise LibraryError(f"{self.path}: library busy for too long; try again")

    def _configure(self) -> None:
        self._use_wal()
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")

    # ------------------------------------------------------------------ reads

    def count(self) -> int:
        """Number of articles."""
        return int(self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def approx_count(self) -> int:
        """Upper bound of the number of articles, in constant time (the largest id)."""
        return int(self.conn.execute("SELECT COALESCE(MAX(id), 0) FROM articles").fetchone()[0])

    def article_ids(self) -> list[int]:
        """Every article id, oldest first."""
        return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY id")]


    def list_articles(self, *, limit: int | None = None, offset: int = 0,
                      group_id: int | None = None) -> list[dict]:
        """Light rows for lists: no text, with a word estimate."""
        # Stored text has single spaces inside paragraphs and "\n\n" between them: words = gaps + 1.
        sql = ("SELECT id, source, url, outlet, title, published,"
               " (length(text) - length(replace(text, ' ', ''))"
               " + (length(text) - length(replace(text, char(10), ''))) / 2 + (text != '')) AS words,"
               " group_id FROM articles")
        params: list[object] = []
        if group_id is not None:
            sql += " WHERE group_id = ?"
            params.append(group_id)
        sql += " ORDER BY COALESCE(published, fetched), id LIMIT ? OFFSET ?"
        params += [limit if limit is not None else -1, offset]
        cols = ["id", "source", "url", "outlet", "title", "published", "words", "group_id"]
        return [dict(zip(cols, r, strict=True)) for r in self.conn.execute(sql, params)]

    def get(self, aid: int, *, analysis: bool = True) -> Article | None:
        """One article with sentences, and quotes and credits when asked."""
        row = self.conn.execute(
            "SELECT id, source, url, outlet, title, published, author, text, fetched, furniture,"
            " sentences, revision FROM articles WHERE id = ?", (aid,)).fetchone()
        if row is None:
            return None
        text = row[7]
        sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(json.loads(row[10]))]
        art = Article(
            id=row[0], source=row[1], url=row[2], outlet=row[3], title=row[4], published=row[5],
            author=row[6], text=text, fetched=row[8], furniture=json.loads(row[9]),
            sentences=sentences, revisions=row[11],
        )
        if analysis:
            art.quotes = self.quotes_of(aid)
            art.credits = self.credits_of(aid)
        return art

    def require(self, aid: int) -> Article:
        """One article with analysis, or NotFound."""
        art = self.get(aid)
        if art is None:
            raise NotFound(f"no article with id {aid}")
        return art

    def get_many(self, ids: Sequence[int], *, analysis: bool = True) -> list[Article]:
        """Several articles (with analysis unless told otherwise), in the order given; missing ids skipped."""
        return [a for a in (self.get(i, analysis=analysis) for i in ids) if a is not None]

    def quotes_of(self, aid: int) -> list[Quote]:
        """The stored quotes of one article, in text order."""
        rows = self.conn.execute(
            'SELECT start, "end", kind, speaker, mention_start, mention_end, cue_start, cue_end, sentence'
            " FROM quotes WHERE article_id = ? ORDER BY start", (aid,))
        return [
            Quote(content=Span(r[0], r[1]), kind=r[2], speaker=r[3],
                  speaker_mention=Span(r[4], r[5]) if r[4] is not None else None,
                  cue=Span(r[6], r[7]) if r[6] is not None else None, sentence=r[8])
            for r in rows
        ]

    def credits_of(self, aid: int) -> list[Credit]:
        """The stored credits of one article."""
        rows = self.conn.execute(
            "SELECT name, roles, evidence, spans FROM credits WHERE article_id = ? ORDER BY rowid", (aid,))
        return [Credit(r[0], json.loads(r[1]), json.loads(r[2]), [Span(s, e) for s, e in json.loads(r[3])])
                for r in rows]

    def fingerprint_of(self, aid: int) -> bytes | None:
        """The stored grouping fingerprint of one article."""
        row = self.conn.execute("SELECT fingerprint FROM articles WHERE id = ?", (aid,)).fetchone()
        return row[0] if row else None

    def revisions_of(self, aid: int) -> list[dict]:
        """Earlier versions of an article, oldest first."""
        rows = self.conn.execute(
            "SELECT revision, title, text, fetched FROM revisions WHERE article_id = ? ORDER BY revision", (aid,))
        return [{"revision": r[0], "title": r[1], "text": r[2], "fetched": r[3]} for r in rows]

    def all_quotes(self, speaker: str | None = None, limit: int | None = None) -> list[tuple[int, Quote, str]]:
        """Quotes across the library as ``(article_id, quote, content)``, optionally by speaker."""
        sql = ('SELECT q.article_id, q.start, q."end", q.kind, q.speaker, q.mention_start, q.mention_end,'
               " q.cue_start, q.cue_end, q.sentence, substr(a.text, q.start + 1, q.\"end\" - q.start)"
               " FROM quotes q JOIN articles a ON a.id = q.article_id")
        params: list[object] = []
        if speaker:
            known = [r[0] for r in self.conn.execute("SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL")]
            names = matching_speakers(speaker, known)
            if not names:
                return []
            sql += " WHERE q.speaker IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(names))
        sql += " ORDER BY q.article_id, q.start LIMIT ?"
        params.append(limit if limit is not None else -1)
        out = []
        for r in self.conn.execute(sql, params):
            q = Quote(content=Span(r[1], r[2]), kind=r[3], speaker=r[4],
                      speaker_mention=Span(r[5], r[6]) if r[5] is not None else None,
                      cue=Span(r[7], r[8]) if r[7] is not None else None, sentence=r[9])
            out.append((r[0], q, r[10]))
        return out

    def search(self, query_text: str, *, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Ranked full-text search with snippets; the match is marked by \\x02 … \\x03.

        Ranking first and making snippets only for the page of results keeps a common word fast
        on a large library (SQLite would otherwise build a snippet for every match before sorting).
        """
        query = parse_query(query_text)
        sql, params = search_sql(query)
        try:
            rows = self.conn.execute(sql, [*params, limit, offset]).fetchall()
            snippets: dict[int, str] = {}
            if query.match and rows:
                marks = ",".join("?" * len(rows))
                snippets = dict(self.conn.execute(
                    "SELECT rowid, snippet(articles_fts, 1, char(2), char(3), '…', 16) FROM articles_fts"
                    f" WHERE articles_fts MATCH ? AND rowid IN ({marks})", [query.match, *(r[0] for r in rows)]))
        except sqlite3.OperationalError as exc:
            raise QueryError(f"cannot search for {query_text!r}: {exc}") from None
        return [
            SearchHit(id=r[0], outlet=r[1], title=r[2], published=r[3],
                      snippet=one_line(snippets.get(r[0], r[4])), score=float(f"{r[5]:.6g}"))
            for r in rows
        ]

    def integrity_check(self) -> list[str]:
        """SQLite's integrity check plus the FTS index's own check; empty list when healthy."""
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        try:
            self.conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            problems.append(f"full-text index: {exc}")
        return problems

    def backup(self, target: Path) -> None:
        """A consistent copy through SQLite's online backup API, safe while others write."""
        dest = sqlite3.connect(str(target))
        try:
            self.conn.backup(dest)
        finally:
            dest.close()
