"""Batch grouping's vectorised sampled overlaps against fingerprint.sample_overlap, pair by pair."""

from __future__ import annotations

import numpy as np

from reader.engine import fingerprint as fpmod
from reader.engine import grouping


def test_sampled_overlaps_of_all_pairs_are_those_of_each_pair() -> None:
    """Asked pairs take their overlap from the batch count: it must be the pair's own for increasing samples."""
    rng = np.random.default_rng(53)
    for _ in range(60):
        pool = rng.integers(0, int(rng.choice([20, 300, 2**32 - 1])), 400, dtype=np.uint32)
        fps = []
        for _ in range(int(rng.integers(2, 30))):
            sample = np.unique(rng.choice(pool, int(rng.choice([0, 1, 2, 10, 120])))).astype(np.uint32)
            fps.append(fpmod.Fingerprint(np.zeros(fpmod.BINS, dtype=np.uint64), sample,
                                         np.zeros(0, dtype=np.uint64), len(sample)))
        lo, hi = (x.astype(np.int64) for x in np.triu_indices(len(fps), 1))
        shared, share = grouping.sample_overlaps(fps, lo, hi)
        for i, j, k, r in zip(lo.tolist(), hi.tolist(), shared.tolist(), share.tolist(), strict=True):
            assert (k, r) == fpmod.sample_overlap(fps[i], fps[j])
