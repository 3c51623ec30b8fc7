"""Jumping over quotations when searching for cues must find exactly the cues a full search keeps."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine.cues import CUE
from reader.engine.quote_marks import pairs
from reader.engine.quotes import _cues_outside, _Inside, _skippable

_PIECES = ["said", "says", "according", "to", "pointed", "out", " ", " ", "\n\n", "\"", "“", "”", "'", "’",
           "«", "»", "Ann", "told", "he", ",", ".", "-", "x", "Said", "in the words of", "went on"]


def _plain(text: str, lo: int, hi: int, quoted: _Inside) -> list[tuple[int, int]]:
    return [m.span() for m in CUE.finditer(text, lo, hi) if not quoted(m.start())]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.integers(0, 200), st.integers(0, 200),
       st.lists(st.tuples(st.integers(0, 200), st.integers(0, 12)), max_size=4))
def test_cue_search_jumping_quotes_agrees_with_a_full_search(pieces: list[str], a: int, b: int,
                                                             extra: list[tuple[int, int]]) -> None:
    text = "".join(pieces)
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    ranges = [(mk.open, mk.close) for mk, _ in pairs(text)]
    ranges += [(s, min(len(text), s + n)) for s, n in extra if s < len(text)]  # unclosed and overlapping too
    quoted = _Inside(ranges)
    found = [m.span() for m in _cues_outside(text, lo, hi, quoted, _skippable(text, quoted))]
    assert found == _plain(text, lo, hi, quoted)


def test_a_cue_right_before_a_jumped_quote_still_sees_its_mark() -> None:
    text = "Ann said' so' and 'he told' me"  # a mark the cue's look-ahead refuses, right after the cue
    for ranges in ([(8, 13)], [(8, 13), (18, 27)], [(4, 13)], [(0, 30)]):
        quoted = _Inside(ranges)
        for lo in range(len(text)):
            for hi in range(lo, len(text) + 1):
                found = [m.span() for m in _cues_outside(text, lo, hi, quoted, _skippable(text, quoted))]
                assert found == _plain(text, lo, hi, quoted), (ranges, lo, hi)
