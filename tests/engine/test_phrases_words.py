"""Reading a phrase's words with str.split, placing only its ends, agrees with a token-by-token scan."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine import phrase_patterns as pp
from reader.engine.phrase_core import _ANY_PRONOUN, _tail_tokens
from reader.engine.phrases import _last_words
from reader.engine.speaker_words import PARTICLES, ROLE_NOUNS, TITLE_WORDS, bare_word, capitalised

_TOKEN = re.compile(r"\S+")
_PIECES = ["Peskov", "said", "the", "spokesman", ",", ", ", " ", "  ", "\n", "\u2003", "Mr.", "also", "later",
           "who", "which", "his", "Ann", "Roe’s", "mayor's", "a", "Kremlin", "x", "de", "on", "Monday", ";", "\t",
           "news", "agency", "Committee", "3rd", "coast", "guard"]


def _plain_last_tokens(text: str, lo: int, cue: int) -> list[tuple[int, int, str]]:
    for start in (max(lo, cue - 80), lo):
        toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, cue)]
        while toks and bare_word(toks[-1][2]) in pp.SKIP_TAIL and not toks[-1][2].endswith(","):
            toks.pop()
        if len(toks) >= 3 or start == lo:
            return toks
    return []


def _plain_tail_tokens(text: str, lo: int, hi: int) -> tuple[bool, tuple[int, int] | None]:
    """The scan as first written: every token placed by the regex."""
    toks = [(m.start() + lo, m.end() + lo, m.group()) for m in _TOKEN.finditer(text[lo:hi])]
    if not toks:
        return False, None
    first = len(toks)
    stopped = True
    for i in range(len(toks) - 1, -1, -1):
        s, e, w = toks[i]
        if i < len(toks) - 1 and w[-1:] in ",;:":
            break
        b = bare_word(w)
        if b in _ANY_PRONOUN and i == len(toks) - 1:
            first = i
            break
        if b in pp.DETERMINERS or (b in pp.POSSESSIVE and i < len(toks) - 1):
            first = i
            break
        if b[-2:] in ("’s", "'s") and i < len(toks) - 1 and (b[:-2] in TITLE_WORDS or b[:-2] in ROLE_NOUNS):
            b = b[:-2]  # "the mayor's office": a role's possessive belongs to the phrase
        if capitalised(w) or b in TITLE_WORDS or b in ROLE_NOUNS or b in pp.ORG_NOUNS or (
            b in PARTICLES and i < len(toks) - 1
        ) or (b in pp.ORG_MODIFIERS and i == len(toks) - 2 and bare_word(toks[-1][2]) in pp.ORG_NOUNS) or (
            b == "on" and 0 < i < len(toks) - 1 and capitalised(toks[i - 1][2])
            and bare_word(toks[i - 1][2]) in pp.ON_HEADS
        ) or (i < len(toks) - 1 and re.fullmatch(r"\d{1,3}(?:st|nd|rd|th)", w) is not None):
            first = i
            stopped = i > 0
            continue
        break
    if first == len(toks):
        return stopped, None
    return stopped, (toks[first][0], toks[-1][1])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60), st.integers(0, 300), st.integers(0, 300))
def test_word_scans_agree_with_token_scans(pieces: list[str], a: int, b: int) -> None:
    text = "".join(pieces)
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    words, end = _last_words(text, lo, hi)
    toks = _plain_last_tokens(text, lo, hi)
    assert words[-2:] == [t[2] for t in toks][-2:]
    assert end == (toks[-1][1] if toks else -1)
    assert len(words) == len(toks)
    assert _tail_tokens(text, lo, hi) == _plain_tail_tokens(text, lo, hi)
