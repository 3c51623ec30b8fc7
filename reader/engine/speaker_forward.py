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
from reader.engine.speaker_words import bare_word, role_class
from reader.engine.speakers import Cast

__all__ = ["named_next"]

_INDEFINITE = frozenset({"a", "an"})
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
