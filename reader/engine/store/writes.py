"""Writing articles: each one whole, with its analysis rows, and indexed for search when it commits.

Kept apart from :mod:`reader.engine.store.library` so the article store stays readable; the
:class:`~reader.engine.store.library.Library` gets these methods by inheriting :class:`ArticleWrites`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from reader.engine.models import Article, Credit, Quote, Sentence


@dataclass(slots=True)
class StoredArticle:
    """Everything the pipeline writes for one article, as one unit."""

    source: str
    url: str | None
    outlet: str
    title: str
    published: str | None
    author: str | None
    text: str
    furniture: list[str]
    sentences: list[Sentence]
    quotes: list[Quote]
    credits: list[Credit]
    content_hash: str
    band_keys: list[int]
    fingerprint: bytes | None
    """None for an import that fingerprints its articles when it groups them, at its end."""
    analysed: bool = True
    """False while quotes, credits and fingerprint are left out (a re-run of a text the library holds)."""

    def as_article(self, aid: int, fetched: str) -> Article:
        """The article as stored under ``aid``, without reading it back."""
        return Article(id=aid, source=self.source, url=self.url, outlet=self.outlet, title=self.title,
                       published=self.published, author=self.author, text=self.text, fetched=fetched,
                       furniture=self.furniture, sentences=self.sentences, quotes=self.quotes,
                       credits=self.credits)


class ArticleWrites:
    """Article writes over an open connection (mixed into ``Library``)."""

    conn: sqlite3.Connection
    _indexed_upto: int | None
    """The largest article id before the open transaction's first new article (None: no new article yet)."""

    def commit(self) -> None:
        """Index the transaction's new articles for search (see :meth:`index_new`), then commit."""
        self.index_new()
        self.conn.execute("COMMIT")

    def index_new(self) -> None:
        """Add the articles inserted since the transaction began (or since the last call) to the search index.

        Not a trigger: FTS5 writes its pending terms out as a new segment at every savepoint, and an
        ingest writes each article in a savepoint of its own, so a per-row trigger cost one segment,
        and its later merge, per article (a third of the store's time). One statement over the
        transaction's new rows, run just before it commits, writes one segment, and search still
        sees exactly what is committed. New rows are those above the largest id before the
        transaction's first new article: ids only grow within a transaction, and a rolled-back
        article leaves no row.
        """
        if self._indexed_upto is None:
            return
        self.conn.execute(
            "INSERT INTO articles_fts(rowid, title, text) SELECT id, title, text FROM articles WHERE id > ?",
            (self._indexed_upto,),
        )
        self._indexed_upto = self._last_id()

    def _last_id(self) -> int:
        return int(self.conn.execute("SELECT COALESCE(MAX(id), 0) FROM articles").fetchone()[0])

    def find_existing(self, key: str, content_hash: str) -> tuple[int, str] | None:
        """The article this content would duplicate or revise: ``(id, "same"|"revise")``."""
        row = self.conn.execute("SELECT id FROM articles WHERE content_hash = ? LIMIT 1", (content_hash,)).fetchone()
        if row:
            return row[0], "same"
        row = self.conn.execute("SELECT id, content_hash FROM articles WHERE key = ?", (key,)).fetchone()
        if row:
            return row[0], ("same" if row[1] == content_hash else "revise")
        return None

    def write_article(self, c: sqlite3.Connection, key: str, art: StoredArticle, fetched: str, *,
                      own_group: bool = False) -> tuple[str, int]:
        """Insert or revise one article with its analysis; call inside ``transaction()`` or ``Batch.write()``.

        ``own_group``: a new article is stored in a new group of its own (labelled with its title), as an
        import that groups at its end leaves each article until then; written with the row, as updating
        the row afterwards rewrites its whole text.
        """
        existing = self.find_existing(key, art.content_hash)
        if existing and existing[1] == "same":
            return "unchanged", existing[0]
        values = (
            art.source, art.url, art.outlet, art.title, art.published, art.author, art.text,
            json.dumps(art.furniture, ensure_ascii=False),
            json.dumps([[s.start, s.end] for s in art.sentences]),
            art.content_hash, art.fingerprint, fetched,
        )
        if existing:
            aid = existing[0]
            if self._indexed_upto is not None and aid > self._indexed_upto:
                self.index_new()  # the update's trigger removes the old text from the index: it must be there
            c.execute(
                "INSERT INTO revisions(article_id, revision, title, text, content_hash, fetched)"
                " SELECT id, revision, title, text, content_hash, fetched FROM articles WHERE id = ?",
                (aid,),
            )
            c.execute(
                "UPDATE articles SET source=?, url=?, outlet=?, title=?, published=?, author=?, text=?,"
                " furniture=?, sentences=?, content_hash=?, fingerprint=?, fetched=?, revision=revision+1"
                " WHERE id=?",
                (*values, aid),
            )
            for table in ("quotes", "credits", "bands"):
                c.execute(f"DELETE FROM {table} WHERE article_id = ?", (aid,))
            status = "updated"
        else:
            if self._indexed_upto is None:
                self._indexed_upto = self._last_id()
            gid = None
            if own_group:
                gid = c.execute("INSERT INTO groups(label, first_published, size) VALUES (?, ?, 1)",
                                (art.title, art.published)).lastrowid
            cur = c.execute(
                "INSERT INTO articles(source, url, outlet, title, published, author, text, furniture,"
                " sentences, content_hash, fingerprint, fetched, key, group_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (*values, key, gid),
            )
            aid = int(cur.lastrowid or 0)
            status = "added"
        self._write_analysis(c, aid, art.quotes, art.credits, art.band_keys)
        return status, aid

    def _write_analysis(self, c: sqlite3.Connection, aid: int, quotes: Sequence[Quote],
                        credits: Sequence[Credit], band_keys: Sequence[int]) -> None:
        c.executemany(
            'INSERT INTO quotes(article_id, start, "end", kind, speaker, mention_start, mention_end,'
            " cue_start, cue_end, sentence) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                (aid, q.content.start, q.content.end, q.kind, q.speaker,
                 q.speaker_mention.start if q.speaker_mention else None,
                 q.speaker_mention.end if q.speaker_mention else None,
                 q.cue.start if q.cue else None, q.cue.end if q.cue else None, q.sentence)
                for q in quotes
            ],
        )
        c.executemany(
            "INSERT INTO credits(article_id, name, roles, evidence, spans) VALUES (?,?,?,?,?)",
            [
                (aid, cr.name, json.dumps(cr.roles), json.dumps(cr.evidence, ensure_ascii=False),
                 json.dumps([[s.start, s.end] for s in cr.spans]))
                for cr in credits
            ],
        )
        c.executemany("INSERT INTO bands(key, article_id) VALUES (?, ?)", [(k, aid) for k in set(band_keys)])

    def replace_analysis(self, c: sqlite3.Connection, aid: int, quotes: Sequence[Quote],
                         credits: Sequence[Credit], band_keys: Sequence[int], fingerprint: bytes | None) -> None:
        """Recompute results for one article (``analyze``); call inside ``transaction()``."""
        for table in ("quotes", "credits", "bands"):
            c.execute(f"DELETE FROM {table} WHERE article_id = ?", (aid,))
        c.execute("UPDATE articles SET fingerprint = ? WHERE id = ?", (fingerprint, aid))
        self._write_analysis(c, aid, quotes, credits, band_keys)

    def outlet_of(self, aid: int) -> str | None:
        """The outlet an article is stored with, or None when there is no such article."""
        row = self.conn.execute("SELECT outlet FROM articles WHERE id = ?", (aid,)).fetchone()
        return row[0] if row else None

    def relabel_outlet(self, c: sqlite3.Connection, aid: int, outlet: str, credits: Sequence[Credit]) -> None:
        """Give a stored article another outlet (``ingest --outlet`` over the same text), with the credits
        read under it: a credit to the article's own outlet is dropped, so they change with it. The text,
        its revisions, quotes and grouping keys stay as they are."""
        c.execute("UPDATE articles SET outlet = ? WHERE id = ?", (outlet, aid))
        c.execute("DELETE FROM credits WHERE article_id = ?", (aid,))
        self._write_analysis(c, aid, (), credits, ())
