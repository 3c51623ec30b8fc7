"""The library on disk: the only package with SQL (schema and migrations, search, the Library).

Import from here: ``from reader.engine.store import Library, LibraryError, NotFound, StoredArticle``.
"""

from reader.engine.store.groups import CandidateRow
from reader.engine.store.library import Library
from reader.engine.store.schema import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    MIGRATE_V2,
    MIGRATE_V3,
    SCHEMA_V1,
    SCHEMA_VERSION,
    LibraryError,
    NotFound,
)
from reader.engine.store.writes import StoredArticle

__all__ = [
    "APPLICATION_ID", "BUSY_TIMEOUT_MS", "SCHEMA_VERSION", "MIGRATE_V2", "MIGRATE_V3", "SCHEMA_V1", "CandidateRow",
    "Library", "LibraryError", "NotFound", "StoredArticle",
]
