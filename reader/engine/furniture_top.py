"""The top of a pasted page: the title, the breadcrumbs, bylines and stray headings above the body.

:mod:`reader.engine.furniture` flags furniture line by line first; :func:`mark_top` then reads the
lines above the first paragraph of prose: which is the headline, which a trail of sections, a
byline or an author's line, and whether a deck (a standfirst) or the top photo's caption stands
under the headline.
"""

from __future__ import annotations

import re

from reader.engine import outlets
from reader.engine.furniture_captions import photo_line, present_caption
from reader.engine.furniture_lines import Para, count_sentences, is_keywords, name_like, para_key
from reader.engine.furniture_patterns import BREADCRUMB_SEP, BYLINE, CAP_WORD, HOME, REL_TIME
from reader.engine.furniture_titles import bar_headline, foreign_lines, pick_title

TOP_SCAN = 40
"""Paragraphs read from the top for the title and the furniture above the body."""


def _outlet_line(p: Para) -> bool:
    """A short line naming only outlets ("The Canadian Press", "By AFP"): an author line, not a deck."""
    if p.nw > 6:
        return False
    if outlets.canonical(p.text.strip(" .")) is not None:
        return True  # "News Agency Of Nigeria": the registry's name, cased as a byline line cases it
    found = outlets.mentions(p.text, weak=True)
    rest = p.text
    for m in reversed(found):
        rest = rest[: m.span.start] + rest[m.span.end :]
    return bool(found) and _OUTLET_REST.fullmatch(rest) is not None


_OUTLET_REST = re.compile(r"(?i)[\s,/&|—–.-]*(?:(?:by|and|the|with)\b[\s,/&|—–.-]*)*")


_CRUMB_END = re.compile(r"\S\s[/>›»|]$")
_CRUMB_ENDS = ("/", ">", "›", "»", "|")
"""A trail of sections that ends with its separator ("Sport / Football /"): no headline ends so."""
# Bylines of several reporters: "Anna Petrova in Moscow and Luke Harding", "Jane Doe, John Roe and Ann Poe".
_C = CAP_WORD
_NAME_IN_PLACE = re.compile(rf"(?:{_C} ){{0,3}}{_C}(?:,? (?:in|and|&) (?:{_C} ?){{1,3}}|, (?:{_C} ?){{1,3}})+")


def _bar_title(ps: list[Para], top: int) -> int | None:
    """The first title bar among the lines a breadcrumb's shape flagged, when no other line is the headline.

    "Velm Gazette | Bridge reopens after repairs" has a trail's shape, but with no headline under it
    it is the page's title bar: its headline part is the title (see :func:`bar_headline`). So is the
    paste's first line when a caption's credit tail flagged it ("Bridge reopens after repairs | Velm
    Gazette"): the page's top line, with no headline anywhere, is more likely its bar than a photo's.
    """
    for i in range(min(top, len(ps))):
        if (ps[i].flag == "breadcrumb" or (i == 0 and ps[i].flag == "caption")) and ps[i].head and \
                bar_headline(ps[i].text) is not None:
            ps[i].flag = None
            return i
    return None


def mark_top(ps: list[Para], body_start: int, preferred: set[int]) -> tuple[int | None, int]:
    """Flag breadcrumbs, bylines and stray headings above the body; return the title and the body's start.

    A deck (a one- or two-sentence summary right under the title) stays in
    the body, and the byline, date and photo block under it still count as top.
    """
    n = len(ps)
    for i in range(min(body_start, TOP_SCAN)):
        p = ps[i]
        if p.flag or not p.head:
            continue
        pk = para_key(p)
        for j in range(i + 1, min(n, i + 4)):
            qk = para_key(ps[j])
            if pk != qk and pk.endswith(" " + qk) and pk[: -len(qk)].count(" ") <= 5:
                p.flag = "breadcrumb"
                preferred.add(j)
                break
        if not p.flag and (BREADCRUMB_SEP.fullmatch(p.text) or (HOME.match(p.text) and p.nw <= 12)
                           or (p.nw <= 12 and p.text.endswith(_CRUMB_ENDS) and _CRUMB_END.search(p.text))):
            p.flag = "breadcrumb"
    foreign_lines(ps, min(body_start, TOP_SCAN), body_start)
    title = pick_title(ps, min(body_start, TOP_SCAN), preferred)
    if title is None:
        title = _bar_title(ps, min(body_start, TOP_SCAN))
    for i in range(body_start):
        p = ps[i]
        if p.flag or i == title:
            continue
        if BYLINE.match(p.text) and p.nw <= 15 and not p.text.endswith("."):
            p.flag = "byline"
        elif is_keywords(p):
            p.flag = "keywords"
    deck = None
    if title is not None and all(ps[k].flag or ps[k].head for k in range(title + 1, body_start)):
        nxt = next_body(ps, body_start + 1)
        between = range(body_start + 1, nxt)
        shaped = ps[body_start].nw <= 45 and count_sentences(ps[body_start].text) <= 2
        furnished = any(_top_like(ps[k]) or photo_line(ps[k]) for k in between)
        furnished = furnished and not any(ps[k].sent and not ps[k].flag for k in between)
        if nxt < n and shaped and furnished and present_caption(ps[body_start]):
            ps[body_start].flag, body_start = "caption", nxt  # the top photo's caption, not a standfirst
        elif nxt < n and shaped and furnished:
            deck, body_start = body_start, nxt
    last_free = max((i for i in range(body_start) if not ps[i].flag and i != deck), default=None)
    for i in range(body_start):
        p = ps[i]
        if p.flag or i in (title, deck):
            continue
        if BYLINE.match(p.text) and p.nw <= 15 and not p.text.endswith("."):
            p.flag = "byline"
        elif is_keywords(p):
            p.flag = "keywords"
        elif p.head and (
            i != last_free
            or (deck is not None and i > deck and photo_line(p))  # the photo block under the standfirst
            or i in preferred  # a line the page prints twice under the title: a standfirst box
            or title is None
            or i < title
            or p.nw < 2
            or p.credit
            or p.text[-1:] == ","  # "Ana Roe, DHNS, New Velm,": a byline's dateline, which no heading ends so
            or name_like(p)
            or (p.nw <= 12 and _NAME_IN_PLACE.fullmatch(p.text) is not None)
            or _outlet_line(p)
            or ps[i - 1].marker
            or (p.nw <= 16 and " ago" in p.text and REL_TIME.search(p.text) is not None)  # "Ana Roe 6 minutes ago"
        ):
            p.flag = "top"
    return title, body_start


def _top_like(p: Para) -> bool:
    """Page furniture that only stands under a headline: dates, bylines, photos, a repeated title."""
    if p.flag in ("date", "meta", "caption", "duplicate", "byline", "notice"):
        return True
    return p.head and not p.flag and p.nw <= 15 and BYLINE.match(p.text) is not None


def next_body(ps: list[Para], start: int) -> int:
    """Index of the first paragraph from ``start`` that reads as article prose."""
    return next(
        (
            i
            for i in range(start, len(ps))
            if ps[i].sent and not ps[i].flag and not ps[i].credit and ps[i].nw >= 6
        ),
        len(ps),
    )


def question_title(ps: list[Para], i: int) -> bool:
    """A headline asked as a question ("Why is the Kremlin against peacekeepers?") opening the paste."""
    p = ps[i]
    rest = next_body(ps, i + 1)
    return (
        p.nw <= 16
        and count_sentences(p.text) == 1
        and p.text.rstrip("\"'”’").endswith("?")
        and rest < len(ps)
        and any(_top_like(ps[k]) for k in range(i + 1, rest))
    )
