"""The cue scan (reader.engine.cue_scan) finds exactly what ``cues.CUE.finditer`` finds over each sentence.

It scans for cues after a space and after any other character apart, consuming that character so the
regex engine can skip ahead, and scans all sentences at once; the look-behind of ``CUE`` sees past the
start of a scan, so slices that start inside words, on punctuation or at the very start of the text,
cues of several words and sentences cut anywhere must all agree.
"""

from __future__ import annotations

import random
import re

import pytest

from reader.engine import cue_scan
from reader.engine.cue_scan import cues_between as _cues
from reader.engine.cue_scan import sentence_cues as _sentence_cues
from reader.engine.cues import CUE
from reader.engine.models import Sentence

_PIECES = ["said", "says", "Said", "say", "saying", "told", "according to", "According to", "in the words of",
           "pointed out", "pointed  out", "put it", "read", "reads", "unsaid", "said-so", "said’s", "'said",
           "’said", "-said", "told", "added", "Ann", "Roe", "he", "the", "_", "é", "saidé", "x", "1", "2said",
           " ", " ", "  ", "\n", "\n\n", ",", ".", ":", "“", "”", "\"", "'", "’", "(", ")", "—", "-", "\u00a0",
           "called", "calls", "claimed", "went on", "goes on", "labelled", "labeled", "emphasised", "s", "ai", "d",
           "according\nto", "in the  words of", "pointed\tout", "put it", "puts\u2009it", "\u2009", "\t", "according"]


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


def test_one_scan_for_all_sentences_agrees_with_a_scan_per_sentence() -> None:
    rng = random.Random(9)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40)))
        cuts = sorted(rng.randint(0, len(text)) for _ in range(rng.randint(0, 8)))
        bounds = [0, *cuts, len(text)]
        sentences = [Sentence(i, a, b, text[a:b]) for i, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False))]
        if rng.random() < 0.3:  # sentences that skip some text, overlap or come out of order
            rng.shuffle(sentences)
            sentences = sentences[: rng.randint(0, len(sentences))]
        got = _sentence_cues(text, sentences)
        assert got == [_plain(text, s.start, s.end) for s in sentences], (text, sentences)


def test_a_cue_inside_a_cue_of_several_words_falls_back_to_the_plain_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a cue list where one cue's inner word starts another, the two scans could disagree with one."""
    body = r"according\s+to|to\s+say|say|x\s+y|y"
    after = r"(?![\w’'-])"
    monkeypatch.setattr(cue_scan, "_CUE", re.compile(r"(?<![\w’'-])(?:" + body + ")" + after))
    monkeypatch.setattr(cue_scan, "_CUE_SPACED", re.compile(" (?:" + body + ")" + after))
    unspaced = re.compile(r"[^a-zA-Z0-9_'\- ](?<=[^\w’'-])(?:" + body + ")" + after)
    monkeypatch.setattr(cue_scan, "_CUE_UNSPACED", unspaced)
    rng = random.Random(10)
    pieces = ["according", "to", "say", "x", "y", " ", " ", "\n", "“", "a"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        assert _cues(text, lo, hi) == _plain_with(cue_scan._CUE, text, lo, hi), (text, lo, hi)


def _plain_with(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text, lo, hi)]
