"""Page furniture in pasted web pages: split a paste into article body, junk and a title guess.

A plain-text copy of a news page carries navigation, labels, captions, share
buttons and lists of other stories around the article. This module decides
which paragraphs are furniture with general rules (patterns of generic page
labels, paragraph shape, position in the top or bottom zone, and context such
as a run of headline-like lines after the last real paragraph), never with
strings from particular pages, so that no sentence of the article is lost.
The label vocabulary lives in :mod:`reader.engine.furniture_patterns`, the
line-by-line tests in :mod:`reader.engine.furniture_lines` (runs of link words in
:mod:`reader.engine.furniture_links`), the fixes to a paste's edges (date stamps,
a cut-off last sentence, a site's banner) in :mod:`reader.engine.furniture_edges`, the walk
back over the page's foot in :mod:`reader.engine.furniture_tail`; this module holds the zone
logic (top, body) around them.
"""

from __future__ import annotations

import logging
import re

from reader.engine import outlets
from reader.engine.credit_layouts import split_glued_credits
from reader.engine.furniture_appeals import mark_letters
from reader.engine.furniture_boxes import mark_paywall_boxes, mark_promo_blurbs
from reader.engine.furniture_captions import (
    agency_caption,
    mark_body_captions,
    mark_caption_copies,
    mark_twin_captions,
    photo_line,
    placed_role_name,
    relative_caption,
    role_name,
)
from reader.engine.furniture_edges import prose_cut_off, split_stamps, top_banner
from reader.engine.furniture_lines import (
    CAPTION_MAX_WORDS,
    HEAD_MAX_WORDS,
    LABEL_MAX,
    LABEL_MAX_WORDS,
    Para,
    count_sentences,
    is_credit,
    is_headline,
    is_keywords,
    line_flag,
    name_like,
    para_key,
)
from reader.engine.furniture_links import mark_related_headlines
from reader.engine.furniture_patterns import BREADCRUMB_SEP, BYLINE, CAP_WORD, HOME
from reader.engine.furniture_photos import CAPTION_LABEL, CAPTION_PREFIX
from reader.engine.furniture_tail import mark_tail
from reader.engine.furniture_titles import bar_headline, crumbed_headlines, foreign_lines, pick_title, title_text
from reader.engine.furniture_wire import agency_line
from reader.engine.text import fold

log = logging.getLogger(__name__)

TOP_SCAN = 40
PULL_QUOTE_MAX = 60
PULL_QUOTE_HAY = 400_000
_OPENERS = "\"'“‘«"

__all__ = [
    "CAPTION_MAX_WORDS",
    "HEAD_MAX_WORDS",
    "LABEL_MAX",
    "LABEL_MAX_WORDS",
    "PULL_QUOTE_HAY",
    "PULL_QUOTE_MAX",
    "TOP_SCAN",
    "separate",
]


def _mark_lines(ps: list[Para]) -> set[int]:
    """Flag furniture recognisable line by line, and repeats; return indexes of repeated originals."""
    seen: dict[str, int] = {}
    preferred: set[int] = set()
    for i, p in enumerate(ps):
        p.flag = line_flag(p) or ("caption" if role_name(p) or placed_role_name(p) else None) or (
            "credit" if agency_line(p) else None)  # "AFP" alone: the credit rules read it in the furniture
        p.credit = is_credit(p)
        k = para_key(p)
        if k in seen and not p.flag:
            p.flag = "duplicate"
            preferred.add(seen[k])
        else:
            seen.setdefault(k, i)
        prev = ps[i - 1] if i else None
        if prev and prev.flag == "caption" and prev.nw <= 6 and is_headline(p, 5) and not _section_crumb(prev):
            p.flag = "caption"  # the caption under a bare photo credit
    mark_promo_blurbs(ps)
    mark_paywall_boxes(ps)
    mark_letters(ps)
    mark_twin_captions(ps, para_key)
    mark_caption_copies(ps)
    mark_body_captions(ps)
    quiet_after = [False] * len(ps)  # nothing but flagged lines and bare headings follow
    for i in range(len(ps) - 2, -1, -1):
        q = ps[i + 1]
        quiet_after[i] = (i + 2 == len(ps) or quiet_after[i + 1]) and bool(q.flag or (q.head and not q.credit))
    for i in range(1, len(ps)):
        dated = i + 1 < len(ps) and ps[i + 1].flag in ("date", "byline")  # the top's photo, then the date
        if (i + 1 == len(ps) or quiet_after[i] or dated) and _caption_after_credit(ps, i):
            ps[i].flag = "caption"  # "Photo: X/Agency" then its one-sentence caption, closing the page
    headed, top = False, True  # a headline above (the title, which no caption rule may take); still the top
    for p, q in zip(ps, ps[1:], strict=False):
        if q.flag == "caption" and p.head and not p.flag and not p.credit and (
            p.nw <= 3 or (headed and top and p.nw <= 8 and CAPTION_LABEL.search(q.text) is not None)
        ):
            p.flag = "caption"  # a photo's alt text, or the top photo's heading, just above its caption
        headed = headed or (p.head and not p.flag)
        top = top and not (p.sent and not p.flag and p.nw >= 6)  # a crosshead in the body stays
    preferred |= crumbed_headlines(ps, TOP_SCAN)
    return preferred


def _caption_after_credit(ps: list[Para], i: int) -> bool:
    """A one-sentence caption under a bare "Photo: ..." credit (the caller checks that only furniture follows)."""
    p, prev = ps[i], ps[i - 1]
    if prev.flag not in ("caption", "label") or prev.nw > 6 or not CAPTION_PREFIX.match(prev.text):
        return False
    if p.flag or p.credit:
        return False
    if not p.sent or p.nw > 20 or count_sentences(p.text) != 1 or p.text[0] in _OPENERS:
        return False
    return i + 1 == len(ps) or ps[i + 1].flag != "caption"


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


def _section_crumb(p: Para) -> bool:
    """A row of one- or two-word section names ("Markets | Business"), not a bare photo credit."""
    segs = [s.strip() for s in _CRUMB_SPLIT.split(p.text)]
    return len(segs) > 1 and all(0 < len(s.split()) <= 2 for s in segs) and not outlets.mentions(p.text, weak=True)


_CRUMB_SPLIT = re.compile(r"\s[|>›»]\s")
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


def _mark_top(ps: list[Para], body_start: int, preferred: set[int]) -> tuple[int | None, int]:
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
        nxt = _next_body(ps, body_start + 1)
        between = range(body_start + 1, nxt)
        shaped = ps[body_start].nw <= 45 and count_sentences(ps[body_start].text) <= 2
        furnished = any(_top_like(ps[k]) or photo_line(ps[k]) for k in between)
        furnished = furnished and not any(ps[k].sent and not ps[k].flag for k in between)
        if nxt < n and shaped and furnished:
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
            or name_like(p)
            or (p.nw <= 12 and _NAME_IN_PLACE.fullmatch(p.text) is not None)
            or _outlet_line(p)
            or ps[i - 1].marker
        ):
            p.flag = "top"
    return title, body_start


def _top_like(p: Para) -> bool:
    """Page furniture that only stands under a headline: dates, bylines, photos, a repeated title."""
    if p.flag in ("date", "meta", "caption", "duplicate", "byline", "notice"):
        return True
    return p.head and not p.flag and p.nw <= 15 and BYLINE.match(p.text) is not None


def _next_body(ps: list[Para], start: int) -> int:
    """Index of the first paragraph from ``start`` that reads as article prose."""
    return next(
        (
            i
            for i in range(start, len(ps))
            if ps[i].sent and not ps[i].flag and not ps[i].credit and ps[i].nw >= 6
        ),
        len(ps),
    )


def _mark_links(ps: list[Para], body_start: int) -> None:
    """Flag photo alt text before captions and headlines linked under "Related"-style labels."""
    n = len(ps)
    for i in range(body_start, n - 1):
        p = ps[i]
        if not (p.marker or p.flag == "promo"):
            continue
        run: list[int] = []
        j = i + 1
        while j < min(n, i + 20):
            q = ps[j]
            if q.flag:
                j += 1
                continue
            if q.credit or not (q.head or (q.nw <= 14 and q.text.rstrip("\"'”’").endswith("?"))):
                break
            run.append(j)
            j += 1
        if len(run) >= 2 and all(ps[k].nw >= 4 for k in run) or len(run) == 1 and ps[run[0]].nw >= 6:
            for k in run:
                ps[k].flag = "linked"


def _question_title(ps: list[Para], i: int) -> bool:
    """A headline asked as a question ("Why is the Kremlin against peacekeepers?") opening the paste."""
    p = ps[i]
    rest = _next_body(ps, i + 1)
    return (
        p.nw <= 16
        and count_sentences(p.text) == 1
        and p.text.rstrip("\"'”’").endswith("?")
        and rest < len(ps)
        and any(_top_like(ps[k]) for k in range(i + 1, rest))
    )


def _mark_pull_quotes(ps: list[Para], body_start: int) -> None:
    """Flag short paragraphs repeating words found in another one: pull quotes, summary boxes."""
    cands = [
        i
        for i in range(body_start, len(ps))
        if not ps[i].flag
        and ps[i].nw <= 40
        and len(ps[i].text) >= 30
        and (ps[i].head or ps[i].text[0] in _OPENERS)
    ][:PULL_QUOTE_MAX]
    if not cands:
        return
    hay = "\n".join(fold(p.text) for p in ps[body_start:] if not p.flag)
    if len(hay) > PULL_QUOTE_HAY:
        return
    for i in cands:
        core = fold(ps[i].text).strip(" \"'“”‘’«».,;:!?…-–—")
        first = hay.find(core) if len(core) >= 25 else -1
        if first >= 0 and hay.find(core, first + 1) >= 0:
            ps[i].flag = "pull quote"


def separate(paras: list[str]) -> tuple[list[str], list[str], str | None]:
    """Split a paste's cleaned paragraphs into (body, furniture, title guess).

    Every paragraph lands in exactly one place: the body (in order), the
    furniture (in order) or the title guess, which is the first headline-like
    line at the top and None when the paste opens with body text. Body
    paragraphs lose inline link junk (", opens new tab") and nothing else.
    A paragraph that a copy ran together is cut first, and each piece lands
    so: a sign-off glued to the last sentence, a date stamp before a headline.
    """
    ps, stamps = split_stamps([p for p in split_glued_credits(paras) if isinstance(p, str) and p.strip()], TOP_SCAN)
    if not ps:
        return [], [], None
    prose_cut_off(ps)
    preferred = _mark_lines(ps)
    for i in stamps:
        ps[i].flag = "date"
    banner = top_banner(ps)
    if banner is not None:
        ps[banner].flag = "banner"
    body_start = _next_body(ps, 0)
    for i in range(min(body_start + 1, len(ps))):
        if agency_caption(ps, i):  # the top photo's caption, above the body or where it would start
            ps[i].flag = "caption"
    body_start = _next_body(ps, 0)
    while body_start < len(ps) and relative_caption(ps, body_start):
        ps[body_start].flag = "caption"
        body_start = _next_body(ps, body_start + 1)
    title = None
    if body_start < len(ps):
        title, body_start = _mark_top(ps, body_start, preferred)
        if title is None and _question_title(ps, body_start):
            title, body_start = body_start, _next_body(ps, body_start + 1)
            for p in ps[title + 1 : body_start]:
                p.flag = p.flag or ("top" if p.head else None)
        _mark_pull_quotes(ps, body_start)
        _mark_links(ps, body_start)
        mark_tail(ps, body_start)
        mark_related_headlines(ps, body_start)  # after the tail's walk: a story list there is the tail's
    body: list[str] = []
    junk: list[str] = []
    head = None
    for i, p in enumerate(ps):
        if i == title:
            head, stamp = title_text(p.text)
            bare = bar_headline(head)
            if bare is not None:
                junk.append(head)  # the bar whole, as copied: the site's name in it may name the outlet
                head = bare
            if stamp:
                junk.append(stamp)
        elif p.flag:
            junk.append(p.text)
        else:
            body.append(_strip_inline(p.text))
    log.debug("furniture: %d body, %d furniture, title=%s", len(body), len(junk), title is not None)
    return body, junk, head


_INLINE_JUNK = re.compile(r",? opens new tab\b")


def _strip_inline(text: str) -> str:
    if "opens new tab" not in text:
        return text
    return " ".join(_INLINE_JUNK.sub("", text).split())
