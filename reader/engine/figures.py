"""Figures in a statement's wordings: the numbers each outlet gives, to show where they disagree.

Reports of one event often differ in their numbers ("13 dead" against "at least 14"), because
one outlet wrote later, rounded, or copied an early wire. Those are the differences a journalist
checks first, and they hide inside sentences that otherwise say the same thing. Years, days of
the month and clock times are left out (they date the text; they are not its figures), as is
anything in brackets, where copy converts units ("66 km (41 miles)"), and the word "one", which
is more often a pronoun ("one of the girders") than a count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.engine.models import Statement

_BRACKETS = re.compile(r"\([^()]{0,80}\)")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?!\w)",
                  re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,])|(?<![\w.,])\d+(?:\.\d+)?(?![\w])")
_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_WORDS) + r")\b", re.IGNORECASE)


def _format(value: float) -> str:
    return f"{int(value):,}" if value == int(value) else f"{value:g}"


def figures(text: str) -> list[str]:
    """The figures of a sentence in reading order, normalised ("12,000", "6.8", "two" -> "2")."""
    bare = _DAY.sub(" ", _TIME.sub(" ", _BRACKETS.sub(" ", text)))
    found: list[tuple[int, float]] = []
    for m in _NUMBER.finditer(bare):
        value = float(m.group(0).replace(",", ""))
        if "." not in m.group(0) and 1900 <= value <= 2100 and len(m.group(0)) == 4:
            continue  # a year
        found.append((m.start(), value))
    found += [(m.start(), float(_WORDS[m.group(1).lower()])) for m in _NUMBER_WORD.finditer(bare)]
    out: list[str] = []
    for _, value in sorted(found):
        if (f := _format(value)) not in out:
            out.append(f)
    return out


def disagreements(wordings: Sequence[tuple[int, str]]) -> list[tuple[int, list[str]]]:
    """Each wording's figures, when at least two wordings give figures and they are not all the same."""
    per = [(key, figures(text)) for key, text in wordings]
    given = [(key, figs) for key, figs in per if figs]
    if len(given) < 2 or len({tuple(sorted(f)) for _, f in given}) == 1:
        return []
    return given


def statement_disagreements(st: Statement) -> list[tuple[int, list[str]]]:
    """:func:`disagreements` over the wordings of the articles that carry a statement, by article id."""
    return disagreements([(c.article_id, c.text) for c in st.carriers if c.label != "absent"])
