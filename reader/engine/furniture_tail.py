"""The foot of a pasted page: what follows the article (lists of other stories, labels, an author bio).

:mod:`reader.engine.furniture` flags furniture line by line and reads the top; this module walks
back from the end of the paste over the lines that close the page, and stops at the article's
last sentence.
"""

from __future__ import annotations

import re

from reader.engine.furniture_lines import Para, count_sentences, is_headline, is_teaser
from reader.engine.furniture_patterns import BIO
from reader.engine.furniture_wire import outlet_blurb
from reader.engine.outlet_guess import masthead


def _tail_from_markers(ps: list[Para], start: int) -> int | None:
    """Earliest "more stories" label after ``start`` followed only by headlines, teasers and labels."""
    best, heads, teasers = None, 0, 0
    for i in range(len(ps) - 1, start, -1):
        q = ps[i]
        if q.marker and (q.marker == "end" or teasers == 0 or heads >= 2):
            best = i
        if q.credit:
            break
        if q.flag or q.head:
            heads += q.head and not q.flag and q.nw >= 4
            continue
        prev = ps[i - 1]
        if not is_teaser(q) or not (prev.head or prev.flag) or (prev.sent and not prev.flag):
            break
        teasers += 1
    return best


def _tail_from_pairs(ps: list[Para], start: int) -> int | None:
    """A list of headline + one-line teaser pairs closing the page, without a label above it."""
    i, pairs = len(ps) - 1, 0
    while i > start:
        q = ps[i]
        if (q.flag or q.head) and not q.credit:  # a sign-off, flagged or not, closes the article
            i -= 1
        elif is_teaser(q) and count_sentences(q.text) <= 2 and is_headline(ps[i - 1], 5):
            pairs += 1
            i -= 2
        else:
            break
    edge = ps[i] if i >= 0 else None
    if pairs >= 3 or (pairs >= 2 and edge is not None and (edge.credit or edge.flag)):
        return i + 1
    return None


def mark_tail(ps: list[Para], body_start: int) -> None:
    """Flag what follows the article: lists of other stories, trailing labels, an author bio, the site's
    masthead signing the page off."""
    n = len(ps)
    _about_label(ps, body_start)
    cut = _tail_from_markers(ps, body_start)
    if cut is None:
        cut = _tail_from_pairs(ps, body_start)
    i = (n if cut is None else cut) - 1
    while True:
        while i > body_start and (((ps[i].flag or ps[i].head) and not ps[i].credit) or _foot_teaser(ps, i)):
            i -= 1
        if i > body_start and ps[i].nw <= 60 and BIO.match(ps[i].text):
            ps[i].flag = "bio"  # "Jane Doe is a reporter covering ...", then her name above it
            continue
        if i > body_start and outlet_blurb(ps[i]):
            ps[i].flag = "bio"  # the agency's "about us" line, then its name above it
            continue
        if i > body_start and ps[i].nw <= BIO_MAX_WORDS and ps[i - 1].flag and _ABOUT_BOX.fullmatch(ps[i - 1].text):
            ps[i].flag = "bio"  # under "About Ana Roe 212 Articles": the writer's or the site's blurb
            continue
        if i == n - 1 and i > body_start and ps[i].nw <= MASTHEAD_MAX_WORDS and masthead(ps[i].text) is not None:
            ps[i].flag = "banner"  # "The Velm DAILY NEWS." closing the page: the site signs off
            continue
        break
    if ps[i].text.endswith(":"):  # "The plan includes:" and its list items belong to the article
        while i + 1 < n and ps[i + 1].head and not ps[i + 1].flag:
            i += 1
    for j in range(i + 1, n):
        ps[j].flag = ps[j].flag or "tail"


BIO_MAX_WORDS = 80
ABOUT_TAIL = 3
"""Most lines an "About the broadcaster:" label and its blurb may take at the page's foot."""
_ABOUT_LABEL = re.compile(r"About (?:the |our |this )?[\w'’. -]{2,40}:")


def _about_label(ps: list[Para], body_start: int) -> None:
    """Flag an "About the broadcaster:" label near the page's foot, with the short blurb under it.

    The label opens a bio of the site or the writer; the blurb may be cut off mid-word by the copy,
    so it is read by where it stands (the last lines, under the label), not by its words.
    """
    n = len(ps)
    for i in range(max(body_start + 1, n - ABOUT_TAIL), n):
        p = ps[i]
        if p.nw <= 5 and p.text.endswith(":") and p.text.startswith("About ") and _ABOUT_LABEL.fullmatch(p.text):
            if all(q.nw <= BIO_MAX_WORDS for q in ps[i + 1 :]):
                for q in ps[i:]:
                    q.flag = q.flag or "bio"
            return
MASTHEAD_MAX_WORDS = 6
_ABOUT_BOX = re.compile(r"About\s+[A-Z].{0,60}\s\d{1,6}\s+(?:Articles|Posts|Stories)")
"""An author box at the page's foot ("About Ana Roe 212 Articles"): the blurb under it is the writer's or site's."""
_TEASER_QUESTION = re.compile(r"[A-Z][\w'’&-]*(?: [\w'’&-]+){0,2}: [\"“‘']?[A-Z][^.!?]{10,}\?[\"”’']?")


def _foot_teaser(ps: list[Para], i: int) -> bool:
    """A linked story under the page's foot lines, "Section: headline?" ("Motoring: Are those giveaways real?").

    A question after a section's label reads as a sentence, but only where furniture stands above it.
    """
    p = ps[i]
    return p.nw <= 20 and bool(ps[i - 1].flag) and _TEASER_QUESTION.fullmatch(p.text) is not None

