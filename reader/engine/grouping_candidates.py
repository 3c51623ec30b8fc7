"""Candidate pairs for batch grouping: articles sharing MinHash band keys or name keys, and their shared sample.

Split from :mod:`reader.engine.grouping`, which judges the candidates: this module only finds,
with a few vectorised passes over all fingerprints, which pairs are worth judging and how much
sampled phrasing they share (a containment estimate that accepts clear rewrites outright).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from reader.engine import fingerprint as fpmod
from reader.engine.fingerprint import Fingerprint

MAX_BUCKET = 60
"""Batch grouping ignores band keys shared by more articles than this (common phrases, boilerplate)."""
MIN_SHARED_NAMES = 2
"""Pairs meeting only through the name sketch must share this many of its keys."""

__all__ = ["MAX_BUCKET", "MIN_SHARED_NAMES", "candidate_pairs", "sample_overlaps"]


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


def sample_overlaps(fps: Sequence[Fingerprint], lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Shared sampled trigrams of each pair and their share of the smaller sample, vectorised."""
    sizes = np.array([len(f.sample) for f in fps], dtype=np.int64)
    offsets = np.concatenate(([0], np.cumsum(sizes)))
    table = np.concatenate([(np.uint64(i) << np.uint64(32)) | f.sample.astype(np.uint64)
                            for i, f in enumerate(fps)]) if len(fps) else np.zeros(0, np.uint64)
    shared = np.zeros(len(lo), dtype=np.int64)
    small = np.where(sizes[lo] <= sizes[hi], lo, hi)
    big = np.where(sizes[lo] <= sizes[hi], hi, lo)
    step = 50_000
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
