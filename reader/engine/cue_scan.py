"""Finding the cue words of many sentences: exactly the matches of :data:`reader.engine.cues.CUE`, faster.

The quote finder asks for the cues of every sentence of every article. ``CUE`` opens with a
look-behind, which the regex engine tries at every character; the scans here open with a literal
instead, and one scan serves all the sentences of an article.
"""

from __future__ import annotations

import bisect
import re

from reader.engine.cues import CUE as _CUE
from reader.engine.models import Sentence

__all__ = ["cues_between", "sentence_cues"]

_CUE_BEFORE, _CUE_AFTER = r"(?<![\w’'-])", r"(?![\w’'-])"
assert _CUE.pattern.startswith(_CUE_BEFORE) and _CUE.pattern.endswith(_CUE_AFTER), "cues.CUE changed its guards"
_CUE_BODY = _CUE.pattern[len(_CUE_BEFORE) : -len(_CUE_AFTER)]
_CUE_SPACED = re.compile(" " + _CUE_BODY + _CUE_AFTER)
_CUE_UNSPACED = re.compile(r"[^a-zA-Z0-9_'\- ](?<=[^\w’'-])" + _CUE_BODY + _CUE_AFTER)
""":data:`_CUE`'s matches split by the character before the cue, which each of the two patterns consumes.

A pattern that opens with a look-behind is tried at every character. One that opens with a literal
lets the regex engine jump from space to space, and almost every cue follows a space; the few others
follow a line break, a quote mark or the like, which the second pattern finds by a class the engine
skips to (anything but an ASCII word character, a hyphen, an apostrophe or a space), its look-behind
then telling the exact class of :data:`_CUE`'s. Every cue ends in a letter, so the character before
one never lies inside the cue before it."""
_WORDISH = re.compile(r"[\w’'-]")
"""The characters :data:`_CUE`'s look-ahead rejects after a cue."""


def cues_between(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """What ``_CUE.finditer(text, lo, hi)`` finds, as (start, end, cue); its look-behind sees before ``lo``.

    Each scan takes its cues left to right, skipping any that starts inside one it took, as the plain
    scan does over both kinds: when no two cues of the two scans overlap, they are the plain scan's
    (its first cue is the first of one of them; a cue either scan skipped after it would overlap it).
    A cue starts inside another only after a space inside a cue of several words ("according to"), so
    none does with the cues of :mod:`reader.engine.cues`; should the scans overlap, the plain scan answers.
    """
    pos = lo - 1
    first = None
    if lo == 0:  # no character before the text: the plain pattern tells whether a cue opens it
        first = _CUE.match(text, 0, hi)
        pos = first.end() if first is not None else 0
    found = [(m.start() + 1, m.end()) for m in _CUE_SPACED.finditer(text, pos, hi)]
    others = [(m.start() + 1, m.end()) for m in _CUE_UNSPACED.finditer(text, pos, hi)]
    if others:
        found = sorted(found + others)
    if first is not None:
        found.insert(0, (0, first.end()))
    out: list[tuple[int, int, str]] = []
    last = -1
    for start, end in found:
        if start < last:
            return [(m.start(), m.end(), m.group()) for m in _CUE.finditer(text, lo, hi)]
        out.append((start, end, text[start:end]))
        last = end
    return out


def sentence_cues(text: str, sentences: list[Sentence]) -> list[list[tuple[int, int, str]]]:
    """For each sentence, what ``cues_between(text, s.start, s.end)`` finds, from one scan over all of them.

    A scan limited to a sentence differs from the whole scan only at the sentence's edges: a cue the
    whole scan finds may cross its start or its end, and at its end the limited look-ahead sees the end
    of the text where the whole scan sees the next character. Such a sentence is scanned on its own.
    """
    if not sentences:
        return []
    lo, hi = sentences[0].start, max(s.end for s in sentences)
    found = cues_between(text, lo, hi)
    starts = [c[0] for c in found]
    out: list[list[tuple[int, int, str]]] = []
    for s in sentences:
        a, b = s.start, s.end
        k = bisect.bisect_left(starts, a)
        j = bisect.bisect_left(starts, b, k)
        if a < lo or (k > 0 and found[k - 1][1] > a) or (j > k and found[j - 1][1] > b) or \
                (b < hi and _WORDISH.match(text, b) is not None):
            out.append(cues_between(text, a, b))
        else:
            out.append(found[k:j])
    return out
