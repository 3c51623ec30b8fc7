"""Which positions of a text lie inside quotation marks: a membership test asked many times an article.

Kept apart from :mod:`reader.engine.quotes`, whose cue and subject loops ask it (about seventy times an
article), so that its fast path and the test comparing it with the plain reading sit beside each other.
"""

from __future__ import annotations

import bisect
from bisect import bisect_right as _bisect_right

__all__ = ["Inside"]


class Inside:
    """Membership test for sorted, non-overlapping ranges."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = sorted(ranges)
        self.starts = [s for s, _ in self.ranges]
        # The ranges' ends in order, start, end, start, end: when they never go back, a position lies in a
        # range exactly when an odd number of them are at or before it, one bisection with no indexing.
        # Asked some seventy times an article; ranges that do overlap are told the plain way.
        bounds = [p for r in self.ranges for p in r]
        self.bounds = bounds if all(a <= b for a, b in zip(bounds, bounds[1:], strict=False)) else None

    def __call__(self, pos: int) -> bool:
        if self.bounds is not None:
            return _bisect_right(self.bounds, pos) & 1 == 1
        return self._plain(pos)

    def _plain(self, pos: int) -> bool:
        """:meth:`__call__` read from the range that starts last at or before ``pos``, whatever the overlaps."""
        k = bisect.bisect_right(self.starts, pos) - 1
        return k >= 0 and self.ranges[k][0] <= pos < self.ranges[k][1]

    def last_end(self, lo: int, pos: int) -> int:
        """End of the last range that closes in ``[lo, pos]``, or ``lo``."""
        k = bisect.bisect_right(self.starts, pos) - 1
        while k >= 0:
            s, e = self.ranges[k]
            if e <= pos:
                return max(lo, e)
            k -= 1
        return lo

    def next_start(self, pos: int, hi: int) -> int:
        """Start of the first range that opens in ``[pos, hi)``, or ``hi``."""
        k = bisect.bisect_left(self.starts, pos)
        return min(hi, self.starts[k]) if k < len(self.starts) else hi
