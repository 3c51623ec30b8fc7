"""Case-blind scans of a whole page that try a pattern only where it can begin.

A case-insensitive pattern that SRE cannot start with a literal is tried at every character of the
page: the "Today: <date>" banner scan and the standfirst scan cost about 1 ms and 0.65 ms a page,
a tenth of the work our ingest adds to trafilatura's. Both patterns can only begin at one of a few
words (or at the tag holding one in its class), which ``str.find`` locates on the lower-cased page
in microseconds; the pattern is then matched at those places alone. The matches are exactly those
of ``finditer`` (a fuzz test compares them), so the output is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_CASE_TWINS = ("\u017f", "\u212a", "\u0130", "\u0131")
"""Non-ASCII letters that a case-insensitive pattern matches to ASCII ones (long s, the Kelvin sign, dotted and
dotless i): on a page holding one, a lower-cased search could miss a match, so the full scan runs instead."""


def lowered(text: str) -> str | None:
    """``text`` lower-cased with every offset kept, or None when lower-casing would move or hide a letter."""
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and any(c in text for c in _CASE_TWINS)):
        return None
    return low


def occurrences(low: str, words: Iterable[str], end: int) -> list[int]:
    """Every offset below ``end`` where one of ``words`` starts in ``low`` (overlaps included), sorted."""
    found: list[int] = []
    for word in words:
        at = low.find(word, 0, end)
        while at >= 0:
            found.append(at)
            at = low.find(word, at + 1, end)
    found.sort()
    return found


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int], endpos: int) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text, 0, endpos)`` gives, when every one of them begins at one of ``starts``
    (sorted): the leftmost match first, the next searched from where it ended, as ``finditer`` does."""
    done = 0
    for start in starts:
        if start < done:
            continue
        m = pattern.match(text, start, endpos)
        if m is not None:
            yield m
            done = max(m.end(), start + 1)


def tags_with_class_word(text: str, low: str, words: Iterable[str], end: int) -> list[int]:
    """Offsets of every ``<`` that may open a tag whose ``class`` value holds one of ``words`` before ``end``.

    From each word: the value's opening quote is the last quote before it (a quoted value holds no quote),
    ``class =`` must come right before that quote, and the tag's ``<`` lies after the last ``>`` before
    ``class``. Every ``<`` there is returned, so a pattern of that shape can only begin at one of them.
    """
    starts: set[int] = set()
    for at in occurrences(low, words, end):
        quote = max(text.rfind('"', 0, at), text.rfind("'", 0, at))
        if quote < 0:
            continue
        i = quote
        while i > 0 and text[i - 1].isspace():
            i -= 1
        if i == 0 or text[i - 1] != "=":
            continue
        i -= 1
        while i > 0 and text[i - 1].isspace():
            i -= 1
        if low[max(0, i - 5) : i] != "class":
            continue
        name = i - 5
        tag = text.find("<", text.rfind(">", 0, name) + 1, name)
        while tag >= 0:
            starts.add(tag)
            tag = text.find("<", tag + 1, name)
    return sorted(starts)
