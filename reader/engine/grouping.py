"""Grouping: which articles report the same briefing or event (not merely the same topic).

Two stages. Candidates come cheaply from the LSH band keys of
:mod:`reader.engine.fingerprint` (incrementally through the store's key index, or in
memory for a batch, :mod:`reader.engine.grouping_candidates`). The careful judge of :mod:`reader.engine.judge`
(:func:`same_event`) then decides. This module is the API the pipeline uses:
fingerprints and their bytes, band keys, the judge, batch grouping and labels.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, OrderedDict
from collections.abc import Mapping, Sequence

import numpy as np

from reader.engine import alignment
from reader.engine import fingerprint as fpmod
from reader.engine.fingerprint import Fingerprint
from reader.engine.grouping_candidates import candidate_pairs, sample_overlaps
from reader.engine.judge import (
    MAX_EVENT_DAYS,
    SAME_EVENT_THRESHOLD,
    Evidence,
    judge,
    judge_many,
    same_event,
    too_far_apart,
    verdict,
    weigh,
)
from reader.engine.models import Article
from reader.engine.profiles import Profile, profile, profiles
from reader.engine.profiles import day as _day
from reader.engine.stopwords import COMMON_WORDS

log = logging.getLogger(__name__)

ALL_PAIRS_UP_TO = 60
"""Batches this small are judged on every pair, not only LSH candidates."""

fingerprint = fpmod.fingerprint
fingerprints = fpmod.fingerprints
band_keys = fpmod.band_keys

__all__ = [
    "SAME_EVENT_THRESHOLD", "Evidence", "Fingerprint", "Profile", "band_keys", "candidate_pairs", "fingerprint",
    "fingerprint_from_bytes", "fingerprint_to_bytes", "fingerprints", "group_articles", "groups_to_join", "judge",
    "label_for",
    "profile", "same_event", "same_region", "weigh", "within_days",
]


def fingerprint_to_bytes(fp: Fingerprint) -> bytes:
    """Serialise a fingerprint for the store."""
    return fp.to_bytes()


def fingerprint_from_bytes(data: bytes) -> Fingerprint:
    """Read a fingerprint written by fingerprint_to_bytes (ValueError if it is not one)."""
    return Fingerprint.from_bytes(data)


# --------------------------------------------------------------------------- batch grouping

FAST_ACCEPT_SHARED = 4
"""A candidate pair sharing this many sampled trigrams ..."""
FAST_ACCEPT_SHARE = 0.08
"""... making up this share of the smaller sample is accepted without the full judge."""
NAME_KEYS_UP_TO = 2_000
"""Batches up to this size also meet through shared names and numbers (rewrites sharing little phrasing),
and every candidate pair not accepted outright goes to the judge."""
BRIDGE_CHECKS = 4
"""Members of each side tried when looking for a second link across two clusters."""
REGION_SHARE = 0.2
"""Share of the hub's sentences matched by the newcomer that must also match the cluster mate."""
LARGE_MIN_BINS = 2
"""Larger batches only consider pairs sharing this many MinHash bins (one shared bin is mostly chance)."""
PROFILE_BATCH = 64
"""Judge profiles built together ahead of the judging (a third cheaper each than one by one)."""
PROFILE_MEMO = 4096
"""Profiles batch grouping keeps at hand (bounded: a profile takes some 10 KB)."""


def same_region(hub: Article, x: Article, y: Article) -> bool:
    """Whether ``x`` and ``y`` match the same passage of ``hub`` (sentences of it aligned with both).

    Rewrites of one wire story carry its key statements, so they meet in the same sentences of it;
    a digest reprinting two stories matches each in a different passage.
    """
    sx = {p.a for p in alignment.align(hub, x).pairs}
    sy = {p.a for p in alignment.align(hub, y).pairs}
    if not sx or not sy:
        return False
    return len(sx & sy) >= max(1.0, REGION_SHARE * min(len(sx), len(sy)))


def groups_to_join(article: Article, matches: Mapping[int, Sequence[tuple[Article, float]]],
                   sizes: Mapping[int, int]) -> list[int]:
    """The existing groups a new article should join, for incremental grouping (best first).

    ``matches`` maps a group id to its members the judge matched with the article (with scores);
    ``sizes`` gives every group's size. The article joins the group it matches best (most members,
    then the highest score). A further single-article group is merged in when that article meets
    the new one in the same passage as the chosen group does (rewrites of one wire story); a
    further group of several articles is not, since the new article would be its only link (a
    digest or live page reprinting two stories must not fuse them). The same rules as the batch.
    """
    ranked = sorted((gid for gid, found in matches.items() if found),
                    key=lambda gid: (-len(matches[gid]), -max(score for _, score in matches[gid]), gid))
    if not ranked:
        return []
    best, out = ranked[0], [ranked[0]]
    mates = [a for a, _ in sorted(matches[best], key=lambda x: -x[1])[:2]]
    for gid in ranked[1:]:
        if sizes.get(gid, 1) != 1:
            continue
        other = max(matches[gid], key=lambda x: x[1])[0]
        if any(same_region(article, m, other) for m in mates):
            out.append(gid)
    return out


def within_days(day: int | None, groups: Sequence[tuple[int, Sequence[int | None]]]) -> list[int]:
    """Of the groups a new article would join (best first, each with its members' publication days),
    those it may join: all together, with the article, span no more than ``MAX_EVENT_DAYS``.

    A group is one event, and one event's reports appear within days; an undated article that
    matches an old and a new meeting of the same people links them both but must not fuse them.
    The batch grouping keeps the same bound on every cluster.
    """
    lo = hi = day
    out: list[int] = []
    for gid, days in groups:
        known = [d for d in days if d is not None]
        if known:
            first, last = min(known), max(known)
            if lo is not None and hi is not None and max(hi, last) - min(lo, first) > MAX_EVENT_DAYS:
                continue
            lo = first if lo is None else min(lo, first)
            hi = last if hi is None else max(hi, last)
        out.append(gid)
    return out


class _Clusters:
    """Disjoint sets over 0..n-1 that keep their member lists and the span of their known publication days."""

    def __init__(self, n: int, days: Sequence[int | None]) -> None:
        self.parent = list(range(n))
        self.members: dict[int, list[int]] = {i: [i] for i in range(n)}
        self.span: dict[int, tuple[int, int]] = {i: (d, d) for i, d in enumerate(days) if d is not None}

    def too_long(self, ra: int, rb: int) -> bool:
        """Whether the clusters of roots ``ra`` and ``rb`` together span more days than one event does."""
        a, b = self.span.get(ra), self.span.get(rb)
        return a is not None and b is not None and max(a[1], b[1]) - min(a[0], b[0]) > MAX_EVENT_DAYS

    def find(self, x: int) -> int:
        p = self.parent
        while p[x] != x:
            p[x] = p[p[x]]
            x = p[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep, gone = min(ra, rb), max(ra, rb)
            self.parent[gone] = keep
            self.members[keep].extend(self.members.pop(gone))
            lost = self.span.pop(gone, None)
            if lost is not None:
                had = self.span.get(keep, lost)
                self.span[keep] = (min(had[0], lost[0]), max(had[1], lost[1]))


def group_articles(articles: Sequence[Article], fps: Sequence[Fingerprint] | None = None) -> list[list[int]]:
    """Cluster articles into events; returns lists of article ids (every article in exactly one list).

    Batches up to ALL_PAIRS_UP_TO are judged on every pair. Larger ones take LSH candidates (up to
    NAME_KEYS_UP_TO articles: any shared band or name key; beyond: LARGE_MIN_BINS shared bins).
    Pairs whose sampled trigrams clearly overlap are accepted outright; in small batches every other
    candidate goes to the judge, in large ones only those sharing some sampled trigram.

    Accepted pairs join their clusters, strongest first, but a pair that would bridge clusters with
    more than two articles between them must be backed: by a second link across that avoids the
    bridging article of a larger side, or, for a single newcomer, by its matching the same passage
    of the bridging article as that article's cluster mates do (rewrites of one wire story meet in
    its key sentences). A digest or live page reprinting two stories joins one of them but does not
    fuse them into one event.
    """
    n = len(articles)
    if fps is None:
        fps = fingerprints([a.text for a in articles])
    small = n <= NAME_KEYS_UP_TO
    if n <= ALL_PAIRS_UP_TO:
        lo, hi = (x.astype(np.int64) for x in np.triu_indices(n, 1))
        bins = np.zeros(len(lo), dtype=np.int64)
    else:
        lo, hi, bins = candidate_pairs(fps, use_names=small, min_bins=1 if small else LARGE_MIN_BINS)
    shared, share = sample_overlaps(fps, lo, hi)
    days = [_day(a.published) for a in articles]
    known = np.array([-1 if d is None else d for d in days], dtype=np.int64)
    # Reports far apart in time are never one event (judge.MAX_EVENT_DAYS): neither accepted nor asked.
    apart = (known[lo] >= 0) & (known[hi] >= 0) & (np.abs(known[lo] - known[hi]) > MAX_EVENT_DAYS)
    accept = (shared >= FAST_ACCEPT_SHARED) & (share >= FAST_ACCEPT_SHARE) & ~apart
    ask = (~accept if small else ~accept & (shared >= 1)) & ~apart
    verdicts: dict[tuple[int, int], bool] = {}
    counted: dict[tuple[int, int], Evidence] = {}
    """Text evidence of asked pairs ``(i, j)``, counted ahead for several pairs of one ``i`` at once."""

    memo: OrderedDict[int, Profile] = OrderedDict()
    """Profiles by article, the most recently used kept: the judge's own memo must key an article by its
    contents, which cost more than the lookup for the tens of pairs each article is in."""

    def prof(i: int) -> Profile:
        hit = memo.get(i)
        if hit is None:
            hit = remember(i, profile(articles[i]))  # memoised by the judge too, with a bounded cache
        else:
            memo.move_to_end(i)
        return hit

    def remember(i: int, p: Profile) -> Profile:
        memo[i] = p
        if len(memo) > PROFILE_MEMO:
            memo.popitem(last=False)
        return p

    # Samples in strictly increasing order, as fingerprints make them: their pairs' counts from
    # sample_overlaps are those of fpmod.sample_overlap.
    plain = [len(f.sample) < 2 or bool((f.sample[1:] > f.sample[:-1]).all()) for f in fps]

    def linked(i: int, j: int, counted_shared: int | None = None) -> bool:
        """Whether two articles report one event; ``counted_shared``: the sampled overlap of an asked pair."""
        key = (min(i, j), max(i, j))
        if key not in verdicts and too_far_apart(days[i], days[j]):
            verdicts[key] = False
        if key not in verdicts:
            if counted_shared is not None and plain[i] and plain[j]:
                k, ok = counted_shared, False  # an asked pair was not accepted on its sampled overlap
            else:
                k, r = fpmod.sample_overlap(fps[i], fps[j])
                ok = k >= FAST_ACCEPT_SHARED and r >= FAST_ACCEPT_SHARE
            if not ok and (small or k >= 1):
                a, b = articles[i], articles[j]
                ok = verdict(a, prof(i), prof(j), lambda: b, same_text=a.text == b.text,
                             text_evidence=counted.pop((i, j), None)).score >= SAME_EVENT_THRESHOLD
            verdicts[key] = ok
        return verdicts[key]

    cl = _Clusters(n, days)

    def region_backed(i: int, j: int, mi: list[int], mj: list[int]) -> bool:
        """Whether the bridging article links the newcomer through the same passage as its cluster."""
        for hub, side, newcomer, its_side in ((i, mi, j, mj), (j, mj, i, mi)):
            if len(its_side) > 1:  # two clusters: the newcomer may itself be a digest
                continue
            mates = [x for x in side[: BRIDGE_CHECKS + 1] if x != hub and verdicts.get((min(hub, x), max(hub, x)))]
            if any(same_region(articles[hub], articles[x], articles[newcomer]) for x in mates[:2]):
                return True
        return False

    def join(i: int, j: int) -> None:
        ri, rj = cl.find(i), cl.find(j)
        if ri == rj or cl.too_long(ri, rj):  # one event's reports appear within days of each other
            return
        mi, mj = cl.members[ri], cl.members[rj]
        if len(mi) + len(mj) > 2:
            # The backing link must avoid the bridging article of a larger side (it may be a digest).
            if len(mi) == 1:
                others = [(i, y) for y in mj[:BRIDGE_CHECKS + 1] if y != j]
            elif len(mj) == 1:
                others = [(x, j) for x in mi[:BRIDGE_CHECKS + 1] if x != i]
            else:
                others = [(x, y) for x in mi[:BRIDGE_CHECKS + 1] if x != i for y in mj[:BRIDGE_CHECKS + 1] if y != j]
            if not any(linked(x, y) for x, y in others[: BRIDGE_CHECKS * 2]) and not region_backed(i, j, mi, mj):
                return
        cl.union(i, j)

    order = np.argsort(-share[accept], kind="stable")
    for i, j in zip(lo[accept][order].tolist(), hi[accept][order].tolist(), strict=True):
        verdicts[(i, j)] = True
        join(i, j)
    ask_lo, ask_hi, ask_shared = lo[ask].tolist(), hi[ask].tolist(), shared[ask].tolist()
    at_lo: dict[int, list[int]] = {}
    for at, i in enumerate(ask_lo):
        at_lo.setdefault(i, []).append(at)

    def count_ahead(at: int) -> None:
        """The text evidence of asked pair ``at`` and of the later ones of its first article still to be judged."""
        i = ask_lo[at]
        js = [ask_hi[p] for p in at_lo[i] if p >= at and (i, ask_hi[p]) not in verdicts
              and (i, ask_hi[p]) not in counted and cl.find(i) != cl.find(ask_hi[p])]
        counted.update(zip(((i, j) for j in js), judge_many(prof(i), [prof(j) for j in js]), strict=True))

    ready = 0
    """Asked pairs before this one had their articles' profiles built (and memoised) ahead."""
    built: set[int] = set()

    def build_ahead(at: int) -> None:
        """Build together the profiles that asked pair ``at`` and the next ones need (to the end of an article's)."""
        nonlocal ready
        if at < ready:
            return
        chunk: dict[int, None] = {}
        p = at
        while p < len(ask_lo) and (len(chunk) < PROFILE_BATCH or ask_lo[p] == ask_lo[p - 1]):
            i, j = ask_lo[p], ask_hi[p]
            if cl.find(i) != cl.find(j):
                chunk.update((x, None) for x in (i, j) if x not in built)
            p += 1
        ready = p
        built.update(chunk)
        for x, made in zip(chunk, profiles([articles[x] for x in chunk]), strict=True):
            remember(x, made)  # the memo holds far more than a batch

    asked = 0
    for at, (i, j) in enumerate(zip(ask_lo, ask_hi, strict=True)):
        if cl.find(i) == cl.find(j):
            continue
        asked += 1
        if (i, j) not in verdicts and (i, j) not in counted:
            build_ahead(at)
            count_ahead(at)
        if linked(i, j, ask_shared[at]):
            join(i, j)
    log.debug("grouping %d articles: %d candidates, %d accepted fast, %d judged", n, len(lo),
              int(accept.sum()), asked)
    groups = [sorted(articles[i].id for i in members) for members in cl.members.values()]
    return sorted(groups, key=lambda c: c[0])


# --------------------------------------------------------------------------- labels

_LABEL_WORD = re.compile(r"[\w'’-]+")


def label_for(articles: list[Article]) -> str:
    """A readable group label: the earliest headline, else the words the group's titles share."""
    if not articles:
        return ""
    titled = [a for a in articles if a.title and a.title.strip()]
    if not titled:
        first = articles[0].text.strip().split("\n", 1)[0]
        return first[:80].rstrip() + ("…" if len(first) > 80 else "")
    if len(titled) == 1:
        return titled[0].title.strip()
    counts: Counter[str] = Counter()
    for a in titled:
        counts.update({w.lower() for w in _LABEL_WORD.findall(a.title)} - COMMON_WORDS)
    best = max(titled, key=lambda a: (sum(counts[w.lower()] for w in _LABEL_WORD.findall(a.title)
                                          if w.lower() not in COMMON_WORDS) / (1 + len(a.title) / 80)
                                      * (FALLBACK_TITLE_WEIGHT if _is_fallback_title(a) else 1.0),
                                      -(_day(a.published) or 10**7), -a.id))
    return best.title.strip()


FALLBACK_TITLE_WEIGHT = 0.5
"""A title made from the article's first words counts half: an outlet's own headline reads better."""


def _is_fallback_title(a: Article) -> bool:
    """Whether the title is the start of the article's text (no headline was found for it)."""
    head = a.title.strip().rstrip("…").strip()
    return len(head) >= 20 and a.text.lstrip().startswith(head)
