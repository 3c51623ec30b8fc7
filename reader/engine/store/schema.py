"""The library file's schema, its migrations, and the checks made before a file is opened.

Everything here is SQL or file identity; :mod:`reader.engine.store.library` uses it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

APPLICATION_ID = 0x4E525244  # "NRRD": marks a file as a Newsroom Reader library
SCHEMA_VERSION = 4
BUSY_TIMEOUT_MS = 30_000
_SQLITE_HEADER = b"SQLite format 3\x00"


SCHEMA_V1 = [
    """CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    key TEXT NOT NULL UNIQUE,
    url TEXT,
    outlet TEXT NOT NULL,
    title TEXT NOT NULL,
    published TEXT,
    author TEXT,
    text TEXT NOT NULL,
    furniture TEXT NOT NULL DEFAULT '[]',
    sentences TEXT NOT NULL DEFAULT '[]',
    content_hash TEXT NOT NULL,
    fingerprint BLOB,
    fetched TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    group_id INTEGER
    )""",
    """CREATE INDEX articles_hash ON articles(content_hash)""",
    """CREATE INDEX articles_group ON articles(group_id)""",
    """CREATE INDEX articles_published ON articles(published)""",
    """CREATE TABLE revisions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    fetched TEXT NOT NULL,
    PRIMARY KEY (article_id, revision)
    )""",
    """CREATE TABLE quotes (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    kind TEXT NOT NULL,
    speaker TEXT,
    mention_start INTEGER, mention_end INTEGER,
    cue_start INTEGER, cue_end INTEGER,
    sentence INTEGER
    )""",
    """CREATE INDEX quotes_article ON quotes(article_id)""",
    """CREATE INDEX quotes_speaker ON quotes(speaker)""",
    """CREATE TABLE credits (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    roles TEXT NOT NULL,
    evidence TEXT NOT NULL,
    spans TEXT NOT NULL DEFAULT '[]'
    )""",
    """CREATE INDEX credits_article ON credits(article_id)""",
    """CREATE INDEX credits_name ON credits(name)""",
    """CREATE TABLE bands (
    key INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
    )""",
    """CREATE INDEX bands_key ON bands(key)""",
    """CREATE INDEX bands_article ON bands(article_id)""",
    """CREATE TABLE groups (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    first_published TEXT,
    size INTEGER NOT NULL DEFAULT 1
    )""",
    """CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    """CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES('delete', old.id, old.title, old.text);
    END""",
    """CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
]

MIGRATE_V2 = [
    # Prefix indexes make ``prefix*`` queries (typed as you search) fast on large libraries.
    "DROP TABLE articles_fts",
    """CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='3 4')""",
    "INSERT INTO articles_fts(articles_fts) VALUES('rebuild')",
]

MIGRATE_V3 = [
    # Band keys clustered by key (a WITHOUT ROWID table): finding the articles that share a new
    # article's keys reads only the index, instead of one table row per match, at every ingest.
    """CREATE TABLE bands_v3 (
    key INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (key, article_id)
    ) WITHOUT ROWID""",
    "INSERT OR IGNORE INTO bands_v3(key, article_id) SELECT key, article_id FROM bands ORDER BY key, article_id",
    "DROP TABLE bands",
    "ALTER TABLE bands_v3 RENAME TO bands",
    "CREATE INDEX bands_article ON bands(article_id)",
    # What incremental grouping reads of each candidate, without walking the row past its long text.
    "CREATE INDEX articles_candidate ON articles(id, group_id, content_hash)",
    # Library-wide flags that must survive a crash, such as "the groups need rebuilding".
    "CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
]

MIGRATE_V4 = [
    # New articles are indexed for search once per transaction, not row by row (Library.index_new).
    "DROP TRIGGER IF EXISTS articles_ai",
]


class LibraryError(Exception):
    """A library file that cannot be used, with a message fit for the user."""


class NotFound(LookupError):
    """An article or group id the library does not have."""


def _identity(path: Path, *, read_only: bool) -> tuple[int, int, set[str]]:
    """A file's application id, schema version and table names, read without changing it when possible."""
    if read_only:
        # With no write-ahead log beside it the file alone is the truth: read it as immutable, so a
        # refused file does not get -wal and -shm companions.
        wal = Path(f"{path}-wal").exists() or Path(f"{path}-journal").exists()
        uri = f"{path.resolve().as_uri()}?mode=ro" + ("" if wal else "&immutable=1")
    else:
        uri = f"{path.resolve().as_uri()}?mode=rw"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    return app_id, version, tables


def check_file(path: Path) -> None:
    """Refuse files that are not libraries before anything writes to them."""
    if not path.exists():
        return
    if path.is_dir():
        raise LibraryError(f"{path}: is a folder, not a library file")
    size = path.stat().st_size
    if size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != _SQLITE_HEADER:
        raise LibraryError(f"{path}: not a Newsroom library (not an SQLite database); left untouched")
    try:
        try:
            app_id, version, tables = _identity(path, read_only=True)
        except sqlite3.OperationalError as exc:
            if not str(getattr(exc, "sqlite_errorname", "")).startswith("SQLITE_READONLY"):
                raise
            # A writer killed mid-transaction left a hot journal (or a WAL needing recovery) that
            # only a read-write connection may roll back: what any SQLite client does on opening.
            app_id, version, tables = _identity(path, read_only=False)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        reason = "unreadable schema" if isinstance(exc, UnicodeDecodeError) else str(exc)
        raise LibraryError(f"{path}: damaged library ({reason}); left untouched — try a backup") from exc
    if app_id != APPLICATION_ID and tables:
        raise LibraryError(f"{path}: an SQLite file of another program, not a Newsroom library; left untouched")
    if version > SCHEMA_VERSION:
        raise LibraryError(
            f"{path}: written by a newer version of Newsroom Reader (schema {version} > {SCHEMA_VERSION});"
            " upgrade to open it"
        )


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                           check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return conn
