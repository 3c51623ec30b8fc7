"""Judge profiles and fingerprint samples of stored articles, cached across additions to a library.

Split from :mod:`reader.engine.analysis`, whose incremental grouping reads them: each new article meets
about fifty candidates, mostly the same recent ones as the article before it, and reading them back and
profiling them again cost more than judging them.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

import numpy as np

from reader.engine import grouping, profiles
from reader.engine.models import Article, Quote
from reader.engine.store import CandidateRow, Library


class Lru:
    """A small thread-safe least-recently-used map."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict[tuple[str, int, str], object] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: tuple[str, int, str]) -> object | None:
        with self.lock:
            hit = self.items.get(key)
            if hit is not None:
                self.items.move_to_end(key)
            return hit

    def get_many(self, keys: list[tuple[str, int, str]]) -> list[object | None]:
        """:meth:`get` for several keys under one hold of the lock (a new article meets ~50 candidates)."""
        with self.lock:
            hits = [self.items.get(key) for key in keys]
            for key, hit in zip(keys, hits, strict=True):
                if hit is not None:
                    self.items.move_to_end(key)
            return hits

    def put(self, key: tuple[str, int, str], value: object) -> None:
        with self.lock:
            self.items[key] = value
            while len(self.items) > self.size:
                self.items.popitem(last=False)

    def forget(self, path: str, aid: int) -> None:
        with self.lock:
            for key in [k for k in self.items if k[0] == path and k[1] == aid]:
                del self.items[key]


class CandidateCache:
    """Judge profiles and trigram samples of stored articles, kept across additions.

    An ingest batch judges the same recent articles again and again; reading each one back
    from the library and re-profiling it cost more than the judging. Entries are keyed by
    content hash, so a stale profile is never used for changed text; re-analysis drops them.
    """

    def __init__(self, size: int = 2048) -> None:
        self.profiles = Lru(size)
        self.samples = Lru(4 * size)

    def profile(self, library: Library, cid: int, content_hash: str,
                load: Callable[[], Article | None]) -> profiles.Profile | None:
        key = (str(library.path), cid, content_hash)
        hit = self.profiles.get(key)
        if isinstance(hit, profiles.Profile):
            return hit
        other = load()
        if other is None:
            return None
        prof = profiles.profile(other)
        self.profiles.put(key, prof)
        return prof

    def samples_of(self, library: Library, rows: list[tuple[int, CandidateRow]]) -> list[np.ndarray | None]:
        """Each candidate's distinct sampled content trigrams (its stored fingerprint read and parsed once).

        None for a candidate without a fingerprint.
        """
        path = str(library.path)
        keys = [(path, cid, row.content_hash) for cid, row in rows]
        out: list[np.ndarray | None] = []
        for key, hit in zip(keys, self.samples.get_many(keys), strict=True):
            if not isinstance(hit, np.ndarray):
                raw = library.fingerprint_of(key[1])
                hit = sample_values(grouping.fingerprint_from_bytes(raw)) if raw else None
                if hit is not None:
                    self.samples.put(key, hit)
            out.append(hit)
        return out

    def remember(self, library: Library, aid: int, content_hash: str, sample: np.ndarray, quotes: list[Quote],
                 profile: profiles.Profile | None) -> None:
        """Keep a just placed article's sample and profile: the next additions meet it as a candidate.

        Its profile is the one a read back would give only when its quotes come back in the same
        order (the store returns them by start), so it is kept only when their starts increase.
        """
        key = (str(library.path), aid, content_hash)
        self.samples.put(key, sample)
        starts = [q.content.start for q in quotes]
        if profile is not None and all(x < y for x, y in zip(starts, starts[1:], strict=False)):
            self.profiles.put(key, profile)

    def forget(self, library: Library, aid: int) -> None:
        self.profiles.forget(str(library.path), aid)
        self.samples.forget(str(library.path), aid)


def sample_values(fp: grouping.Fingerprint) -> np.ndarray:
    """A fingerprint's sampled trigrams as sorted distinct int64 (as a set of them counts them), for a ValueTable."""
    return profiles.distinct(fp.sample.astype(np.int64))
