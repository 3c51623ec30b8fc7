"""Hard wraps: when a line break inside a block of a paste is a wrap, not a new paragraph.

Pastes put one paragraph per line, but text copied from a terminal, an e-mail or a fixed-width
page breaks its sentences across lines. :func:`reader.engine.text.paragraphs` joins a line to the
one above by these rules: a lower-case continuation, a sentence broken after a comma or a
conjunction, a quotation still open, a quotation's attribution on its own line, and in a block
wrapped at one width, a line that reaches that width or stops on an article ("The").
"""

from __future__ import annotations

import re

TERMINAL_END = frozenset(".!?:;…\"”’»)]")
"""Characters a line ends a paragraph on."""


_NEVER_LAST = frozenset(("the", "a", "an", "of", "to", "and"))
"""Words no line of prose, headline or label ends on: in a hard-wrapped block the sentence goes on under them."""


def open_end(line: str) -> bool:
    """Whether ``line`` (of a hard-wrapped block) stops on an article or the like ("The", "... head of the")."""
    cut = line.rfind(" ")
    return line[cut + 1 :].lower() in _NEVER_LAST


WRAP_MIN_LINES = 6
"""Lines a block needs before its widths can tell a fixed-width wrap."""
WRAP_SLACK = 15
"""How much shorter than the widest line a line broken by a fixed-width wrap may be (a long word went on)."""


def wrap_width(lines: list[str]) -> int:
    """The width a block of prose was hard-wrapped at, or 0 when it was not.

    Wire copy pasted from a terminal or an e-mail breaks every line near one width, before capitals too
    ("said Ada⏎Gen as she shopped ... in San⏎Velmo"): a line that long ending mid-sentence is then a
    wrap whatever the next line opens with. A block is wrapped so when most of its lines reach near its
    widest, 50 to 100 characters, and many go on in lower case; a list of related headlines of like
    length has no such lines.
    """
    sizes = [len(line) for line in lines if line]
    if len(sizes) < WRAP_MIN_LINES:
        return 0
    width = max(sizes)
    if not 50 <= width <= 100:
        return 0
    near = sum(1 for n in sizes if n >= width - WRAP_SLACK)
    lower = sum(1 for line in lines[1:] if line[:1].islower())
    return width if near >= 0.6 * len(sizes) and lower >= 0.2 * len(sizes) else 0


OPEN_COMMA = (',"', ",”", ",’", ",'")
_DATE_ALONE = re.compile(
    r"(?:[A-Z][a-z]{2,8}\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?),?\s+(?:19|20)\d\d(?:,?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s?[APap]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?"
)
"""A line that is only a date ("29 October 2019", "Friday November 17 2017"): a page's date line."""


def wraps(current: list[str], line: str) -> bool:
    """Whether a lower-case ``line`` continues the paragraph ``current`` (a hard wrap), not a new one.

    A line ending without terminal punctuation is wrapped, unless it is a stand-alone date line
    (a page's date above its site's domain); a quotation closed on a comma (`...,"`) is too: its
    attribution follows ("judge Marta Solis said on Friday").
    """
    last = current[-1]
    if last[-1] not in TERMINAL_END:
        return len(current) > 1 or len(last) > 40 or _DATE_ALONE.fullmatch(last) is None
    return last.endswith(OPEN_COMMA)


RUN_ON_MIN = 60
"""Characters a paragraph needs before a line ending in a comma or "and" runs on: a prose sentence, not a tag list."""
RUN_ON_SHORT = 6
"""Words of a line short enough to be a piece of the broken sentence above (its list of names)."""
_RUN_ON_WORDS = (" and", " or", " &")
_RUN_ON_LINES = 8
"""Lines back that are read for a quotation still open: a broken paragraph has a few."""


def runs_on(current: list[str], line: str) -> bool:
    """Whether a paragraph broken after a comma or a conjunction continues on ``line``, whatever its case.

    A paste may break a sentence at its list of names ("officials Mara Eske,⏎Tomas Berg and⏎Ilse Dahl.”"):
    the pieces under it are short, or a quotation is still open above them. A paragraph that only
    ends on a stray comma, with a full sentence under it and no open quotation, stays apart.
    """
    last = current[-1]
    if last[-1] != "," and not last.endswith(_RUN_ON_WORDS):
        return False
    if line.count(" ") < RUN_ON_SHORT:
        return True
    return _quote_open(current)


ATTRIBUTION_LINE = re.compile(
    r"(?:[A-Z][\w’'.-]*\s+){1,4}(?:said|says|added|adds|told|tells|explained|noted|warned)\b[^\"“”]{0,60}$"
)
"""A hard-wrapped quotation's attribution left on a line of its own ('...our customers,"⏎Killian said.')."""
QUOTE_WRAP_MIN = 40
"""Characters of a line cut mid-sentence inside an open quotation that mark it as a hard wrap, not a heading."""


def quote_wraps(current: list[str]) -> bool:
    """Whether a hard-wrapped quotation goes on, whatever the next line starts with ("… contracts in North⏎America").

    Wire copy wrapped at a fixed width breaks lines before capitals and brackets too; a line that stops
    mid-sentence (no terminal punctuation) while a quotation opened above it is still open is one of them.
    """
    last = current[-1]
    if last[-1] in TERMINAL_END or last[-1] in ",:;" or len(last) < QUOTE_WRAP_MIN:
        return False  # a comma or a conjunction is _runs_on's to judge
    return _quote_open(current)


def _quote_open(current: list[str]) -> bool:
    """Whether a quotation opened in the last lines of ``current`` is still open at its end."""
    text = " ".join(current[-_RUN_ON_LINES:])
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1
