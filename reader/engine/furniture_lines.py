"""Paragraph shape and line-by-line furniture: what one paragraph of a paste is, on its own.

Labels, dates, bylines, captions, promos and sign-offs are recognisable without
context; the zone logic in :mod:`reader.engine.furniture` builds on these flags.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.engine import dates, outlets
from reader.engine.credit_layouts import agency_place
from reader.engine.credit_marks import signed_off
from reader.engine.furniture_appeals import is_appeal, is_pitch
from reader.engine.furniture_links import MENU_MIN_WORDS, glued_menu, is_language_line, is_menu, share_bar
from reader.engine.furniture_notices import bracket_note, comment_policy, is_notice
from reader.engine.furniture_patterns import (
    AUTHOR_ROLE,
    BYLINE,
    CAP_WORD,
    COPYRIGHT,
    COPYRIGHT_FIRSTS,
    CREDIT_ANY,
    CREDIT_FIRSTS,
    CREDIT_START,
    DIGIT,
    DISCLAIMER,
    FUNCTION_WORDS,
    GALLERY_NOTE,
    GLUED_AD,
    GLUED_FIRSTS,
    GLUED_RELATED,
    GLUED_TEASER,
    LABEL,
    LABEL_TRIM,
    LETTER,
    LIST_ANNOUNCE,
    LISTEN_PROMO,
    PAGE_WIDGET,
    PLACE_SUFFIX,
    PREFIX_LABEL,
    PROMO_FIRSTS,
    PROMO_START,
    PROMO_WORD,
    QUESTION,
    READ_TIME,
    REL_TIME,
    SEGMENT_SPLIT,
    SENT_BREAK,
    SOCIAL_EMBED,
    STAFF_LINE,
    TIME_WORDS,
    UI_PROMPT,
    UI_STARTS,
    ends_terminal,
    may_disclaim,
    may_separate,
    may_split_segments,
    opens_with,
)
from reader.engine.furniture_photos import is_caption
from reader.engine.furniture_widgets import framed_date_line, glued_date_line, upsell, widget_line
from reader.engine.outlet_guess import is_domain
from reader.engine.text import fold, words

LABEL_MAX = 90
CAPTION_MAX_WORDS = 90
HEAD_MAX_WORDS = 25
LABEL_MAX_WORDS = 8
AD_BLOCK_MAX_WORDS = CAPTION_MAX_WORDS


@dataclass(slots=True)
class Para:
    """Shape of one paragraph, computed once."""

    text: str
    nw: int
    head: bool
    sent: bool
    marker: str | None = None
    credit: bool = False
    flag: str | None = None
    low: str | None = None  # text.lower(), made by lowered() when a test first needs it


def lowered(p: Para) -> str:
    """``p.text.lower()``, made once: the line tests, the credit test and the repeat key all read it."""
    low = p.low
    if low is None:
        low = p.low = p.text.lower()
    return low


def _has_letter(text: str) -> bool:
    """``LETTER.search(text, 0, 400)``; a paragraph nearly always opens with a letter, which settles it."""
    return text[:1].isalpha() or LETTER.search(text, 0, 400) is not None


def _key_words(text: str) -> list[str]:
    return text.lower().split()


def _label_key(text: str) -> str:
    """The words of a label, without its marks and a menu's item number ("2. Skip to main menu")."""
    key = " ".join(fold(text).strip(LABEL_TRIM).split())
    if key[:1].isdigit() and _ITEM_NUMBER.match(key):
        key = _ITEM_NUMBER.sub("", key, count=1)
    return key


_ITEM_NUMBER = re.compile(r"\d{1,2}[.)] (?=[a-z])")


_MARKED_END = re.compile(r"[a-z\d][.!?][\"'”’]?\s+\([A-Z][\w&.'’ -]{0,30}\)$")
"""A sentence's full stop, then a short capitalised mark in brackets closing the paragraph: a sign-off."""


def titleish(text: str) -> bool:
    ws = [w for w in text.split() if len(w) >= 4 and w[:1].isalpha()]
    return bool(ws) and sum(w[0].isupper() for w in ws) >= 0.6 * len(ws)


def shape(text: str) -> Para:
    """Measure a paragraph once: word count, and whether it reads as a headline or as prose."""
    nw = text.count(" ") + 1
    letters = _has_letter(text)
    tail = text[-8:]
    terminal = ends_terminal(tail)
    if not terminal and tail[-1:] == ")" and (signed_off(text) or _MARKED_END.search(text[-48:])):
        terminal = True  # "... would not appeal. (Reuters)": the sentence ends before the agency's mark,
        # a registry's or not ("... on Monday. (INN)"): a finished sentence, never a headline
    if terminal and nw <= 14 and QUESTION.search(tail) and titleish(text):  # the word count first: cheapest
        terminal = False
    head = letters and not terminal and nw <= HEAD_MAX_WORDS and len(text) <= 220
    return Para(text, nw, head, letters and not head)


def _label_kind(text: str) -> str | None:
    """Label kind: "end"/"more" announce other stories, "promo" a sign-up, "other" the rest, or None."""
    key = _label_key(text)
    if not key:
        return "other"
    if key.count(" ") >= LABEL_MAX_WORDS:
        return None
    m = LABEL.fullmatch(key)
    if m:
        return m.lastgroup
    if READ_TIME.fullmatch(key) or REL_TIME.fullmatch(key):
        return "other"
    return None


def label_kind(text: str) -> str | None:
    """The kind of page label ``text`` is ("end", "more", "promo", "other"), or None: see :func:`_label_kind`."""
    return _label_kind(text)


def _is_segment_atom(seg: str) -> bool:
    return (
        _label_kind(seg) is not None
        or dates.looks_like_date(seg)
        or (BYLINE.match(seg) is not None and seg.count(" ") < 8)
    )


def _bracketed_link(inner: str) -> bool:
    """"(Also read: ...)", "(Read more Ana Ruiz stories.)": a link to another story set between paragraphs
    in brackets, the label of a link line (see PREFIX_LABEL, LABEL) inside them.

    Only the labels that announce other stories: a bracketed line's other forms (an agency, a
    credit, "(With inputs from ...)") are the article's or the credit rules'.
    """
    m = PREFIX_LABEL.match(inner) if may_separate(inner) else None
    return (m is not None and m.group("sep") in ":|") or _label_kind(inner) in ("more", "end")


_FRAME_MARKS = ".·•|"
_FRAMED_NAME = re.compile(r"[.·•|]\s*(?:[A-Z][\w'’&-]*\s+){0,5}[A-Z][\w'’&-]*\s*[.·•|]")
_DATE_FRAME = re.compile(
    r"^\(?[A-Z][\w.&'’ -]{1,30}\)\s*|\s*[-–—|,]\s*(?i:page|p\.|pg\.?)\s*[A-Z]?\d{1,4}[A-Z]?(?:\s+[A-Z][a-z]+){0,2}$"
)
"""What frames a date line: an agency whose opening bracket a copy clipped ("Xinhua) 11:25, April 8, 2021"),
a print edition's page after the date ("Tue, Jul 10, 2012 - Page 7"), perhaps with its section's label
("... - Page 7 News List")."""
_PRICE = re.compile(r"(?:[$€£¥₹]|\b(?:R|Rs\.?|USD|EUR|GBP|US\$|A\$|C\$))\s?\d")
"""A price ("€2", "R20", "$1.99"): "Subscribe for only R20 a month" is the paywall's pitch."""
_SHARE_PROMPT = re.compile(r"\bshare\b|\bsocial media\b", re.IGNORECASE)


def line_flag(p: Para) -> str | None:
    """Furniture that shows on its own, wherever it stands."""
    t = p.text
    if not _has_letter(t):
        return "junk"
    if p.nw > CAPTION_MAX_WORDS or len(t) > 12 * CAPTION_MAX_WORDS:
        return None
    if t[:2] == "((" and t[-2:] == "))" and "@" in t:
        return "junk"  # a wire reporter's contact line in double brackets: "((ana.roe@wire.com; +44 20 ...))"
    if len(t) <= LABEL_MAX:
        kind = _label_kind(t)
        if kind == "promo":
            return "promo"
        if kind:
            p.marker = kind if kind != "other" else None
            return "label"
        if p.nw <= 16 and lowered(p).startswith(UI_STARTS) and UI_PROMPT.fullmatch(t):
            return "label"
        if t[:1] in _FRAME_MARKS and _FRAMED_NAME.fullmatch(t):
            return "label"  # ". Earth Science News .": a site's name between dots
        if DIGIT.search(t) and (dates.looks_like_date(t) or dates.looks_like_date(PLACE_SUFFIX.sub("", t))
                                or dates.looks_like_date(_DATE_FRAME.sub("", t))
                                or (p.nw <= 12 and not t.endswith(".") and dates.date_line(t) is not None)
                                or (p.nw <= 12 and framed_date_line(t)) or glued_date_line(t, p.nw)):
            return "date"  # the last: "August 27, 2025 1:15 PM GMT+1 Updated 2 hours ago"
        widget = widget_line(t, p.nw)
        if widget:
            return widget
        if p.nw <= 2 and t[:1] in "–—-" and is_domain(t.lstrip("–—- ")):
            return "credit"  # "– Harbourline.com": the site's sign-off, cut off the last sentence
        if p.nw <= 8 and not t.endswith(".") and STAFF_LINE.fullmatch(t):
            return "byline"
        if p.nw <= 8 and (AUTHOR_ROLE.match(t[:-1] if t[-1:] == ":" else t) or share_bar(t, p.nw)):
            return "label"  # "Reporter:" too: a byline's label, its name on the lines around it
        if p.nw <= 12 and is_language_line(t):
            return "language"
        if p.nw <= 8 and GALLERY_NOTE.fullmatch(t):
            return "label"
        if p.nw <= 20 and PAGE_WIDGET.fullmatch(t):
            return "label"
        glued_ad = GLUED_AD.match(t) if t[:1] in "Aa" else None
        if glued_ad and p.nw <= 8 and _label_kind(t[glued_ad.end() :]) is not None:
            return "label"
        if p.nw <= 12 and t[-1:] in "E!" and t.rstrip("!").endswith(" FREE") and not t.isupper():
            return "promo"  # "Get the whole story for FREE": a promo shouts its price, a headline in capitals too
    if p.nw <= 40:
        m = PREFIX_LABEL.match(t) if may_separate(t) else None
        glued = opens_with(t, GLUED_FIRSTS) and GLUED_RELATED.match(t)
        if (m and (m.group("sep") in ":|" or p.head)) or glued or (":" in t and GLUED_TEASER.match(t)):
            return "label"
    if p.nw >= MENU_MIN_WORDS and is_menu(t) or (p.nw >= 3 and glued_menu(t)):
        return "menu"
    if p.nw <= 80 and (("@" in t and "(@" in t) or "pic.twitter" in t) and SOCIAL_EMBED.search(t):
        return "embed"  # someone's post shown inside the page, not the outlet's text
    if p.nw <= 30 and "list" in t and LIST_ANNOUNCE.search(t):
        p.marker = "more"  # a screen reader's announcement of a list of links, with the first link
        return "label"
    if p.nw <= 20 and len(t) <= 240 and may_split_segments(t) and SEGMENT_SPLIT.search(t):
        segs = [s.strip() for s in SEGMENT_SPLIT.split(t) if s.strip()]
        if len(segs) > 1 and all(_is_segment_atom(s) for s in segs):
            return "meta"
    if is_caption(t, p.nw):
        return "caption"
    if p.nw <= 40 and t[:1] == "(" and t[-1:] == ")" and (_bracketed_link(t[1:-1].strip()) or bracket_note(t)):
        return "label"  # or the wire's note of what a new version adds: "(Adds minister's comment)"
    if "comments" in lowered(p) and comment_policy(lowered(p), p.nw):
        return "notice"
    if p.nw <= 60:
        low = lowered(p)
        if (opens_with(t, COPYRIGHT_FIRSTS) and COPYRIGHT.match(t)) or "all rights reserved" in low:
            return "copyright"
        start = PROMO_START.match(t) if opens_with(t, PROMO_FIRSTS) else None
        if start and (PROMO_WORD.search(t, start.end()) or low.startswith("we use cookies")):
            return "promo"  # a cookie banner says what it is in its first words ("We use cookies to make ...")
        if start and p.nw <= 12 and _SHARE_PROMPT.search(t, start.end()):
            return "promo"  # "Click here to share on social media"
        if start and low.startswith("subscribe ") and (p.nw <= 12 or (p.nw <= 40 and _PRICE.search(t))):
            return "promo"  # "Subscribe to gift this story": only a promo opens on that imperative
        if p.nw <= 40 and low.rstrip(" .!").endswith(("sign up here", "subscribe here", "learn more here")):
            return "promo"
        if p.nw <= 15 and LISTEN_PROMO.search(low):
            return "promo"
        if low.startswith(("a version of this article appear", "a version of this story appear")):
            return "promo"
        if may_disclaim(low) and DISCLAIMER.search(t):
            return "disclaimer"
        if is_notice(t, p.nw) or is_appeal(t, low, p.nw) or is_pitch(low, p.nw):
            return "notice"
        if p.nw <= 2 and ("http" in low or "www." in low):
            return "promo"
        if t[-1:] == "?" and p.nw <= 30 and upsell(low):
            return "promo"
    elif "block" in lowered(p) and is_appeal(t, lowered(p), p.nw, AD_BLOCK_MAX_WORDS):
        return "notice"  # the ad-blocker notice, which explains itself at length
    return None


def is_credit(p: Para) -> bool:
    """A sign-off or sourcing line ("Reporting by ...", "Sources: ...", "... contributed to this report")."""
    if p.flag or p.nw > 60:
        return False
    if opens_with(p.text, CREDIT_FIRSTS) and CREDIT_START.match(p.text):
        return True
    if p.nw <= 6 and p.head and agency_place(p.text) is not None:
        return True  # "AP Nairobi": the agency and the place it filed from
    low = lowered(p) if len(p.text) <= 400 else p.text[:400].lower()
    hint = "contribut" in low or "original" in low or "agencies" in low or "published" in low
    hint = hint or "appeared" in low or ("this " in low and ("this article" in low or "this story" in low
                                                           or "this report" in low))  # one scan when "this " is absent
    return hint and CREDIT_ANY.search(low) is not None


def para_key(p: Para) -> str:
    """``repeat_key(p.text)``, from the lower-cased text the line tests have made already."""
    return lowered(p) if len(p.text) <= 2000 else p.text


OPENING_MARKS = "\"'“‘«"
"""Quotation marks a paragraph opens with when it is someone's words, not a site's line."""


def letters(text: str) -> str:
    """The text's letters and digits, lower-cased: what a clipped copy of a line shares with the line."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


def repeat_key(text: str) -> str:
    """The key under which repeated paragraphs are recognised (case-free unless very long)."""
    return text.lower() if len(text) <= 2000 else text


def is_keywords(p: Para) -> bool:
    """A short comma-separated list of tags or keywords above the body."""
    if not p.head or len(p.text) > 120 or ":" in p.text:
        return False
    items = [s.strip() for s in p.text.split(",")]
    return 3 <= len(items) <= 12 and all(s and s.count(" ") <= 2 for s in items)


def name_like(p: Para) -> bool:
    """Two to four capitalised words with no function words: an author's name, not a title."""
    ws = p.text.replace(",", " ").split()
    return (
        2 <= len(ws) <= 4
        and all(w[:1].isupper() for w in ws)
        and not any(w.lower() in FUNCTION_WORDS for w in ws)
        and not any(c.isdigit() for c in p.text)
    )


def title_words(p: Para) -> int:
    """Alphabetic words that are not month or weekday names, to tell a title from a dateline.

    A lone letter is no word of a title: "A - webmaster" is a text-size button and a byline.
    """
    return sum(1 for w in words(p.text[:300]) if len(w) > 1 and w.isalpha() and w not in TIME_WORDS)


def count_sentences(text: str) -> int:
    """Rough sentence count of a paragraph's opening, enough to tell a teaser from prose."""
    return len(SENT_BREAK.findall(text[:1200])) + 1


def is_headline(p: Para, min_words: int) -> bool:
    """An unflagged headline-like line of at least ``min_words`` words."""
    return p.head and not p.flag and not p.credit and p.nw >= min_words


def is_teaser(p: Para) -> bool:
    """A short unflagged prose paragraph, as under a linked headline in a story list."""
    return p.sent and not p.flag and not p.credit and p.nw <= 70 and count_sentences(p.text) <= 3


_NAME = rf"(?:{CAP_WORD}\s+){{0,3}}{CAP_WORD}"
_BYLINE_NAMES = re.compile(
    r"^(?:By|BY|Written by|Words by|Story by|Reported by)\s*:?\s+"
    rf"({_NAME}(?:\s*(?:,|and|&)\s+{_NAME})*)"
    r"(?=\s*(?:$|[,|—–-]|\s(?:for|in|at|with)\s))"
)

_GLUED_DAY = re.compile(
    r"([A-Z][\w&.-]*?)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December)\b"
)


def byline_author(lines: list[str]) -> str | None:
    """The reporters a paste's "By ..." line names (not an agency: "By AFP" credits, it names no author)."""
    for line in lines[:12]:
        m = _BYLINE_NAMES.match(line.strip())
        if m is None:
            continue
        names = m.group(1).strip()
        glued = _GLUED_DAY.match(names)  # "By APWednesday": the agency's name run into the dateline
        if glued and outlets.canonical(glued.group(1)) is not None:
            continue
        if outlets.canonical(names) is None and not outlets.mentions(names, weak=True):
            return names
    return None
