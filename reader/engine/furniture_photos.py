"""Photo captions and credits that say what they are: their labels, their credit tails, the line test.

A caption copied with a page names its picture's source ("Photo: Agency/Name", "(Getty Images)",
"... on Friday. Photograph: Stock/Name") or is the picture's file name or alt text. These patterns
describe what any site prints under a photo, never a string of a particular page;
:func:`is_caption` is the line test :mod:`reader.engine.furniture_lines` asks of every paragraph.
"""

from __future__ import annotations

import re

from reader.engine.furniture_patterns import opens_with

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
        r"\s*(?::|\.{2,}|…)\s*[^.:]{2,80}",
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

def is_caption(t: str, nw: int) -> bool:
    """A photo's caption or credit line of ``nw`` words, told by its label, its credit tail or its file name."""
    if opens_with(t, CAPTION_FIRSTS) and CAPTION_PREFIX.match(t):
        return True
    end = t[-1]
    if (t[:1].isdigit() or t[-4:-3] == "." or t[-5:-4] == ".") and nw <= 30 and ALT_TEXT.fullmatch(t):
        return True
    if end in ".!?…\"”’'" or (end == ")" and t[-2:-1] in ".!?"):
        return False
    tail = t[-160:]
    if "purchase licensing rights" in tail.lower():
        return True
    hint = end in ")]" or any(c in tail for c in ":/|") or any(w in tail for w in STOCK_HINTS)
    if hint and CAPTION_SUFFIX.search(tail):
        return True
    if nw <= 6:
        bare = t.strip("()[] ")
        return DOMAIN_LINE.fullmatch(bare) is not None or STOCK_LINE.fullmatch(bare) is not None
    return False
