"""Grouping: which articles report the same briefing or event (not merely the same topic).

Two stages. Candidates come cheaply from the LSH band keys of
:mod:`reader.engine.fingerprint` (incrementally through the store's key index, or in
memory for a batch). The careful judge, :func:`same_event`, then weighs evidence
that only reports of one event share: distinctive phrasing carried over from the
same wire copy or transcript (content-word trigrams and word 4-grams), the same
quotations, the same rare names and numbers, and publication dates close together;
when that text evidence is unsure, the two articles are aligned sentence by sentence
and the share of their words in matching statements decides. Same-topic reports of
*other* briefings share names, topic words and background but few statements and
no quotes, and their dates usually differ.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from rapidfuzz import fuzz

from reader.engine import alignment
from reader.engine import fingerprint as fpmod
from reader.engine.fingerprint import Fingerprint
from reader.engine.models import Article
from reader.engine.stopwords import COMMON_WORDS
from reader.engine.text import fold, words

log = logging.getLogger(__name__)

SAME_EVENT_THRESHOLD = 0.5
"""same_event scores at or above this mean 'same briefing or event'."""
MAX_BUCKET = 60
"""Batch grouping ignores band keys shared by more articles than this (common phrases, boilerplate)."""
ALL_PAIRS_UP_TO = 60
"""Batches this small are judged on every pair, not only LSH candidates."""
MAX_JUDGE_CHARS = 60_000
"""The judge reads at most this many characters of each article."""

fingerprint = fpmod.fingerprint
fingerprints = fpmod.fingerprints
band_keys = fpmod.band_keys


def fingerprint_to_bytes(fp: Fingerprint) -> bytes:
    """Serialise a fingerprint for the store."""
    return fp.to_bytes()


def fingerprint_from_bytes(data: bytes) -> Fingerprint:
    """Read a fingerprint written by fingerprint_to_bytes (ValueError if it is not one)."""
    return Fingerprint.from_bytes(data)


# --------------------------------------------------------------------------- the judge

_CAPWORD = re.compile(r"(?<=[\w,;] )[A-Z][\w'’-]+|\b\d[\d.,]*\d\b")
_QUOTED = re.compile(r"[\"“”«»]([^\"“”«»\n]{12,600})[\"“”«»]")


@dataclass(slots=True)
class Profile:
    """What the judge compares, computed once per article text."""

    content: int
    trigrams: set[int]
    phrases: set[int]
    names: set[str]
    quotes: list[str]
    day: int | None


def _day(published: str | None) -> int | None:
    """The publication day as an ordinal, when the ISO date is readable."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def _quote_texts(article: Article, text: str) -> list[str]:
    """Folded quotation texts of at least five words: the article's quotes, else anything in quote marks."""
    found: list[str] = []
    if article.quotes:
        for q in article.quotes:
            if 0 <= q.content.start < q.content.end <= len(article.text):
                found.append(fold(article.text[q.content.start : q.content.end]))
    else:
        found = [fold(m.group(1)) for m in _QUOTED.finditer(text)]
    return [" ".join(words(q)) for q in found if len(q.split()) >= 5]


_CACHE_SIZE = 1024
_cache: OrderedDict[tuple, Profile] = OrderedDict()
_cache_lock = threading.Lock()


def profile(article: Article) -> Profile:
    """The judge's view of one article (memoised: one new article is judged against many candidates)."""
    key = (article.id, hash(article.text), len(article.text), article.published,
           tuple((q.content.start, q.content.end) for q in article.quotes))
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit
    prof = _make_profile(article)
    with _cache_lock:
        _cache[key] = prof
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return prof


def _make_profile(article: Article) -> Profile:
    text = article.text[:MAX_JUDGE_CHARS]
    toks = words(text)
    content_idx = [i for i, w in enumerate(toks) if w not in COMMON_WORDS and (len(w) > 1 or w.isdigit())]
    content = [toks[i] for i in content_idx]
    trigrams = {hash((content[i], content[i + 1], content[i + 2])) for i in range(len(content) - 2)}
    is_content = [w not in COMMON_WORDS for w in toks]
    phrases = {
        hash(tuple(toks[i : i + 4])) for i in range(len(toks) - 3) if sum(is_content[i : i + 4]) >= 2
    }
    names = {m.group(0).lower() for m in _CAPWORD.finditer(text)} - COMMON_WORDS
    return Profile(len(content), trigrams, phrases, names, _quote_texts(article, text), _day(article.published))


def _overlap(a: set, b: set) -> tuple[int, float]:
    """Shared items and their share of the smaller set."""
    if not a or not b:
        return 0, 0.0
    k = len(a & b) if len(a) < len(b) else len(b & a)
    return k, k / min(len(a), len(b))


def _quote_grams(quote: str) -> set[int]:
    """Word 3-grams of a folded quotation (the whole quotation when shorter)."""
    w = quote.split()
    return {hash(tuple(w[i : i + 3])) for i in range(max(1, len(w) - 2))}


def _shared_quotes(a: Profile, b: Profile) -> int:
    """Quotations of one article found (nearly word for word) among the other's.

    Word 3-grams pick the quotations worth comparing; rapidfuzz confirms them.
    """
    if not a.quotes or not b.quotes:
        return 0
    short, other = (a, b) if len(a.quotes) <= len(b.quotes) else (b, a)
    other_grams = [_quote_grams(o) for o in other.quotes[:60]]
    pool = set().union(*other_grams)
    hits = 0
    for q in short.quotes[:30]:
        grams = _quote_grams(q)
        if len(grams & pool) < max(1, len(grams) // 3):
            continue
        for o, og in zip(other.quotes, other_grams, strict=False):
            if grams & og and (fuzz.partial_ratio(q, o) if len(q) <= len(o) else fuzz.partial_ratio(o, q)) >= 90:
                hits += 1
                break
    return hits


@dataclass(slots=True)
class Evidence:
    """The judge's measurements for one pair, kept for explanations and tuning."""

    trigrams: int
    trigram_share: float
    phrases: int
    phrase_share: float
    names: float
    quotes: int
    days_apart: int | None
    aligned_share: float | None
    text_evidence: float
    score: float


_DATE_FACTOR = (1.5, 1.25, 1.0, 0.6, 0.6, 0.6, 0.6, 0.6, 0.25)
"""Evidence multiplier by days between publications: reports of one event appear within a day or two."""
ALIGN_BAND = (0.2, SAME_EVENT_THRESHOLD)
"""Scores in this band are settled by aligning the two articles sentence by sentence."""
ALIGN_FLOOR = 0.12
"""Aligned word share that same-topic reports reach by chance; only the excess counts."""
ALIGN_WEIGHT = 4.0
"""Evidence per unit of aligned word share above the floor ..."""
ALIGN_PAIRS = 3
"""... in full when at least this many sentence pairs align (less with fewer)."""


def _final(evidence: float, apart: int | None) -> float:
    if apart is not None:
        evidence *= _DATE_FACTOR[min(apart, len(_DATE_FACTOR) - 1)]
    return round(evidence / (1.0 + evidence), 4)


def judge(a: Profile, b: Profile) -> Evidence:
    """Weigh the textual evidence that two profiles report the same event (no alignment)."""
    k3, r3 = _overlap(a.trigrams, b.trigrams)
    k4, r4 = _overlap(a.phrases, b.phrases)
    _, rn = _overlap(a.names, b.names)
    q = _shared_quotes(a, b)
    apart = abs(a.day - b.day) if a.day is not None and b.day is not None else None
    # Phrasing carried over from a shared source, as a share of the shorter text backed by a count,
    # so that a few coincidental phrases in short texts do not decide.
    text = max(min(r3 / 0.04, k3 / 10.0), min(r4 / 0.04, k4 / 10.0))
    evidence = text + 0.3 * q + 0.3 * max(0.0, rn - 0.3)
    return Evidence(k3, round(r3, 4), k4, round(r4, 4), round(rn, 4), q, apart, None, round(evidence, 4),
                    _final(evidence, apart))


def weigh(a: Article, b: Article, pa: Profile | None = None, pb: Profile | None = None) -> Evidence:
    """The judge's full verdict: text evidence, then sentence alignment when the text alone is unsure.

    Rewrites of one briefing keep its statements in other words; the share of words in aligned
    sentences separates them from same-topic reports of another briefing, which share names and
    background but few statements.
    """
    ev = judge(pa or profile(a), pb or profile(b))
    if a.text.strip() and a.text == b.text:
        ev.score = 1.0
    elif ALIGN_BAND[0] <= ev.score < ALIGN_BAND[1]:
        al = alignment.align(a, b)
        share = alignment.shared_share(al, a, b)
        # One matching sentence (a shared name, a background line) is not several shared statements.
        support = min(1.0, len(al.pairs) / ALIGN_PAIRS)
        ev.aligned_share = share
        ev.score = _final(ev.text_evidence + ALIGN_WEIGHT * support * max(0.0, share - ALIGN_FLOOR),
                          ev.days_apart)
    return ev


def same_event(a: Article, b: Article) -> float:
    """Likelihood in [0, 1] that two articles report the same briefing or event."""
    return weigh(a, b).score


# --------------------------------------------------------------------------- batch grouping

FAST_ACCEPT_SHARED = 4
"""A candidate pair sharing this many sampled trigrams ..."""
FAST_ACCEPT_SHARE = 0.08
"""... making up this share of the smaller sample is accepted without the full judge."""
NAME_KEYS_UP_TO = 2_000
"""Batches up to this size also meet through shared names and numbers (rewrites sharing little phrasing),
and every candidate pair not accepted outright goes to the judge."""
MIN_SHARED_NAMES = 2
"""Pairs meeting only through the name sketch must share this many of its keys."""
LARGE_MIN_BINS = 2
"""Larger batches only consider pairs sharing this many MinHash bins (one shared bin is mostly chance)."""


def _bucket_pairs(keys: np.ndarray, docs: np.ndarray, cap: int) -> np.ndarray:
    """Pairs (as lo * n + hi codes, with repeats) of documents sharing a key, skipping keys held by > cap."""
    order = np.argsort(keys, kind="stable")
    keys, docs = keys[order], docs[order]
    starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    sizes = np.diff(np.concatenate((starts, [len(keys)])))
    n = int(docs.max()) + 1 if len(docs) else 0
    out = []
    for size in range(2, cap + 1):
        sel = starts[sizes == size]
        if not len(sel):
            continue
        members = docs[sel[:, None] + np.arange(size)[None, :]]
        ii, jj = np.triu_indices(size, 1)
        a, b = members[:, ii].ravel(), members[:, jj].ravel()
        lo, hi = np.minimum(a, b), np.maximum(a, b)
        keep = lo != hi
        out.append(lo[keep].astype(np.int64) * n + hi[keep])
    return np.concatenate(out) if out else np.zeros(0, dtype=np.int64)


def candidate_pairs(fps: Sequence[Fingerprint], use_names: bool = True, cap: int = MAX_BUCKET,
                    min_bins: int = 1) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Index pairs (i < j) sharing at least ``min_bins`` MinHash bins (or, with ``use_names``, a name key),
    with the number of bins they share."""
    n = len(fps)
    if n < 2:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    sig = np.stack([fpmod.minhash_keys(f) for f in fps])
    docs = np.repeat(np.arange(n), fpmod.BINS)
    flat = sig.ravel()
    full = flat != 0
    codes = _bucket_pairs(flat[full], docs[full], cap)
    codes, shared_bins = np.unique(codes, return_counts=True)
    if min_bins > 1:
        keep = shared_bins >= min_bins
        codes, shared_bins = codes[keep], shared_bins[keep]
    if use_names:
        name_keys = [fpmod.band_keys(f)[-len(f.names):] if len(f.names) else [] for f in fps]
        nk = np.array([k for ks in name_keys for k in ks], dtype=np.int64)
        nd = np.repeat(np.arange(n), [len(ks) for ks in name_keys])
        name_codes, name_counts = np.unique(_bucket_pairs(nk, nd, cap), return_counts=True)
        extra = np.setdiff1d(name_codes[name_counts >= MIN_SHARED_NAMES], codes, assume_unique=True)
        codes = np.concatenate((codes, extra))
        shared_bins = np.concatenate((shared_bins, np.zeros(len(extra), dtype=shared_bins.dtype)))
    return codes // n, codes % n, shared_bins


def _sample_overlaps(fps: Sequence[Fingerprint], lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Shared sampled trigrams of each pair and their share of the smaller sample, vectorised."""
    sizes = np.array([len(f.sample) for f in fps], dtype=np.int64)
    offsets = np.concatenate(([0], np.cumsum(sizes)))
    table = np.concatenate([(np.uint64(i) << np.uint64(32)) | f.sample.astype(np.uint64)
                            for i, f in enumerate(fps)]) if len(fps) else np.zeros(0, np.uint64)
    shared = np.zeros(len(lo), dtype=np.int64)
    small = np.where(sizes[lo] <= sizes[hi], lo, hi)
    big = np.where(sizes[lo] <= sizes[hi], hi, lo)
    step = 200_000
    for s in range(0, len(lo), step):
        sm, bg = small[s : s + step], big[s : s + step]
        reps = sizes[sm]
        total = int(reps.sum())
        if not total:
            continue
        pair = np.repeat(np.arange(len(sm)), reps)
        first = np.concatenate(([0], np.cumsum(reps)[:-1]))
        pos = np.repeat(offsets[sm] - first, reps) + np.arange(total)
        query = (bg[pair].astype(np.uint64) << np.uint64(32)) | (table[pos] & np.uint64(0xFFFFFFFF))
        at = np.minimum(np.searchsorted(table, query), len(table) - 1)
        shared[s : s + step] = np.bincount(pair, weights=table[at] == query, minlength=len(sm)).astype(np.int64)
    denom = np.maximum(np.minimum(sizes[lo], sizes[hi]), 1)
    return shared, shared / denom


class _UnionFind:
    """Disjoint sets over 0..n-1."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        p = self.parent
        while p[x] != x:
            p[x] = p[p[x]]
            x = p[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def group_articles(articles: Sequence[Article], fps: Sequence[Fingerprint] | None = None) -> list[list[int]]:
    """Cluster articles into events; returns lists of article ids (every article in exactly one list).

    Batches up to ALL_PAIRS_UP_TO are judged on every pair. Larger ones take LSH candidates (up to
    NAME_KEYS_UP_TO articles: any shared band or name key; beyond: LARGE_MIN_BINS shared bins).
    Pairs whose sampled trigrams clearly overlap are accepted outright; in small batches every other
    candidate goes to the judge, in large ones only those sharing some sampled trigram. Accepted
    pairs are joined transitively.
    """
    n = len(articles)
    if fps is None:
        fps = fingerprints([a.text for a in articles])
    if n <= ALL_PAIRS_UP_TO:
        lo, hi = (x.astype(np.int64) for x in np.triu_indices(n, 1))
        bins = np.zeros(len(lo), dtype=np.int64)
    else:
        small = n <= NAME_KEYS_UP_TO
        lo, hi, bins = candidate_pairs(fps, use_names=small, min_bins=1 if small else LARGE_MIN_BINS)
    shared, share = _sample_overlaps(fps, lo, hi)
    accept = (shared >= FAST_ACCEPT_SHARED) & (share >= FAST_ACCEPT_SHARE)
    ask = ~accept if n <= NAME_KEYS_UP_TO else ~accept & (shared >= 1)
    profiles: dict[int, Profile] = {}

    def prof(i: int) -> Profile:
        if i not in profiles:
            profiles[i] = profile(articles[i])
        return profiles[i]

    uf = _UnionFind(n)
    for i, j in zip(lo[accept].tolist(), hi[accept].tolist(), strict=True):
        uf.union(i, j)
    asked = 0
    for i, j in zip(lo[ask].tolist(), hi[ask].tolist(), strict=True):
        if uf.find(i) == uf.find(j):
            continue
        asked += 1
        if weigh(articles[i], articles[j], prof(i), prof(j)).score >= SAME_EVENT_THRESHOLD:
            uf.union(i, j)
    log.debug("grouping %d articles: %d candidates, %d accepted fast, %d judged", n, len(lo),
              int(accept.sum()), asked)
    clusters: dict[int, list[int]] = {}
    for i in range(n):
        clusters.setdefault(uf.find(i), []).append(articles[i].id)
    return sorted((sorted(c) for c in clusters.values()), key=lambda c: c[0])


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
                                          if w.lower() not in COMMON_WORDS) / (1 + len(a.title) / 80),
                                      -(_day(a.published) or 10**7), -a.id))
    return best.title.strip()
