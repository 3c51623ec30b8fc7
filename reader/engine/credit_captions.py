"""Picture credits in two caption layouts the rules of :mod:`reader.engine.credit_photos` cannot see alone.

* A credit glued to the caption with no space: ``Relations have thawed since the spring talksImage: KW``.
  A page that set the caption and its credit in two boxes loses the break between them when pasted; the
  picture word then starts inside the caption's last word, where a word-bounded search finds no label.
* A caption closed by its agency in brackets with no full stop, on a page that labels its pictures
  (``View photo`` / ``Orbury coach Lars Hahn talks to Eli Rook (Kestrel Wire)``). Without the label the
  same line may be a headline carrying its wire's name, so the label, moved to the furniture, must be there.

Both name only registry agencies or picture libraries, so no sentence that ends in a bracket is read as
a picture credit. Two slash layouts close a caption after its full stop and may name an outlet missing
from the registry, since the layout itself is nothing but a credit:

* ``... at the court on Monday. Photo/KT/JANE ODHIAMBO``: the picture word, the outlet (a registry name or
  a short acronym), then its photographer. With one part after the word ("Photo/JANE ODHIAMBO") the slot
  is the photographer's, and credit words ("FILE", "COURTESY") name nobody.
* ``The missing man, Tom Ure of Velm. Supplied / Police``: who supplied the picture.

:func:`reader.engine.credits.find_credits` calls them all beside the other picture rules.
"""

from __future__ import annotations

import re

from reader.engine import outlets
from reader.engine.credit_labels import hosted
from reader.engine.credit_patterns import SENTENCE_BREAK, SLASHED_PICTURE, SUPPLIED_PICTURE
from reader.engine.credit_photos import agency_close, only_outlets
from reader.engine.models import Span

# The picture word glued to the letter before it, then a colon and the credit to the end of the line
_GLUED = re.compile(
    r"(?<=[^\W\d_])(?:Image|Photo|Picture|Foto|Photograph)s?\s*:\s*(?P<names>[A-Z][^:\n]{0,40}?)\s*\.?$"
)
_GLUED_REACH = 64


def _pictures(found: list[outlets.Mention] | None) -> bool:
    return bool(found) and all(outlets.kind(x.name) in ("agency", "photo") for x in found or ())


def glued_picture(para: str) -> list[outlets.Mention]:
    """The agencies of a picture credit glued to the end of a caption ("... the spring talksImage: AP"), else []."""
    tail_at = max(0, len(para.rstrip()) - _GLUED_REACH)
    if ":" not in para[tail_at:]:
        return []
    m = _GLUED.search(para.rstrip(), tail_at)
    named = only_outlets(m.group("names")) if m else None
    if m is None or not _pictures(named):
        return []
    at = m.start("names")
    return [outlets.Mention(x.name, x.written, Span(at + x.span.start, at + x.span.end)) for x in named or ()]


# A page's label for its pictures, alone on a line: "View photo", "Enlarge image", "View gallery"
_LABEL = re.compile(
    r"(?i)(?:(?:view|enlarge|see|open|show)\s+(?:the\s+)?)?(?:photos?|images?|pictures?|gallery|slideshow)"
    r"(?:\s+gallery)?"
)
_LABEL_STEMS = ("photo", "image", "picture", "gallery", "slideshow")
_QUOTES = frozenset("\"“”‘’")


def labels_pictures(furniture: list[str]) -> bool:
    """Whether the page's furniture holds a picture label alone on a line ("View photo")."""
    for line in furniture:
        text = line.strip()
        if len(text) <= 24 and any(s in text.lower() for s in _LABEL_STEMS) and _LABEL.fullmatch(text):
            return True
    return False


def labelled_caption(para: str) -> list[outlets.Mention]:
    """The agency closing an unpunctuated caption in brackets ("... talks to Eli Rook (Reuters)"), else [].

    Only read on a page whose furniture labels its pictures (:func:`labels_pictures`); the words before the
    bracket must be one descriptive line: no sentence break or closing punctuation, no quotation, no byline.
    """
    text = para.strip()
    at = agency_close(text) if text.endswith(")") and "\n" not in text else None
    if at is None:
        return []
    before = text[:at].rstrip()
    if len(before.split()) < 4 or before.endswith((".", "!", "?", ":", ";", ",")) or SENTENCE_BREAK.search(before):
        return []
    if not _QUOTES.isdisjoint(before) or before.startswith(("By ", "BY ")) or before.isupper():
        return []
    inner = text[at + 1 : text.rindex(")")]
    off = para.index(text) + at + 1
    return [outlets.Mention(x.name, x.written, Span(off + x.span.start, off + x.span.end))
            for x in only_outlets(inner) or ()]


_SHORT_ACRONYM = re.compile(r"[A-Z]{2,6}")
_NOT_OUTLETS = frozenset(str.split("FILE FILES POOL STR HANDOUT COURTESY SUPPLIED STAFF AGENCIES AGENCY PHOTO"))
_CAPTION_WORDS = 60
_SLASH_REACH = 80


def slashed_picture(para: str) -> list[outlets.Mention]:
    """The outlet of a caption's closing "Photo/KT/JANE ODHIAMBO" or who a "Supplied / Police" names, else []."""
    text = para.rstrip()
    tail_at = max(0, len(text) - _SLASH_REACH)
    if "/" not in text[tail_at:] or len(text.split(maxsplit=_CAPTION_WORDS)) > _CAPTION_WORDS:
        return []
    m = SLASHED_PICTURE.search(text, tail_at)
    if m is not None:
        org = m.group("org")
        named = only_outlets(org)
        if named:
            at = m.start("org")
            return [outlets.Mention(x.name, x.written, Span(at + x.span.start, at + x.span.end)) for x in named]
        if _SHORT_ACRONYM.fullmatch(org) and org not in _NOT_OUTLETS:
            return [outlets.Mention(org, org, Span(m.start("org"), m.end("org")))]
    m = SUPPLIED_PICTURE.search(text, tail_at) if "upplied" in text[tail_at:] or "UPPLIED" in text[tail_at:] else None
    if m is None or not _QUOTES.isdisjoint(text[: m.start()]):  # a quotation before it: prose, not a caption
        return []
    who = m.group("who")
    if hosted(who):  # "Supplied / Facebook": the platform only hosted it
        return []
    name = outlets.canonical(who) or who
    return [outlets.Mention(name, who, Span(m.start("who"), m.end("who")))]
