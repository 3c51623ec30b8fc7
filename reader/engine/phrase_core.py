"""Classifying a noun phrase (name, pronoun, role, anonymous source, organisation) and finding the phrase that
ends at a position: what both readers of a cue's phrase, before it (:mod:`reader.engine.phrases`) and after it
(:mod:`reader.engine.phrase_after`), are built on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.engine import phrase_patterns as pp
from reader.engine.speaker_words import (
    NAME_DESCRIPTORS,
    ORG_WORDS,
    PARTICLES,
    PLURAL_PRONOUNS,
    PRONOUNS,
    ROLE_NOUNS,
    TITLE_WORDS,
    anonymous_phrase,
    bare_word,
    capitalised,
    is_title,
    looks_like_name,
    split_titles,
)

__all__ = ["NounPhrase"]

_TOKEN = re.compile(r"\S+")


@dataclass(slots=True)
class NounPhrase:
    """Words naming a speaker: the span, a kind (name/pronoun/role/anonymous/org) and details."""

    start: int
    end: int
    kind: str
    text: str
    name: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


def _classify(text: str, start: int, end: int, roles: list[str] | None = None) -> NounPhrase | None:
    words = text[start:end].split()
    if not words:
        return None
    while words and (words[0].lower() in pp.LEAD_DROP or bare_word(words[0]) in NAME_DESCRIPTORS) and len(words) > 1:
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
    phrase = text[start:end]
    low = [bare_word(w) for w in words]
    if len(words) == 1 and low[0] in _ANY_PRONOUN:
        return NounPhrase(start, end, "pronoun", phrase)
    if pp.HONORIFIC.fullmatch(phrase):
        return NounPhrase(start, end, "pronoun", phrase)  # "His Highness added": the person named before
    anon = anonymous_phrase(phrase)
    if anon is not None and low[0] not in {"the"}:
        return NounPhrase(start, end, "anonymous", anon, roles=list(roles or []))
    if "on" in low[1:-1] and low[low.index("on", 1) - 1] in pp.ON_HEADS:
        # "the Council on Foreign Relations": a body's name, whatever title words it holds
        org = " ".join(words[1:] if low[0] in pp.DETERMINERS else words)
        return NounPhrase(start, end, "org", org.rstrip(".,"))
    if len(words) >= 2 and low[-1] in pp.ORG_HEADS and words[-1][:1].isupper():
        # "Velmia's State Information Service": a body, though "State" is a title word and the rest a name's shape
        org = " ".join(words[1:] if low[0] in pp.DETERMINERS else words)
        return NounPhrase(start, end, "org", org.rstrip(".,"))
    titles, name = split_titles(words if low[0] not in pp.DETERMINERS else words[1:])
    extra = list(roles or [])
    if name and looks_like_name(name):
        name_start = end - len(" ".join(name))
        if text[name_start:end] == " ".join(name):
            start = name_start
        return NounPhrase(start, end, "name", " ".join(name), name=name, roles=titles + extra)
    if low[-1] in ROLE_NOUNS:
        return NounPhrase(start, end, "role", phrase, roles=[low[-1], *extra])
    if low[-1].endswith("-elect") and low[-1][:-6] in ROLE_NOUNS:
        return NounPhrase(start, end, "role", phrase, roles=[low[-1][:-6], *extra])  # "the president-elect"
    if len(low) > 2 and low[-2] == "news" and low[-1] in pp.ORG_NOUNS and capitalised(words[-3]):
        # "Russia's Korr news agency reported": the agency is called by its name, without its owner
        k = len(words) - 3
        while k > 0 and capitalised(words[k - 1]) and not words[k - 1].endswith(("’s", "'s")) \
                and low[k - 1] not in pp.DETERMINERS:
            k -= 1
        return NounPhrase(start, end, "org", " ".join(words[k:-2]))
    if name and name[0][:1].isupper() or low[-1] in pp.ORG_NOUNS or any(bare_word(t) in ORG_WORDS for t in titles):
        if low[-1] in pp.ORG_NOUNS:
            words = _owner_titles_dropped(words)
        org = " ".join(words[1:] if bare_word(words[0]) in pp.DETERMINERS else words)
        return NounPhrase(start, end, "org", org.rstrip(".,"))
    return None


def _owner_titles_dropped(words: list[str]) -> list[str]:
    """ "Israeli Prime Minister Benjamin Netanyahu's office" -> "Benjamin Netanyahu's office": the owner's name only."""
    k = next((i for i, w in enumerate(words) if w.endswith(("’s", "'s"))), -1)
    j = k
    while j > 0 and words[j - 1][:1].isupper() and not is_title(words[j - 1]):
        j -= 1
    return words[j:] if 0 < j < k + 1 and j <= k and any(is_title(w) for w in words[:j]) else words


_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
_TAIL_WINDOW = 120
_ANY_PRONOUN = PRONOUNS | PLURAL_PRONOUNS


def _tail(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase that ends at ``hi``: capitalised words, titles and a leading determiner."""
    if hi - lo > _TAIL_WINDOW:
        # The phrase is read backwards from ``hi`` and is short, so try the whole words of a window first;
        # only a window read to its first word without stopping needs the full span.
        cut = text.find(" ", hi - _TAIL_WINDOW, hi)
        if cut > lo:
            stopped, span = _tail_tokens(text, cut, hi)
            if stopped:
                return span
    return _tail_tokens(text, lo, hi)[1]


def _tail_tokens(text: str, lo: int, hi: int) -> tuple[bool, tuple[int, int] | None]:
    """:func:`_tail` over the words of ``text[lo:hi]``, and whether the scan stopped before running out of words."""
    seg = text[lo:hi]
    toks = seg.split()  # the words only: offsets are needed for the phrase's ends alone, found after the scan
    if not toks:
        return False, None
    first = len(toks)
    stopped = True
    for i in range(len(toks) - 1, -1, -1):
        w = toks[i]
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
        ) or (b in pp.ORG_MODIFIERS and i == len(toks) - 2 and bare_word(toks[-1]) in pp.ORG_NOUNS) or (
            b == "on" and 0 < i < len(toks) - 1 and capitalised(toks[i - 1]) and bare_word(toks[i - 1]) in pp.ON_HEADS
        ) or (i < len(toks) - 1 and _ORDINAL.fullmatch(w) is not None):  # "the 3rd U.S. Circuit Court of Appeals"
            first = i
            stopped = i > 0
            continue
        break
    if first == len(toks):
        return stopped, None
    end = len(seg.rstrip())
    return stopped, (lo + _word_start(seg, toks, first, end), lo + end)


def _word_start(seg: str, words: list[str], k: int, end: int) -> int:
    """Offset in ``seg`` of ``words[k]``, of the words ``seg.split()`` gives, the last of them ending at ``end``.

    Read back from the end: a word holds no space, so the last copy of each word before the next one's
    start is that word itself.
    """
    pos = end
    for j in range(len(words) - 1, k - 1, -1):
        pos = seg.rfind(words[j], 0, pos)
    return pos
