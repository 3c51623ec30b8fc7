"""The quote finder's cue scan finds exactly what ``cues.CUE.finditer`` finds over each sentence.

It consumes the character before each cue so the regex engine can skip ahead; the look-behind of
``CUE`` sees past the start of the scan, so slices that start inside words, on punctuation or at
the very start of the text must all agree.
"""

from __future__ import annotations

import random

from reader.engine.cues import CUE
from reader.engine.quotes import _cues

_PIECES = ["said", "says", "Said", "say", "saying", "told", "according to", "According to", "in the words of",
           "pointed out", "pointed  out", "put it", "read", "reads", "unsaid", "said-so", "said’s", "'said",
           "’said", "-said", "told", "added", "Ann", "Roe", "he", "the", "_", "é", "saidé", "x", "1", "2said",
           " ", " ", "  ", "\n", "\n\n", ",", ".", ":", "“", "”", "\"", "'", "’", "(", ")", "—", "-", "\u00a0",
           "called", "calls", "claimed", "went on", "goes on", "labelled", "labeled", "emphasised", "s", "ai", "d"]


def _plain(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in CUE.finditer(text, lo, hi)]


def test_cue_scan_agrees_with_the_cue_pattern() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30)))
        assert _cues(text, 0, len(text)) == _plain(text, 0, len(text)), text
        for _ in range(4):
            lo = rng.randint(0, len(text))
            hi = rng.randint(lo, len(text))
            assert _cues(text, lo, hi) == _plain(text, lo, hi), (text, lo, hi)
