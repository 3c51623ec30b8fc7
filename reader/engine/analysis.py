"""Per-article analysis at ingest and incremental grouping against the library.

Adding an article never recomputes the library: its LSH band keys find the few
articles worth judging, the careful judge decides, and only the groups it joins
are touched.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

import numpy as np

from reader.engine import credits as credits_mod
from reader.engine import grouping, judge, outlets, profiles
from reader.engine import quotes as quotes_mod
from reader.engine.candidate_cache import CandidateCache, sample_values
from reader.engine.models import Article, Credit, Quote, Sentence
from reader.engine.store import CandidateRow, Library

MAX_CANDIDATES = 60
"""Articles considered for a new one; the LSH keys rank them by shared bands."""
_candidates = CandidateCache()
"""Shared by every library this process writes to (keys hold the library's path)."""


@dataclass(slots=True)
class TextAnalysis:
    """What is computed from an article's own text, before it meets the library."""

    quotes: list[Quote]
    credits: list[Credit]
    fingerprint: bytes | None
    """None when it is left for the group rebuild at the end of a large import."""
    band_keys: list[int]


def own_outlet(outlet: str, source: str) -> str:
    """The outlet whose own datelines are no credit; none when the "outlet" is only the file's name.

    A paste saved as ``ap.txt`` is not known to be AP's copy, so its "(AP) -" dateline still credits AP.
    """
    path = source.split("#", 1)[0]
    stem = PurePath(path).stem if path and "://" not in path else ""
    if stem and outlet == stem:
        return ""
    return outlets.canonical(outlet) or outlet


def analyse_text(text: str, sentences: list[Sentence], furniture: list[str], outlet: str = "", *,
                 fingerprint: bool = True) -> TextAnalysis:
    """Quotes, credits (an outlet's dateline of its own is not a credit) and the grouping fingerprint.

    ``fingerprint`` False leaves the fingerprint and band keys out, for an import that groups at its
    end: :func:`regroup_all` computes the missing ones for the whole batch at once, about twice as
    fast per article as one at a time.
    """
    fp = grouping.fingerprint(text) if fingerprint else None
    return TextAnalysis(
        quotes=quotes_mod.find_quotes(text, sentences),
        credits=credits_of(text, furniture, outlet),
        fingerprint=grouping.fingerprint_to_bytes(fp) if fp is not None else None,
        band_keys=grouping.band_keys(fp) if fp is not None else [],
    )


def credits_of(text: str, furniture: list[str], outlet: str = "") -> list[Credit]:
    """The credits of a text published by ``outlet`` (see :func:`own_outlet`): its own name is no credit."""
    own = outlet.casefold()
    return [c for c in credits_mod.find_credits(text, furniture) if c.name.casefold() != own]


@dataclass(slots=True)
class _Newcomer:
    """The article being placed, as every candidate is compared with it (its profile built once, on demand)."""

    art: Article
    content_hash: str
    sample: np.ndarray
    """Its distinct sampled trigrams (:func:`~reader.engine.candidate_cache.sample_values`)."""
    _profile: profiles.Profile | None = None

    def profile(self) -> profiles.Profile:
        if self._profile is None:
            self._profile = profiles.profile(self.art)
        return self._profile


@dataclass(slots=True)
class _Pending:
    """A candidate the fast rules left to the judge, with its profile."""

    cid: int
    profile: profiles.Profile
    load: Callable[[], Article | None]
    same_text: bool


def _screen_all(library: Library, new: _Newcomer, candidates: list[tuple[int, int]], rows: dict[int, CandidateRow],
                small: bool) -> list[tuple[int, float] | _Pending | None]:
    """:func:`_screen` for each candidate, their shared sampled trigrams counted at once."""
    known = [(cid, rows[cid]) for cid, _ in candidates if cid in rows]
    found = iter(_candidates.samples_of(library, known))
    samples = [next(found) if cid in rows else None for cid, _ in candidates]
    present = [x for x in samples if x is not None]
    shared = iter(judge.ValueTable(new.sample).counts(present).tolist() if present else ())
    return [_screen(library, new, cid, rows[cid], next(shared), len(other), keys, small) if other is not None
            else None for (cid, keys), other in zip(candidates, samples, strict=True)]


def _screen(library: Library, new: _Newcomer, cid: int, row: CandidateRow, k: int, other_size: int,
            shared_keys: int, small: bool) -> tuple[int, float] | _Pending | None:
    """The batch grouping's fast rules for one candidate: accepted, rejected (None), or left to the judge.

    ``k`` is the number of sampled trigrams it shares with the new article, of its ``other_size``.
    The candidate is read back from the library only when the judge needs its sentences
    (a score in the alignment band) or its profile is not cached.
    """
    r = k / min(len(new.sample), other_size) if len(new.sample) and other_size else 0.0  # as sample_overlap
    fast = k >= grouping.FAST_ACCEPT_SHARED and r >= grouping.FAST_ACCEPT_SHARE
    if not fast and not (k >= 1 or shared_keys >= grouping.LARGE_MIN_BINS):
        return None  # one shared key and no shared phrasing: a popular name, not the same event
    if not fast and not small and not (k >= 1 and shared_keys >= grouping.LARGE_MIN_BINS):
        return None
    if fast:
        return cid, 1.0
    loaded: list[Article] = []

    def load() -> Article | None:
        if not loaded:
            other = library.get(cid, analysis=False)
            if other is None:
                return None
            other.quotes = library.quotes_of(cid)  # the judge compares quotes and credited outlets
            other.credits = library.credits_of(cid)
            loaded.append(other)
        return loaded[0]

    prof = _candidates.profile(library, cid, row.content_hash, load)
    if prof is None:
        return None
    return _Pending(cid, prof, load, row.content_hash == new.content_hash)


def _matches(new: _Newcomer, screened: list[tuple[int, float] | _Pending | None]) -> list[tuple[int, float] | None]:
    """The judge's verdicts on the candidates left to it (their text evidence counted at once), in order."""
    pending = [x for x in screened if isinstance(x, _Pending)]
    if not pending:
        return [x for x in screened if not isinstance(x, _Pending)]
    evidence = iter(judge.judge_many(new.profile(), [p.profile for p in pending]))  # in the order of ``pending``
    out: list[tuple[int, float] | None] = []
    for x in screened:
        if isinstance(x, _Pending):
            score = judge.verdict(new.art, new.profile(), x.profile, x.load, same_text=x.same_text,
                                  text_evidence=next(evidence)).score
            out.append((x.cid, score) if score >= grouping.SAME_EVENT_THRESHOLD else None)
        else:
            out.append(x)
    return out


def leave_group(library: Library, c: sqlite3.Connection, aid: int) -> None:
    """Take a revised article out of its group; the group left behind is recounted and relabelled."""
    left = library.leave_group(c, aid)
    if left is not None:
        library.relabel(c, left, grouping.label_for(library.headlines(library.group_members(left))))


def assign_group(library: Library, c: sqlite3.Connection, aid: int, art: Article | None = None, *,
                 fingerprint: bytes | None = None, content_hash: str | None = None, fresh: bool = False) -> int:
    """Place one (new or revised) article in a group; inside a transaction.

    Mirrors :func:`grouping.group_articles` for one article: LSH candidates, a fast accept on
    sampled trigrams, the careful judge for the rest (in a large library only for candidates that
    share some phrasing), and the batch's rules for which groups to join, so a digest reprinting
    two stories joins one of them without fusing them. Adding an article costs a few judgements.
    ``art``, ``fingerprint`` and ``content_hash`` are the article as just written (with its quotes),
    which saves reading it back; ``fresh`` says it was just added, so it is in no group yet.
    """
    if art is None:
        art = library.get(aid)
    assert art is not None
    if not fresh:
        leave_group(library, c, aid)
    fp_bytes = fingerprint if fingerprint is not None else library.fingerprint_of(aid)
    if not fp_bytes:
        return library.set_group(c, [aid], grouping.label_for([art]))
    fp = grouping.fingerprint_from_bytes(fp_bytes)
    small = library.approx_count() <= grouping.NAME_KEYS_UP_TO
    found: dict[int, list[tuple[int, float]]] = {}
    candidates = library.candidates(grouping.band_keys(fp), aid, limit=MAX_CANDIDATES)
    rows = library.candidate_rows([cid for cid, _ in candidates])
    new = _Newcomer(art, content_hash or hashlib.sha256(art.text.encode("utf-8")).hexdigest(), sample_values(fp))
    screened = _screen_all(library, new, candidates, rows, small)
    for (cid, _), hit in zip(candidates, _matches(new, screened), strict=True):
        row = rows.get(cid)
        if hit is not None and row is not None and row.group_id is not None:
            found.setdefault(row.group_id, []).append(hit)
    to_join = list(found)  # none, or the one group matched
    if len(found) > 1:
        # Which further groups to join compares passages, so only then are the matched articles read.
        wanted = [cid for hits in found.values() for cid, _ in hits]
        members = {a.id: a for a in library.get_many(wanted, analysis=False)}
        for a in members.values():
            a.quotes = library.quotes_of(a.id)
        matches = {gid: [(members[cid], score) for cid, score in hits if cid in members]
                   for gid, hits in found.items()}
        sizes = {gid: len(library.group_members(gid)) for gid in matches}
        to_join = grouping.groups_to_join(art, matches, sizes)
    members = {gid: library.group_members(gid) for gid in to_join}
    heads = {h.id: h for h in library.headlines([aid, *(m for ms in members.values() for m in ms)])}
    # One event's reports appear within days: no group takes in reports far apart in time (as in the batch).
    to_join = grouping.within_days(profiles.day(art.published), [
        (gid, [profiles.day(heads[m].published) for m in members[gid] if m in heads]) for gid in to_join])
    ids = sorted({aid}.union(*(members[gid] for gid in to_join)))
    _candidates.remember(library, aid, new.content_hash, new.sample, new.art.quotes, new._profile)
    return library.set_group(c, ids, grouping.label_for([heads[i] for i in ids if i in heads]))


def _reanalyse(library: Library, aid: int, *, regroup: bool) -> Article | None:
    """Recompute one stored article's analysis in one transaction, optionally regrouping it."""
    art = library.get(aid, analysis=False)
    if art is None:
        return None
    result = analyse_text(art.text, art.sentences, art.furniture, own_outlet(art.outlet, art.source))
    with library.transaction() as c:
        library.replace_analysis(c, aid, result.quotes, result.credits, result.band_keys, result.fingerprint)
        _candidates.forget(library, aid)
        if regroup:
            assign_group(library, c, aid)
        else:
            library.mark_regroup(c)  # a rebuild that read the library before this change must not clear it
    return art


def reanalyse_all(library: Library, *, progress: Callable[[int, int, str], None] | None = None,
                  cancel: threading.Event | None = None) -> int:
    """Recompute every article's analysis, then rebuild all groups in one batch."""
    ids = library.article_ids()
    total = len(ids)
    with library.transaction() as c:
        library.mark_regroup(c)  # a run stopped before the end is finished by the next ingest
    for n, aid in enumerate(ids, 1):
        if cancel is not None and cancel.is_set():
            return n - 1
        art = _reanalyse(library, aid, regroup=False)
        if progress and art is not None:
            progress(n, total + 1, f"analysed {art.outlet}: {art.title}")
    regroup_all(library)
    if progress:
        progress(total + 1, total + 1, "grouped")
    return total


def reanalyse_one(library: Library, aid: int) -> None:
    """Recompute one article's analysis and its place in the groups."""
    _reanalyse(library, aid, regroup=True)


def regroup_all(library: Library) -> int:
    """Rebuild every group in one batch from the stored analysis; returns the number of groups.

    Grouping reads one consistent snapshot, outside the write lock (a large library takes a
    while). Then, in one transaction, each new group keeps the id most of its members had (so
    group ids stay meaningful), only articles whose group changes are rewritten, and articles that
    another process added or revised since the snapshot are placed one by one. The "regroup
    pending" mark is cleared only if no newer one came meanwhile.
    """
    conn = library.conn
    conn.execute("BEGIN")
    try:
        token = library.regroup_token()
        articles, raws = library.for_grouping()
        hashes = dict(conn.execute("SELECT id, content_hash FROM articles").fetchall())
        before = library.group_ids()
        last = int(conn.execute("SELECT COALESCE(MAX(id), 0) FROM groups").fetchone()[0])
    finally:
        conn.execute("COMMIT")
    # Articles of an import that grouped at its end have no fingerprint yet: made here, as one batch.
    missing = [i for i, raw in enumerate(raws) if not raw]
    made = dict(zip(missing, grouping.fingerprints([articles[i].text for i in missing]), strict=True))
    fps = [made[i] if i in made else grouping.fingerprint_from_bytes(raw) for i, raw in enumerate(raws)]
    clusters = sorted(grouping.group_articles(articles, fps), key=len, reverse=True)
    by_id = {a.id: a for a in articles}
    last = max([last, *before.values()])
    taken: set[int] = set()
    plan: list[tuple[int, list[int], str]] = []
    for cluster in clusters:
        held = Counter(before[a] for a in cluster if a in before)
        gid = next((g for g, _ in held.most_common() if g not in taken), None)
        if gid is None:
            last += 1
            gid = last
        taken.add(gid)
        plan.append((gid, cluster, grouping.label_for([by_id[i] for i in cluster])))
    with library.transaction() as c:
        library.store_fingerprints(c, [
            (articles[i].id, hashes[articles[i].id], grouping.fingerprint_to_bytes(fp), grouping.band_keys(fp))
            for i, fp in made.items()])  # before any article is placed one by one: they find candidates by band
        orphans = library.replace_groups(c, plan)
        changed = [aid for aid, h in c.execute("SELECT id, content_hash FROM articles").fetchall()
                   if aid in hashes and hashes[aid] != h]
        for aid in orphans:
            assign_group(library, c, aid, fresh=True)
        for aid in changed:
            assign_group(library, c, aid)
        library.regrouped(c, token)
        return int(c.execute("SELECT COUNT(*) FROM groups").fetchone()[0])
