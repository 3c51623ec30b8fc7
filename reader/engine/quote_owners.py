"""Whose words a quotation is when no cue of its own names the speaker: a possessive ("Vesel's remark that
..."), the issuer of the document it is read from, or, for a verb with no subject of its own, the body its
sentence opens with.

'Asked about Chancellor Irma Vesel's statement that the bloc should now "carry its own weight",
the spokesman declined': no cue names the speaker, and the sentence's subject (the spokesman) did not say
it; the possessive before the words does. Kept apart from :mod:`reader.engine.quotes`, which calls it for a
quotation no cue claims.
"""

from __future__ import annotations

import re

from reader.engine import speakers as sp
from reader.engine.models import Sentence, Span
from reader.engine.phrase_after import np_after
from reader.engine.quote_attributions import Attribution
from reader.engine.quote_marks import Mark

__all__ = ["document_issuer", "opening_body", "owner_of_words"]

_SAYING_NOUNS = (
    "statement|remark|comment|claim|assertion|words|pledge|promise|call|warning|description|suggestion|vow|"
    "insistence|admission|declaration|argument|contention|description|announcement"
)
_OWNED = re.compile(
    r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})[’']s\s+(?:(?:recent|earlier|latest|own|public)\s+)?"
    r"(?:(?:" + _SAYING_NOUNS + r")s?\s+(?:that|about|of)\s[^.;!?\"“”«»]{0,200}"
    r"|(?:" + _SAYING_NOUNS + r"|message|reply|response|answer|verdict)\s+(?:was|is)\b[^.;!?\"“”«»:]{0,40}:\s*)$"
)
"""'X's statement that ... "', and 'X's message was clear: "'."""


def owner_of_words(text: str, lo: int, open_at: int, cast: sp.Cast) -> tuple[sp.NounPhrase, str] | None:
    """The person (phrase and resolved name) whose remark the quote opening at ``open_at`` is part of."""
    window = text[max(lo, open_at - 260) : open_at]
    if "’s " not in window and "'s " not in window:
        return None  # no possessive before the quote: most quotes, told without a regex
    m = _OWNED.search(text, max(lo, open_at - 260), open_at)
    if m is None:
        return None
    np = sp.np_before(text, max(lo, m.start(1) - 60), m.end(1))
    if np is None or np.kind not in ("name", "org"):
        return None
    name = cast.resolve(np)
    return (np, name) if name else None


def opening_body(text: str, lo: int, hi: int, cast: sp.Cast) -> tuple[sp.NounPhrase, str | None] | None:
    """The body a sentence opens with, as the speaker of a verb that has no subject of its own, else None.

    "The Velm Reserve Bank cut rates, saying ..." and "The agency gave a figure, but later said ...": the
    sentence's subject (found for people only) is a body here; resolving it also makes it what a later "it"
    stands for.
    """
    opening = np_after(text, lo, hi)
    if opening is None or opening.kind != "org":
        return None
    return opening, cast.resolve(opening)


_DOCUMENT_NOUN = re.compile(r"\b(statement|communiqu[eé]|release|letter|message|notice)s?\b", re.IGNORECASE)


def document_issuer(text: str, sentences: list[Sentence], si: int, mk: Mark,
            last_said: dict[int, Attribution], cast: sp.Cast) -> Attribution | None:
    """Who issued the document a quote is read from, when one of the two sentences before says so.

    'In a statement issued today, the Ministry of Ports announced ... / "...," the statement read.': the
    ministry is the source. A document nobody is said to have issued keeps no speaker.
    """
    m = _DOCUMENT_NOUN.search(text, mk.close, min(len(text), mk.close + 60))
    if m is None:
        return None
    noun = m.group(1).lower()
    for j in (si - 1, si - 2):
        said = last_said.get(j)
        if j < 0 or said is None or said.np is None or said.np.kind not in ("name", "org"):
            continue
        if noun in text[sentences[j].start : sentences[j].end].lower():
            return said
    for j in (si - 1, si - 2):  # "The Velm Council released a statement ...": no cue, but the issuer is the subject
        if j < 0 or noun not in text[sentences[j].start : sentences[j].end].lower():
            continue
        issued = _ISSUED.search(text, sentences[j].start, sentences[j].end)
        if issued is None or issued.group(1).lower() != noun:
            continue
        np = sp.np_before(text, sentences[j].start, issued.start())
        if np is not None and np.kind in ("name", "org"):
            return Attribution(Span(issued.start(), issued.end()), np, False, j, cast.resolve(np))
    return None


_ISSUED = re.compile(r"(?<!\w)(?:released|issued|published|put\s+out|sent\s+out|posted)\s+(?:a|an)\s+"
                     r"(?:[\w’'-]+\s+){0,2}?(statement|communiqu[eé]|release|letter|message|notice)\b", re.IGNORECASE)
"""A body putting out a document ("The council released a brief statement"): whom the document's words are."""
