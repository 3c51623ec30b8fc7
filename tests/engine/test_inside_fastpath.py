"""The one-bisection membership test of quote_ranges.Inside agrees with the plain per-range reading."""

from __future__ import annotations

import random

from reader.engine.quotes import _Inside


def _ranges(rng: random.Random, overlapping: bool) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for _ in range(rng.randint(0, 8)):
        start = pos + rng.randint(0, 5) if not overlapping else rng.randint(0, 60)
        end = start + rng.randint(0, 12)  # empty ranges and ranges that touch the next one included
        out.append((start, end))
        pos = end
    rng.shuffle(out)
    return out


def test_fast_membership_matches_plain_reading() -> None:
    rng = random.Random(20261207)
    fast_used = 0
    for case in range(3000):
        inside = _Inside(_ranges(rng, overlapping=case % 3 == 0))
        fast_used += inside.bounds is not None
        for pos in range(-2, 80):
            assert inside(pos) == inside._plain(pos), (inside.ranges, pos)
    assert fast_used > 1500  # most cases take the one-bisection path


def test_overlapping_ranges_take_the_plain_path() -> None:
    inside = _Inside([(0, 100), (10, 20)])
    assert inside.bounds is None
    assert [inside(p) for p in (5, 15, 50)] == [True, True, False]  # as the plain reading has always answered
