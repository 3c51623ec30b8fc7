"""Junk a page extractor leaves inside an extracted article: labels, promos and a closing block of teasers.

Kept apart from the paste rules of :mod:`furniture_lines`: an extracted page has lost its frame
already, so only the lines that say what they are on their own move out.
"""

from __future__ import annotations

from reader.engine.furniture_lines import Para, count_sentences, line_flag, shape

_INLINE_FLAGS = frozenset({"label", "promo", "junk", "disclaimer", "notice"})


def inline_junk(paras: list[str]) -> tuple[list[str], list[str]]:
    """Labels and promos that a page extractor leaves inside the article ("Also read: …", "Advertisement").

    For extracted pages, not pastes: the extractor has already cut the page's frame, so only the
    lines that say what they are on their own are moved out, and a closing block of other
    stories under its heading (see :func:`closing_block`); headings, dates and captions stay.
    """
    ps = [shape(p) for p in paras]
    flags = [line_flag(p) for p in ps]
    cut = closing_block(ps)
    body: list[str] = []
    junk: list[str] = []
    for i, (p, flag) in enumerate(zip(paras, flags, strict=True)):
        (junk if i >= cut or flag in _INLINE_FLAGS else body).append(p)
    return (body, junk) if body else (paras, [])


def closing_block(ps: list[Para]) -> int:
    """Where a block of other stories closing the page starts ("Other Opinion Columns", then teasers), or len(ps).

    Under a "more stories" heading (its marker set by :func:`line_flag`) only headlines and
    one-paragraph blurbs that open with their writer's name in capitals ("MARA QUILL THE ferry
    is ...") follow, each blurb under its headline, two at least.
    """
    best, blurbs = len(ps), 0
    j = len(ps) - 1
    while j > 0:
        q = ps[j]
        if q.head:
            if q.marker and blurbs >= 2:
                best = j
        elif _caps_blurb(q) and ps[j - 1].head and not ps[j - 1].marker:
            blurbs += 1
        else:
            break
        j -= 1
    return best


def _caps_blurb(p: Para) -> bool:
    """A teaser opening with a writer's name, or the drop-capped first word, in capitals."""
    first = p.text.split(None, 1)[0].strip("\"'“‘")
    return p.sent and p.nw <= 80 and len(first) >= 2 and first.isupper() and count_sentences(p.text) <= 4
