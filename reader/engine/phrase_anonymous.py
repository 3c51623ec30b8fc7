"""Speakers described, not named, at the end of the words before a cue ("a man who watched the fire",
"two senior officials", "residents").

Split from :mod:`reader.engine.phrases`, which reads the whole phrase before a cue; these tests find the
unnamed source it may end in.
"""

from __future__ import annotations

import re

from reader.engine.phrase_core import NounPhrase
from reader.engine.speaker_words import ANON, ANY_SOURCE_HEAD, BARE_ANON, anonymous_phrase, time_owned

_WHO_CLAUSE = re.compile(r"\s+who\s+(?=[a-z])")


_SOMEONE_WHO = re.compile(
    r"\s*(?:[A-Z][\w .,’'-]{0,40}?\s[—–-]\s+)?((?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,2}?(?:man|woman|person))"
    r"\s+who\s+[a-z]"
)
"""'A man who watched the fire reach his street on Black Saturday said': someone described, opening the clause
(after a dateline's dash, if any)."""


_RELATIVE_END = re.compile(r"\s+(?:who|that)\s*$")
_CLAUSE_INSIDE = re.compile(r"\s(?:which|whom|whose)\s")


def anonymous_tail(text: str, lo: int, hi: int) -> NounPhrase | None:
    segment = text[lo:hi]
    cut = max(segment.rfind(","), segment.rfind(";"), segment.rfind(" that "))
    base = lo + cut + 1 if cut >= 0 else lo
    someone = _SOMEONE_WHO.match(text, base, hi) if " who " in segment else None
    if someone is not None and len(segment.split()) <= 40:
        return NounPhrase(someone.start(1), someone.end(1), "anonymous", anonymous_phrase(someone.group(1)) or
                          someone.group(1)[:1].lower() + someone.group(1)[1:])
    if ANY_SOURCE_HEAD.search(text, base, hi) is not None:  # every match of ANON holds a source's head word
        for m in ANON.finditer(text, base, hi):
            if _CLAUSE_INSIDE.search(m.group(), 2) is not None:
                continue  # "a statement which the ministry spokesperson said": a clause's own subject follows
            rest = text[m.start() : hi]
            who = _WHO_CLAUSE.search(rest) if not text[base : m.start()].strip() else None  # opening the clause
            if who is not None and len(rest.split()) <= 40:
                # "A farmer who watched the blaze reach his orchard on Red Sunday said": the farmer
                head = rest[: who.start()]
                return NounPhrase(m.start(), m.start() + len(head), "anonymous", anonymous_phrase(head) or head)
            if len(rest.split()) <= 12 and not time_owned(rest):
                bare = _RELATIVE_END.sub("", rest)  # "telling one man who proclaimed": the man, not "who"
                return NounPhrase(m.start(), m.start() + len(bare), "anonymous", anonymous_phrase(bare) or bare)
    elif not _word_char_before(text, base):
        # BARE_ANON ends in a head word too, the same word in the same place: only the word-boundary test
        # at ``base`` differs, the whole text looking at the character before it and the slice seeing none
        return None
    m = BARE_ANON.match(text[base:hi].strip())
    if m and m.end() >= len(text[base:hi].strip()):
        phrase = text[base:hi].strip()
        return NounPhrase(hi - len(phrase), hi, "anonymous", phrase)
    return None


def _word_char_before(text: str, pos: int) -> bool:
    """Whether the character before ``pos`` is one that ``\\w`` matches."""
    before = text[pos - 1 : pos] if pos > 0 else ""
    return before.isalnum() or before == "_"
