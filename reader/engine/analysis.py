"""Per-article analysis at ingest and incremental grouping against the library.

Adding an article never recomputes the library: its LSH band keys find the few
articles worth judging, the careful judge decides, and only the groups it joins
are touched.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from reader.engine import credits as credits_mod
from reader.engine import grouping
from reader.engine import quotes as quotes_mod
from reader.engine.models import Article, Credit, Quote, Sentence
from reader.engine.store import Library

MAX_CANDIDATES = 50
"""Articles judged against a new one; the LSH keys rank them by shared bands."""
_PROFILE_CACHE_SIZE = 4096
_profiles: OrderedDict[tuple[int, int, int], grouping.Profile] = OrderedDict()


def _profile(art: Article) -> grouping.Profile:
    """The judge's profile of a stored article, cached across a batch (candidates recur)."""
    key = (art.id, art.revisions, len(art.text))
    found = _profiles.get(key)
    if found is None:
        found = grouping.profile(art)
        _profiles[key] = found
        if len(_profiles) > _PROFILE_CACHE_SIZE:
            _profiles.popitem(last=False)
    else:
        _profiles.move_to_end(key)
    return found


@dataclass(slots=True)
class TextAnalysis:
    """What is computed from an article's own text, before it meets the library."""

    quotes: list[Quote]
    credits: list[Credit]
    fingerprint: bytes
    band_keys: list[int]


def analyse_text(text: str, sentences: list[Sentence], furniture: list[str]) -> TextAnalysis:
    """Quotes, credits and the grouping fingerprint of one article."""
    fp = grouping.fingerprint(text)
    return TextAnalysis(
        quotes=quotes_mod.find_quotes(text, sentences),
        credits=credits_mod.find_credits(text, furniture),
        fingerprint=grouping.fingerprint_to_bytes(fp),
        band_keys=grouping.band_keys(fp),
    )


def _members_and_label(library: Library, ids: list[int]) -> tuple[list[Article], str]:
    arts = library.get_many(ids)
    return arts, grouping.label_for(arts)


def assign_group(library: Library, c: sqlite3.Connection, aid: int) -> int:
    """Place one (new or revised) article in a group, merging groups it bridges; inside a transaction."""
    art = library.get(aid)
    assert art is not None
    old_gid = library.group_of(aid)
    if old_gid is not None:
        c.execute("UPDATE articles SET group_id = NULL WHERE id = ?", (aid,))
        library.drop_empty_groups(c)
    fp_bytes = library.fingerprint_of(aid)
    keys = grouping.band_keys(grouping.fingerprint_from_bytes(fp_bytes)) if fp_bytes else []
    matched: list[int] = []
    mine = _profile(art)
    for cid in library.candidates(keys, aid, limit=MAX_CANDIDATES):
        other = library.get(cid)
        if other is None:
            continue
        if grouping.weigh(art, other, mine, _profile(other)).score >= grouping.SAME_EVENT_THRESHOLD:
            matched.append(cid)
    members: set[int] = {aid}
    for cid in matched:
        gid = library.group_of(cid)
        members.update(library.group_members(gid) if gid is not None else [cid])
    ids = sorted(members)
    _, label = _members_and_label(library, ids)
    return library.set_group(c, ids, label)


def reanalyse_all(library: Library, *, progress: Callable[[int, int, str], None] | None = None,
                  cancel: threading.Event | None = None) -> int:
    """Recompute every article's analysis, then rebuild all groups in one batch."""
    ids = library.article_ids()
    total = len(ids)
    for n, aid in enumerate(ids, 1):
        if cancel is not None and cancel.is_set():
            return n - 1
        art = library.get(aid, analysis=False)
        if art is None:
            continue
        result = analyse_text(art.text, art.sentences, art.furniture)
        with library.transaction() as c:
            library.replace_analysis(c, aid, result.quotes, result.credits, result.band_keys, result.fingerprint)
        if progress:
            progress(n, total + 1, f"analysed {art.outlet}: {art.title}")
    articles = library.get_many(ids)
    clusters = grouping.group_articles(articles)
    by_id = {a.id: a for a in articles}
    with library.transaction() as c:
        library.clear_groups(c)
        for cluster in clusters:
            label = grouping.label_for([by_id[i] for i in cluster])
            library.set_group(c, cluster, label)
    if progress:
        progress(total + 1, total + 1, "grouped")
    return total


def reanalyse_one(library: Library, aid: int) -> None:
    """Recompute one article's analysis and its place in the groups."""
    art = library.get(aid, analysis=False)
    if art is None:
        return
    result = analyse_text(art.text, art.sentences, art.furniture)
    with library.transaction() as c:
        library.replace_analysis(c, aid, result.quotes, result.credits, result.band_keys, result.fingerprint)
        assign_group(library, c, aid)
