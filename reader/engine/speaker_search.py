"""Finding a speaker by what a user types: part of the name, or another spelling of it.

Names of the same person reach the library in several transliterations (Dmitry / Dmitri,
Zelensky / Zelenskyy, Peskov / Peskow). A journalist filtering quotes types the spelling they
know; asking them to guess ours would hide quotes they are looking for. A speaker matches when
the typed text is part of the name (as before), or when every typed word is the start of a
word of the name or spelled almost like one.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz

from reader.engine.text import plain_fold

SIMILAR = 80
"""rapidfuzz ratio at or above which two name words are spellings of one another."""
MIN_FUZZY = 4
"""Typed words shorter than this must match the start of a name word exactly."""


def _word_matches(typed: str, word: str) -> bool:
    if word.startswith(typed):
        return True
    return len(typed) >= MIN_FUZZY and fuzz.ratio(typed, word) >= SIMILAR


def speaker_matches(query: str, name: str) -> bool:
    """Whether a speaker's canonical name answers what the user typed."""
    q, n = plain_fold(" ".join(query.split())), plain_fold(name)
    if not q:
        return True
    if q in n:
        return True
    typed, words = q.split(), n.split()
    if len(typed) > len(words):
        return False
    free = list(words)
    for t in typed:
        hit = next((w for w in free if _word_matches(t, w)), None)
        if hit is None:
            return False
        free.remove(hit)
    return True


def matching_speakers(query: str, names: Iterable[str]) -> list[str]:
    """The names among ``names`` that answer the query, in their given order."""
    return [n for n in names if n and speaker_matches(query, n)]
