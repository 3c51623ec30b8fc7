"""Photo captions and credits that say what they are: their labels, their credit tails, the line test.

A caption copied with a page names its picture's source ("Photo: Agency/Name", "(Getty Images)",
"... on Friday. Photograph: Stock/Name") or is the picture's file name or alt text. These patterns
describe what any site prints under a photo, never a string of a particular page;
:func:`is_caption` is the line test :mod:`reader.engine.furniture_lines` asks of every paragraph.
"""

from __future__ import annotations

import re

from reader.engine.furniture_patterns import ends_terminal, opens_with

ALT_TEXT = re.compile(
    r"\d{6,8}[\s_-]+\S.{0,150}?\b(?:picture|photo|image|pic|img|photograph|file)s?"
    r"|[\w .-]{1,100}\.(?:jpe?g|png|gif|webp)",
    re.IGNORECASE,
)
"""A photo's alt text or file name: an archive's date code first ("191013 ... picture"), or "name.jpg"."""

CAPTION_PREFIX = re.compile(
    r"^(?:image caption|image source|media caption|caption|photo|photograph|picture|image|pic|illustration|"
    r"credit|photo credit|photo illustration|file photo|graphic|composite|video caption)\s*[:,]\s*\S",
    re.IGNORECASE,
)
CAPTION_LABEL = re.compile(r"(?:^|[.!?]\s)(?:Photograph|Photo|Picture|Image|Photo credit)\s*:\s*\S")
"""The credit label inside a caption ("... of Yunnan. Photograph: Agency/Stock"): its heading may stand above."""
_STOCK = r"(?:Getty Images|Shutterstock(?:\.com)?|Alamy|iStock(?:photo)?|AP Images|Unsplash|Pexels|Pixabay)"
CAPTION_SUFFIX = re.compile(
    "(?:"
    + "|".join((
        r"\((?:[A-Z]{2,}\s*|Reuters\s*)?(?i:photos?|photograph|image|picture|pic|credit|foto|file(?: photo)?"
        r"|courtesy)\b[^()]{0,80}(?<![.!?])\)",
        r"\([^()]{1,60}/\s*(?i:file(?: photo)?|pool|handout)\)",
        r"\[(?i:file|photo|image|courtesy|handout|[^\[\]]{1,60}/)[^\[\]]{0,80}\]|\s\[[A-Z]{2,6}\]",
        r"[.!?]\s+\((?i:source|courtesy|credit|map)\s*:\s*[^()]{2,60}\)",
        r"(?:^|[.!?”\"]\s?|\s)"
        r"(?i:photograph|photo|photos|image|picture|illustration|composite|photo credit|credit)"
        r"\s*(?::|\.{2,}|…)\s*(?:(?i:photo|photograph|picture|image)\s*:\s*)?"
        r"(?:[^.:]{2,80}(?:\.\s+[A-Z]{2,8})?|[A-Za-z][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6})",  # or "Credit: Velm.co.nz"
        r"\(©\s*[^()]{1,60}\)",  # "... after the 4-0 win (© Agency)"
        r"[.!?]\s+©\s*[A-Z][\w.&'’/ -]{0,40}",  # "... on May 3.   © Agency": the sign after the caption's sentence
        r"(?<=[a-z])(?:Image|Photo|Picture|Photograph)\s*:\s*[A-Z][\w.&'’/ -]{1,40}",  # "... smilesImage: AP": glued
        r"\([A-Z][\w.'’ -]{1,50}/[A-Z][\w.'’ /-]{1,40}\)",
        r"[.!?]\s+[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|ru|ua|gov|io|tv)",
        r"\s[/|]\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}",
        r"\b(?:[A-Z]{2,}|AP Photo)/[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:/[\w .-]{1,30}){0,3}",
        r"\s[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}/[A-Z]{2,8}",  # the photographer, then the agency
        rf"(?:\bvia\s+)?{_STOCK}\)?",
    ))
    + r")\s*$"
)
STOCK_HINTS = ("Images", "Shutterstock", "Alamy", "iStock", "Unsplash", "Pexels", "Pixabay")
STOCK_LINE = re.compile(rf"(?:via )?{_STOCK}")
DOMAIN_LINE = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co\.uk|ru|ua|io|info|news|tv|eu|de|fr)", re.I)

CAPTION_FIRSTS = "cfgimpvCFGIMPV"
"""The first characters of CAPTION_PREFIX matches ("Image caption:", "Photo:", "File photo,", ...)."""
FILE_IMAGE = re.compile(
    r"(?:A (?:file|representational|representative)|File|FILE|Representational|Representative)"
    r" (?i:image|photo(?:graph)?|picture|pic)s?"
    r"(?:\s+of\b|\s*[:,(—–-]|\.?$)"
)
"""A caption that says its picture is not of the story's moment: "File image of ...", "Representational image"."""
FILE_IMAGE_STARTS = ("File", "FILE", "Represent", "A file", "A represent")
"""How FILE_IMAGE matches start: its gate."""
FILE_PURPOSE = re.compile(
    r"\b(?i:image|photo|picture|pic)s?\b[^.]{0,80}\b(?i:for (?:representational|illustrative|illustration) purposes)\b"
)
"""A caption saying so at its end: "... photo used for representational purposes"."""
_VERBS = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "show", "shows", "showed", "shown", "will", "would", "can",
    "could", "may",
})


def _said_of(t: str) -> bool:
    """A sentence about the pictures ("File photos of the suspect were shown to the jury"), not their caption:
    a verb before the first comma (a caption's clause comes after one: "File image of X, who was ...")."""
    return any(w in _VERBS for w in t.split(",", 1)[0].lower().split())


POSITION_MARK = re.compile(r"\((?:L|R|(?i:(?:far |second |2nd |from )?(?:left|right)|cent(?:re|er)))\)")
"""Where a person stands in the picture: "Mayor Ana Ruiz (L) and Ivo Brenn (R)", "(from left)"."""
CAPTION_MAX_MARKED_WORDS = 40


def placed_people(t: str, nw: int) -> bool:
    """A caption placing the people pictured: a left mark with another, or one on a line with no full stop.

    "(R)" alone is no sign: US copy marks a party so ("Sen. Ana Ruiz (R)"); no party is "(L)".
    """
    if nw > CAPTION_MAX_MARKED_WORDS or ")" not in t or not ("(L)" in t or "eft)" in t or "EFT)" in t):
        return False
    marks = [m.group(0).lower() for m in POSITION_MARK.finditer(t)]
    return any(m == "(l)" or "left" in m for m in marks) and (len(marks) >= 2 or not ends_terminal(t[-8:]))


def is_caption(t: str, nw: int) -> bool:
    """A photo's caption or credit line of ``nw`` words, told by its label, its credit tail or its file name.

    A bar a page's layout left after the caption ("... on May 2. [Photo/Agencies] |") is no part of it.
    """
    if t[-1:] == "|" and len(t) > 2:
        t = t.rstrip(" |") or t
    if opens_with(t, CAPTION_FIRSTS) and CAPTION_PREFIX.match(t):
        return True
    if nw <= CAPTION_MAX_MARKED_WORDS and (
        (t.startswith(FILE_IMAGE_STARTS) and FILE_IMAGE.match(t) and not _said_of(t))
        or ("purposes" in t and FILE_PURPOSE.search(t))
    ):
        return True
    if ")" in t and placed_people(t, nw):
        return True
    end = t[-1]
    if (t[:1].isdigit() or t[-4:-3] == "." or t[-5:-4] == ".") and nw <= 30 and ALT_TEXT.fullmatch(t):
        return True
    if end in ".!?…\"”’'" or (end == ")" and t[-2:-1] in ".!?"):
        return False
    tail = t[-160:]
    if "purchase licensing rights" in tail.lower():
        return True
    hint = end in ")]" or any(c in tail for c in ":/|©") or any(w in tail for w in STOCK_HINTS)
    if hint and CAPTION_SUFFIX.search(tail):
        return True
    if nw <= 6:
        bare = t.strip("()[] ")
        return DOMAIN_LINE.fullmatch(bare) is not None or STOCK_LINE.fullmatch(bare) is not None
    return False
