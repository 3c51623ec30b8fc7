"""Where a quotation sits among the clauses of its sentence and the paragraphs of its page.

Split from :mod:`reader.engine.quotes`: which clause a cue belongs to (a cue after "while" or in a later
", and Velm urges" clause speaks for its own subject), and which paragraphs carry one voice on (a quote
paragraph right after another, or after the topic subheads of a page that sets out one speaker's answers).
"""

from __future__ import annotations

import re

from reader.engine.models import Sentence
from reader.engine.quote_marks import Mark

CLAUSE_BREAK = re.compile(r"(?:;|,?\s(?:while|whereas|although|though|but)\s(?![a-z]+(?:ed|ing)\b))")
"""Where one clause of a sentence ends and another with its own subject may begin; not before a verb that goes
on with the same subject ("Kemp said Orbury would pay but wanted its costs ...", "while urging ...")."""

_AND_CLAUSE = re.compile(r",\s+and\s+(?:the\s+|an?\s+)?[A-Z]")
"""A clause joined by ", and" with a subject of its own after a quotation ('the talks are "delicate", and Velm
urges calm, Pell said'): its cue is the new subject's, not the quotation's."""


def and_clause(text: str, lo: int, lead: int) -> bool:
    """Whether the cue whose speaker starts at ``lead`` is the verb of an ", and" clause begun after ``lo``; a
    reporting clause set off by a comma after it (", Pell said") still speaks for the whole sentence."""
    if ", and " not in text[lo:lead]:
        return False
    last = None
    for last in _AND_CLAUSE.finditer(text, lo, lead + 1):  # noqa: B007 (the last match is the one wanted)
        pass
    return last is not None and "," not in text[last.end() : lead]


def last_clause_break(text: str, lo: int, pos: int) -> int | None:
    """The start of the clause holding ``pos`` when a break comes before it in the sentence, else None."""
    last = None
    for m in CLAUSE_BREAK.finditer(text, lo, pos):
        last = m.end()
    return last


def same_paragraph(text: str, sentences: list[Sentence], i: int) -> bool:
    return i > 0 and "\n\n" not in text[sentences[i - 1].end : sentences[i].start]


def continues(text: str, prev: Mark, mk: Mark) -> bool:
    """A quote opening its sentence right after another quote continues the same voice, across the
    subheads of a page that sets out one speaker's answers topic by topic ("On the injuries")."""
    gap = text[prev.close : mk.open]
    if len(gap) >= 400:
        return False
    if gap.count("\n\n") <= 1:
        return True
    # the first piece ends the previous quote's paragraph, the last opens this one's: what lies between are
    # whole paragraphs, and all must be subheads
    inner = gap.split("\n\n")[1:-1]
    return len(inner) <= SUBHEADS_MAX and all(_subhead_text(t.strip()) and _topic(t) for t in inner)


def _topic(t: str) -> bool:
    """A subhead that names a topic ("On the injuries"), not a speaker ("Lena Varga"): it has a word in lower case."""
    return any(w[:1].islower() for w in t.split())


SUBHEADS_MAX = 3
SUBHEAD_MAX_WORDS = 8


def _subhead_text(t: str) -> bool:
    """A crosshead: a short capitalised line with no closing punctuation and no quotation mark."""
    return 0 < len(t) < 80 and t[0].isupper() and t[-1] not in ".!?:;,\"'”’»)" and \
        len(t.split()) <= SUBHEAD_MAX_WORDS and not any(c in t for c in "\"“”«»")


def subhead(text: str, s: Sentence) -> bool:
    """A sentence that is a crosshead standing as a paragraph of its own."""
    return text.startswith("\n\n", s.start - 2) and text.startswith("\n\n", s.end) and \
        _subhead_text(text[s.start : s.end])
