"""Many articles per commit, each one still whole or absent.

A commit writes every page the transaction touched to the WAL: the search index's new segment,
the band index, the tables. Committing after each article made that the largest single cost of a
fast ingest (about a third of the store's time), and every commit also left one more tiny search
segment to merge. A batch keeps one transaction open for a short while (a tenth of a second by
default, 0.3 s in a large import: ``pipeline.BULK_BATCH_SECONDS``) and writes each article inside
its own savepoint, so a failing article is rolled back alone and the rest of the batch still lands.
A crash or kill loses at most the uncommitted tail, never part of an article; the next ingest of
the same sources stores it again. FTS5 would also write a
segment at every savepoint, so the batch's new articles enter the search index together, just
before it commits (``Library.index_new``).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

from reader.engine.store.library import Library

T = TypeVar("T")

MAX_SECONDS = 0.1
"""How long a batch may stay open before it commits (checked between articles)."""


class BatchLost(Exception):
    """The open transaction was lost (SQLite rolled it back, or the commit failed): its articles are not stored."""

    def __init__(self, payloads: list, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.payloads = payloads
        self.cause = cause


class Batch(Generic[T]):
    """One open write transaction shared by several articles; ``payloads`` say what each stored.

    Use ``with batch.write() as c:`` for one article, then ``batch.stored(payload)``; ``commit()``
    returns the payloads that are now durable. Commit before anything that may wait (a network
    fetch, standard input, a worker process), so the lock is never held while idle.
    """

    def __init__(self, library: Library, max_seconds: float | None = None, pause: float = 0.0) -> None:
        """``pause``: seconds to leave the lock free after each commit, when the next write follows at once."""
        self.library = library
        self.max_seconds = MAX_SECONDS if max_seconds is None else max_seconds
        self.pause = pause
        self.pending: list[T] = []
        self.opened: float | None = None

    @property
    def open(self) -> bool:
        """Whether a transaction is open."""
        return self.opened is not None

    def due(self) -> bool:
        """Whether the open transaction has lived long enough to commit."""
        return self.opened is not None and time.monotonic() - self.opened >= self.max_seconds

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One article's writes: undone alone when they fail, unless SQLite dropped the whole transaction."""
        conn = self.library.conn
        if self.opened is None:
            self.library.begin()
            self.opened = time.monotonic()
        conn.execute("SAVEPOINT article")
        try:
            yield conn
        except BaseException as exc:
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK TO article")
                    conn.execute("RELEASE article")
                except sqlite3.Error:  # the savepoint is gone: give up the whole transaction
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                else:
                    raise
            lost, self.pending, self.opened = self.pending, [], None
            if not isinstance(exc, Exception):
                raise  # an interrupt stops the ingest; what was not committed is not reported
            raise BatchLost(lost, exc) from exc
        conn.execute("RELEASE article")

    def stored(self, payload: T) -> None:
        """Record what the last ``write()`` stored; it is reported once committed."""
        self.pending.append(payload)

    def commit(self) -> list[T]:
        """Make the batch durable; returns its payloads, or raises :class:`BatchLost` after rolling back."""
        if self.opened is None:
            return []
        done, self.pending, self.opened = self.pending, [], None
        try:
            self.library.commit()
        except sqlite3.Error as exc:
            if self.library.conn.in_transaction:
                self.library.conn.execute("ROLLBACK")
            raise BatchLost(done, exc) from exc
        if self.pause:
            time.sleep(self.pause)  # another writer polling for the lock gets its turn
        return done

    def rollback(self) -> list[T]:
        """Abandon the open transaction; returns the payloads that were not stored."""
        lost, self.pending = self.pending, []
        if self.opened is not None:
            self.opened = None
            if self.library.conn.in_transaction:
                self.library.conn.execute("ROLLBACK")
        return lost
