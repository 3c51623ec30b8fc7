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
back over the page's foot in :mod:`reader.engine.furniture_tail`, the reading of the lines above the
body (title, trail, bylines, deck) in :mod:`reader.engine.furniture_top`; this module holds the zone
logic around them. Captions told by their wording or their neighbours are in
:mod:`reader.engine.furniture_caption_forms` and :mod:`reader.engine.furniture_captions`.
"""

from __future__ import annotations

import logging
import re

from reader.engine import outlets
from reader.engine.credit_layouts import split_glued_credits
from reader.engine.furniture_appeals import mark_appeal_boxes, mark_letters
from reader.engine.furniture_boxes import mark_ad_units, mark_bullet_runs, mark_paywall_boxes, mark_promo_blurbs
from reader.engine.furniture_caption_forms import (
    mark_alt_texts,
    mark_credit_above,
    mark_dated_top_caption,
    name_role_caption,
    this_photo_caption,
)
from reader.engine.furniture_captions import (
    agency_caption,
    mark_body_captions,
    mark_caption_copies,
    mark_pictured,
    mark_twin_captions,
    placed_role_name,
    relative_caption,
    role_name,
)
from reader.engine.furniture_edges import (
    gallery_start,
    mark_clipped_runs,
    mark_cut_teasers,
    mark_repeated_cut,
    prose_cut_off,
    split_stamps,
    top_banner,
)
from reader.engine.furniture_lines import (
    CAPTION_MAX_WORDS,
    HEAD_MAX_WORDS,
    LABEL_MAX,
    LABEL_MAX_WORDS,
    OPENING_MARKS,
    Para,
    count_sentences,
    is_credit,
    is_headline,
    line_flag,
    para_key,
)
from reader.engine.furniture_links import mark_related_headlines
from reader.engine.furniture_photos import CAPTION_LABEL, CAPTION_PREFIX
from reader.engine.furniture_tail import mark_tail
from reader.engine.furniture_titles import bar_headline, crumbed_headlines, title_text
from reader.engine.furniture_top import TOP_SCAN, mark_top, next_body, question_title
from reader.engine.furniture_wire import agency_dated, agency_line, photo_slug, wire_sign_off
from reader.engine.outlet_guess import is_domain
from reader.engine.text import fold

log = logging.getLogger(__name__)

PULL_QUOTE_MAX = 60
PULL_QUOTE_HAY = 400_000

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


def _mark_lines(ps: list[Para]) -> tuple[set[int], list[tuple[int, int]]]:
    """Flag furniture recognisable line by line, and repeats; return indexes of repeated originals, and
    the first paragraph of prose printed twice with its repeat's index (or nothing)."""
    seen: dict[str, int] = {}
    preferred: set[int] = set()
    copies: list[tuple[int, int]] = []  # (first, repeat) of a paragraph of prose printed twice
    for i, p in enumerate(ps):
        p.flag = line_flag(p) or ("caption" if role_name(p) or placed_role_name(p) or name_role_caption(p)
                                  or this_photo_caption(p) else None) or (
            "credit" if agency_line(p) or agency_dated(p) else None) or (  # "AFP": the credit rules read it there
            "label" if photo_slug(p) else None)
        p.credit = is_credit(p)
        if p.credit and wire_sign_off(p):
            p.flag = "credit"  # still a credit line to the walks over the page's foot; its credit read there
        k = para_key(p)
        if not k.isascii():
            k = k.translate(_SAME_QUOTES)  # a dek printed again with straight quotes is the same line
        if k in seen and not p.flag:
            p.flag = "duplicate"
            preferred.add(seen[k])
            if p.sent:
                copies.append((seen[k], i))
        else:
            seen.setdefault(k, i)
        prev = ps[i - 1] if i else None
        if prev and prev.flag == "caption" and prev.nw <= 6 and is_headline(p, 5) and not _section_crumb(prev) \
                and not _site_line(ps, i - 1):
            p.flag = "caption"  # the caption under a bare photo credit
    mark_dated_top_caption(ps)
    mark_credit_above(ps)
    mark_promo_blurbs(ps)
    mark_ad_units(ps)
    mark_paywall_boxes(ps)
    mark_letters(ps)
    mark_appeal_boxes(ps)
    mark_twin_captions(ps, para_key)
    mark_caption_copies(ps)
    mark_body_captions(ps)
    mark_pictured(ps)
    mark_alt_texts(ps)
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
    return preferred, copies[:1]


def _deck_repeats(ps: list[Para], copies: list[tuple[int, int]], title: int | None) -> None:
    """Flag a standfirst the body's first paragraph repeats, and keep that paragraph instead.

    "Mayors say towns must act during “hard months”" under the headline, then a caption and the same
    sentence again opening the body: the page prints its deck, then the story. The story's copy is the
    one to keep (the repeat rule flagged it), so the deck goes; only when nothing but furniture and
    headings stand between them, and no prose above the deck. Asked once every other flag is set.
    """
    for first, again in copies:
        if first == title or ps[first].flag or ps[again].flag != "duplicate" or again - first < 2:
            continue  # a caption printed twice in a row (both flagged), or a line another rule took
        if any(q.sent and not q.flag for q in ps[:first]):
            continue
        if all(q.flag or q.head for q in ps[first + 1 : again]):
            ps[first].flag, ps[again].flag = "duplicate", None


_SAME_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def _site_line(ps: list[Para], i: int) -> bool:
    """The site's domain opening the page ("velmnews.com", under a date stamp at most): its name, not a
    photo's credit, so the headline under it is no caption."""
    return i < SITE_LINE_TOP and all(ps[k].flag == "date" for k in range(i)) and is_domain(ps[i].text.strip(" .|"))


SITE_LINE_TOP = 3


def _caption_after_credit(ps: list[Para], i: int) -> bool:
    """A one-sentence caption under a bare "Photo: ..." credit (the caller checks that only furniture follows)."""
    p, prev = ps[i], ps[i - 1]
    if prev.flag not in ("caption", "label") or prev.nw > 6 or not CAPTION_PREFIX.match(prev.text):
        return False
    if p.flag or p.credit:
        return False
    if not p.sent or p.nw > 20 or count_sentences(p.text) != 1 or p.text[0] in OPENING_MARKS:
        return False
    return i + 1 == len(ps) or ps[i + 1].flag != "caption"


def _section_crumb(p: Para) -> bool:
    """A row of one- or two-word section names ("Markets | Business"), not a bare photo credit."""
    segs = [s.strip() for s in _CRUMB_SPLIT.split(p.text)]
    return len(segs) > 1 and all(0 < len(s.split()) <= 2 for s in segs) and not outlets.mentions(p.text, weak=True)


_CRUMB_SPLIT = re.compile(r"\s[|>›»]\s")


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


def _mark_pull_quotes(ps: list[Para], body_start: int) -> None:
    """Flag short paragraphs repeating words found in another one: pull quotes, summary boxes."""
    cands = [
        i
        for i in range(body_start, len(ps))
        if not ps[i].flag
        and ps[i].nw <= 40
        and len(ps[i].text) >= 30
        and (ps[i].head or ps[i].text[0] in OPENING_MARKS)
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
    preferred, copies = _mark_lines(ps)
    mark_repeated_cut(ps)
    mark_cut_teasers(ps)
    mark_clipped_runs(ps)
    for i in stamps:
        ps[i].flag = "date"
    banner = top_banner(ps)
    if banner is not None:
        ps[banner].flag = "banner"
    body_start = next_body(ps, 0)
    for i in range(min(body_start + 1, len(ps))):
        if agency_caption(ps, i):  # the top photo's caption, above the body or where it would start
            ps[i].flag = "caption"
    body_start = next_body(ps, 0)
    while body_start < len(ps) and relative_caption(ps, body_start):
        ps[body_start].flag = "caption"
        body_start = next_body(ps, body_start + 1)
    title = None
    gallery = body_start == len(ps)
    if gallery:
        body_start = gallery_start(ps)  # a page of clipped captions and no prose: its top ends at them
        gallery = body_start < len(ps)
    if body_start < len(ps):
        title, body_start = mark_top(ps, body_start, preferred)
        mark_bullet_runs(ps)  # after the top's flags: a share list's other buttons may be in another script
        if title is None and question_title(ps, body_start):
            title, body_start = body_start, next_body(ps, body_start + 1)
            for p in ps[title + 1 : body_start]:
                p.flag = p.flag or ("top" if p.head else None)
        _mark_pull_quotes(ps, body_start)
        _mark_links(ps, body_start)
        mark_tail(ps, body_start)
        mark_related_headlines(ps, body_start)  # after the tail's walk: a story list there is the tail's
    _deck_repeats(ps, copies, title)
    if gallery and title != len(ps) - 1 and all(p.flag or i == title for i, p in enumerate(ps)):
        ps[-1].flag = None  # a gallery and nothing else: its last line stays the text, or the page is lost
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
