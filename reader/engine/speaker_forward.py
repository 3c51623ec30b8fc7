"""A speaker first described, then named in the next sentences ("A cabinet minister said ... Tessa Morrow,
acting minister for transport, said ...").

Wire copy often opens on a description and names the person a sentence or two later; the description
is true but the name is what a reader compares across outlets. Only a person named *after* the
description, holding the same role, within two sentences, is taken: anyone else is a new voice.
"""

from __future__ import annotations

import re

from reader.engine.models import Sentence
from reader.engine.name_runs import run_parts
from reader.engine.speaker_words import ROLE_NOUNS, bare_word, role_class
from reader.engine.speakers import Cast

__all__ = ["continued_next", "named_next"]

_INDEFINITE = frozenset({"a", "an"})
_PEOPLE = frozenset({"man", "woman", "resident", "survivor", "witness", "mother", "father", "teenager", "student",
                     "farmer", "driver", "worker", "neighbour", "neighbor", "villager", "passenger", "shopkeeper"})
"""Heads of a description that holds no job: such a lede ("A man who watched the fire said ...") is followed by the
person's name opening the next sentence, with what they are ("Ann Roe, who lives in ..., told ...")."""
_INTRODUCED = re.compile(r",\s+(?:who\b|whose\b|\d{1,3},|aged\s+\d{1,3}\b|an?\s+\d{1,3}-year-old\b)")
_UNNAMED = re.compile(r"anonymity|not (?:be )?named|not authori[sz]ed|declined to be identified|without being named")


def named_next(text: str, sentences: list[Sentence], si: int, phrase: str, cast: Cast) -> str | None:
    """The person named in the two sentences after sentence ``si`` who holds the role ``phrase`` describes.

    ``phrase`` is an unresolved indefinite description ("a South African cabinet minister"); None when
    nobody fits, or when the person was named before (then the description would have been resolved to them).
    """
    words = phrase.split()
    if len(words) < 2 or bare_word(words[0]) not in _INDEFINITE or cast.runs is None:
        return None
    head = bare_word(words[-1])
    role = role_class(head, words)
    if _UNNAMED.search(text, sentences[si].start, sentences[si].end):
        return None  # "speaking on condition of anonymity": the description is all the story will give
    if si + 1 < len(sentences) and any(bare_word(w) in _PEOPLE for w in words[1:4]):
        introduced = _introduced_next(text, sentences, si, cast)  # "a young man at the scene": no job to match
        if introduced is not None:
            return introduced
    near = re.compile(r"\b" + re.escape(head) + r"\b", re.IGNORECASE)
    lo = sentences[si].end
    hi = sentences[min(si + 2, len(sentences) - 1)].end
    for start, _end, run in cast.runs.runs:
        if start < lo:
            continue
        if start >= hi:
            break
        _titles, name = run_parts(run)
        if len(name) < 2:
            continue
        full = cast.full_name(" ".join(name))
        if role in cast.roles_of(full) and name[-1] not in text[: sentences[si].start] and \
                near.search(text, max(lo, start - 40), min(len(text), _end + 60)):
            return full  # the same word for the job by the name ("... minister for transport")
    return None


def _introduced_next(text: str, sentences: list[Sentence], si: int, cast: Cast) -> str | None:
    """A new person whose full name opens the sentence after ``si``, introduced there (", who ...", ", 45,")."""
    nxt = sentences[si + 1]
    start = nxt.start + len(nxt.text) - len(nxt.text.lstrip())
    runs = cast.runs.between(start, nxt.end) if cast.runs is not None else []
    if not runs or runs[0][0] != start:
        return None
    _titles, name = run_parts(runs[0][2])
    if len(name) < 2 or name[-1] in text[: sentences[si].start] or _INTRODUCED.match(text, runs[0][1]) is None:
        return None
    return cast.full_name(" ".join(name))


_ALSO = re.compile(r"\s+also\s+[a-z]")
_OWNED_JOB = re.compile(r"[A-Z][\w.-]*[’']s\s+(?:[a-z-]+\s+){0,2}[a-z-]+$")
"""A job owned by a country or a body ("Velmia's fisheries minister"), up to the end of the phrase."""


def continued_next(text: str, sentences: list[Sentence], at: int, si: int, phrase: str, cast: Cast) -> str | None:
    """The person named in the next sentence as going on with what the unnamed holder of a job in sentence
    ``si`` did ("Velmia's fisheries minister called on ... / ... Lora Venn also urged ..."), else None.

    A lede names the job, the next paragraph the person, and "also" ties the two: the name holds the job
    described. Only a full name met for the first time there, and only for a job described as a country's or
    a body's (``phrase`` as the speaker was left, "minister", mentioned at ``at`` after "Velmia's fisheries"):
    an official or a spokesman the next sentence goes on from is often someone else than who "also" acts.
    """
    words = phrase.split()
    if not words or not phrase[:1].islower() or bare_word(words[-1]) not in ROLE_NOUNS or cast.runs is None \
            or si + 1 >= len(sentences) or _OWNED_JOB.search(text, max(0, at - 40), at + len(phrase)) is None:
        return None
    nxt = sentences[si + 1]
    for _start, end, run in cast.runs.between(nxt.start, nxt.end):
        _titles, name = run_parts(run)
        if len(name) < 2:
            continue
        if _ALSO.match(text, end) is None or name[-1] in text[: sentences[si].end]:
            return None
        return cast.full_name(" ".join(name))
    return None
