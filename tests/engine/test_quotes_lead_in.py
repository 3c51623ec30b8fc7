"""Searching only the end of the words before a quote for its lead-in finds what searching them all does."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine.quote_kinds import _LEAD_IN, _LEAD_IN_REACH

_PIECES = ["he", "said", "explained", "continued", "Ann", " ", "  ", ",", ":", "—", "-", "(", "“", "x", "unsaid",
           "says", "\n", "adding", ".", "told"]


def test_reach_covers_the_longest_match() -> None:
    words = re.search(r"\\b\(\?:(.*?)\)\\b", _LEAD_IN.pattern).group(1).split("|")  # type: ignore[union-attr]
    assert max(map(len, words)) + 3 + 8 <= _LEAD_IN_REACH  # the cue, its marks, and room for the boundary


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_lead_in_searched_at_the_end_only(pieces: list[str]) -> None:
    head = "".join(pieces).rstrip()
    full, tail = _LEAD_IN.search(head), _LEAD_IN.search(head[-_LEAD_IN_REACH:])
    assert (full is None) == (tail is None)
    if full is not None and tail is not None:
        assert full.group() == tail.group()
