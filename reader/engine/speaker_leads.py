"""The subject a sentence or its main clause opens with: a pronoun or "the <role>", and where an opening clause ends.

Split from :mod:`reader.engine.speaker_subjects`, which finds a sentence's subject among its names; the
patterns here read only its opening words, before any name is looked at.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.engine.speaker_words import ROLE_NOUNS, bare_word, grouped_alternation, role_class

if TYPE_CHECKING:
    from reader.engine.speakers import Cast

__all__ = ["CLAUSE_LEAD", "clause_end", "lead_subject"]


_ROLE_ALTERNATION = grouped_alternation("|".join(sorted(ROLE_NOUNS, key=len, reverse=True)))
SUBJECT_LEAD = re.compile(
    r"\s*(?:(?:However|But|And|Meanwhile|Instead|Still|Yet|Also),?\s+)?"
    r"(He|She|The\s+(?:[\w’'.-]+\s+){0,4}?(?i:" + _ROLE_ALTERNATION + r"))\b"
)
CLAUSE_LEAD = re.compile(r"\s*(he|she|the\s+(?:[\w’'.-]+\s+){0,4}?(?i:" + _ROLE_ALTERNATION + r"))\b")
""":data:`SUBJECT_LEAD` after an opening clause, where the subject is written in lower case."""


_CLAUSE_GOES_ON = re.compile(
    r"\s+(?!(?:the|a|an|he|she|they|it|we|i|his|her|its|their|our)\b)[a-z][^,;:\"“”\n]{0,160},"
)


def clause_end(text: str, pos: int, hi: int) -> int:
    """Where an opening clause that ended at ``pos`` really ends: "When ruling party lawmakers, including Rep.
    Lim Dae-ho, protested his remarks, Rep. Seo Jin-woo shot back": an aside or the clause's own verb goes on
    in lower case after a comma, and the main clause opens with a capital or a determiner."""
    for _ in range(3):
        m = _CLAUSE_GOES_ON.match(text, pos, hi)
        if m is None:
            break
        pos = m.end()
    return pos


_NAME_NEXT = re.compile(r",?\s+(?:[A-Z][a-z]*\.\s+)?[A-Z][a-z]+\s+[A-Z]")
"""Two capitalised words (after any comma and an abbreviated title): a name set after a role phrase."""
_ROLE_WORD_NEXT = re.compile(r"\s+([a-z][\w-]*)")
_NAME_SET_OFF = re.compile(r",\s+(?:[A-Z][a-z]*\.\s+)?[A-Z][a-z]+\s+[A-Z]")
def lead_subject(text: str, pos: int, hi: int, cast: Cast, pattern: re.Pattern[str] = SUBJECT_LEAD,
                  ) -> tuple[int, str, int] | None:
    """A pronoun or "the <role>" opening a sentence (or, with :data:`CLAUSE_LEAD`, a main clause) at ``pos``,
    as the person it stands for, or None."""
    lead = pattern.match(text, pos, min(hi, pos + 100))
    if not lead:
        return None
    word = lead.group(1)
    start = lead.start(1)
    if word in ("He", "She", "he", "she"):
        who = cast.last_in_focus(start, pronoun=word)
        return (start, who, start + len(word)) if who else None
    words = word.split()
    if len(words) >= 2 and bare_word(words[-1]) in ROLE_NOUNS:
        after = lead.end()
        more = _ROLE_WORD_NEXT.match(text, after)
        while more is not None and bare_word(more.group(1)) in ROLE_NOUNS:
            after = more.end()  # "the Harbour City head coach, Anton Virel, ...": the role goes on
            more = _ROLE_WORD_NEXT.match(text, after)
        if _NAME_NEXT.match(text, lead.end()) or (after > lead.end() and _NAME_SET_OFF.match(text, after)):
            return None  # "The Ashanti Regional Minister, Ann Roe has ...": the name that follows is the subject
        who = cast.last_in_focus(start, role_class(words[-1], words)) or cast.last_in_focus(start)
        if who:
            return start, who, start + len(word)
    return None
